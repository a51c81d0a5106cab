//! Organisations: mentions (English capitalised runs ending in an organisation word, Chinese
//! runs ending in an organisation suffix) and the parties of the agreement.

use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon::{NOT_NAME, ORG_SUFFIXES, TITLE_WORDS};
use crate::people::Sig;
use crate::text::{Doc, Sent};
use crate::{Evidence, text::is_cjk};

/// A word or punctuation token of English text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub s: usize,
    pub e: usize,
    /// Word classes ([`wc`]) of the token's lower-case form (`lw`), looked up once here
    /// instead of once per list and rule.
    pub cls: u32,
    /// [`is_cap`] of the token.
    pub cap: bool,
}

/// Word classes: the lists a token's lower-case form belongs to (see [`word_class`]).
pub(crate) mod wc {
    pub const CONN: u32 = 1 << 0;
    pub const OF: u32 = 1 << 1;
    pub const AND: u32 = 1 << 2;
    pub const THE: u32 = 1 << 3;
    pub const FOR: u32 = 1 << 4;
    pub const RUN_BREAK: u32 = 1 << 5;
    /// The agreement nouns among [`super::RUN_BREAK`].
    pub const AGREE: u32 = 1 << 6;
    pub const RUN_START_BREAK: u32 = 1 << 7;
    /// `lexicon::TITLE_WORDS`.
    pub const TITLE: u32 = 1 << 8;
    /// mr mrs ms dr prof
    pub const HONOR: u32 = 1 << 9;
    /// shri smt
    pub const HONOR2: u32 = 1 << 10;
    /// `lexicon::ORG_SUFFIXES`.
    pub const ORG: u32 = 1 << 11;
    pub const PLACE: u32 = 1 << 12;
    pub const COMPANY: u32 = 1 << 13;
    pub const ADJ: u32 = 1 << 14;
    pub const LOWER_EXT: u32 = 1 << 15;
    pub const LOWER_EXT_END: u32 = 1 << 16;
    pub const AND_NAME: u32 = 1 << 17;
    /// co ltd inc corp st pvt pte (a dot after them continues a name)
    pub const DOT_FORM: u32 = 1 << 18;
    /// province state region county district city
    pub const PLACE_WORD: u32 = 1 << 19;
    pub const GOVERNMENT: u32 = 1 << 20;
    /// province city
    pub const PROV_CITY: u32 = 1 << 21;
    /// `people::HONORIFICS`.
    pub const HONORIFIC: u32 = 1 << 22;
    /// Last words of news outlets and events ([`super::media_name`]).
    pub const MEDIA: u32 = 1 << 23;
    /// network agency service net: news outlets after "news"
    pub const MEDIA_AFTER_NEWS: u32 = 1 << 24;
    pub const NEWS: u32 = 1 << 25;
    /// `people::VENUE`.
    pub const VENUE: u32 = 1 << 26;
}

/// Lower-case word -> its [`wc`] classes.
static WORD_CLASS: LazyLock<WordTable> = LazyLock::new(|| {
    let mut map: crate::lexicon::HashMap<&'static [u8], u32> = Default::default();
    let mut add = |words: &mut dyn Iterator<Item = &'static str>, c: u32| {
        for w in words {
            *map.entry(w.as_bytes()).or_default() |= c;
        }
    };
    add(&mut CONNECTORS.iter().copied(), wc::CONN);
    add(&mut ["of"].into_iter(), wc::OF);
    add(&mut ["and"].into_iter(), wc::AND);
    add(&mut ["the"].into_iter(), wc::THE);
    add(&mut ["for"].into_iter(), wc::FOR);
    add(&mut RUN_BREAK.iter().copied(), wc::RUN_BREAK);
    add(
        &mut [
            "deal",
            "deals",
            "pact",
            "mou",
            "mous",
            "agreement",
            "agreements",
            "memorandum",
            "contract",
        ]
        .into_iter(),
        wc::AGREE,
    );
    add(&mut RUN_START_BREAK.iter().copied(), wc::RUN_START_BREAK);
    add(&mut TITLE_WORDS.iter().copied(), wc::TITLE);
    add(
        &mut ["mr", "mrs", "ms", "dr", "prof"].into_iter(),
        wc::HONOR,
    );
    add(&mut ["shri", "smt"].into_iter(), wc::HONOR2);
    add(&mut ORG_SUFFIXES.iter().copied(), wc::ORG);
    add(&mut PLACE_SUFFIX.iter().copied(), wc::PLACE);
    add(&mut COMPANY_FORMS.iter().copied(), wc::COMPANY);
    add(&mut ADJ_TITLES.iter().copied(), wc::ADJ);
    add(&mut LOWER_EXT.iter().copied(), wc::LOWER_EXT);
    add(&mut LOWER_EXT_END.iter().copied(), wc::LOWER_EXT_END);
    add(&mut AND_NAME_WORDS.iter().copied(), wc::AND_NAME);
    add(
        &mut ["co", "ltd", "inc", "corp", "st", "pvt", "pte"].into_iter(),
        wc::DOT_FORM,
    );
    add(
        &mut ["province", "state", "region", "county", "district", "city"].into_iter(),
        wc::PLACE_WORD,
    );
    add(&mut ["government"].into_iter(), wc::GOVERNMENT);
    add(&mut ["province", "city"].into_iter(), wc::PROV_CITY);
    add(
        &mut crate::people::HONORIFICS.iter().copied(),
        wc::HONORIFIC,
    );
    add(
        &mut [
            "news",
            "daily",
            "times",
            "herald",
            "tribune",
            "gazette",
            "television",
            "tv",
            // events: "Digital Government Construction Summit", "China-Africa Expo"
            "summit",
            "expo",
            "conference",
            "fair",
            "festival",
            "exhibition",
        ]
        .into_iter(),
        wc::MEDIA,
    );
    add(
        &mut ["network", "agency", "service", "net"].into_iter(),
        wc::MEDIA_AFTER_NEWS,
    );
    add(&mut ["news"].into_iter(), wc::NEWS);
    add(&mut crate::people::VENUE.iter().copied(), wc::VENUE);
    let mut table = WordTable {
        slots: vec![([0; 3], 0); WordTable::SIZE],
        shapes: [[0; 25]; 26],
    };
    for (w, c) in map {
        if let Some((f, l)) = WordTable::shape(w) {
            table.shapes[f][w.len()] |= 1 << l;
        }
        let key = WordTable::key(w).expect("list words are at most 24 bytes");
        let mut i = WordTable::slot(&key);
        while table.slots[i].1 != 0 {
            i = (i + 1) % WordTable::SIZE;
        }
        table.slots[i] = (key, c);
    }
    table
});

/// An open-addressing table of lower-case words up to 24 bytes, packed into three `u64`s
/// (zero-padded; word tokens hold no NUL byte): cheaper per token than hashing a `&str`.
struct WordTable {
    /// (packed word, classes); classes 0 marks an empty slot.
    slots: Vec<([u64; 3], u32)>,
    /// By first letter and length, the last bytes ([`WordTable::shape`]) of the words in the
    /// table: most words are ruled out without packing them.
    shapes: [[u32; 25]; 26],
}

impl WordTable {
    const SIZE: usize = 1024;

    /// (first letter, last byte) of an ASCII word as indices into `shapes` (a last byte that
    /// is no letter is 26), or `None` when it does not start with a letter or is too long.
    #[inline]
    fn shape(w: &[u8]) -> Option<(usize, u32)> {
        let (&first, &last) = (w.first()?, w.last()?);
        if !first.is_ascii_alphabetic() || w.len() > 24 {
            return None;
        }
        let l = if last.is_ascii_alphabetic() {
            u32::from(last.to_ascii_lowercase() - b'a')
        } else {
            26
        };
        Some((usize::from(first.to_ascii_lowercase() - b'a'), l))
    }

    /// Classes of the ASCII word `w`.
    #[inline]
    fn get_ascii(&self, w: &[u8]) -> u32 {
        match Self::shape(w) {
            Some((f, l)) if self.shapes[f][w.len()] & (1 << l) != 0 => self.get(w),
            _ => 0,
        }
    }

    /// `w` ASCII-lowercased and packed, or `None` when longer than 24 bytes or not ASCII.
    #[inline]
    fn key(w: &[u8]) -> Option<[u64; 3]> {
        if w.len() > 24 {
            return None;
        }
        let mut k = [0u64; 3];
        let mut high = 0u8;
        for (i, &b) in w.iter().enumerate() {
            high |= b;
            k[i / 8] |= u64::from(b.to_ascii_lowercase()) << (8 * (i % 8));
        }
        (high < 0x80).then_some(k)
    }

    #[inline]
    fn slot(k: &[u64; 3]) -> usize {
        let h = (k[0] ^ k[1].rotate_left(21) ^ k[2].rotate_left(42))
            .wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> 54) as usize
    }

    /// Classes of `w` (ASCII-lowercased); 0 when not ASCII.
    #[inline]
    fn get(&self, w: &[u8]) -> u32 {
        match Self::key(w) {
            Some(k) => self.get_key(&k),
            None => 0,
        }
    }

    #[inline]
    fn get_key(&self, k: &[u64; 3]) -> u32 {
        let k = *k;
        let mut i = Self::slot(&k);
        loop {
            let (sk, c) = self.slots[i];
            if c == 0 {
                return 0;
            }
            if sk == k {
                return c;
            }
            i = (i + 1) % Self::SIZE;
        }
    }
}

/// The lower-case form of word `w` is in `lexicon::TITLE_WORDS` or `lexicon::ORG_SUFFIXES`.
pub(crate) fn is_title_or_org_word(w: &str) -> bool {
    word_class(w) & (wc::TITLE | wc::ORG) != 0
}

/// The [`wc`] classes of word `w` (its lower-case form looked up; every list word is ASCII,
/// at most 24 bytes long and starts with a letter).
pub(crate) fn word_class(w: &str) -> u32 {
    let b = w.as_bytes();
    match b.first() {
        // an ASCII word, or one with a non-ASCII char after its first letter
        Some(c) if c.is_ascii_alphabetic() => {
            if let Some(k) = WordTable::key(b) {
                return WORD_CLASS.get_key(&k);
            }
        }
        // a list word starts with a letter, and so does its lower-case form
        Some(c) if c.is_ascii() => return 0,
        Some(_) => {}
        None => return 0,
    }
    // the list words are ASCII, and the Kelvin sign is the only non-ASCII char whose
    // lower-case form is ASCII (`k`)
    if b.windows(3).any(|x| x == "\u{212A}".as_bytes()) {
        WORD_CLASS.get(w.to_lowercase().as_bytes())
    } else {
        0
    }
}

