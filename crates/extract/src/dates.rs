//! Dates: every mention, the article's reference (dateline/publication) date, and the date of
//! signing at the precision the text supports.

use std::sync::LazyLock;

use regex::Regex;

use crate::text::{Doc, Sent, cue};

const MONTH: &str = r"(?i:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?";

static EN_MD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})(?i:st|nd|rd|th)?(?-u:\b)(?:(?:,?\s+|/)(?P<y>(?:19|20)\d\d)(?-u:\b))?"
    ))
    .expect("EN_MD")
});
static EN_DM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)(?P<d>\d{{1,2}})(?i:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTH})(?-u:\b)(?:,?\s+(?P<y>(?:19|20)\d\d)(?-u:\b))?"
    ))
    .expect("EN_DM")
});
static EN_MY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)(?P<m>{MONTH})\s*,?\s+(?P<y>(?:19|20)\d\d)(?-u:\b)"
    ))
    .expect("EN_MY")
});
/// Day ranges: "from October 29 to 31", "February 24-26", "13th to 18th February, 2016".
static EN_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    let to = r"\s*(?:-|–|—|(?i:to|and|through|till|until))\s*";
    Regex::new(&format!(
        r"(?-u:\b)(?:(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})(?i:st|nd|rd|th)?{to}(?P<d2>\d{{1,2}})(?i:st|nd|rd|th)?|(?P<db>\d{{1,2}})(?i:st|nd|rd|th)?{to}(?P<d2b>\d{{1,2}})(?i:st|nd|rd|th)?\s+(?:of\s+)?(?P<mb>{MONTH}))(?-u:\b)(?:,?\s+(?P<y>(?:19|20)\d\d)(?-u:\b))?"
    ))
    .expect("EN_RANGE")
});
static ZH_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(?P<y>(?:19|20)\d\d)\s*年\s*)?(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]?\s*(?:-|—|－|–|~|～|至|到)\s*(?P<d2>\d{1,2})\s*[日号]")
        .expect("ZH_RANGE")
});
/// "22nd afternoon": a day of the reference month.
static EN_DAY_PART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?P<d>\d{1,2})(?:st|nd|rd|th)(?:\s+(?:afternoon|morning|evening|night)(?-u:\b)|(?P<comma>,))",
    )
    .expect("EN_DAY_PART")
});
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?P<y>(?:19|20)\d\d)[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?-u:\b)")
        .expect("NUMERIC")
});
static NUMERIC_DMY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>(?:19|20)\d\d)(?-u:\b)")
        .expect("NUMERIC_DMY")
});
/// Dates in Chinese numerals, as wire copy writes them: "六月十八日", "十八日在惠州举行".
static ZH_NUM_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(?P<m>[一二三四五六七八九十]{1,2})月)?(?P<d>[一二三四五六七八九十]{1,3})日")
        .expect("ZH_NUM_DATE")
});

/// The value of a Chinese numeral up to 99 ("八", "十八", "二十", "三十一").
fn zh_numeral(s: &str) -> Option<u32> {
    let digit = |c: char| {
        "一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map(|k| k as u32 + 1)
    };
    let cs: Vec<char> = s.chars().collect();
    match cs.as_slice() {
        ['十'] => Some(10),
        [a] => digit(*a),
        ['十', b] => Some(10 + digit(*b)?),
        [a, '十'] => Some(10 * digit(*a)?),
        [a, '十', b] => Some(10 * digit(*a)? + digit(*b)?),
        _ => None,
    }
}

static ZH_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:(?P<y>(?:19|20)\d\d)\s*年\s*)?(?:(?P<m>\d{1,2})\s*月\s*)?(?P<d>\d{1,2})\s*[日号]|(?P<y2>(?:19|20)\d\d)\s*年\s*(?P<m2>\d{1,2})\s*月|(?P<m3>\d{1,2})\s*月",
    )
    .expect("ZH_DATE")
});
static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?-u:\b)|(?i:(?-u:\b)(?P<rel>yesterday|today|this (?:morning|afternoon|evening)|tonight)(?-u:\b))|(?:星期|周|礼拜)(?P<zw>[一二三四五六日天])|(?P<zrel>昨天|昨日|今天|今日|前天)|(?i:(?-u:\b)(?P<night>last night)(?-u:\b))|(?i:(?-u:\b)(?P<vague>(?:earlier )?this week|recently|(?:at|over|this|last) (?:the )?weekend)(?-u:\b))|(?P<zvague>近日|日前|近期|本周)")
        .expect("WEEKDAY")
});
static PUBLISHED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)published|posted|updated|release date|date:|发布|时间|日期|来源").expect("PUB")
});

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct DateHit {
    pub value: String,
    pub span: (usize, usize),
    pub year: Option<i32>,
}

pub(crate) struct Dates {
    pub signing: Option<DateHit>,
    /// Year of the article (dateline / publication), if known.
    pub ref_year: Option<i32>,
}

impl Dates {
    pub fn signing_year(&self) -> Option<i32> {
        self.signing.as_ref().and_then(|d| d.year).or(self.ref_year)
    }
}

