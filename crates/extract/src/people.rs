//! Signatories: people named in a signing sentence who are not witnesses or attendees.

use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon::{CITIES, NOT_NAME, SURNAMES_PINYIN, SURNAMES_ZH, TITLE_WORDS};
use crate::orgs::{Orgs, Tok, clean_name, is_cap, same_org, wc};
use crate::text::{Doc, Sent, cue};
use crate::{Evidence, Signatory};

/// A signatory as found, before parties are known.
#[derive(Debug, Clone)]
pub(crate) struct Sig {
    pub name: String,
    pub span: (usize, usize),
    pub title: Option<String>,
    /// Organisation named around the person (title or "on behalf of X").
    pub org: Option<String>,
    /// "on behalf of X" / "for X" when X is an organisation mention.
    pub behalf: Option<(String, (usize, usize))>,
    /// Signed a counted set of documents ("signed three MoUs"): a signer of several deals.
    pub several: bool,
}

/// Verbs that make a sentence a signing-by-people sentence.
static SIGNER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:signed|signs|inked|put (?:his|her|their) signatures?|(?:to|respectively|jointly) sign|put pen to paper|put (?:his|her|their) names? to|signatories (?:were|are|included))(?-u:\b)|代表.{0,12}签|签署|签订|签约|签字")
        .expect("SIGNER")
});
static WITNESS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:attended|attend|witnessed|watched|looked on|looking on|were present|was present|met with|met|presided|accompanied|were at|was at|also present|present|spoke|said|took part|participated)(?-u:\b)")
        .expect("WITNESS_AFTER")
});
static WITNESS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:in the presence of|witnessed by|attended by|watched by|presided over by|accompanied by|under the (?:common |joint )?(?:witness|auspices) of)")
        .expect("WITNESS_BEFORE")
});
pub(crate) const HONORIFICS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "shri",
    "smt",
    "sir",
    "madam",
    "mme",
    "h.e",
    "miss",
    "alhaji",
    "alhaja",
    "engr",
    "sen",
    "senator",
    "hon",
    "datuk",
    "dato",
    "sheikh",
    "haji",
    "sr",
    "sra",
    "eng",
    "drs",
    "dra",
    "ir",
    "barr",
    "barrister",
    "seri",
    "datin",
];

/// Words of places and venues that end a capitalised run which is then no person
/// ("Hongqiao State Guest Hotel", "Jiangsu Branch").
pub(crate) const VENUE: &[&str] = &[
    "hotel", "hall", "building", "palace", "square", "house", "tower", "plaza", "museum",
    "stadium", "garden", "gardens", "road", "street", "avenue", "branch", "center", "centre",
    "lodge", "villa", "resort",
];

/// A title word, also inside a hyphenated compound ("director-president").
fn is_title(w: &str) -> bool {
    // lower-casing neither makes nor removes a '-'
    crate::orgs::word_class(w) & wc::TITLE != 0
        || (w.contains('-') && with_lower(w, |l| l.split('-').any(|p| TITLE_WORDS.contains(p))))
}

/// `f` of the word lower-cased, without allocating for short ASCII words.
fn with_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    let b = w.as_bytes();
    if b.len() <= 32 && b.is_ascii() {
        let mut buf = [0u8; 32];
        for (d, c) in buf.iter_mut().zip(b) {
            *d = c.to_ascii_lowercase();
        }
        // ASCII in, ASCII out
        f(std::str::from_utf8(&buf[..b.len()]).unwrap_or_default())
    } else {
        f(&w.to_lowercase())
    }
}

/// A one-letter initial ("P", "K" in "P. Anbalagan", "Edappadi K. Palaniswami").
fn is_initial(w: &str) -> bool {
    w.len() == 1 && w.as_bytes()[0].is_ascii_uppercase()
}

/// End of a person name starting at token `i`: name tokens and initials (each optionally
/// followed by a full stop), at most four parts, ending in a name token.
fn name_end(m: &str, toks: &[Tok], i: usize) -> Option<(usize, usize)> {
    let mut j = i;
    let mut parts = 0;
    let mut last_full = None;
    let mut initials = 0;
    while j < toks.len() && parts < 4 {
        let w = word(m, &toks[j]);
        if is_initial(w) {
            j += 1;
            if j < toks.len() && word(m, &toks[j]) == "." && toks[j].s == toks[j - 1].e {
                j += 1;
            }
            // "H.M. Ali Baal Masdar": initials before the name words do not use up its parts
            initials += 1;
            if last_full.is_none() && initials <= 3 {
                continue;
            }
        } else if parts > 0
            && NAME_PARTICLES.contains(&w)
            && toks.get(j + 1).is_some_and(|t| name_token(word(m, t)))
        {
            // "Robert de Groot", "André Corrêa do Lago": a particle inside a name
            j += 1;
            continue;
        } else if name_token(w)
            && crate::orgs::word_class(w) & wc::VENUE == 0
            && !w.ends_with("'s")
            && !w.ends_with("’s")
            && !is_title(w)
        {
            j += 1;
            last_full = Some(j);
        } else {
            break;
        }
        parts += 1;
    }
    last_full.map(|e| (e, parts))
}

/// An academic degree written after a name and a comma ("Ali Masdar, M.Si", "Jane Roe, PhD"):
/// the token index after it, when one is there.
fn degree_end(m: &str, toks: &[Tok], j: usize) -> usize {
    if j + 1 >= toks.len() || word(m, &toks[j]) != "," {
        return j;
    }
    let k0 = j + 1;
    let w0 = word(m, &toks[k0]);
    let mut k = k0 + 1;
    if !["PhD", "MBA", "MSc", "MPhil", "DPhil", "LLM"].contains(&w0) {
        // "M.Si", "S.E.", "M.Sc": short capitalised pieces joined by full stops, no spaces
        let short = |w: &str| {
            (1..=4).contains(&w.len())
                && w.as_bytes()[0].is_ascii_uppercase()
                && w.bytes().all(|b| b.is_ascii_alphabetic())
        };
        if !short(w0) {
            return j;
        }
        let mut pieces = 1;
        while k + 1 < toks.len()
            && word(m, &toks[k]) == "."
            && toks[k].s == toks[k - 1].e
            && toks[k + 1].s == toks[k].e
            && short(word(m, &toks[k + 1]))
        {
            k += 2;
            pieces += 1;
        }
        if pieces < 2 {
            return j;
        }
        if k < toks.len() && word(m, &toks[k]) == "." && toks[k].s == toks[k - 1].e {
            k += 1;
        }
    }
    // the degree closes the name: punctuation or the end follows
    if k < toks.len() && !matches!(word(m, &toks[k]), "," | ";" | ")" | ".") {
        return j;
    }
    k
}

/// Lower-case particles inside personal names.
const NAME_PARTICLES: &[&str] = &[
    "de", "van", "von", "der", "den", "da", "do", "dos", "das", "del", "di", "du", "la", "le",
    "bin", "binti", "al", "el", "ter", "ten", "y",
];

fn word<'a>(m: &'a str, t: &Tok) -> &'a str {
    &m[t.s..t.e]
}

/// Nouns of ministries and portfolios, which end a title ("Minister of Trade", "Secretary to the
/// Treasury") and never start a person's name.
fn is_portfolio(w: &str) -> bool {
    matches!(
        w,
        "Treasury"
            | "Finance"
            | "Trade"
            | "Industry"
            | "Commerce"
            | "Planning"
            | "Agriculture"
            | "Health"
            | "Education"
            | "Transport"
            | "Affairs"
            | "Interior"
            | "Defence"
            | "Defense"
            | "Justice"
            | "Labour"
            | "Labor"
            | "Tourism"
            | "Economy"
            | "Environment"
            | "Infrastructure"
            | "Mines"
            | "Works"
            | "Fisheries"
            | "Housing"
            | "Culture"
            | "Welfare"
            | "Revenue"
            | "Budget"
    )
}

pub(crate) fn name_token(w: &str) -> bool {
    is_cap(w)
        && !is_portfolio(w)
        && w.chars().next().is_some_and(|c| c.is_alphabetic())
        && w.chars().skip(1).any(|c| c.is_lowercase())
        && !NOT_NAME.contains(w)
        && !crate::orgs::is_title_or_org_word(w)
        && !CITIES.contains_key(w)
        && w.chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
}

