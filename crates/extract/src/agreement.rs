//! The agreement's name as written, and its kind.

use std::sync::LazyLock;

use regex::Regex;

use crate::text::{Doc, cue};
use crate::{AgreementType, Evidence};

static EN_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)(?-u:\b)(?:signed|signs|signing|sign|inked|inks|concluded|sealed|seals|entered into|put (?:his|her|their) signatures? to)\s+(?:(?:a|an|the|two|three|its|their|another|new)\s+)?(?:[$€£¥₹]?\s?\d[\d.,]*\s*(?:million|billion|bn|mn|crore|lakh)?\s*\([^()\n]*\)\s+)?(?P<t>(?:[\w\-'’"“”/+&$€£¥₹]+\s+){0,14}?(?:pre-|sub-)?(?:agreements?|memorand(?:um|a|ums) of (?:understanding|cooperation|agreement|intent)|mous?|moas?|memorandum|contracts?|pacts?|accords?|protocols? of intent(?:ions?)?|protocols?|letters? of intent|deals?))(?-u:\b)"#)
        .expect("EN_TITLE")
});
static EN_TITLE_ANY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)(?-u:\b)(?:a|an|the)\s+(?P<t>(?:[\w\-'’/+&]+\s+){0,6}?(?:agreement|memorandum of understanding|mou|contract))(?-u:\b)"#)
        .expect("EN_TITLE_ANY")
});
static ZH_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"《(?P<q>[^》]{2,60})》|(?:签署|签订|签约)了?(?P<t>[\x{3400}-\x{4DBF}\x{4E00}-\x{9FFF}\d“”"]{0,20}?(?:协议书|协议|备忘录|合同|意向书))"#).expect("ZH_TITLE")
});

/// "The loan agreement was signed today in Zaragoza": the name before a passive signing verb.
static EN_PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i-u)\b(?:the|a|an|this|two|three|four|five|six|several)\s+(?P<t>(?:[\w\-]+\s+){0,4}?(?:agreements?|memorand(?:um|a|ums) of understanding|mous?|memorandum|contracts?|pacts?|deals?))(?:\s+(?:between|with|for|on)(?:\s+[\w\-]+){1,8}?)?\s+(?:was|were|has been|have been|had been|is|are|will be)\s+(?:[a-z]+\s+)?(?:signed|inked|sealed)\b")
        .expect("EN_PASSIVE")
});
/// Words before a name that say it is another deal ("signed under the previous agreement").
const OTHER_DEAL: &[&str] = &[
    "previous", "earlier", "prior", "former", "separate", "similar", "other", "same", "last",
    "such", "existing", "original",
];

pub(crate) fn kind_of(title: &str) -> AgreementType {
    let l = title.to_lowercase();
    if l.contains("memorand") || l.contains("mou") || l.contains("备忘录") {
        AgreementType::MemorandumOfUnderstanding
    } else if l.contains("strategic") || l.contains("战略") {
        AgreementType::StrategicCooperation
    } else if l.contains("framework") || l.contains("框架") {
        AgreementType::Framework
    } else if l.contains("investment")
        // "项目投资协议" is an investment; a plain "项目合作协议" is a named cooperation
        // agreement (other)
        || l.contains("project agreement")
        || l.contains("投资协议")
        || l.contains("投资合同")
        || l.contains("投资")
    {
        AgreementType::Investment
    } else {
        AgreementType::Other
    }
}

/// "on investment cooperation" after a memorandum: the rest of its name, up to a word that
/// starts another phrase.
static EN_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\s*\([A-Za-z]{2,6}\))?\s+(?P<t>(?:on|for)\s+(?:[\w\-]+\s+){0,7}?[\w\-]+)(?:\s+(?:to|with|between|in|at|by|under|which|that|worth|valued|during|on|for|as|from|after|signed|was|were|is|will)(?-u:\b)|\s*[,.;:(]|$)")
        .expect("EN_TAIL")
});
/// "held financial cooperation agreement signing ceremony": the name before the ceremony.
static EN_CEREMONY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)held\s+(?:a\s+|an\s+|the\s+)?(?P<t>(?:[\w\-]+\s+){0,8}?(?:agreement|memorandum of understanding|mou|memorandum|contract))\s+signing\s+ceremony")
        .expect("EN_CEREMONY")
});
/// "X and Y comprehensive strategic cooperation agreement signing ceremony was held": the name
/// before a passive ceremony (the parties before it are dropped later). ASCII words only.
static EN_CEREMONY_PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i-u)(?P<t2>(?:[\w\-']+\s+){0,12}?(?:agreement|memorandum of understanding|mou|memorandum|contract))\s+signing\s+ceremony\s+(?:was|is|were|has been)\s+(?:held|hosted|staged)")
        .expect("EN_CEREMONY_PASSIVE")
});
/// "jointly attended Chengdu Development Fund (Phase I) and Taikang Southwest Hospital project
/// investment cooperation agreement signing ceremony": the lower-case name before a ceremony.
static EN_CEREMONY_LOWER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?P<t3>(?:[a-z][a-z\-]*\s+){1,6}?(?:agreement|memorandum of understanding|memorandum|contract))\s+signing\s+ceremony")
        .expect("EN_CEREMONY_LOWER")
});
/// A quoted name right after the signing verb: signed the "Shanghai … Memorandum".
static EN_QUOTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)(?-u:\b)(?:signed|signs|signing|inked|sealed|concluded)\s+(?:the\s+|a\s+|an\s+)?["“](?P<t>[^"”\n]*?(?:agreement|memorandum|mou|contract|protocol)s?(?-u:\b)[^"”\n]*)["”]"#)
        .expect("EN_QUOTED")
});
/// A more specific name for a bare "agreement": "the MoU appoints", "one of 18 memoranda of
/// understanding".
static EN_SPECIFIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:the|this|one of (?:the )?\d*\s*)\s*(?P<t>memorand(?:um|a) of understanding|mous?|memorandum)(?-u:\b)")
        .expect("EN_SPECIFIC")
});
const WEEKDAYS_MONTHS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "behalf",
    "sidelines",
    "occasion",
    "same",
    "day",
    "morning",
    "afternoon",
    "evening",
    "spot",
    "site",
];