/// Tokenise `m[start..end]`: words are runs of alphanumerics with inner `'’-&./+`; every
/// other non-space char is its own token.
pub(crate) fn tokens(m: &str, start: usize, end: usize) -> Vec<Tok> {
    let piece = &m[start..end];
    let b = piece.as_bytes();
    // the char at byte `i` and its length (ASCII without decoding)
    let at = |i: usize| -> (char, usize) {
        match b[i] {
            x if x < 0x80 => (x as char, 1),
            _ => piece[i..]
                .chars()
                .next()
                .map_or((' ', 1), |c| (c, c.len_utf8())),
        }
    };
    let word = |c: char| {
        if c.is_ascii() {
            c.is_ascii_alphanumeric()
        } else {
            c.is_alphanumeric() && !is_cjk(c)
        }
    };
    // room for every token at once (a token every other byte at most, but in runs of punctuation)
    let mut out = Vec::with_capacity(b.len() / 2 + 1);
    let mut i = 0;
    while i < b.len() {
        let (c, n) = at(i);
        if word(c) {
            let mut e = i + n;
            let mut ascii = n == 1;
            while e < b.len() {
                // ASCII letters and digits without decoding
                if b[e].is_ascii_alphanumeric() {
                    e += 1;
                    continue;
                }
                let (d, dn) = at(e);
                if word(d) {
                    e += dn;
                    ascii &= dn == 1;
                } else if matches!(d, '\'' | '’' | '-' | '/' | '+') {
                    // inner joiner only if followed by alnum
                    if e + dn < b.len() && word(at(e + dn).0) {
                        e += dn;
                        ascii &= dn == 1;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            let w = &piece[i..e];
            out.push(Tok {
                s: start + i,
                e: start + e,
                cls: if ascii {
                    WORD_CLASS.get_ascii(w.as_bytes())
                } else {
                    word_class(w)
                },
                // `is_cap` without decoding for the usual ASCII first letter
                cap: match b[i] {
                    x if x.is_ascii_uppercase() => true,
                    x if x.is_ascii_lowercase() => false,
                    _ => is_cap(w),
                },
            });
            i = e;
        } else {
            if !c.is_whitespace() {
                out.push(Tok {
                    s: start + i,
                    e: start + i + n,
                    cls: if c == '&' { wc::CONN } else { 0 },
                    // no uppercase letter or digit is a one-char token (CJK has no case)
                    cap: false,
                });
            }
            i += n;
        }
    }
    out
}

pub(crate) fn is_cap(w: &str) -> bool {
    let mut ch = w.chars();
    match ch.next() {
        Some(c) if c.is_uppercase() => true,
        Some(c) if c.is_ascii_digit() => {
            w.chars().any(|x| x.is_alphabetic()) && !w.to_ascii_lowercase().ends_with("mw")
        }
        _ => false,
    }
}

fn is_acronym(w: &str) -> bool {
    let n = w.chars().count();
    (2..=7).contains(&n)
        && w.chars().all(|c| c.is_ascii_uppercase() || c == '&')
        && !ACRONYM_STOP.contains(&w)
}

const ACRONYM_STOP: &[&str] = &[
    "US", "USA", "UK", "EU", "CEO", "CFO", "COO", "MW", "GW", "KW", "GDP", "RMB", "USD", "EUR",
    "CNY", "INR", "MOU", "PPP", "EPC", "BRI", "IT", "AI", "IST", "GMT", "SME", "SMES", "PV", "II",
    "III", "IV", "VP", "MD", "HK", "PRC", "UAE", "CPC", "ICT", "ALSO", "READ", "NEWS", "THE",
    "AND", "OF", "IN", "ON", "FOR", "BY", "TO", "AT", "NOTE", "HOME", "EST", "BST", "CET", "AM",
    "PM", "LNG", "EV", "EVS", "GPS", "LED", "R&D", "KM", "KV", "SEZ",
];

const CONNECTORS: &[&str] = &[
    "of", "for", "de", "du", "des", "do", "da", "dos", "das", "del", "di", "&", "and",
];

/// Suffixes of a company's legal form: "X Company of the United States" is "X Company".
const COMPANY_FORMS: &[&str] = &[
    "company",
    "corporation",
    "corp",
    "co",
    "ltd",
    "limited",
    "inc",
    "plc",
    "llc",
    "gmbh",
    "holdings",
];

/// Title words that also begin organisation names ("General Electric Company",
/// "State Grid Corporation", "Standing Bank"): kept when an organisation word ends the run.
const ADJ_TITLES: &[&str] = &[
    "general",
    "state",
    "executive",
    "senior",
    "standing",
    "permanent",
    "associate",
    "principal",
    "premier",
    "country",
];

/// Lower-case words that may extend a capitalised run into an organisation name
/// (`Qinghai provincial government`, `China Telecom group company`).
const LOWER_EXT: &[&str] = &[
    "provincial",
    "municipal",
    "people's",
    "government",
    "group",
    "company",
    "corporation",
    "bank",
    "city",
    "state",
    "regional",
    "co",
    "ltd",
];
const LOWER_EXT_END: &[&str] = &["government", "group", "company", "corporation", "bank"];

/// Organisation suffixes that are places rather than organisations when they end a run.
const PLACE_SUFFIX: &[&str] = &["province", "city", "state", "county", "district", "zone"];

#[derive(Debug, Clone)]
pub(crate) struct OrgMention {
    pub s: usize,
    pub e: usize,
    pub name: String,
    /// Ends in an organisation word (as opposed to a bare capitalised run).
    pub strong: bool,
    /// Follows a person's name and "of" ("Abhishek Lodha of Lodha Developers Ltd").
    pub of_person: bool,
}

pub(crate) struct Orgs {
    pub mentions: Vec<OrgMention>,
    /// Tokens of the signing sentences that were tokenised here, by sentence index (sorted),
    /// reused by the signatories.
    pub sign_toks: Vec<(usize, Vec<Tok>)>,
}

/// Lower-case form of a token (trailing dots dropped); `low` is [`Doc::lower`] of `m`.
fn lw<'a>(m: &'a str, low: &'a str, t: &Tok) -> std::borrow::Cow<'a, str> {
    lower_at(m, low, t.s, t.s + m[t.s..t.e].trim_end_matches('.').len())
}

/// `lower(&m[s..e])`, borrowed from `low` (the ASCII-lowercased `m`) when the word is ASCII.
fn lower_at<'a>(m: &'a str, low: &'a str, s: usize, e: usize) -> std::borrow::Cow<'a, str> {
    let w = &m[s..e];
    if w.is_ascii() {
        std::borrow::Cow::Borrowed(&low[s..e])
    } else {
        std::borrow::Cow::Owned(w.to_lowercase())
    }
}

/// Capitalised words that end a run (title-case headlines): signing verbs, agreement nouns,
/// prepositions.
const RUN_BREAK: &[&str] = &[
    "signs",
    "signed",
    "sign",
    "inks",
    "inked",
    "seals",
    "sealed",
    "deal",
    "deals",
    "pact",
    "mou",
    "mous",
    "agreement",
    "agreements",
    "memorandum",
    "contract",
    "with",
    "to",
    "on",
    "in",
    "at",
    "over",
    "into",
];

/// Capitalised verbs of wishing and thanking that do not start a run ("Hope China Merchants
/// Group give play to …"); inside a run they stay ("New Hope Group").
const RUN_START_BREAK: &[&str] = &[
    "hope",
    "hopes",
    "hoping",
    "wish",
    "wishes",
    "welcome",
    "welcomes",
    "thank",
    "thanks",
    "congratulate",
    "congratulates",
    "urge",
    "urges",
];

/// "Flour Mills of Nigeria Plc (FMN)": the bracketed acronym after `run` spells the initials of
/// its capitalised words, which confirms where the name starts and ends.
fn acronym_spells(m: &str, run: &[Tok], after: &[Tok]) -> bool {
    let [open, acr, close, ..] = after else {
        return false;
    };
    let acr = &m[acr.s..acr.e];
    if &m[open.s..open.e] != "(" || &m[close.s..close.e] != ")" || !is_acronym(acr) {
        return false;
    }
    let spells = |run: &[Tok]| {
        let mut initials = run
            .iter()
            .filter(|t| t.cls & (wc::CONN | wc::THE) == 0)
            .filter_map(|t| m[t.s..t.e].chars().next());
        acr.chars()
            .filter(|c| *c != '&')
            .all(|c| initials.next() == Some(c))
            && initials.next().is_none()
    };
    // the legal form may be left out of the acronym ("… Nigeria Plc (FMN)")
    acr.chars().filter(|c| *c != '&').count() >= 3
        && (spells(run)
            || run
                .split_last()
                .is_some_and(|(l, rest)| l.cls & wc::COMPANY != 0 && spells(rest)))
}

/// Capitalised runs of a sentence, split at title words and punctuation, as token index ranges.
pub(crate) fn cap_runs(m: &str, toks: &[Tok]) -> Vec<(usize, usize)> {
    let mut runs = Vec::with_capacity(16);
    let mut i = 0;
    while i < toks.len() {
        if !toks[i].cap || toks[i].cls & (wc::RUN_BREAK | wc::RUN_START_BREAK) != 0 {
            i += 1;
            continue;
        }
        let st = i;
        let mut j = i + 1;
        let mut last_cap = i;
        let mut agreement_name = false;
        while j < toks.len() {
            let w = &m[toks[j].s..toks[j].e];
            let c = toks[j].cls;
            if toks[j].cap && c & wc::RUN_BREAK != 0 {
                // "Acme Group Signs Deal With Delta Bank": a title-case headline; "the
                // Fertilizer Complex Investment Agreement": the run names the agreement
                agreement_name = c & wc::AGREE != 0;
                break;
            } else if toks[j].cap {
                last_cap = j;
                j += 1;
            } else if (c & wc::CONN != 0 && c & wc::AND == 0)
                || (c & wc::AND != 0 && and_joins(m, &toks[st..j], toks.get(j + 1)))
                // "Ministry of Planning, Development and Management": a list of sector words
                || (w == "," && comma_joins(m, &toks[st..j], &toks[j + 1..]))
                || (c & wc::THE != 0 && j > 0 && toks[j - 1].cls & wc::OF != 0)
                || (w == "." && toks[j - 1].cls & wc::DOT_FORM != 0)
                || w == "&"
            {
                j += 1;
            } else if c & wc::AND != 0
                && let Some(q) = (j + 2..toks.len().min(j + 8))
                    .find(|&q| !toks[q].cap)
                    .filter(|&q| acronym_spells(m, &toks[st..q], &toks[q..]))
            {
                // "Megha Engineering and Infrastructures Limited (MEIL)"
                last_cap = q - 1;
                j = q;
            } else if w == "("
                && j + 3 < toks.len()
                && &m[toks[j + 2].s..toks[j + 2].e] == ")"
                && toks[j + 1].cls & wc::ORG != 0
                && toks[j + 3].cap
            {
                // "GCL (Group) Holdings Co": a bracketed organisation word inside a name
                last_cap = j + 3;
                j += 4;
            } else {
                break;
            }
        }
        if !agreement_name {
            runs.push((st, last_cap + 1));
        }
        i = j.max(last_cap + 1);
    }
    // split at title words following non-title words, and at honorifics
    let mut out = Vec::with_capacity(runs.len() + 8);
    for (a, b) in runs {
        // "Saudi Arabian General Investment Authority (SAGIA)": the acronym spells the whole run
        if acronym_spells(m, &toks[a..b], &toks[b..]) {
            out.push((a, b));
            continue;
        }
        let mut seg = a;
        let mut k = a;
        while k < b {
            let c = toks[k].cls;
            let is_title = c & (wc::TITLE | wc::HONOR) != 0;
            // "… Coordinating Board (BKPM)": an organisation word ending the run is no title
            let ends_org = k + 1 == b && c & wc::ORG != 0;
            // "Kebbi State Government", "Administrative Committee of X": a title word that is
            // also an organisation word continues the name
            let org_word = c & wc::ORG != 0 && k + 1 < b;
            if is_title
                && k > seg
                && !ends_org
                && !org_word
                && toks[k - 1].cls & (wc::TITLE | wc::OF) == 0
            {
                out.push((seg, k));
                seg = k;
            }
            k += 1;
        }
        out.push((seg, b));
    }
    out
}

/// English organisation mentions in one sentence.
fn english_orgs(m: &str, low: &str, toks: &[Tok], out: &mut Vec<OrgMention>) {
    for (a, b) in cap_runs(m, toks) {
        let mut a = a;
        let mut b = b;
        // "General Electric Company of the United States": a legal form ends the name
        if let Some(k) = (a + 1..b.saturating_sub(2))
            .find(|&k| toks[k].cls & wc::COMPANY != 0 && toks[k + 1].cls & wc::OF != 0)
        {
            b = k + 1;
        }
        let org_end = b > a && {
            let c = toks[b - 1].cls;
            c & wc::ORG != 0 && c & wc::PLACE == 0
        };
        // a title word or honorific right before the run makes it a person ("president Xiang Junbo")
        let mut titled = a > 0 && toks[a - 1].cls & (wc::TITLE | wc::HONOR | wc::HONOR2) != 0;
        // strip leading "The", titles (+ "of the"), possessives
        while a < b {
            let c = toks[a].cls;
            let w = &m[toks[a].s..toks[a].e];
            let adj = org_end
                && c & wc::ADJ != 0
                && a + 2 < b
                && toks[a + 1].cls & wc::TITLE == 0
                && toks[a + 1].cap;
            if c & wc::THE != 0
                || (c & wc::TITLE != 0 && !adj)
                || (w.ends_with("'s") && a + 1 < b && !lw(m, low, &toks[a]).starts_with("people"))
            {
                titled |= c & wc::THE == 0 && !w.ends_with("'s");
                a += 1;
                while a < b && toks[a].cls & (wc::OF | wc::THE | wc::FOR) != 0 {
                    a += 1;
                }
            } else {
                break;
            }
        }
        // "Saudi Arabia's ACWA Power": a possessive place name before the organisation
        if let Some(k) = (a + 1..(a + 3).min(b.saturating_sub(1))).find(|&k| {
            let w = &m[toks[k].s..toks[k].e];
            (w.ends_with("'s") || w.ends_with("’s")) && !lw(m, low, &toks[k]).starts_with("people")
        }) {
            a = k + 1;
        }
        // "Abhishek Lodha of Lodha Developers Ltd": a person's name before "of" an organisation
        let mut via_person = false;
        let spelled = acronym_spells(m, &toks[a..b], &toks[b..]);
        if let Some(k) =
            (a + 2..(a + 4).min(b.saturating_sub(1))).find(|&k| toks[k].cls & wc::OF != 0)
        {
            if !spelled
                && toks[a..k]
                    .iter()
                    .all(|t| crate::people::name_token(&m[t.s..t.e]))
                && toks[k + 1].cap
            {
                a = k + 1;
                via_person = true;
            }
        }
        // strip trailing connectors
        while b > a && toks[b - 1].cls & wc::CONN != 0 {
            b -= 1;
        }
        if a >= b {
            continue;
        }
        // lower-case extension
        let mut end_tok = b;
        let mut k = b;
        // "West Sulawesi (Sulbar) provincial government": a short form in brackets between
        if b + 3 < toks.len()
            && &m[toks[b].s..toks[b].e] == "("
            && &m[toks[b + 2].s..toks[b + 2].e] == ")"
            && toks[b + 1].cap
            && toks[b + 3].cls & wc::LOWER_EXT != 0
            && !toks[b + 3].cap
        {
            k = b + 3;
        }
        let k0 = k;
        while k < toks.len() && k < k0 + 3 {
            let c = toks[k].cls;
            if c & wc::LOWER_EXT == 0 || toks[k].cap {
                break;
            }
            if c & wc::LOWER_EXT_END != 0 {
                end_tok = k + 1;
            }
            k += 1;
        }
        let mut s = toks[a].s;
        // "government of X (province)"
        if a >= 2 && toks[a - 1].cls & wc::OF != 0 && toks[a - 2].cls & wc::GOVERNMENT != 0 {
            s = toks[a - 2].s;
            if end_tok < toks.len() && toks[end_tok].cls & wc::PROV_CITY != 0 {
                end_tok += 1;
            }
            let e = toks[end_tok - 1].e;
            push(out, m, s, e, true);
            continue;
        }
        // "Government of East Kalimantan province": a lower-case place word after "X of Place"
        if end_tok == b
            && end_tok < toks.len()
            && !toks[end_tok].cap
            && toks[end_tok].cls & wc::PLACE_WORD != 0
            && org_word_of(&toks[a..end_tok])
        {
            end_tok += 1;
        }
        // "the Chinese company", "A group", "Singaporean investors": a nationality or a
        // determiner with a generic noun describes an organisation, it does not name it
        if b == a + 1 && descriptor(&lw(m, low, &toks[a])) {
            let gov = end_tok > b && toks[end_tok - 1].cls & wc::GOVERNMENT != 0;
            if !gov {
                continue;
            }
        }
        // "Source: Qinghai News Network", "Hunan Daily": a news outlet reports, it is no party;
        // "the Digital Government Construction Summit": an event is no party either
        if media_name(&toks[a..end_tok]) {
            continue;
        }
        let last_cls = toks[end_tok - 1].cls;
        let n = end_tok - a;
        let mut e = toks[end_tok - 1].e;
        // "PT Bukit Asam (Persero) Tbk", "PJSC Gazprom": a legal form before the name
        let prefix_form = n >= 2
            && matches!(
                &m[toks[a].s..toks[a].e],
                "PT" | "CV" | "PJSC" | "JSC" | "OJSC" | "PAO" | "OAO" | "ZAO" | "AO"
            );
        // "(ACRONYM)" right after
        let mut has_paren = false;
        if end_tok + 2 < toks.len()
            && &m[toks[end_tok].s..toks[end_tok].e] == "("
            && is_acronym(&m[toks[end_tok + 1].s..toks[end_tok + 1].e])
            && &m[toks[end_tok + 2].s..toks[end_tok + 2].e] == ")"
        {
            e = toks[end_tok + 2].e;
            has_paren = true;
        }
        // "National Aluminium Company Ltd (Nalco)": a one-word alias in brackets
        if !has_paren
            && end_tok + 2 < toks.len()
            && (last_cls & wc::ORG != 0 || prefix_form)
            && &m[toks[end_tok].s..toks[end_tok].e] == "("
            && crate::people::name_token(&m[toks[end_tok + 1].s..toks[end_tok + 1].e])
            && &m[toks[end_tok + 2].s..toks[end_tok + 2].e] == ")"
        {
            e = toks[end_tok + 2].e;
            has_paren = true;
        }
        // trailing "Co." dot, and "Co., Ltd."
        if end_tok < toks.len()
            && &m[toks[end_tok].s..toks[end_tok].e] == "."
            && !has_paren
            && let last = lw(m, low, &toks[end_tok - 1])
            && ["co", "ltd", "inc", "corp"].contains(&last.as_ref())
        {
            e = toks[end_tok].e;
            if last == "co"
                && end_tok + 2 < toks.len()
                && &m[toks[end_tok + 1].s..toks[end_tok + 1].e] == ","
                && lw(m, low, &toks[end_tok + 2]) == "ltd"
            {
                e = toks[end_tok + 2].e;
                if toks
                    .get(end_tok + 3)
                    .is_some_and(|t| &m[t.s..t.e] == "." && t.s == e)
                {
                    e += 1;
                }
            }
        }
        if prefix_form
            && has_paren
            && toks
                .get(end_tok + 3)
                .is_some_and(|t| matches!(&m[t.s..t.e], "Tbk" | "TBK"))
        {
            e = toks[end_tok + 3].e;
        }
        let strong = prefix_form
            || (n >= 2 || end_tok > b) && last_cls & wc::ORG != 0 && last_cls & wc::PLACE == 0;
        let first = &m[toks[a].s..toks[a].e];
        let before = out.len();
        // "Singapore (VNA) -": a dateline, not an organisation
        if has_paren && n == 1 && crate::lexicon::CITIES.contains_key(first) {
            continue;
        }
        if strong || has_paren || org_word_of(&toks[a..end_tok]) {
            push(out, m, s, e, true);
        } else if !titled
            && (n > 1 || first.chars().nth(1).is_some())
            && !person_like(m, &toks[a..end_tok], toks.get(end_tok..end_tok + 3))
            && ((n == 1 && is_acronym(first))
                || (n >= 2 && first == "China")
                || !NOT_NAME.contains(first) && !crate::lexicon::CITIES.contains_key(first))
        {
            push(out, m, s, e, false);
        }
        if via_person && out.len() > before {
            if let Some(o) = out.last_mut() {
                o.of_person = true;
            }
        }
    }
}

/// A news outlet's or an event's name: it ends in "News", "Daily", "Times", "Summit", "Expo" …
/// or "News Network/Agency".
fn media_name(run: &[Tok]) -> bool {
    let Some((last, rest)) = run.split_last() else {
        return false;
    };
    last.cls & wc::MEDIA != 0
        || (last.cls & wc::MEDIA_AFTER_NEWS != 0
            && rest.last().is_some_and(|p| p.cls & wc::NEWS != 0))
}

/// A word that describes rather than names an organisation: a nationality ("Chinese",
/// "Singaporean", "Turkish-based") or a determiner ("A", "Another").
fn descriptor(l: &str) -> bool {
    const DETERMINERS: &[&str] = &["a", "an", "another", "each", "both", "this", "these"];
    const NATIONALITIES: &[&str] = &[
        "american",
        "african",
        "thai",
        "swiss",
        "dutch",
        "french",
        "greek",
        "iraqi",
        "pakistani",
        "saudi",
        "emirati",
        "israeli",
        "omani",
        "kuwaiti",
        "qatari",
        "bangladeshi",
        "nepali",
        "czech",
        "uzbek",
        "kazakh",
        "filipino",
    ];
    let base = [
        "-owned",
        "-based",
        "-listed",
        "-funded",
        "-backed",
        "-headquartered",
    ]
    .iter()
    .find_map(|x| l.strip_suffix(x));
    if base.is_some_and(|b| !b.contains('-')) {
        return true;
    }
    DETERMINERS.contains(&l)
        || NATIONALITIES.contains(&l)
        || (l.len() > 5
            && l.bytes().all(|c| c.is_ascii_lowercase())
            && ["ese", "ean", "ian", "ish"].iter().any(|x| l.ends_with(x)))
}

/// Words that continue a name after "and" inside an "X of A and B" name
/// ("Chamber of Commerce and Industry", "Authority for Industrial Cities and Technology Zones").
const AND_NAME_WORDS: &[&str] = &[
    "industry",
    "industries",
    "technology",
    "commerce",
    "trade",
    "reform",
    "investment",
    "information",
    "finance",
    "planning",
    "tourism",
    "culture",
    "innovation",
    "development",
    "environment",
    "agriculture",
    "tourism",
    "transport",
    "transportation",
    "construction",
    "science",
    "education",
    "health",
    "energy",
    "resources",
    "communications",
    "logistics",
    "economic",
    "technological",
    "industrial",
    "cultural",
    "commercial",
    "scientific",
    "social",
];

/// "and" joins two parts of one name when the run so far has "of"/"for" and the next word is a
/// typical department word.
fn and_joins(m: &str, run: &[Tok], next: Option<&Tok>) -> bool {
    let dept = |t: &Tok| t.cls & wc::AND_NAME != 0 && t.cap;
    let listed = run.iter().any(|t| &m[t.s..t.e] == ",");
    next.is_some_and(|t| dept(t) || (listed && t.cap))
        && (run.iter().any(|t| t.cls & (wc::OF | wc::FOR) != 0)
            // "Cultural Tourism and Transportation Construction Group"
            || run.last().is_some_and(dept))
}

/// A comma continues an "X of A, B and C" name when the run so far has "of"/"for" after an
/// organisation word and a sector word follows, then "and" and a capitalised word within
/// three words.
fn comma_joins(m: &str, run: &[Tok], next: &[Tok]) -> bool {
    let dept = |t: &Tok| t.cls & wc::AND_NAME != 0 && t.cap;
    next.first().is_some_and(dept)
        && run
            .windows(2)
            .any(|w| w[0].cls & wc::ORG != 0 && w[1].cls & (wc::OF | wc::FOR) != 0)
        && next.iter().skip(1).take(3).enumerate().any(|(k, t)| {
            &m[t.s..t.e] == "and"
                && next.get(k + 2).is_some_and(|u| u.cap)
                && next[1..=k].iter().all(|u| u.cap)
        })
}

/// "Government of India", "Bank of China", "Ministry of Finance": an organisation word
/// followed by "of" and a capitalised word (places such as "State of X" excluded).
fn org_word_of(run: &[Tok]) -> bool {
    let org = |t: &Tok| t.cls & wc::ORG != 0 && t.cls & wc::PLACE == 0;
    run.windows(3)
        .any(|w| org(&w[0]) && w[1].cls & wc::OF != 0 && w[2].cap)
        || run.windows(4).any(|w| {
            // "Government of the Republic of Serbia"
            org(&w[0]) && w[1].cls & wc::OF != 0 && w[2].cls & wc::THE != 0 && w[3].cap
        })
}

/// A capitalised run that reads as a person: a pinyin name ("Huang Huahua") or a name followed
/// by a title appositive ("Rajat Kumar Mishra, Additional Secretary").
fn person_like(m: &str, run: &[Tok], after: Option<&[Tok]>) -> bool {
    let w = |t: &Tok| &m[t.s..t.e];
    if run.len() == 2
        && crate::lexicon::SURNAMES_PINYIN.contains(w(&run[0]))
        && crate::people::pinyin_given(w(&run[1]))
    {
        return true;
    }
    (2..=4).contains(&run.len())
        && run.iter().all(|t| crate::people::name_token(w(t)))
        && after.is_some_and(|a| w(&a[0]) == "," && a[1..].iter().any(|t| t.cls & wc::TITLE != 0))
}

fn push(out: &mut Vec<OrgMention>, m: &str, s: usize, e: usize, strong: bool) {
    let name = clean_name(&m[s..e]);
    if name.is_empty() {
        return;
    }
    out.push(OrgMention {
        s,
        e,
        name,
        strong,
        of_person: false,
    });
}

pub(crate) fn clean_name(s: &str) -> String {
    let s = s.trim_matches(|c: char| c.is_whitespace() || "\"'“”‘’,.;:".contains(c));
    // already clean: ASCII with single spaces only
    if s.is_ascii()
        && !s
            .as_bytes()
            .windows(2)
            .any(|w| w[0] == b' ' && w[1] == b' ')
        && !s.bytes().any(|b| (9..=13).contains(&b))
    {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut sp = false;
    for c in s.chars() {
        if c.is_whitespace() {
            sp = true;
        } else {
            if sp && !out.is_empty() {
                out.push(' ');
            }
            sp = false;
            out.push(c);
        }
    }
    out
}

/// Does `before` end in a day's number (`26`, `二十六`) or 今/昨/当, so that a 日 after it is a date?
fn day_number_before(before: &str) -> bool {
    before.chars().next_back().is_some_and(|c| {
        c.is_ascii_digit()
            || c.is_numeric()
            || "〇零一二三四五六七八九十两廿卅今昨当同次翌".contains(c)
    })
}

static ZH_ORG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:省|市|自治区|县|区|州)?人民政府|政府|集团(?:股份)?有限公司|股份有限公司|有限责任公司|有限公司|集团公司|集团|公司|银行|大学|研究院|研究所|委员会|管委会|协会|基金会?|中心|医院")
        .expect("ZH_ORG")
});
/// Characters that cannot be inside a Chinese organisation name (clause and role boundaries).
const ZH_STOP: &str = "与和同及跟由在向对将为并暨等的了是，。、；：！？“”《》（）()「」 \n\t";
const ZH_CUT: &[&str] = &[
    "签署",
    "签订",
    "签约",
    "代表",
    "双方",
    "会见",
    "出席",
    "见证",
    "举行",
    "负责人",
    "董事长",
    "总经理",
    "省长",
    "市长",
    "书记",
    "主任",
    "副",
    "日",
    "月",
    "年",
    "今天",
    "昨天",
    "近日",
    "日前",
    "上午",
    "下午",
    "晚上",
    "共同",
    "分别",
    "携手",
    "正式",
    "成功",
    "来自",
    "包括",
    "其中",
    "此次",
    "这次",
    "已经",
    "今年",
    "去年",
    "根据",
    "按照",
    "协议",
    "投资",
    "给予",
    "希望",
    "欢迎",
    "感谢",
    "祝贺",
    // verbs and prepositions that lead a clause up to a name ("旨在发挥昆明市政府…的优势",
    // "区长带队赴省新产业投资集团", "此次签约标志着镇江市政府与…")
    "发挥",
    "标志着",
    "围绕",
    "支持",
    "带队",
    "率队",
    "赴",
    "把",
    "打造成",
    "前往",
    "走进",
    "走访",
    "拜访",
    "考察",
    "旨在",
    "助力",
    "依托",
    "推动",
    "引进",
    "落户",
    "对接",
    "成为",
    "作为",
];

const _: () = assert!(ZH_CUT.len() <= 128, "the cut words' bitmask is a u128");

/// [`ZH_CUT`] as one automaton, each word reporting its index.
static ZH_CUTS: LazyLock<crate::text::Keywords> = LazyLock::new(|| {
    let words: Vec<(&str, u32)> = ZH_CUT.iter().zip(0u32..).map(|(&w, k)| (w, k)).collect();
    crate::text::Keywords::new(&words)
});

/// A branch after a bank or company: "国家开发银行" + "青海省分行" -> the branch is part of the
/// name.
fn zh_branch_end(m: &str, e: usize, branches: &[&str]) -> usize {
    let mut end = e;
    for (count, (i, c)) in m[e..].char_indices().enumerate() {
        if count >= 8 || ZH_STOP.contains(c) || !is_cjk(c) {
            break;
        }
        let rest = &m[e + i..];
        if let Some(b) = branches.iter().find(|b| rest.starts_with(**b)) {
            end = e + i + b.len();
            break;
        }
    }
    end
}

/// `hay.rfind(needle)` for short strings, without building a searcher.
fn rfind_bytes(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if n.is_empty() {
        return Some(h.len());
    }
    // memmem, not a window-by-window compare: this runs for every cut word on every Chinese name
    memchr::memmem::rfind(h, n)
}

/// Cuts that are also name words ("省新产业投资集团"): kept inside a name when cutting would leave
/// fewer than two characters before the suffix.
const ZH_KEEP_SHORT: &[&str] = &["投资", "共同", "正式", "希望"];

/// Kinds of government departments: "金融" + "局", "发展改革" + "委".
const ZH_DEPT_WORDS: &[&str] = &[
    "金融",
    "地方金融监督管理",
    "地方金融监管",
    "财政",
    "商务",
    "税务",
    "统计",
    "工信",
    "工业和信息化",
    "经信",
    "经济和信息化",
    "科技",
    "科学技术",
    "发改",
    "发展改革",
    "发展和改革",
    "自然资源",
    "自然资源和规划",
    "住建",
    "住房和城乡建设",
    "住房城乡建设",
    "交通",
    "交通运输",
    "文旅",
    "文化和旅游",
    "文化广电和旅游",
    "农业农村",
    "农业",
    "生态环境",
    "水务",
    "水利",
    "教育",
    "卫健",
    "卫生健康",
    "人社",
    "人力资源和社会保障",
    "市场监管",
    "市场监督管理",
    "应急管理",
    "林业",
    "林草",
    "能源",
    "大数据",
    "数据",
    "投资促进",
    "投促",
    "招商",
    "国资",
    "外事",
    "规划",
    "城管",
    "民政",
    "审计",
    "体育",
    "医保",
    "粮食",
    "港航",
    "口岸",
    "海洋",
    "渔业",
    "畜牧",
    "旅游",
    "文化",
    "工商",
];

/// Government departments after a place: "天津市金融局", "江城市发展改革委", "X省商务厅",
/// as (start of the department word, end) — the place before it is found like any name start.
fn zh_depts(m: &str, from: usize, to: usize, out: &mut Vec<(usize, usize)>) {
    static F: LazyLock<[memchr::memmem::Finder<'static>; 4]> = LazyLock::new(|| {
        ["局", "厅", "委", "办公室"].map(|w| memchr::memmem::Finder::new(w.as_bytes()).into_owned())
    });
    for f in F.iter() {
        for p in f.find_iter(&m.as_bytes()[from..to]).map(|p| p + from) {
            let e = p + f.needle().len();
            if m[e..].starts_with("员会") {
                continue; // 委员会: a regular suffix
            }
            let mut body = &m[..p];
            for x in ["管理", "服务"] {
                if let Some(b) = body.strip_suffix(x) {
                    body = b;
                    break;
                }
            }
            let Some(w) = ZH_DEPT_WORDS
                .iter()
                .filter(|w| body.ends_with(**w))
                .max_by_key(|w| w.len())
            else {
                continue;
            };
            let ws = body.len() - w.len();
            if m[..ws].ends_with(['省', '市', '县', '区', '州', '旗', '盟']) {
                out.push((ws, e));
            }
        }
    }
}

