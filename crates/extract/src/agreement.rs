//! The agreement's name as written, and its kind.

use std::sync::LazyLock;

use regex::Regex;

use crate::orgs::sign_verb;
use crate::text::Doc;
use crate::{AgreementType, Evidence};

static EN_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)(?-u:\b)(?:signed|signs|signing|sign|inked|inks|concluded)\s+(?:(?:a|an|the|two|three|its|their|another|new)\s+)?(?P<t>(?:[\w\-'’"“”/+&]+\s+){0,8}?(?:agreements?|memorand(?:um|a|ums) of understanding|mou|memorandum|contracts?|pacts?|protocols?|letters? of intent|deals?))(?-u:\b)"#)
        .expect("EN_TITLE")
});
static EN_TITLE_ANY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)(?-u:\b)(?:a|an|the)\s+(?P<t>(?:[\w\-'’/+&]+\s+){0,6}?(?:agreement|memorandum of understanding|mou|contract))(?-u:\b)"#)
        .expect("EN_TITLE_ANY")
});
static ZH_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"《(?P<q>[^》]{2,40})》|(?:签署|签订|签约)了?(?P<t>[\x{3400}-\x{4DBF}\x{4E00}-\x{9FFF}\d]{0,16}?(?:协议书|协议|备忘录|合同|意向书))").expect("ZH_TITLE")
});

pub(crate) fn kind_of(title: &str) -> AgreementType {
    let l = title.to_lowercase();
    if l.contains("memorand") || l.contains("mou") || l.contains("备忘录") {
        AgreementType::MemorandumOfUnderstanding
    } else if l.contains("strategic") || l.contains("战略") {
        AgreementType::StrategicCooperation
    } else if l.contains("framework") || l.contains("框架") {
        AgreementType::Framework
    } else if l.contains("investment agreement") || l.contains("投资协议") || l.contains("投资合同")
    {
        AgreementType::Investment
    } else {
        AgreementType::Other
    }
}

fn clean(t: &str) -> String {
    let t = t.trim_matches(|c: char| c.is_whitespace() || "\"'“”‘’".contains(c));
    let words: Vec<&str> = t.split_whitespace().collect();
    let mut s = words.join(" ");
    s.retain(|c| !"\"“”".contains(c));
    s
}

pub(crate) fn extract(doc: &Doc, ev: &mut Evidence) -> (Option<String>, Option<AgreementType>) {
    let mut order: Vec<_> = doc.sents.iter().collect();
    if let Some((hs, _)) = doc.headline {
        if let Some(p) = order.iter().position(|s| s.start == hs) {
            let h = order.remove(p);
            order.push(h);
        }
    }
    for s in order
        .iter()
        .filter(|s| sign_verb(doc.sent_str(s)).is_some())
    {
        let st = doc.sent_str(s);
        if doc.has_cjk {
            if let Some(c) = ZH_TITLE.captures(st) {
                if let Some(t) = c.name("q").or(c.name("t")) {
                    ev.add("title", (s.start + t.start(), s.start + t.end()));
                    let title = t.as_str().to_string();
                    let k = kind_of(&title);
                    return (Some(title), Some(k));
                }
            }
        }
        if doc.has_latin {
            if let Some(t) = EN_TITLE.captures(st).and_then(|c| c.name("t")) {
                let title = clean(t.as_str());
                if title.split_whitespace().count() == 1 && title.to_lowercase().starts_with("deal")
                {
                    continue;
                }
                ev.add("title", (s.start + t.start(), s.start + t.end()));
                let k = kind_of(&title);
                return (Some(title), Some(k));
            }
        }
    }
    // fallback: any "a/the ... agreement" phrase in a signing sentence, then anywhere
    for s in &doc.sents {
        if let Some(t) = EN_TITLE_ANY
            .captures(doc.sent_str(s))
            .and_then(|c| c.name("t"))
        {
            let title = clean(t.as_str());
            ev.add("title", (s.start + t.start(), s.start + t.end()));
            let k = kind_of(&title);
            return (Some(title), Some(k));
        }
    }
    if doc.masked.contains("协议") || doc.masked.to_lowercase().contains("agreement") {
        return (None, Some(AgreementType::Other));
    }
    (None, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> (Option<String>, Option<AgreementType>) {
        extract(&Doc::new(s), &mut Evidence::default())
    }

    #[test]
    fn titles_and_kinds() {
        assert_eq!(
            t("the two sides signed a cooperation framework agreement \"in 13th Five-Year\"."),
            (
                Some("cooperation framework agreement".into()),
                Some(AgreementType::Framework)
            )
        );
        assert_eq!(
            t("The government signed a memorandum of understanding with Sun Africa."),
            (
                Some("memorandum of understanding".into()),
                Some(AgreementType::MemorandumOfUnderstanding)
            )
        );
        assert_eq!(
            t("Liaoning and Orix signed a strategic cooperation agreement on Wednesday."),
            (
                Some("strategic cooperation agreement".into()),
                Some(AgreementType::StrategicCooperation)
            )
        );
        assert_eq!(
            t("EIB is signing a loan agreement with Greece.").1,
            Some(AgreementType::Other)
        );
        assert_eq!(
            t("双方签署了《战略合作框架协议》。"),
            (
                Some("战略合作框架协议".into()),
                Some(AgreementType::StrategicCooperation)
            )
        );
    }

    /// `\p{Han}` needs regex's `unicode-script` feature, which this crate does not enable: a
    /// build without it (the fuzz crate) panicked compiling the pattern. Han is written as ranges.
    #[test]
    fn regexes_need_no_script_tables() {
        assert!(ZH_TITLE.is_match("签署了战略合作协议"));
    }
}