#[derive(Debug, Clone, Copy)]
enum Kind {
    /// (year?, month?, day?)
    Cal(Option<i32>, Option<u32>, Option<u32>),
    /// weekday 0=Monday..6=Sunday
    Weekday(u32),
    /// days before the reference date (0 = today)
    Relative(i64),
    /// a run of days of one month (year?, month, first day): month precision unless the
    /// sentence says the first/opening day
    Range(Option<i32>, u32, u32),
    /// "this week", "recently", 近日: the month of the reference date
    Vague,
}

#[derive(Debug, Clone, Copy)]
struct Mention {
    start: usize,
    end: usize,
    kind: Kind,
}

/// The month a name or abbreviation stands for ("Sept.", "october"); None for other words that
/// merely start like one ("Mayor", "Marketing", "Decade").
fn month_num(s: &str) -> Option<u32> {
    let w = s.trim_end_matches('.');
    if w.len() < 3 {
        return None;
    }
    crate::lexicon::MONTHS
        .iter()
        .position(|full| {
            full.len() >= w.len()
                && full[..w.len()].eq_ignore_ascii_case(w)
                && (w.len() == 3 || w.len() == full.len() || w.eq_ignore_ascii_case("sept"))
        })
        .map(|k| k as u32 + 1)
}

/// Can `NUMERIC` or `NUMERIC_DMY` match? Both need two of `-/.` each between two `\d`
/// (an ASCII digit, or a byte of a non-ASCII character, which may be a Unicode digit).
fn may_be_numeric(m: &[u8]) -> bool {
    let digitish = |b: u8| b.is_ascii_digit() || b >= 0x80;
    let mut n = 0;
    for k in 1..m.len().saturating_sub(1) {
        if matches!(m[k], b'-' | b'/' | b'.') && digitish(m[k - 1]) && digitish(m[k + 1]) {
            n += 1;
            if n >= 2 {
                return true;
            }
        }
    }
    false
}

/// What a sentence may contain, for [`mentions_in`]: each flag is false only when the regexes
/// it gates cannot match.
#[derive(Clone, Copy)]
struct Gates {
    cjk: bool,
    latin: bool,
    digits: bool,
    /// English month names (`EN_MD`, `EN_DM`, `EN_MY`, `EN_RANGE`; needs `latin`, `digits`).
    month: bool,
    /// `WEEKDAY`.
    weekday: bool,
    /// `EN_DAY_PART` (needs `latin`, `digits`).
    day_part: bool,
}

impl Gates {
    fn of(doc: &Doc, i: usize) -> Gates {
        let f = doc.fact(i);
        let cjk = f.cjk && doc.has_cjk;
        let latin = f.latin && doc.has_latin;
        let digits = f.digit;
        Gates {
            cjk,
            latin,
            digits,
            month: latin && digits && doc.may(i, cue::MONTH),
            weekday: doc.may(i, cue::WEEKDAY),
            day_part: latin && digits && doc.may(i, cue::DAY_PART),
        }
    }
}