/// Words that describe a company's trade rather than name it ("技术" in "华为技术有限公司").
const ZH_GENERIC: &[&str] = &[
    "技术",
    "科技",
    "发展",
    "投资",
    "建设",
    "实业",
    "控股",
    "能源",
    "电力",
    "通信",
    "信息",
    "产业",
    "网络",
    "数字",
    "智能",
    "工程",
    "贸易",
    "物流",
    "开发",
    "置业",
    "资源",
    "环保",
    "电子",
    "软件",
    "股份",
    "国际",
    "集团",
    "新能源",
    "数据",
    "智慧",
    "文化",
    "旅游",
    "农业",
    "医药",
    "汽车",
];

/// The part of `m[..ms]` at most 20 characters back, not before `lo`, that can begin an
/// organisation name ending at `ms`: it stops at clause and role characters, but skips a short
/// bracket ("阿里巴巴（中国）有限公司") and keeps `为/和/同` when only trade words follow them
/// ("华为技术有限公司").
fn zh_name_start(m: &str, lo: usize, ms: usize) -> usize {
    let mut s = ms;
    let mut count = 0;
    let mut i = ms;
    while i > lo && count < 20 {
        let Some(c) = m[lo..i].chars().next_back() else {
            break;
        };
        let ci = i - c.len_utf8();
        if c == '）' || c == ')' {
            let open = m[lo..ci].rfind(['（', '(']).map(|o| o + lo);
            let ok = open.is_some_and(|o| {
                let ol = if m[o..].starts_with('(') { 1 } else { 3 };
                let inner = &m[o + ol..ci];
                (1..=4).contains(&inner.chars().count())
                    && inner.chars().all(is_cjk)
                    && m[lo..o]
                        .chars()
                        .next_back()
                        .is_some_and(|p| is_cjk(p) && !ZH_STOP.contains(p))
            });
            match open {
                Some(o) if ok => {
                    count += m[o..i].chars().count();
                    s = o;
                    i = o;
                    continue;
                }
                _ => break,
            }
        }
        if ZH_STOP.contains(c) || !(is_cjk(c) || c.is_ascii_alphanumeric()) {
            let generic = |mut rest: &str| {
                while let Some(w) = ZH_GENERIC.iter().find(|w| rest.starts_with(**w)) {
                    rest = &rest[w.len()..];
                }
                rest.is_empty()
            };
            // "、中科同创供应链管理有限公司": after a list comma, a short word before 同 is
            // the start of the same name
            let listed = c == '同' && {
                let head: Vec<char> = m[lo..ci]
                    .chars()
                    .rev()
                    .take_while(|&p| is_cjk(p) && !ZH_STOP.contains(p))
                    .collect();
                (1..=3).contains(&head.len())
                    && m[lo..ci - head.iter().map(|c| c.len_utf8()).sum::<usize>()].ends_with('、')
            };
            if listed {
                s = ci;
                i = ci;
                count += 1;
                continue;
            }
            if matches!(c, '为' | '和' | '同')
                && generic(&m[s..ms])
                && m[lo..ci]
                    .chars()
                    .next_back()
                    .is_some_and(|p| is_cjk(p) && !ZH_STOP.contains(p))
            {
                s = ci;
                i = ci;
                count += 1;
                continue;
            }
            break;
        }
        s = ci;
        i = ci;
        count += 1;
    }
    s
}

