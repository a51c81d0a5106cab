//! Focus areas: the items of the list that says what the cooperation is about.

use std::sync::LazyLock;

use regex::Regex;

use crate::Evidence;
use crate::text::Doc;

/// A list introduced by a cooperation cue, up to the end of the clause.
static EN_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:cooperat(?:e|ion)|work together|collaborat(?:e|ion)|focus(?:ed|ing)?|focus for the|partnership|invest(?:ment)?s?|schemes?|works|areas|fields|sectors|promote the)\s+(?:(?:on|in|for|to|of|with|such as|including|covering|like)\s+)+(?:the\s+)?(?:(?:fields?|areas?|sectors?|industries|domains?)\s+(?:of|such as|including|like)\s+)?")
        .expect("EN_CUE")
});
static ZH_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:在|围绕|聚焦|重点|涉及|包括|推进|加强|深化|开展)(?P<l>[^。；，]{2,80}?(?:、[^。；，]{1,20}?)+)(?:等|方面|领域|的合作)").expect("ZH_CUE")
});
const STOP_PHRASES: &[&str] = &[
    " and other",
    " among other",
    " etc",
    ", to ",
    " to promote",
    " so that",
    " which ",
    " while ",
    ", as well as",
    " as well as",
    " moving",
    ", and jointly",
    " to carry out",
    " to further",
];

fn split_items(list: &str) -> Vec<(usize, usize)> {
    // split on commas and semicolons; the last element also on its first " and "
    let mut parts: Vec<(usize, usize)> = Vec::new();
    let mut s = 0;
    for (i, c) in list.char_indices() {
        if c == ',' || c == ';' || c == '、' || c == '，' {
            parts.push((s, i));
            s = i + c.len_utf8();
        }
    }
    parts.push((s, list.len()));
    if parts.len() >= 2 {
        if let Some(&(a, b)) = parts.last() {
            let seg = &list[a..b];
            let t = seg.trim_start();
            let off = a + seg.len() - t.len();
            let t_low = t.to_lowercase();
            if let Some(stripped) = t_low.strip_prefix("and ") {
                let _ = stripped;
                parts.pop();
                parts.push((off + 4, b));
            } else if let Some(p) = t_low.find(" and ") {
                parts.pop();
                parts.push((off, off + p));
                parts.push((off + p + 5, b));
            } else if let Some(p) = t.find(['和', '及']) {
                parts.pop();
                parts.push((off, off + p));
                parts.push((off + p + 3, b));
            }
        }
    }
    parts
}

fn clean_item(s: &str) -> Option<String> {
    let mut t = s
        .trim()
        .trim_matches(|c: char| "\"'“”‘’.:()（）".contains(c))
        .trim();
    for p in ["and ", "the ", "other ", "also ", "or ", "和", "及", "以及"] {
        if let Some(r) = t.strip_prefix(p) {
            t = r.trim();
        }
    }
    let t = t.trim_matches(|c: char| "\"'“”‘’".contains(c)).trim();
    let words = t.split_whitespace().count();
    let chars = t.chars().count();
    if t.is_empty() || words > 6 || !(2..=60).contains(&chars) {
        return None;
    }
    if t.chars().next().is_some_and(|c| c.is_ascii_digit()) && !t.contains('G') {
        return None;
    }
    Some(t.to_string())
}

pub(crate) fn extract(doc: &Doc, ev: &mut Evidence) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let m = doc.masked.as_str();
    for s in &doc.sents {
        if doc.headline.is_some_and(|h| h.0 == s.start) {
            continue;
        }
        let st = doc.sent_str(s);
        if doc.has_latin {
            for c in EN_CUE.find_iter(st) {
                let rest = &st[c.end()..];
                let mut end = rest.len();
                for p in STOP_PHRASES {
                    if let Some(i) = rest.find(p) {
                        end = end.min(i);
                    }
                }
                if let Some(i) = rest.find(['.', '(']) {
                    end = end.min(i);
                }
                let list = rest[..end].trim_end_matches([',', ';', ' ', '，']);
                let items = split_items(list);
                if items.len() < 3 {
                    continue;
                }
                let base = s.start + c.end();
                for (a, b) in items {
                    if let Some(it) = clean_item(&list[a..b]) {
                        if !out.contains(&it) {
                            ev.add("focus_areas", (base + a, base + b));
                            out.push(it);
                        }
                    }
                }
            }
        }
        if doc.has_cjk {
            for c in ZH_CUE.captures_iter(st) {
                let Some(l) = c.name("l") else { continue };
                let list = l.as_str();
                let base = s.start + l.start();
                for (a, b) in split_items(list) {
                    if let Some(it) = clean_item(&list[a..b]) {
                        if !out.contains(&it) {
                            ev.add("focus_areas", (base + a, base + b));
                            out.push(it);
                        }
                    }
                }
            }
        }
    }
    let _ = m;
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(t: &str) -> Vec<String> {
        extract(&Doc::new(t), &mut Evidence::default())
    }

    #[test]
    fn english_lists() {
        assert_eq!(
            f(
                "Under the agreement the two sides will work together in finance, environmental protection, new energy, medical health and science and technology innovation, among other fields."
            ),
            vec![
                "finance",
                "environmental protection",
                "new energy",
                "medical health",
                "science and technology innovation"
            ]
        );
    }

    #[test]
    fn chinese_lists() {
        assert_eq!(
            f("双方将在新能源、智慧城市和大数据等领域开展合作。"),
            vec!["新能源", "智慧城市", "大数据"]
        );
    }
}