/// Date mentions of sentence `m`, running only the regexes its [`Gates`] allow.
fn mentions_in(m: &str, g: Gates) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    let num = |c: Option<regex::Match>| c.and_then(|x| x.as_str().parse::<i64>().ok());
    let Gates {
        cjk,
        latin,
        digits,
        month,
        weekday,
        day_part,
    } = g;
    let month = latin && digits && month;
    if month {
        for re in [&*EN_MD, &*EN_DM] {
            for c in re.captures_iter(m) {
                let (Some(whole), Some(mo)) = (c.get(0), c.name("m")) else {
                    continue;
                };
                // "may" as a verb
                if mo.as_str().eq_ignore_ascii_case("may") && !mo.as_str().starts_with('M') {
                    continue;
                }
                let month = month_num(mo.as_str());
                let day = num(c.name("d")).map(|d| d as u32);
                let year = num(c.name("y")).map(|y| y as i32);
                // "6 June 18" (machine translation of 6月18日): the month's number, its name,
                // then the day, read by `EN_MD` from the name
                if c.name("y").is_none()
                    && day.is_some()
                    && day == month
                    && m[whole.end()..]
                        .strip_prefix(' ')
                        .is_some_and(|r| r.starts_with(|ch: char| ch.is_ascii_digit()))
                {
                    continue;
                }
                out.push(Mention {
                    start: whole.start(),
                    end: whole.end(),
                    kind: Kind::Cal(year, month, day),
                });
            }
        }
        for c in EN_MY.captures_iter(m) {
            let (Some(whole), Some(mo)) = (c.get(0), c.name("m")) else {
                continue;
            };
            if mo.as_str().eq_ignore_ascii_case("may") && !mo.as_str().starts_with('M') {
                continue;
            }
            out.push(Mention {
                start: whole.start(),
                end: whole.end(),
                kind: Kind::Cal(
                    num(c.name("y")).map(|y| y as i32),
                    month_num(mo.as_str()),
                    None,
                ),
            });
        }
    }
    let numeric = digits && may_be_numeric(m.as_bytes());
    for c in numeric
        .then(|| NUMERIC.captures_iter(m))
        .into_iter()
        .flatten()
    {
        let Some(whole) = c.get(0) else { continue };
        out.push(Mention {
            start: whole.start(),
            end: whole.end(),
            kind: Kind::Cal(
                num(c.name("y")).map(|y| y as i32),
                num(c.name("m")).map(|v| v as u32),
                num(c.name("d")).map(|v| v as u32),
            ),
        });
    }
    for c in numeric
        .then(|| NUMERIC_DMY.captures_iter(m))
        .into_iter()
        .flatten()
    {
        let Some(whole) = c.get(0) else { continue };
        let (a, b) = (num(c.name("d")), num(c.name("m")));
        // day-month-year unless the middle number cannot be a month
        let (d, mo) = match (a, b) {
            (Some(a), Some(b)) if b > 12 => (Some(b), Some(a)),
            x => x,
        };
        out.push(Mention {
            start: whole.start(),
            end: whole.end(),
            kind: Kind::Cal(
                num(c.name("y")).map(|y| y as i32),
                mo.map(|v| v as u32),
                d.map(|v| v as u32),
            ),
        });
    }
    // every ZH_DATE alternative has 日, 号 or 月; ZH_RANGE has 月
    let zh_month = cjk && digits && m.contains('月');
    if cjk && digits && (zh_month || m.contains('日') || m.contains('号')) {
        for c in ZH_DATE.captures_iter(m) {
            let Some(whole) = c.get(0) else { continue };
            let kind = if c.name("y2").is_some() {
                Kind::Cal(
                    num(c.name("y2")).map(|y| y as i32),
                    num(c.name("m2")).map(|v| v as u32),
                    None,
                )
            } else if let Some(m3) = c.name("m3") {
                // "7月在西宁举行的…期间": a month alone, not "12个月" or a range "1-7月"
                let before = m[..m3.start()].chars().next_back();
                if before.is_some_and(|ch| ch.is_ascii_digit() || "-—－~～至到".contains(ch))
                {
                    continue;
                }
                Kind::Cal(None, num(Some(m3)).map(|v| v as u32), None)
            } else {
                // "8日" alone is only a date when directly preceded by punctuation/start or 月
                Kind::Cal(
                    num(c.name("y")).map(|y| y as i32),
                    num(c.name("m")).map(|v| v as u32),
                    num(c.name("d")).map(|v| v as u32),
                )
            };
            if let Kind::Cal(None, None, Some(_)) = kind {
                // bare "8日": require it to start a clause
                let before = m[..whole.start()].chars().next_back();
                // or to come right before the signing: "甲与乙16日签署"
                let signs = m[whole.end()..].starts_with('签');
                if !signs
                    && !before.is_none_or(|ch| "，。,\n （(".contains(ch) || ch.is_whitespace())
                {
                    continue;
                }
            }
            out.push(Mention {
                start: whole.start(),
                end: whole.end(),
                kind,
            });
        }
    }
    if cjk && m.contains('日') {
        for c in ZH_NUM_DATE.captures_iter(m) {
            let (Some(whole), Some(d)) = (c.get(0), c.name("d")) else {
                continue;
            };
            let Some(day) = zh_numeral(d.as_str()).filter(|d| (1..=31).contains(d)) else {
                continue;
            };
            let month = match c.name("m") {
                Some(mo) => match zh_numeral(mo.as_str()).filter(|m| (1..=12).contains(m)) {
                    Some(v) => Some(v),
                    None => continue,
                },
                None => None,
            };
            if month.is_none() {
                // a bare "十八日" is a date only where wire copy puts one: before 在/上午/电…,
                // and not inside 今日, 星期日, 第八日
                let before = m[..whole.start()].chars().next_back();
                let after = m[whole.end()..].chars().next();
                if before.is_some_and(|ch| "今昨近期周拜前每同当节生假第".contains(ch))
                    || !after.is_some_and(|ch| "在上下晚电，,起至举签".contains(ch))
                {
                    continue;
                }
            }
            out.push(Mention {
                start: whole.start(),
                end: whole.end(),
                kind: Kind::Cal(None, month, Some(day)),
            });
        }
    }
    for c in weekday
        .then(|| WEEKDAY.captures_iter(m))
        .into_iter()
        .flatten()
    {
        let Some(whole) = c.get(0) else { continue };
        let kind = if c.name("night").is_some() {
            Kind::Relative(1)
        } else if c.name("vague").is_some() || c.name("zvague").is_some() {
            Kind::Vague
        } else if let Some(w) = c.name("w") {
            // "said on Monday that it had signed": the day of the report, not of the signing
            if reporting_day(m, whole.start()) || reported_after(m, whole.end()) {
                continue;
            }
            let idx = crate::lexicon::WEEKDAYS
                .iter()
                .position(|d| *d == w.as_str())
                .unwrap_or(0);
            Kind::Weekday(idx as u32)
        } else if let Some(r) = c.name("rel") {
            // "a statement issued yesterday said the MoU was signed": the statement's day
            if reported_after(m, whole.end()) {
                continue;
            }
            Kind::Relative(if r.as_str().eq_ignore_ascii_case("yesterday") {
                1
            } else {
                0
            })
        } else if let Some(z) = c.name("zw") {
            let idx = "一二三四五六日天"
                .chars()
                .position(|d| z.as_str().starts_with(d))
                .unwrap_or(0);
            Kind::Weekday(idx.min(6) as u32)
        } else {
            let r = c.name("zrel").map_or("", |x| x.as_str());
            Kind::Relative(match r {
                "昨天" | "昨日" => 1,
                "前天" => 2,
                _ => 0,
            })
        };
        out.push(Mention {
            start: whole.start(),
            end: whole.end(),
            kind,
        });
    }
    if month {
        for c in EN_RANGE.captures_iter(m) {
            let Some(whole) = c.get(0) else { continue };
            let (mo, d) = match (c.name("m"), c.name("mb")) {
                (Some(mo), _) => (mo, c.name("d")),
                (None, Some(mo)) => (mo, c.name("db")),
                _ => continue,
            };
            let (Some(month), Some(d)) = (month_num(mo.as_str()), num(d)) else {
                continue;
            };
            let d2 = num(c.name("d2").or(c.name("d2b"))).unwrap_or(0);
            if !(1..=31).contains(&d) || d2 <= d || d2 > 31 {
                continue;
            }
            out.push(Mention {
                start: whole.start(),
                end: whole.end(),
                kind: Kind::Range(num(c.name("y")).map(|y| y as i32), month, d as u32),
            });
        }
    }
    if latin && digits && day_part {
        for c in EN_DAY_PART.captures_iter(m) {
            let Some(whole) = c.get(0) else { continue };
            let Some(d) = num(c.name("d")).filter(|d| (1..=31).contains(d)) else {
                continue;
            };
            // "27th, the two sides signed" (machine translation of 27日，): a day of the
            // dateline's month; but "June 27th, 2012" is a full date read above
            if c.name("comma").is_some() {
                let before = m[..whole.start()].trim_end();
                let word = before
                    .rsplit(|ch: char| !ch.is_ascii_alphabetic())
                    .next()
                    .unwrap_or("");
                if month_num(word).is_some() {
                    continue;
                }
            }
            out.push(Mention {
                start: whole.start(),
                end: whole.end(),
                kind: Kind::Cal(None, None, Some(d as u32)),
            });
        }
    }
    if zh_month {
        for c in ZH_RANGE.captures_iter(m) {
            let Some(whole) = c.get(0) else { continue };
            let (Some(month), Some(d), Some(d2)) =
                (num(c.name("m")), num(c.name("d")), num(c.name("d2")))
            else {
                continue;
            };
            if !(1..=12).contains(&month) || !(1..=31).contains(&d) || d2 <= d || d2 > 31 {
                continue;
            }
            out.push(Mention {
                start: whole.start(),
                end: whole.end(),
                kind: Kind::Range(num(c.name("y")).map(|y| y as i32), month as u32, d as u32),
            });
        }
    }
    // validate, drop mentions contained in longer ones
    out.retain(|x| match x.kind {
        Kind::Cal(y, mo, d) => {
            mo.is_none_or(|m| (1..=12).contains(&m))
                && d.is_none_or(|d| (1..=31).contains(&d))
                && y.is_none_or(|y| (1900..=2100).contains(&y))
                && (mo.is_some() || d.is_some())
        }
        _ => true,
    });
    out.sort_by_key(|x| (x.start, std::cmp::Reverse(x.end)));
    let mut kept: Vec<Mention> = Vec::with_capacity(out.len());
    for x in out {
        if kept.last().is_some_and(|k| x.start < k.end) {
            continue;
        }
        kept.push(x);
    }
    kept
}