/// "2-Billion-Yuan of Cooperative Framework Agreement", "USD 108 million industrial park MoU":
/// amounts are not part of the name.
fn strip_amount(t: &str) -> &str {
    let mut from = None;
    for w in t.split_whitespace() {
        let l = w.to_ascii_lowercase();
        let moneyish = l.chars().any(|c| c.is_ascii_digit())
            || l.contains("billion")
            || l.contains("million")
            || [
                "usd", "us$", "rs", "rmb", "eur", "yuan", "crore", "lakh", "of", "worth", "dollar",
            ]
            .contains(&l.as_str());
        if !moneyish {
            from = Some(w.as_ptr() as usize - t.as_ptr() as usize);
            break;
        }
    }
    match from {
        Some(0) | None => t,
        Some(p) => &t[p..],
    }
}

/// Words that cannot be inside an agreement's name before its head noun: "signed on Monday
/// with ABC Bank a strategic cooperation agreement" keeps only what follows the last of them.
const NOT_IN_NAME: &[&str] = &[
    "a",
    "an",
    "the",
    "with",
    "between",
    "among",
    "on",
    "in",
    "at",
    "for",
    "to",
    "by",
    "here",
    "there",
    "today",
    "yesterday",
    "tomorrow",
    "recently",
    "also",
    "jointly",
    "formally",
    "officially",
    "successfully",
    "respectively",
    "separately",
    "finally",
    "which",
    "that",
    "who",
    "has",
    "have",
    "had",
    "is",
    "are",
    "was",
    "were",
    "will",
    "their",
    "its",
    "his",
    "her",
    "our",
    "this",
    "these",
    "those",
    "two",
    "three",
    "four",
    "five",
    "several",
    "another",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "up",
    "off",
    "attend",
    "attends",
    "attended",
    "witnessed",
    "held",
    "ceremony",
    "ceremonies",
];

/// Drops everything up to the last word of [`NOT_IN_NAME`] (never the head noun itself).
fn strip_lead(t: &str) -> &str {
    let words: Vec<&str> = t.split_whitespace().collect();
    let mut from = None;
    for (k, w) in words.iter().enumerate().take(words.len().saturating_sub(1)) {
        let l = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_ascii_lowercase();
        // "… Strategic Cooperation Jointly Building … Framework Agreement": a capitalised word
        // between capitalised words is inside a title-case name
        let cap = |x: &str| x.starts_with(|c: char| c.is_uppercase());
        let in_title_case = k > 0 && cap(w) && cap(words[k - 1]) && cap(words[k + 1]);
        if !in_title_case
            && (NOT_IN_NAME.contains(&l.as_str()) || WEEKDAYS_MONTHS[..19].contains(&l.as_str()))
        {
            from = Some(k + 1);
        }
    }
    // "signing ceremony of strategic cooperation agreement"
    if let Some(k) = from {
        if k + 1 < words.len() && matches!(words[k].to_ascii_lowercase().as_str(), "of" | "for") {
            from = Some(k + 1);
        }
    }
    match from {
        Some(k) => {
            let w = words[k];
            &t[w.as_ptr() as usize - t.as_ptr() as usize..]
        }
        None => t,
    }
}

/// "Lianyungang Municipal People's Government and Nanjing Normal University comprehensive
/// strategic cooperation agreement": the parties named before the name (up to the last
/// organisation word) are not part of it.
fn strip_en_parties(t: &str) -> &str {
    const ORG_WORDS: &[&str] = &[
        "Government",
        "University",
        "Bank",
        "Group",
        "Company",
        "Corporation",
        "Ltd",
        "Limited",
        "Administration",
        "Council",
        "Committee",
        "Ministry",
        "Authority",
        "Commission",
        "Bureau",
        "Department",
        "Inc",
        "Plc",
        "PLC",
        "Institute",
        "Academy",
    ];
    let words: Vec<&str> = t.split_whitespace().collect();
    let mut from = None;
    for (k, w) in words.iter().enumerate().take(words.len().saturating_sub(2)) {
        let w = w.trim_end_matches(['.', ',', '\'', '’']);
        if ORG_WORDS.contains(&w) {
            from = Some(k + 1);
        }
    }
    let Some(mut k) = from else { return t };
    if words
        .get(k)
        .is_some_and(|w| matches!(*w, "and" | "with" | "·"))
    {
        return t;
    }
    // what follows must be a lower-case name ("comprehensive strategic cooperation
    // agreement"), not the rest of a title-case one
    if !words
        .get(k)
        .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()))
    {
        return t;
    }
    if words.len() - k < 2 {
        return t;
    }
    k = k.min(words.len() - 1);
    let w = words[k];
    &t[w.as_ptr() as usize - t.as_ptr() as usize..]
}

/// 《贵州省人民政府 中国联合网络通信集团有限公司战略合作协议》: the party names before the name
/// are dropped.
fn strip_zh_parties(t: &str) -> &str {
    const SUFFIXES: &[&str] = &[
        "人民政府",
        "政府",
        "有限公司",
        "公司",
        "集团",
        "银行",
        "分行",
    ];
    if !(t.contains(' ') || t.contains('·') || t.contains('\u{3000}')) {
        return t;
    }
    let mut best = 0;
    for suf in SUFFIXES {
        if let Some(p) = t.rfind(suf) {
            best = best.max(p + suf.len());
        }
    }
    let rest = t[best..].trim_start_matches([' ', '·', '\u{3000}', '与', '和']);
    if best > 0 && rest.chars().count() >= 2 {
        rest
    } else {
        t
    }
}

