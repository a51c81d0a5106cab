//! Document preparation: boilerplate masking, language flags and sentence spans.
//!
//! The masked text has exactly the byte length of the input, so every span found in it is a
//! span of the input too. Boilerplate lines are overwritten with ASCII spaces (whole lines, so
//! char boundaries are preserved).

use std::sync::LazyLock;

use aho_corasick::Anchored;
use aho_corasick::automaton::Automaton;
use regex::Regex;

/// Lines from which the rest of the page is trailer (comments, related links, share bars).
static TRAILER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:leave a (?:reply|comment)|your email address will not be published|related (?:posts?|articles?|news|stories|content|reading)\b|you (?:may|might) also like|more (?:news|stories) from|share this(?: article| story| post)?:?$|like this:?$|post navigation|previous (?:post|article|story)\b|next (?:post|article|story)\b|comments?$|\d+ comments?$|about the author|recommended (?:for you|stories|articles)|popular (?:posts|stories)|相关(?:阅读|新闻|文章|链接|推荐)|上一篇|下一篇|【纠错】|扫一扫|延伸阅读|热点推荐|猜你喜欢)",
    )
    .expect("trailer regex")
});

/// Single lines that are page furniture.
static FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:home|menu|search|log ?in|sign (?:in|up)|register|subscribe|print|e-?mail|share|tweet|facebook|twitter|linkedin|whatsapp|wechat|weibo|skip to (?:main )?content|advertisement|close|back to top|font size:?.*|share (?:on|via|this|to)\b.*|follow us\b.*|click here\b.*|copyright\b.*|©.*|all rights reserved.*|tags?:.*|filed under:?.*|posted in:?.*|categories:.*|首页|返回|打印|关闭(?:窗口)?|分享(?:到)?[:：]?.*|责任编辑[:：].*|编辑[:：].*|【字号.*|字号[:：].*|(?:previous|next|read more|see also|also read|more)\s*[:：].*)$",
    )
    .expect("furniture regex")
});

/// The costly furniture shapes (menus of `a | b | c`, `a / b / c / d`, related-article lines ending
/// in "(May 2020)"), only tried on lines that contain their literal.
static FURNITURE_MENU: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:.*(?:\s\|\s.*){2,}|.*(?:\s/\s.*){3,})$").expect("furniture menu regex")
});
static FURNITURE_DATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^.{10,160}\((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\)$",
    )
    .expect("furniture dated regex")
});

/// The first two characters of a line, the first ASCII-lowercased.
fn first_two(t: &str) -> Option<(char, Option<char>)> {
    let mut cs = t.chars();
    let a = cs.next()?;
    Some((a.to_ascii_lowercase(), cs.next()))
}

/// Can [`TRAILER`] match line `t`? False only when its first two characters rule out every
/// alternative: an exact prefilter, since the regex is anchored and every alternative starts
/// with two literal characters (a digit, or letters whose only non-ASCII case variant is `ſ`).
/// The regex is costly (its Unicode `\b` sends non-ASCII lines to a backtracker).
fn may_be_trailer(t: &str) -> bool {
    let Some((a, b)) = first_two(t) else {
        return false;
    };
    if !a.is_ascii() {
        return matches!(
            a,
            '相' | '上' | '下' | '【' | '扫' | '延' | '热' | '猜' | 'ſ'
        ) || a.is_numeric();
    }
    if a.is_ascii_digit() {
        return true;
    }
    let Some(b) = b.filter(char::is_ascii) else {
        return false;
    };
    matches!(
        (a, b.to_ascii_lowercase()),
        ('l', 'e' | 'i')
            | ('y', 'o')
            | ('r', 'e')
            | ('m', 'o')
            | ('s', 'h')
            | ('p', 'o' | 'r')
            | ('n', 'e')
            | ('c', 'o')
            | ('a', 'b')
    )
}

/// Can [`FURNITURE`] match line `t`? As [`may_be_trailer`] (`K`, the Kelvin sign, can be the
/// `k` of "skip").
fn may_be_furniture(t: &str) -> bool {
    let Some((a, b)) = first_two(t) else {
        return false;
    };
    if !a.is_ascii() {
        return matches!(
            a,
            '©' | '首' | '返' | '打' | '关' | '分' | '责' | '编' | '【' | '字' | 'ſ'
        );
    }
    let Some(b) = b else {
        return false;
    };
    if !b.is_ascii() {
        return a == 's';
    }
    matches!(
        (a, b.to_ascii_lowercase()),
        ('h', 'o')
            | ('m', 'e' | 'o')
            | ('s', 'e' | 'i' | 'u' | 'h' | 'k')
            | ('l', 'o' | 'i')
            | ('r', 'e')
            | ('p', 'r' | 'o')
            | ('e', '-' | 'm')
            | ('t', 'w' | 'a')
            | ('f', 'a' | 'o' | 'i')
            | ('w', 'h' | 'e')
            | ('a', 'd' | 'l')
            | ('c', 'l' | 'o' | 'a')
            | ('b', 'a')
            | ('n', 'e')
    )
}

fn is_furniture(t: &str) -> bool {
    (may_be_furniture(t) && FURNITURE.is_match(t))
        || ((t.contains('|') || t.contains('/')) && FURNITURE_MENU.is_match(t))
        || (t.ends_with(')') && FURNITURE_DATED.is_match(t))
        || (t.contains('|') && furniture_items(t))
        || site_name(t)
}