pub(crate) fn pinyin_given(w: &str) -> bool {
    name_token(w)
        && w.len() <= 12
        && w.chars()
            .skip(1)
            .all(|c| c.is_ascii_lowercase() || c == '-')
}

/// Person names in a sentence, as token ranges.
fn english_names(m: &str, toks: &[Tok]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let w = word(m, &toks[i]);
        // honorific + 1..3 capitalised tokens
        if toks[i].cap && is_honorific(w) {
            let mut j = i + 1;
            if j < toks.len() && word(m, &toks[j]) == "." {
                j += 1;
            }
            // "Datuk Seri Dr Sallehuddin Ishak": forms of address in a row
            while j < toks.len() && toks[j].cap && is_honorific(word(m, &toks[j])) {
                j += 1;
                if j < toks.len() && word(m, &toks[j]) == "." {
                    j += 1;
                }
            }
            let st = j;
            if let Some((e, _)) = name_end(m, toks, st) {
                let e = degree_end(m, toks, e);
                out.push((st, e));
                i = e;
                continue;
            }
        }
        // Chinese name in pinyin: Surname Given
        let after_of = i > 0 && {
            let p = word(m, &toks[i - 1]);
            p.eq_ignore_ascii_case("of") || p.ends_with("'s") || p.ends_with("’s")
        };
        if SURNAMES_PINYIN.contains(w)
            && !after_of
            && i + 1 < toks.len()
            && pinyin_given(word(m, &toks[i + 1]))
            && !(i > 0 && toks[i - 1].cap && name_token(word(m, &toks[i - 1])))
        {
            out.push((i, i + 2));
            i += 2;
            continue;
        }
        // Generic: name tokens and initials with a title before or a title appositive after,
        // or "signed"; a single word only with a title before or "signed" after (a surname,
        // resolved to the full name later)
        // "June Chepkemei", "May Wang": a month word used as a first name
        let month_first = month_name_start(m, toks, i);
        if name_token(w) || (is_initial(w) && i + 1 < toks.len()) || month_first {
            let end = if month_first {
                name_end(m, toks, i + 1).map(|(j, p)| (j, p + 1))
            } else {
                name_end(m, toks, i)
            };
            if let Some((j, parts)) = end {
                let title_before = i > 0
                    && (is_title(word(m, &toks[i - 1]))
                        // "Minister of Development and Finance Mateusz Morawiecki and … signed"
                        || (parts >= 2
                            && toks[i - 1].cap
                            && title_of_before(m, toks, i, true))
                        // "the company's Chief Executive Officer, Biru Wolde, signed"
                        // "the Governor of East Kalimantan, Awang Faroek Ishak, on behalf of"
                        || (i > 1 && word(m, &toks[i - 1]) == "," && title_of_before(m, toks, i - 1, false)
                            && j < toks.len() && word(m, &toks[j]) == ","));
                // ", Deputy Minister", ", World Bank Country Director,"
                let title_after = j < toks.len()
                    && word(m, &toks[j]) == ","
                    && toks[j + 1..]
                        .iter()
                        .take(5)
                        .take_while(|t| !matches!(word(m, t), "," | "." | ";"))
                        .any(|t| is_title(word(m, t)));
                let signed_after = j < toks.len() && {
                    let k = if word(m, &toks[j]) == "," { j + 1 } else { j };
                    toks.get(k).is_some_and(|t| {
                        let n = word(m, t).to_lowercase();
                        matches!(n.as_str(), "signed" | "inked" | "initialled" | "initialed")
                    })
                };
                // "signed … for India by Piyush Goyal"
                let by_before = i > 0 && word(m, &toks[i - 1]) == "by";
                // "Rajesh Gautam of NKJ Biofuel"
                let of_org = j + 1 < toks.len() && word(m, &toks[j]) == "of" && toks[j + 1].cap;
                // "Cuobai, deputy secretary of …": a one-word name with a title appositive
                let title_next = j + 1 < toks.len()
                    && word(m, &toks[j]) == ","
                    && is_title(word(m, &toks[j + 1]))
                    && !toks[j + 1].cap;
                let ok = if parts >= 2 {
                    title_before || title_after || signed_after || of_org || by_before
                } else {
                    (title_before && i > 0 && word(m, &toks[i - 1]) != ",")
                        || signed_after
                        || title_next
                };
                // a name after "of" is an organisation's ("Chairman of Shen Feng")
                if ok && !after_of && name_token(word(m, &toks[j - 1])) {
                    let j = degree_end(m, toks, j);
                    out.push((i, j));
                    i = j;
                    continue;
                }
            }
        }
        i += 1;
    }
    out
}

/// A title phrase ends right before token `k`: "Chief Executive Officer", "Governor of East
/// Kalimantan" (a title word, then at most four capitalised words or "of"/"the").
fn title_of_before(m: &str, toks: &[Tok], k: usize, and: bool) -> bool {
    let mut n = 0;
    let mut j = k;
    let limit = if and { 9 } else { 6 };
    while j > 0 && n < limit {
        j -= 1;
        let w = word(m, &toks[j]);
        if is_title(w) {
            return true;
        }
        // "Minister of Investment, Industry and Trade": a list of portfolios
        let list = and
            && (w == "and"
                || w == "&"
                // "Country Director for Ethiopia", "Secretary to the Treasury"
                || w == "for"
                || w == "to"
                || (w == "," && j > 0 && is_portfolio(word(m, &toks[j + 1]))));
        if !(is_cap(w) || w == "of" || w == "the" || list) {
            return false;
        }
        n += 1;
    }
    false
}

/// Month words that are also first names.
const MONTH_NAMES: &[&str] = &["April", "May", "June", "August"];

/// Token `i` is a month word starting a person's name: a name word follows (not a number) and
/// no date preposition precedes ("on June 5", "in May").
fn month_name_start(m: &str, toks: &[Tok], i: usize) -> bool {
    MONTH_NAMES.contains(&word(m, &toks[i]))
        && toks.get(i + 1).is_some_and(|t| {
            let n = word(m, t);
            name_token(n) && !MONTH_NAMES.contains(&n)
        })
        && (i == 0 || {
            let p = word(m, &toks[i - 1]).to_lowercase();
            !matches!(
                p.as_str(),
                "on" | "in"
                    | "since"
                    | "of"
                    | "last"
                    | "next"
                    | "early"
                    | "late"
                    | "mid"
                    | "until"
                    | "till"
                    | "from"
                    | "to"
                    | "this"
                    | "before"
                    | "after"
                    | "during"
            ) && !p.bytes().all(|b| b.is_ascii_digit())
        })
}

/// Title phrase after a name: ", the Minister of Finance," -> "Minister of Finance".
fn appositive(m: &str, toks: &[Tok], j: usize) -> Option<(usize, usize)> {
    if j >= toks.len() || word(m, &toks[j]) != "," {
        return None;
    }
    let mut k = j + 1;
    while k < toks.len() && ["the", "its", "a"].contains(&word(m, &toks[k]).to_lowercase().as_str())
    {
        k += 1;
    }
    let st = k;
    let mut seen_title = false;
    while k < toks.len() {
        let w = word(m, &toks[k]);
        let l = w.to_lowercase();
        if w == "," || w == "." || w == ";" || l == "signed" || l == "who" || l == "on" {
            break;
        }
        // a title does not run on past a paragraph break ("vice governor of\n\nand deputy
        // general manager of China Telecom": two people's titles of a garbled page)
        if k > st && m[toks[k - 1].e..toks[k].s].matches('\n').count() >= 2 {
            break;
        }
        if TITLE_WORDS.contains(l.as_str()) {
            seen_title = true;
        }
        if l == "and" && k + 1 < toks.len() && name_token(word(m, &toks[k + 1])) && seen_title {
            // "..., and Yannis Tsakiris" or "President and Chief Executive"
            let nx = word(m, &toks[k + 1]).to_lowercase();
            if !TITLE_WORDS.contains(nx.as_str()) {
                break;
            }
        }
        k += 1;
        if k - st > 14 {
            break;
        }
    }
    // a connector left dangling at the end ("vice governor of") is no part of the title
    while k > st + 1
        && ["of", "and", "the", "&"].contains(&word(m, &toks[k - 1]).to_lowercase().as_str())
    {
        k -= 1;
    }
    (seen_title && k > st).then(|| (toks[st].s, toks[k - 1].e))
}

