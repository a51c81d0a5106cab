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

/// Besides [`VERB_OBJ`], in the sentences that state what the agreement or its project does
/// ("The memorandum covers …", "It pays for …"): the present tense of the verbs of content, and
/// a further object after *as well as / together with*.
static AGREED_OBJ: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i-u)(?:\b(?:covers|includes|provides\s+for|pays\s+for|concerns|involves|envisages|envisions|finances|funds|targets)|,?\s+(?:as\s+well\s+as|together\s+with|along\s+with))\s+(?:(?:the|a|an|its|their|more|new)\s+)?")
        .expect("AGREED_OBJ")
});

/// A passive of building in the future (*will be built or improved*, *are to be electrified*):
/// its subject is what the agreement provides.
static PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i-u)\s(?:will|shall|would|is\s+to|are\s+to)\s+(?:also\s+)?be\s+(?:[a-z]+\s+(?:and|or)\s+)?(?:built|upgraded|improved|constructed|developed|rehabilitated|installed|set\s+up|established|expanded|moderni[sz]ed|financed|funded|implemented|laid|renovated|electrified|extended|repaired|restored|created|provided|supplied|deployed|erected|refurbished|modernised)\b")
        .expect("PASSIVE")
});

/// Words that start a quantity before a passive subject or an object ("some 280 kilometres of").
const APPROX: &[&str] = &[
    "some ",
    "about ",
    "around ",
    "roughly ",
    "approximately ",
    "nearly ",
    "almost ",
    "over ",
    "more than ",
    "up to ",
    "at least ",
    "an estimated ",
];

/// Sentence openers that end at their comma ("Under it, …", "Under the road project, …").
const OPENERS: &[&str] = &[
    "under ",
    "through ",
    "with ",
    "as part of ",
    "in addition",
    "also,",
    "besides",
];

/// Byte ranges (relative to `st`) of the subjects of the passives of building in `st`
/// ("Under it, roughly 500 kilometres of rural access roads will be upgraded" -> "rural access
/// roads"). A subject whose parts each start with an article is a list ("a port, an airport and
/// a railway will be built"); otherwise it is one item ("national primary, secondary and
/// tertiary roads").
pub(super) fn passive_subjects(st: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let Some(m) = PASSIVE.find(st) else {
        return out;
    };
    let lead = st.len() - st.trim_start().len();
    let mut start = lead;
    let low = st[lead..m.start()].to_ascii_lowercase();
    if OPENERS.iter().any(|o| low.starts_with(o)) {
        match low.find(", ") {
            Some(c) => start = lead + c + 2,
            None => return out,
        }
    }
    // a clause after the opener: "…, where the production units are to be built"
    for w in [", where ", ", while ", "; "] {
        if let Some(i) = st[start..m.start()].rfind(w) {
            start += i + w.len();
        }
    }
    let mut subj = &st[start..m.start()];
    // a quantity: "some 280 kilometres of", "500 km of", "three"
    loop {
        let l = subj.to_ascii_lowercase();
        let Some(a) = APPROX.iter().find(|a| l.starts_with(*a)) else {
            break;
        };
        subj = &subj[a.len()..];
    }
    let stripped = super::strip_quantity(subj);
    let s0 = m.start() - stripped.len();
    let subj = stripped;
    let low = subj.to_ascii_lowercase();
    let first = low.split_whitespace().next().unwrap_or("");
    // a pronoun or a clause names nothing; a long subject is a clause
    if matches!(
        first,
        "it" | "they"
            | "this"
            | "these"
            | "those"
            | "which"
            | "that"
            | "there"
            | "every"
            | "all"
            | "each"
    ) || subj.split_whitespace().count() > 8
        || subj.contains(['"', '“', '(', ':'])
    {
        return out;
    }
    let parts: Vec<(usize, usize)> = {
        let mut v = Vec::new();
        let mut x = 0;
        for (i, _) in subj.match_indices(", ") {
            v.push((x, i));
            x = i + 2;
        }
        let tail = &subj[x..];
        match tail.find(" and ") {
            Some(p) => {
                v.push((x, x + p));
                v.push((x + p + 5, subj.len()));
            }
            None => v.push((x, subj.len())),
        }
        v
    };
    let det = |p: &str| {
        let p = p.trim_start().to_ascii_lowercase();
        let p = p.strip_prefix("and ").unwrap_or(&p).to_string();
        ["a ", "an ", "the ", "its ", "new "]
            .iter()
            .any(|d| p.starts_with(d))
    };
    if parts.len() > 1 && parts.iter().all(|&(a, b)| det(&subj[a..b])) {
        out.extend(parts.into_iter().map(|(a, b)| (s0 + a, s0 + b)));
    } else {
        out.push((s0, s0 + subj.len()));
    }
    // "…, together with bridges in Tawi-Tawi": one more
    out
}

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
    Regex::new(r"(?i-u)\b(?:hopes?|hoped|hoping|wish(?:es|ed)?|said|says|told|noted|stressed|expressed|added|pointed out|emphasi[sz]ed|urged)(?-u:\b)")
        .expect("SPEECH")
});