/// A site's address standing alone on a line ("allAfrica.com", "www.gov.cn"): the page's
/// masthead, not its headline.
fn site_name(t: &str) -> bool {
    let l = t.trim_end_matches('/');
    // the case-blind tests first, without lower-casing every line
    if l.contains(char::is_whitespace) || l.len() > 40 || !l.contains('.') {
        return false;
    }
    let l = l.to_ascii_lowercase();
    [
        ".com", ".org", ".net", ".cn", ".gov", ".info", ".news", ".co.uk", ".com.cn", ".org.cn",
        ".gov.cn", ".co.ke", ".com.ng", ".com.pk",
    ]
    .iter()
    .any(|d| l.ends_with(d))
        && l.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b".-/:".contains(&b))
}

/// A short bar of furniture items: "Subscribe | Sign In", "Print | E-mail".
fn furniture_items(t: &str) -> bool {
    t.len() <= 60
        && t.split('|')
            .map(str::trim)
            .all(|p| !p.is_empty() && may_be_furniture(p) && FURNITURE.is_match(p))
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "co", "ltd", "inc", "corp", "no", "st", "jr", "sr", "rs",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s",
    "e.g", "i.e", "vs", "gen", "gov", "sen", "rep", "hon", "h.e", "messrs", "smt", "shri", "u.k",
    "approx", "est", "dept", "govt", "pvt", "plc", "bhd", "s.a", "n.v", "a.g", "drs", "dra", "ir",
];

/// One sentence (or heading line) of the document.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Sent {
    pub start: usize,
    pub end: usize,
}

/// Facts about one sentence, computed once in [`Doc::new`] so that the field modules can skip
/// sentences without running their regexes (parallel to [`Doc::sents`]).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct SentFacts {
    /// Mentions signing in the broad sense: *sign* (signed, signing ceremony, signatures),
    /// *inked*, *sealed*, *concluded*, *entered into*, `签`.
    pub sign: bool,
    /// Contains an ASCII digit.
    pub digit: bool,
    /// Contains a CJK ideograph.
    pub cjk: bool,
    /// Contains an ASCII letter.
    pub latin: bool,
    /// May contain a currency marker (`$ € £ ₹ ₦ 元 yuan rs usd eur rmb…`); a prefilter, so
    /// false positives are possible, false negatives are not for these markers.
    pub currency: bool,
    /// Ends with sentence punctuation (`.!?。！？` or a closing quote after one); headings do not.
    pub terminal: bool,
    /// Keyword groups ([`cue`]) with a keyword inside the lowercased sentence.
    pub cues: u32,
}

/// Keyword groups found in one pass over [`Doc::lower`]: prefilters for the field modules'
/// regexes (every match of the regex contains a keyword of its group; see [`Doc::may`]).
pub(crate) mod cue {
    pub const SIGN: u32 = 1 << 0;
    pub const CURRENCY: u32 = 1 << 1;
    /// Month names (`EN_MD`, `EN_DM`, `EN_MY`, `EN_RANGE`).
    pub const MONTH: u32 = 1 << 2;
    /// Parts of a day, and ordinal days before a comma (`EN_DAY_PART`).
    pub const DAY_PART: u32 = 1 << 3;
    /// Weekdays, *yesterday*, *recently*, 近日 (`WEEKDAY`).
    pub const WEEKDAY: u32 = 1 << 4;
    /// Agreement nouns (`EN_TITLE`).
    pub const TITLE: u32 = 1 << 5;
    /// Agreement nouns (`EN_TITLE_ANY`).
    pub const TITLE_ANY: u32 = 1 << 6;
    pub const CEREMONY: u32 = 1 << 7;
    /// `focus::CONTENT`.
    pub const CONTENT: u32 = 1 << 8;
    /// `focus::SPEECH`.
    pub const SPEECH: u32 = 1 << 9;
    /// `focus::EN_ANCHOR`.
    pub const EN_ANCHOR: u32 = 1 << 10;
    /// `focus::EN_OPEN`.
    pub const EN_OPEN: u32 = 1 << 11;
    /// `amounts::LOANS`.
    pub const LOAN: u32 = 1 << 12;
    /// `period::FYP`.
    pub const FIVE: u32 = 1 << 13;
    /// `orgs::SIGN_VERB` (unlike [`SIGN`], also *inks*/*seals* before punctuation).
    pub const SIGN_VERB: u32 = 1 << 14;
    /// `focus::EN_INVEST_IN`.
    pub const INVEST: u32 = 1 << 15;
    /// `focus::EN_PROJECT`.
    pub const PROJECT: u32 = 1 << 16;
    /// `focus::verbs::SPEECH`.
    pub const VERB_SPEECH: u32 = 1 << 17;
    /// `focus::verbs::CONTENT`.
    pub const VERB_CONTENT: u32 = 1 << 18;

