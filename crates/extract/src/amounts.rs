//! Money: every amount form the issue lists, filtered to what is committed under the agreement.

use std::sync::LazyLock;

use regex::Regex;

use crate::orgs::{Orgs, same_org};
use crate::text::Doc;
use crate::{Amount, Evidence};

static EN_AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?P<pre>US\$|U\.S\.\s?\$|HK\$|A\$|S\$|C\$|R\$|MX\$|Mex\$|(?-u:\b)(?i:USD|RMB|CNY|EUR|GBP|HKD|INR|JPY|KES|KSh|Rs\.?|Rmb)|€|£|₹|¥|\$|(?-u:\b)Sh)?
        \s?
        (?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)
        (?:\s*(?:-|–|to)\s*(?P<num2>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?))?
        [\s-]*
        (?P<mult>(?i:trillion|billion|million|thousand|crores?|lakhs?\s+crores?|lakhs?|bn|mn|mln|tn|lac)|[mbkMBK])?
        (?-u:\b)
        (?:[\s-]*(?P<suf>(?i:yuan|renminbi|rmb|cny|us\s+dollars|dollars|usd|euros?|eur|pounds|gbp|rupees|inr|yen|jpy|shillings)))?
        (?-u:\b)",
    )
    .expect("EN_AMOUNT")
});

static ZH_AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?P<pre>人民币|美元)?(?P<num>\d+(?:\.\d+)?)\s*(?P<more>多|余)?\s*(?P<mult>万亿|千亿|百亿|十亿|亿|千万|百万|万)?\s*(?:多|余)?\s*(?P<cur>元人民币|元|美元|欧元|港元|港币|日元|英镑|卢比)",
    )
    .expect("ZH_AMOUNT")
});

static EXCLUDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:in total|in all|together|altogether|so far|to date|since (?:19|20)\d\d|last (?:year|month|week)|earlier this year|previously|revenues?|sales|turnover|profits?|GDP|output value|market (?:size|value)|capitali[sz]ation|other projects|brings?|deals|a second|another|in addition|a few days ago|taken together|adds? up to|added up to|taking the|proposals|same (?:afternoon|morning|day|summit|ceremony|event))(?-u:\b)|累计|营业收入|营收|销售额|利润|产值|去年|此前|截至|同场|还有|此外|另外|另一|总投资|投资总|总额|合计|共计")
        .expect("EXCLUDE")
});
/// Cues between the previous amount (or the sentence start) and an amount that make it an
/// induced or aggregate figure ("will drive 60 billion yuan of industry input", "带动…").
static LOCAL_EXCLUDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:driv(?:e|es|ing)|induc(?:e|es|ed|ing)|leverag(?:e|es|ing)|attract(?:s|ing)?)(?-u:\b)|带动|拉动|撬动|吸引")
        .expect("LOCAL_EXCLUDE")
});
/// A sentence that opens with an earlier event ("Following the 5 billion yuan invested in …").
static EARLIER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:following|after|继)").expect("EARLIER"));
static COMMIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)invest|fund|financ|loan|lend|credit|provide|commit|pledge|grant|inject|allocat|worth|valued|cost|(?-u:\b)put(?-u:\b)|raise|support|capital|budget|deal|agreement|plan|goes to|earmark|投资|资金|融资|授信|贷款|出资|计划|建设|项目|协议|签")
        .expect("COMMIT")
});

fn parse_num(s: &str) -> Option<f64> {
    s.replace(',', "").parse::<f64>().ok()
}

fn en_mult(m: &str) -> Option<f64> {
    Some(match m {
        "m" | "M" => 1e6,
        "b" | "B" => 1e9,
        "k" | "K" => 1e3,
        _ => match m.to_ascii_lowercase().as_str() {
            "trillion" | "tn" => 1e12,
            "billion" | "bn" => 1e9,
            "million" | "mn" | "mln" => 1e6,
            "thousand" => 1e3,
            "crore" | "crores" => 1e7,
            l if l.starts_with("lakh") && l.ends_with(['e', 's']) => 1e12,
            "lakh" | "lakhs" | "lac" => 1e5,
            _ => return None,
        },
    })
}

fn en_currency(pre: Option<&str>, suf: Option<&str>, mult: Option<&str>) -> Option<&'static str> {
    let norm = |s: &str| {
        s.trim_end_matches('.')
            .to_ascii_lowercase()
            .replace(' ', "")
    };
    for c in [pre, suf].into_iter().flatten() {
        let c = norm(c);
        let code = match c.as_str() {
            "us$" | "u.s.$" | "usd" | "usdollars" | "dollars" | "$" => "USD",
            "hk$" | "hkd" => "HKD",
            "a$" => "AUD",
            "r$" => "BRL",
            "mx$" | "mex$" => "MXN",
            "s$" => "SGD",
            "c$" => "CAD",
            "rmb" | "cny" | "yuan" | "renminbi" | "¥" => "CNY",
            "eur" | "€" | "euro" | "euros" => "EUR",
            "gbp" | "£" | "pounds" => "GBP",
            "inr" | "rs" | "₹" | "rupees" => "INR",
            "jpy" | "yen" => "JPY",
            "kes" | "ksh" | "sh" | "shillings" => "KES",
            _ => continue,
        };
        return Some(code);
    }
    if mult.is_some_and(|m| {
        m.to_ascii_lowercase().starts_with("crore") || m.to_ascii_lowercase().starts_with("lakh")
    }) {
        return Some("INR");
    }
    None
}