/// A weekday that dates something other than the signing: the report ("said on Monday",
/// "announced on Monday", "in a statement on Monday") or the opening of the event the signing
/// was part of ("the trade week, which opened on Monday").
fn reporting_day(m: &str, start: usize) -> bool {
    let mut from = start.saturating_sub(16);
    while !m.is_char_boundary(from) {
        from += 1;
    }
    let before = m[from..start].to_ascii_lowercase();
    let before = before.trim_end();
    let before = before.strip_suffix(" on").unwrap_or(before);
    before.ends_with(" said")
        || before.ends_with(" announced")
        || before.ends_with(" reported")
        || before.ends_with(" statement")
        // "during the week at the pavilion, which opened on Monday": the event's first day
        || before.ends_with("which opened")
        || before.ends_with("which began")
}

/// "… yesterday said the MoU was signed": a day followed by a verb of saying dates the report.
fn reported_after(m: &str, end: usize) -> bool {
    let after = m[end..].trim_start();
    ["said", "announced", "stated", "told"].iter().any(|w| {
        after
            .strip_prefix(w)
            .is_some_and(|r| !r.starts_with(|c: char| c.is_ascii_alphabetic()))
    })
}

/// Days since 1970-01-01 for a proleptic Gregorian date.
pub(crate) fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

pub(crate) fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    ((y + i64::from(m <= 2)) as i32, m, d)
}

/// 0 = Monday.
fn weekday(days: i64) -> i64 {
    (days + 3).rem_euclid(7)
}