    pub(super) const GROUPS: &[(u32, &[&str])] = &[
        (
            SIGN,
            &[
                "sign",
                "inked",
                "inks ",
                "sealed",
                "seals ",
                "concluded",
                "entered into",
                "pen to paper",
                "their names to",
                "his name to",
                "her name to",
                "签",
            ],
        ),
        (
            CURRENCY,
            &[
                "$", "€", "£", "₹", "₦", "¥", "元", "yuan", "rmb", "usd", "eur", "rs ", "rs.",
                "dollar", "euro", "crore", "lakh", "sar", "aed", "rp", "naira", "rand", "tenge",
            ],
        ),
        (
            MONTH,
            &[
                "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
            ],
        ),
        (
            DAY_PART,
            &[
                "noon", "morning", "evening", "night", "st,", "nd,", "rd,", "th,",
            ],
        ),
        (
            WEEKDAY,
            &[
                "day",
                "night",
                "week",
                "recently",
                "morning",
                "afternoon",
                "evening",
                "星期",
                "周",
                "礼拜",
                "昨",
                "今天",
                "今日",
                "前天",
                "近日",
                "日前",
                "近期",
            ],
        ),
        (
            TITLE,
            &[
                "agreement",
                "memorand",
                "mou",
                "contract",
                "pact",
                "protocol",
                "letter",
                "deal",
                "accord",
                "moa",
            ],
        ),
        (TITLE_ANY, &["agreement", "memorandum", "mou", "contract"]),
        (CEREMONY, &["ceremony"]),
        (
            CONTENT,
            &[
                "agreement",
                "memorandum",
                "mou",
                "协议",
                "备忘录",
                "双方将",
                "deal",
                "pact",
                "protocol",
                "双方计划",
                "双方拟",
                "双方同意",
                "双方约定",
                "双方商定",
                "双方决定",
                "双方明确",
                "签约项目",
                "项目涵盖",
                "项目包括",
                "项目主要",
                "项目建设内容",
            ],
        ),
        (
            SPEECH,
            &[
                "hope",
                "wish",
                "said",
                "says",
                "noted",
                "stressed",
                "expressed",
                "pointed out",
                "希望",
                "表示",
                "指出",
                "强调",
                "要求",
                "致辞",
                "讲话",
                "说",
            ],
        ),
        (
            EN_ANCHOR,
            &["other", "field", "area", "aspect", "sector", "industries"],
        ),
        (
            EN_OPEN,
            &[
                "cooperat",
                "work",
                "collaborat",
                "partnership",
                "focus",
                "area",
                "field",
                "sector",
                "industries",
                "domain",
                "project",
                "scheme",
                "promote",
                "cover",
                "meant for",
                "intended for",
                "earmarked for",
                "designated for",
                "used for",
            ],
        ),
        (
            LOAN,
            &["loan", "financ", "tranche", "credit", "facilit", "笔"],
        ),
        (FIVE, &["five", "十", "fyp"]),
        (INVEST, &["invest"]),
        (
            PROJECT,
            &[
                "plant",
                "cracker",
                "farm",
                "refinery",
                "complex",
                "park",
                "hub",
                "factory",
                "railway",
                "pipeline",
                "smelter",
                "mill",
                "terminal",
                "port",
                "hospital",
                "centre",
                "center",
                "zone",
                "station",
                "mine",
                "dam",
                "bridge",
                "highway",
                "facilit",
                "campus",
                "warehouse",
            ],
        ),
        (
            VERB_SPEECH,
            &[
                "hope",
                "hoping",
                "wish",
                "said",
                "says",
                "told",
                "noted",
                "stressed",
                "expressed",
                "added",
                "pointed out",
                "emphasi",
                "urged",
            ],
        ),
        (
            VERB_CONTENT,
            &[
                "agreement",
                "memorandum",
                "mou",
                "deal",
                "project",
                "program",
                "plant",
                "park",
                "company",
                "firm",
                "group",
                "two sides",
                "both sides",
                "partners",
                "loan",
                "investment",
                "fund",
                "will",
                "under which",
            ],
        ),
        (
            SIGN_VERB,
            &[
                "sign",
                "inked",
                "inks",
                "sealed",
                "seals",
                "concluded",
                "entered into",
                "签",
                "initial",
                "exchanged",
            ],
        ),
    ];
}

