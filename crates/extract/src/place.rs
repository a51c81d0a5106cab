//! Place of signing: a known city in a signing sentence ("in Xining", "在西宁"), the headline,
//! or the dateline.

use std::sync::LazyLock;

use regex::Regex;

use crate::Evidence;
use crate::lexicon::CITIES;
use crate::orgs::{Orgs, sign_verb};
use crate::text::Doc;

static CITY_RE: LazyLock<Regex> = LazyLock::new(|| {
    let mut names: Vec<&str> = CITIES.keys().copied().collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    let alt: Vec<String> = names.iter().map(|n| regex::escape(n)).collect();
    Regex::new(&format!("(?:{})", alt.join("|"))).expect("CITY_RE")
});
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<c>[A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+){0,2})\s*(?:,|:|\s-|\s—|\s–|\()")
        .expect("DATELINE")
});

fn word_bounded(m: &str, s: usize, e: usize) -> bool {
    let b = m[..s].chars().next_back();
    let a = m[e..].chars().next();
    let ok = |c: Option<char>| c.is_none_or(|c| !c.is_ascii_alphabetic());
    let is_ascii = m[s..e].is_ascii();
    !is_ascii || (ok(b) && ok(a))
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f
                    .to_uppercase()
                    .chain(c.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

pub(crate) fn extract(doc: &Doc, orgs: &Orgs, ev: &mut Evidence) -> Option<String> {
    let m = doc.masked.as_str();
    let inside_org = |s: usize, e: usize| {
        orgs.mentions
            .iter()
            .any(|o| o.strong && o.s <= s && o.e >= e)
    };
    let signing: Vec<_> = doc
        .sents
        .iter()
        .filter(|s| sign_verb(doc.sent_str(s)).is_some())
        .collect();
    let headline = doc.headline;
    let mut any_in_signing = None;
    for s in &signing {
        if headline.is_some_and(|h| h.0 == s.start) {
            continue;
        }
        for c in CITY_RE.find_iter(doc.sent_str(s)) {
            let (cs, ce) = (s.start + c.start(), s.start + c.end());
            if !word_bounded(m, cs, ce) || inside_org(cs, ce) {
                continue;
            }
            let before = &m[s.start..cs];
            let tail: String = before
                .chars()
                .rev()
                .take(30)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let low = tail.to_lowercase();
            let prep = low.rfind(" in ").or(low.rfind(" at ")).or(low.rfind('在'));
            if prep.is_some_and(|p| !tail[p..].contains(',') && !tail[p..].contains('，')) {
                ev.add("place", (cs, ce));
                return Some(c.as_str().to_string());
            }
            any_in_signing.get_or_insert((c.as_str().to_string(), cs, ce));
        }
    }
    if let Some((hs, he)) = headline {
        let h = &m[hs..he];
        for c in CITY_RE.find_iter(h) {
            let low = h[..c.start()].to_lowercase();
            if (low.ends_with(" in ") || low.ends_with('在'))
                && word_bounded(m, hs + c.start(), hs + c.end())
            {
                ev.add("place", (hs + c.start(), hs + c.end()));
                return Some(c.as_str().to_string());
            }
        }
    }
    // dateline: "ATHENS, Jan 23 -", "ISLAMABAD:"
    for s in doc.sents.iter().take(6) {
        let st = doc.sent_str(s);
        if let Some(c) = DATELINE.captures(st).and_then(|c| c.name("c")) {
            let name = title_case(c.as_str());
            if let Some(canon) = CITIES.get(name.as_str()) {
                ev.add("place", (s.start + c.start(), s.start + c.end()));
                return Some((*canon).to_string());
            }
        }
    }
    any_in_signing.map(|(n, s, e)| {
        ev.add("place", (s, e));
        n
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(t: &str) -> Option<String> {
        let d = Doc::new(t);
        let o = crate::orgs::find(&d);
        extract(&d, &o, &mut Evidence::default())
    }

    #[test]
    fn forms() {
        assert_eq!(
            place("the government and the group in Xining signed a deal."),
            Some("Xining".into())
        );
        assert_eq!(
            place("ISLAMABAD: Pakistan has signed two agreements."),
            Some("Islamabad".into())
        );
        assert_eq!(
            place("青海省政府与中国电信在西宁签署协议。"),
            Some("西宁".into())
        );
        assert_eq!(
            place("Xingtai Municipal People's Government signed a deal."),
            None
        );
    }
}
