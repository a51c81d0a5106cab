//! Dates: every mention, the article's reference (dateline/publication) date, and the date of
//! signing at the precision the text supports.

use std::sync::LazyLock;

use regex::Regex;

use crate::text::Doc;

const MONTH: &str = r"(?i:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?";

static EN_MD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})(?i:st|nd|rd|th)?(?-u:\b)(?:,?\s+(?P<y>(?:19|20)\d\d)(?-u:\b))?"
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
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?P<y>(?:19|20)\d\d)[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?-u:\b)")
        .expect("NUMERIC")
});
static NUMERIC_DMY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>(?:19|20)\d\d)(?-u:\b)")
        .expect("NUMERIC_DMY")
});
static ZH_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:(?P<y>(?:19|20)\d\d)\s*年\s*)?(?:(?P<m>\d{1,2})\s*月\s*)?(?P<d>\d{1,2})\s*[日号]|(?P<y2>(?:19|20)\d\d)\s*年\s*(?P<m2>\d{1,2})\s*月",
    )
    .expect("ZH_DATE")
});
static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?-u:\b)|(?i:(?-u:\b)(?P<rel>yesterday|today)(?-u:\b))|(?:星期|周|礼拜)(?P<zw>[一二三四五六日天])|(?P<zrel>昨天|昨日|今天|今日|前天)")
        .expect("WEEKDAY")
});
static SIGN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)sign|inked|concluded|签|(?-u:\b)entered into|(?-u:\b)agreed").expect("SIGN")
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
}

#[derive(Debug, Clone, Copy)]
struct Mention {
    start: usize,
    end: usize,
    kind: Kind,
}

fn month_num(s: &str) -> Option<u32> {
    let l = s.trim_end_matches('.').to_ascii_lowercase();
    let m = match l.get(..3)? {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(m)
}

fn mentions(m: &str, cjk: bool, latin: bool) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    let num = |c: Option<regex::Match>| c.and_then(|x| x.as_str().parse::<i64>().ok());
    if latin {
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
    for c in NUMERIC.captures_iter(m) {
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
    for c in NUMERIC_DMY.captures_iter(m) {
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
    if cjk {
        for c in ZH_DATE.captures_iter(m) {
            let Some(whole) = c.get(0) else { continue };
            let kind = if c.name("y2").is_some() {
                Kind::Cal(
                    num(c.name("y2")).map(|y| y as i32),
                    num(c.name("m2")).map(|v| v as u32),
                    None,
                )
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
                if !before.is_none_or(|ch| "，。,\n （(".contains(ch) || ch.is_whitespace()) {
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
    for c in WEEKDAY.captures_iter(m) {
        let Some(whole) = c.get(0) else { continue };
        let kind = if let Some(w) = c.name("w") {
            let idx = [
                "Monday",
                "Tuesday",
                "Wednesday",
                "Thursday",
                "Friday",
                "Saturday",
                "Sunday",
            ]
            .iter()
            .position(|d| *d == w.as_str())
            .unwrap_or(0);
            Kind::Weekday(idx as u32)
        } else if let Some(r) = c.name("rel") {
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

pub(crate) fn extract(doc: &Doc) -> Dates {
    let m = doc.masked.as_str();
    let ms = mentions(m, doc.has_cjk, doc.has_latin);

    // Reference date: the first full date near the top, or one introduced as a publication date.
    let head_limit = (m.len() / 5).max(600);
    let full = |x: &Mention| matches!(x.kind, Kind::Cal(Some(_), Some(_), Some(_)));
    let mut reference: Option<(i32, u32, u32)> = None;
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
            }
            break;
        }
    }
    let ref_year = reference.map(|r| r.0).or_else(|| {
        ms.iter().find_map(|x| match x.kind {
            Kind::Cal(Some(y), _, _) => Some(y),
            _ => None,
        })
    });

    let resolve = |x: &Mention| -> Option<DateHit> {
        let (y, mo, d) = match x.kind {
            Kind::Cal(y, mo, d) => {
                let (y, mo) = match (y, mo) {
                    (Some(y), mo) => (y, mo),
                    (None, Some(mo)) => (ref_year?, Some(mo)),
                    (None, None) => {
                        let r = reference?;
                        (r.0, Some(r.1))
                    }
                };
                (y, mo, d)
            }
            Kind::Weekday(w) => {
                let r = reference?;
                let rd = days_from_civil(r.0, r.1, r.2);
                let back = (weekday(rd) - i64::from(w)).rem_euclid(7);
                let (y, mo, d) = civil_from_days(rd - back);
                (y, Some(mo), Some(d))
            }
            Kind::Relative(n) => {
                let r = reference?;
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

    // Signing date: an explicit full date in a sentence about signing; else the first date in
    // such a sentence (a dateline at the very start of the sentence gives way to a later one).
    let mut signing = None;
    let signing_sents: Vec<_> = doc
        .sents
        .iter()
        .filter(|s| SIGN.is_match(doc.sent_str(s)))
        .collect();
    'outer: for s in &signing_sents {
        for x in ms.iter().filter(|x| x.start >= s.start && x.end <= s.end) {
            if matches!(x.kind, Kind::Cal(Some(_), Some(_), Some(_))) {
                signing = resolve(x);
                if signing.is_some() {
                    break 'outer;
                }
            }
        }
    }
    if signing.is_none() {
        for s in &signing_sents {
            let inside: Vec<&Mention> = ms
                .iter()
                .filter(|x| x.start >= s.start && x.end <= s.end)
                .collect();
            let pick = inside
                .iter()
                .filter(|x| !(inside.len() > 1 && x.start - s.start < 30))
                .find(|x| !matches!(x.kind, Kind::Cal(_, _, None)))
                .or_else(|| inside.first());
            if let Some(x) = pick {
                if let Some(h) = resolve(x) {
                    signing = Some(h);
                    break;
                }
            }
        }
    }
    if signing.is_none() {
        // dateline: a day-precision date in the first sentence of the body
        let body_first = doc.sents.iter().take(3);
        for s in body_first {
            if let Some(x) = ms.iter().find(|x| {
                x.start >= s.start
                    && x.end <= s.end
                    && x.start - s.start < 60
                    && !matches!(x.kind, Kind::Cal(_, _, None))
            }) {
                signing = resolve(x);
                if signing.is_some() {
                    break;
                }
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
    fn civil_roundtrip() {
        for d in [-1000, 0, 16990, 18000, 20000] {
            let (y, m, dd) = civil_from_days(d);
            assert_eq!(days_from_civil(y, m, dd), d);
        }
        assert_eq!(weekday(days_from_civil(2021, 5, 10)), 0);
    }
}
