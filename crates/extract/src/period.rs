//! Agreement periods: Five-Year Plans, explicit year ranges, "over N years", "by 2030".

use std::sync::LazyLock;

use regex::Regex;

use crate::text::{Doc, cue};
use crate::{Evidence, Period};

static FYP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)(?P<n>\d{1,2})(?:st|nd|rd|th)\s*["“”']?\s*(?:five[\s-]*years?|FYP)|(?P<w>ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth)\s+five[\s-]*years?|第?十(?P<z>[一二三四五六])(?:个)?五(?:年规划|规划)?"#)
        .expect("FYP")
});
static RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?P<a>(?:19|20)\d\d)\s*年?\s*(?:-|–|—|(?i:to|through|until)|~|至|到|(?i:and\s+(?:completing|ending|finishing|concluding|running\s+until)\s+in)|(?P<and>(?i:and)))\s*(?P<b>(?:19|20)\d\d)(?-u:\b)")
        .expect("RANGE")
});
static OVER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:over|in|during|for|within)\s+(?:the\s+)?(?:next|coming|following|future)\s+(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\s+years|(?-u:\b)over\s+(?P<n2>\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\s+(?:fiscal\s+|financial\s+|calendar\s+)?years|(?-u:\b)within\s+(?P<n7>\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\s+years|(?-u:\b)for\s+(?:a\s+(?:period|term)\s+of\s+)?(?P<n3>\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\s+years|(?P<n4>\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)-year\s+(?:[a-z]+\s+){0,3}?(?:period|term|agreement|plan|programme|program|contract|partnership|mou|memorandum|deal|framework|cooperation|loan|credit|facility)|(?:为期|期限为?|有效期为?)(?P<z2>\d+|[一二三四五六七八九十两])年|(?-u:\b)over\s+(?:a|the)\s+(?P<n5>\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)[\s-]years?\s+period|(?-u:\b)(?:over\s+a\s+period|a\s+term)\s+of\s+(?P<n6>\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\s+years|(?:未来|今后)(?P<z>\d+|[一二三四五六七八九十两])年")
        .expect("OVER")
});
static BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)by\s+(?:the\s+end\s+of\s+)?(?P<y>20\d\d)(?-u:\b)|(?:到|至)(?P<z>20\d\d)年",
    )
    .expect("BY")
});
static EXCLUDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:since|last|previous|ago)(?-u:\b)").expect("EXCLUDE")
});

/// A sentence that ties a span of years to this agreement: it names the agreement, the
/// cooperation, the money committed or the project it pays for ("According to the agreement, in
/// the next five years…", "the project will be implemented over a five year period"), not a
/// nation's strategy or a minister's aims ("the strategy aims … by 2030").
fn tied_words(lower_st: &str) -> bool {
    const WORDS: &[&str] = &[
        "agreement",
        "memorand",
        " mou",
        " deal",
        "contract",
        "cooperat",
        "partner",
        "loan",
        "credit",
        "financ",
        "invest",
        "fund",
        "spen",
        "project",
        "program",
        "both sides",
        "two sides",
        "parties",
        "bank",
        "will",
        "协议",
        "备忘录",
        "合作",
        "双方",
        "授信",
        "融资",
        "投资",
        "贷款",
        "项目",
        "资金",
        "将",
    ];
    crate::text::contains_any!(lower_st, WORDS)
}

/// Is the end of `before` (a sentence up to a position) inside a quotation?
fn in_quote(before: &str) -> bool {
    let straight = before.matches('"').count();
    let open = before.matches(['“', '「']).count();
    let close = before.matches(['”', '」']).count();
    straight % 2 == 1 || open > close
}