/// Fixed needles searched with finders built once: [`Needles::any_in`] is
/// `words.iter().any(|w| hay.contains(w))` without building a substring searcher per word per
/// call (see [`contains_any`]).
pub(crate) struct Needles(Vec<memchr::memmem::Finder<'static>>);

impl Needles {
    pub(crate) fn new(words: &[&'static str]) -> Needles {
        Needles(
            words
                .iter()
                .map(|w| memchr::memmem::Finder::new(w.as_bytes()))
                .collect(),
        )
    }

    #[inline]
    pub(crate) fn any_in(&self, hay: &str) -> bool {
        let h = hay.as_bytes();
        self.0.iter().any(|f| f.find(h).is_some())
    }
}

/// `contains_any!(hay, &["a", "b"])` is `["a", "b"].iter().any(|w| hay.contains(w))`, with the
/// needles' finders built once (a static per call site).
macro_rules! contains_any {
    ($hay:expr, $words:expr) => {{
        static NEEDLES: std::sync::LazyLock<$crate::text::Needles> =
            std::sync::LazyLock::new(|| $crate::text::Needles::new($words));
        NEEDLES.any_in(&$hay)
    }};
}
pub(crate) use contains_any;

/// A keyword automaton stepped one byte at a time through `aho_corasick`'s [`Automaton`]
/// trait: every keyword occurrence matters (overlaps included), and a DFA transition per byte
/// is several times cheaper than an iterator call per occurrence.
pub(crate) struct Keywords {
    dfa: aho_corasick::dfa::DFA,
    /// Per pattern: (byte length, cue groups).
    patterns: Vec<(usize, u32)>,
}

impl Keywords {
    pub(crate) fn new(words: &[(&str, u32)]) -> Keywords {
        let dfa = aho_corasick::dfa::DFA::builder()
            .match_kind(aho_corasick::MatchKind::Standard)
            .build(words.iter().map(|(w, _)| w))
            .expect("cue keywords");
        let patterns = words.iter().map(|&(w, g)| (w.len(), g)).collect();
        Keywords { dfa, patterns }
    }

    /// Calls `found(end, len, groups)` for every keyword occurrence in `hay`, in order of `end`.
    #[inline]
    pub(crate) fn each(&self, hay: &[u8], mut found: impl FnMut(usize, usize, u32) -> bool) {
        let dfa = &self.dfa;
        let Ok(mut sid) = dfa.start_state(Anchored::No) else {
            return;
        };
        for (i, &b) in hay.iter().enumerate() {
            sid = dfa.next_state(Anchored::No, sid, b);
            if dfa.is_special(sid) && dfa.is_match(sid) {
                for k in 0..dfa.match_len(sid) {
                    let (len, g) = self.patterns[dfa.match_pattern(sid, k).as_usize()];
                    if !found(i + 1, len, g) {
                        return;
                    }
                }
            }
        }
    }
}

impl Keywords {
    /// Start of the keyword occurrence that ends first (the longest of those ending there),
    /// as `aho_corasick`'s standard match semantics report it.
    fn first_start(&self, hay: &[u8]) -> Option<usize> {
        let dfa = &self.dfa;
        let mut sid = dfa.start_state(Anchored::No).ok()?;
        for (i, &b) in hay.iter().enumerate() {
            sid = dfa.next_state(Anchored::No, sid, b);
            if dfa.is_special(sid) && dfa.is_match(sid) {
                let longest = (0..dfa.match_len(sid))
                    .map(|k| self.patterns[dfa.match_pattern(sid, k).as_usize()].0)
                    .max()?;
                return Some(i + 1 - longest);
            }
        }
        None
    }
}

static CUES: LazyLock<Keywords> = LazyLock::new(|| {
    let mut groups: std::collections::BTreeMap<&str, u32> = std::collections::BTreeMap::new();
    for &(g, words) in cue::GROUPS {
        for w in words {
            *groups.entry(w).or_default() |= g;
        }
    }
    let words: Vec<(&str, u32)> = groups.into_iter().collect();
    Keywords::new(&words)
});

/// Sets `facts[i].cues` for every cue inside sentence `i`; returns the groups found anywhere.
fn find_cues(lower: &str, sents: &[Sent], facts: &mut [SentFacts]) -> u32 {
    let mut all = 0u32;
    let mut p = 0usize;
    CUES.each(lower.as_bytes(), |end, len, g| {
        all |= g;
        while p < sents.len() && sents[p].end < end {
            p += 1;
        }
        // a keyword counts for the sentence that contains it whole
        if let (Some(sent), Some(f)) = (sents.get(p), facts.get_mut(p)) {
            if sent.start + len <= end {
                f.cues |= g;
            }
        }
        true
    });
    all
}

pub(crate) struct Doc<'a> {
    /// The input as given.
    pub text: &'a str,
    /// Same length as `text`, boilerplate blanked out.
    pub masked: String,
    /// Sentence spans over `masked` (and `text`).
    pub sents: Vec<Sent>,
    /// Span of the headline (first non-empty content line), if any.
    pub headline: Option<(usize, usize)>,
    pub has_cjk: bool,
    pub has_latin: bool,
    /// ASCII-lowercased copy of `masked` (same byte length, so spans carry over).
    pub lower: String,
    /// Per-sentence facts, parallel to `sents`.
    pub facts: Vec<SentFacts>,
    /// Keyword groups ([`cue`]) found anywhere in `lower`.
    pub cues: u32,
    /// The text contains `ſ` or the Kelvin sign `K`, the only non-ASCII characters that
    /// case-insensitive regexes match as ASCII letters (`s`, `k`). Without them a `(?i)` regex
    /// can only match ASCII letters where `lower` has the lowercased keyword, so keyword
    /// prefilters on `lower` are exact; with them the prefilters are skipped.
    pub odd_case: bool,
    /// `orgs::sign_verb` of each sentence, computed on first use (parties and focus both ask).
    pub sign_verb: Vec<std::cell::OnceCell<Option<(usize, usize)>>>,
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str) -> Doc<'a> {
        // masking keeps every newline where it is, so the lines of `text` are those of `masked`
        let lines = line_spans(text);
        let masked = mask(text, &lines);
        let ascii = masked.is_ascii();
        let has_latin = masked
            .bytes()
            .filter(u8::is_ascii_alphabetic)
            .nth(19)
            .is_some();
        let has_cjk = !ascii && cjk_count(masked.as_bytes(), 4) >= 4;
        // The first line is a headline only if more content follows and it is not a sentence.
        let headline = first_line(&masked, &lines).filter(|&(s, e)| {
            let t = masked[s..e].trim_end();
            !t.ends_with(['.', '。']) && !masked[e..].trim().is_empty()
        });
        let sents = split_sentences_in(&masked, &lines);
        let lower = masked.to_ascii_lowercase();
        let mut facts: Vec<SentFacts> = sents.iter().map(|s| facts_of(&lower, s)).collect();
        let cues = find_cues(&lower, &sents, &mut facts);
        for f in &mut facts {
            f.sign = f.cues & cue::SIGN != 0;
            f.currency = f.cues & cue::CURRENCY != 0;
        }
        let odd_case = !ascii
            && (memchr::memmem::find(masked.as_bytes(), "\u{17F}".as_bytes()).is_some()
                || memchr::memmem::find(masked.as_bytes(), "\u{212A}".as_bytes()).is_some());
        let sign_verb = vec![std::cell::OnceCell::new(); sents.len()];
        Doc {
            text,
            masked,
            sign_verb,
            sents,
            headline,
            has_cjk,
            has_latin,
            odd_case,
            lower,
            facts,
            cues,
        }
    }

    /// May a regex whose every match contains a keyword of one of the `groups` ([`cue`]) match
    /// in sentence `i`? Exact as a prefilter: false only when no such keyword is in the
    /// lowercased sentence (and the text has no `ſ`/`K`, see [`Doc::odd_case`]).
    pub fn may(&self, i: usize, groups: u32) -> bool {
        self.odd_case || self.fact(i).cues & groups != 0
    }

    /// [`Doc::may`] for a regex run over the whole text.
    pub fn may_doc(&self, groups: u32) -> bool {
        self.odd_case || self.cues & groups != 0
    }

    /// The ASCII-lowercased text of a sentence.
    pub fn sent_lower(&self, s: &Sent) -> &str {
        &self.lower[s.start..s.end]
    }

    /// Facts of sentence `i` (default facts when out of range).
    pub fn fact(&self, i: usize) -> SentFacts {
        self.facts.get(i).copied().unwrap_or_default()
    }

    /// Indices of the sentences that mention signing (broad sense, see [`SentFacts::sign`]).
    pub fn signing(&self) -> impl Iterator<Item = usize> + '_ {
        self.facts
            .iter()
            .enumerate()
            .filter(|(_, f)| f.sign)
            .map(|(i, _)| i)
    }

    pub fn sent_str(&self, s: &Sent) -> &str {
        &self.masked[s.start..s.end]
    }

    /// Index of the sentence containing byte `pos`.
    pub fn sent_at(&self, pos: usize) -> Option<usize> {
        let i = self.sents.partition_point(|s| s.end <= pos);
        (i < self.sents.len() && self.sents[i].start <= pos).then_some(i)
    }
}

