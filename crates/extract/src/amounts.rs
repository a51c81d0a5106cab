//! Money: every amount form the issue lists, filtered to what is committed under the agreement.

use std::sync::LazyLock;

use regex::Regex;

use crate::orgs::{Orgs, same_org};
use crate::text::{Doc, cue};
use crate::{Amount, Evidence};

static EN_AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?P<pre>US\$|U\.S\.\s?\$|HK\$|A\$|S\$|C\$|R\$|NZ\$|MX\$|Mex\$|GH₵|E£|(?-u:\b)(?i:USD|RMB|CNY|EUR|GBP|HKD|INR|JPY|KES|KSh|Rs\.?|Rmb|SAR|AED|NGN|IDR|Rp|ZAR|KZT|PKR|ETB|BRL)|(?-u:\b)(?:[A-Z]{3}|RM|Tk|TSh|USh|Dhs?|DH|GH¢|KD|JD|BD|N|R)|€|£|₹|¥|₦|₱|₩|₽|₺|₵|₫|฿|\$|(?-u:\b)Sh)?
        \s?
        (?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3},\d{1,2}|\d+(?:\.\d+)?)
        (?:\s*(?P<mult1>(?i:trillion|billion|million|bn|mn))?\s*(?:-|–|—|to)\s*(?P<num2>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?))?
        [\s-]*
        (?P<mult>(?i:trillion|billion|thousand\s+million|million|thousand|crores?|lakhs?\s+crores?|lakhs?|bn|mn|mln|tn|lac)|[mbkMBK])?
        (?-u:\b)
        (?:[\s-]*(?P<suf>(?i:yuan|renminbi|rmb|cny|u\.?s\.?\s+dollars|dollars|usd|euros?|eur|egyptian\s+pounds|pounds|gbp|rupees|inr|yen|jpy|tanzanian\s+shillings|ugandan\s+shillings|shillings|riyals?|sar|moroccan\s+dirhams?|dirhams?|aed|dhs|naira|ngn|rupiah|idr|rand|tenge|kzt|birr|etb|reais|brl|ringgit|baht|dong|pesos|won|rubles|roubles|liras?|taka|soums?|swiss\s+francs|cfa\s+francs|cedis?|kwacha|kwanza|zloty|tugriks?)|MAD|DH))?
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
    Regex::new(r"(?i)(?-u:\b)(?:in total|in all|together|altogether|so far|to date|since (?:19|20)\d\d|last (?:year|month|week)|earlier this year|previously|revenues?|sales|turnover|profits?|GDP|output value|market (?:size|value)|capitali[sz]ation|other projects|deals|(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+) )?(?:mous|memorand(?:a|ums)(?: of (?:understanding|cooperation))?|agreements|contracts|deals) worth|a second|another|(?:a|the) separate|in addition|stood at|stands at|reali[sz]ed (?:investment|investments|foreign)|donated|earlier in (?:the|this|january|february|march|april|may|june|july|august|september|october|november|december)|a few days ago|taken together|adds? up to|added up to|taking the|proposals|same (?:afternoon|morning|day|summit|ceremony|event)|past (?:\w+ )?(?:years?|months?|decades?)|accumulated|annual budget|development value|whole society|(?:rises?|rose|risen|rising) to)(?-u:\b)|过去|全社会|经济总量|累计|营业收入|营收|销售额|利润|产值|去年|此前|截至|同场|还有|此外|另外|另一|曾与|曾经|当时")
        .expect("EXCLUDE")
});
/// A figure `EXCLUDE` rules out, save "and other projects" (a list's "etc.").
fn excluded(st: &str) -> bool {
    if !EXCLUDE.is_match(st) {
        return false;
    }
    if memchr::memmem::find(st.as_bytes(), b"other projects").is_none() {
        return true;
    }
    EXCLUDE.find_iter(st).any(|x| {
        !(x.as_str().eq_ignore_ascii_case("other projects")
            && st[..x.start()]
                .get(st[..x.start()].len().saturating_sub(4)..)
                .is_some_and(|b| b.eq_ignore_ascii_case("and ")))
    })
}

/// The sentence states the agreement's terms ("Under the agreement, …", "According to the
/// first MoU", "The agreement stipulates", `按照协议`, `协议明确`): its amounts are commitments of
/// this agreement, whatever else the sentence says before the cue.
static TERMS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:under|according to|as per|in accordance with|pursuant to) (?:the |this |that )?(?:first |second |third |fourth |new )?(?:(?:framework|cooperation|investment|loan|financing) )?(?:agreement|memorandum|mou|contract|deal)s?(?-u:\b)|(?:^|(?-u:\b)(?:the|this) )(?:agreement|mou|memorandum|contract) (?:stipulates|provides|specifies|states)(?-u:\b)|(?:按照|根据|依据|依照)(?:这份|该|本|此)?(?:框架)?(?:协议|备忘录|合同)|(?:协议|合同)(?:明确|约定|规定)")
        .expect("TERMS")
});

/// Chinese totals (`总投资`, `合计`…): of several projects or deals, unless the total is pledged
/// (`投资总额将不少于50亿元`) and no count of items is given (`11个项目`, `4家企业`).
static ZH_TOTAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<t>总投资|投资总额|投资总|总额|合计|共计)(?P<will>将)?").expect("ZH_TOTAL")
});
static ZH_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\d+|[两二三四五六七八九十几多]+)(?:个|家|项|批)").expect("ZH_COUNT")
});