/// Title words right before a name: "Vice Governor Ling Wen".
fn title_before(m: &str, toks: &[Tok], i: usize) -> Option<(usize, usize)> {
    let mut k = i;
    while k > 0 {
        let w = word(m, &toks[k - 1]);
        let l = w.to_lowercase();
        if TITLE_WORDS.contains(l.as_str()) || (k < i && (l == "of" || l == "and" || l == "&")) {
            k -= 1;
        } else {
            break;
        }
    }
    while k < i && ["of", "and", "&"].contains(&word(m, &toks[k]).to_lowercase().as_str()) {
        k += 1;
    }
    (k < i).then(|| (toks[k].s, toks[i - 1].e))
}

fn english_sigs(doc: &Doc, orgs: &Orgs, i: usize, out: &mut Vec<Sig>) {
    let sent = &doc.sents[i];
    let m = doc.masked.as_str();
    let st = doc.sent_str(sent);
    let mut verbs: Vec<(usize, usize)> = SIGNER
        .find_iter(st)
        .map(|x| (sent.start + x.start(), sent.start + x.end()))
        .collect();
    if crate::orgs::may_sign_rare(st) {
        verbs.extend(
            crate::orgs::SIGN_RARE
                .find_iter(st)
                .map(|x| (sent.start + x.start(), sent.start + x.end())),
        );
        verbs.sort_unstable();
    }
    if verbs.is_empty() {
        return;
    }
    let toks = orgs.sent_tokens(doc, i);
    for (a, b) in english_names(m, &toks) {
        let (s, e) = (toks[a].s, toks[b - 1].e);
        // witness verb between the name and the next signing verb (or the end)
        let next_verb = verbs.iter().find(|v| v.0 >= e).map_or(sent.end, |v| v.0);
        let tail = &m[e..next_verb];
        // "…, and witnessed by X": the names before a passive witness verb are not witnesses
        if WITNESS_AFTER
            .find_iter(tail)
            .any(|w| !tail[w.end()..].trim_start().starts_with("by "))
        {
            continue;
        }
        // a name inside an organisation ("the Government of Khyber Pakhtunkhwa")
        if orgs
            .mentions
            .iter()
            .any(|o| o.strong && o.s <= s && o.e >= e && o.s < sent.end && o.e > sent.start)
        {
            continue;
        }
        // "in the presence of X" before the name, after the previous verb
        let prev_verb = verbs
            .iter()
            .rev()
            .find(|v| v.1 <= s)
            .map_or(sent.start, |v| v.1);
        if WITNESS_BEFORE.find_iter(&m[prev_verb..s]).any(|w| {
            !witness_scope_ended(m, prev_verb + w.start(), prev_verb + w.end(), s, next_verb)
        }) {
            continue;
        }
        // names after the last verb are signatories only with "signed by" / "on behalf of"
        if verbs.iter().all(|v| v.1 <= s) {
            let between = &m[prev_verb..s].to_lowercase();
            // "…, while the council was represented by its chairman X": present, not signing
            let by = between.match_indices("by ").any(|(p, _)| {
                (p == 0 || !between.as_bytes()[p - 1].is_ascii_alphabetic())
                    && !between[..p].trim_end().ends_with("was represented")
                    && !between[..p].trim_end().ends_with("were represented")
            });
            // "inked the deal with Ms. Sarah Lee, chief executive of …", "with Acme senior vice
            // president X": a titled counterpart
            let with_titled = between.rfind(" with ").is_some_and(|w| {
                // only forms of address and title words between "with" and the name
                // one phrase: "with Sany Group senior vice president X", no clause between
                m.get(prev_verb + w + 6..toks[a].s)
                    .is_some_and(|gap| !gap.contains([',', ';', '(', ')']) && gap.len() <= 80)
            }) && ((a > 0
                && (is_honorific(word(m, &toks[a - 1])) || is_title(word(m, &toks[a - 1]))))
                || (a > 1 && word(m, &toks[a - 1]) == "." && is_honorific(word(m, &toks[a - 2])))
                || appositive(m, &toks, b).is_some());
            if !(by
                || with_titled
                // "The signatories were X and Y": the verb itself names signers
                || verbs
                    .iter()
                    .rev()
                    .find(|v| v.1 <= s)
                    .is_some_and(|v| m[v.0..v.1].to_ascii_lowercase().starts_with("signatories"))
                || between.contains("on behalf of")
                || between.contains("between"))
            {
                continue;
            }
        }
        // "…, said Zulkifli Sunusi, head of …": a speaker
        if a > 0 && {
            let lead =
                title_before(m, &toks, a).map_or(a, |t| toks[..a].partition_point(|x| x.s < t.0));
            let mut k = lead;
            while k > 0 && matches!(word(m, &toks[k - 1]), "," | "the") {
                k -= 1;
            }
            k > 0 && toks[k - 1].s >= prev_verb.min(s) && {
                let w = word(m, &toks[k - 1]);
                ["said", "says", "told", "added", "noted"]
                    .iter()
                    .any(|x| w.eq_ignore_ascii_case(x))
                    || (k > 1
                        && w.eq_ignore_ascii_case("to")
                        && word(m, &toks[k - 2]).eq_ignore_ascii_case("according"))
            }
        } {
            continue;
        }
        let mut name = clean_name(&m[s..e]);
        // a surname alone ("Mr. Costa", "El-Rufai signed"): the full name given elsewhere
        if b - a == 1 {
            match full_name(m, &name) {
                Some(f) => name = f,
                None if a > 0 && is_honorific(word(m, &toks[a - 1])) => {}
                // "signed by Governor Sanwo-Olu": a surname after a capitalised title
                None if a > 0
                    && toks[a - 1].cap
                    && is_title(word(m, &toks[a - 1]))
                    && !is_honorific(&name)
                    && toks.get(b).is_none_or(|t| !t.cap) => {}
                None if a > 1
                    && word(m, &toks[a - 1]) == "."
                    && is_honorific(word(m, &toks[a - 2])) => {}
                None if b + 1 < toks.len()
                    && word(m, &toks[b]) == ","
                    && is_title(word(m, &toks[b + 1])) => {}
                None => continue,
            }
        }
        let title_span = appositive(m, &toks, b).or_else(|| title_before(m, &toks, a));
        // "Morocco's OCP Group and Fertinagro Biotech signed": an untitled pair of words joined
        // to an organisation is another organisation
        if title_span.is_none()
            && a >= 2
            && word(m, &toks[a - 1]) == "and"
            && !(b - a == 2 && SURNAMES_PINYIN.contains(word(m, &toks[a])))
            && orgs
                .mentions
                .iter()
                .any(|o| o.strong && o.e == toks[a - 2].e)
            && !(a >= 3 && is_honorific(word(m, &toks[a - 2])))
        {
            continue;
        }
        let title = title_span.map(|(x, y)| clean_name(&m[x..y]));
        // organisation in the title, or just before the title ("China Railway Vice President")
        let mut org = title_span.and_then(|(x, y)| {
            orgs.mentions
                .iter()
                .find(|o| o.s >= x && o.e <= y)
                .map(|o| o.name.clone())
        });
        if org.is_none() {
            let from = title_span.map_or(s, |t| t.0.min(s));
            org = orgs
                .mentions
                .iter()
                .rfind(|o| o.e <= from && m[o.e..from].trim().len() <= 2 && o.e >= sent.start)
                .map(|o| o.name.clone());
        }
        // "signed for X" / "on behalf of X" after the name
        let behalf = {
            let after_end = next_verb_end(&verbs, e).unwrap_or(e);
            let rest = &m[after_end..sent.end];
            let low = rest.to_lowercase();
            let off = if let Some(p) = low.find("on behalf of") {
                Some(after_end + p + "on behalf of".len())
            } else if low.trim_start().starts_with("for ") {
                Some(after_end + (rest.len() - rest.trim_start().len()) + 4)
            } else {
                None
            };
            off.and_then(|o| {
                orgs.mentions
                    .iter()
                    .find(|x| x.s >= o && x.s <= o + 6 && x.strong)
                    .map(|x| (x.name.clone(), (x.s, x.e)))
            })
        };
        // "X, who signed three MoUs": several documents, maybe not this agreement's
        let several = next_verb < sent.end && signs_several(&m[next_verb..sent.end]);
        out.push(Sig {
            name,
            span: (s, e),
            title,
            org,
            behalf,
            several,
        });
    }
}