fn zh_mult(m: &str) -> f64 {
    match m {
        "万亿" => 1e12,
        "千亿" => 1e11,
        "百亿" => 1e10,
        "十亿" => 1e9,
        "亿" => 1e8,
        "千万" => 1e7,
        "百万" => 1e6,
        "万" => 1e4,
        _ => 1.0,
    }
}

fn zh_currency(cur: &str, pre: Option<&str>) -> &'static str {
    match cur {
        "美元" => "USD",
        "欧元" => "EUR",
        "港元" | "港币" => "HKD",
        "日元" => "JPY",
        "英镑" => "GBP",
        "卢比" => "INR",
        _ => {
            if pre == Some("美元") {
                "USD"
            } else {
                "CNY"
            }
        }
    }
}

/// An amount as found: (start, end, value, currency).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Found {
    pub s: usize,
    pub e: usize,
    pub value: f64,
    pub currency: &'static str,
}

pub(crate) fn find_all(m: &str, latin: bool, cjk: bool) -> Vec<Found> {
    let mut out = Vec::new();
    if latin {
        for c in EN_AMOUNT.captures_iter(m) {
            let (Some(w), Some(n)) = (c.get(0), c.name("num")) else {
                continue;
            };
            let pre = c.name("pre").map(|x| x.as_str());
            let suf = c.name("suf").map(|x| x.as_str());
            let mult = c.name("mult").map(|x| x.as_str());
            // a bare one-letter multiplier needs a currency prefix ("$1.2b", "EUR 40m")
            if mult.is_some_and(|x| x.len() == 1) && pre.is_none() {
                continue;
            }
            let Some(cur) = en_currency(pre, suf, mult) else {
                continue;
            };
            let Some(v) = parse_num(n.as_str()) else {
                continue;
            };
            let mul = mult.and_then(en_mult).unwrap_or(1.0);
            let value = v * mul;
            if !(value.is_finite() && value >= 1000.0) {
                continue;
            }
            out.push(Found {
                s: w.start(),
                e: w.end(),
                value,
                currency: cur,
            });
        }
    }
    if cjk {
        for c in ZH_AMOUNT.captures_iter(m) {
            let (Some(w), Some(n), Some(cur)) = (c.get(0), c.name("num"), c.name("cur")) else {
                continue;
            };
            let Some(v) = parse_num(n.as_str()) else {
                continue;
            };
            let value = v * c.name("mult").map_or(1.0, |x| zh_mult(x.as_str()));
            if !(value.is_finite() && value >= 1000.0) {
                continue;
            }
            out.push(Found {
                s: w.start(),
                e: w.end(),
                value,
                currency: zh_currency(cur.as_str(), c.name("pre").map(|x| x.as_str())),
            });
        }
    }
    out.sort_by_key(|f| f.s);
    out
}