/// An English total over a count of items ("a total of 114 projects were signed, with total
/// investment exceeding …"): the sum of several deals, not this one's commitment.
fn en_total(lower_st: &str) -> bool {
    const COUNTS: &[&str] = &[
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "dozens", "several", "multiple",
    ];
    const ITEMS: &[&str] = &[
        "projects",
        "agreements",
        "deals",
        "contracts",
        "mous",
        "memoranda",
        "memorandums",
        "mocs",
        "companies",
        "enterprises",
        "firms",
        "packages",
        "schemes",
    ];
    if !crate::text::contains_any!(lower_st, &["total", "across", "combined", "one of"]) {
        return false;
    }
    // a count, then an item noun within the next four words
    let words: Vec<&str> = lower_st
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().any(|(k, w)| {
        (COUNTS.contains(w) || w.bytes().all(|b| b.is_ascii_digit()))
            && words[k + 1..].iter().take(4).any(|x| ITEMS.contains(x))
    })
}

fn zh_total(st: &str) -> bool {
    // "此次签约项目…总投资约26亿元": the total of this one project
    let this_one = crate::text::contains_any!(st, &["此次", "本次", "该项目", "本项目"]);
    if this_one && !ZH_COUNT.is_match(st) {
        return false;
    }
    let mut any = false;
    for c in ZH_TOTAL.captures_iter(st) {
        // a total of money: an amount within a few characters ("总投资达300多亿元"), not
        // "总投资规模不低于20万千瓦"
        let rest = &st[c.get(0).map_or(st.len(), |x| x.end())..];
        let near = rest.char_indices().nth(10).map_or(rest.len(), |(i, _)| i);
        if !ZH_AMOUNT.is_match(&rest[..near]) {
            continue;
        }
        if c.name("will").is_none() {
            return true;
        }
        any = true;
    }
    any && ZH_COUNT.is_match(st)
}