fn chinese_orgs(doc: &Doc, out: &mut Vec<OrgMention>) {
    let m = doc.masked.as_str();
    let mut prev_end = 0usize;
    let mut matches: Vec<(usize, usize)> =
        ZH_ORG.find_iter(m).map(|x| (x.start(), x.end())).collect();
    // departments are looked for in signing sentences only
    let mut depts = Vec::new();
    for i in doc.signing() {
        if doc.fact(i).cjk {
            zh_depts(m, doc.sents[i].start, doc.sents[i].end, &mut depts);
        }
    }
    if !depts.is_empty() {
        matches.extend(depts);
        matches.sort_unstable_by_key(|&(s, e)| (s, std::cmp::Reverse(e)));
    }
    for (ms, me) in matches {
        if ms < prev_end {
            continue;
        }
        let mt = &m[ms..me];
        let mut e = me;
        if mt.ends_with("银行") {
            e = zh_branch_end(m, e, &["分行", "支行"]);
        } else if mt.ends_with("公司") {
            e = zh_branch_end(m, e, &["分公司", "子公司"]);
        }
        // a name starts after the organisation before it ("海东市人民政府国家开发银行")
        let lo = prev_end.min(ms);
        let s = zh_name_start(m, lo, ms);
        let after_org = prev_end > 0 && s == prev_end;
        prev_end = e;
        let mut cand = &m[s..e];
        let mt_len = e - ms;
        // a cut word missing from the whole candidate is missing from every cut-down one
        let mut present = 0u128;
        ZH_CUTS.each(cand.as_bytes(), |_, _, k| {
            present |= 1 << k;
            true
        });
        for (k, cut) in ZH_CUT.iter().enumerate() {
            if present & (1 << k) == 0 {
                continue;
            }
            // 日 cuts a date ("5月26日中国电信"), not a place named with it (日照, 日喀则)
            let at = if *cut == "日" {
                cand.rmatch_indices('日')
                    .map(|(p, _)| p)
                    .find(|&p| day_number_before(&cand[..p]))
            } else {
                rfind_bytes(cand, cut)
            };
            if let Some(p) = at {
                let after = p + cut.len();
                // a cut that leaves fewer than two characters before the suffix is no boundary
                if after + 6 <= cand.len() - mt_len
                    || (after < cand.len() - mt_len + 1 && !ZH_KEEP_SHORT.contains(cut))
                {
                    cand = &cand[after..];
                }
            }
        }
        // "江城设计研究院" + "有限公司": a legal form right after an organisation belongs to it
        if after_org && cand.len() == me - ms && e == me && mt.contains("公司") {
            if let Some(prev) = out.last_mut().filter(|p| p.e == s) {
                prev.name.push_str(cand);
                prev.e = e;
                continue;
            }
        }
        let name_len = cand.chars().count();
        let suffix_len = mt.chars().count();
        if name_len >= suffix_len + 2 || (name_len >= 3 && mt.contains("政府")) {
            let s2 = e - cand.len();
            // "省政府与中国电信签署": a bare provincial government is a party only when a
            // fuller name for it is given elsewhere (see `parties`)
            let bare = matches!(cand, "省政府" | "市政府" | "县政府");
            // "国家电投集团江城电力有限公司": a company of a group, named after it
            if after_org && s2 == s && mt.contains("公司") {
                if let Some(prev) = out
                    .last_mut()
                    .filter(|p| p.e == s2 && p.name.ends_with("集团"))
                {
                    prev.name.push_str(cand);
                    prev.e = e;
                    continue;
                }
            }
            out.push(OrgMention {
                s: s2,
                e,
                name: cand.to_string(),
                strong: !bare,
                of_person: false,
            });
        }
    }
}

pub(crate) fn find(doc: &Doc) -> Orgs {
    let m = doc.masked.as_str();
    let mut mentions = Vec::new();
    let mut sign_toks = Vec::new();
    if doc.has_latin {
        // a capitalised run needs an ASCII letter or a non-ASCII char (Inđija, Élysée)
        for (i, s) in doc.sents.iter().enumerate() {
            if doc.fact(i).latin || (!doc.fact(i).cjk && !m[s.start..s.end].is_ascii()) {
                let toks = tokens(m, s.start, s.end);
                english_orgs(m, &doc.lower, &toks, &mut mentions);
                if doc.may(i, crate::text::cue::SIGN | crate::text::cue::SIGN_VERB) {
                    sign_toks.push((i, toks));
                }
            }
        }
    }
    if doc.has_cjk {
        chinese_orgs(doc, &mut mentions);
    }
    mentions.sort_by_key(|x| (x.s, std::cmp::Reverse(x.e)));
    mentions.dedup_by(|b, a| b.s >= a.s && b.e <= a.e);
    Orgs {
        mentions,
        sign_toks,
    }
}

impl Orgs {
    /// The tokens of sentence `i` ([`tokens`]), computed here when [`find`] did not keep them.
    pub(crate) fn sent_tokens<'a>(&'a self, doc: &Doc, i: usize) -> std::borrow::Cow<'a, [Tok]> {
        match self.sign_toks.binary_search_by_key(&i, |x| x.0) {
            Ok(k) => std::borrow::Cow::Borrowed(&self.sign_toks[k].1),
            Err(_) => {
                let s = &doc.sents[i];
                std::borrow::Cow::Owned(tokens(&doc.masked, s.start, s.end))
            }
        }
    }
}

/// Lower-case word tokens for comparing names (`the` dropped; CJK chars are tokens).
pub(crate) fn norm_tokens(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in s.chars() {
        if is_cjk(c) {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            out.push(c.to_string());
        } else if c.is_alphanumeric() {
            cur.extend(c.to_lowercase());
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out.retain(|w| !matches!(w.as_str(), "the" | "a" | "an" | "s"));
    out
}

/// Word tokens of a name as slices (CJK chars are tokens; `the`, `a`, `an`, `s` dropped),
/// compared case-insensitively by [`same_org`] — `norm_tokens` without allocating strings.
fn name_tokens(s: &str) -> Vec<&str> {
    // room for every token at once: a CJK char is one (3 bytes), a word at least one byte
    // and a separator
    let mut out = Vec::with_capacity(s.len() / 2 + 1);
    let mut start: Option<usize> = None;
    let keep = |w: &str| {
        !(w.eq_ignore_ascii_case("the")
            || w.eq_ignore_ascii_case("a")
            || w.eq_ignore_ascii_case("an")
            || w.eq_ignore_ascii_case("s"))
    };
    if s.is_ascii() {
        out.extend(
            s.split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|w| !w.is_empty() && keep(w)),
        );
        return out;
    }
    for (i, c) in s.char_indices() {
        if is_cjk(c) {
            if let Some(a) = start.take() {
                if keep(&s[a..i]) {
                    out.push(&s[a..i]);
                }
            }
            out.push(&s[i..i + c.len_utf8()]);
        } else if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(a) = start.take() {
            if keep(&s[a..i]) {
                out.push(&s[a..i]);
            }
        }
    }
    if let Some(a) = start {
        if keep(&s[a..]) {
            out.push(&s[a..]);
        }
    }
    out
}

fn tok_eq(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && (a.eq_ignore_ascii_case(b)
            // a CJK token is one caseless ideograph: equal only when the bytes are
            || (!a.is_ascii()
                && !a.chars().next().is_some_and(is_cjk)
                && a.chars()
                    .flat_map(char::to_lowercase)
                    .eq(b.chars().flat_map(char::to_lowercase))))
}

/// One name's tokens are all in the other's, or one is the acronym of the other.
pub(crate) fn same_org(a: &str, b: &str) -> bool {
    if a == b {
        return !a.trim().is_empty();
    }
    let ta = name_tokens(a);
    let tb = name_tokens(b);
    if ta.is_empty() || tb.is_empty() {
        return false;
    }
    let sub = |x: &[&str], y: &[&str]| x.iter().all(|w| y.iter().any(|v| tok_eq(w, v)));
    if sub(&ta, &tb) || sub(&tb, &ta) {
        return true;
    }
    let acronym_of = |ac: &str, t: &[&str]| -> bool {
        let mut chars = ac.chars();
        for w in t.iter().filter(|w| {
            !(w.eq_ignore_ascii_case("of")
                || w.eq_ignore_ascii_case("and")
                || w.eq_ignore_ascii_case("for"))
        }) {
            let Some(f) = w.chars().next() else { continue };
            match chars.next() {
                Some(c) if c.to_lowercase().eq(f.to_lowercase()) => {}
                _ => return false,
            }
        }
        chars.next().is_none()
    };
    (ta.len() == 1 && tb.len() >= 2 && acronym_of(ta[0], &tb))
        || (tb.len() == 1 && ta.len() >= 2 && acronym_of(tb[0], &ta))
}

static SIGN_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:signed|signs|inked|inks|sealed|seals|entered into|sign (?:a|an|the|two|three)|signing (?:a|an|the|two|of)|concluded|put (?:his|her|their) signatures?)(?-u:\b)|签署|签订|签约|签下|签字")
        .expect("SIGN_VERB")
});
static WITNESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:watched|witnessed|attended|looked on|presided|met with|in the presence of)(?-u:\b)")
        .expect("WITNESS")
});
const CLAUSE_STOP: &[&str] = &[
    "for", "at", "in", "on", "to", ",", ".", ";", "(", "which", "that", "under", "during", "worth",
    "valued", "after", "as", "who", "while", "last", "this", "earlier",
];
const COUNTRY_STOP: &[&str] = &[
    "US", "U.S", "USA", "UK", "EU", "China", "Chinese", "American", "Japan", "India", "Indian",
];

const ZH_WITNESS: &[&str] = &["见证", "出席", "会见", "陪同", "参加", "主持"];

/// The Chinese clause (between ，/。) around `pos` mentions witnessing or attending.
fn zh_witness_clause(m: &str, sent: &Sent, pos: usize) -> bool {
    let piece = &m[sent.start..sent.end];
    let rel = pos - sent.start;
    let cs = piece[..rel].rfind(['，', '；']).map_or(0, |i| i + 3);
    let ce = piece[rel..]
        .find(['，', '；', '。'])
        .map_or(piece.len(), |i| rel + i);
    let clause = &piece[cs.min(rel)..ce];
    crate::text::contains_any!(clause, ZH_WITNESS) && !clause.contains("签")
}

/// Rarer signing verbs: "initialled", "documents were exchanged", "exchanged the MoU" (kept
/// apart from the main verb regexes, run only where "initial"/"exchanged" occurs).
pub(crate) static SIGN_RARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:initia(?:ll?ed|ls)|(?:was|were|been) exchanged|exchanged (?:the |their |signed )?(?:mous?|memorand[a-z]*|agreements?|documents?|contracts?|deals?|pacts?))(?-u:\b)")
        .expect("SIGN_RARE")
});

/// May [`SIGN_RARE`] match in `s`?
pub(crate) fn may_sign_rare(s: &str) -> bool {
    static F: LazyLock<[memchr::memmem::Finder<'static>; 2]> = LazyLock::new(|| {
        [
            memchr::memmem::Finder::new(b"nitial"),
            memchr::memmem::Finder::new(b"xchanged"),
        ]
    });
    let b = s.as_bytes();
    F.iter().any(|f| f.find(b).is_some())
}