/// "X, represented by Mr Y," in a sentence naming an agreement but no signing verb: Y signs for
/// the organisation X.
fn represented_sigs(doc: &Doc, orgs: &Orgs, i: usize, out: &mut Vec<Sig>) {
    let sent = &doc.sents[i];
    let m = doc.masked.as_str();
    let low = doc.sent_lower(sent);
    let toks = orgs.sent_tokens(doc, i);
    for p in memchr::memmem::find_iter(low.as_bytes(), b", represented by ") {
        let comma = sent.start + p;
        let from = comma + ", represented by ".len();
        let Some(org) = orgs
            .mentions
            .iter()
            .find(|o| o.e == comma && o.s >= sent.start)
        else {
            continue;
        };
        // the person right after "by": an honorific and a name, or a name alone
        let Some(k) = toks.iter().position(|t| t.s >= from) else {
            continue;
        };
        let mut st = k;
        if is_honorific(word(m, &toks[st])) {
            st += 1;
            if st < toks.len() && word(m, &toks[st]) == "." {
                st += 1;
            }
        }
        let Some((e, parts)) = name_end(m, &toks, st) else {
            continue;
        };
        if parts < 2 || !name_token(word(m, &toks[st])) {
            continue;
        }
        let (s, e) = (toks[st].s, toks[e - 1].e);
        out.push(Sig {
            name: clean_name(&m[s..e]),
            span: (s, e),
            title: None,
            org: Some(org.name.clone()),
            behalf: Some((org.name.clone(), (org.s, org.e))),
            several: false,
        });
    }
}

/// The signing verb at the start of `rest` takes a counted plural of documents: "signed three
/// MoUs", "signed 12 agreements", "signed several memoranda".
fn signs_several(rest: &str) -> bool {
    let mut w = rest.split_whitespace().skip(1);
    let (Some(n), Some(noun)) = (w.next(), w.next()) else {
        return false;
    };
    let n = n.to_ascii_lowercase();
    let counted = n.bytes().all(|b| b.is_ascii_digit())
        || [
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
            "multiple", "various", "numerous",
        ]
        .contains(&n.as_str());
    let noun = noun.trim_end_matches([',', '.', ';']).to_ascii_lowercase();
    counted
        && [
            "mous",
            "mou's",
            "agreements",
            "memoranda",
            "memorandums",
            "deals",
            "contracts",
            "documents",
            "pacts",
        ]
        .contains(&noun.as_str())
}

fn is_honorific(w: &str) -> bool {
    w.len() <= 8 && crate::orgs::word_class(w) & wc::HONORIFIC != 0
}

/// The full name ending in `surname` somewhere in the text: one or two name words (not titles)
/// right before it ("Governor Rui Costa" for "Costa").
fn full_name(m: &str, surname: &str) -> Option<String> {
    let mut from = 0;
    while let Some(p) = m[from..].find(surname) {
        let at = from + p;
        from = at + surname.len();
        let after_ok = m[from..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        if !after_ok || !m[..at].ends_with(' ') {
            continue;
        }
        let mut start = at;
        let mut n = 0;
        for w in m[..at].split(' ').rev().skip(1) {
            let w2 = w.trim_end_matches('.');
            if n < 2
                && (name_token(w2) || is_initial(w2))
                && !is_honorific(w2)
                && !is_title(w2)
                && !w.is_empty()
            {
                start -= w.len() + 1;
                n += 1;
            } else {
                break;
            }
        }
        if n > 0 {
            return Some(clean_name(&m[start..from]));
        }
    }
    None
}

fn next_verb_end(verbs: &[(usize, usize)], pos: usize) -> Option<usize> {
    verbs.iter().find(|v| v.0 >= pos).map(|v| v.1)
}

const ZH_TITLES: &str = "总会计师|总工程师|总经济师|总审计师|执行董事|监事长|监事会主席|理事长|副理事长|会长|副会长|副区长|副县长|副州长|镇长|副镇长|乡长|司长|副司长|处长|副处长|所长|副所长|首席代表|总裁助理|常务副省长|副省长|省长|副市长|市长|省委书记|市委书记|副书记|书记|副主任|主任|副董事长|董事长|副总经理|总经理助理|总经理|副总裁|总裁|副行长|行长助理|行长|副局长|局长|副厅长|厅长|副部长|部长|州长|县长|区长|副盟长|盟长|副旗长|旗长|社长|副主席|主席|秘书长|总监|副院长|院长|副校长|校长|首席执行官|大使|总领事|负责人|经理";
static ZH_TITLE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?P<t>{ZH_TITLES})(?P<n>[{SURNAMES_ZH}][\x{{3400}}-\x{{4DBF}}\x{{4E00}}-\x{{9FFF}}]{{1,2}})"
    ))
    .expect("ZH_TITLE_NAME")
});
/// Title + a name with a surname outside [`SURNAMES_ZH`], when a signing word follows it:
/// "副州长字德海与…".
static ZH_TITLE_RARE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?P<t>{ZH_TITLES})(?P<n>[^{SURNAMES_ZH}{ZH_NOT_NAME}\x00-\x{{4DFF}}\x{{A000}}-\x{{10FFFF}}][^{ZH_NOT_NAME}\x00-\x{{4DFF}}\x{{A000}}-\x{{10FFFF}}]{{1,2}}?)(?:分别代表|代表|与|签署|签订)"
    ))
    .expect("ZH_TITLE_RARE_NAME")
});
/// Characters that do not occur in the rare-surname names above (function words, roles).
const ZH_NOT_NAME: &str = "共同分别出席等在一起正式双方及和与代表签的了是";
/// Title + name (any surname, `和` allowed) followed by a signing word: "副行长胡庆和分别代表".
static ZH_TITLE_ANY_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:长|主任|书记|经理|总裁|主席|负责人)(?P<n>[\x{4E00}-\x{9FFF}]{2,3}?)(?:分别代表|代表|与|同|签)")
        .expect("ZH_TITLE_ANY_NAME")
});

/// The name starting at `s` (sentence-relative) when a signing word follows it, with any
/// surname and `和` allowed inside.
fn zh_any_name(st: &str, s: usize) -> Option<usize> {
    let from = st[..s].char_indices().rev().nth(2).map_or(0, |(i, _)| i);
    ZH_TITLE_ANY_NAME
        .captures_at(st, from)
        .and_then(|c| c.name("n"))
        .filter(|n| n.start() == s)
        // "吴勇曾与", "赵刚在签约仪式上": an adverb or preposition after the name, and the
        // 签 of a ceremony, are no part of a name and no signing word
        .filter(|n| {
            !n.as_str()
                .ends_with(['曾', '在', '也', '还', '又', '已', '将', '均', '都', '亦'])
                && !["签约仪式", "签约活动", "签字仪式", "签署仪式", "签约现场"]
                    .iter()
                    .any(|w| st[n.end()..].starts_with(w))
        })
        .map(|n| n.end())
}

const ZH_NAME_STOP: &str = "代与和及、，。等分在共出签会表致主讲见率先也并就说对向将从";

/// A title and the name after it, anywhere in a Chinese text ("副市长傅志峰").
static ZH_TITLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?P<t>{ZH_TITLES})(?P<n>[{SURNAMES_ZH}][\x{{4E00}}-\x{{9FFF}}]{{1,2}})"
    ))
    .expect("ZH_TITLED")
});