/// Cues between the previous amount (or the sentence start) and an amount that make it an
/// induced or aggregate figure ("will drive 60 billion yuan of industry input", "带动…").
static LOCAL_EXCLUDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:driv(?:e|es|ing)|induc(?:e|es|ed|ing)|leverag(?:e|es|ing)|attract(?:s|ed|ing)?|draw(?:s|ing)?|bring(?:s|ing)?|brought|(?:open|opens|opening|pave|paves|paving) the way)(?-u:\b)|带动|拉动|撬动|吸引")
        .expect("LOCAL_EXCLUDE")
});
/// A sentence that opens with an earlier event ("Following the 5 billion yuan invested in …").
static EARLIER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:following|after|继)").expect("EARLIER"));
static COMMIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)invest|fund|financ|loan|lend|credit|provide|commit|pledge|grant|inject|allocat|worth|valued|cost|(?-u:\b)put(?-u:\b)|raise|support|capital|budget|deal|agreement|plan|goes to|earmark|spend|(?-u:\b)mou|memorand|project|program|(?-u:\b)ma(?:ke|kes|de|king) available|(?-u:\b)pay(?:s|ing)? for|投资|资金|融资|授信|贷款|出资|计划|建设|项目|协议|签")
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
            l if l.starts_with("thousand") && l.ends_with("million") => 1e9,
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
    // "KD 9 million" is Kuwaiti dinars, but a currency word after the number wins over a
    // two-letter prefix that may be a name ("JD 2 billion yuan")
    let pre = pre.filter(|p| !(suf.is_some() && matches!(*p, "KD" | "JD" | "BD")));
    for c in [pre, suf].into_iter().flatten() {
        let c = norm(c);
        let code = match c.as_str() {
            "us$" | "u.s.$" | "usd" | "usdollars" | "u.s.dollars" | "dollars" | "$" => "USD",
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
            "sar" | "riyal" | "riyals" => "SAR",
            "aed" | "dirham" | "dirhams" => "AED",
            "ngn" | "₦" | "naira" | "n" => "NGN",
            "r" => "ZAR",
            "idr" | "rp" | "rupiah" => "IDR",
            "zar" | "rand" => "ZAR",
            "kzt" | "tenge" => "KZT",
            "pkr" => "PKR",
            "mad" | "dh" | "dhs" | "moroccandirham" | "moroccandirhams" => "MAD",
            "myr" | "rm" | "ringgit" => "MYR",
            "php" | "₱" | "pesos" => "PHP",
            "krw" | "₩" | "won" => "KRW",
            "rub" | "₽" | "rubles" | "roubles" => "RUB",
            "egp" | "e£" | "egyptianpounds" => "EGP",
            "try" | "₺" | "lira" | "liras" => "TRY",
            "bdt" | "tk" | "taka" => "BDT",
            "vnd" | "₫" | "dong" => "VND",
            "thb" | "฿" | "baht" => "THB",
            "uzs" | "soum" | "soums" => "UZS",
            "chf" | "swissfrancs" => "CHF",
            "ghs" | "gh₵" | "gh¢" | "₵" | "cedi" | "cedis" => "GHS",
            "xof" | "cfafrancs" => "XOF",
            "xaf" => "XAF",
            "kwd" | "kd" => "KWD",
            "qar" => "QAR",
            "omr" => "OMR",
            "bhd" | "bd" => "BHD",
            "jod" | "jd" => "JOD",
            "nzd" | "nz$" => "NZD",
            "aud" => "AUD",
            "cad" => "CAD",
            "sgd" => "SGD",
            "sek" => "SEK",
            "nok" => "NOK",
            "dkk" => "DKK",
            "pln" | "zloty" => "PLN",
            "tzs" | "tsh" | "tanzanianshillings" => "TZS",
            "ugx" | "ush" | "ugandanshillings" => "UGX",
            "lkr" => "LKR",
            "npr" => "NPR",
            "mnt" | "tugrik" | "tugriks" => "MNT",
            "dzd" => "DZD",
            "tnd" => "TND",
            "cop" => "COP",
            "ars" => "ARS",
            "clp" => "CLP",
            "pen" => "PEN",
            "mxn" => "MXN",
            "aoa" | "kwanza" => "AOA",
            "zmw" | "kwacha" => "ZMW",
            "etb" | "birr" => "ETB",
            "brl" | "reais" => "BRL",
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
        for w in EN_AMOUNT.find_iter(m) {
            // digits, separators and spaces only: no currency, so nothing to read
            if w.as_str()
                .bytes()
                .all(|b| b.is_ascii_digit() || b",.- \t\n\r".contains(&b))
            {
                continue;
            }
            // the same match, with its groups
            let Some(c) = EN_AMOUNT.captures_at(m, w.start()) else {
                continue;
            };
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
            // "US$1,4 billion": a decimal comma, read only before a multiplier
            let decimal_comma = n.as_str().split_once(',').is_some_and(|(_, b)| b.len() < 3);
            if decimal_comma && mult.is_none() {
                continue;
            }
            let v = if decimal_comma {
                n.as_str().replace(',', ".").parse::<f64>().ok()
            } else {
                parse_num(n.as_str())
            };
            let Some(v) = v else {
                continue;
            };
            // "30 billion—50 billion yuan": the lower bound has its own multiplier
            let mult1 = c.name("mult1").map(|x| x.as_str());
            let mul = mult1.or(mult).and_then(en_mult).unwrap_or(1.0);
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
        // 人民币 (9 bytes) at most before the number
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
    let mut all = find_all(m, doc.has_latin, doc.has_cjk);
    local_currency(doc, &mut all);
    let headline = doc.headline;
    let mut cands: Vec<Cand> = Vec::new();
    let mut prev_end = 0usize;
    let mut body_has = false;
    let mut prev_amount_end = 0usize;
    let mut verdict: Vec<u8> = vec![0; doc.sents.len()];
    let mut aggregates: Vec<(f64, &'static str)> = Vec::new();
    let several = |w: &str| memchr::memmem::find(doc.lower.as_bytes(), w.as_bytes()).is_some();
    let (per_party, docs_only) = if all.is_empty()
        || !(doc.may_doc(cue::LOAN)
            || several("mous")
            || several("memoranda")
            || several("memorandums")
            || several("agreements")
            || several("mocs"))
    {
        (1, false)
    } else {
        loans(m)
    };
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
            if is_conversion(before) && prev_end + 16 >= before.len() && prev_end > 0 {
                prev_end = f.e;
                continue;
            }
            prev_end = f.e;
            let Some(si) = doc.sent_at(f.s) else { continue };
            let sent = doc.sents[si];
            let st = doc.sent_str(&sent);
            // per sentence, once: 1 = not committing, 2 = committing, 3 = stating the
            // agreement's terms, 4 = the total of several deals
            let v = match verdict.get(si).copied() {
                Some(0) | None => {
                    let lower_st = &doc.lower[sent.start..sent.end];
                    let v = if TERMS.is_match(st) {
                        3
                    } else if doc.fact(si).latin && en_total(lower_st)
                        || doc.fact(si).cjk && zh_total(st) && ZH_COUNT.is_match(st)
                    {
                        4
                    } else if (doc.fact(si).cjk && zh_total(st))
                        || excluded(st)
                        || !COMMIT.is_match(st)
                    {
                        1
                    } else {
                        2
                    };
                    if let Some(x) = verdict.get_mut(si) {
                        *x = v;
                    }
                    v
                }
                Some(x) => x,
            };
            if v == 4 {
                aggregates.push((f.value, f.currency));
            }
            if v == 1 || v == 4 {
                continue;
            }
            let win_start = prev_amount_end.clamp(sent.start, f.s);
            prev_amount_end = f.e;
            if LOCAL_EXCLUDE.is_match(&m[win_start..f.s]) {
                continue;
            }
            // in a terms sentence only what stands between the cue (or the previous amount)
            // and the amount rules it out
            // a later amount of a terms sentence is one of its own only with a verb of its own
            // ("…; Taikang invests 3 billion yuan", not "…, net increase not less than 10 billion")
            let terms =
                v == 3 && (win_start == sent.start || STRONG_COMMIT.is_match(&m[win_start..f.s]));
            if v == 3 {
                let cue_end = TERMS.find(st).map_or(0, |t| sent.start + t.end());
                let ws = win_start.max(cue_end).min(f.s);
                if excluded(&m[ws..f.s]) {
                    continue;
                }
            }
            let party_at =
                |o: &crate::orgs::OrgMention| parties.iter().position(|p| same_org(p, &o.name));
            // "Following the X invested in A, the Y in B, Z once again invests …": amounts
            // before the first party mention belong to the earlier events
            if EARLIER.is_match(st)
                && !orgs
                    .mentions
                    .iter()
                    .any(|o| o.s >= sent.start && o.e <= f.s && party_at(o).is_some())
            {
                continue;
            }
            let sc = score(st, si, doc) + if terms { 3 } else { 0 };
            // the same figure again: it counts at its best-placed mention
            if let Some(c) = cands.iter_mut().find(|c| {
                c.found.currency == f.currency && (c.found.value - f.value).abs() <= f.value * 0.005
            }) {
                c.score = c.score.max(sc);
                c.terms |= terms;
                continue;
            }
            // committed_by: the last party mentioned before the amount in the sentence, else
            // the first party of the sentence (one pass over the sentence's mentions)
            let (mut before_amount, mut first) = (None, None);
            for o in orgs
                .mentions
                .iter()
                .filter(|o| o.s >= sent.start && o.e <= sent.end)
            {
                let Some(p) = party_at(o) else { continue };
                first = first.or(Some(p));
                if o.e <= f.s {
                    before_amount = Some(p);
                }
            }
            let committed_by = before_amount.or(first);
            // no party, no commitment verb, no agreement, no project: a figure the story merely
            // mentions ("the centre's infrastructure is worth about USD 150 million"; not "the
            // programme is costed at US$1.5 billion")
            if committed_by.is_none()
                && (per_party == 1 || docs_only)
                && !STRONG_COMMIT.is_match(st)
                && !AGREEMENT_WORD.is_match(st)
                && !project_word(&doc.lower[sent.start..sent.end])
            {
                continue;
            }
            if pass == 0 {
                body_has = true;
            }
            cands.push(Cand {
                found: f.clone(),
                score: sc,
                party: committed_by,
                terms,
            });
        }
    }
    // the total of several deals, repeated in the headline or elsewhere
    cands.retain(|c| {
        c.terms
            || !aggregates
                .iter()
                .any(|&(v, cur)| cur == c.found.currency && (v - c.found.value).abs() <= v * 0.005)
    });
    if cands.is_empty() {
        return Vec::new();
    }
    let (mut forced, dropped) = totals_and_parts(doc, &cands, per_party);
    for (i, c) in cands.iter().enumerate() {
        if c.terms && !forced.contains(&i) && !dropped.contains(&i) {
            forced.push(i);
        }
    }
    let keep = select(&cands, per_party, docs_only, &forced, &dropped);
    let mut out = Vec::new();
    for c in keep {
        let f = &c.found;
        ev.add("amounts", (f.s, f.e));
        out.push(Amount {
            value: f.value,
            currency: f.currency.to_string(),
            text: doc.text[f.s..f.e].trim().to_string(),
            committed_by: c.party.and_then(|i| parties.get(i)).cloned(),
        });
    }
    out
}

/// Currency words several countries share: "dirhams" are Moroccan in a story about Morocco (the
/// UAE's otherwise), "Rs"/"rupees" Pakistani or Sri Lankan in a story about that country and not
/// India. An ISO code in the match stands as written.
fn local_currency(doc: &Doc, all: &mut Vec<Found>) {
    if !doc.has_latin {
        return;
    }
    let l = doc.lower.as_str();
    // each country is looked for in the whole text only when an amount's currency asks
    let has = |w: &str| memchr::memmem::find(l.as_bytes(), w.as_bytes()).is_some();
    // "N50 billion" is naira, "R5 billion" rand, only in a story about Nigeria / South Africa
    let bare = |f: &Found, c: u8| {
        let t = doc.masked.as_bytes();
        t.get(f.s) == Some(&c)
            && t.get(f.s + 1)
                .is_some_and(|b| b.is_ascii_digit() || *b == b' ')
    };
    let nigeria = std::cell::OnceCell::new();
    let south_africa = std::cell::OnceCell::new();
    all.retain(|f| {
        !(f.currency == "NGN" && bare(f, b'N') && !*nigeria.get_or_init(|| has("nigeria"))
            || f.currency == "ZAR"
                && bare(f, b'R')
                && !*south_africa.get_or_init(|| has("south africa")))
    });
    let morocco = std::cell::OnceCell::new();
    let rupee = std::cell::OnceCell::new();
    // "¥300 million" is yen in a story about Japan that does not mention China
    let yen = std::cell::OnceCell::new();
    for f in all.iter_mut() {
        let w = &l[f.s..f.e];
        if f.currency == "CNY"
            && doc.masked[f.s..f.e].contains('¥')
            && *yen.get_or_init(|| has("japan") && !has("china") && !has("chinese"))
        {
            f.currency = "JPY";
        } else if f.currency == "AED"
            && *morocco.get_or_init(|| has("morocc"))
            && !w.contains("aed")
        {
            f.currency = "MAD";
        } else if f.currency == "INR" && !w.contains("inr") {
            let r = *rupee.get_or_init(|| {
                if has("india") {
                    None
                } else if has("pakistan") {
                    Some("PKR")
                } else if has("sri lanka") {
                    Some("LKR")
                } else if has("nepal") {
                    Some("NPR")
                } else {
                    None
                }
            });
            if let Some(r) = r {
                f.currency = r;
            }
        }
    }
}

/// A committed-looking amount before ranking.
struct Cand {
    found: Found,
    score: i32,
    /// Index into the parties.
    party: Option<usize>,
    /// Stated as the agreement's terms: kept whatever the ranking.
    terms: bool,
}

/// What comes right before an amount that converts the previous one: "(", "about", "约合".
fn is_conversion(before: &str) -> bool {
    let low = before.get(before.len().saturating_sub(16)..).unwrap_or("");
    before.ends_with('(')
        || before.ends_with('（')
        || before.ends_with("约合")
        || before.ends_with("折合")
        || [
            "about",
            "around",
            "roughly",
            "approximately",
            "or",
            "equivalent to",
            "nearly",
        ]
        .iter()
        .any(|w| {
            let cut = low.len().saturating_sub(w.len());
            low.get(cut..).is_some_and(|t| t.eq_ignore_ascii_case(w))
                && !low[..cut].ends_with(|c: char| c.is_ascii_alphabetic())
        })
}

/// Verbs of committing money (stronger than `COMMIT`, which also admits "plan", "project").
static STRONG_COMMIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)invest|financ|loan|lend|credit|fund|grant|pledge|commit|inject|(?-u:\b)put(?-u:\b)|投资|融资|授信|贷款|信贷|出资|资金支持")
        .expect("STRONG_COMMIT")
});
/// The sentence talks about what the agreement pays for (lowercased sentence).
fn project_word(lower_st: &str) -> bool {
    crate::text::contains_any!(
        lower_st,
        &[
            "project",
            "programme",
            "program",
            " plan ",
            " plan.",
            "scheme",
            "项目",
            "工程",
            "计划",
        ]
    )
}