fn small_num(s: &str) -> Option<i32> {
    Some(match s.to_ascii_lowercase().as_str() {
        "two" | "二" | "两" => 2,
        "three" | "三" => 3,
        "four" | "四" => 4,
        "five" | "五" => 5,
        "six" | "六" => 6,
        "seven" | "七" => 7,
        "eight" | "八" => 8,
        "nine" | "九" => 9,
        "ten" | "十" => 10,
        "fifteen" => 15,
        "twenty" => 20,
        "一" => 1,
        x => x.parse().ok()?,
    })
}

/// "the Shanghai 'Eleventh Five-Year' major infrastructure projects": the plan of a list of
/// projects, not the agreement's period.
fn plan_of_projects(after_lower: &str) -> bool {
    after_lower
        .split_whitespace()
        .take(5)
        .any(|w| w.starts_with("project"))
        || after_lower.trim_start().starts_with("重大项目")
}

/// "进入“十三五”以来" (since the plan began), "“十三五”期末达到年产…" (a target for the plan's
/// end), "since the 13th Five-Year Plan": the plan dates history or a goal, not the agreement.
fn plan_as_history_or_goal(before_lower: &str, after_lower: &str) -> bool {
    let after = after_lower.trim_start_matches(['”', '"', '’', '\'', '」', ' ']);
    let after = after.strip_prefix("规划").unwrap_or(after);
    let before = before_lower.trim_end_matches(['“', '"', '‘', '\'', '「', ' ']);
    after.starts_with("以来")
        || after.starts_with("期末")
        || after.starts_with("末")
        || before.ends_with("since the")
        || before.ends_with("since")
}

/// Years of the Nth Five-Year Plan: the 1st ran 1953–1957, the 2nd 1958–1962; after three
/// years of readjustment the 3rd began in 1966, and every plan since is five years
/// (13th = 2016–2020, 14th = 2021–2025).
pub fn five_year_plan(n: i32) -> (i32, i32) {
    let start = if n <= 2 {
        1953 + 5 * (n - 1)
    } else {
        1966 + 5 * (n - 3)
    };
    (start, start + 4)
}

/// A period found: (bond to the agreement, kind rank, position, period, evidence span).
type Cand = (u8, u8, usize, Period, (usize, usize));