fn clean(t: &str) -> String {
    let t = t.trim_matches(|c: char| c.is_whitespace() || "\"'“”‘’".contains(c));
    let words: Vec<&str> = t.split_whitespace().collect();
    let mut s = words.join(" ");
    s.retain(|c| !"\"“”".contains(c));
    s
}

/// Characters of a title that say nothing about which deal it is.
const GENERIC_ZH: &str = "合作协议框架战略备忘录书合同签约开发项目投资发展全面深化的与和";

/// Does a Chinese title share a distinctive two-character word with the headline?
fn shares_headline(title: &str, headline: &str) -> bool {
    let cs: Vec<char> = title.chars().collect();
    cs.windows(2).any(|w| {
        !(GENERIC_ZH.contains(w[0]) && GENERIC_ZH.contains(w[1]))
            && w.iter().all(|c| crate::text::is_cjk(*c))
            && headline.contains(&w.iter().collect::<String>())
    })
}

/// "菏泽市人民政府与中国交通建设集团战略合作框架协议": the parties named before the agreement's
/// name (up to the last organisation word) are not part of it.
fn zh_strip_party_prefix(t: &str) -> &str {
    const SUFFIXES: &[&str] = &[
        "人民政府",
        "政府",
        "有限公司",
        "公司",
        "集团",
        "银行",
        "分行",
        "委员会",
        "管委会",
    ];
    let mut best = 0;
    for suf in SUFFIXES {
        if let Some(p) = t.rfind(suf) {
            best = best.max(p + suf.len());
        }
    }
    // "郑州银行举行战略合作协议", "于3月21日在湘麓山庄举行合作框架协议": the verb before the
    // name (and all before it) is not part of it
    for v in ["举行", "签署", "签订", "签约"] {
        if let Some(p) = t.rfind(v) {
            let e = p + v.len();
            if e > best && t[e..].trim_start_matches('了').chars().count() >= 4 {
                best = e;
            }
        }
    }
    let rest = t[best..].trim_start_matches(['与', '和', '及', '了']);
    if best > 0 && rest.chars().count() >= 4 {
        rest
    } else {
        t
    }
}

struct Cand {
    title: String,
    span: (usize, usize),
}

/// "150亿元战略合作框架协议": a leading sum of money is not part of the name (a capacity such as
/// "100万千瓦" is).
fn strip_zh_amount(t: &str) -> &str {
    let rest = t.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    if rest.len() == t.len() {
        return t;
    }
    let rest = rest.trim_start_matches(['亿', '万', '千', '百']);
    for unit in ["美元", "元"] {
        if let Some(r) = rest.strip_prefix(unit) {
            if r.chars().count() >= 2 {
                return r;
            }
        }
    }
    t
}

const ZH_HEADS: &[&str] = &["协议书", "协议", "备忘录", "合同", "意向书"];

/// The CJK run (at most 40 characters) that ends with an agreement noun at `end` in `st`.
fn zh_name_before(st: &str, end: usize) -> Option<(usize, usize)> {
    let head = ZH_HEADS.iter().find(|h| st[..end].ends_with(**h))?;
    let mut start = end - head.len();
    for (n, (k, ch)) in st[..start].char_indices().rev().enumerate() {
        // "光伏发电(新能源)项目合作协议": brackets inside a name
        if n >= 40 || !(crate::text::is_cjk(ch) || ch.is_ascii_digit() || "“”()（）".contains(ch))
        {
            break;
        }
        start = k;
    }
    (end - start > head.len()).then_some((start, end))
}

/// "菏泽市人民政府与中国交通建设集团战略合作框架协议签约仪式": the name before a signing
/// ceremony (byte range in `st`).
fn zh_ceremony_name(st: &str) -> Option<(usize, usize)> {
    if !st.contains("仪式") {
        return None;
    }
    ["签约仪式", "签字仪式", "签署仪式"]
        .iter()
        .filter_map(|c| st.find(c))
        .min()
        .and_then(|p| zh_name_before(st, p))
}

/// Any Chinese agreement name, no signing verb needed: `《…协议》`, "…框架协议/合作协议/备忘录".
fn zh_any_name(st: &str) -> Option<(usize, usize)> {
    if let (Some(a), Some(b)) = (st.find('《'), st.find('》')) {
        let a = a + '《'.len_utf8();
        if b > a {
            let q = &st[a..b];
            if ZH_HEADS.iter().any(|h| q.ends_with(h)) && q.chars().count() >= 4 {
                return Some((a, b));
            }
        }
    }
    ["框架协议", "合作协议", "协议书", "备忘录", "意向书"]
        .iter()
        .filter_map(|h| st.find(h).map(|p| p + h.len()))
        .min()
        .and_then(|e| zh_name_before(st, e))
}

/// A Chinese name that names nothing: "协议", "的协议" (签订的协议, "the agreement signed").
fn zh_generic(t: &str) -> bool {
    t.starts_with('的') || matches!(t, "协议" | "协议书" | "合同" | "备忘录")
}