pub(crate) fn sign_verb(s: &str) -> Option<(usize, usize)> {
    let main = SIGN_VERB.find(s).map(|x| (x.start(), x.end()));
    if !may_sign_rare(s) {
        return main;
    }
    let rare = SIGN_RARE.find(s).map(|x| (x.start(), x.end()));
    match (main, rare) {
        (Some(a), Some(b)) => Some(if b.0 < a.0 { b } else { a }),
        (a, b) => a.or(b),
    }
}

/// [`sign_verb`] of sentence `i`, skipped when it has no signing cue.
pub(crate) fn sign_verb_in(doc: &Doc, i: usize) -> Option<(usize, usize)> {
    if !doc.may(i, crate::text::cue::SIGN_VERB) {
        return None;
    }
    let (Some(s), Some(cell)) = (doc.sents.get(i), doc.sign_verb.get(i)) else {
        return None;
    };
    *cell.get_or_init(|| sign_verb(doc.sent_str(s)))
}

/// Parties named in one signing sentence.
fn parties_in_sentence(
    doc: &Doc,
    orgs: &Orgs,
    sent: &Sent,
    (vs, ve): (usize, usize),
) -> Vec<(String, (usize, usize))> {
    let m = doc.masked.as_str();
    let st = doc.sent_str(sent);
    let mut out: Vec<(String, (usize, usize))> = Vec::new();
    let verb_at = sent.start + vs;
    // Region before a witness verb that precedes the signing verb belongs to witnesses.
    let wit_end = WITNESS
        .find(&st[..vs])
        .map(|w| sent.start + w.end())
        .unwrap_or(sent.start);
    // exclude orgs in parentheses / after "at", "in", "under", "from", "by" (hosts, venues)
    let excluded = |o: &OrgMention| -> bool {
        let s = o.s;
        // "区政府三楼中心接待室": a room of a building is the venue
        if [
            "接待室",
            "会议室",
            "大厅",
            "报告厅",
            "礼堂",
            "多功能厅",
            "贵宾室",
            "会客厅",
        ]
        .iter()
        .any(|w| m[o.e..].starts_with(w))
        {
            return true;
        }
        // "在弋阳县会议中心3号会议室举行", "签约仪式在县行政中心举行": a place after 在 is the venue
        if m[sent.start..s].ends_with(['在', '于']) {
            return true;
        }
        let before = m[sent.start..s].trim_end();
        let before = before.strip_suffix("the").unwrap_or(before).trim_end();
        // the same words lower-cased (ASCII: the keywords below are ASCII without 'k')
        let mut words =
            doc.lower[sent.start..sent.start + before.len()].rsplit(|c: char| c.is_whitespace());
        let lw = words.next().unwrap_or("");
        let prev = words.next().unwrap_or("");
        if (lw == "of"
            && (o.of_person
                || matches!(
                    prev,
                    "behalf" | "representatives" | "representative" | "representing"
                )))
            // "signed today in Zaragoza by X": the agent of a passive signing
            || (lw == "by" && s > verb_at && !m[verb_at..s].contains(','))
        {
            return s < wit_end;
        }
        // "a Green Data Centre Park": an indefinite organisation is no party
        matches!(
            lw,
            "at" | "in"
                | "under"
                | "from"
                | "by"
                | "organised"
                | "organized"
                | "during"
                | "of"
                | "a"
                | "an"
                // "after Huawei (…), the second enterprise signed …": an earlier signer
                | "after"
                | "besides"
                | "like"
        ) || (lw == "to" && prev == "according")
            // "at the presidential Dolmabahçe Working Office": a venue with an adjective
            || (prev == "the"
                && lw.bytes().all(|b| b.is_ascii_lowercase())
                && matches!(words.next().unwrap_or(""), "at" | "in" | "during" | "under"))
            || s < wit_end
            || before.ends_with('(')
            // "ARJ Holding LLC of Dubai, United Arab Emirates (UAE)": the country of an address
            || before.strip_suffix(',').is_some_and(|b| {
                let city = b.rsplit(' ').next().unwrap_or("");
                crate::lexicon::CITIES.contains_key(city)
                    && b[..b.len() - city.len()].trim_end().ends_with(" of")
            })
    };
    // may a clause of this sentence be about witnessing (see `zh_witness_clause`)?
    let zh_wit = !st.is_ascii() && crate::text::contains_any!(st, ZH_WITNESS);
    for o in orgs
        .mentions
        .iter()
        .filter(|o| o.s >= sent.start && o.e <= sent.end)
    {
        if excluded(o) || (zh_wit && zh_witness_clause(m, sent, o.s)) {
            continue;
        }
        if o.strong {
            out.push((o.name.clone(), (o.s, o.e)));
            continue;
        }
        if COUNTRY_STOP.contains(&o.name.as_str()) {
            continue;
        }
        // "Finance Secretary X": a sector word before a title qualifies it
        if AND_NAME_WORDS.contains(&doc.lower[o.s..o.e].as_ref())
            && TITLE_WORDS.contains(low_word_after(&doc.lower, o.e))
        {
            continue;
        }
        // "省政府与X签署", "X与省政府签署"
        if is_cjk_bare(&o.name) {
            let joined = m[o.e..].starts_with(['与', '和', '同'])
                || m[sent.start..o.s].ends_with(['与', '和', '同']);
            if joined && o.s < verb_at {
                out.push((o.name.clone(), (o.s, o.e)));
            }
            continue;
        }
        // weak run: right before the verb (subject) or in a with/between clause after it
        let before_verb = o.e <= verb_at && {
            let gap = doc.lower[o.e..verb_at].trim();
            gap.is_empty()
                || gap.starts_with("and ")
                || gap == "has"
                || gap == "have"
                || gap.starts_with("on ")
                || gap == "jointly"
                || gap == "has jointly"
        };
        let subj_and = o.e <= verb_at && {
            // "X and Y signed": X followed by "and"
            let gap = m[o.e..verb_at].trim_start();
            gap.starts_with("and ") && !gap[4..].contains(',')
        };
        let after_with = o.s >= sent.start + ve && {
            let toks = tokens(m, sent.start + ve, o.s);
            let mut ok = false;
            for t in toks.iter().rev() {
                let w = &doc.lower[t.s..t.e];
                if w == "with" || w == "between" || w == "by" {
                    ok = true;
                    break;
                }
                if CLAUSE_STOP.contains(&w) {
                    break;
                }
            }
            ok
        };
        // "The People's Government of Hebei Province and China Netcom this week at X signed": a
        // run joined by "and" to an organisation name, both before the verb
        let and_after_org = o.e <= verb_at
            && verb_at - o.e <= 60
            && !m[o.e..verb_at].contains([';', '.'])
            && m[sent.start..o.s]
                .trim_end()
                .strip_suffix(" and")
                .is_some_and(|pre| {
                    let pe = sent.start + pre.trim_end().len();
                    orgs.mentions.iter().any(|x| x.strong && x.e == pe)
                });
        if before_verb || subj_and || after_with || and_after_org {
            out.push((o.name.clone(), (o.s, o.e)));
        }
    }
    if m[verb_at..].starts_with('签') {
        zh_pair(m, orgs, sent, verb_at, &mut out);
    } else if GOV.find(doc.sent_lower(sent).as_bytes()).is_some() {
        en_bare_government(doc, orgs, sent, (verb_at, sent.start + ve), &mut out);
    }
    out
}

static GOV: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new(b" government"));

/// "The provincial government signed … with X", "X signed … with the city government": a
/// government named by its level is the party named in full elsewhere ("Hubei Provincial
/// People's Government").
fn en_bare_government(
    doc: &Doc,
    orgs: &Orgs,
    sent: &Sent,
    (vs, ve): (usize, usize),
    out: &mut Vec<(String, (usize, usize))>,
) {
    const LEVELS: &[(&str, &[&str])] = &[
        ("provincial", &["provincial", "province"]),
        ("municipal", &["municipal", "city"]),
        ("city", &["municipal", "city"]),
        ("county", &["county"]),
        ("district", &["district"]),
        ("state", &["state"]),
        ("regional", &["regional", "region"]),
    ];
    let low = &doc.lower[sent.start..sent.end];
    for p in GOV.find_iter(low.as_bytes()) {
        // "the provincial government", and without the article at the start of a sentence or
        // a clause (", provincial government and X signed")
        let Some((phrase, words)) = LEVELS.iter().find(|(l, _)| {
            low[..p].strip_suffix(l).is_some_and(|pre| {
                pre.is_empty()
                    || ["the ", ", ", "and ", "of "]
                        .iter()
                        .any(|x| pre.ends_with(x))
            })
        }) else {
            continue;
        };
        let (s, e) = (
            sent.start + p - phrase.len(),
            sent.start + p + " government".len(),
        );
        if orgs.mentions.iter().any(|o| o.s < e && o.e > s) {
            continue;
        }
        let subject = e <= vs && !doc.lower[e..vs].contains([',', ';']);
        let object = s >= ve && {
            let gap = &doc.lower[ve..s];
            let w = gap.rfind(" with ").or_else(|| gap.rfind(" between "));
            w.is_some_and(|w| !gap[w..].contains([',', ';']))
        };
        if !(subject || object) {
            continue;
        }
        let full = orgs.mentions.iter().find(|o| {
            let l = &doc.lower[o.s..o.e];
            o.strong && l.contains("government") && words.iter().any(|w| l.contains(w))
        });
        match full {
            Some(o) => {
                if !out.iter().any(|(f, _)| same_org(f, &o.name)) {
                    out.push((o.name.clone(), (s, e)));
                }
            }
            // no fuller name: the government as the text names it ("the State government"),
            // kept by `parties` only when no other government is a party
            None => {
                let name = clean_name(&doc.masked[s..e]);
                if !out.iter().any(|(f, _)| same_org(f, &name)) {
                    out.push((name, (s, e)));
                }
            }
        }
    }
}

/// The place word of a party named as a place: "Shaanxi", "Shaanxi Province", "Wuhan City".
fn place_party(name: &str) -> Option<&str> {
    let mut w = name.split(' ');
    let place = w.next()?;
    let ok = match (w.next(), w.next()) {
        (None, _) => true,
        (Some(l), None) => ["Province", "City", "County", "State", "Region"].contains(&l),
        _ => false,
    };
    (ok && is_cap(place) && place.chars().all(char::is_alphabetic) && !is_acronym(place))
        .then_some(place)
}

/// A government named only by its level ("provincial government", "State government",
/// "省政府").
fn is_bare_government(name: &str) -> bool {
    is_cjk_bare(name)
        || name
            .get(..name.len().saturating_sub(" government".len()))
            .is_some_and(|lvl| {
                name[lvl.len()..].eq_ignore_ascii_case(" government")
                    && [
                        "provincial",
                        "municipal",
                        "city",
                        "county",
                        "district",
                        "state",
                        "regional",
                    ]
                    .iter()
                    .any(|l| lvl.eq_ignore_ascii_case(l))
            })
}

/// "第三师图木舒克市与东莞步步高集团在…签约", "中国电信与江城市政府签署": the two sides joined by
/// 与 in the signing clause, when one is not an organisation mention — a place (its government)
/// or the short form of an organisation named in full elsewhere.
fn zh_pair(
    m: &str,
    orgs: &Orgs,
    sent: &Sent,
    verb_at: usize,
    out: &mut Vec<(String, (usize, usize))>,
) {
    let cs = m[sent.start..verb_at]
        .rfind(['，', ',', '。', '；'])
        .map_or(sent.start, |i| {
            sent.start + i + m[sent.start + i..].chars().next().map_or(1, char::len_utf8)
        });
    let clause = &m[cs..verb_at];
    let Some(p) = clause.find('与') else { return };
    let mut a_s = cs;
    // leading date and time words ("6月22日下午", "昨日上午")
    loop {
        let rest = &m[a_s..cs + p];
        let skip = rest
            .char_indices()
            .take_while(|&(_, c)| c.is_ascii_digit() || "年月日号".contains(c) || c == ' ')
            .last()
            .map(|(i, c)| i + c.len_utf8())
            .filter(|&n| rest[..n].chars().any(|c| c.is_ascii_digit()))
            .or_else(|| {
                [
                    "上午", "下午", "晚上", "昨日", "今日", "近日", "日前", "昨天", "今天", "当天",
                ]
                .iter()
                .find(|w| rest.starts_with(**w))
                .map(|w| w.len())
            });
        match skip {
            Some(n) if n > 0 => a_s += n,
            _ => break,
        }
    }
    let b_s = cs + p + '与'.len_utf8();
    let b_e = ["在", "于", "签", "共同", "正式", "举行", "就", "，", "("]
        .iter()
        .filter_map(|w| m[b_s..verb_at].find(w))
        .min()
        .map_or(verb_at, |i| b_s + i);
    for (s, e) in [(a_s, cs + p), (b_s, b_e)] {
        let name = &m[s..e];
        let n = name.chars().count();
        if !(2..=12).contains(&n)
            || !name.chars().all(is_cjk)
            || name.contains(|c| ZH_STOP.contains(c))
            || crate::text::contains_any!(name, &["代表", "双方", "签", "长", "记"])
            || orgs.mentions.iter().any(|o| o.s < e && o.e > s)
        {
            continue;
        }
        if name.ends_with(['市', '省', '县', '区', '州', '师', '旗', '盟'])
            && !name.starts_with(['我', '本', '该', '全', '此', '各', '两', '该'])
        {
            out.push((name.to_string(), (s, e)));
        } else if let Some(o) = orgs
            .mentions
            .iter()
            .find(|o| o.strong && o.name.len() > name.len() && o.name.starts_with(name))
        {
            out.push((o.name.clone(), (s, e)));
        }
    }
}

/// The lower-case word right after byte `e` (after spaces), or "".
fn low_word_after(low: &str, e: usize) -> &str {
    let rest = low[e..].trim_start_matches([' ', '\t']);
    let n = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .unwrap_or(rest.len());
    &rest[..n]
}

/// The number of organisations a counted group names: "五家国有银行", "3家金融机构", "五大银行".
/// Only "and" (or a comma, "&") between two names.
fn joined_by_and(m: &str, a: usize, b: usize) -> bool {
    b >= a && matches!(m[a..b].trim(), "and" | "," | ", and" | "&" | "与" | "和")
}

/// A sentence that starts inside an open bracket or quotation of its line: a cited headline
/// ("after Huawei (see \"… revaluation! Huawei and X sign …!\"), the second …").
fn inside_brackets(doc: &Doc, at: usize) -> bool {
    let m = doc.masked.as_bytes();
    let line = memchr::memrchr(b'\n', &m[..at]).map_or(0, |p| p + 1);
    let pre = &m[line..at];
    let open = memchr::memchr_iter(b'(', pre).count();
    let close = memchr::memchr_iter(b')', pre).count();
    open > close || memchr::memchr_iter(b'"', pre).count() % 2 == 1
}