/// The people a Chinese text names with a title, each once: (name, title).
fn zh_titled_names(doc: &Doc) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for (i, s) in doc.sents.iter().enumerate() {
        if !doc.fact(i).cjk {
            continue;
        }
        for c in ZH_TITLED.captures_iter(doc.sent_str(s)) {
            let (Some(t), Some(n)) = (c.name("t"), c.name("n")) else {
                continue;
            };
            let name: String = n
                .as_str()
                .chars()
                .enumerate()
                .take_while(|&(k, ch)| {
                    k == 0 || !(ZH_NAME_STOP.contains(ch) || "一希同为于带".contains(ch))
                })
                .map(|(_, ch)| ch)
                .collect();
            if name.chars().count() >= 2 && !out.iter().any(|(k, _)| *k == name) {
                out.push((name, t.as_str().to_string()));
            }
        }
    }
    out
}

/// Signers named bare in the signing sentence but with a title elsewhere in the text:
/// "傅志峰代表市政府，与…罗宏签订", "姜锋与李春光共同签署".
fn chinese_known_sigs(doc: &Doc, sent: &Sent, known: &[(String, String)], out: &mut Vec<Sig>) {
    let st = doc.sent_str(sent);
    if !crate::text::contains_any!(st, &["签署", "签订", "签约"]) {
        return;
    }
    for (name, title) in known {
        // "胡庆" of "胡庆和": a name already found, cut short where 和 was read as "and"
        if out.iter().any(|s| s.name.contains(name.as_str())) {
            continue;
        }
        let Some(at) = st.find(name.as_str()) else {
            continue;
        };
        let after = &st[at + name.len()..];
        let before = &st[..at];
        let paired = ["与", "和", "同", "代表", "共同", "分别", "签"]
            .iter()
            .any(|w| after.starts_with(w))
            || before.ends_with(['与', '和', '同']);
        let cs = before.rfind(['，', ',', '。', '；']).map_or(0, |p| {
            p + before[p..].chars().next().map_or(1, char::len_utf8)
        });
        let ce = after
            .find(['，', ',', '。', '；'])
            .map_or(st.len(), |p| at + name.len() + p);
        let clause = &st[cs..ce];
        // the signing verb may close the next clause: "傅志峰代表市政府，与…罗宏签订了协议"
        let next = &st[ce..];
        let next = next.find(['。', '；']).map_or(next, |p| &next[..p]);
        let signs = clause.contains('签') || (clause.contains("代表") && next.contains('签'));
        let watches = crate::text::contains_any!(
            clause,
            &[
                "出席", "见证", "会见", "陪同", "主持", "致辞", "参加", "表示",
            ]
        );
        if paired && signs && !watches {
            let s = sent.start + at;
            out.push(Sig {
                name: name.clone(),
                span: (s, s + name.len()),
                title: Some(title.clone()),
                org: None,
                behalf: None,
                several: false,
            });
        }
    }
}

fn chinese_sigs(doc: &Doc, orgs: &Orgs, sent: &Sent, out: &mut Vec<Sig>) {
    let m = doc.masked.as_str();
    let st = doc.sent_str(sent);
    if !(st.contains("签")
        && (st.contains("代表")
            || st.contains("签署")
            || st.contains("签订")
            || st.contains("签约")
            || st.contains("签字")))
    {
        return;
    }
    let base = out.len();
    let caps = ZH_TITLE_NAME
        .captures_iter(st)
        .chain(ZH_TITLE_RARE_NAME.captures_iter(st));
    for c in caps {
        let (Some(t), Some(n)) = (c.name("t"), c.name("n")) else {
            continue;
        };
        // trim the name at stop characters (max 3 chars: surname + 2)
        let mut name_end = n.start();
        for (k, ch) in n.as_str().char_indices() {
            if k > 0 && ZH_NAME_STOP.contains(ch) {
                break;
            }
            name_end = n.start() + k + ch.len_utf8();
        }
        // "胡庆和代表": 和 is part of the name when a signing word follows it
        if let Some(end) = zh_any_name(st, n.start()) {
            name_end = name_end.max(end);
        }
        let s = sent.start + n.start();
        let e = sent.start + name_end;
        if e - s < 6 {
            continue; // one character is not a name
        }
        // clause of the name must not be about attending / witnessing
        let cs = st[..t.start()]
            .rfind(['，', ','])
            .map_or(0, |i| i + st[i..].chars().next().map_or(1, char::len_utf8));
        let ce = st[name_end..]
            .find(['，', '。', ','])
            .map_or(st.len(), |i| name_end + i);
        let clause = &st[cs..ce];
        if crate::text::contains_any!(
            clause,
            &[
                "出席", "见证", "会见", "陪同", "参加", "致辞", "主持", "会谈", "座谈", "考察",
            ]
        ) && !clause.contains("签")
        {
            continue;
        }
        // a speaker ("行长朱正罡说", "陶永欣表示") is not a signatory
        let after = &st[name_end..];
        if ["表示", "说", "介绍", "指出", "强调", "致辞"]
            .iter()
            .any(|w| after.starts_with(w))
        {
            continue;
        }
        // "董事长赵刚在签约仪式上表示": a speaker at the ceremony, in a clause that signs nothing
        let clause_after = after.find(['，', '。', ',']).map_or(after, |p| &after[..p]);
        if clause_after.starts_with('在')
            && crate::text::contains_any!(
                clause_after,
                &["表示", "说", "致辞", "指出", "强调", "讲话"]
            )
            && !clause_after.contains("代表")
        {
            continue;
        }
        // witnesses before the signers: "在…行长袁明男共同见证下，…梁国英代表…"
        let to_verb = ["代表", "签"]
            .iter()
            .filter_map(|w| after.find(w))
            .min()
            .unwrap_or(after.len());
        if crate::text::contains_any!(after[..to_verb], &["见证", "出席", "陪同", "主持", "参加"])
            && !attends_then_signs(after)
        {
            continue;
        }
        let ts = sent.start + t.start();
        let org = orgs
            .mentions
            .iter()
            .rfind(|o| o.e <= ts && o.e + 12 >= ts && o.s >= sent.start)
            .map(|o| o.name.clone());
        out.push(Sig {
            name: m[s..e].to_string(),
            span: (s, e),
            title: Some(t.as_str().to_string()),
            org,
            behalf: None,
            several: false,
        });
    }
    out[base..].sort_by_key(|s| s.span.0);
}

/// The text after a name attends the signing and then, with no new subject, signs:
/// "出席签约仪式，并分别代表省政府和中国银行签署", "应邀出席…签约仪式,代表A与B签订".
fn attends_then_signs(after: &str) -> bool {
    // the attending verb in the name's own clause ("和董事长田国立出席" shares the subject)
    let Some(p) = after.find(['，', ',']) else {
        return false;
    };
    if !crate::text::contains_any!(after[..p], &["出席", "参加"]) {
        return false;
    }
    // then the next clause opens with (并)(分别)代表 and signs
    let rest = after[p..].trim_start_matches(['，', ',']);
    let rest = rest.strip_prefix("并").unwrap_or(rest);
    let rest = rest.strip_prefix("分别").unwrap_or(rest);
    rest.starts_with("代表") && {
        let clause = rest.find(['。', '，', ',']).map_or(rest, |q| &rest[..q]);
        clause.contains('签')
    }
}

