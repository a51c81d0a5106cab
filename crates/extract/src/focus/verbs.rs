//! Focus areas named as the objects of development verbs, for articles that give no list of
//! areas: "the company will develop and expand an industrial park", "a project to lift farm
//! productivity, extend irrigation and grow horticulture agribusiness", "will build a plant for
//! renewable diesel and sustainable aviation fuel".
//!
//! Only sentences that say what the agreement, its parties or its project will do are read
//! (see [`content_sentence`]); speeches and quotes are not.

use std::sync::LazyLock;

use regex::Regex;

/// Verbs whose object names what is built, developed or promoted.
const VERBS: &str = r"(?:build|construct|develop|expand|establish|set up|create|promote|strengthen|deepen|enhance|improve|upgrade|extend|grow|lift|boost|implement|host|produce|manufacture|lay|operate|explore|plan|carry out|advance|accelerate|moderni[sz]e|rehabilitate|install|add|finance|fund|own|run)";

/// A development verb in the future or purpose form (*will build*, *to lift*, *and grow*),
/// possibly doubled (*develop and expand*), with the determiner of its object.
static VERB_OBJ: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i-u)\b(?:(?:will|to|shall|would|and|also|,)\s+(?:(?:also|jointly|further|actively|together)\s+)*(?:{VERBS}\s+(?:and|or)\s+)?{VERBS}|(?:{VERBS}|invest)\s+and\s+{VERBS}|including)\s+(?:(?:up|out)\s+)?(?:(?:the|a|an|its|their|more|new)\s+)?"
    ))
    .expect("VERB_OBJ")
});

/// What ends an object: a preposition, a clause word or punctuation.
const STOPS: &[&str] = &[
    ".",
    ";",
    "(",
    ":",
    "\"",
    "“",
    " in ",
    " at ",
    " across ",
    " near ",
    " over ",
    " with ",
    " by ",
    " so ",
    " which",
    " that ",
    " to ",
    " from ",
    " on ",
    " under ",
    " through ",
    " within ",
    " during ",
    " between ",
    " worth ",
    " for ",
    ", and ",
    ", with",
    ", creating",
    ", which",
    ", while",
    " and will ",
    " there",
];

/// `STOPS` as one leftmost-first automaton: the start of its first match is the earliest
/// position where any stop begins.
static STOP_AC: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .build(STOPS)
        .expect("STOP_AC")
});

/// Byte offset of the first stop in `rest`.
fn first_stop(rest: &str) -> Option<usize> {
    STOP_AC.find(rest).map(|m| m.start())
}

/// Facility nouns whose products follow *for / producing*: "a plant for renewable diesel".
const FACILITY: &[&str] = &[
    "plant", "factory", "facility", "complex", "unit", "refinery",
];

/// Sentences that say what the agreement, a party or its project will do.
static CONTENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i-u)\b(?:agreement|memorandum|mou|deal|project|programme|program|plant|park|company|firm|group|two sides|both sides|partners|loan|investment|fund|will|under which)(?-u:\b)")
        .expect("CONTENT")
});

/// Remarks and quotes are not what the agreement covers.
static SPEECH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i-u)\b(?:hopes?|hoped|hoping|wish(?:es|ed)?|said|says|told|noted|stressed|expressed|added)(?-u:\b)")
        .expect("SPEECH")
});

/// Does the sentence state what the agreement, a party or its project will do? `speech` /
/// `content`: may `SPEECH` / `CONTENT` match (keyword prefilters, see `Doc::may`).
pub(super) fn content_sentence(st: &str, speech: bool, content: bool) -> bool {
    if st.trim_start().starts_with(['"', '“']) || (speech && SPEECH.is_match(st)) {
        return false;
    }
    content && CONTENT.is_match(st)
}

/// Byte ranges (relative to `st`) of the objects of the development verbs of `st`.
pub(super) fn objects(st: &str) -> Vec<(usize, usize)> {
    let verbs: Vec<(usize, usize)> = VERB_OBJ
        .find_iter(st)
        .map(|m| (m.start(), m.end()))
        .collect();
    let mut out = Vec::new();
    for (k, &(_, start)) in verbs.iter().enumerate() {
        // the object ends at a stop or where the next verb phrase begins
        let next = verbs.get(k + 1).map_or(st.len(), |v| v.0);
        let mut end = next.max(start);
        let rest = &st[start..end];
        let mut facility_for = None;
        if let Some(i) = first_stop(rest) {
            end = end.min(start + i);
        }
        // "a plant for renewable diesel and sustainable aviation fuel": the products
        let head = st[start..end].trim_end_matches([',', ' ']);
        if FACILITY.iter().any(|f| {
            head.strip_suffix(f)
                .is_some_and(|r| r.is_empty() || r.ends_with(' '))
        }) {
            for p in [" for ", " producing ", " to produce ", " making "] {
                if st[start + head.len()..].starts_with(p) {
                    facility_for = Some(start + head.len() + p.len());
                }
            }
        }
        if let Some(f) = facility_for {
            let rest = &st[f..next.max(f)];
            let mut e = rest.len();
            if let Some(i) = first_stop(rest) {
                e = e.min(i);
            }
            let list = st[f..f + e].trim_end_matches([',', ' ']);
            match list.find(" and ").filter(|_| !list.contains(',')) {
                // "renewable diesel and sustainable aviation fuel": two products
                Some(p) => {
                    out.push((f, f + p));
                    out.push((f + p + 5, f + list.len()));
                }
                None => split_list(st, f, f + e, &mut out),
            }
            continue;
        }
        split_list(st, start, end, &mut out);
    }
    out
}