/// "with two Chinese companies" after the signing verb: the number of organisations the
/// sentence counts without naming them.
fn counted_group(low_after_verb: &str) -> Option<usize> {
    let p = low_after_verb.find(" with ")?;
    let mut w = low_after_verb[p + 6..].split_whitespace();
    let n = match w.next()? {
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        _ => return None,
    };
    for x in w.take(3) {
        let x = x.trim_end_matches([',', '.', ';']);
        if [
            "companies",
            "firms",
            "enterprises",
            "banks",
            "investors",
            "groups",
            "corporations",
        ]
        .contains(&x)
        {
            return Some(n);
        }
    }
    None
}

fn zh_count(name: &str) -> Option<usize> {
    let mut it = name.chars();
    let n = match it.next()? {
        '两' | '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        '十' => 10,
        d @ '2'..='9' => d as usize - '0' as usize,
        _ => return None,
    };
    matches!(it.next()?, '家' | '大' | '个').then_some(n)
}

/// The first list of exactly `n` organisations ("A、B、C和D", "A, B and C") starting after
/// byte `pos`, within the sentence of `pos` and the three after it.
fn org_list_after<'o>(
    doc: &Doc,
    orgs: &'o Orgs,
    pos: usize,
    n: usize,
) -> Option<Vec<&'o OrgMention>> {
    let m = doc.masked.as_str();
    let si = doc.sent_at(pos)?;
    let end = doc
        .sents
        .get(si + 3)
        .unwrap_or(&doc.sents[doc.sents.len() - 1])
        .end;
    let ms: Vec<&OrgMention> = orgs
        .mentions
        .iter()
        .filter(|o| o.s >= pos && o.e <= end && o.strong)
        .collect();
    let sep = |a: &OrgMention, b: &OrgMention| {
        b.s >= a.e
            && matches!(
                m[a.e..b.s].trim(),
                "、" | "和" | "与" | "及" | "以及" | "," | "，" | "and" | ", and" | "as well as"
            )
    };
    let mut i = 0;
    while i < ms.len() {
        let mut j = i + 1;
        while j < ms.len() && sep(ms[j - 1], ms[j]) {
            j += 1;
        }
        if j - i == n {
            return Some(ms[i..j].to_vec());
        }
        i = j;
    }
    None
}

/// The sentence before sentence `i` when `i` starts with a legal form ("Ltd have sealed") and
/// follows it on the same line: the split was at an abbreviation inside a name.
fn continued_name<'d>(doc: &'d Doc, i: usize) -> Option<&'d Sent> {
    let prev = doc.sents.get(i.checked_sub(1)?)?;
    let s = &doc.sents[i];
    let low = doc.sent_lower(s);
    let first = low
        .split(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or("");
    (matches!(
        first,
        "ltd" | "limited" | "inc" | "llc" | "plc" | "bhd" | "tbk" | "corp" | "co" | "pte" | "pvt"
    ) && doc.masked.as_bytes()[prev.end..s.start]
        .iter()
        .all(|&b| b == b' ' || b == b'\t')
        && doc.masked[..prev.end].trim_end().ends_with('.'))
    .then_some(prev)
}

/// A government named only by its level ("省政府"), a party once a fuller name is found.
fn is_cjk_bare(name: &str) -> bool {
    matches!(name, "省政府" | "市政府" | "县政府")
}

/// A sentence that is a line of its own and either has no final stop or is short: a headline,
/// a subheading or a related-article line.
fn is_heading(doc: &Doc, i: usize) -> bool {
    let s = &doc.sents[i];
    let b = doc.masked.as_bytes();
    let blank = |c: &u8| matches!(c, b' ' | b'\t' | b'\r');
    let line_start = b[..s.start].iter().rev().find(|c| !blank(c));
    let line_end = b[s.end..].iter().find(|c| !blank(c));
    if !matches!(line_start, None | Some(b'\n')) || !matches!(line_end, None | Some(b'\n')) {
        return false;
    }
    let st = doc.sent_str(s);
    let short = if doc.fact(i).cjk {
        st.chars().count() < 30
    } else {
        st.split_ascii_whitespace().count() < 10
    };
    !doc.fact(i).terminal || short
}