/// The [`cue::SIGN`] keywords, searched in the lowercased sentence.
static SIGN_CUES: LazyLock<Keywords> = LazyLock::new(|| {
    let words: Vec<(&str, u32)> = cue::GROUPS
        .iter()
        .filter(|&&(g, _)| g == cue::SIGN)
        .flat_map(|&(_, words)| words.iter().map(|&w| (w, 1)))
        .collect();
    Keywords::new(&words)
});

/// Byte offset of the first signing cue in a lowercased sentence (the one that ends first,
/// as `aho_corasick`'s standard match semantics report it).
pub(crate) fn sign_at(lower: &str) -> Option<usize> {
    SIGN_CUES.first_start(lower.as_bytes())
}

/// Byte classes for [`facts_of`]: 1 ASCII digit, 2 ASCII letter, 4 not ASCII.
static BYTE_FACTS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if b.is_ascii_digit() {
            1
        } else if b.is_ascii_alphabetic() {
            2
        } else if b >= 0x80 {
            4
        } else {
            0
        };
        i += 1;
    }
    t
};

/// Number of CJK ideographs ([`is_cjk`]) in UTF-8 text, counting stops at `limit`.
fn cjk_count(b: &[u8], limit: usize) -> usize {
    // U+3400..U+3FFF: E3 90..BF; U+4000..U+4DBF: E4 80..B6; U+4E00..U+4FFF: E4 B8..BF;
    // U+5000..U+9FFF: E5..E9
    let mut n = 0;
    let mut i = 0;
    while i < b.len() {
        let lead = b[i];
        if (0xE3..=0xE9).contains(&lead) {
            let second = b.get(i + 1).copied().unwrap_or(0);
            let cjk = match lead {
                0xE3 => second >= 0x90,
                0xE4 => second != 0xB7,
                _ => true,
            };
            if cjk {
                n += 1;
                if n >= limit {
                    return n;
                }
            }
            i += 3;
        } else {
            i += 1;
        }
    }
    n
}

fn facts_of(lower: &str, s: &Sent) -> SentFacts {
    let t = &lower[s.start..s.end];
    let b = t.as_bytes();
    let mut kinds = 0u8;
    for &x in b {
        kinds |= BYTE_FACTS[x as usize];
    }
    let mut f = SentFacts {
        digit: kinds & 1 != 0,
        latin: kinds & 2 != 0,
        cjk: kinds & 4 != 0 && cjk_count(b, 1) > 0,
        ..SentFacts::default()
    };
    let tail = t.trim_end_matches(['"', '\'', '”', '’', '）', ')', '」', '』']);
    f.terminal = tail.ends_with(['.', '!', '?', '。', '！', '？']);
    f
}

pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}')
}

/// The spans of `t.split_inclusive('\n')`.
fn line_spans(t: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(t.len() / 40 + 1);
    let mut s = 0;
    for p in memchr::memchr_iter(b'\n', t.as_bytes()) {
        out.push((s, p + 1));
        s = p + 1;
    }
    if s < t.len() {
        out.push((s, t.len()));
    }
    out
}