/// Does the sentence state what the agreement, a party or its project will do? `speech` /
/// `content`: may `SPEECH` / `CONTENT` match (keyword prefilters, see `Doc::may`).
pub(super) fn content_sentence(st: &str, speech: bool, content: bool) -> bool {
    !self::speech(st, speech) && content && CONTENT.is_match(st)
}

/// Is the sentence a quote or a remark? `may`: may `SPEECH` match.
pub(super) fn speech(st: &str, may: bool) -> bool {
    st.trim_start().starts_with(['"', '“']) || (may && SPEECH.is_match(st))
}

/// Byte ranges (relative to `st`) of the objects of the development verbs of `st`.
pub(super) fn objects(st: &str) -> Vec<(usize, usize)> {
    objects_by(st, false)
}

/// [`objects`] of a sentence that states what the agreement or its project does, with its
/// passive subjects ([`passive_subjects`]); a leading *construction of* is dropped ("covers the
/// construction of a real estate complex" -> "real estate complex").
pub(super) fn agreed_objects(st: &str) -> Vec<(usize, usize)> {
    let mut out = passive_subjects(st);
    for (a, b) in objects_by(st, true) {
        let mut a = a;
        let low = st[a..b].to_ascii_lowercase();
        for p in [
            "construction of ",
            "building of ",
            "establishment of ",
            "setting up of ",
            "creation of ",
            "installation of ",
        ] {
            if low.starts_with(p) {
                a += p.len();
                let r = &st[a..b];
                for d in ["a ", "an ", "the "] {
                    if r.starts_with(d) {
                        a += d.len();
                        break;
                    }
                }
                break;
            }
        }
        if !out.iter().any(|&(x, y)| x < b && a < y) {
            out.push((a, b));
        }
    }
    out.sort_unstable();
    out
}

/// With `agreed`, also the objects of [`AGREED_OBJ`].
fn objects_by(st: &str, agreed: bool) -> Vec<(usize, usize)> {
    let mut verbs: Vec<(usize, usize)> = VERB_OBJ
        .find_iter(st)
        .map(|m| (m.start(), m.end()))
        .collect();
    if agreed {
        verbs.extend(AGREED_OBJ.find_iter(st).map(|m| (m.start(), m.end())));
        verbs.sort_unstable();
        // an overlap keeps the earlier phrase
        let mut end = 0;
        verbs.retain(|&(a, b)| {
            let keep = a >= end;
            if keep {
                end = b;
            }
            keep
        });
    }
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
        // a quantity does not make a phrase a clause ("the rehabilitation of about 21
        // kilometres of national roads")
        let words = list
            .split_whitespace()
            .filter(|w| {
                !w.starts_with(|c: char| c.is_ascii_digit())
                    && !APPROX.iter().any(|a| a.trim_end() == *w)
            })
            .count();
        if words <= 6 {
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