pub(crate) fn parties(doc: &Doc, orgs: &Orgs, sigs: &[Sig], ev: &mut Evidence) -> Vec<String> {
    let mut found: Vec<(String, (usize, usize))> = Vec::new();
    let mut order: Vec<(usize, (usize, usize))> = (0..doc.sents.len())
        .filter_map(|i| sign_verb_in(doc, i).map(|v| (i, v)))
        // "协议签署后，将由X负责": after the signing, not the signing
        .filter(|&(i, (_, ve))| !doc.sent_str(&doc.sents[i])[ve..].starts_with('后'))
        .collect();
    // headline last
    if let Some((hs, _)) = doc.headline {
        if let Some(p) = order.iter().position(|&(i, _)| doc.sents[i].start == hs) {
            let h = order.remove(p);
            order.push(h);
        }
    }
    // sentences before headings and list lines ("- X signs loan with Y")
    order.sort_by_cached_key(|&(i, _)| is_heading(doc, i));
    let mut used = 0;
    let mut other: Option<(usize, usize)> = None;
    for (i, verb) in order {
        let s = &doc.sents[i];
        // "… Aurous Capital Pte. | Ltd have sealed …": a sentence cut after a legal form's
        // abbreviation is read together with the one before it
        let joined;
        let (s, verb) = match continued_name(doc, i) {
            Some(prev) => {
                joined = Sent {
                    start: prev.start,
                    end: s.end,
                };
                let d = s.start - prev.start;
                (&joined, (verb.0 + d, verb.1 + d))
            }
            None => (s, verb),
        };
        // "A second memorandum was signed with X": another deal's party, up to the end of
        // its paragraph
        let at = doc.sents[i].start;
        if other.is_some_and(|(a, b)| a <= at && at < b) {
            continue;
        }
        if inside_brackets(doc, at) {
            continue;
        }
        if !found.is_empty() && crate::people::other_deal_named(doc.sent_lower(&doc.sents[i])) {
            let end = memchr::memchr(b'\n', &doc.masked.as_bytes()[at..])
                .map_or(doc.masked.len(), |p| at + p);
            other = Some((at, end));
            continue;
        }
        let mut ps = parties_in_sentence(doc, orgs, s, verb);
        // "signed a memorandum with two Chinese companies": the counted companies are the
        // first organisations named after the sentence
        if let Some(n) = counted_group(&doc.sent_lower(s)[verb.1.min(s.end - s.start)..]) {
            let upto = doc.sents.get(i + 2).map_or(doc.masked.len(), |x| x.end);
            let next: Vec<&OrgMention> = orgs
                .mentions
                .iter()
                .filter(|o| o.strong && o.s >= s.end && o.e <= upto)
                .fold(Vec::new(), |mut v, o| {
                    if !v.iter().any(|x: &&OrgMention| same_org(&x.name, &o.name))
                        && !ps.iter().any(|p| same_org(&p.0, &o.name))
                    {
                        v.push(o);
                    }
                    v
                });
            if next.len() >= n {
                ps.extend(next[..n].iter().map(|o| (o.name.clone(), (o.s, o.e))));
            }
        }
        if ps.is_empty() {
            continue;
        }
        for p in ps {
            match found.iter().position(|(f, _)| same_org(f, &p.0)) {
                None => found.push(p),
                // "Ola" (headline) then "Ola Electric Mobility Pvt" (body): the fuller name
                Some(k) if name_tokens(&p.0).len() > name_tokens(&found[k].0).len() => {
                    found[k] = p;
                }
                Some(_) => {}
            }
        }
        used += 1;
        if found.len() >= 2 || used >= 2 {
            break;
        }
    }
    // "A and B comprehensive strategic cooperation agreement signing ceremony was held": no
    // signing verb, the names before the agreement noun
    if found.is_empty() {
        for (i, sent) in doc.sents.iter().enumerate() {
            if !doc.may(i, crate::text::cue::CEREMONY) {
                continue;
            }
            let low = doc.sent_lower(sent);
            let Some(p) = low.find(" signing ceremony") else {
                continue;
            };
            let Some(q) = ["agreement", "memorandum", "mou", "contract"]
                .iter()
                .filter_map(|w| low[..p].rfind(w))
                .max()
            else {
                continue;
            };
            let names: Vec<&OrgMention> = orgs
                .mentions
                .iter()
                .filter(|o| o.strong && o.s >= sent.start && o.e <= sent.start + q)
                .collect();
            if names.len() >= 2
                && names
                    .windows(2)
                    .all(|w| joined_by_and(&doc.masked, w[0].e, w[1].s))
            {
                found.extend(names.iter().map(|o| (o.name.clone(), (o.s, o.e))));
                break;
            }
        }
    }
    // "According to the agreement, A and B jointly set up …": still nothing found, the two
    // sides the agreement binds
    if found.is_empty() {
        for sent in &doc.sents {
            let low = doc.sent_lower(sent);
            let Some(rest) = low.strip_prefix("according to ") else {
                continue;
            };
            let rest = rest.strip_prefix("the ").unwrap_or(rest);
            let Some(n) = ["agreement", "memorandum", "mou", "contract"]
                .iter()
                .find(|w| rest.starts_with(**w) && rest[w.len()..].starts_with(','))
                .map(|w| low.len() - rest.len() + w.len() + 1)
            else {
                continue;
            };
            let names: Vec<&OrgMention> = orgs
                .mentions
                .iter()
                .filter(|o| o.strong && o.s >= sent.start + n && o.e <= sent.end)
                .take(2)
                .collect();
            if names.len() == 2
                && joined_by_and(&doc.masked, names[0].e, names[1].s)
                && doc.masked[sent.start + n..names[0].s]
                    .trim()
                    .trim_start_matches("the ")
                    .is_empty()
            {
                found.extend(names.iter().map(|o| (o.name.clone(), (o.s, o.e))));
                break;
            }
        }
    }
    // a person who signs is not a party
    found.retain(|(f, _)| {
        !sigs
            .iter()
            .any(|g| g.name == *f || f.ends_with(&g.name) || g.name.ends_with(&format!(" {f}")))
    });
    // "Brazil and China signed … signed between the Ministry of X and the Y Fund": a bare
    // one-word run gives way when two organisation names are found
    let strong_at = |span: (usize, usize)| {
        orgs.mentions
            .iter()
            .any(|o| o.s == span.0 && o.e == span.1 && o.strong)
    };
    if found.iter().filter(|(_, sp)| strong_at(*sp)).count() >= 2 {
        found.retain(|(f, sp)| strong_at(*sp) || f.contains(' ') || is_acronym(f));
    }
    for sig in sigs {
        if let Some((p, span)) = &sig.behalf {
            if !found.iter().any(|(f, _)| same_org(f, p)) {
                found.push((p.clone(), *span));
            }
        }
    }
    // fewer than two sides: the organisation in a signatory's title ("Chairman of X")
    if found.len() < 2 {
        for sig in sigs {
            if let (Some(o), None) = (&sig.org, &sig.behalf) {
                let strong = orgs.mentions.iter().find(|x| x.strong && x.name == *o);
                if let Some(x) = strong {
                    if !found.iter().any(|(f, _)| same_org(f, o)) {
                        found.push((o.clone(), (x.s, x.e)));
                    }
                }
            }
        }
    }
    // a counted group ("五家国有银行") stands for the list of as many organisations after it
    let mut listed: Vec<(usize, usize)> = Vec::new();
    let mut k = 0;
    while k < found.len() {
        let Some(n) = zh_count(&found[k].0) else {
            k += 1;
            continue;
        };
        let Some(list) = org_list_after(doc, orgs, found[k].1.1, n) else {
            k += 1;
            continue;
        };
        found.remove(k);
        // the items of a list are distinct names, even when one's words are inside another's
        // ("中国银行河南省分行", "中国农业发展银行河南省分行")
        for o in list {
            if !found.iter().any(|(f, _)| *f == o.name) {
                found.insert(k, (o.name.clone(), (o.s, o.e)));
                listed.push((o.s, o.e));
                k += 1;
            }
        }
    }
    // "Chief Minister X signed a deal with Y": a head of government signs for the government
    // named elsewhere in the text
    if found.len() < 2
        && sigs.iter().any(|g| {
            g.behalf.is_none()
                && g.title
                    .as_deref()
                    .is_some_and(crate::people::heads_government)
        })
    {
        let gov = orgs.mentions.iter().find(|o| {
            o.strong
                && o.name.to_ascii_lowercase().contains("government")
                && !found.iter().any(|(f, _)| same_org(f, &o.name))
        });
        if let Some(o) = gov {
            found.push((o.name.clone(), (o.s, o.e)));
        }
    }
    // "北海市市长唐成良签署": a Chinese head of government signs for that place's government
    if found.len() < 2 {
        let m = doc.masked.as_str();
        for g in sigs {
            let Some(t) = g.title.as_deref() else {
                continue;
            };
            let head = ["市长", "省长", "县长", "区长", "州长"]
                .iter()
                .any(|h| t.ends_with(h));
            let ts = g.span.0.saturating_sub(t.len());
            if !head || g.behalf.is_some() || !m.is_char_boundary(ts) || !m[ts..].starts_with(t) {
                continue;
            }
            let place_start = m[..ts]
                .char_indices()
                .rev()
                .take(8)
                .take_while(|&(_, c)| is_cjk(c) && !ZH_STOP.contains(c))
                .last()
                .map_or(ts, |(i, _)| i);
            let place = &m[place_start..ts];
            if place.chars().count() < 2 || !place.ends_with(['市', '省', '县', '区', '州']) {
                continue;
            }
            let gov = orgs.mentions.iter().find(|o| {
                o.strong
                    && o.name.starts_with(place)
                    && o.name.ends_with("政府")
                    && !found.iter().any(|(f, _)| same_org(f, &o.name))
            });
            if let Some(o) = gov {
                found.push((o.name.clone(), (o.s, o.e)));
            }
        }
    }
    // fullest mention
    let gov_like = |f: &str| {
        !is_bare_government(f)
            && (f.to_ascii_lowercase().contains("government") || f.contains("政府"))
    };
    let other_gov = found.iter().any(|(f, _)| gov_like(f));
    let mut out: Vec<String> = Vec::new();
    for (name, span) in found {
        let pinned = listed.contains(&span);
        let mut best = name.clone();
        let bare = is_cjk_bare(&name);
        let cjk = name.chars().any(is_cjk);
        for o in &orgs.mentions {
            if !pinned
                && o.strong
                && o.name.len() > best.len()
                && same_org(&o.name, &name)
                // "省政府" is "青海省政府", not "省委省政府"
                && !(bare && o.name.contains('委'))
                // a Chinese name is inside its fuller form ("X集团有限公司" is not
                // "X集团第四工程有限公司"), up to 人民 ("X省政府", "X省人民政府")
                && (!cjk || o.name.contains(name.as_str()) || o.name.replace("人民", "").contains(name.as_str()))
                // "自长江大学": one character before a Chinese name is a word of the sentence
                && !(cjk && o.name.len() == name.len() + 3 && o.name.ends_with(name.as_str()))
            {
                best = o.name.clone();
            }
        }
        // a government named by its level with no fuller name stands for itself, unless
        // another government is a party
        // "Shaanxi Province and Sinopharm Group signed" (headline), "the Shaanxi Provincial
        // People's Government and Sinopharm Group …" (body): a place stands for its government
        if best == name
            && let Some(place) = place_party(&name)
            && let Some(o) = orgs.mentions.iter().find(|o| {
                o.strong
                    && o.name.starts_with(place)
                    && o.name[place.len()..].starts_with(' ')
                    && o.name.to_ascii_lowercase().contains("government")
            })
        {
            best = o.name.clone();
        }
        if is_bare_government(&best) && other_gov {
            continue;
        }
        ev.add("parties", span);
        if pinned {
            if !out.contains(&best) {
                out.push(best);
            }
        } else if let Some(i) = out.iter().position(|x| same_org(x, &best)) {
            if best.len() > out[i].len() {
                out[i] = best;
            }
        } else {
            out.push(best);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parties_of(t: &str) -> Vec<String> {
        let doc = Doc::new(t);
        let orgs = find(&doc);
        let sigs = crate::people::signatories(&doc, &orgs);
        parties(&doc, &orgs, &sigs, &mut Evidence::default())
    }

    #[test]
    fn bare_name_joined_to_an_organisation_before_the_verb() {
        let t = "The People's Government of Hebei Province and Acme Netcom this week at Bailou Hotel, Shijiazhuang signed a strategic cooperative agreement.";
        assert_eq!(
            parties_of(t),
            vec!["People's Government of Hebei Province", "Acme Netcom"]
        );
    }

    #[test]
    fn a_city_named_with_ri_keeps_it() {
        assert_eq!(
            parties_of("5月26日日照市人民政府与中国电信股份有限公司签署战略合作协议。"),
            vec!["日照市人民政府", "中国电信股份有限公司"]
        );
    }

    #[test]
    fn rooms_are_venues() {
        let t = "11月5日，长江大学与武汉市某区人民政府战略合作协议签约活动在区委、区政府三楼中心接待室举行。";
        let p = parties_of(t);
        assert!(!p.iter().any(|x| x.contains("中心")), "{p:?}");
    }

    #[test]
    fn agreement_signing_ceremony_was_held() {
        let t = "November 24, Haizhou Municipal People's Government and Jiangnan Normal University comprehensive strategic cooperation agreement signing ceremony was held in our city. Mayor Xing Jun attended.";
        assert_eq!(
            parties_of(t),
            vec![
                "Haizhou Municipal People's Government",
                "Jiangnan Normal University"
            ]
        );
    }

    #[test]
    fn cited_headlines_and_earlier_signers() {
        let t = "Shenzhen municipal government signed with another enterprise. This year, after Acme Tech (see \"Big news! Acme Tech and Shenzhen municipal government sign to build headquarters!\"), the second local enterprise signed with the city. Shenzhen Municipal People's Government and Beta Insurance Group signed the strategic cooperation framework agreement.";
        let p = parties_of(t);
        assert!(!p.iter().any(|x| x.contains("Acme")), "{p:?}");
    }

    #[test]
    fn bracketed_short_forms_venues_and_addresses() {
        let t = "JAKARTA - The North Maluku (Malut) provincial government, led by Governor Budi Karya, signed a memorandum with Acme Holding LLC of Dubai, United Arab Emirates (UAE), on Tuesday.";
        let p = parties_of(t);
        assert_eq!(
            p,
            vec![
                "North Maluku (Malut) provincial government",
                "Acme Holding LLC"
            ]
        );
        let t = "The deal was signed by Minister Ali Demir and Acme Chairman Wang Li at the presidential Kadikoy Working Office in Istanbul.";
        let p = parties_of(t);
        assert!(!p.iter().any(|x| x.contains("Office")), "{p:?}");
    }

    #[test]
    fn counted_companies_named_after_the_signing() {
        let t = "KARACHI: The Sindh government signed a memorandum of understanding with two Chinese companies for a cement plant. Under the MoU, Hydro Power Corporation Ltd, working together with Deer Building Group Ltd, will set up the plant.";
        let p = parties_of(t);
        assert_eq!(p.len(), 3, "{p:?}");
        assert!(p.iter().any(|x| x.starts_with("Hydro Power")), "{p:?}");
        assert!(p.iter().any(|x| x.starts_with("Deer Building")), "{p:?}");
    }

    #[test]
    fn wishes_and_one_character_prefixes_are_not_names() {
        let t = "The Fujian provincial government and Acme Merchants Group signed the agreement in Fuzhou. Hope Acme Merchants Group give play to its advantages in transport.";
        let p = parties_of(t);
        assert!(p.contains(&"Acme Merchants Group".to_string()), "{p:?}");
        assert!(!p.iter().any(|x| x.starts_with("Hope")), "{p:?}");
        let t = "长江大学与武汉市某区人民政府签署战略合作协议。自长江大学武汉校区落户以来，双方合作成果丰硕。希望三一集团发挥优势。";
        let p = parties_of(t);
        assert!(p.contains(&"长江大学".to_string()), "{p:?}");
        assert!(
            !p.iter()
                .any(|x| x.starts_with('自') || x.starts_with("希望")),
            "{p:?}"
        );
    }

    #[test]
    fn represented_parties_and_other_deals() {
        let t = "The Ivorian government has signed three memoranda of understanding worth 450 million dollars.\n\nThe largest, a memorandum of understanding with the company KLM Towers, represented by Mr Omar Haddad, covers a real estate complex.\n\nA second memorandum was signed with the company Plantex, represented by Mr Yves Kone, for a plantation.";
        let p = parties_of(t);
        assert!(p.iter().any(|x| x == "KLM Towers"), "{p:?}");
        assert!(!p.iter().any(|x| x.contains("Plantex")), "{p:?}");
    }

    #[test]
    fn initialled_and_exchanged_agreements() {
        let p = parties_of(
            "The memorandum was initialled by the Northern Power Company and the Government of Kalimantan province.",
        );
        assert_eq!(
            p,
            vec![
                "Northern Power Company",
                "Government of Kalimantan province"
            ]
        );
        let p = parties_of(
            "Documents were exchanged between the Ministry of Energy and Delta Solar Group in Accra.",
        );
        assert_eq!(p, vec!["Ministry of Energy", "Delta Solar Group"]);
    }

    #[test]
    fn chinese_departments_and_counted_groups() {
        let p = parties_of(
            "昨天，江城市财政局、江城市发展改革委与中国工商银行江城分行签订合作协议。市场格局正在变化。",
        );
        assert_eq!(
            p,
            vec!["江城市财政局", "江城市发展改革委", "中国工商银行江城分行"]
        );
        let p = parties_of(
            "3月2日，江城市人民政府与三家国有银行的湖东省分行签订战略合作协议。按照协议，中国银行湖东省分行、中国农业银行湖东省分行和中国建设银行湖东省分行将提供信贷支持。",
        );
        assert_eq!(
            p,
            vec![
                "江城市人民政府",
                "中国银行湖东省分行",
                "中国农业银行湖东省分行",
                "中国建设银行湖东省分行"
            ]
        );
    }

    #[test]
    fn commas_inside_department_names() {
        let p = parties_of(
            "The memorandum was signed between the Ministry of Planning, Development and Special Initiatives and the Delta Investment Fund.",
        );
        assert_eq!(
            p,
            vec![
                "Ministry of Planning, Development and Special Initiatives",
                "Delta Investment Fund"
            ]
        );
        let p =
            parties_of("The Ministry of Energy, Acme Power Company and Delta Bank signed a deal.");
        assert_eq!(
            p,
            vec!["Ministry of Energy", "Acme Power Company", "Delta Bank"]
        );
    }

    #[test]
    fn heads_of_government_abbreviations_and_datelines() {
        let p = parties_of(
            "Chief Minister Ravi Kumar on Monday signed a deal with Acme Gas Chennai Pvt. Ltd., which will build a network. The deal was one of 18 MoUs signed by the Kerala government on the day.",
        );
        assert_eq!(p, vec!["Acme Gas Chennai Pvt. Ltd", "Kerala government"]);
        let p = parties_of(
            "Hanoi (VNA) - Vietnam's Delta Telecom Joint Stock Company and Singapore's Aurous Holdings Pte. Ltd have sealed a memorandum of understanding.",
        );
        assert_eq!(
            p,
            vec!["Delta Telecom Joint Stock Company", "Aurous Holdings Pte"]
        );
        let p = parties_of(
            "Acme signs MoU with T.N. for EV plants\nThe Kerala government on Saturday signed a memorandum with Acme Electric Mobility Ltd. at the Secretariat.",
        );
        assert_eq!(p, vec!["Kerala government", "Acme Electric Mobility Ltd"]);
    }

    #[test]
    fn legal_form_prefixes() {
        let p = parties_of(
            "Indonesian state-owned PT Bukit Asam (Persero) Tbk signed an agreement with Acme Power.",
        );
        assert_eq!(p, vec!["PT Bukit Asam (Persero) Tbk", "Acme Power"]);
    }

    #[test]
    fn chinese_name_shapes() {
        let p = parties_of("湖东省人民政府与阿里巴巴（中国）有限公司签署数字经济战略合作协议。");
        assert_eq!(p, vec!["湖东省人民政府", "阿里巴巴（中国）有限公司"]);
        let p = parties_of("江城市人民政府与华为技术有限公司签署合作协议。");
        assert_eq!(p, vec!["江城市人民政府", "华为技术有限公司"]);
        let p = parties_of("江城高新区与国家电投集团江城电力有限公司签约。");
        assert_eq!(p, vec!["国家电投集团江城电力有限公司", "江城高新区"]);
        let p = parties_of(
            "6月22日下午，第三师图木舒克市与东莞步步高集团在草湖镇举行了战略合作签约仪式。",
        );
        assert_eq!(p, vec!["东莞步步高集团", "第三师图木舒克市"]);
        let p =
            parties_of("昨日上午，福州市人民政府与国开金融有限责任公司举行《框架协议》签字仪式。");
        assert_eq!(p, vec!["福州市人民政府", "国开金融有限责任公司"]);
        // "我市" is no name; 省委省政府 is not the fuller name of 省政府
        let p = parties_of("我市与江城设计研究院有限公司签署合作协议。");
        assert_eq!(p, vec!["江城设计研究院有限公司"]);
    }

    #[test]
    fn possessive_places_and_sector_words_before_titles() {
        let p = parties_of(
            "Uzbekistan's Ministry of Energy and Saudi Arabia's ACWA Power signed an investment agreement.",
        );
        assert_eq!(p, vec!["Ministry of Energy", "ACWA Power"]);
        let p = parties_of(
            "Morocco's OCP Group and Fertinagro Biotech signed a memorandum of understanding.",
        );
        assert_eq!(p, vec!["OCP Group", "Fertinagro Biotech"]);
        let p = parties_of(
            "The loan was signed by Finance Secretary Ben Cruz for the Philippines and by the Asian Development Bank.",
        );
        assert_eq!(p, vec!["Asian Development Bank"]);
    }

    #[test]
    fn governments_named_by_level() {
        let p = parties_of(
            "On Monday the Hubei Provincial People's Government hosted a forum. The provincial government signed a strategic cooperation agreement with Acme Grid Corporation.",
        );
        assert_eq!(
            p,
            vec![
                "Acme Grid Corporation",
                "Hubei Provincial People's Government"
            ]
        );
        // no fuller name: the government as the text names it
        let p = parties_of("The city government signed an agreement with Acme Grid Corporation.");
        assert_eq!(p, vec!["Acme Grid Corporation", "city government"]);
        let p = parties_of(
            "Two companies on Tuesday signed a memorandum with the State government to invest in the region.",
        );
        assert_eq!(p, vec!["State government"]);
    }

    #[test]
    fn title_case_headlines_and_agreement_names() {
        let doc = Doc::new("Acme Power Group Signs Deal With Delta Bank\nThe firms met.");
        let names: Vec<String> = find(&doc).mentions.into_iter().map(|o| o.name).collect();
        assert_eq!(names, vec!["Acme Power Group", "Delta Bank"]);
        let p = parties_of(
            "Acme Holdings and Delta Group on Thursday signed the Fertilizer Complex Shareholder Investment Agreement.",
        );
        assert_eq!(p, vec!["Acme Holdings", "Delta Group"]);
    }

    #[test]
    fn chinese_heads_of_government_and_after_signing() {
        let p = parties_of(
            "5月25日，国家开发银行湖东分行行长蒋志强与江城市市长唐成良签署了合作协议。根据协议，银行给予江城市人民政府贷款10亿元。协议签署后，将由江城市城市建设投资发展有限公司负责贷款的承借承还。",
        );
        assert_eq!(p, vec!["国家开发银行湖东分行", "江城市人民政府"]);
    }

    #[test]
    fn clean_names() {
        assert_eq!(clean_name(" \"Acme  Power\tGroup\", "), "Acme Power Group");
        assert_eq!(clean_name("Acme\u{b}Co."), "Acme Co");
        assert_eq!(clean_name("Acme Co"), "Acme Co");
        assert_eq!(clean_name("Société\u{a0}Générale"), "Société Générale");
    }

    #[test]
    fn lowercase_government_and_group() {
        let p = parties_of(
            "8 July, the Qinghai provincial government and the China Telecom group company in Xining signed a cooperation framework agreement.",
        );
        assert_eq!(
            p,
            vec![
                "Qinghai provincial government",
                "China Telecom group company"
            ]
        );
    }

    #[test]
    fn with_clause_and_acronym() {
        let p = parties_of(
            "The European Investment Bank on Thursday signed a loan agreement with the Hellenic Republic at the Ministry of Finance in Athens. The EIB is a bank.",
        );
        assert_eq!(p, vec!["European Investment Bank", "Hellenic Republic"]);
    }

    #[test]
    fn chinese_parties() {
        let p = parties_of("7月8日，青海省人民政府与中国电信集团公司在西宁签署合作框架协议。");
        assert_eq!(p, vec!["青海省人民政府", "中国电信集团公司"]);
    }

    #[test]
    fn witnesses_are_not_parties() {
        let p = parties_of(
            "President Uhuru Kenyatta on Monday watched US development financier OPIC and Kipeto Wind Energy Company sign the financing agreement.",
        );
        assert_eq!(p, vec!["OPIC", "Kipeto Wind Energy Company"]);
    }
    #[test]
    fn people_are_not_parties() {
        let p = parties_of(
            "Huang Huahua on behalf of Guangdong Provincial People's Government and the Agricultural Bank of China president Xiang Junbo jointly signed the agreement.",
        );
        assert_eq!(
            p,
            vec![
                "Guangdong Provincial People's Government",
                "Agricultural Bank of China"
            ]
        );
    }

    #[test]
    fn organisation_of_place_and_and_inside_names() {
        let p = parties_of(
            "The Kenya Investment Authority (KIA) and the Kenya China Chamber of Commerce and Industry have sealed a Memorandum of Understanding.",
        );
        assert_eq!(
            p,
            vec![
                "Kenya Investment Authority (KIA)",
                "Kenya China Chamber of Commerce and Industry"
            ]
        );
        let p = parties_of(
            "The Indonesia Investment Coordinating Board (BKPM) and China Development Bank (CDB) have inked a memorandum.",
        );
        assert_eq!(
            p,
            vec![
                "Indonesia Investment Coordinating Board (BKPM)",
                "China Development Bank (CDB)"
            ]
        );
    }

    #[test]
    fn party_from_signatory_title() {
        let p = parties_of(
            "Regional Governor Berdybek Saparbayev and Xu Yongmo, Chairman of the Board of Huaxin Cement Co Ltd, put their signatures to an agreement.",
        );
        assert_eq!(p, vec!["Huaxin Cement Co Ltd"]);
    }

    #[test]
    fn chinese_merged_names_and_branches() {
        let p = parties_of("海东市人民政府国家开发银行青海省分行签署合作备忘录。");
        assert_eq!(p, vec!["海东市人民政府", "国家开发银行青海省分行"]);
        let p = parties_of(
            "黑河市爱辉区人民政府副区长郭雷与省新产业投资集团项目负责人张佳朋签订了协议。",
        );
        assert_eq!(p, vec!["黑河市爱辉区人民政府", "省新产业投资集团"]);
    }

    #[test]
    fn title_words_inside_organisation_names() {
        let p = parties_of(
            "The Federal Government of Ruritania and the General Electric Company of the United States on Thursday signed a memorandum.",
        );
        assert_eq!(
            p,
            vec![
                "Federal Government of Ruritania",
                "General Electric Company"
            ]
        );
        let p = parties_of(
            "The Kebbi State Government on Friday signed an agreement with the Administrative Committee of Lakeside Industrial Zone.",
        );
        assert_eq!(
            p,
            vec![
                "Kebbi State Government",
                "Administrative Committee of Lakeside Industrial Zone"
            ]
        );
    }

    #[test]
    fn full_legal_forms_and_government_of_the_republic() {
        let p = parties_of(
            "Today, the Dalian Municipal People's Government and Pine (Group) Holdings Co., Ltd. signed the framework agreement.",
        );
        assert_eq!(
            p,
            vec![
                "Dalian Municipal People's Government",
                "Pine (Group) Holdings Co., Ltd"
            ]
        );
        let p = parties_of(
            "The Government of the Republic of Ruritania and car parts maker Minth signed a memorandum.",
        );
        assert_eq!(p, vec!["Government of the Republic of Ruritania", "Minth"]);
    }

    #[test]
    fn person_of_organisation_and_passive_agents() {
        let p = parties_of(
            "The MoU was signed between the Orissa government and Ravi Kumar of Kumar Developers Ltd on Monday.",
        );
        assert_eq!(p, vec!["Orissa government", "Kumar Developers Ltd"]);
        let p = parties_of(
            "The loan agreement was signed today in Zaragoza by ACB Vice-President Ana Ruiz and Ibercaja CEO Luis Gil.",
        );
        assert_eq!(p, vec!["ACB", "Ibercaja"]);
    }

    #[test]
    fn headings_and_indefinite_projects_come_last() {
        let t = "Acme signs MoU with T.N.\n\nThe Tamil Nadu government on Saturday signed a memorandum with Acme Mobility Pvt. Ltd. to build a Green Data Centre Park near the city.";
        assert_eq!(
            parties_of(t),
            vec!["Tamil Nadu government", "Acme Mobility Pvt. Ltd"]
        );
    }

    #[test]
    fn and_inside_sector_names() {
        let p = parties_of(
            "The city government signed the agreement with the Gannan Cultural Tourism and Transportation Construction Group Co., Ltd. on Monday.",
        );
        assert_eq!(
            p,
            vec![
                "Gannan Cultural Tourism and Transportation Construction Group Co., Ltd",
                "city government"
            ]
        );
    }

    #[test]
    fn bare_provincial_government_takes_its_full_name() {
        let p = parties_of(
            "1月14日，省政府与中国电信集团在西宁签署合作框架协议。2016年7月，青海省政府曾与中国电信集团签署协议。",
        );
        assert_eq!(p, vec!["青海省政府", "中国电信集团"]);
        // no fuller name: "省政府" as the text names it
        let p = parties_of("1月14日，省政府与中国电信集团在西宁签署合作框架协议。");
        assert_eq!(p, vec!["省政府", "中国电信集团"]);
    }

    #[test]
    fn acronyms_spell_the_whole_name() {
        for (t, want) in [
            (
                "The Delta State Government has signed a memorandum with Flour Mills of Nigeria Plc (FMN) for a sugar company.",
                vec!["Delta State Government", "Flour Mills of Nigeria Plc (FMN)"],
            ),
            (
                "The Government of Telangana entered into a memorandum with Megha Engineering and Infrastructures Limited (MEIL) worth Rs 15,000 crore.",
                vec![
                    "Government of Telangana",
                    "Megha Engineering and Infrastructures Limited (MEIL)",
                ],
            ),
            (
                "The Saudi Arabian General Investment Authority (SAGIA) signed a memorandum with Acme New Materials.",
                vec![
                    "Saudi Arabian General Investment Authority (SAGIA)",
                    "Acme New Materials",
                ],
            ),
            // the acronym does not spell the run: a person of an organisation
            (
                "The MoU was signed between the Orissa government and Ravi Kumar of Kumar Developers Ltd (KD) on Monday.",
                vec!["Orissa government", "Kumar Developers Ltd (KD)"],
            ),
        ] {
            assert_eq!(parties_of(t), want, "{t}");
        }
    }

    #[test]
    fn chinese_clause_verbs_and_list_names() {
        for (t, want) in [
            (
                "该协议旨在发挥昆明市政府与北京京东世纪贸易有限公司各自的优势。昆明市政府与北京京东世纪贸易有限公司签署战略合作协议。",
                vec!["昆明市政府", "北京京东世纪贸易有限公司"],
            ),
            (
                "此次签约标志着镇江市政府与交通银行的合作进入新阶段。镇江市政府与交通银行签订战略合作协议。",
                vec!["镇江市政府", "交通银行"],
            ),
            (
                "凉山州人民政府与三峡集团四川能源投资有限公司、中科同创供应链管理有限公司签署协议。",
                vec![
                    "凉山州人民政府",
                    "三峡集团四川能源投资有限公司",
                    "中科同创供应链管理有限公司",
                ],
            ),
            (
                "双方将围绕支持四川农业大学建设一流学科开展合作。雅安市政府与四川农业大学签署协议。",
                vec!["雅安市政府", "四川农业大学"],
            ),
        ] {
            assert_eq!(parties_of(t), want, "{t}");
        }
    }

    #[test]
    fn news_outlets_are_not_parties() {
        let t = "Source: Qinghai News Network\n\nQinghai News Network news: On May 16, the Qinghai provincial government and Agricultural Bank of China signed a strategic cooperation agreement.";
        assert_eq!(
            parties_of(t),
            vec![
                "Qinghai provincial government",
                "Agricultural Bank of China"
            ]
        );
        let doc = Doc::new("Hunan Daily reports that Acme News Agency and Acme Group met.");
        let names: Vec<String> = find(&doc).mentions.into_iter().map(|o| o.name).collect();
        assert_eq!(names, vec!["Acme Group"]);
    }

    #[test]
    fn chinese_venues_after_zai() {
        for t in [
            "4月13日下午，弋阳县人民政府与中国农业发展银行上饶市分行在弋阳县会议中心3号会议室举行签约仪式。",
            "灌云县人民政府与中国农业发展银行上饶市分行项目签约仪式在县行政中心举行。",
        ] {
            let p = parties_of(t);
            assert!(!p.iter().any(|x| x.ends_with("中心")), "{p:?}");
            assert_eq!(p.len(), 2, "{p:?}");
        }
    }

    #[test]
    fn places_stand_for_their_governments() {
        for (name, place) in [
            ("Shaanxi Province", Some("Shaanxi")),
            ("Sichuan", Some("Sichuan")),
            ("Wuhan City", Some("Wuhan")),
            ("Sinopharm Group", None),
            ("ADB", None),
            ("Shaanxi Provincial People's Government", None),
        ] {
            assert_eq!(place_party(name), place, "{name}");
        }
        let t = "Acme Group and Shaanxi Province signed strategic cooperation agreement\n\nOn August 4, the leaders attended the Shaanxi Provincial People's Government and Acme Group strategic cooperation agreement signing ceremony.";
        assert_eq!(
            parties_of(t),
            vec!["Acme Group", "Shaanxi Provincial People's Government"]
        );
        let doc =
            Doc::new("After the second Digital Government Construction Summit, the firms met.");
        assert!(find(&doc).mentions.is_empty());
    }

    #[test]
    fn according_to_the_agreement_both_sides() {
        let t = "The mayor met Acme Insurance Group chairman Li Wei, and attended the Chengdu Fund project cooperation agreement signing ceremony. According to agreement, Chengdu Municipal People's Government and Acme Insurance Group jointly set up a fund.";
        assert_eq!(
            parties_of(t),
            vec![
                "Chengdu Municipal People's Government",
                "Acme Insurance Group"
            ]
        );
    }

    #[test]
    fn descriptors() {
        for (w, d) in [
            ("chinese", true),
            ("singaporean", true),
            ("turkish-based", true),
            ("state-owned", true),
            ("chinese-owned", true),
            ("finnish", true),
            ("a", true),
            ("saudi", true),
            ("japan", false),
            ("oman", false),
            ("dalian", true),
            ("acme", false),
            ("telecom", false),
        ] {
            assert_eq!(descriptor(w), d, "{w}");
        }
        let p = parties_of(
            "The Chinese-owned company signed an agreement with the Special Economic Zone Authority (SEZA).",
        );
        assert_eq!(p, vec!["Special Economic Zone Authority (SEZA)"]);
        let p = parties_of(
            "The Pahang state government today signed 11 memoranda with Singaporean investors.",
        );
        assert_eq!(p, vec!["Pahang state government"]);
        let p = parties_of("The Egyptian government signed a contract with Acme Corporation.");
        assert_eq!(p, vec!["Egyptian government", "Acme Corporation"]);
    }

    #[test]
    fn bare_governments() {
        for (name, bare) in [
            ("provincial government", true),
            ("State government", true),
            ("city government", true),
            ("省政府", true),
            ("Kerala government", false),
            ("Government", false),
            ("government", false),
            ("青海省政府", false),
            ("provincial governments", false),
        ] {
            assert_eq!(is_bare_government(name), bare, "{name}");
        }
    }

    #[test]
    fn token_classes_match_the_lists() {
        let lists: &[(&[&str], u32)] = &[
            (CONNECTORS, wc::CONN),
            (RUN_BREAK, wc::RUN_BREAK),
            (RUN_START_BREAK, wc::RUN_START_BREAK),
            (COMPANY_FORMS, wc::COMPANY),
            (ADJ_TITLES, wc::ADJ),
            (LOWER_EXT, wc::LOWER_EXT),
            (LOWER_EXT_END, wc::LOWER_EXT_END),
            (AND_NAME_WORDS, wc::AND_NAME),
            (PLACE_SUFFIX, wc::PLACE),
            (crate::people::HONORIFICS, wc::HONORIFIC),
            (crate::people::VENUE, wc::VENUE),
        ];
        let t = "The Ministry of Commerce AND the Bank of China Co. Ltd. & Mr Wang, Vice-President \
                 of ACME Holdings (Group) signed with Qinghai provincial government; \
                 Inđija Municipality, 5G, Chairman-cum-Managing Director, ſtate Ban\u{212A} \
                 Telecommunications Deals MoUs Memorandum Hope 湖南省人民政府";
        for tok in tokens(t, 0, t.len()) {
            let w = &t[tok.s..tok.e];
            // `lw`: every word token is its own lower-case form, a "." token is empty
            let l = w.trim_end_matches('.').to_lowercase();
            let l = l.as_str();
            assert_eq!(tok.cap, is_cap(w), "{w}");
            for &(list, bit) in lists {
                assert_eq!(tok.cls & bit != 0, list.contains(&l), "{w}");
            }
            assert_eq!(tok.cls & wc::TITLE != 0, TITLE_WORDS.contains(l), "{w}");
            assert_eq!(tok.cls & wc::ORG != 0, ORG_SUFFIXES.contains(l), "{w}");
            assert_eq!(tok.cls & wc::OF != 0, l == "of", "{w}");
            assert_eq!(tok.cls & wc::THE != 0, l == "the", "{w}");
        }
        // every list word can be found (ASCII, starts with a letter, at most 24 bytes)
        for &(list, bit) in lists {
            for w in list.iter().filter(|w| **w != "&") {
                assert!(word_class(w) & bit != 0, "{w}");
                assert!(WORD_CLASS.get_ascii(w.as_bytes()) & bit != 0, "{w}");
                assert!(word_class(&w.to_uppercase()) & bit != 0, "{w}");
            }
        }
        for w in TITLE_WORDS.iter() {
            assert!(word_class(w) & wc::TITLE != 0, "{w}");
        }
        for w in ORG_SUFFIXES.iter() {
            assert!(word_class(w) & wc::ORG != 0, "{w}");
        }
    }

    #[test]
    fn same_org_forms() {
        assert!(same_org("Asian Development Bank", "asian development bank"));
        assert!(same_org("ADB", "Asian Development Bank"));
        assert!(same_org("China Telecom", "China Telecom group company"));
        assert!(same_org("国家开发银行", "国家开发银行天津市分行"));
        assert!(!same_org("World Bank", "Bank of China"));
        assert!(!same_org("", ""));
    }
}