/// The sentence talks about the agreement or its signing.
static AGREEMENT_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)agreement|memorand|(?-u:\b)mou(?-u:\b)|(?-u:\b)deal(?-u:\b)|contract|sign|ink|协议|备忘录|合同|签")
        .expect("AGREEMENT_WORD")
});

/// How much a sentence looks like it states the agreement's commitment.
fn score(st: &str, si: usize, doc: &Doc) -> i32 {
    let mut s = 0;
    if STRONG_COMMIT.is_match(st) {
        s += 2;
    }
    if AGREEMENT_WORD.is_match(st) {
        s += 1;
    }
    // a sentence in the lead paragraph states the news
    if si < 8 {
        s += 1;
    }
    let _ = doc;
    s
}

/// Several loans or tranches under one signing ("two loans", "three financing agreements",
/// `两笔贷款`): that many amounts per party may stand.
static LOANS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?P<n>two|three|four|five|2|3|4|5)\s+(?:separate\s+|new\s+)?(?:loans?|loan agreements|financing agreements|finance agreements|tranches|credit lines|credits|facilities|mous|memoranda|memorandums|mocs|agreements)(?-u:\b)|(?P<z>两|二|三|四|五)笔")
        .expect("LOANS")
});

/// How many loans or documents the text announces, and whether they are documents only
/// ("three MoUs", not loans): several documents may go to several companies, so amounts
/// without a committing party still stand one at a time.
fn loans(m: &str) -> (usize, bool) {
    let Some(c) = LOANS.captures(m) else {
        return (1, false);
    };
    let docs = c.get(0).is_some_and(|w| {
        let w = w.as_str().to_ascii_lowercase();
        crate::text::contains_any!(w, &["mou", "memorand", "moc", "agreements"])
            && !crate::text::contains_any!(w, &["loan", "financ"])
    });
    let n = c.name("n").or(c.name("z")).map_or(1, |n| match n.as_str() {
        "two" | "2" | "两" | "二" => 2,
        "three" | "3" | "三" => 3,
        "four" | "4" | "四" => 4,
        _ => 5,
    });
    (n, docs)
}