fn mask(text: &str, lines: &[(usize, usize)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut cut = false;
    let mut content = 0usize;
    for line in lines.iter().map(|&(s, e)| &text[s..e]) {
        if cut {
            blank(&mut out, line);
            continue;
        }
        let t = line.trim();
        if t.is_empty() {
            out.push_str(line);
            continue;
        }
        // Only look at short lines: furniture is short, and this keeps regex work bounded.
        if t.len() <= 200 {
            if content >= 200 && may_be_trailer(t) && TRAILER.is_match(t) {
                cut = true;
                blank(&mut out, line);
                continue;
            }
            if is_furniture(t) && !(t.contains('|') && t.bytes().any(|b| b.is_ascii_digit())) {
                blank(&mut out, line);
                continue;
            }
        }
        content += t.len();
        out.push_str(line);
    }
    out
}

fn blank(out: &mut String, line: &str) {
    for b in line.bytes() {
        out.push(if b == b'\n' { '\n' } else { ' ' });
    }
}

/// Breadcrumbs ("首页 > 新闻中心 > 川投要闻"), page-date and source lines are not headlines.
fn not_a_headline(t: &str) -> bool {
    t.matches(" > ").count() + t.matches('>').count() / 2 >= 1 && t.contains('>')
        || t.contains('»')
        || t.starts_with(|c: char| c.is_ascii_digit()) && t.len() < 60
        || t.contains("来源") && t.len() < 80
}

fn first_line(masked: &str, lines: &[(usize, usize)]) -> Option<(usize, usize)> {
    let mut pos = 0;
    for line in lines.iter().map(|&(s, e)| &masked[s..e]) {
        let t = line.trim();
        if !t.is_empty() && !not_a_headline(t) {
            let lead = line.len() - line.trim_start().len();
            return Some((pos + lead, pos + lead + t.len()));
        }
        pos += line.len();
    }
    None
}

/// Split into sentences. Lines are joined when a line does not end a sentence and the next
/// non-empty line starts in lower case (broken machine-translated paragraphs).
#[cfg(test)]
fn split_sentences(m: &str) -> Vec<Sent> {
    split_sentences_in(m, &line_spans(m))
}

/// [`split_sentences`] with the lines of `m` given.
fn split_sentences_in(m: &str, lines: &[(usize, usize)]) -> Vec<Sent> {
    // 1. blocks of joined lines
    let mut blocks: Vec<(usize, usize)> = Vec::new();
    let mut pos = 0;
    for line in lines.iter().map(|&(s, e)| &m[s..e]) {
        let start = pos;
        pos += line.len();
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let (s, e) = (start + lead, start + lead + t.len());
        let first = t.chars().next().unwrap_or(' ');
        let join = match blocks.last() {
            Some(&(_, pe)) => {
                let prev = m[..pe].trim_end();
                let ends = prev
                    .chars()
                    .next_back()
                    .is_some_and(|c| ".!?。！？:：\"”』」)".contains(c));
                !ends && (first.is_lowercase() || first == ',' || first == '，')
            }
            None => false,
        };
        if join {
            if let Some(last) = blocks.last_mut() {
                last.1 = e;
            }
        } else {
            blocks.push((s, e));
        }
    }
    // 2. sentences inside blocks
    let mut out = Vec::new();
    for (bs, be) in blocks {
        let block = &m[bs..be];
        let bytes = block.as_bytes();
        let mut s = 0;
        let ascii = block.is_ascii();
        let mut i = 0;
        // the enders are ASCII or start with a lead byte (never a continuation byte)
        while let Some(at) = next_ender(bytes, i, ascii) {
            i = at;
            let c = match bytes[i] {
                b'.' => '.',
                b'!' => '!',
                b'?' => '?',
                0xE3 if bytes[i + 1..].starts_with(&[0x80, 0x82]) => '。',
                0xEF if bytes[i + 1..].starts_with(&[0xBC, 0x81]) => '！',
                0xEF if bytes[i + 1..].starts_with(&[0xBC, 0x9F]) => '？',
                _ => {
                    i += 1;
                    continue;
                }
            };
            let end_here = match c {
                '。' | '！' | '？' => true,
                '.' | '!' | '?' => {
                    let next = bytes.get(i + 1).copied();
                    let next_ok = match next {
                        None => true,
                        Some(b) if b.is_ascii_whitespace() => true,
                        Some(b'"') | Some(b'\'') | Some(b')') => {
                            bytes.get(i + 2).is_none_or(|b| b.is_ascii_whitespace())
                        }
                        Some(0xE2) => true, // closing curly quote
                        _ => false,
                    };
                    next_ok
                        && (c != '.'
                            || !(is_abbrev(&block[s..i])
                                || etc_mid_sentence(&block[s..i], &bytes[i + 1..])))
                }
                _ => false,
            };
            let mut e = i + c.len_utf8();
            if end_here {
                // swallow closing quotes/brackets
                while let Some(d) = block[e..].chars().next() {
                    if "\"'”’）)」』".contains(d) {
                        e += d.len_utf8();
                    } else {
                        break;
                    }
                }
                push_trimmed(&mut out, block, bs, s, e);
                s = e;
            }
            i = e;
        }
        push_trimmed(&mut out, block, bs, s, block.len());
    }
    out
}

/// Bytes that may start a sentence ender (`.!?` and the lead bytes of `。！？`).
static ENDER_LEAD: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[0xE3] = true;
    t[0xEF] = true;
    t
};

/// Position of the next byte at or after `from` that may start a sentence ender.
fn next_ender(bytes: &[u8], from: usize, ascii: bool) -> Option<usize> {
    let rest = bytes.get(from..)?;
    if ascii {
        memchr::memchr3(b'.', b'!', b'?', rest).map(|i| from + i)
    } else {
        rest.iter()
            .position(|&b| ENDER_LEAD[b as usize])
            .map(|i| from + i)
    }
}

fn push_trimmed(out: &mut Vec<Sent>, block: &str, base: usize, s: usize, e: usize) {
    let piece = &block[s..e];
    let t = piece.trim();
    if t.is_empty() {
        return;
    }
    let lead = piece.len() - piece.trim_start().len();
    out.push(Sent {
        start: base + s + lead,
        end: base + s + lead + t.len(),
    });
}

/// "… new energy, water affairs etc. fields cooperation": *etc.* before a lower-case word
/// closes a list, not the sentence (machine translations of `等` put it mid-sentence).
fn etc_mid_sentence(before: &str, after: &[u8]) -> bool {
    let b = before.as_bytes();
    b.len() >= 3
        && b[b.len() - 3..].eq_ignore_ascii_case(b"etc")
        && b.len()
            .checked_sub(4)
            .is_none_or(|k| !b[k].is_ascii_alphanumeric())
        && after
            .iter()
            .find(|c| !c.is_ascii_whitespace())
            .is_some_and(u8::is_ascii_lowercase)
}

