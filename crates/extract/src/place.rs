//! Place of signing: a known city in a signing sentence ("in Xining", "在西宁"), the headline,
//! or the dateline.

use std::sync::LazyLock;

use regex::Regex;

use crate::Evidence;
use crate::lexicon::CITIES;
use crate::orgs::Orgs;
use crate::text::Doc;

/// The known cities, longest first, leftmost-first: the same matches as the alternation
/// regex `(?:name1|name2|…)` of the names in that order.
static CITY_RE: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    let mut names: Vec<&str> = CITIES.keys().copied().collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .build(names)
        .expect("CITY_RE")
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

/// Nouns after which "in X" says where a project is, not where the signing was.
const OBJECT_NOUNS: &[&str] = &[
    "plant",
    "plants",
    "factory",
    "project",
    "projects",
    "park",
    "facility",
    "complex",
    "works",
    "mill",
    "zone",
    "investment",
    "investments",
    "refinery",
    "logistics",
    "development",
    "operations",
    "presence",
    "business",
    "hub",
    "centre",
    "center",
    "site",
    "office",
    "offices",
    "branch",
    "headquartered",
    "based",
    "located",
    "invest",
    "build",
    "set",
];

/// Is the text before a city (in one sentence) a preposition of place that reaches it:
/// "signed … in Xining", "held in", "yesterday in", "headed for", "在西宁"? At most three words
/// between the preposition and the city, none of them "and" (a list of project sites).
fn place_preposition(before: &str) -> bool {
    if before.ends_with('在') || before.ends_with("在了") {
        return true;
    }
    // "签约仪式于西宁举行" — not "位于/关于/对于…" (where a project is, what it is about)
    if let Some(b) = before.strip_suffix('于') {
        return !b.ends_with([
            '位', '关', '对', '由', '属', '等', '力', '基', '处', '至', '高', '低',
        ]);
    }
    let low = before.to_ascii_lowercase();
    let words: Vec<&str> = low.split_whitespace().rev().take(5).collect();
    for (k, w) in words.iter().enumerate() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w == "and" || w.contains([',', ';']) {
            return false;
        }
        let prep = matches!(w, "in" | "at")
            || (w == "for"
                && words
                    .get(k + 1)
                    .is_some_and(|p| matches!(*p, "headed" | "left")));
        if prep {
            let noun = words
                .get(k + 1)
                .map(|p| p.trim_matches(|c: char| !c.is_alphanumeric()));
            return !noun.is_some_and(|n| OBJECT_NOUNS.contains(&n)) && k <= 3;
        }
        if before.trim_end().ends_with(',') {
            return venue_then_city(&words);
        }
    }
    false
}

/// "at Bailou Hotel, Shijiazhuang": a preposition, a venue, a comma, the city.
fn venue_then_city(words_rev: &[&str]) -> bool {
    const VENUES: &[&str] = &[
        "hotel",
        "hall",
        "centre",
        "center",
        "building",
        "guesthouse",
        "palace",
        "house",
        "room",
        "museum",
        "stadium",
        "pavilion",
        "auditorium",
    ];
    let venue = words_rev
        .first()
        .is_some_and(|w| VENUES.contains(&w.trim_end_matches(',')));
    venue && words_rev.iter().skip(1).any(|w| matches!(*w, "at" | "in"))
}

/// Chinese news-agency dateline "中新网宁德3月18日电", "新华社北京6月1日电", "本报西宁讯".
static ZH_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[^，。,]{0,12}?(?:社|网|报)(?P<c>[\x{4E00}-\x{9FFF}]{2,4}?)(?:\d{1,2}月\d{1,2}日电|讯)",
    )
    .expect("ZH_DATELINE")
});
/// Title-case dateline with a dash or agency: "Nairobi — The …", "Singapore (VNA) - …".
static TITLE_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<c>\p{Lu}[\p{L}'\-]+(?: \p{Lu}[\p{L}'\-]+){0,2})\s*(?:\([^)]{1,30}\)\s*)?(?:—|–|\s-|:)\s")
        .expect("TITLE_DATELINE")
});