fn zh_candidate(st: &str, base: usize) -> Option<Cand> {
    // "同一天，…还签订了《…》": other deals of the same day
    if crate::text::contains_any!(
        st,
        &["还签", "还与", "同一天", "同日", "此外", "另外", "同时签"]
    ) {
        return None;
    }
    if let Some((s0, e0)) = zh_ceremony_name(st) {
        // "合作交流座谈会暨战略合作框架协议签约仪式": the name after the last 暨 ("and")
        let t = &st[s0..e0];
        let t = t.rfind('暨').map_or(t, |p| &t[p + '暨'.len_utf8()..]);
        let name = zh_strip_party_prefix(t);
        if !zh_generic(name) {
            return Some(Cand {
                title: name.to_string(),
                span: (base + e0 - name.len(), base + e0),
            });
        }
    }
    // "落实《…行动计划(2017-2020)》": a book title that names no agreement is skipped
    let c = ZH_TITLE.captures_iter(st).find(|c| {
        c.name("q")
            .is_none_or(|q| ZH_HEADS.iter().any(|h| q.as_str().ends_with(h)))
    })?;
    if let Some(q) = c.name("q") {
        let t = strip_zh_parties(q.as_str());
        return Some(Cand {
            title: t.to_string(),
            span: (base + q.end() - t.len(), base + q.end()),
        });
    }
    let t = c.name("t")?;
    let name = strip_zh_amount(t.as_str());
    if zh_generic(name) {
        return None;
    }
    Some(Cand {
        title: name.to_string(),
        span: (base + t.end() - name.len(), base + t.end()),
    })
}

fn en_candidate(doc: &Doc, i: usize, st: &str, base: usize) -> Option<Cand> {
    // every EN_QUOTED match has an opening quote
    if st.contains(['"', '“']) {
        if let Some(t) = EN_QUOTED
            .captures(st)
            .and_then(|c| c.name("t"))
            .filter(|t| t.len() <= 300)
        {
            return Some(Cand {
                title: clean(t.as_str()),
                span: (base + t.start(), base + t.end()),
            });
        }
    }
    let title_re = doc.may(i, cue::TITLE);
    let ceremony = doc.may(i, cue::CEREMONY);
    let t = title_re
        .then(|| EN_TITLE.captures(st))
        .flatten()
        .or_else(|| ceremony.then(|| EN_CEREMONY.captures(st)).flatten())
        .or_else(|| {
            // every EN_CEREMONY_PASSIVE match has "ceremony" and an auxiliary after it
            let low = &doc.lower[base..base + st.len()];
            let passive = crate::text::contains_any!(
                low,
                &[
                    "ceremony was ",
                    "ceremony is ",
                    "ceremony were ",
                    "ceremony has ",
                ]
            );
            (ceremony && passive)
                .then(|| EN_CEREMONY_PASSIVE.captures(st))
                .flatten()
        })
        .or_else(|| {
            // every EN_PASSIVE match has an auxiliary before the verb
            let low = &doc.lower[base..base + st.len()];
            let aux = crate::text::contains_any!(
                low,
                &[" was ", " were ", " been ", " is ", " are ", " be "]
            );
            (title_re && aux).then(|| EN_PASSIVE.captures(st)).flatten()
        })
        .or_else(|| ceremony.then(|| EN_CEREMONY_LOWER.captures(st)).flatten())
        .and_then(|c| c.name("t").or(c.name("t2")).or(c.name("t3")))?;
    // "signed under the previous agreement": another deal
    let lead_words: Vec<String> = t
        .as_str()
        .split_whitespace()
        .map(|w| w.to_ascii_lowercase())
        .collect();
    if lead_words
        .iter()
        .rev()
        .skip(1)
        .take(2)
        .any(|w| OTHER_DEAL.contains(&w.as_str()))
        || st[..t.start()]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| OTHER_DEAL.contains(&w.to_ascii_lowercase().as_str()))
    {
        return None;
    }
    let raw = strip_amount(strip_en_parties(strip_lead(t.as_str())));
    let mut title = clean(raw);
    if title.split_whitespace().count() == 1 && title.to_lowercase().starts_with("deal") {
        return None;
    }
    let mut end = t.end();
    // "three memorandums of understanding for industrial investment projects": what follows a
    // plural says what the deals cover, not the name of one of them
    let plural = {
        let l = title.to_ascii_lowercase();
        [
            "agreements",
            "memorandums",
            "memoranda",
            "mous",
            "contracts",
            "deals",
            "pacts",
        ]
        .iter()
        .any(|h| l.split_whitespace().any(|w| w == *h))
    };
    // "agreement on the implementation of an investment project", "MoU on investment cooperation"
    if let Some(tail) = EN_TAIL.captures(&st[t.end()..]).and_then(|c| c.name("t")) {
        let dated = tail
            .as_str()
            .split_whitespace()
            .skip(1)
            .take(2)
            .any(|w| WEEKDAYS_MONTHS.contains(&w.to_ascii_lowercase().as_str()));
        // "on seven promising projects": a count says what it covers, not what it is called
        let digit = tail.as_str().chars().any(|c| c.is_ascii_digit())
            || tail.as_str().split_whitespace().any(|w| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "two"
                        | "three"
                        | "four"
                        | "five"
                        | "six"
                        | "seven"
                        | "eight"
                        | "nine"
                        | "ten"
                        | "several"
                        | "multiple"
                )
            });
        // "agreement for strategic cooperation and …" names it; "agreement for a $130 million
        // project", "contract for the construction of …" say what it pays for
        // "loan agreement for the Improving Growth Corridors …" names the project it serves
        let mut tw = tail.as_str().split_whitespace();
        let named_project = tail
            .as_str()
            .split_whitespace()
            .nth(2)
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
        let for_object = !named_project
            && tw.next().is_some_and(|w| w.eq_ignore_ascii_case("for"))
            && tw.next().is_some_and(|w| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "a" | "an"
                        | "the"
                        | "its"
                        | "their"
                        | "this"
                        | "that"
                        | "up"
                        | "over"
                        | "about"
                        | "another"
                )
            });
        if !dated && !digit && !for_object && !plural {
            title = clean(&st[t.end() - raw.len()..t.end() + tail.end()]);
            end = t.end() + tail.end();
        }
    }
    Some(Cand {
        title,
        span: (base + t.end() - raw.len(), base + end),
    })
}