/// Split `st[a..b]` into items: "A, B and C" -> A, B, C; a phrase without commas stays whole.
fn split_list(st: &str, a: usize, b: usize, out: &mut Vec<(usize, usize)>) {
    let list = &st[a..b];
    let trimmed = list.trim_end_matches([',', ' ']);
    let list = trimmed;
    let b = list.as_bytes();
    // a thousands separator ("1,250 MW") is not a list comma
    let sep = |i: usize| {
        b[i] == b','
            && !(i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit))
    };
    if !(0..b.len()).any(sep) {
        let (s, e) = (a, a + list.len());
        if list.split_whitespace().count() <= 6 {
            out.push((s, e));
        } else {
            // too long for one item: "the Internet information service industry and
            // e-commerce development" names two; "investment projects and the working capital
            // of small and medium-sized enterprises and mid-cap companies" three
            let mut x = 0;
            for (p, _) in list.match_indices(" and ") {
                let left = list[..p].rsplit(' ').next().unwrap_or("");
                let right = list[p + 5..].split(' ').next().unwrap_or("");
                if super::binomial(left, right) {
                    continue;
                }
                out.push((s + x, s + p));
                x = p + 5;
            }
            if x > 0 {
                out.push((s + x, e));
            }
        }
        return;
    }
    let mut parts: Vec<(usize, usize)> = Vec::new();
    let mut s = 0;
    for i in 0..b.len() {
        if sep(i) {
            parts.push((s, i));
            s = i + 1;
        }
    }
    let tail = &list[s..];
    match tail.find(" and ") {
        Some(p) => {
            parts.push((s, s + p));
            parts.push((s + p + 5, list.len()));
        }
        None => parts.push((s, list.len())),
    }
    for (x, y) in parts {
        let seg = &list[x..y];
        let t = seg.trim_start();
        let x = x + seg.len() - t.len();
        if t.split_whitespace().count() > 6 {
            break;
        }
        if y > x {
            out.push((a + x, a + y));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn objs(st: &str) -> Vec<&str> {
        objects(st).into_iter().map(|(a, b)| &st[a..b]).collect()
    }

    #[test]
    fn chained_purpose_verbs() {
        assert_eq!(
            objs(
                "They signed the loan agreement for a $130 million project to lift farm productivity, extend irrigation and grow horticulture agribusiness in Himachal Pradesh."
            ),
            vec![
                "farm productivity",
                "irrigation",
                "horticulture agribusiness"
            ]
        );
        assert_eq!(
            objs(
                "the two sides will jointly plan and build large-scale e-commerce platform, promote the Internet information service industry and e-commerce development, and jointly implement the information talents training."
            ),
            vec![
                "large-scale e-commerce platform",
                "Internet information service industry",
                "e-commerce development",
                "information talents training"
            ]
        );
    }

    #[test]
    fn object_lists_and_stops() {
        assert_eq!(
            objs(
                "The park is planned to host manufacturing, agricultural products processing and a range of other sectors."
            ),
            vec![
                "manufacturing",
                "agricultural products processing",
                "a range of other sectors"
            ]
        );
        assert_eq!(
            objs("Torrent Gas will build a gas distribution network across Chennai."),
            vec!["gas distribution network"]
        );
        assert_eq!(
            objs("The company will develop and expand an industrial park at a cost of $108m."),
            vec!["industrial park"]
        );
    }

    #[test]
    fn long_objects_split_at_each_and() {
        assert_eq!(
            objs(
                "The bank granted a loan to fund investment projects and the working capital of small and medium-sized enterprises and mid-cap companies."
            ),
            vec![
                "investment projects",
                "the working capital of small and medium-sized enterprises",
                "mid-cap companies"
            ]
        );
    }

    #[test]
    fn facility_products() {
        assert_eq!(
            objs(
                "Mubadala committed to invest R$12 billion over 10 years to build a plant for renewable diesel and sustainable aviation fuel in Bahia."
            ),
            vec!["renewable diesel", "sustainable aviation fuel"]
        );
    }

    #[test]
    fn content_sentences_only() {
        assert!(content_sentence(
            "The company will build a plant producing steel coils.",
            true,
            true
        ));
        assert!(!content_sentence(
            "The company will build a plant, the minister said.",
            true,
            true
        ));
        assert!(!content_sentence(
            "\"We will build a plant,\" the company's head.",
            true,
            true
        ));
        assert!(!content_sentence(
            "Prices grew steadily last year.",
            true,
            true
        ));
    }
}
