//! Document preparation: boilerplate masking, language flags and sentence spans.
//!
//! The masked text has exactly the byte length of the input, so every span found in it is a
//! span of the input too. Boilerplate lines are overwritten with ASCII spaces (whole lines, so
//! char boundaries are preserved).

use std::sync::LazyLock;

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

fn is_furniture(t: &str) -> bool {
    FURNITURE.is_match(t)
        || ((t.contains('|') || t.contains('/')) && FURNITURE_MENU.is_match(t))
        || (t.ends_with(')') && FURNITURE_DATED.is_match(t))
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "co", "ltd", "inc", "corp", "no", "st", "jr", "sr", "rs",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s",
    "e.g", "i.e", "vs", "gen", "gov", "sen", "rep", "hon", "h.e", "messrs", "smt", "shri", "u.k",
    "approx", "est", "dept", "govt", "pvt", "plc", "bhd", "s.a", "n.v", "a.g",
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
    /// Parts of a day (`EN_DAY_PART`).
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
        (DAY_PART, &["noon", "morning", "evening", "night"]),
        (
            WEEKDAY,
            &[
                "day", "night", "week", "recently", "星期", "周", "礼拜", "昨", "今天", "今日",
                "前天", "近日", "日前", "近期",
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
            &["agreement", "memorandum", "mou", "协议", "备忘录", "双方将"],
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
                "plant", "cracker", "farm", "refinery", "complex", "park", "hub", "factory",
                "railway", "pipeline",
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
            ],
        ),
    ];
}

/// All cue keywords in one automaton, with the groups of each.
static CUES: LazyLock<(aho_corasick::AhoCorasick, Vec<u32>)> = LazyLock::new(|| {
    let mut groups: std::collections::BTreeMap<&str, u32> = std::collections::BTreeMap::new();
    for &(g, words) in cue::GROUPS {
        for w in words {
            *groups.entry(w).or_default() |= g;
        }
    }
    let (words, masks): (Vec<&str>, Vec<u32>) = groups.into_iter().unzip();
    let ac = aho_corasick::AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(words)
        .expect("cues");
    (ac, masks)
});

/// Sets `facts[i].cues` for every cue inside sentence `i`; returns the groups found anywhere.
fn find_cues(lower: &str, sents: &[Sent], facts: &mut [SentFacts]) -> u32 {
    let (ac, masks) = &*CUES;
    let mut all = 0u32;
    let mut p = 0usize;
    // matches come in order of their end
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
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str) -> Doc<'a> {
        let masked = mask(text);
        let ascii = masked.is_ascii();
        let latin = masked.bytes().filter(u8::is_ascii_alphabetic).count();
        let cjk = if ascii {
            0
        } else {
            masked.chars().filter(|&c| is_cjk(c)).count()
        };
        // The first line is a headline only if more content follows and it is not a sentence.
        let headline = first_line(&masked).filter(|&(s, e)| {
            let t = masked[s..e].trim_end();
            !t.ends_with(['.', '。']) && !masked[e..].trim().is_empty()
        });
        let sents = split_sentences(&masked);
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
        Doc {
            text,
            masked,
            sents,
            headline,
            has_cjk: cjk >= 4,
            has_latin: latin >= 20,
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

/// Literal cues of signing, searched in the lowercased sentence.
static SIGN_CUES: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::new([
        "sign",
        "inked",
        "inks ",
        "sealed",
        "seals ",
        "concluded",
        "entered into",
        "签",
    ])
    .expect("sign cues")
});

/// Byte offset of the first signing cue in a lowercased sentence.
pub(crate) fn sign_at(lower: &str) -> Option<usize> {
    SIGN_CUES.find(lower).map(|m| m.start())
}

fn facts_of(lower: &str, s: &Sent) -> SentFacts {
    let t = &lower[s.start..s.end];
    let b = t.as_bytes();
    let mut f = SentFacts {
        digit: b.iter().any(u8::is_ascii_digit),
        latin: b.iter().any(u8::is_ascii_alphabetic),
        cjk: !t.is_ascii() && t.chars().any(is_cjk),
        ..SentFacts::default()
    };
    let tail = t.trim_end_matches(['"', '\'', '”', '’', '）', ')', '」', '』']);
    f.terminal = tail.ends_with(['.', '!', '?', '。', '！', '？']);
    f
}

pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}')
}

fn mask(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut cut = false;
    let mut content = 0usize;
    for line in text.split_inclusive('\n') {
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
            if TRAILER.is_match(t) && content >= 200 {
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

fn first_line(masked: &str) -> Option<(usize, usize)> {
    let mut pos = 0;
    for line in masked.split_inclusive('\n') {
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
fn split_sentences(m: &str) -> Vec<Sent> {
    // 1. blocks of joined lines
    let mut blocks: Vec<(usize, usize)> = Vec::new();
    let mut pos = 0;
    for line in m.split_inclusive('\n') {
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
        let mut iter = block.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
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
                    next_ok && (c != '.' || !is_abbrev(&block[s..i]))
                }
                _ => false,
            };
            if end_here {
                let mut e = i + c.len_utf8();
                // swallow closing quotes/brackets
                while let Some(&(j, d)) = iter.peek() {
                    if "\"'”’）)」』".contains(d) {
                        e = j + d.len_utf8();
                        iter.next();
                    } else {
                        break;
                    }
                }
                push_trimmed(&mut out, block, bs, s, e);
                s = e;
            }
        }
        push_trimmed(&mut out, block, bs, s, block.len());
    }
    out
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
}