/// A bare "agreement"/"deal" says nothing: take "the MoU" / "one of 18 memoranda of
/// understanding" from the text after it, if there is one.
static EN_LONGER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:the|this|a|an)\s+(?P<t>(?:[\w\-]+\s+){1,5}?(?:agreement|pact|contract|deal))(?-u:\b)")
        .expect("EN_LONGER")
});

/// A bare "agreement" / "contract": the same noun with its name ("the cooperation framework
/// agreement") further on, if the text gives one.
fn longer_name(doc: &Doc, c: &Cand) -> Option<Cand> {
    let head = c.title.to_ascii_lowercase();
    let from = c.span.1.min(doc.masked.len());
    let after = &doc.masked[from..];
    EN_LONGER
        .captures_iter(after)
        .filter_map(|x| x.name("t"))
        .find_map(|t| {
            let raw = t.as_str();
            if !raw.to_ascii_lowercase().ends_with(&head) {
                return None;
            }
            let name = strip_amount(strip_lead(raw));
            let words = name.split_whitespace().count();
            let digit = name.chars().any(|ch| ch.is_ascii_digit());
            (words >= 2 && !digit && !name.contains('\n')).then(|| Cand {
                title: clean(name),
                span: (from + t.end() - name.len(), from + t.end()),
            })
        })
}

/// A bare "MoU": the words it stands for when the text spells them out ("a Memorandum of
/// Understanding (MoU)"), else one MoU of "three MoUs".
fn spelled_out(doc: &Doc, c: Cand) -> Cand {
    let l = c.title.to_ascii_lowercase();
    // "three memoranda of understanding were signed": the story is about one of them
    for plural in ["memoranda of", "memorandums of"] {
        if l.starts_with(plural) {
            let cut = plural.len() - " of".len();
            return Cand {
                title: format!("{}um{}", &c.title[..8], &c.title[cut..]),
                span: c.span,
            };
        }
    }
    if !matches!(l.as_str(), "mou" | "mous" | "memorandum") {
        return c;
    }
    const FULL: &str = "memorandum of understanding";
    if let Some(p) = doc.lower.find(FULL) {
        if let Some(t) = doc.text.get(p..p + FULL.len()) {
            return Cand {
                title: t.to_string(),
                span: (p, p + FULL.len()),
            };
        }
    }
    if l != "mou" && l != "mous" {
        return c;
    }
    if l == "mous" {
        return Cand {
            title: c.title[..c.title.len() - 1].to_string(),
            span: (c.span.0, c.span.1 - 1),
        };
    }
    c
}

/// "签订战略合作框架协议 … 根据《共同推动…战略合作框架协议》": a Chinese name given short in the
/// signing sentence and in full in book-title marks elsewhere takes the full form (not from a
/// sentence about an earlier or another deal).
fn zh_full_name(doc: &Doc, c: Cand) -> Cand {
    if !doc.has_cjk
        || c.title.chars().count() < 4
        || !c.title.chars().all(crate::text::is_cjk)
        || doc.masked[..c.span.0.min(doc.masked.len())].ends_with('《')
    {
        return c;
    }
    let m = doc.masked.as_str();
    let mut at = 0;
    while let Some(p) = m[at..].find('《') {
        let a = at + p + '《'.len_utf8();
        let Some(q_len) = m[a..].find(['》', '\n']) else {
            break;
        };
        at = a + q_len;
        // 《贵州省人民政府 中国联合网络通信集团有限公司战略合作协议》: parties are no part of it
        let q = zh_strip_party_prefix(strip_zh_parties(&m[a..a + q_len]));
        if q.len() <= c.title.len() || !q.ends_with(c.title.as_str()) || q.chars().count() > 60 {
            continue;
        }
        let other = doc.sent_at(a).is_some_and(|i| {
            let st = doc.sent_str(&doc.sents[i]);
            crate::text::contains_any!(
                st,
                &["曾", "此前", "同时签", "还签", "基础上", "同一天", "同日"]
            )
        });
        if !other {
            return Cand {
                title: q.to_string(),
                span: (a + q_len - q.len(), a + q_len),
            };
        }
    }
    c
}

fn more_specific(doc: &Doc, c: Cand) -> Cand {
    let l = c.title.to_ascii_lowercase();
    let bare = matches!(l.as_str(), "agreement" | "deal" | "pact" | "contract");
    // "a preliminary deal": news talk for a document the text names later ("the memorandum")
    let deal = !bare && l.ends_with(" deal");
    if !(bare || deal) || !doc.has_latin {
        return c;
    }
    let from = c.span.0.min(doc.masked.len());
    let after = &doc.masked[from..];
    let specific = EN_SPECIFIC.captures(after).and_then(|x| x.name("t"));
    if deal && specific.is_none() {
        return c;
    }
    match specific {
        Some(t) => Cand {
            title: t.as_str().to_string(),
            span: (from + t.start(), from + t.end()),
        },
        None => longer_name(doc, &c).unwrap_or(c),
    }
}