fn is_abbrev(before: &str) -> bool {
    // compared ASCII-case-insensitively (the list is lower case)
    let word: &str = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return false;
    }
    // initials such as "J." or "A.B."
    if word.len() == 1 && word.chars().all(|c| c.is_ascii_alphabetic()) {
        return before
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| w.chars().all(|c| c.is_ascii_uppercase()));
    }
    if word.ends_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    // joined initials such as "H.M" in "Drs. H.M. Ali"
    let b = word.as_bytes();
    if b.len() == 3 && b[0].is_ascii_uppercase() && b[1] == b'.' && b[2].is_ascii_uppercase() {
        return true;
    }
    ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trailer_and_furniture_are_masked() {
        let t = format!(
            "Home\nNews | World | Business\n{}\nLeave a Reply\nYour email address will not be published.",
            "The two sides signed an agreement. ".repeat(10)
        );
        let d = Doc::new(&t);
        assert_eq!(d.masked.len(), t.len());
        assert!(!d.masked.contains("Leave"));
        assert!(!d.masked.contains("Home"));
        assert!(!d.masked.contains("World"));
        assert!(d.masked.contains("signed an agreement"));
    }

    #[test]
    fn bars_of_furniture_items_are_masked() {
        let t = "allAfrica.com\nSubscribe | Sign In\nPrint | E-mail\n\nThe two sides signed an agreement in Addis Ababa | Ethiopia.";
        let d = Doc::new(t);
        assert!(!d.masked.contains("allAfrica"));
        assert!(!d.masked.contains("Sign In"));
        assert!(!d.masked.contains("E-mail"));
        assert!(d.masked.contains("Addis Ababa | Ethiopia"));
        assert!(
            !d.signing()
                .any(|i| d.sent_str(&d.sents[i]).contains("allAfrica"))
        );
    }

    #[test]
    fn related_article_lines_are_masked() {
        let t = format!(
            "{}\nPrevious: India, ADB sign $1.22 billion loans (Jan 2023)\nPakistan, World Bank sign $371m loan agreements (May 2020)\n",
            "The two sides signed an agreement. ".repeat(3)
        );
        let d = Doc::new(&t);
        assert!(!d.masked.contains("1.22"));
        assert!(!d.masked.contains("371m"));
    }

    #[test]
    fn sentence_facts() {
        let d =
            Doc::new("Signing Ceremony Held\nThe bank inked a $5m loan. 双方签约。Nothing here");
        let f: Vec<SentFacts> = d.facts.clone();
        assert_eq!(f.len(), 4);
        assert!(f[0].sign && !f[0].terminal && !f[0].digit);
        assert!(f[1].sign && f[1].digit && f[1].currency && f[1].terminal && f[1].latin);
        assert!(f[2].sign && f[2].cjk && !f[2].latin);
        assert!(!f[3].sign && !f[3].terminal);
        assert_eq!(d.lower.len(), d.masked.len());
        assert_eq!(d.sent_lower(&d.sents[1]), "the bank inked a $5m loan.");
        assert_eq!(d.signing().collect::<Vec<_>>(), vec![0, 1, 2]);
    }

    #[test]
    fn breadcrumbs_are_not_headlines() {
        let d = Doc::new(
            "首页 > 新闻中心 > 要闻\n2016-09-13  来源：川投\n川投集团与名山区签约\n正文。",
        );
        let (s, e) = d.headline.unwrap();
        assert_eq!(&d.masked[s..e], "川投集团与名山区签约");
    }

    #[test]
    fn broken_lines_join() {
        let t = "Wang Liming, vice governor of\n\nand deputy general manager of China Telecom, signed it. Next one.";
        let d = Doc::new(t);
        assert_eq!(d.sents.len(), 2);
        assert!(
            d.sent_str(&d.sents[0])
                .contains("vice governor of\n\nand deputy")
        );
    }

    #[test]
    fn abbreviations_do_not_split() {
        let d = Doc::new("Mr. Li of China Telecom Co. Ltd. signed it. 双方签署协议。会后合影。");
        let s: Vec<&str> = d.sents.iter().map(|s| d.sent_str(s)).collect();
        assert_eq!(
            s,
            vec![
                "Mr. Li of China Telecom Co. Ltd. signed it.",
                "双方签署协议。",
                "会后合影。"
            ]
        );
    }
    #[test]
    fn etc_before_a_lower_case_word_does_not_split() {
        let d = Doc::new(
            "They cooperate in new energy, water affairs etc. fields cooperation. Coal etc. The End.",
        );
        let s: Vec<&str> = d.sents.iter().map(|s| d.sent_str(s)).collect();
        assert_eq!(
            s,
            vec![
                "They cooperate in new energy, water affairs etc. fields cooperation.",
                "Coal etc.",
                "The End."
            ]
        );
    }

    /// The old keyword pass (all overlapping matches of `aho_corasick`), the reference for
    /// [`find_cues`].
    fn find_cues_reference(lower: &str, sents: &[Sent], facts: &mut [SentFacts]) -> u32 {
        let mut groups: std::collections::BTreeMap<&str, u32> = Default::default();
        for &(g, words) in cue::GROUPS {
            for w in words {
                *groups.entry(w).or_default() |= g;
            }
        }
        let (words, masks): (Vec<&str>, Vec<u32>) = groups.into_iter().unzip();
        let ac = aho_corasick::AhoCorasick::new(words).unwrap();
        let mut all = 0u32;
        let mut p = 0usize;
        for m in ac.find_overlapping_iter(lower) {
            let g = masks[m.pattern().as_usize()];
            all |= g;
            while p < sents.len() && sents[p].end < m.end() {
                p += 1;
            }
            if let (Some(s), Some(f)) = (sents.get(p), facts.get_mut(p)) {
                if s.start <= m.start() {
                    f.cues |= g;
                }
            }
        }
        all
    }

    /// Pieces that make up the generated lines: keyword fragments, sentence ends, case variants.
    const PIECES: &[&str] = &[
        "sign",
        "signed",
        "in",
        "ked",
        "inks ",
        "seal",
        "s ",
        "mou",
        "memorand",
        "um",
        "agree",
        "ment",
        "day",
        "mon",
        "night",
        "week",
        "recent",
        "ly",
        "jan",
        "mar",
        "ch",
        "may",
        "dec",
        "ade",
        "rs.",
        "rs ",
        "$",
        "元",
        "签",
        "约",
        "双方将",
        "周",
        "日",
        "说",
        "十",
        "笔",
        ". ",
        "。",
        "！",
        "? ",
        "\n",
        "\n\n",
        " ",
        "a",
        "e",
        "o",
        "x",
        "1",
        "2016",
        "ſ",
        "K",
        "é",
        "related posts",
        "share this",
        "home",
        "skip",
        "sk",
        "leave a reply",
        "comments",
        "3 ",
        "previous",
        "next",
        "more",
        ":",
        "：",
        "|",
        " / ",
        "©",
        "首页",
        "相关新闻",
        "copyright",
        "Mr",
        "Co",
        "Ltd",
        ")",
        "”",
        "’",
        "A",
        "S",
        "H",
        "L",
        "R",
        "P",
        "Ｓ",
        "٣",
        "扫一扫",
    ];

    fn assemble(ix: &[usize]) -> String {
        ix.iter().map(|&i| PIECES[i % PIECES.len()]).collect()
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 3000, ..Default::default() })]

        #[test]
        fn cue_dfa_matches_reference(ix in proptest::collection::vec(0usize..1000, 0..80)) {
            let t = assemble(&ix);
            let lower = t.to_ascii_lowercase();
            let sents = split_sentences(&t);
            let mut a = vec![SentFacts::default(); sents.len()];
            let mut b = a.clone();
            let all_a = find_cues(&lower, &sents, &mut a);
            let all_b = find_cues_reference(&lower, &sents, &mut b);
            proptest::prop_assert_eq!(all_a, all_b);
            let ca: Vec<u32> = a.iter().map(|f| f.cues).collect();
            let cb: Vec<u32> = b.iter().map(|f| f.cues).collect();
            proptest::prop_assert_eq!(ca, cb);
        }

        #[test]
        fn line_prefilters_are_exact(ix in proptest::collection::vec(0usize..1000, 1..8)) {
            let t = assemble(&ix);
            let t = t.trim();
            if TRAILER.is_match(t) {
                proptest::prop_assert!(may_be_trailer(t), "{t:?}");
            }
            if FURNITURE.is_match(t) {
                proptest::prop_assert!(may_be_furniture(t), "{t:?}");
            }
        }
    }

    #[test]
    fn line_prefilters_keep_every_alternative() {
        for t in [
            "Leave a reply",
            "Your email address will not be published",
            "Related posts",
            "RELATED NEWS: x",
            "You might also like",
            "More stories from us",
            "Share this:",
            "ſhare this",
            "Like this",
            "Post navigation",
            "Previous article",
            "Next story",
            "Comments",
            "12 comments",
            "٣ comments",
            "About the author",
            "Recommended for you",
            "Popular posts",
            "相关阅读",
            "上一篇",
            "下一篇",
            "【纠错】",
            "扫一扫",
            "延伸阅读",
            "热点推荐",
            "猜你喜欢",
        ] {
            assert!(TRAILER.is_match(t), "{t}");
            assert!(may_be_trailer(t), "{t}");
        }
        for t in [
            "Home",
            "MENU",
            "Search",
            "Login",
            "Log in",
            "Sign up",
            "Register",
            "Subscribe",
            "Print",
            "E-mail",
            "email",
            "Share",
            "Tweet",
            "Facebook",
            "Twitter",
            "LinkedIn",
            "WhatsApp",
            "WeChat",
            "Weibo",
            "Skip to content",
            "s\u{212A}ip to main content",
            "Advertisement",
            "Close",
            "Back to top",
            "Font size: A",
            "Share on Facebook",
            "Follow us on X",
            "Click here to read",
            "Copyright 2016",
            "© Xinhua",
            "All rights reserved",
            "Tags: a, b",
            "Filed under: x",
            "Posted in news",
            "Categories: x",
            "首页",
            "返回",
            "打印",
            "关闭窗口",
            "分享到：微信",
            "责任编辑：王",
            "编辑：李",
            "【字号 大 中 小】",
            "字号：大",
            "Previous: x",
            "Next : y",
            "Read more:",
            "See also: z",
            "Also read: w",
            "More：",
            "ſearch",
        ] {
            assert!(FURNITURE.is_match(t), "{t}");
            assert!(may_be_furniture(t), "{t}");
        }
    }

    proptest::proptest! {
        #[test]
        fn sign_at_matches_aho_corasick(ix in proptest::collection::vec(0usize..1000, 0..40)) {
            let ac = aho_corasick::AhoCorasick::new([
                "sign", "inked", "inks ", "sealed", "seals ", "concluded", "entered into", "签",
            ])
            .unwrap();
            let mut t = assemble(&ix).to_ascii_lowercase();
            t.push_str(" entered into inks sealed seals concluded");
            proptest::prop_assert_eq!(sign_at(&t), ac.find(&t).map(|m| m.start()));
            let cut = &t[..t.len() - 40];
            proptest::prop_assert_eq!(sign_at(cut), ac.find(cut).map(|m| m.start()));
        }
    }
}