fn fmt_date(y: i32, m: Option<u32>, d: Option<u32>) -> String {
    match (m, d) {
        (Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
        (Some(m), None) => format!("{y:04}-{m:02}"),
        _ => format!("{y:04}"),
    }
}

/// Is mention `x` the dateline of sentence `s` ("JINAN, June 26 (Xinhua) --", "Addis Ababa
/// February 24/2023/ENA/", "中新网宁德3月18日电"): near the sentence start and followed by
/// the dateline's punctuation rather than by the sentence.
fn is_dateline(m: &str, s: &Sent, x: &Mention) -> bool {
    if x.start - s.start >= 60 {
        return false;
    }
    let after = m[x.end..s.end].trim_start();
    after.starts_with(['(', ':', '：', '-', '—', '–', '/', '电', '（', ']', '】'])
}

fn first_day_cue(sentence_lower: &str) -> bool {
    crate::text::contains_any!(
        sentence_lower,
        &["inaugural day", "opening day", "first day", "开幕"]
    )
}

pub(crate) fn extract(doc: &Doc) -> Dates {
    let m = doc.masked.as_str();
    // per sentence, so that the digit regexes only see sentences with digits
    let mut ms: Vec<Mention> = Vec::new();
    for (i, s) in doc.sents.iter().enumerate() {
        let t = &m[s.start..s.end];
        for mut x in mentions_in(t, Gates::of(doc, i)) {
            x.start += s.start;
            x.end += s.start;
            ms.push(x);
        }
    }

    // Reference date: the first full date near the top, or one introduced as a publication date.
    let head_limit = (m.len() / 5).max(600);
    let full = |x: &Mention| matches!(x.kind, Kind::Cal(Some(_), Some(_), Some(_)));
    let mut reference: Option<(i32, u32, u32)> = None;
    let mut reference_at: Option<usize> = None;
    for x in &ms {
        if !full(x) {
            continue;
        }
        let line_start = m[..x.start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = m[x.end..].find('\n').map_or(m.len(), |i| x.end + i);
        let line = &m[line_start..line_end];
        let is_pub = PUBLISHED.is_match(line) || line.trim().len() <= x.end - x.start + 40;
        if x.start < head_limit || is_pub {
            if let Kind::Cal(Some(y), Some(mo), Some(d)) = x.kind {
                reference = Some((y, mo, d));
                reference_at = Some(x.start);
            }
            break;
        }
    }
    let ref_year = reference.map(|r| r.0).or_else(|| {
        ms.iter().find_map(|x| match x.kind {
            Kind::Cal(Some(y), _, _) | Kind::Range(Some(y), _, _) => Some(y),
            _ => None,
        })
    });

    // `anchor`: the date relative words count from (the sentence's dateline, else the reference).
    let resolve =
        |x: &Mention, anchor: Option<(i32, u32, u32)>, first_day: bool| -> Option<DateHit> {
            let (y, mo, d) = match x.kind {
                Kind::Cal(y, mo, d) => {
                    let (y, mo) = match (y, mo) {
                        (Some(y), mo) => (y, mo),
                        (None, Some(mo)) => (ref_year?, Some(mo)),
                        // a bare day after the anchor's day is in the month before it
                        // (a page of June 1 reporting "29th morning, … signed")
                        (None, None) => match (anchor?, d) {
                            ((y, 1, ad), Some(d)) if d > ad => (y - 1, Some(12)),
                            ((y, mo, ad), Some(d)) if d > ad => (y, Some(mo - 1)),
                            ((y, mo, _), _) => (y, Some(mo)),
                        },
                    };
                    (y, mo, d)
                }
                Kind::Range(y, mo, d) => (y.or(ref_year)?, Some(mo), first_day.then_some(d)),
                Kind::Vague => {
                    let r = anchor?;
                    (r.0, Some(r.1), None)
                }
                Kind::Weekday(w) => {
                    let r = anchor?;
                    let rd = days_from_civil(r.0, r.1, r.2);
                    let back = (weekday(rd) - i64::from(w)).rem_euclid(7);
                    let (y, mo, d) = civil_from_days(rd - back);
                    (y, Some(mo), Some(d))
                }
                Kind::Relative(n) => {
                    let r = anchor?;
                    let (y, mo, d) = civil_from_days(days_from_civil(r.0, r.1, r.2) - n);
                    (y, Some(mo), Some(d))
                }
            };
            Some(DateHit {
                value: fmt_date(y, mo, d),
                span: (x.start, x.end),
                year: Some(y),
            })
        };
    // The dateline of a sentence as an anchor: "JINAN, June 26 (…) -- … today" is June 26.
    let dateline_anchor = |s: &Sent| -> Option<(i32, u32, u32)> {
        let x = ms
            .iter()
            .find(|x| x.start >= s.start && x.end <= s.end && is_dateline(m, s, x))?;
        match x.kind {
            Kind::Cal(y, Some(mo), Some(d)) => Some((y.or(ref_year)?, mo, d)),
            _ => None,
        }
    };

    // Signing sentences, the mentions in each (a dateline gives way to the other mentions),
    // ordered by closeness to the signing verb.
    let mut signing_hits: Vec<(usize, Vec<&Mention>)> = Vec::new();
    for i in doc.signing() {
        let s = &doc.sents[i];
        let inside: Vec<&Mention> = ms
            .iter()
            .filter(|x| x.start >= s.start && x.end <= s.end)
            .collect();
        let mut kept: Vec<&Mention> = inside
            .iter()
            .copied()
            .filter(|x| !is_dateline(m, s, x))
            .collect();
        if kept.is_empty() {
            kept = inside;
        }
        let verb = s.start + crate::text::sign_at(doc.sent_lower(s)).unwrap_or(0);
        kept.sort_by_key(|x| {
            if x.end <= verb {
                verb - x.end
            } else {
                x.start.saturating_sub(verb) + 8
            }
        });
        signing_hits.push((i, kept));
    }
    let anchor_of = |i: usize| dateline_anchor(&doc.sents[i]).or(reference);
    let first_day_of = |i: usize| first_day_cue(doc.sent_lower(&doc.sents[i]));

    // 1. an explicit full date in a signing sentence; 2. any date there.
    let mut signing = signing_hits.iter().find_map(|(i, xs)| {
        xs.iter()
            .find(|x| full(x))
            .and_then(|x| resolve(x, anchor_of(*i), first_day_of(*i)))
    });
    if signing.is_none() {
        signing = signing_hits.iter().find_map(|(i, xs)| {
            xs.iter()
                .find_map(|x| resolve(x, anchor_of(*i), first_day_of(*i)))
        });
    }
    // 3. a date in the two body sentences before the first signing sentence ("2016年9月9日，…
    //    赴雅安。…下午，…签约仪式").
    if signing.is_none() {
        if let Some(i) = doc.signing().find(|&i| doc.fact(i).terminal) {
            let same_day = crate::text::contains_any!(
                doc.sent_lower(&doc.sents[i]),
                &["当天", "当日", "同日", "same day"]
            );
            for j in (i.saturating_sub(2)..i).rev() {
                let s = &doc.sents[j];
                if !doc.fact(j).terminal {
                    continue;
                }
                let hit = ms
                    .iter()
                    .rfind(|x| {
                        x.start >= s.start
                            && x.end <= s.end
                            && Some(x.start) != reference_at
                            && !is_dateline(m, s, x)
                            && match x.kind {
                                Kind::Cal(_, Some(_), Some(_)) => true,
                                // "…十八日在惠州举行。当天，…签订": the signing names that day
                                Kind::Cal(None, None, Some(_)) => same_day,
                                _ => false,
                            }
                    })
                    .and_then(|x| resolve(x, anchor_of(j), false));
                if hit.is_some() {
                    signing = hit;
                    break;
                }
            }
        }
    }
    // 4. the news lead's date: a story that opens "On February 17, X met Y" / "10月20日，…座谈"
    //    and reports the signing later without a date tells of one event on that day.
    if signing.is_none() {
        if let Some(first_sign) = doc.signing().find(|&i| doc.fact(i).terminal) {
            signing = (0..first_sign)
                .filter(|&j| {
                    doc.fact(j).terminal && doc.headline.is_none_or(|h| h.0 != doc.sents[j].start)
                })
                .find_map(|j| {
                    let s = &doc.sents[j];
                    // a wire credit ("Beijing February 22 dispatch", "9月19日电") is the
                    // report's day, not the event's
                    let credit = |x: &Mention| {
                        let after = m[x.end..].trim_start();
                        ["电", "讯", "dispatch", "(", "（", "--", "—"]
                            .iter()
                            .any(|w| after.starts_with(w))
                    };
                    let mut inside = ms.iter().filter(|x| {
                        x.start >= s.start
                            && x.end <= s.end
                            && Some(x.start) != reference_at
                            && !is_dateline(m, s, x)
                            && !credit(x)
                    });
                    let x = inside.next()?;
                    // talks over several days ("From February 21 to 22") name no one day
                    if ms.iter().any(|r| {
                        r.start >= s.start && r.end <= s.end && matches!(r.kind, Kind::Range(..))
                    }) {
                        return None;
                    }
                    let lead = x.start - s.start <= (s.end - s.start) / 4;
                    (lead && matches!(x.kind, Kind::Cal(_, Some(_), Some(_))))
                        .then(|| resolve(x, anchor_of(j), false))
                        .flatten()
                });
        }
    }
    // 5. no signing day stated: the month of the page date / dateline.
    if signing.is_none() {
        let dateline = doc.sents.iter().take(4).find_map(|s| {
            ms.iter()
                .find(|x| x.start >= s.start && x.end <= s.end && is_dateline(m, s, x))
                .map(|x| (s, x))
        });
        let (at, ym) = match (reference, reference_at) {
            (Some(r), Some(at)) => (Some((at, at)), Some((r.0, r.1))),
            _ => match dateline {
                Some((_, x)) => match x.kind {
                    Kind::Cal(y, Some(mo), _) => {
                        (Some((x.start, x.end)), y.or(ref_year).map(|y| (y, mo)))
                    }
                    _ => (None, None),
                },
                None => (None, None),
            },
        };
        if let (Some((s, e)), Some((y, mo))) = (at, ym) {
            if !signing_hits.is_empty() {
                signing = Some(DateHit {
                    value: fmt_date(y, Some(mo), None),
                    span: (s, e.max(s)),
                    year: Some(y),
                });
            }
        }
    }
    Dates { signing, ref_year }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(t: &str) -> Option<String> {
        extract(&Doc::new(t)).signing.map(|d| d.value)
    }

    #[test]
    fn the_news_lead_dates_a_later_undated_signing() {
        let page = "Source: City Daily 2023-02-24\n\nOn February 17, the chairman met the governor in Hohhot. \
                    They discussed energy and transport. They praised the ties. They visited a plant. \
                    The two sides then signed a strategic cooperation agreement.";
        assert_eq!(date(page), Some("2023-02-17".into()));
        let zh = "2020-10-21 09:16 来源:湖北日报\n\n10月20日,省委书记与集团董事长座谈交流。双方回顾了合作。\
                  双方表示将深化合作。会谈介绍了情况。会后,双方签署战略合作协议。";
        assert_eq!(date(zh), Some("2020-10-20".into()));
        // the wire's own day and talks over two days give no day of signing
        let wire = "Source: Daily 2019-02-23\n\nDaily Beijing February 22 dispatch From February 21 to 22, \
                    the government held talks with four ministries. They met. They talked. They ate. \
                    The two sides signed a framework agreement.";
        assert_eq!(date(wire), Some("2019-02".into()));
    }

    #[test]
    fn month_names_and_abbreviations_only() {
        for (w, m) in [
            ("May", Some(5)),
            ("Sept.", Some(9)),
            ("sep", Some(9)),
            ("DECEMBER", Some(12)),
            ("Mayor", None),
            ("Marketing", None),
            ("Decade", None),
            ("Ju", None),
            ("Junio", None),
        ] {
            assert_eq!(month_num(w), m, "{w}");
        }
    }

    #[test]
    fn chinese_numeral_days() {
        for (t, v) in [
            ("八", Some(8)),
            ("十", Some(10)),
            ("十八", Some(18)),
            ("二十", Some(20)),
            ("三十一", Some(31)),
            ("十十", None),
            ("百", None),
        ] {
            assert_eq!(zh_numeral(t), v, "{t}");
        }
        let t = "2009年06月18日 20:36 来源:中国新闻网\n\n中新社惠州六月十八日电 项目投产庆典十八日在惠州举行。当天,广东省人民政府与中国海洋石油总公司签订了全面战略合作协议。";
        assert_eq!(date(t), Some("2009-06-18".into()));
        // 今日 and 星期日 are no dates
        let t = "2020年3月5日 来源:日报\n\n今日在会上双方签订了协议。";
        assert_eq!(date(t), Some("2020-03-05".into()));
    }

    #[test]
    fn this_morning_is_the_page_day() {
        let t = "October 21, 2021\n\nHARARE - The miner this morning signed a memorandum of agreement with the government.";
        assert_eq!(date(t), Some("2021-10-21".into()));
        let t =
            "March 3, 2020\n\nThe city and the bank this afternoon signed a strategic agreement.";
        assert_eq!(date(t), Some("2020-03-03".into()));
    }

    #[test]
    fn english_forms() {
        assert_eq!(
            date("The agreement was signed on July 8, 2016 in Xining."),
            Some("2016-07-08".into())
        );
        assert_eq!(
            date("They signed the MoU on 8th of July 2016."),
            Some("2016-07-08".into())
        );
        assert_eq!(
            date("The deal was signed in March 2021 after talks."),
            Some("2021-03".into())
        );
        assert_eq!(
            date("Published 2019-04-26\nThe two sides signed the agreement on Apr. 25."),
            Some("2019-04-25".into())
        );
    }

    #[test]
    fn no_year_anywhere_is_null() {
        assert_eq!(date("8 July, the two sides signed an agreement."), None);
    }

    #[test]
    fn weekday_from_publication_date() {
        // 2021-05-12 is a Wednesday; "on Monday" is 2021-05-10.
        assert_eq!(
            date("May 12, 2021\nThe company signed an agreement with the city on Monday."),
            Some("2021-05-10".into())
        );
    }

    #[test]
    fn chinese_dates() {
        assert_eq!(
            date("2016年7月8日，青海省人民政府与中国电信集团在西宁签署战略合作框架协议。"),
            Some("2016-07-08".into())
        );
        assert_eq!(
            date("2016-07-09 来源：青海日报\n7月8日，双方签署协议。"),
            Some("2016-07-08".into())
        );
        assert_eq!(
            date("2021年3月15日 10:00\n15日，双方在北京签约。"),
            Some("2021-03-15".into())
        );
    }

    #[test]
    fn day_ranges_give_the_month_or_the_opening_day() {
        assert_eq!(
            date(
                "Published November 4th, 2019\nBoth MoUs were signed at the forum held from October 29 to 31."
            ),
            Some("2019-10".into())
        );
        assert_eq!(
            date("February 2022\nThe documents were signed during the visit from February 24-26."),
            Some("2022-02".into())
        );
        assert_eq!(
            date(
                "He signed three MoUs on the inaugural day of the week, held from 13th to 18th February, 2016."
            ),
            Some("2016-02-13".into())
        );
    }

    #[test]
    fn bare_days_take_the_dateline_month_or_the_one_before() {
        assert_eq!(
            date(
                "2012-06-28 08:21\nFujian Daily June 28 news 27th, the province and the group signed the agreement."
            ),
            Some("2012-06-27".into())
        );
        assert_eq!(
            date(
                "2018-06-01 Hu Wen\nAccording to the report, 29th morning, the city and the group signed the agreement."
            ),
            Some("2018-05-29".into())
        );
        assert_eq!(
            date("2019-01-02\nOn the 30th, the two sides signed the agreement."),
            Some("2018-12-30".into())
        );
        // a full date with an ordinal day is not a bare day
        assert_eq!(
            date("2012-06-28\nThe agreement was signed on June 27th, 2012 in Fuzhou."),
            Some("2012-06-27".into())
        );
    }

    #[test]
    fn putting_pen_to_paper_is_signing() {
        assert_eq!(
            date(
                "11 April 2017\nThe district council yesterday put pen to paper on an MoU with the firm."
            ),
            Some("2017-04-10".into())
        );
    }

    #[test]
    fn datelines_and_relative_days() {
        assert_eq!(
            date(
                "Addis Ababa February 24/2023/ENA/ The commission and the company today entered into an MoU."
            ),
            Some("2023-02-24".into())
        );
        assert_eq!(
            date(
                "2009-06-27 07:52\nJINAN, June 26 (CNS) -- The province and the company today signed the agreement."
            ),
            Some("2009-06-26".into())
        );
        assert_eq!(
            date(
                "ANI | 23 Nov 2022\nRaipur, November 23 (ANI): The state signed an MoU on Tuesday."
            ),
            Some("2022-11-22".into())
        );
        assert_eq!(
            date(
                "2007-08-23 08:15 Source: Daily\n22nd afternoon, the city and the bank signed the memorandum."
            ),
            Some("2007-08-22".into())
        );
        assert_eq!(
            date("08 May 2018 18:34\nThe signing ceremony took place in Jakarta last night."),
            Some("2018-05-07".into())
        );
    }

    #[test]
    fn no_signing_day_gives_the_month() {
        assert_eq!(
            date("26 May 2017\nThe consortium and CMEC signed an agreement this week in China."),
            Some("2017-05".into())
        );
        assert_eq!(
            date("23 April 2024\nThe authority announced on Monday that it had signed a contract."),
            Some("2024-04".into())
        );
        assert_eq!(
            date("15 September 2023\nNairobi — The authority and the chamber have sealed an MoU."),
            Some("2023-09".into())
        );
        assert_eq!(
            date("2024-04-30 15:06 来源：公司\n近日，区政府与公司签订框架协议。"),
            Some("2024-04".into())
        );
    }

    #[test]
    fn the_weekend_and_the_day_of_a_statement_give_the_month() {
        assert_eq!(
            date("12 May 2021\nThe deal was signed at the weekend, an aide told reporters."),
            Some("2021-05".into())
        );
        assert_eq!(
            date("12 May 2021\nA statement issued yesterday said the MoU was signed at a forum."),
            Some("2021-05".into())
        );
        assert_eq!(
            date(
                "12 May 2021\nThe bank has signed a loan, the fund said in a statement on Monday."
            ),
            Some("2021-05".into())
        );
    }

    #[test]
    fn month_number_name_day_from_machine_translation() {
        assert_eq!(
            date("2020-06-19\nCity news 6 June 18, the region and the group signed an agreement."),
            Some("2020-06-18".into())
        );
        assert_eq!(
            date(
                "Published 2020-05-23\n5 May 22 afternoon, the city and the bank signed an agreement."
            ),
            Some("2020-05-22".into())
        );
    }

    #[test]
    fn a_bare_chinese_day_right_before_the_signing() {
        assert_eq!(
            date("2018-08-17 08:03 来源：日报\n市政府与集团16日签署战略合作协议。"),
            Some("2018-08-16".into())
        );
    }

    #[test]
    fn the_opening_weekday_of_an_event_is_no_signing_day() {
        assert_eq!(
            date(
                "15 Mar 2022\nThe deals were signed during the trade week, which opened on Monday."
            ),
            Some("2022-03".into())
        );
    }

    #[test]
    fn chinese_month_and_preceding_sentence() {
        assert_eq!(
            date(
                "海东日报 2021年7月\n为落实5月25日座谈会精神，7月在西宁举行的青洽会期间，双方签署了备忘录。"
            ),
            Some("2021-07".into())
        );
        assert_eq!(
            date(
                "2016-09-13 来源：集团\n2016年9月9日，总经理赴雅安出席活动。下午，座谈会在雅安举行。会上，双方签订了协议。"
            ),
            Some("2016-09-09".into())
        );
    }

    #[test]
    fn civil_roundtrip() {
        for d in [-1000, 0, 16990, 18000, 20000] {
            let (y, m, dd) = civil_from_days(d);
            assert_eq!(days_from_civil(y, m, dd), d);
        }
        assert_eq!(weekday(days_from_civil(2021, 5, 10)), 0);
    }

    #[test]
    fn numeric_gate_keeps_every_numeric_date() {
        for t in [
            "2016-07-08",
            "on 2016/7/8.",
            "08.07.2016 in",
            "x 1-2-2019 y",
            "２０１６-٠٧-08",
            "2016-07-٠٨",
            "١-٢-2019",
        ] {
            if NUMERIC.is_match(t) || NUMERIC_DMY.is_match(t) {
                assert!(may_be_numeric(t.as_bytes()), "{t}");
            }
        }
        assert!(!may_be_numeric(b"in 2016. The 1.5 billion yuan - 3 / 4"));
    }
}