pub(crate) fn extract(doc: &Doc, signing_year: Option<i32>, ev: &mut Evidence) -> Period {
    let m = doc.masked.as_str();
    // an ordinary sentence (not history), it ties the span to the agreement, and no one is quoted saying it
    // ("a new chapter of our cooperation for the next 25 years", he said)
    // candidates: (bond to the agreement, kind rank, position, period, evidence span)
    let mut cands: Vec<Cand> = Vec::new();
    // a sentence that names the agreement ("According to the agreement, in the next five
    // years…", 根据协议…) binds a span more strongly than one about the cooperation at large
    let bond = |pos: usize| -> u8 {
        doc.sent_at(pos).map_or(0, |i| {
            let s = &doc.sents[i];
            let l = &doc.lower[s.start..s.end];
            let named = crate::text::contains_any!(
                l,
                &[
                    "agreement",
                    "memorand",
                    " mou",
                    "协议",
                    "备忘录",
                    "according to",
                    "under the",
                    "根据",
                    "按照",
                    "both sides",
                    "two sides",
                    "双方",
                ]
            );
            u8::from(named)
        })
    };
    let tied = |pos: usize| {
        doc.sent_at(pos).is_some_and(|i| {
            let s = &doc.sents[i];
            let st = doc.sent_str(s);
            !EXCLUDE.is_match(st)
                && tied_words(&doc.lower[s.start..s.end])
                && !in_quote(&m[s.start..pos])
        })
    };
    // "The project is expected to create 1,000 jobs within two years": a forecast's horizon
    let forecast = |pos: usize| {
        doc.sent_at(pos).is_some_and(|i| {
            let s = &doc.sents[i];
            let l = &doc.lower[s.start..s.end];
            crate::text::contains_any!(
                l,
                &[
                    "expected",
                    "forecast",
                    "estimated",
                    "predicted",
                    "projected",
                ]
            )
        })
    };
    for c in RANGE.captures_iter(m) {
        let (Some(w), Some(a), Some(b)) = (c.get(0), c.name("a"), c.name("b")) else {
            continue;
        };
        let (Ok(a), Ok(b)) = (a.as_str().parse::<i32>(), b.as_str().parse::<i32>()) else {
            continue;
        };
        // a range over before the signing year is history ("investment in 2012-2017")
        // "Copyright © 1996-2018": the site's years; a period that began long before the
        // signing is history
        let mut from = w.start().saturating_sub(24);
        while !doc.lower.is_char_boundary(from) {
            from -= 1;
        }
        let before = &doc.lower[from..w.start()];
        let copyright = before.contains("copyright") || before.contains('©');
        // "2017 and 2022" is a span only after "between"
        if c.name("and").is_some() && !before.trim_end().ends_with("between") {
            continue;
        }
        if b <= a
            || b - a > 30
            || copyright
            || !tied(w.start())
            || signing_year.is_some_and(|y| b < y || a < y - 5)
        {
            continue;
        }
        cands.push((
            bond(w.start()),
            0,
            w.start(),
            Period {
                start: Some(a),
                end: Some(b),
                text: Some(doc.text[w.start()..w.end()].to_string()),
            },
            (w.start(), w.end()),
        ));
    }
    // every FYP match contains "five", "fyp" or 十
    let fyp = doc.may_doc(cue::FIVE);
    // a span bound to the agreement is final: later kinds and positions rank below it
    let done = |cands: &[Cand]| cands.iter().any(|c| c.0 == 1);
    for c in FYP.captures_iter(if fyp && !done(&cands) { m } else { "" }) {
        let Some(w) = c.get(0) else { continue };
        let n = if let Some(n) = c.name("n") {
            n.as_str().parse::<i32>().ok()
        } else if let Some(w) = c.name("w") {
            match w.as_str().to_ascii_lowercase().as_str() {
                "ninth" => Some(9),
                "tenth" => Some(10),
                "eleventh" => Some(11),
                "twelfth" => Some(12),
                "thirteenth" => Some(13),
                "fourteenth" => Some(14),
                "fifteenth" => Some(15),
                "sixteenth" => Some(16),
                _ => None,
            }
        } else {
            c.name("z")
                .and_then(|z| small_num(z.as_str()))
                .map(|d| 10 + d)
        };
        if let Some(n) = n.filter(|n| (1..=20).contains(n)) {
            let (s, e) = five_year_plan(n);
            if plan_of_projects(&doc.lower[w.end()..])
                || plan_as_history_or_goal(&doc.lower[..w.start()], &doc.lower[w.end()..])
                || signing_year.is_some_and(|y| e < y)
            {
                continue;
            }
            cands.push((
                bond(w.start()),
                1,
                w.start(),
                Period {
                    start: Some(s),
                    end: Some(e),
                    text: Some(doc.text[w.start()..w.end()].trim().to_string()),
                },
                (w.start(), w.end()),
            ));
        }
    }
    if let Some(y) = signing_year.filter(|_| !done(&cands)) {
        for c in OVER.captures_iter(m) {
            let Some(w) = c.get(0) else { continue };
            let n = ["n", "n2", "n3", "n4", "n5", "n6", "n7", "z", "z2"]
                .iter()
                .find_map(|k| c.name(k))
                .and_then(|x| small_num(x.as_str()));
            if let Some(n) = n.filter(|n| (1..=50).contains(n)) {
                if !tied(w.start()) || (c.name("n7").is_some() && forecast(w.start())) {
                    continue;
                }
                cands.push((
                    bond(w.start()),
                    2,
                    w.start(),
                    Period {
                        start: Some(y),
                        end: Some(y + n - 1),
                        text: Some(doc.text[w.start()..w.end()].to_string()),
                    },
                    (w.start(), w.end()),
                ));
            }
        }
    }
    for c in BY.captures_iter(if done(&cands) { "" } else { m }) {
        let Some(w) = c.get(0) else { continue };
        let Some(e) = c
            .name("y")
            .or(c.name("z"))
            .and_then(|y| y.as_str().parse::<i32>().ok())
        else {
            continue;
        };
        // "by 2030" is a horizon of many things: only the agreement's, in a sentence naming it
        if !tied(w.start()) || bond(w.start()) == 0 || signing_year.is_some_and(|s| s > e) {
            continue;
        }
        cands.push((
            bond(w.start()),
            3,
            w.start(),
            Period {
                start: signing_year,
                end: Some(e),
                text: Some(doc.text[w.start()..w.end()].to_string()),
            },
            (w.start(), w.end()),
        ));
    }
    // the most bound, then by kind (range, plan, "over N years", "by YYYY"), then the first
    let best = cands
        .into_iter()
        .min_by_key(|c| (std::cmp::Reverse(c.0), c.1, c.2));
    match best {
        Some((_, _, _, p, span)) => {
            ev.add("period", span);
            p
        }
        None => Period::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(t: &str, y: Option<i32>) -> (Option<i32>, Option<i32>) {
        let x = extract(&Doc::new(t), y, &mut Evidence::default());
        (x.start, x.end)
    }

    #[test]
    fn five_year_plans() {
        assert_eq!(five_year_plan(12), (2011, 2015));
        assert_eq!(five_year_plan(13), (2016, 2020));
        assert_eq!(five_year_plan(14), (2021, 2025));
        assert_eq!(
            p("signed a framework agreement \"in 13th Five-Year\".", None),
            (Some(2016), Some(2020))
        );
        assert_eq!(
            p("during the 14th Five-Year Plan period", None),
            (Some(2021), Some(2025))
        );
        assert_eq!(
            p("the Thirteenth Five Year Plan", None),
            (Some(2016), Some(2020))
        );
        assert_eq!(
            p("“十三五”期间，双方合作。", None),
            (Some(2016), Some(2020))
        );
        assert_eq!(p("在十四五时期", None), (Some(2021), Some(2025)));
    }

    #[test]
    fn between_two_years_and_money_spent() {
        assert_eq!(
            p(
                "The sum is to be spent over four years, between 2019 and 2023.",
                Some(2018)
            ),
            (Some(2019), Some(2023))
        );
        assert_eq!(
            p(
                "The bank will report in 2019 and 2023 on progress.",
                Some(2018)
            ),
            (None, None)
        );
    }

    #[test]
    fn explicit_range_beats_plan_and_history_is_skipped() {
        assert_eq!(
            p(
                "to promote the city's \"13th Five-Year\" transformation. From 2016 to 2018 period, the bank will provide credit.",
                Some(2016)
            ),
            (Some(2016), Some(2018))
        );
        assert_eq!(
            p(
                "在“十二五”的后三年，即2013年-2015年，农行将提供授信。",
                None
            ),
            (Some(2013), Some(2015))
        );
        assert_eq!(
            p("2020年至2023年，提供不少于1000亿元授信。", None),
            (Some(2020), Some(2023))
        );
        assert_eq!(
            p(
                "Investment stood at USD7.8 billion in 2012-2017.",
                Some(2018)
            ),
            (None, None)
        );
        assert_eq!(
            p(
                "push forward the Shanghai \"Eleventh Five-Year\" major infrastructure projects.",
                Some(2007)
            ),
            (None, None)
        );
    }

    #[test]
    fn ranges_and_spans() {
        assert_eq!(
            p("the agreement covers 2021-2025.", None),
            (Some(2021), Some(2025))
        );
        assert_eq!(
            p("It will invest over the next five years.", Some(2019)),
            (Some(2019), Some(2023))
        );
        assert_eq!(
            p(
                "the agreement aims at carbon neutrality by 2030.",
                Some(2021)
            ),
            (Some(2021), Some(2030))
        );
        assert_eq!(
            p(
                "It has funded projects since 2014 under the 2014-2020 plan.",
                None
            ),
            (None, None)
        );
    }

    #[test]
    fn spans_tied_to_the_agreement() {
        assert_eq!(
            p(
                "According to the agreement, in the future 5 years the bank will put in credit.",
                Some(2016)
            ),
            (Some(2016), Some(2020))
        );
        assert_eq!(
            p(
                "The loan will finance a project, which is to be implemented over a five year period, commencing in 2018 and completing in 2022.",
                Some(2018)
            ),
            (Some(2018), Some(2022))
        );
        assert_eq!(
            p(
                "The loan funds a project to be implemented over a five-year period.",
                Some(2018)
            ),
            (Some(2018), Some(2022))
        );
        // a nation's strategy, a minister's aims, a quoted remark
        assert_eq!(
            p(
                "Chile's National Green Hydrogen Strategy aims to lead exports by 2030.",
                Some(2021)
            ),
            (None, None)
        );
        assert_eq!(
            p(
                "Rice said the agreement opened \"a new chapter of our cooperation for the next 25 years\".",
                Some(2017)
            ),
            (None, None)
        );
    }

    #[test]
    fn plan_abbreviations_and_horizons() {
        assert_eq!(
            p("The agreement serves the 14th FYP.", Some(2021)),
            (Some(2021), Some(2025))
        );
        // "by 2030" only as the horizon of a sentence that names the agreement or both sides
        assert_eq!(
            p("The firm will invest in wind power by 2030.", Some(2021)),
            (None, None)
        );
    }

    #[test]
    fn terms_of_years() {
        assert_eq!(
            p(
                "They signed a five-year strategic cooperation agreement.",
                Some(2020)
            ),
            (Some(2020), Some(2024))
        );
        assert_eq!(
            p("双方签署合作协议，合作期限为3年。", Some(2022)),
            (Some(2022), Some(2024))
        );
    }

    #[test]
    fn chinese_next_years_and_copyright_lines() {
        assert_eq!(
            p("按照协议，今后5年内，五家银行将提供信贷支持。", Some(2012)),
            (Some(2012), Some(2016))
        );
        assert_eq!(
            p(
                "双方签署协议。\n新浪简介 | 联系我们 | Copyright © 1996-2018 SINA Corporation",
                Some(2018)
            ),
            (None, None)
        );
        assert_eq!(p("The 1996-2020 programme ends.", Some(2018)), (None, None));
    }
    type Years = (Option<i32>, Option<i32>);

    #[test]
    fn plans_terms_and_horizons() {
        let cases: &[(&str, Option<i32>, Years)] = &[
            (
                "Under the agreement, during the Tenth Five-Year Plan the bank promises loans.",
                Some(2002),
                (Some(2001), Some(2005)),
            ),
            (
                "The bank signed the agreement and will within 5 years provide 40 billion yuan.",
                Some(2015),
                (Some(2015), Some(2019)),
            ),
            (
                "The loan gives Ethiopia budget support over three fiscal years.",
                Some(2012),
                (Some(2012), Some(2014)),
            ),
            // a forecast's horizon is not the agreement's
            (
                "Under the MoU the project is expected to create 1,000 jobs within two years.",
                Some(2025),
                (None, None),
            ),
            // a plan that dates history or a goal
            (
                "他指出，进入“十三五”以来，县里新能源项目发展迅速。",
                Some(2018),
                (None, None),
            ),
            (
                "根据协议，集团将加大投资，其中“十三五”期末达到年产乘用车45万辆。",
                Some(2018),
                (None, None),
            ),
            (
                "Since the 13th Five-Year Plan the bank has lent to the province.",
                Some(2018),
                (None, None),
            ),
        ];
        for (text, year, want) in cases {
            assert_eq!(p(text, *year), *want, "{text}");
        }
    }
}