pub(crate) fn signatories(doc: &Doc, orgs: &Orgs) -> Vec<Sig> {
    let mut out: Vec<Sig> = Vec::new();
    // Chinese signing sentences read, for the bare-name pass after the loop
    let mut zh_signing: Vec<usize> = Vec::new();
    // end of a paragraph about another deal, whose signers are not this agreement's
    let mut other_until = 0usize;
    for (i, s) in doc.sents.iter().enumerate() {
        if s.start < other_until {
            continue;
        }
        let st = doc.sent_str(s);
        // every SIGNER match contains a SIGN or SIGN_VERB cue ("sign", "inked", "initial", 签)
        if !doc.may(i, cue::SIGN | cue::SIGN_VERB)
            || !(SIGNER.is_match(st)
                || (crate::orgs::may_sign_rare(st) && crate::orgs::SIGN_RARE.is_match(st)))
        {
            // "a memorandum with the company X, represented by Mr Y, covers …"
            if doc.has_latin
                && doc.may(i, cue::TITLE)
                && (out.is_empty() || !other_deal(doc.sent_lower(s)))
                && memchr::memmem::find(doc.sent_lower(s).as_bytes(), b", represented by ")
                    .is_some()
            {
                represented_sigs(doc, orgs, i, &mut out);
            }
            continue;
        }
        if !out.is_empty() && other_deal(doc.sent_lower(s)) {
            other_until = memchr::memchr(b'\n', &doc.masked.as_bytes()[s.start..])
                .map_or(doc.masked.len(), |p| s.start + p);
            continue;
        }
        if doc.has_latin {
            english_sigs(doc, orgs, i, &mut out);
        }
        if doc.has_cjk {
            chinese_sigs(doc, orgs, s, &mut out);
            zh_signing.push(i);
        }
    }
    // a signer named bare ("姜锋与李春光共同签署") is looked up among the titled names only
    // when the titled forms gave fewer than two signers
    if out.len() < 2 && !zh_signing.is_empty() {
        let known = zh_titled_names(doc);
        for &i in &zh_signing {
            chinese_known_sigs(doc, &doc.sents[i], &known, &mut out);
        }
    }
    let m = doc.masked.as_str();
    out.retain(|s| !is_byline(m, s.span.0));
    // someone who signed a counted set of documents signed several deals, not this one
    out.retain(|s| !s.several);
    // a form of address left alone ("Seri" of "Datuk Seri") names nobody
    out.retain(|s| {
        !s.name
            .split_whitespace()
            .all(|w| is_honorific(w.trim_end_matches('.')))
    });
    let mut uniq: Vec<Sig> = Vec::new();
    for s in out {
        if !uniq
            .iter()
            .any(|u| u.name == s.name || u.name.ends_with(&format!(" {}", s.name)))
        {
            uniq.push(s);
        }
    }
    uniq
}

/// "Under the common witness of A and B's chairman, rotating chairman C, D and E on behalf of
/// both sides signed": after an opening "under the witness of", the names in the last comma
/// segment before the verb, joined by "and", are the signers.
fn witness_scope_ended(m: &str, ws: usize, we: usize, pos: usize, verb: usize) -> bool {
    if !m[ws..we].to_ascii_lowercase().starts_with("under") || verb < pos {
        return false;
    }
    let Some(c) = m[we..pos].rfind(',') else {
        return false;
    };
    let seg = &m[we + c + 1..verb];
    !seg.contains(',') && seg.contains(" and ")
}

/// A sentence about another deal signed at the same event: "A second document was signed",
/// "signed several other documents", "In addition, … signed", "此外/另外".
pub(crate) fn other_deal(low: &str) -> bool {
    const MARKS: &[&str] = &[
        "in addition",
        "separately",
        "此外",
        "另外",
        "此前",
        "同时还",
        "还分别",
        "签约的还有",
        "签署的还有",
        "签订的还有",
        "同场签约",
    ];
    other_deal_named(low) || crate::text::contains_any!(low, MARKS)
}

/// A sentence that names another document: "a second", "another agreement", "other deals".
pub(crate) fn other_deal_named(low: &str) -> bool {
    const MARKS: &[&str] = &[
        "another agreement",
        "another deal",
        "another memorandum",
        "another mou",
        "other documents",
        "other agreements",
        "other deals",
        "other memoranda",
        "other mous",
    ];
    // "a second, smaller document", "a second MoU" — but "a secondary school" names no deal
    crate::text::contains_any!(low, MARKS)
        || low.match_indices("a second").any(|(i, _)| {
            !low.as_bytes()
                .get(i + 8)
                .is_some_and(u8::is_ascii_alphabetic)
        })
}

/// A name inside a byline bracket: "(reporter Sun Yannan, Liu Shiping)", "-- (Niu Jiefeng, Li Fei)",
/// "（记者 张三）".
fn is_byline(m: &str, start: usize) -> bool {
    let line_start = m[..start].rfind('\n').map_or(0, |i| i + 1);
    let before = &m[line_start..start];
    let Some(open) = before.rfind(['(', '（']) else {
        return false;
    };
    let inside = &before[open..];
    if inside.contains([')', '）']) {
        return false;
    }
    let low = inside.to_lowercase();
    low.contains("reporter") || low.contains("correspondent") || inside.contains("记者") || {
        let pre = before[..open].trim_end();
        pre.ends_with("--") || pre.ends_with('—') || pre.ends_with('–')
    }
}

/// A title of the head of a government ("Chief Minister", "Governor", "Premier", "Mayor").
pub(crate) fn heads_government(title: &str) -> bool {
    let l = title.to_lowercase();
    crate::text::contains_any!(l, &["chief minister", "governor", "premier", "mayor"])
        && !l.contains(" of the board")
        && !l.contains("bank")
}

/// Final signatories with their party mapped onto the chosen parties.
pub(crate) fn finish(sigs: &[Sig], parties: &[String], ev: &mut Evidence) -> Vec<Signatory> {
    sigs.iter()
        .map(|s| {
            ev.add("signatories", s.span);
            let party = s
                .behalf
                .as_ref()
                .map(|b| b.0.clone())
                .or_else(|| s.org.clone())
                .and_then(|o| {
                    parties
                        .iter()
                        .find(|p| same_org(p, &o))
                        .cloned()
                        .or(Some(o))
                })
                // a head of government signs for the government among the parties
                .or_else(|| {
                    s.title
                        .as_deref()
                        .filter(|t| heads_government(t))
                        .and_then(|_| {
                            parties
                                .iter()
                                .find(|p| p.to_ascii_lowercase().contains("government"))
                                .cloned()
                        })
                });
            Signatory {
                name: without_address(&s.name).to_string(),
                title: s.title.clone(),
                party,
            }
        })
        .collect()
}