/// What follows an amount that is spent on something ("is to go on", "for", "on").
static SPENT_ON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:(?:is|are|will be|would be|to be)\s+)?(?:(?:to\s+)?(?:go|goes)\s+|spent\s+|used\s+|allocated\s+|earmarked\s+)?(?:on|for|towards?)(?-u:\b)")
        .expect("SPENT_ON")
});

/// A total and the amounts that add up to it ("two loan agreements worth US$371 million … the
/// first loan, $200 million … the second loan, $171 million"; "US$20 billion: the Chinese side
/// US$15 billion and the Brazilian side US$5 billion"). The parts are the commitments when the
/// text announces several loans or breaks the total down in its own sentence; otherwise the total
/// is (its parts are how it will be spent). Returns (kept whatever the ranking, dropped).
fn totals_and_parts(doc: &Doc, cands: &[Cand], per_party: usize) -> (Vec<usize>, Vec<usize>) {
    let (mut forced, mut dropped) = (Vec::new(), Vec::new());
    let n = cands.len();
    if !(3..=24).contains(&n) {
        return (forced, dropped);
    }
    let same = |a: f64, b: f64| (a - b).abs() <= 0.005 * a.max(b);
    for t in 0..n {
        let tf = &cands[t].found;
        let part = |i: usize| {
            i != t && cands[i].found.currency == tf.currency && cands[i].found.value < tf.value
        };
        let mut parts: Option<Vec<usize>> = None;
        'search: for a in (0..n).filter(|&a| part(a)) {
            for b in (a + 1..n).filter(|&b| part(b)) {
                let ab = cands[a].found.value + cands[b].found.value;
                if same(ab, tf.value) {
                    parts = Some(vec![a, b]);
                    break 'search;
                }
                for c in (b + 1..n).filter(|&c| part(c)) {
                    if same(ab + cands[c].found.value, tf.value) {
                        parts = Some(vec![a, b, c]);
                        break 'search;
                    }
                }
            }
        }
        let Some(parts) = parts else { continue };
        let sent = |i: usize| doc.sent_at(cands[i].found.s);
        // "USD 250 million: USD 150 million is to go on construction and the remaining USD 100
        // million on equipment" says how the total is spent, not who commits what
        let by_use = parts
            .iter()
            .all(|&p| SPENT_ON.is_match(&doc.masked[cands[p].found.e..]));
        let broken_down = parts.iter().all(|&p| sent(p) == sent(t)) && !by_use;
        if per_party >= parts.len() || broken_down {
            dropped.push(t);
            forced.extend(parts);
        } else {
            forced.push(t);
            dropped.extend(parts);
        }
        break;
    }
    (forced, dropped)
}