pub(crate) fn extract(doc: &Doc, ev: &mut Evidence) -> (Option<String>, Option<AgreementType>) {
    // body sentences that mention signing first, then headings (the headline last)
    let headline = doc.headline;
    let is_head = |i: usize| headline.is_some_and(|h| h.0 == doc.sents[i].start);
    let mut order: Vec<usize> = doc
        .signing()
        .filter(|&i| doc.fact(i).terminal && !is_head(i))
        .collect();
    order.extend(
        doc.signing()
            .filter(|&i| !doc.fact(i).terminal && !is_head(i)),
    );
    order.extend(doc.signing().filter(|&i| is_head(i)));
    let mut cands: Vec<Cand> = Vec::new();
    for &i in &order {
        let s = &doc.sents[i];
        let st = doc.sent_str(s);
        let c = if doc.has_cjk && doc.fact(i).cjk {
            zh_candidate(st, s.start)
        } else {
            None
        };
        let c = c.or_else(|| {
            (doc.has_latin && doc.fact(i).latin)
                .then(|| en_candidate(doc, i, st, s.start))
                .flatten()
        });
        if let Some(c) = c {
            cands.push(c);
            // only a Chinese story with a headline looks past the first name (below)
            if !(doc.has_cjk && headline.is_some()) {
                break;
            }
        }
    }
    // a Chinese story about several deals: the one its headline names
    let mut pick = 0;
    if let (Some((hs, he)), Some(first)) = (headline, cands.first()) {
        let h = &doc.masked[hs..he];
        if doc.has_cjk && !shares_headline(&first.title, h) {
            if let Some(p) = cands.iter().position(|c| shares_headline(&c.title, h)) {
                pick = p;
            }
        }
    }
    if !cands.is_empty() {
        let c = zh_full_name(
            doc,
            spelled_out(doc, more_specific(doc, cands.swap_remove(pick))),
        );
        // a bare "agreement" names nothing: no title, a kind from what it is for
        if matches!(
            c.title.to_ascii_lowercase().as_str(),
            "agreement" | "deal" | "contract" | "pact"
        ) {
            return (None, Some(bare_kind(doc)));
        }
        ev.add("title", c.span);
        let k = kind_of(&c.title);
        return (Some(c.title), Some(k));
    }
    // fallback: any "a/the ... agreement" phrase
    for (i, s) in doc.sents.iter().enumerate() {
        if !doc.may(i, cue::TITLE_ANY) {
            continue;
        }
        if let Some(t) = EN_TITLE_ANY
            .captures(doc.sent_str(s))
            .and_then(|c| c.name("t"))
            .filter(|t| {
                let first = t.as_str().split_whitespace().next().unwrap_or("");
                !OTHER_DEAL.contains(&first.to_ascii_lowercase().as_str())
            })
        {
            let c = more_specific(
                doc,
                Cand {
                    title: clean(t.as_str()),
                    span: (s.start + t.start(), s.start + t.end()),
                },
            );
            ev.add("title", c.span);
            let k = kind_of(&c.title);
            return (Some(c.title), Some(k));
        }
    }
    // Chinese fallback: a name in 《》 or "…框架协议/合作协议/备忘录" anywhere
    if doc.has_cjk {
        for (i, s) in doc.sents.iter().enumerate() {
            if !doc.fact(i).cjk {
                continue;
            }
            let st = doc.sent_str(s);
            if !(st.contains('《') || st.contains("协议") || st.contains("备忘录")) {
                continue;
            }
            if let Some((a, b)) = zh_any_name(st) {
                let name = zh_strip_party_prefix(strip_zh_parties(&st[a..b]));
                if !zh_generic(name) {
                    ev.add("title", (s.start + b - name.len(), s.start + b));
                    let k = kind_of(name);
                    return (Some(name.to_string()), Some(k));
                }
            }
        }
    }
    if doc.masked.contains("协议") || doc.lower.contains("agreement") {
        return (None, Some(unnamed_kind(doc)));
    }
    (None, None)
}

/// The kind of a bare "agreement": an investment agreement when the headline or the first
/// signing sentences call it one ("BYD signs $1 billion investment deal"), else other
/// ("could draw billions of dollars of investment" says nothing of what was signed).
fn bare_kind(doc: &Doc) -> AgreementType {
    let called = |a: usize, b: usize| {
        let l = &doc.lower[a..b];
        crate::text::contains_any!(l, &["investment deal", "investment agreement", "投资协议"])
    };
    let head = doc.headline.is_some_and(|(a, b)| called(a, b));
    let signing = doc.signing().take(2).any(|i| {
        let s = &doc.sents[i];
        called(s.start, s.end)
    });
    if head || signing {
        AgreementType::Investment
    } else {
        AgreementType::Other
    }
}