pub(crate) fn extract(doc: &Doc, orgs: &Orgs, ev: &mut Evidence) -> Option<String> {
    let m = doc.masked.as_str();
    let inside_org = |s: usize, e: usize| {
        orgs.mentions
            .iter()
            .any(|o| o.strong && o.s <= s && o.e >= e)
    };
    let headline = doc.headline;
    // 1. a city introduced by a preposition of place in a signing sentence (body first)
    let mut order: Vec<usize> = doc.signing().filter(|&i| doc.fact(i).terminal).collect();
    order.extend(doc.signing().filter(|&i| !doc.fact(i).terminal));
    for i in order {
        let s = &doc.sents[i];
        if headline.is_some_and(|h| h.0 == s.start) {
            continue;
        }
        let st = doc.sent_str(s);
        for c in CITY_RE.find_iter(st) {
            let (cs, ce) = (s.start + c.start(), s.start + c.end());
            if !word_bounded(m, cs, ce) || inside_org(cs, ce) {
                continue;
            }
            if place_preposition(&m[s.start..cs]) {
                ev.add("place", (cs, ce));
                return Some(canonical(&st[c.range()]));
            }
        }
    }
    // 2. the headline: "… in Xining"
    if let Some((hs, he)) = headline {
        let h = &m[hs..he];
        for c in CITY_RE.find_iter(h) {
            let low = h[..c.start()].to_lowercase();
            if (low.ends_with(" in ") || low.ends_with('在'))
                && word_bounded(m, hs + c.start(), hs + c.end())
            {
                ev.add("place", (hs + c.start(), hs + c.end()));
                return Some(canonical(&h[c.range()]));
            }
        }
    }
    // 3. the dateline of a local ceremony: "ATHENS, Jan 23 -", "ISLAMABAD:", "Nairobi —",
    //    "中新网宁德3月18日电"
    let firsts: Vec<&crate::text::Sent> = doc.sents.iter().take(6).collect();
    for (k, s) in firsts.iter().chain(firsts.iter()).enumerate() {
        let st = doc.sent_str(s);
        let hit = if k < firsts.len() {
            DATELINE
                .captures(st)
                .and_then(|c| c.name("c"))
                .map(|c| (title_case(c.as_str()), c))
        } else {
            TITLE_DATELINE
                .captures(st)
                .filter(|c| {
                    // "Luanda - Tuesday, 21 September 2021": a page date line, not a dateline
                    let rest = st[c.get(0).map_or(0, |w| w.end())..].trim_start();
                    !rest.starts_with(|ch: char| ch.is_ascii_digit())
                        && ![
                            "Monday",
                            "Tuesday",
                            "Wednesday",
                            "Thursday",
                            "Friday",
                            "Saturday",
                            "Sunday",
                        ]
                        .iter()
                        .any(|w| rest.starts_with(w))
                })
                .and_then(|c| c.name("c"))
                .map(|c| (c.as_str().to_string(), c))
                .or_else(|| {
                    ZH_DATELINE
                        .captures(st)
                        .and_then(|c| c.name("c"))
                        .map(|c| (c.as_str().to_string(), c))
                })
        };
        if let Some((name, c)) = hit {
            if let Some(canon) = CITIES.get(name.as_str()) {
                ev.add("place", (s.start + c.start(), s.start + c.end()));
                return Some((*canon).to_string());
            }
        }
    }
    None
}

fn canonical(name: &str) -> String {
    CITIES
        .get(name)
        .map_or_else(|| name.to_string(), |c| (*c).to_string())
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

    #[test]
    fn city_in_a_party_name_is_not_the_place() {
        assert_eq!(place("12月14日，中山市人民政府与国开行签署备忘录。"), None);
        assert_eq!(
            place("Dalian city and GCL signed an agreement today."),
            None
        );
    }

    #[test]
    fn project_sites_are_not_the_place() {
        assert_eq!(
            place(
                "Serbia and Minth signed an MoU on projects in Novi Sad and Belgrade yesterday in Shanghai."
            ),
            Some("Shanghai".into())
        );
        assert_eq!(
            place("The firm signed a deal to build a plant in Pune."),
            None
        );
        assert_eq!(
            place("It signed a memorandum at the summit held at Pragati Maidan in New Delhi."),
            Some("New Delhi".into())
        );
    }

    #[test]
    fn signing_ceremony_and_travel() {
        assert_eq!(
            place("The province and the bank in Guangzhou held an agreement signing ceremony."),
            Some("Guangzhou".into())
        );
        assert_eq!(
            place("Liu headed for Tianjin in the afternoon and held the signing ceremony."),
            Some("Tianjin".into())
        );
    }

    #[test]
    fn chinese_yu_before_the_city() {
        assert_eq!(
            place("签约仪式于西宁举行，双方签署了合作协议。"),
            Some("西宁".into())
        );
        assert_eq!(place("双方签署协议，项目位于西宁。"), None);
    }

    #[test]
    fn venue_comma_city() {
        assert_eq!(
            place(
                "The province and Netcom this week at Bailou Hotel, Shijiazhuang signed an agreement."
            ),
            Some("Shijiazhuang".into())
        );
    }

    #[test]
    fn page_date_line_is_not_a_dateline() {
        assert_eq!(
            place(
                "Luanda - Tuesday, 21 September 2021\nWASHINGTON, Sept 21 - Angola signed an MoU."
            ),
            Some("Washington".into())
        );
    }

    #[test]
    fn datelines() {
        assert_eq!(
            place("Nairobi — The authority and the chamber have sealed an MoU."),
            Some("Nairobi".into())
        );
        assert_eq!(
            place("中新网宁德3月18日电 银行与宁德市人民政府17日签署战略合作协议。"),
            Some("宁德".into())
        );
    }
}