pub(crate) fn extract(
    doc: &Doc,
    orgs: &Orgs,
    parties: &[String],
    ev: &mut Evidence,
) -> Vec<Amount> {
    let m = doc.masked.as_str();
    let all = find_all(m, doc.has_latin, doc.has_cjk);
    let headline = doc.headline;
    let mut out: Vec<Amount> = Vec::new();
    let mut spans = Vec::new();
    let mut prev_end = 0usize;
    let mut body_has = false;
    let mut prev_amount_end = 0usize;
    for pass in 0..2 {
        for f in &all {
            let in_head = headline.is_some_and(|(hs, he)| f.s >= hs && f.e <= he);
            if (pass == 0) == in_head {
                continue;
            }
            if pass == 1 && body_has {
                break;
            }
            // conversions in parentheses right after another amount
            let before = m[..f.s].trim_end();
            if (before.ends_with('(')
                || before.ends_with('（')
                || before.ends_with("约合")
                || before.ends_with("about"))
                && prev_end + 12 >= before.len()
                && prev_end > 0
            {
                prev_end = f.e;
                continue;
            }
            prev_end = f.e;
            let Some(si) = doc.sent_at(f.s) else { continue };
            let sent = doc.sents[si];
            let st = doc.sent_str(&sent);
            if EXCLUDE.is_match(st) || !COMMIT.is_match(st) {
                continue;
            }
            let win_start = prev_amount_end.clamp(sent.start, f.s);
            prev_amount_end = f.e;
            if LOCAL_EXCLUDE.is_match(&m[win_start..f.s]) {
                continue;
            }
            // "Following the X invested in A, the Y in B, Z once again invests …": amounts
            // before the first party mention belong to the earlier events
            if EARLIER.is_match(st)
                && !orgs.mentions.iter().any(|o| {
                    o.s >= sent.start && o.e <= f.s && parties.iter().any(|p| same_org(p, &o.name))
                })
            {
                continue;
            }
            if out
                .iter()
                .any(|a| a.currency == f.currency && (a.value - f.value).abs() <= f.value * 0.005)
            {
                continue;
            }
            // committed_by: the last party mentioned before the amount in the sentence
            let committed_by = orgs
                .mentions
                .iter()
                .filter(|o| o.s >= sent.start && o.e <= f.s)
                .filter_map(|o| parties.iter().find(|p| same_org(p, &o.name)))
                .next_back()
                .or_else(|| {
                    orgs.mentions
                        .iter()
                        .filter(|o| o.s >= sent.start && o.e <= sent.end)
                        .find_map(|o| parties.iter().find(|p| same_org(p, &o.name)))
                })
                .cloned();
            spans.push((f.s, f.e));
            if pass == 0 {
                body_has = true;
            }
            out.push(Amount {
                value: f.value,
                currency: f.currency.to_string(),
                text: doc.text[f.s..f.e].trim().to_string(),
                committed_by,
            });
        }
    }
    for s in spans {
        ev.add("amounts", s);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(t: &str) -> (f64, &'static str) {
        let f = find_all(t, true, true);
        assert_eq!(f.len(), 1, "{t}: {f:?}");
        (f[0].value, f[0].currency)
    }

    #[test]
    fn english_forms() {
        assert_eq!(one("invest 10 billion yuan"), (1e10, "CNY"));
        assert_eq!(one("RMB 5 billion"), (5e9, "CNY"));
        assert_eq!(one("a $1.2bn loan"), (1.2e9, "USD"));
        assert_eq!(one("US$300 million"), (3e8, "USD"));
        assert_eq!(one("EUR 40m"), (4e7, "EUR"));
        assert_eq!(one("Rs 500 crore"), (5e9, "INR"));
        assert_eq!(one("Rs. 20 lakh"), (2e6, "INR"));
        assert_eq!(one("a 2-Billion-Yuan deal"), (2e9, "CNY"));
        assert_eq!(one("more than $5 million"), (5e6, "USD"));
        assert_eq!(one("between 5-10 billion yuan"), (5e9, "CNY"));
        assert_eq!(one("€1,500,000"), (1.5e6, "EUR"));
        assert_eq!(one("Sh24 billion"), (2.4e10, "KES"));
    }

    #[test]
    fn chinese_forms() {
        assert_eq!(one("投资100亿元"), (1e10, "CNY"));
        assert_eq!(one("5000万元"), (5e7, "CNY"));
        assert_eq!(one("3亿美元"), (3e8, "USD"));
        assert_eq!(one("100多亿元"), (1e10, "CNY"));
        assert_eq!(one("人民币2.5亿元"), (2.5e8, "CNY"));
    }

    #[test]
    fn brazilian_reais_and_lakh_crore() {
        assert_eq!(one("R$12 billion"), (1.2e10, "BRL"));
        assert_eq!(one("Rs 1.03 lakh crore"), (1.03e12, "INR"));
        assert_eq!(one("MX$5 billion"), (5e9, "MXN"));
    }

    #[test]
    fn other_deals_induced_and_earlier_figures_are_dropped() {
        let t = "The Shandong government and China Mobile signed the agreement; China Mobile will invest 30 billion yuan. \
                 The network will drive 60 billion yuan of industry input. \
                 A second, smaller document was signed the same afternoon: a $5 million letter of commitment. \
                 Following the 5 billion yuan invested in Anhui, China Mobile again puts 20 billion yuan in Shaanxi.";
        let x = crate::extract(t);
        let v: Vec<f64> = x.amounts.iter().map(|a| a.value).collect();
        assert_eq!(v, vec![3e10, 2e10], "{:?}", x.amounts);
    }

    #[test]
    fn not_money() {
        assert!(find_all("100 million kilowatt hour and 300MW", true, true).is_empty());
        assert!(find_all("in 2016 there were 5 million people", true, true).is_empty());
    }

    #[test]
    fn totals_and_conversions_are_dropped() {
        let t = "China Telecom will invest 10 billion yuan ($1.5 billion) in Qinghai. Revenue reached 20 billion yuan last year. The two deals are worth $500 million in total.";
        let x = crate::extract(t);
        assert_eq!(x.amounts.len(), 1, "{:?}", x.amounts);
        assert_eq!(x.amounts[0].value, 1e10);
    }
}