/// The kind of an agreement the text does not name: an investment agreement when the headline
/// or the first signing sentences are about an investment ("signed an agreement … with an
/// investment of around $1 billion", "…项目签约仪式"), else other.
fn unnamed_kind(doc: &Doc) -> AgreementType {
    let invest = |a: usize, b: usize| {
        let l = &doc.lower[a..b];
        l.contains("invest") || l.contains("投资") || l.contains("项目签约")
    };
    let head = doc.headline.is_some_and(|(a, b)| invest(a, b));
    let signing = doc.signing().take(2).any(|i| {
        let s = &doc.sents[i];
        invest(s.start, s.end)
    });
    if head || signing {
        AgreementType::Investment
    } else {
        AgreementType::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> (Option<String>, Option<AgreementType>) {
        extract(&Doc::new(s), &mut Evidence::default())
    }

    #[test]
    fn named_projects_counts_and_amount_words() {
        assert_eq!(
            t("The secretary and the bank president signed the $380-million loan agreement for the Improving Growth Corridors Project.").0,
            Some("loan agreement for the Improving Growth Corridors Project".into())
        );
        assert_eq!(
            t("Today we have signed a memorandum of cooperation on seven promising projects.").0,
            Some("memorandum of cooperation".into())
        );
        assert_eq!(
            t("The Loan Agreement between the two was signed today at the Treasury.").0,
            Some("Loan Agreement".into())
        );
    }

    #[test]
    fn parties_before_a_ceremony_name_and_title_case_names() {
        assert_eq!(
            t(
                "November 24, Lianyungang Municipal People's Government and Nanjing Normal University comprehensive strategic cooperation agreement signing ceremony was held in our city."
            ),
            (
                Some("comprehensive strategic cooperation agreement".into()),
                Some(AgreementType::StrategicCooperation)
            )
        );
        assert_eq!(
            t("The grid company and the province signed the New Era Strategic Cooperation Jointly Building Energy System Framework Agreement.").0,
            Some("New Era Strategic Cooperation Jointly Building Energy System Framework Agreement".into())
        );
        assert_eq!(
            t("11月23日，湖州市与三一集团项目签约仪式在杭州举行。按照协议，集团将投资100亿元。"),
            (None, Some(AgreementType::Investment))
        );
    }

    #[test]
    fn several_memoranda_give_one_name() {
        assert_eq!(
            t("Three memorandums of understanding were signed on Tuesday in the region.").0,
            Some("memorandum of understanding".into())
        );
        assert_eq!(
            t("The government has signed three memoranda of understanding worth 450 million dollars.").0,
            Some("memorandum of understanding".into())
        );
    }

    #[test]
    fn a_bare_agreement_names_nothing() {
        assert_eq!(
            t("BYD signed an agreement with the ministry on Monday to build a car factory."),
            (None, Some(AgreementType::Other))
        );
        assert_eq!(
            t("6月17日，市政府与郑州银行举行战略合作协议签约仪式。").0,
            Some("战略合作协议".into())
        );
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

    #[test]
    fn names_are_cleaned_and_completed() {
        assert_eq!(
            t("Susun and Golmud signed 2-Billion-Yuan of Cooperative Framework Agreement.").0,
            Some("Cooperative Framework Agreement".into())
        );
        assert_eq!(
            t(
                "They put their signatures to an agreement on the implementation of an investment project to build a plant."
            ),
            (
                Some("agreement on the implementation of an investment project".into()),
                Some(AgreementType::Investment)
            )
        );
        assert_eq!(
            t("SAIGONTEL and Aurous have sealed a Memorandum of Understanding (MoU) on investment cooperation in a complex.").0,
            Some("Memorandum of Understanding (MoU) on investment cooperation".into())
        );
        assert_eq!(
            t("The firm signed an agreement on Monday with the city.").0,
            None
        );
        assert_eq!(
            t("Goiás and Jofege signed a protocol of intentions for the project.").0,
            Some("protocol of intentions".into())
        );
    }

    #[test]
    fn names_do_not_take_words_before_them() {
        assert_eq!(
            t("XYZ Group signed on Monday with ABC Bank a strategic cooperation agreement.").0,
            Some("strategic cooperation agreement".into())
        );
        assert_eq!(
            t("The firms inked here today two investment agreements.").0,
            Some("investment agreements".into())
        );
        assert_eq!(
            t("The state signed up a trade and investment agreement.").0,
            Some("trade and investment agreement".into())
        );
    }

    #[test]
    fn bare_agreement_takes_its_name_from_later() {
        assert_eq!(
            t("The city signed an agreement with the bank. Under the cooperation framework agreement, the bank lends.").0,
            Some("cooperation framework agreement".into())
        );
        assert_eq!(
            t("The city signed an agreement with the bank. The deal was hailed.").0,
            None
        );
        assert_eq!(
            t("The firm signed a ceremony of strategic cooperation agreement.").0,
            Some("strategic cooperation agreement".into())
        );
    }

    #[test]
    fn quoted_and_specific_names() {
        assert_eq!(
            t("The city and the bank signed the \"Shanghai Municipal People's Government · China Development Bank Financial Development Cooperation Memorandum\".").0,
            Some("Shanghai Municipal People's Government · China Development Bank Financial Development Cooperation Memorandum".into())
        );
        assert_eq!(
            t("Kaduna and CMEC signed an agreement this week. The MoU appoints CMEC.").0,
            Some("MoU".into())
        );
        assert_eq!(
            t("The province and the bank held financial cooperation agreement signing ceremony.").0,
            Some("financial cooperation agreement".into())
        );
    }

    #[test]
    fn chinese_names() {
        assert_eq!(
            t("共同出席《贵州省人民政府 中国联合网络通信集团有限公司战略合作协议》签约仪式。").0,
            Some("战略合作协议".into())
        );
        assert_eq!(
            t("区政府与分行签订“十四五”全面深化合作框架协议。"),
            (
                Some("“十四五”全面深化合作框架协议".into()),
                Some(AgreementType::Framework)
            )
        );
    }

    #[test]
    fn chinese_names_drop_a_leading_sum() {
        assert_eq!(
            t("双方签署了150亿元战略合作框架协议。").0,
            Some("战略合作框架协议".into())
        );
        assert_eq!(
            t("双方签订100万千瓦风电项目投资开发框架协议。").0,
            Some("100万千瓦风电项目投资开发框架协议".into())
        );
    }

    /// `\p{Han}` needs regex's `unicode-script` feature, which this crate does not enable: a
    /// build without it (the fuzz crate) panicked compiling the pattern. Han is written as ranges.
    #[test]
    fn regexes_need_no_script_tables() {
        assert!(ZH_TITLE.is_match("签署了战略合作协议"));
    }

    #[test]
    fn passive_and_other_deals() {
        assert_eq!(
            t("The bank has granted a loan. The loan agreement was signed today in Madrid by the two chiefs. \
               A total of 400 operations were signed under the previous agreement.").0,
            Some("loan agreement".into())
        );
        assert_eq!(
            t("Operations were signed under the previous agreement.").0,
            None
        );
    }

    #[test]
    fn for_tails_and_spelled_out_mous() {
        assert_eq!(
            t("The city and the group signed the framework agreement for strategic cooperation and poverty alleviation.").0,
            Some("framework agreement for strategic cooperation and poverty alleviation".into())
        );
        assert_eq!(
            t("The bank signed the loan agreement for a $130 million project.").0,
            Some("loan agreement".into())
        );
        assert_eq!(
            t("Ola signs MoU with T.N. The state signed a Memorandum of Understanding (MoU) with Ola.").0,
            Some("Memorandum of Understanding".into())
        );
        assert_eq!(
            t("The minister signed three MoUs worth Rs 100 crore.").0,
            Some("MoU".into())
        );
        assert_eq!(
            t("The two ministries signed an accord on trade.").0,
            Some("accord on trade".into())
        );
    }

    #[test]
    fn chinese_ceremonies_and_generic_names() {
        assert_eq!(
            t("12月15日，甲市人民政府与乙集团战略合作框架协议签约仪式在甲市举行。当天双方共签订协议10个。").0,
            Some("战略合作框架协议".into())
        );
        assert_eq!(
            t("两省区合作交流座谈会暨经济发展战略合作框架协议签约仪式举行。").0,
            Some("经济发展战略合作框架协议".into())
        );
        assert_eq!(t("根据双方签订的协议，项目落地。").0, None);
        assert_eq!(
            t("甲市与乙集团签订战略合作协议\n\n同一天，两市还签订了《对口支援工作协议》。").0,
            Some("战略合作协议".into())
        );
    }
    /// Each text's title and kind, as the table gives them.
    fn check(cases: &[(&str, Option<&str>, Option<AgreementType>)]) {
        for (text, title, kind) in cases {
            let (t0, k0) = t(text);
            assert_eq!(t0.as_deref(), *title, "{text}");
            assert_eq!(k0, *kind, "{text}");
        }
    }

    #[test]
    fn names_as_news_writes_them() {
        let cases: &[(&str, Option<&str>, Option<AgreementType>)] = &[
            // a sum with a conversion in brackets before the name
            (
                "The Government on Friday signed a €126.44 million (USD 136.95 million, about Shs514bn) financing agreement with Citibank.",
                Some("financing agreement"),
                Some(AgreementType::Other),
            ),
            // a hyphenated head and an ordinal before it
            (
                "The state on Tuesday signed the sixth pre-contract for the production of green hydrogen.",
                Some("pre-contract"),
                Some(AgreementType::Other),
            ),
            // a quoted name that goes on after its head noun
            (
                "Iraq has signed an \"agreement of principles\" with PowerChina.",
                Some("agreement of principles"),
                Some(AgreementType::Other),
            ),
            (
                "Sinosure and Qingdao jointly signed the \"Strategic Cooperation Agreement on Promoting Qingdao to Build 'Belt and Road' Platform\".",
                Some(
                    "Strategic Cooperation Agreement on Promoting Qingdao to Build 'Belt and Road' Platform",
                ),
                Some(AgreementType::StrategicCooperation),
            ),
            // what follows a plural says what the deals cover
            (
                "Three memorandums of understanding for industrial investment projects were signed on Tuesday in Rabat.",
                Some("memorandum of understanding"),
                Some(AgreementType::MemorandumOfUnderstanding),
            ),
            // a lower-case name before a ceremony, without "held"
            (
                "The mayor jointly attended Chengdu Development Fund (Phase I) and Taikang Southwest Hospital project investment cooperation agreement signing ceremony.",
                Some("project investment cooperation agreement"),
                Some(AgreementType::Investment),
            ),
            // "a preliminary deal" is the memorandum named later; a bare memorandum spelled out
            (
                "Ganfeng said it had signed a preliminary deal to study a plant. The non-binding memorandum of understanding was signed on Friday. Under the memorandum, the parties will assess it.",
                Some("memorandum of understanding"),
                Some(AgreementType::MemorandumOfUnderstanding),
            ),
            // a bare agreement is an investment agreement only when the story calls it one
            (
                "BYD signs $1 billion investment deal with Türkiye\n\nBYD signed an agreement with the ministry on Monday to build a car factory.",
                None,
                Some(AgreementType::Investment),
            ),
            (
                "Investors sign deal for industrial park\n\nInvestors signed an agreement on Monday to build a park that could draw billions of dollars of investment.",
                None,
                Some(AgreementType::Other),
            ),
        ];
        check(cases);
    }

    #[test]
    fn chinese_names_in_full_and_kinds_of_project_agreements() {
        let cases: &[(&str, Option<&str>, Option<AgreementType>)] = &[
            // the verb and everything before it are no part of a ceremony's name
            (
                "长沙市政府与湖南银行于3月21日在湘麓山庄举行合作框架协议签约仪式。",
                Some("合作框架协议"),
                Some(AgreementType::Framework),
            ),
            // brackets inside a name; a plain 项目合作协议 is a named cooperation agreement
            (
                "4月30日上午，南丰县在县行政大厦举行光伏发电(新能源)项目合作协议签约仪式。",
                Some("光伏发电(新能源)项目合作协议"),
                Some(AgreementType::Other),
            ),
            (
                "双方签订300兆瓦光伏发电项目投资协议。",
                Some("300兆瓦光伏发电项目投资协议"),
                Some(AgreementType::Investment),
            ),
            // a book title that names no agreement is skipped
            (
                "昨日，昆明市政府与京东集团正式签署战略合作协议，落实《昆明市实施创新驱动发展战略行动计划(2017-2020)》。",
                Some("战略合作协议"),
                Some(AgreementType::StrategicCooperation),
            ),
            // the short name in the signing sentence, the full one in book-title marks; the
            // deal signed at the same time is another
            (
                "福州市政府与中国电信福建公司签订战略合作框架协议。\n根据《共同推动数字福州建设战略合作框架协议》，电信将加大投入。\n根据同时签订的《中国东南大数据产业园战略合作协议》，将引进项目。",
                Some("共同推动数字福州建设战略合作框架协议"),
                Some(AgreementType::StrategicCooperation),
            ),
            (
                "甲市与乙集团签订战略合作协议。\n2017年，双方曾签订《全面深化战略合作协议》。",
                Some("战略合作协议"),
                Some(AgreementType::StrategicCooperation),
            ),
        ];
        check(cases);
    }
}