/// A name without the forms of address before it ("H.E. Ahmed Shide", "Barr. Ubandoma", "Dr
/// Lamin Barrow"): the record keeps the person's name, the title field says the rest.
fn without_address(name: &str) -> &str {
    let mut rest = name.trim();
    loop {
        let (word, after) = match rest.split_once(' ') {
            Some(p) => p,
            None => return rest,
        };
        let bare = word.trim_end_matches('.');
        let spaced_he = bare == "H" && after.starts_with("E.");
        if spaced_he {
            rest = after[2..].trim_start();
        } else if (is_honorific(bare) || is_honorific(word)) && !after.trim().is_empty() {
            rest = after.trim_start();
        } else {
            return rest;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_secondary_school_is_no_second_deal() {
        assert!(other_deal_named("they also signed a second memorandum."));
        assert!(other_deal_named("a second, smaller document was signed."));
        assert!(!other_deal_named(
            "the grant builds a secondary school in the district."
        ));
    }

    #[test]
    fn forms_of_address_leave_the_name() {
        for (raw, name) in [
            ("H.E. Ahmed Shide", "Ahmed Shide"),
            ("H. E. Ahmed Shide", "Ahmed Shide"),
            ("Barr. Ubandoma", "Ubandoma"),
            ("Dr. Engr. Ada Obi", "Ada Obi"),
            ("Shri Rajesh Kumar", "Rajesh Kumar"),
            ("Lamin Barrow", "Lamin Barrow"),
            ("Haji", "Haji"),
            ("王立明", "王立明"),
        ] {
            assert_eq!(without_address(raw), name, "{raw}");
        }
    }

    fn names(t: &str) -> Vec<String> {
        let doc = Doc::new(t);
        let orgs = crate::orgs::find(&doc);
        signatories(&doc, &orgs)
            .into_iter()
            .map(|s| s.name)
            .collect()
    }

    #[test]
    fn garbled_sample_split_across_lines() {
        let t = "Wang Liming, vice governor of\n\nand deputy general manager of China Telecom group, on behalf of the two sides signed a cooperation framework agreement on behalf of the Gao Tongqing. According to the agreement, China Telecom will invest.";
        assert_eq!(names(t), vec!["Wang Liming", "Gao Tongqing"]);
        let doc = Doc::new(t);
        let sigs = signatories(&doc, &crate::orgs::find(&doc));
        assert_eq!(sigs[0].title.as_deref(), Some("vice governor"));
    }

    #[test]
    fn appositive_titles() {
        let t = "Andrew McDowell, Vice President of the European Investment Bank, signed for the bank. Christos Staikouras, the Minister of Finance, and Yannis Tsakiris, Deputy Minister of Development, signed for Greece. Adonis Georgiadis, Minister of Development, looked on.";
        assert_eq!(
            names(t),
            vec!["Andrew McDowell", "Christos Staikouras", "Yannis Tsakiris"]
        );
    }

    #[test]
    fn honorifics_and_titles_before() {
        let t = "Vice Governor Ling Wen and the Vice Secretary of party committee and President Chen Wenjian of China Railway signed the agreement on behalf of both sides respectively. The CEO Ms. Xin Yue and Director Mr. Wei Chunsheng signed the agreement.";
        assert_eq!(
            names(t),
            vec!["Ling Wen", "Chen Wenjian", "Xin Yue", "Wei Chunsheng"]
        );
    }

    #[test]
    fn attendees_are_not_signatories() {
        let t = "Li Ganjie, secretary of CPC Provincial Committee, and Chen Yun attended the signing ceremony. President Uhuru Kenyatta on Monday watched OPIC and Kipeto sign the agreement. João Baptista Borges, Minister of Energy and Water, put his signature to the document, with President João Lourenço looking on.";
        assert_eq!(names(t), vec!["João Baptista Borges"]);
    }

    #[test]
    fn bylines_are_not_signatories() {
        let t = "BEIJING, March 8 (Xinhua) -- (reporter Sun Yannan, Liu Shiping) The Bank of China and the Hubei government signed the agreement. JINAN, June 26 (CNS) -- (Niu Jiefeng, Li Fei) Shandong and China Mobile today signed the agreement.";
        assert!(names(t).is_empty(), "{:?}", names(t));
    }

    #[test]
    fn chinese_rare_surnames_and_he_inside_names() {
        let t = "副州长字德海与国家开发银行云南省分行党委委员、副行长胡庆和分别代表双方签约。";
        assert_eq!(names(t), vec!["字德海", "胡庆和"]);
    }

    #[test]
    fn chinese_witnesses_and_speakers() {
        let t = "在市长袁宝成，分行行长袁明男共同见证下，常务副市长梁国英代表东莞市人民政府，与分行行长助理潘志勇签订协议。";
        assert_eq!(names(t), vec!["梁国英", "潘志勇"]);
        let t = "区委书记陶永欣表示，此次签约是重要举措。";
        assert!(names(t).is_empty());
    }

    #[test]
    fn initials_hyphenated_titles_and_inverted_appositives() {
        let t = "Chief Minister Edappadi K. Palaniswami on Monday signed a deal with Acme Gas Ltd.";
        assert_eq!(names(t), vec!["Edappadi K. Palaniswami"]);
        let t = "Mr. Costa signed for the state, while Tyler Li, director-president of Acme do Brasil, signed for the company. Governor Rui Costa was pleased.";
        assert_eq!(names(t), vec!["Rui Costa", "Tyler Li"]);
        let t = "The commissioner signed for the commission, while the company's Chief Executive Officer, Biru Wolde, signed on its behalf.";
        assert_eq!(names(t), vec!["Biru Wolde"]);
    }

    #[test]
    fn surnames_one_word_names_and_people_of_organisations() {
        let t = "Governor Nasir El-Rufai flew in. El-Rufai signed for the consortium, while Li Mingqiang signed for CMEC.";
        assert_eq!(names(t), vec!["Nasir El-Rufai", "Li Mingqiang"]);
        let t = "At the ceremony, Cuobai, deputy secretary of the municipal committee, and Zhao Jinfan, chairman of the group, signed the agreement.";
        assert_eq!(names(t), vec!["Cuobai", "Zhao Jinfan"]);
        let t = "The MoU was signed between the state government and Rajesh Gautam of NKJ Biofuel.";
        assert_eq!(names(t), vec!["Rajesh Gautam"]);
    }

    #[test]
    fn organisations_and_venues_are_not_signatories() {
        let t = "The contract was signed by Dr. Mohamed Gawad, Deputy Chairman of the Authority, and Tian Haokui, Chairman of Shen Feng, and witnessed by Chairman Walid Gamal.";
        assert_eq!(names(t), vec!["Mohamed Gawad", "Tian Haokui"]);
        let t = "Representatives of the Government of Punjab and the Government of Khyber Pakhtunkhwa signed their project agreements.";
        assert!(names(t).is_empty(), "{:?}", names(t));
        let t = "The city and the bank in the Hongqiao State Guest Hotel signed the memorandum.";
        assert!(names(t).is_empty(), "{:?}", names(t));
    }

    #[test]
    fn chinese_talks_and_more_titles() {
        let t =
            "陈元与湖南省委书记、省人大常委会主任张春贤进行了约40分钟的会谈,随后双方签署合作协议。";
        assert!(names(t).is_empty(), "{:?}", names(t));
        let t = "省委常委、常务副省长张锦刚,中国电信集团党组成员、总会计师李英辉代表双方签约。";
        assert_eq!(names(t), vec!["张锦刚", "李英辉"]);
    }

    #[test]
    fn initialled_and_exchanged() {
        let t = "The MoU was initialled by Acme Executive Director P K Sharma and the Governor of North Region, Awang Budi Santoso, on behalf of the Government of North Region.";
        assert_eq!(names(t), vec!["P K Sharma", "Awang Budi Santoso"]);
        let t = "The MoU was exchanged between industry secretary P. Raman, on behalf of the state government, and Rohan Mehta of Mehta Builders Ltd.";
        assert_eq!(names(t), vec!["P. Raman", "Rohan Mehta"]);
        let t = "Before the ceremony, Wang Yang met Zhou Ming and the two sides exchanged views.";
        assert!(names(t).is_empty(), "{:?}", names(t));
    }

    #[test]
    fn signers_of_other_deals_and_opening_witnesses() {
        let t = "Tom Baker, President of Acme, signed the loan agreement. A second document was signed the same day: a grant to Delta Farms. Mary Stone signed for Delta.\nThe bank is a lender.";
        assert_eq!(names(t), vec!["Tom Baker"]);
        let t = "Under the common witness of provincial party secretary Li Qiang and Acme deputy chairman, rotating chairman Xu Ming, vice governor Zhou Ping and Acme senior vice president Yang Kai on behalf of the both sides signed the agreement.";
        assert_eq!(names(t), vec!["Zhou Ping", "Yang Kai"]);
    }

    #[test]
    fn particles_long_appositives_and_organisation_pairs() {
        let t = "The agreement was signed by EIB Vice-President Robert de Groot and Delta Bank CEO Ida Lerner.";
        assert_eq!(names(t), vec!["Robert de Groot", "Ida Lerner"]);
        let t = "Ken Mensah signed for the state, while Pierre Laporte, World Bank Country Director, signed for the bank.";
        assert_eq!(names(t), vec!["Ken Mensah", "Pierre Laporte"]);
        let t = "Morocco's OCP Group and Fertinagro Biotech signed a memorandum of understanding.";
        assert!(names(t).is_empty(), "{:?}", names(t));
    }

    #[test]
    fn represent_both_sides_to_sign() {
        let t = "Vice governor Zhang San and Acme Group vice general manager Li Si respectively represent both sides to sign the agreement.";
        assert_eq!(names(t), vec!["Zhang San", "Li Si"]);
    }

    #[test]
    fn month_words_as_first_names() {
        let t = "The MoU was signed by June Achieng, Chief Executive Officer of the authority, and Li Wei on behalf of the chamber on June 5.";
        assert_eq!(names(t), vec!["June Achieng", "Li Wei"]);
        let t = "In May Acme Holdings signed the agreement.";
        assert!(names(t).is_empty(), "{:?}", names(t));
    }

    #[test]
    fn long_titles_speakers_and_attendees() {
        let t = "Deputy Prime Minister and Minister of Trade and Industry Anna Nowak and Acme Vice Chairman John G. Rice signed the agreement.";
        assert_eq!(names(t), vec!["Anna Nowak", "John G. Rice"]);
        let t = "The governor signed the document accompanied by his aide Budi Santoso, said Rudi Hartono, head of the liaison office.";
        assert!(names(t).is_empty(), "{:?}", names(t));
        let t = "Group director Zhu Wei took part in the signing activity; group chairman Xiao Ming on behalf of the group signed the agreement.";
        assert_eq!(names(t), vec!["Xiao Ming"]);
        let t = "Chairman Mr Tom Okello signed for the firm, while the district council was represented by council chairman Mr Moses Mwita.";
        assert_eq!(names(t), vec!["Tom Okello"]);
    }

    #[test]
    fn academic_titles_and_degrees() {
        let t = "The provincial government, led by Governor Drs. H.M. Budi Rahman Saleh, M.Si, signed a memorandum with Acme Holding LLC.";
        assert_eq!(names(t), vec!["H.M. Budi Rahman Saleh, M.Si"]);
        let t = "The agreement was signed by Minister Jane Roe, PhD, and Director Ir. Agus Salim, S.T., on behalf of the two firms.";
        assert_eq!(names(t), vec!["Jane Roe, PhD", "Agus Salim, S.T"]);
        let t = "Tom Smith, U.S. Ambassador";
        let toks = crate::orgs::tokens(t, 0, t.len());
        assert_eq!(degree_end(t, &toks, 2), 2);
    }

    #[test]
    fn represented_by_in_an_agreement_sentence() {
        let t = "The government signed three memoranda.\n\nThe largest, a memorandum with the company KLM Towers, represented by Mr Omar Haddad, covers a real estate complex.\n\nA second memorandum was signed with the company Plantex, represented by Mr Yves Kone, for a plantation.";
        assert_eq!(names(t), vec!["Omar Haddad"]);
    }

    #[test]
    fn portfolios_country_titles_and_several_documents() {
        let t = "The agreement was signed by Minister of Investment, Industry and Trade Laziz Karimov and Acme Holdings chairman Tom Baker.";
        assert_eq!(names(t), vec!["Laziz Karimov", "Tom Baker"]);
        let t = "ADB Country Director Kenji Sato and Secretary to the Treasury Mahinda Perera signed for their sides.";
        assert_eq!(names(t), vec!["Kenji Sato", "Mahinda Perera"]);
        let t = "Director Jane Wanjiru signed the agreement for the authority. Energy Secretary Charles Kiptoo, who signed three MoUs on behalf of the ministry, welcomed the deal.";
        assert_eq!(names(t), vec!["Jane Wanjiru"]);
    }

    #[test]
    fn counterparts_by_with_and_signatories_were() {
        let t = "The agreement was signed by State Minister of Finance Abebe Kebede and World Bank Country Director for Ethiopia Ousmane Diallo.";
        assert_eq!(names(t), vec!["Abebe Kebede", "Ousmane Diallo"]);
        let t = "The document was signed for Oman by Qais Al Harthy, Minister of Commerce, and for India by Rajesh Verma.";
        assert_eq!(names(t), vec!["Qais Al Harthy", "Rajesh Verma"]);
        let t = "Energy Secretary Davis Kiprono inked the deal with Ms. Sarah Lee, chief executive of Acme Power.";
        assert_eq!(names(t), vec!["Davis Kiprono", "Sarah Lee"]);
        let t = "Vice mayor Liu Wei, on behalf of the municipal government, signed the agreement with Acme Group senior vice president Xiang Wenbo. Both parties signed, with vice governor Wu Qing and Acme rotating chairman Xu Zhijun signing on behalf of their sides.";
        assert_eq!(
            names(t),
            vec!["Liu Wei", "Xiang Wenbo", "Wu Qing", "Xu Zhijun"]
        );
        let t = "The MoU was signed by Governor Sanwo-Olu and Mr. Li Wei, Managing Director of Acme Nigeria.";
        assert_eq!(names(t), vec!["Sanwo-Olu", "Li Wei"]);
        let t = "Central Bank Deputy Governor Dr. Maria Lopez and Bank President Ana Silva put pen to paper on the deal.";
        assert_eq!(names(t), vec!["Maria Lopez", "Ana Silva"]);
        let t = "The signatories were Deputy Minister of Planning and Investment Tran Van Minh and Acme's Vice President Kim Ji-sung.";
        assert_eq!(names(t), vec!["Tran Van Minh", "Kim Ji-sung"]);
    }

    #[test]
    fn counterparts_that_are_present_or_only_named() {
        let t = "The state government signed a memorandum with Ola Motors Ltd at the Secretariat, with Chief Minister R.K. Stalin present.";
        assert!(names(t).is_empty(), "{:?}", names(t));
        let t = "Chief Minister Anil Desai signed three MoUs worth over Rs 21,000 crore on the inaugural day.";
        assert!(names(t).is_empty(), "{:?}", names(t));
    }

    #[test]
    fn chinese_qianyue_and_qianzi_sentences() {
        let t = "盟委委员、副盟长张小明与华能公司总经理王刚签约。市委书记刘洋，市长陈刚见证签约。副市长赵强和公司总裁孙杰分别在协议上签字。";
        assert_eq!(names(t), vec!["张小明", "王刚", "赵强", "孙杰"]);
    }

    #[test]
    fn chinese_ceremony_speakers_adverbs_and_rare_surnames() {
        let t = "副市长张华与集团副总经理刘明代表双方签署协议。集团董事长赵刚在签约仪式上表示，将加大投资。";
        assert_eq!(names(t), vec!["张华", "刘明"]);
        let t = "在省长孙伟的见证下，市长周平与中国电信董事长柯瑞文签署战略合作协议。";
        assert_eq!(names(t), vec!["周平", "柯瑞文"]);
        let t =
            "市长周平与集团董事长柯瑞文签署协议。\n此前，该集团总经理吴勇曾与邻市签署类似协议。";
        assert_eq!(names(t), vec!["周平", "柯瑞文"]);
    }

    #[test]
    fn chinese_attend_then_sign() {
        let t = "省长张三和中国银行董事长李四出席签署仪式，并分别代表省政府和中国银行签署战略合作协议。常务副省长王五主持签署仪式。";
        assert_eq!(names(t), vec!["张三", "李四"]);
        let t = "11月12日,公司副总经理莫小军应邀出席县招商引资项目集中签约仪式,代表甲公司与县人民政府签订投资协议。县长周小祥出席签约仪式。";
        assert_eq!(names(t), vec!["莫小军"]);
    }

    #[test]
    fn names_put_to_a_document_and_stacked_forms_of_address() {
        let t = "The memorandum was signed on Friday. Minister of Productive Development Matías Kulfas and Jujuy governor Gerardo Morales put their names to the document.";
        assert_eq!(names(t), ["Matías Kulfas", "Gerardo Morales"]);
        let t = "State secretary Datuk Seri Dr Sallehuddin Ishak signed the MoUs on behalf of the state government, while Mentri Besar Datuk Seri Wan Rosdy witnessed the ceremony.";
        assert_eq!(names(t), ["Sallehuddin Ishak"]);
    }

    #[test]
    fn chinese_signers_named_bare_but_titled_elsewhere() {
        let t = "市长崔永辉出席签约仪式。副市长傅志峰,市政府秘书长陈斌等一同参加。仪式上,傅志峰代表市政府,与中建三局副总经理罗宏签订了战略合作框架协议。";
        assert_eq!(names(t), ["罗宏", "傅志峰"]);
        let t = "8月24日下午,副省长姜锋在西安会见集团总裁李春光一行。座谈后,姜锋与李春光共同签署了战略合作协议。";
        assert_eq!(names(t), ["姜锋", "李春光"]);
        // titled people who only attend or speak are not signers
        let t = "省长张三出席。董事长李四致辞。双方签署了战略合作协议,张三,李四出席签约仪式。";
        assert!(names(t).is_empty(), "{:?}", names(t));
        // another deal of the same ceremony
        let t = "副省长王五与董事长赵六签署了合作协议。总经理梁有国出席。同场签约的还有水务协议,由梁有国代表川投水务签署。";
        assert_eq!(names(t), ["王五", "赵六"]);
    }

    #[test]
    fn chinese_signatories() {
        let t = "副省长王黎明与中国电信集团公司副总经理高同庆代表双方签署协议。省委书记王国生、省长郝鹏出席签约仪式。";
        assert_eq!(names(t), vec!["王黎明", "高同庆"]);
    }
}