/// A press release states one committed amount per committing party (or `per_party` when it
/// lists several loans): keep the best-scored (then earliest) per party. Amounts without a
/// party only stand when no party commits anything. `forced` amounts are kept first, `dropped`
/// ones never.
fn select<'a>(
    cands: &'a [Cand],
    per_party: usize,
    docs_only: bool,
    forced: &[usize],
    dropped: &[usize],
) -> Vec<&'a Cand> {
    let mut order: Vec<usize> = (0..cands.len()).filter(|i| !dropped.contains(i)).collect();
    order.sort_by_key(|&i| (!forced.contains(&i), std::cmp::Reverse(cands[i].score), i));
    let any_party = order.iter().any(|&i| cands[i].party.is_some());
    let mut keep: Vec<usize> = Vec::new();
    for i in order {
        let c = &cands[i];
        if forced.contains(&i) {
            keep.push(i);
            continue;
        }
        if c.party.is_none() && any_party {
            continue;
        }
        let same = keep.iter().filter(|&&k| cands[k].party == c.party).count();
        let limit = if c.party.is_none() && docs_only {
            1
        } else {
            per_party
        };
        if same < limit {
            keep.push(i);
        }
    }
    keep.sort_unstable();
    keep.into_iter().map(|i| &cands[i]).collect()
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
        // one amount per committing party: the Shaanxi figure is another deal of the same party
        assert_eq!(v, vec![3e10], "{:?}", x.amounts);
    }

    #[test]
    fn totals_of_several_documents_are_dropped() {
        let t = "Chief Minister Devendra Fadnavis signed three MoUs worth over Rs 21,000 crore on Saturday. \
                 The third MoU was entered into between Raymond Industries and MIDC. Raymond plans to invest Rs 1,400 crore in linen.";
        let x = crate::extract(t);
        let v: Vec<f64> = x.amounts.iter().map(|a| a.value).collect();
        assert_eq!(v, vec![1.4e10], "{:?}", x.amounts);
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
    #[test]
    fn more_currencies() {
        assert_eq!(one("invest SAR412 million"), (4.12e8, "SAR"));
        assert_eq!(one("₦50 billion"), (5e10, "NGN"));
        assert_eq!(one("Rp 5 trillion"), (5e12, "IDR"));
        assert_eq!(one("108 million USD"), (1.08e8, "USD"));
    }

    #[test]
    fn one_amount_per_committing_party() {
        let t = "Huaxin Cement and the Aktobe region signed an agreement. Huaxin Cement will invest $150 million in the plant. \
                 Huaxin Cement plans to spend $20 million on roads as part of the project budget.";
        let x = crate::extract(t);
        let v: Vec<f64> = x.amounts.iter().map(|a| a.value).collect();
        assert_eq!(v, vec![1.5e8], "{:?}", x.amounts);
    }

    #[test]
    fn several_loans_keep_several_amounts() {
        let t = "Pakistan signed two financing agreements with the World Bank. \
                 The larger of the two loans, $300 million, is for roads. The other $200 million goes to farming.";
        let x = crate::extract(t);
        let v: Vec<f64> = x.amounts.iter().map(|a| a.value).collect();
        assert_eq!(v, vec![3e8, 2e8], "{:?}", x.amounts);
        assert_eq!(loans("three loans"), (3, false));
        assert_eq!(loans("签署两笔贷款合同"), (2, false));
        assert_eq!(loans("a loan"), (1, false));
        assert_eq!(
            loans("entered into three memoranda of understanding"),
            (3, true)
        );
    }

    #[test]
    fn past_and_attracted_figures_are_dropped() {
        let t = "The commission and the company signed an MoU under which the company will invest 108 million USD. \
                 Ethiopia had attracted close to 2 billion USD in investment over the past six months.";
        let x = crate::extract(t);
        assert_eq!(x.amounts.len(), 1, "{:?}", x.amounts);
        assert!(is_conversion("R$12 billion (about"));
        assert!(is_conversion("10 billion yuan, or"));
        assert!(!is_conversion("the floor"));
    }

    #[test]
    fn ranges_with_a_multiplier_on_each_bound() {
        assert_eq!(one("30 billion—50 billion yuan RMB"), (3e10, "CNY"));
        assert_eq!(one("2 million to 5 million dollars"), (2e6, "USD"));
    }

    #[test]
    fn a_total_and_its_parts() {
        // several loans: the loans are the items, not their sum
        let t = "Pakistan and the World Bank signed two loan agreements worth US$371 million on Monday. \
                 The first loan, $200 million, is for health. The second loan, $171 million, finances irrigation.";
        let v: Vec<f64> = crate::extract(t).amounts.iter().map(|a| a.value).collect();
        assert_eq!(v, vec![2e8, 1.71e8]);
        // a total broken down in its own sentence
        let t = "Brazil and China signed an agreement on a fund. The fund will start with US$20 billion: \
                 the Chinese side will contribute US$15 billion and the Brazilian side US$5 billion.";
        let v: Vec<f64> = crate::extract(t).amounts.iter().map(|a| a.value).collect();
        assert_eq!(v, vec![1.5e10, 5e9]);
        // a total whose parts are spent by two units later on: the total
        let t = "The state signed an MoU with Acme Group, an investment of Rs 7,614 crore. \
                 Acme Cells will invest Rs 5,114 crore in a cell plant, while Acme Cars will invest Rs 2,500 crore in a car plant.";
        let v: Vec<f64> = crate::extract(t).amounts.iter().map(|a| a.value).collect();
        assert_eq!(v, vec![7.614e10]);
    }

    #[test]
    fn past_separate_and_donated_figures() {
        let t = "The board and the bank signed an MoU to raise investment. \
                 Realized investment from China stood at USD7.8 billion in 2012-2017.";
        assert!(crate::extract(t).amounts.is_empty());
        let t = "Serbia and the firm signed an MoU. Earlier in July the government adopted a separate \
                 memorandum with the firm, with a planned investment of 870 million euros.";
        assert!(crate::extract(t).amounts.is_empty());
        let t = "双方签署战略合作协议。2016年，省政府曾与该集团签署协议，集团当时承诺投入100亿元。";
        assert!(crate::extract(t).amounts.is_empty());
    }

    #[test]
    fn world_currencies() {
        assert_eq!(one("about 162 million Dhs"), (1.62e8, "MAD"));
        assert_eq!(one("RM 2.5 billion"), (2.5e9, "MYR"));
        assert_eq!(one("₱10 billion"), (1e10, "PHP"));
        assert_eq!(one("500 billion won"), (5e11, "KRW"));
        assert_eq!(one("3 billion rubles"), (3e9, "RUB"));
        assert_eq!(one("2 billion Egyptian pounds"), (2e9, "EGP"));
        assert_eq!(one("GH₵ 50 million"), (5e7, "GHS"));
        assert_eq!(one("10 billion CFA francs"), (1e10, "XOF"));
        assert_eq!(one("Tk 500 crore"), (5e9, "BDT"));
        let t = "The Nigerian state and the firm signed an MoU: the firm will invest N50 billion.";
        assert_eq!(crate::extract(t).amounts[0].currency, "NGN");
        let t = "Section N5 million of the firm's plan was signed.";
        assert!(crate::extract(t).amounts.is_empty());
        // "dirhams" and "Rs" read by the country the story is about
        let t =
            "Morocco and the company signed an MoU: the company will invest 100 million dirhams.";
        assert_eq!(crate::extract(t).amounts[0].currency, "MAD");
        let t = "Pakistan and the company signed an MoU: the company will invest Rs 5 billion.";
        assert_eq!(crate::extract(t).amounts[0].currency, "PKR");
    }

    #[test]
    fn english_totals_of_several_deals() {
        let t = "The city and the group signed a framework agreement. During the meeting, a total of \
                 114 investment projects were signed, with total investment exceeding 100 billion yuan.";
        assert!(crate::extract(t).amounts.is_empty());
        assert!(!en_total(
            "the project represents a total investment of 162 million dhs"
        ));
    }

    #[test]
    fn mentioned_figures_and_several_memoranda() {
        // a figure with no party, no commitment and no project is only mentioned
        let t = "The minister and the firm signed the agreement at the design centre. \
                 The centre, which employs 2,000 people, is worth about USD 150 million.";
        assert!(crate::extract(t).amounts.is_empty());
        // the total of three memoranda is not one memorandum's amount
        let t = "The government signed three memoranda of understanding worth 450 million dollars. \
                 The largest, with the company Acme, covers a project that requires an investment of US$305 million.";
        let v: Vec<f64> = crate::extract(t).amounts.iter().map(|a| a.value).collect();
        assert_eq!(v, vec![3.05e8]);
    }

    #[test]
    fn chinese_totals() {
        assert!(!zh_total("此次签约项目占地约100亩，总投资约26.22亿元"));
        assert!(zh_total("签约项目11个，项目总投资合计19.92亿元"));
        assert!(zh_total("提供融资的项目总投资达300多亿元"));
        assert!(!zh_total("公司在当地的投资总额将不少于50亿元"));
        assert!(zh_total("4家企业投资总额将达260亿元"));
    }

    #[test]
    fn decimal_commas_thousand_millions_and_us_dollars() {
        for (t, v, c) in [
            ("invest US$1,4 billion", 1.4e9, "USD"),
            ("a global total of US$ 3 thousand million", 3e9, "USD"),
            ("aims to invest 500 million U.S. dollars", 5e8, "USD"),
            ("Rs 1,400 crore", 1.4e10, "INR"),
        ] {
            assert_eq!(one(t), (v, c), "{t}");
        }
        // a decimal comma without a multiplier is no amount
        assert!(find_all("US$1,4 and more", true, false).is_empty());
    }

    #[test]
    fn excluded_and_terms_cues() {
        for (st, want) in [
            (
                "support parks, transport and other projects construction",
                false,
            ),
            ("other projects worth 5 billion yuan were signed", true),
            (
                "credit input every year accumulated exceeded 5 billion yuan",
                true,
            ),
            (
                "the Bank's net commitments to Ethiopia rise to US$ 1.3 billion",
                true,
            ),
            (
                "all fields invest 650 billion yuan, drive whole society investment",
                true,
            ),
            (
                "the state government's annual budget of RM700 million",
                true,
            ),
            ("成都计划到2012年医药产业经济总量达到900亿元", true),
            ("MEIL will spend Rs 1,000 crore", false),
        ] {
            assert_eq!(excluded(st), want, "{st}");
        }
        for (st, want) in [
            (
                "Under the agreement, Petronas Hydrogen will put ₹31,200 crore",
                true,
            ),
            ("Under the first MoU, MEIL will set up a plant", true),
            ("According to agreement, the two sides set up a fund", true),
            (
                "Agreement stipulates, the company plans to invest 1 billion yuan",
                true,
            ),
            ("此外,根据这份协议,中国建设银行还将提供300亿元", true),
            ("协议明确,农发行将提供100亿元信贷支持", true),
            ("under which GE will put $1 billion", false),
            ("the agreement signed in 2015", false),
            ("A second memorandum provides for a plantation", false),
        ] {
            assert_eq!(TERMS.is_match(st), want, "{st}");
        }
    }

    #[test]
    fn chinese_totals_need_money() {
        assert!(!zh_total(
            "中电建江华光伏发电项目拟投资8亿元,太阳能光伏电站总投资规模不低于20万千瓦"
        ));
        let t = "5月7日,江华县政府与中电建(江华)新能源有限公司签订投资框架协议。\
                 据介绍,该光伏发电项目拟投资8亿元,光伏电站总投资规模不低于20万千瓦。";
        let v: Vec<f64> = crate::extract(t).amounts.iter().map(|a| a.value).collect();
        assert_eq!(v, vec![8e8]);
    }

    #[test]
    fn terms_sentences_state_commitments() {
        // a second commitment "in addition, under this agreement"
        let t = "中国建设银行和江苏省政府签订战略合作协议。按照协议,中国建设银行将向江苏省重大项目提供总额为1500亿元人民币的金融支持。\
                 此外,根据这份协议,中国建设银行还将向江苏省中小企业提供总额为300亿元人民币的金融支持。";
        let v: Vec<f64> = crate::extract(t).amounts.iter().map(|a| a.value).collect();
        assert_eq!(v, vec![1.5e11, 3e10]);
        // "in total" about kilowatts does not make the invested amount a total
        let t = "The district government and Guodian Power signed an agreement. Agreement stipulates, \
                 the company plans to invest 1 billion yuan, to build in total 200,000 kilowatts of solar.";
        let v: Vec<f64> = crate::extract(t).amounts.iter().map(|a| a.value).collect();
        assert_eq!(v, vec![1e9]);
        // a later figure of the same terms sentence without a verb of its own is a sub-measure
        let t = "The bank and the city signed an agreement. According to the agreement, the bank will \
                 provide credit of not less than 30 billion yuan, net increase not less than 10 billion yuan.";
        let v: Vec<f64> = crate::extract(t).amounts.iter().map(|a| a.value).collect();
        assert_eq!(v, vec![3e10]);
    }

    #[test]
    fn programme_parts_and_made_available_sums() {
        // the parts of two loans stated in programme sentences without a verb of money
        let t = "The lender and the republic signed two loan agreements for $90 million. \
                 The Water Programme ($60 million) will serve four towns. \
                 The Roads Program ($30 million) covers three districts.";
        let v: Vec<f64> = crate::extract(t).amounts.iter().map(|a| a.value).collect();
        assert_eq!(v, vec![6e7, 3e7]);
        // "will make available" commits money
        let t = "The two governments signed a memorandum on Monday. Under the document, the lender \
                 will make available EUR 500 million in equipment and services.";
        let v: Vec<f64> = crate::extract(t).amounts.iter().map(|a| a.value).collect();
        assert_eq!(v, vec![5e8]);
    }

    #[test]
    fn dinar_abbreviations() {
        assert_eq!(one("a loan of KD 12 million"), (1.2e7, "KWD"));
        assert_eq!(one("worth JD3.5 million"), (3.5e6, "JOD"));
        assert_eq!(one("BD 40 million"), (4e7, "BHD"));
        // a currency word after the number wins over the two letters
        assert_eq!(one("JD 2 billion yuan"), (2e9, "CNY"));
    }

    #[test]
    fn money_that_will_pay_for_something() {
        let t = "The lender and the state signed two financing agreements on Monday. Roughly \
                 $80 million of the money is for a water project. The other $20 million will pay \
                 for rural roads.";
        let v: Vec<f64> = crate::extract(t).amounts.iter().map(|a| a.value).collect();
        assert_eq!(v, vec![8e7, 2e7]);
    }

    #[test]
    fn yen_sign_in_a_story_about_japan() {
        let t = "Japan signed a grant agreement with the island state worth ¥500 million.";
        let c: Vec<String> = crate::extract(t)
            .amounts
            .into_iter()
            .map(|a| a.currency)
            .collect();
        assert_eq!(c, vec!["JPY"]);
        let t = "The Chinese firm signed an agreement with Japan to invest ¥500 million.";
        let c: Vec<String> = crate::extract(t)
            .amounts
            .into_iter()
            .map(|a| a.currency)
            .collect();
        assert_eq!(c, vec!["CNY"]);
    }

    #[test]
    fn several_deal_totals_and_spending_breakdowns() {
        // the headline repeats the total of several memoranda
        let t = "11 MoCs for KZT200 bn signed at Aktobe Invest\n\n\
                 Eleven memorandums of cooperation worth more than KZT 200 billion in total were signed. \
                 The region and Nitrohim signed a memorandum on a project. The foreign investors are expected \
                 to put in more than KZT 130 billion.";
        let v: Vec<f64> = crate::extract(t).amounts.iter().map(|a| a.value).collect();
        assert_eq!(v, vec![1.3e11]);
        // a total broken down by what it is spent on stays the commitment
        let t = "Georgia and Kolin signed a memorandum on the plant. Investment in the cascade is estimated \
                 at USD 250 million: USD 150 million is to go on construction works and the remaining \
                 USD 100 million on technical equipment.";
        let v: Vec<f64> = crate::extract(t).amounts.iter().map(|a| a.value).collect();
        assert_eq!(v, vec![2.5e8]);
        // the same figure again: counted at its best-placed mention
        let t = "FG, GE seal $1bn deal on plant\n\nThe government and General Electric signed a Memorandum \
                 of Understanding under which GE will put $1 billion into a plant. A statement said the \
                 package consists of $250 million of capital expenditure and $800 million of spending.";
        let v: Vec<f64> = crate::extract(t).amounts.iter().map(|a| a.value).collect();
        assert_eq!(v, vec![1e9]);
    }

    #[test]
    fn several_memoranda_with_one_company() {
        let t = "The Government of Telangana entered into three memoranda of understanding with Megha \
                 Engineering and Infrastructures Limited (MEIL) worth about Rs 15,000 crore. \
                 Under the first MoU, MEIL will set up a pumped storage project with an investment of Rs 11,000 crore. \
                 In the second MoU, MEIL will develop a battery storage system at a cost of Rs 3,000 crore. \
                 The third MoU covers a wellness resort, on which MEIL will spend Rs 1,000 crore.";
        let v: Vec<f64> = crate::extract(t).amounts.iter().map(|a| a.value).collect();
        assert_eq!(v, vec![1.1e11, 3e10, 1e10]);
        // several memoranda with several companies: a figure of no party stands alone
        let t = "The government has signed three memoranda of understanding worth close to 450 million dollars. \
                 The largest of the three covers a complex. The project requires an investment of US$305 million. \
                 A second memorandum provides for a plantation, for a total of 32 million US dollars.";
        let v: Vec<f64> = crate::extract(t).amounts.iter().map(|a| a.value).collect();
        assert_eq!(v, vec![3.05e8]);
    }
}
