//! Focus areas: the items of the lists that say what the cooperation is about.
//!
//! Three list shapes are read, in English and Chinese:
//! 1. a list closed by *and other … fields/areas/aspects* (only before an area noun) /
//!    `等领域/等方面/等9个方面` or by a counted head (*six big fields*, `五大领域`), or by a bare
//!    area noun before its verb (*in A and B aspects further strengthen*), read backwards from
//!    the anchor until a cue (*in*, *around*, *promote the*, `围绕`, `涵盖`…) opens it;
//! 2. a list opened by a cue (*cooperation in/around*, *focus on*, *covering*, *areas such as*,
//!    *sectors that … include*), read forwards until it ends in *… and X*; a middle item may
//!    hold *and*, the last splits at its last *and* outside a word pair (*science and
//!    technology*);
//! 3. quoted programme names (`实施“智慧网络”工程`, *the "Digital Shaanxi" strategy*).
//!
//! Sentences of wishes and speeches (*hoped*, *pointed out*, `希望`, `表示`) are skipped unless
//! they state the agreement's content ("according to the agreement", `根据协议`), and so are
//! sentences about another deal of the same event (*also signed*). Chinese lists are ranked per
//! document: a closed list of a content sentence beats the unclosed list of a content sentence,
//! which beats closed lists elsewhere. Items lose leading prepositions, quantities and Chinese
//! lead verbs; places, banks, people and time phrases are dropped. When no list is found, the
//! project the agreement is for (*to set up an ethanol plant*, *into a new assembly facility*)
//! is the focus, else what the money is invested in, else the objects of development verbs.

use std::sync::LazyLock;

use regex::Regex;

use crate::Evidence;
use crate::text::{Doc, cue};

mod bullets;
mod numbered;
mod purpose;
mod verbs;

/// English list closers: "and other (key) fields", "six big fields".
static EN_ANCHOR: LazyLock<Regex> = LazyLock::new(|| {
    // literal-first, so the regex prefilter can skip sentences without a closer
    Regex::new(r#"(?i-u)\b(?:(?:and|or) other\s+(?:[a-zA-Z"-]+ ){0,3}?(?:fields?|areas?|aspects?|sectors?|industries|directions?|domains?|projects?|construction|infrastructure|business(?:es)?|services|contents)(?-u:\b)|among other (?:fields|areas|things|sectors)|etc\.?,?\s+(?:[a-z]+\s+){0,2}?(?:fields?|areas?|aspects?|sectors?|industries|domains?)(?-u:\b)|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:big\s+|major\s+|key\s+|main\s+)?(?:fields?|areas?|aspects?|sectors?|industries)(?-u:\b))"#)
        .expect("EN_ANCHOR")
});
/// A list closed by a bare area noun before its verb: "in A, B and C aspects further
/// strengthen the cooperation", "in the new energy industry development aspect carry out".
static EN_BARE_ANCHOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i-u)\b(?:aspects?|fields?|areas?|domains?)\s+(?:(?:further|jointly|continuously|actively|to|deeply)\s+)*(?:strengthen|carry|deepen|develop|expand|enhance|launch|conduct|promote|push)(?-u:\b)")
        .expect("EN_BARE_ANCHOR")
});
/// English list openers.
static EN_OPEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i-u)\b(?:(?:covering|covers)\s+|(?:is|are|will\s+be)\s+(?:mainly\s+|primarily\s+)?(?:meant|intended|earmarked|designated|used)\s+for\s+(?:the\s+)?|(?:areas|fields|sectors|industries|domains|aspects)(?:\s*:|,?\s+(?:including|such as|like|namely))\s+|(?:sectors|areas|fields|industries|domains)\s+(?:that|which)\s+(?:[a-z]+\s+){0,4}?(?:include|cover)\s+|(?:sectors|areas|fields|industries|domains)\s+(?:of\s+(?:cooperation|collaboration)\s+|(?:the|this|our)\s+(?:[a-z]+\s+){1,3}?)?(?:are|include|includes|will\s+include)\s+|(?:project|programme|program|investment|deal|agreement|mou|memorandum)\s+(?:also\s+)?(?:includes|covers|will include|will cover)\s+|(?:(?:cooperat(?:e|ion)|work(?:ing)? together|collaborat(?:e|ion)|partnership)\s+(?:(?:closely|further|more|deeply|fully|actively|extensively|mutually|jointly|comprehensively|mainly)\s+){0,2}(?:with\s+(?u:[^,.;]){1,40}?\s+)?|(?:focus(?:es|ed|ing|sed|sing)?|(?:areas|fields|sectors|industries|domains|projects)|schemes|works|promote the)\s+)(?:(?:on|in|for|such as|including|covering|like|of|around|regarding|concerning)\s+)+(?:the\s+)?(?:(?:fields?|areas?|sectors?|industries|domains?)\s+(?:of|such as|including|like)\s+)?)")
        .expect("EN_OPEN")
});
/// Words inside a segment that open the list (the item starts after the last one).
static EN_CUT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i-u)\b(?:in|on|for|to|into|including|include|contains|contain|such as|covering|cover|like|promote|support|develop|deepen|expand|strengthen|focus|focusing|both|will|implementing|implement|building|around|forward|regarding|concerning|towards?|boost|push|help|accelerate|advance|enhance|improve|increase|explore|upgrade|promoting|developing|strengthening|deepening|expanding|further|jointly|actively)\s+")
        .expect("EN_CUT")
});
/// Chinese list closers.
static ZH_ANCHOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"等(?:重点|新兴|重大|多个|各|相关|(?:\d{1,2}|[一二两三四五六七八九十]{1,2})[个大项](?:主导|重点)?)?(?:领域|方面|部门|产业|行业|板块|方向|工程|项目上)|等(?:深度|深入|全面|务实)?(?:开展|深化|加强|推进|展开)|[两二三四五六七八九十]大(?:领域|方面|板块|工程|产业)").expect("ZH_ANCHOR")
});
/// A head that announces a list after a colon: "涵盖四大领域：A、B、C", "合作内容包括：…".
static ZH_HEAD_COLON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(?:\d{1,2}|[两二三四五六七八九十]{1,2})[大个项](?:领域|方面|板块|重点|内容|工程|产业)|合作(?:内容|领域|重点|事项)(?:包括|涵盖)?|主要(?:内容|包括|涵盖))[:：]|合作(?:内容|领域|重点|事项)(?:主要)?(?:涉及|包括|涵盖|有)")
        .expect("ZH_HEAD_COLON")
});
/// Chinese cue characters/words before a list; the item starts after the last one.
const ZH_CUES: &[&str] = &[
    "重点放在",
    "重点",
    "围绕",
    "聚焦",
    "涵盖",
    "涉及",
    "包括",
    "推进",
    "加强",
    "深化",
    "支持",
    "覆盖",
    "在",
    "于",
    "：",
    ":",
    "，",
    ",",
    "；",
];
static ZH_QUOTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[“\x22]([^”\x22]{2,12})[”\x22](?:工程|行动|计划|战略)").expect("ZH_QUOTED")
});
/// Heads after a quoted programme in English: `the "Digital Shaanxi" development strategy`,
/// `"three rural" projects`.
const EN_QUOTED_HEADS: &[&str] = &[
    "strategy",
    "strategies",
    "project",
    "projects",
    "programme",
    "programmes",
    "program",
    "programs",
    "initiative",
    "initiatives",
    "plan",
    "plans",
    "construction",
];

/// Quoted programme names of `st` (byte ranges of the text inside the quotes).
fn en_quoted(st: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = st[from..].find(['"', '“']).map(|i| from + i) {
        let open = st[i..].chars().next().map_or(1, char::len_utf8);
        let a = i + open;
        let Some(j) = st[a..].find(['"', '”']).map(|j| a + j) else {
            break;
        };
        let close = st[j..].chars().next().map_or(1, char::len_utf8);
        from = j + close;
        let inner = &st[a..j];
        if !(3..=40).contains(&inner.len()) || inner.contains(['.', ',']) {
            continue;
        }
        let mut words = st[from..].split_whitespace();
        let mut w = words.next().unwrap_or("");
        if w == "development" || w == "construction" {
            w = words.next().unwrap_or("");
        }
        let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        if EN_QUOTED_HEADS.contains(&w) {
            out.push((a, j));
        }
    }
    out
}

/// The project an agreement is for, when no list names its areas.
static EN_PROJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i-u)\b(?:(?:to|will|would|shall) (?:build|set up|develop|establish|construct|build and run|finance|put up|open)|for|into)\s+(?P<det>a|an|the)\s+(?P<p>(?:[a-z0-9][a-z0-9,.-]* ){0,6}?(?:plant|cracker|farm|refinery|complex|park|hub|factory|railway|pipeline|smelter|mill|terminal|port|airport|hospital|centre|center|zone|station|mine|dam|bridge|highway|facility|campus|warehouse)s?)\b")
        .expect("EN_PROJECT")
});
/// Facility nouns that may end a project name after another ("Data Centre Park").
const PROJECT_HEADS: &[&str] = &[
    "park", "hub", "complex", "zone", "plant", "factory", "terminal", "project", "facility",
];

/// A second facility after *and* ("… and a coal-based power plant").
static EN_PROJECT_NEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i-u)^(?:a|an|the)\s+(?P<p>(?:[a-z0-9][a-z0-9,.-]* ){0,6}?(?:plant|cracker|farm|refinery|complex|park|hub|factory|railway|pipeline|smelter|mill|terminal|port|airport|hospital|centre|center|zone|station|mine|dam|bridge|highway|facility|campus|warehouse)s?)\b")
        .expect("EN_PROJECT_NEXT")
});
/// Sentences that state what the agreement covers.
static CONTENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i-u)(?:according to|under|in|as per) the (?:\w+\s+){0,4}?(?:agreement|memorandum|mou|deal|pact|protocol)|the (?:agreement|memorandum|mou|deal|pact|protocol) (?:covers|includes|will|aims|seeks|provides)|根据(?u:.){0,12}?(?:协议|备忘录)|根据(?:同时签订的)?《(?u:[^》]){2,60}》|按照(?u:.){0,12}?协议|协议(?:(?u:[，,]))?(?:约定|明确|规定)|双方(?:将|计划|拟|同意|约定|商定|决定|明确)|签约项目|项目(?:主要)?(?:涵盖|包括|建设内容)")
        .expect("CONTENT")
});

/// Sentences whose subject is the agreement, its project or its money ("Under it, …", "The
/// program will also finance …", "It is meant to widen …", "The memorandum with X provides for
/// …"): with [`CONTENT`], what the verb-object pass reads first.
static AGREED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i-u)^\s*(?:(?:under|through|with|as part of) (?:it|this|them|the (?:[a-z0-9$-]+ ){0,3}?(?:agreement|memorandum|mou|deal|pact|protocol|project|program|programme|loan|tranche|facility|scheme|initiative|partnership|financing|grant|credit|investment)s?),|(?:it|the (?:[a-z0-9$-]+ ){0,3}?(?:agreement|memorandum|mou|deal|pact|protocol|project|program|programme|loan|tranche|facility|scheme|initiative|financing|funding|funds?|grant|credit|investment|money|plant|complex|park|factory|refinery|venture)s?(?: (?:of understanding|of|with|for) (?u:[^,.;]){1,60}?)?) (?:also |further |mainly |primarily )?(?:will|would|shall|aims?|seeks?|(?:is|are) (?:meant|expected|designed|intended|aimed|planned|set) to|(?:is|are) to|covers?|includes?|provides?|concerns?|involves?|envisages?|envisions?|pays?|finances?|funds?|supports?|targets?)\b)")
        .expect("AGREED")
});

/// Remarks: what someone hopes for or says, not what was agreed.
static SPEECH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i-u)\b(?:hopes?|hoped|wish(?:es|ed)?|said|says|noted|stressed|expressed|pointed out)(?-u:\b)|希望|表示|指出|强调|要求|致辞|讲话|说(?u:[，,：:“])")
        .expect("SPEECH")
});

/// Words that make a segment a clause rather than an item.
const EN_BAD: &[&str] = &[
    "will",
    "would",
    "shall",
    "said",
    "agreement",
    "signed",
    "the two",
    "both sides",
    "which",
    "that",
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "hope",
    "billion",
    "million",
    "according",
];
/// Places, not areas ("projects in the state").
const PLACES: &[&str] = &[
    "state",
    "province",
    "country",
    "region",
    "city",
    "district",
    "county",
    "nation",
    "world",
    "town",
    "municipality",
    "continent",
];
/// Chinese endings of organisations and agreements: a bank, a company or a contract is not
/// an area.
const ZH_ORG_ENDS: &[&str] = &[
    "分行",
    "支行",
    "银行",
    "公司",
    "集团",
    "协议",
    "备忘录",
    "合同",
    "协议书",
];
/// Chinese endings of plans, goals and steps one follows or reaches, not areas
/// ("围绕规划纲要和建设部署", "实现…目标", "加快…步伐").
const ZH_NOT_AREA_ENDS: &[&str] = &[
    "部署", "纲要", "精神", "要求", "目标", "投产", "意见", "指示",
];
/// Chinese words that name no area alone ("重点项目" cut after 重点).
const ZH_GENERIC: &[&str] = &[
    "项目",
    "目标",
    "工作",
    "合作",
    "发展",
    "建设",
    "领域",
    "方面",
    "产业",
    "工程",
    "行业",
    "重点",
    "合作领域",
    "投资",
    "合作项目",
];
const GENERIC: &[&str] = &[
    "field",
    "fields",
    "area",
    "areas",
    "aspect",
    "aspects",
    "sector",
    "sectors",
    "industries",
    "projects",
    "domains",
    "things",
    "business",
];

fn clean_item(s: &str) -> Option<String> {
    let mut t = s
        .trim()
        .trim_matches(|c: char| "\"'“”‘’.:;()（）,，、".contains(c) || c.is_whitespace());
    // every prefix below starts with one of these bytes
    while t
        .as_bytes()
        .first()
        .is_some_and(|b| b"atoisfrc\xe5\xe4".contains(b))
    {
        let before = t;
        for p in [
            "and ",
            "the ",
            "other ",
            "also ",
            "or ",
            "its ",
            "their ",
            "of ",
            "a ",
            "an ",
            "including ",
            "such as ",
            "around ",
            "in ",
            "on ",
            "for ",
            "into ",
            "to ",
            "regarding ",
            "concerning ",
            "towards ",
            "和",
            "及",
            "以及",
            "与",
        ] {
            if let Some(r) = t.strip_prefix(p) {
                t = r.trim_start();
            }
        }
        if t == before {
            break;
        }
    }
    // "我市重大项目融资": "our city" is no part of the area
    if let Some(r) = ["我市", "我省", "我区", "我县", "我州"]
        .iter()
        .find_map(|p| t.strip_prefix(p))
        .filter(|r| r.chars().count() >= 2)
    {
        t = r;
    }
    // a leading Chinese verb: "投向保障国家粮食安全" -> "国家粮食安全"
    for _ in 0..2 {
        if let Some(r) = ZH_LEAD_VERBS.iter().find_map(|v| t.strip_prefix(v)) {
            if r.chars().count() >= 2 {
                t = r;
            }
        }
    }
    let t = t.trim_matches(|c: char| "\"'“”‘’".contains(c)).trim();
    // "green electricity base and": a dangling conjunction
    let t = t
        .strip_suffix(" and")
        .or_else(|| t.strip_suffix(" or"))
        .or_else(|| t.strip_suffix(" as well as"))
        .map_or(t, str::trim_end);
    // a closing parenthesis explains the item: "agricultural development (a trading centre)"
    let t = match t.find(" (") {
        Some(i) if t.ends_with(')') && i > 0 => t[..i].trim_end(),
        _ => t,
    };
    // "加快…智慧城市建设步伐": the pace is not the area
    let t = t
        .strip_suffix("步伐")
        .or_else(|| t.strip_suffix("进程"))
        .filter(|r| r.chars().count() >= 2)
        .unwrap_or(t);
    let t = strip_quantity(zh_strip_quantity(t));
    // a counted head ("六项工程", "五大领域") names no area itself
    if t.starts_with(|c: char| "一二两三四五六七八九十".contains(c))
        && t.chars().nth(1).is_some_and(|c| "项大个".contains(c))
    {
        return None;
    }
    let words = t.split_whitespace().count();
    let chars = t.chars().count();
    if t.is_empty() || words > EN_MAX_WORDS || !(2..=60).contains(&chars) {
        return None;
    }
    // a leading figure is a quantity, unless it names the thing ("5G", "1000M级宽带网络")
    let spec = {
        let r = t.trim_start_matches(|c: char| c.is_ascii_digit());
        r.starts_with(|c: char| c.is_ascii_alphabetic()) && !t.is_ascii()
    };
    if t.chars().next().is_some_and(|c| c.is_ascii_digit()) && !t.contains('G') && !spec {
        return None;
    }
    // names of companies or places ("Dongfeng Motor", "Bank of China") are not areas
    let caps = t
        .split_whitespace()
        .filter(|w| !matches!(*w, "of" | "and" | "for" | "the" | "de"))
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    if caps && words >= 2 {
        return None;
    }
    // "总投资2800亿元": a sum of money, not an area
    if t.contains(|c: char| c.is_ascii_digit())
        && ["亿元", "万元", "亿美元", "万美元"]
            .iter()
            .any(|u| t.contains(u))
    {
        return None;
    }
    let low = t.to_lowercase();
    // "a range of other sectors" names nothing
    let vague =
        low.contains("other ") && low.rsplit(' ').next().is_some_and(|w| GENERIC.contains(&w));
    if vague
        || ZH_GENERIC.contains(&t)
        || low
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| EN_BAD.contains(&w))
        || GENERIC.contains(&low.as_str())
        || PLACES.contains(&low.as_str())
        || ZH_ORG_ENDS.iter().any(|e| t.ends_with(e))
        || ZH_NOT_AREA_ENDS.iter().any(|e| t.ends_with(e))
        || junk(t, &low)
    {
        return None;
    }
    Some(t.to_string())
}

/// Units after a leading quantity ("500,000 kilowatt", "3 million tonnes per annum").
const UNITS: &[&str] = &[
    "tonnes",
    "tonne",
    "tons",
    "ton",
    "megawatts",
    "megawatt",
    "kilowatts",
    "kilowatt",
    "watts",
    "hectares",
    "hectare",
    "acres",
    "acre",
    "kilometres",
    "kilometers",
    "kilometre",
    "kilometer",
    "km",
    "miles",
    "barrels",
    "units",
    "beds",
    "metres",
    "meters",
    "litres",
    "liters",
    "mtpa",
    "mw",
    "gw",
    "kw",
    "mwp",
    "gwh",
    "mu",
    "square",
    "cubic",
];

/// Verbs that may lead a Chinese item ("投向…", "保障…"); `发展`/`建设` start nouns too
/// ("发展规划") and stay.
const ZH_LEAD_VERBS: &[&str] = &[
    "投向",
    "用于",
    "保障",
    "围绕",
    "聚焦",
    "支持",
    "推动",
    "推进",
    "加快",
    "促进",
    "助力",
    "加强",
    "深化",
    "打造",
    "培育",
    "扶持",
    "服务于",
    "服务",
];

/// Words that start a phrase of time or ceremony, not an area ("Before the meeting").
const EN_JUNK_FIRST: &[&str] = &[
    "before",
    "after",
    "during",
    "when",
    "while",
    "since",
    "until",
    "meanwhile",
    "moreover",
    "besides",
    "participate",
    "participated",
    "attend",
    "attended",
    "attending",
    "witness",
    "witnessed",
];
/// Words naming people or their roles ("Municipal leaders …").
const EN_PERSON_WORDS: &[&str] = &[
    "leader",
    "leaders",
    "mayor",
    "secretary",
    "governor",
    "chairman",
    "chairwoman",
    "president",
    "minister",
    "ministers",
    "director",
    "ceo",
    "premier",
    "ambassador",
    "officials",
    "delegation",
    "mr",
    "ms",
    "mrs",
    "dr",
];
/// Single words that name no area.
const EN_JUNK_ALONE: &[&str] = &[
    "participate",
    "cooperation",
    "cooperate",
    "multi-field",
    "multi-fields",
    "multi-level",
    "all-round",
    "comprehensive",
    "deep",
    "further",
    "mutual",
    "win-win",
    "others",
    "so on",
    "the like",
    "like",
    "etc",
    // words that name no area on their own: what a deal brings or is, not what it is about
    "quality",
    "jobs",
    "job",
    "operation",
    "operations",
    "venture",
    "ventures",
    "project",
    "complex",
    "acquisition",
    "listing",
    "among them",
];

/// An item that names people, a time or nothing: "Municipal leaders Cao Junjie", "Before the
/// meeting", "participate". `low` is `t` in lower case.
fn junk(t: &str, low: &str) -> bool {
    let mut words = low.split_whitespace();
    let first = words.next().unwrap_or("");
    if EN_JUNK_FIRST.contains(&first) || EN_JUNK_ALONE.contains(&low) {
        return true;
    }
    if low
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| EN_PERSON_WORDS.contains(&w))
    {
        return true;
    }
    // a pinyin name: "Cao Junjie", "Li Qiang"
    let toks: Vec<&str> = t.split_whitespace().collect();
    toks.windows(2).any(|w| {
        crate::lexicon::SURNAMES_PINYIN.contains(w[0]) && crate::people::pinyin_given(w[1])
    })
}

/// Drop a leading Chinese quantity: "100万千瓦风电基地项目" -> "风电基地项目" (but not "5G网络" or
/// "1GWh共享储能电站", whose figure names the thing).
fn zh_strip_quantity(t: &str) -> &str {
    if !t.starts_with(|c: char| c.is_ascii_digit()) {
        return t;
    }
    let r = t.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    if r.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return t;
    }
    let r = r.trim_start_matches(|c: char| "万千百亿余多瓦兆吨亩米公里平方台套座个".contains(c));
    if r.len() < t.len() && r.chars().count() >= 2 && !r.starts_with(|c: char| c.is_ascii()) {
        r
    } else {
        t
    }
}

/// Drop a leading quantity: "100 MW wind power resources" -> "wind power resources",
/// "half-a-million tonnes per annum aluminium smelter" -> "aluminium smelter" (but not
/// "5G networks" or "3G/4G").
fn strip_quantity(t: &str) -> &str {
    let Some((first, rest)) = t.split_once(' ') else {
        return t;
    };
    let low = first.to_ascii_lowercase();
    let numeric = (first.starts_with(|c: char| c.is_ascii_digit()) && !first.contains('G'))
        || low.ends_with("-million")
        || low.ends_with("-billion")
        || low.ends_with("-thousand");
    if !numeric {
        return t;
    }
    let mut rest = rest.trim_start();
    for m in ["million ", "billion ", "thousand ", "lakh ", "crore "] {
        if let Some(r) = rest.strip_prefix(m) {
            rest = r;
        }
    }
    // a unit written apart: "100 MW", "6,000 hectares of", "500,000 kilowatt"
    if let Some((u, r)) = rest.split_once(' ') {
        let unit = UNITS.contains(&u.to_ascii_lowercase().as_str())
            || (u.len() <= 4
                && u.chars().all(|c| c.is_ascii_alphabetic())
                && u.chars().any(|c| c.is_ascii_uppercase()));
        if unit {
            rest = r.trim_start();
            if let Some(r) = rest
                .strip_prefix("metres ")
                .or(rest.strip_prefix("meters "))
            {
                rest = r;
            }
        }
    }
    for p in [
        "per annum ",
        "per year ",
        "a year ",
        "per day ",
        "a day ",
        "of ",
    ] {
        if let Some(r) = rest.strip_prefix(p) {
            rest = r;
        }
    }
    rest
}

/// Drop a quantity inside an item: "rehabilitation of about 21 kilometres of national roads" ->
/// "rehabilitation of national roads".
fn drop_inner_quantity(t: &str) -> String {
    let Some(i) = t.find(" of ") else {
        return t.to_string();
    };
    let mut rest = &t[i + 4..];
    for a in [
        "about ",
        "some ",
        "around ",
        "roughly ",
        "nearly ",
        "over ",
        "more than ",
        "up to ",
    ] {
        if let Some(r) = rest.strip_prefix(a) {
            rest = r;
        }
    }
    let q = strip_quantity(rest);
    if q.len() < rest.len() && !q.is_empty() {
        format!("{} of {q}", &t[..i])
    } else {
        t.to_string()
    }
}

/// Split a segment list on commas / `、`; returns byte ranges relative to `list`.
fn segments(list: &str) -> Vec<(usize, usize)> {
    let mut parts = Vec::new();
    let mut s = 0;
    let b = list.as_bytes();
    for (i, c) in list.char_indices() {
        // a thousands separator ("1,250 MW") splits nothing
        let digits = c == ','
            && i > 0
            && b[i - 1].is_ascii_digit()
            && b.get(i + 1).is_some_and(u8::is_ascii_digit);
        if matches!(c, ',' | ';' | '、' | '，' | '；') && !digits {
            parts.push((s, i));
            s = i + c.len_utf8();
        }
    }
    parts.push((s, list.len()));
    parts
}

/// Where an English item starts inside the segment that opens a list: after the last cue word.
fn en_open_cut(seg: &str) -> Option<usize> {
    EN_CUT.find_iter(seg).last().map(|m| m.end())
}

fn zh_open_cut(seg: &str) -> Option<usize> {
    ZH_CUES
        .iter()
        .filter_map(|c| seg.rfind(c).map(|i| i + c.len()))
        .filter(|&i| seg[i..].chars().count() >= 2)
        .max()
}

/// Most words of an English item (words in parentheses not counted).
const EN_MAX_WORDS: usize = 7;

/// Is `seg` short enough for an item, or for two items joined by *and*?
fn fits(seg: &str) -> bool {
    item_words(seg) <= EN_MAX_WORDS
        || and_split(seg).is_some_and(|p| {
            item_words(&seg[..p]) <= EN_MAX_WORDS && item_words(&seg[p + 5..]) <= EN_MAX_WORDS
        })
}

/// Words of `seg` outside parentheses.
fn item_words(seg: &str) -> usize {
    let mut depth = 0usize;
    let mut n = 0;
    let mut in_word = false;
    for c in seg.chars() {
        match c {
            '(' | '（' => {
                depth += 1;
                in_word = false;
            }
            ')' | '）' => {
                depth = depth.saturating_sub(1);
                in_word = false;
            }
            c if c.is_whitespace() => in_word = false,
            _ if depth == 0 && !in_word => {
                in_word = true;
                n += 1;
            }
            _ => {}
        }
    }
    n
}

/// Word pairs joined by *and* that name one thing ("science and technology").
const BINOMIALS: &[(&str, &str)] = &[
    ("science", "technology"),
    ("research", "development"),
    ("oil", "gas"),
    ("small", "medium"),
    ("small", "medium-sized"),
    ("sand", "gravel"),
    ("iron", "steel"),
    ("water", "sanitation"),
    ("mergers", "acquisitions"),
    ("food", "beverage"),
    ("food", "beverages"),
    ("agriculture", "animal"),
    ("operation", "maintenance"),
    ("transport", "storage"),
    ("storage", "logistics"),
    ("oil", "natural"),
    ("manufacturing", "assembly"),
    ("production", "exploration"),
    ("exploration", "production"),
    ("repair", "maintenance"),
    ("arts", "crafts"),
];

/// Do `left and right` name one thing ([`BINOMIALS`])?
fn binomial(left: &str, right: &str) -> bool {
    BINOMIALS
        .iter()
        .any(|&(x, y)| x.eq_ignore_ascii_case(left) && y.eq_ignore_ascii_case(right))
}

/// Where the last item of a list ("medical health and science and technology innovation")
/// splits into two: at its last *and* that does not join a word pair ([`BINOMIALS`]).
fn and_split(t: &str) -> Option<usize> {
    t.match_indices(" and ")
        .map(|(i, _)| i)
        .filter(|&i| {
            let left = t[..i].rsplit(' ').next().unwrap_or("");
            let right = t[i + 5..].split(' ').next().unwrap_or("");
            !left.is_empty() && !right.is_empty() && !binomial(left, right)
        })
        .last()
}

/// Split the last of `items` (byte ranges into `text`) at its dividing *and*.
fn split_last(text: &str, items: &mut Vec<(usize, usize)>) {
    let Some(&(a, b)) = items.last() else {
        return;
    };
    if let Some(p) = and_split(&text[a..b]) {
        items.pop();
        items.push((a, a + p));
        items.push((a + p + 5, b));
    }
}

/// Items of an English list that ends at `end` (exclusive) in `st`. With `single`, one item
/// after an opening cue is a list ("in the new energy aspect carry out").
fn en_backward(st: &str, end: usize, single: bool) -> Vec<(usize, usize)> {
    let head = &st[..end];
    let segs = segments(head);
    let mut items = Vec::new();
    let mut opened = false;
    for &(a, b) in segs.iter().rev() {
        let seg = &head[a..b];
        let words = item_words(seg);
        let bad = seg
            .to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| EN_BAD.contains(&w));
        let fit = words <= EN_MAX_WORDS || (items.is_empty() && fits(seg));
        if fit && !bad && en_open_cut(seg).is_none_or(|_| items.is_empty() && words <= 3) {
            items.push((a, b));
            continue;
        }
        // the segment that opens the list: the item begins after its last cue
        if let Some(c) = en_open_cut(seg) {
            let rest = &seg[c..];
            let bad = rest
                .to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| EN_BAD.contains(&w));
            if (item_words(rest) <= EN_MAX_WORDS || (items.is_empty() && fits(rest))) && !bad {
                items.push((a + c, b));
                opened = true;
            }
        }
        break;
    }
    items.reverse();
    // one segment is a list only after an opening cue of a bare closer
    if items.len() < 2 && !(single && opened && items.len() == 1) {
        return Vec::new();
    }
    // "A, B, C and D and other fields": the last " and " joins the last two items
    split_last(head, &mut items);
    items
}

/// Items of a Chinese list that ends at `end` in `st`.
fn zh_backward(st: &str, end: usize, allow_single: bool) -> Vec<(usize, usize)> {
    let head = &st[..end];
    // the list lives in the current clause
    let clause_start = head
        .rfind(['，', ',', '；', '。', ':', '：'])
        .map_or(0, |i| {
            i + head[i..].chars().next().map_or(1, char::len_utf8)
        });
    let clause = &head[clause_start..];
    let segs: Vec<(usize, usize)> = clause
        .char_indices()
        .filter(|&(_, c)| c == '、')
        .map(|(i, _)| i)
        .collect::<Vec<_>>()
        .into_iter()
        .fold((Vec::new(), 0usize), |(mut v, s), i| {
            v.push((s, i));
            (v, i + '、'.len_utf8())
        })
        .0
        .into_iter()
        .chain(std::iter::once((
            clause.rfind('、').map_or(0, |i| i + '、'.len_utf8()),
            clause.len(),
        )))
        .collect();
    if segs.len() < 2 && !allow_single {
        return Vec::new();
    }
    let mut items: Vec<(usize, usize)> = Vec::new();
    for (k, &(a, b)) in segs.iter().enumerate() {
        let seg = &clause[a..b];
        let a2 = if k == 0 && segs.len() == 1 {
            // a single item: it follows the last 在
            match seg.rfind('在') {
                Some(i) => a + i + '在'.len_utf8(),
                None => continue,
            }
        } else if k == 0 {
            match zh_open_cut(seg) {
                Some(c) => a + c,
                None if seg.chars().count() <= 8 => a,
                None => continue,
            }
        } else {
            a
        };
        let (a2, b) = (clause_start + a2, clause_start + b);
        // "A、B和C等领域": 和/以及 joins the last item, when both sides are words (two
        // characters or more)
        let join = ["以及", "和"]
            .iter()
            .find_map(|j| st[a2..b].find(j).map(|p| (p, j.len())));
        match join {
            Some((p, l))
                if k + 1 == segs.len() && segs.len() >= 2 && p >= 6 && b - (a2 + p + l) >= 6 =>
            {
                items.push((a2, a2 + p));
                items.push((a2 + p + l, b));
            }
            _ => items.push((a2, b)),
        }
    }
    items
}

/// Items of an English list that starts at `start` in `st` and runs to `… and X`: "A, B and
/// C", "A, B and C and D" (split at the last *and* outside a word pair), "A, B and C, D and E"
/// (the middle *and* joins one item).
fn en_forward(st: &str, start: usize, strong: bool) -> Vec<(usize, usize)> {
    let mut start = start;
    let mut rest = &st[start..];
    // "covers plans for several projects in the province: an airport in X, a shipyard in Y and
    // Z": the list follows the colon, and each item ends before its place
    let colon = rest
        .find(':')
        .filter(|&c| !rest[..c].contains([',', '.', ';']) && rest[..c].len() < 120);
    if let Some(c) = colon {
        start += c + 1;
        rest = &rest[c + 1..];
    }
    let mut end = rest.len();
    for p in [
        " and other",
        " among other",
        " etc",
        " so that",
        " which ",
        " while ",
        " as well as",
        " to ",
        " during ",
        ".",
        "(",
    ] {
        if let Some(i) = rest.find(p) {
            end = end.min(i);
        }
    }
    // a place or time after the list: "in Belgrade", "at the park", "yesterday"
    let b = rest.as_bytes();
    for (i, _) in rest[..end]
        .match_indices(" in ")
        .filter(|_| colon.is_none())
    {
        if b.get(i + 4).is_some_and(u8::is_ascii_uppercase) {
            end = end.min(i);
            break;
        }
    }
    for p in [" at ", " yesterday", " today", " this year"] {
        if colon.is_some() && p == " at " {
            continue;
        }
        if let Some(i) = rest[..end].find(p) {
            end = i;
        }
    }
    let list = &rest[..end];
    let mut items: Vec<(usize, usize)> = Vec::new();
    // index of the last item holding "and": the list ends there
    let mut last_and = None;
    for (a, b) in segments(list) {
        let mut seg = &list[a..b];
        if colon.is_some() {
            // "an airport in Polewali Mandar", "a silo for processing rice": the head
            if let Some(i) = [" in ", " at ", " for ", " of the ", " on "]
                .iter()
                .filter_map(|p| seg.find(p))
                .min()
            {
                seg = &seg[..i];
            }
        }
        let b = a + seg.len();
        let t = seg.trim_start();
        let off = a + seg.len() - t.len();
        if let Some(r) = t.strip_prefix("and ") {
            let _ = r;
            items.push((off + 4, b));
            last_and = None;
            break;
        }
        let bad = t
            .to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| EN_BAD.contains(&w));
        if !fits(t) || bad {
            // a clause: the list ended before it, unless this is its first item
            if items.is_empty() {
                if let Some(p) = t.find(" and ") {
                    items.push((off, off + p));
                    items.push((off + p + 5, b));
                    last_and = None;
                }
            }
            break;
        }
        if t.contains(" and ") {
            last_and = Some(items.len());
        }
        items.push((off, b));
    }
    if let Some(k) = last_and {
        items.truncate(k + 1);
        split_last(list, &mut items);
    }
    let min = if strong { 2 } else { 3 };
    if items.len() < min || names_or_actions(list, &items) {
        return Vec::new();
    }
    items
        .into_iter()
        .map(|(a, b)| (start + a, start + b))
        .collect()
}

/// Verbs that open an action, not an area ("strengthen regional headquarters construction").
const EN_ACTION_VERBS: &[&str] = &[
    "strengthen",
    "push",
    "help",
    "deepen",
    "promote",
    "build",
    "develop",
    "improve",
    "enhance",
    "expand",
    "accelerate",
    "support",
    "carry",
    "implement",
    "create",
    "establish",
    "make",
    "jointly",
    "further",
    "actively",
];

/// Is a forward list mostly proper names ("Cunene, Namibe and Huila") or actions ("strengthen
/// …, push …, help …")? Then it names no areas.
fn names_or_actions(list: &str, items: &[(usize, usize)]) -> bool {
    let mut names = 0;
    let mut actions = 0;
    for &(a, b) in items {
        let t = list[a..b].trim_start();
        let first = t.split_whitespace().next().unwrap_or("");
        if first.chars().next().is_some_and(char::is_uppercase)
            && first.chars().skip(1).any(char::is_lowercase)
        {
            names += 1;
        }
        if EN_ACTION_VERBS.contains(&first.to_ascii_lowercase().as_str()) {
            actions += 1;
        }
    }
    2 * names > items.len() || 2 * actions > items.len()
}

/// A sentence about another deal signed at the same event ("also signed a tripartite
/// memorandum", "还签署了"). `low`: the sentence, ASCII-lowercased.
fn other_deal(low: &str) -> bool {
    [
        "also signed",
        "also inked",
        "separately signed",
        "a separate ",
        "another agreement",
        "another memorandum",
        "another mou",
        "还签署",
        "还签订",
        "同时签订",
        "同时签署",
        "另签",
    ]
    .iter()
    .any(|p| low.contains(p))
}

/// Does a sentence (lower case) tell the sides' or a party's past or profile ("For many years, the bank
/// has put credit into energy, transport and other fields", "长期以来双方在…等方面保持良好合作")?
/// Its lists are what was done before, not what was agreed.
fn history(low: &str) -> bool {
    [
        "for many years",
        "for a long time",
        "for years",
        "over the years",
        "over the past",
        "in the past",
        "in recent years",
        "so far",
        "to date",
        "has invested",
        "have invested",
        "had invested",
        "accumulated",
        "kept good",
        "has carried out",
        "have carried out",
        "多年来",
        "长期以来",
        "一直以来",
        "近年来",
        "累计",
        // a party's profile: "It specialises in hydropower, wind power and other areas"
        "specialized in",
        "specializes in",
        "specialised in",
        "specialises in",
        "is engaged in",
        "are engaged in",
        "mainly engaged in",
        "主要从事",
        "主营",
    ]
    .iter()
    .any(|p| low.contains(p))
}

/// "invest(s) [amount] in …": what the money goes into.
static EN_INVEST_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i-u)\binvest(?:s|ed|ing)?\s+(?:(?:(?u:[^.,;])|[,.]\d){0,40}?\s)?in\s+(?:the\s+|a\s+|an\s+)?")
        .expect("EN_INVEST_IN")
});

/// Items of an object list starting at `start`: "linen yarn, fabric and garments at …" ->
/// three items; a single phrase ("the mortar and grout factory") stays whole. The list ends at a
/// preposition or clause word.
fn en_object_list(st: &str, start: usize) -> Vec<(usize, usize)> {
    let rest = &st[start..];
    let mut end = rest.len();
    for p in [
        " on ",
        " at ",
        " across ",
        " over ",
        " with ",
        " which",
        " to ",
        " by ",
        " from ",
        " for ",
        " in ",
        " so ",
        " that ",
        " while ",
        ".",
        ";",
        "(",
        " and will ",
        ", and ",
    ] {
        if let Some(i) = rest.find(p) {
            end = end.min(i);
        }
    }
    let list = &rest[..end];
    let segs = segments(list);
    let mut items = Vec::new();
    for (k, &(a, b)) in segs.iter().enumerate() {
        let seg = &list[a..b];
        let t = seg.trim_start();
        let off = a + seg.len() - t.len();
        if t.split_whitespace().count() > 6 {
            break;
        }
        if k + 1 == segs.len() && segs.len() >= 2 {
            if let Some(p) = t.find(" and ") {
                items.push((off, off + p));
                items.push((off + p + 5, b));
                continue;
            }
        }
        items.push((off, b));
    }
    items
        .into_iter()
        .filter(|&(a, b)| b > a)
        .map(|(a, b)| (start + a, start + b))
        .collect()
}

/// Verbs that open a Chinese list item ("发展外向型经济" -> "外向型经济").
const ZH_ITEM_VERBS: &[&str] = &[
    "发展", "促进", "培育", "建设", "扶持", "推进", "加强", "支持", "推动", "打造", "提升", "深化",
    "开展", "实施", "助力", "加快", "完善",
];

/// A `、` list of three or more items in a sentence that states the agreement's content, with
/// no `等领域` closer: "支持宁德市发展外向型经济、促进文化旅游优化升级、…及扶持企业转型升级".
fn zh_content_list(st: &str) -> Vec<(usize, usize)> {
    let Some(first) = st.find('、') else {
        return Vec::new();
    };
    // the clause holding the list
    let cs = st[..first]
        .rfind(['，', ',', '；', '：', ':'])
        .map_or(0, |i| i + st[i..].chars().next().map_or(1, char::len_utf8));
    let ce = st[first..]
        .find(['，', ',', '；', '。'])
        .map_or(st.len(), |i| first + i);
    let clause = &st[cs..ce];
    let mut parts: Vec<(usize, usize)> = Vec::new();
    let mut s = 0;
    let mut quoted = false;
    for (i, c) in clause.char_indices() {
        match c {
            '“' => quoted = true,
            '”' => quoted = false,
            // "实现“碳达峰、碳中和”目标" is one item
            '、' if !quoted => {
                parts.push((s, i));
                s = i + c.len_utf8();
            }
            _ => {}
        }
    }
    // the last item ends at 等 ("基础设施等项目建设上开展合作")
    let clause = match clause[s..].find('等') {
        Some(p) if p > 0 => &clause[..s + p],
        _ => clause,
    };
    // the last item may join one more with 及/和/以及
    let tail = &clause[s..];
    match ["以及", "及", "和"]
        .iter()
        .find_map(|j| tail.find(j).map(|p| (p, j.len())))
    {
        Some((p, l)) if p > 0 => {
            parts.push((s, s + p));
            parts.push((s + p + l, clause.len()));
        }
        _ => parts.push((s, clause.len())),
    }
    if parts.len() < 3 {
        return Vec::new();
    }
    // the first item starts after the last verb of its segment
    if let Some(first) = parts.first_mut() {
        let seg = &clause[first.0..first.1];
        let verb_end = ZH_ITEM_VERBS
            .iter()
            .filter_map(|v| seg.rfind(v).map(|i| i + v.len()))
            .filter(|&i| seg[i..].chars().count() >= 2)
            .max();
        if let Some(c) = zh_open_cut(seg).max(verb_end) {
            first.0 += c;
        }
    }
    parts
        .into_iter()
        .map(|(a, b)| {
            let t = &clause[a..b];
            let v = ZH_ITEM_VERBS
                .iter()
                .find(|v| t.starts_with(**v) && t.len() > v.len() + 3)
                .map_or(0, |v| v.len());
            (cs + a + v, cs + b)
        })
        .filter(|&(a, b)| {
            let n = st[a..b].chars().count();
            (2..=15).contains(&n)
        })
        .collect()
}

/// Verbs whose object names an area of cooperation in a content sentence.
const ZH_OBJECT_VERBS: &[&str] = &[
    "聚焦",
    "围绕",
    "开发",
    "推动",
    "推进",
    "重点支持",
    "加快",
    "投向",
    "用于",
    "建设",
    "建成",
    "打造",
    "共建",
    "拓展",
    "促进",
];

/// The first verbs of [`ZH_OBJECT_VERBS`] take objects of two characters; the others, which
/// also end nouns (`城市建设`), of three or more.
const ZH_OBJECT_VERBS_OLD: usize = 9;

/// Objects of the cue verbs of a Chinese content sentence, one per clause: "双方将共同开发清洁能源，
/// 推动新能源产业发展" -> `清洁能源`, `新能源产业发展`. A clause whose object is a `、` list gives
/// its items.
fn zh_content_objects(st: &str) -> Vec<(usize, usize)> {
    zh_objects(st, &[])
}

/// [`zh_content_objects`] with more cue verbs (`extra`, objects of two characters or more).
fn zh_objects(st: &str, extra: &[&str]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut cs = 0;
    let verb_at = |i: usize| {
        ZH_OBJECT_VERBS
            .iter()
            .chain(extra)
            .any(|v| st[i..].starts_with(v))
    };
    for (i, c) in st.char_indices().chain(std::iter::once((st.len(), '。'))) {
        // "拓展信息应用、促进产业升级": a 、 before a cue verb parts two clauses
        let verb_list = c == '、' && verb_at(i + c.len_utf8());
        if !matches!(c, '，' | ',' | '；' | ';' | '。' | '：' | ':') && !verb_list {
            continue;
        }
        let clause = &st[cs..i];
        let base = cs;
        cs = i + c.len_utf8();
        let Some(v) = ZH_OBJECT_VERBS
            .iter()
            .chain(extra)
            .enumerate()
            .filter_map(|(k, v)| {
                // not a verb inside an agreement's title ("《…加快发展…协议》")
                let p = clause.rfind(v)? + v.len();
                if clause[p..].contains('》') {
                    return None;
                }
                // a verb in the subject ("中国建设银行将…提供…金融支持"): the clause's own verb
                // follows it
                if clause[p..].contains('将') {
                    return None;
                }
                // 建设/促进… also end nouns ("数字福建建设部署"): their object is longer
                let min = if k < ZH_OBJECT_VERBS_OLD || k >= ZH_OBJECT_VERBS.len() {
                    2
                } else {
                    3
                };
                (clause[p..].chars().count() >= min).then_some(p)
            })
            .max()
        else {
            continue;
        };
        let obj = &clause[v..];
        // "融合覆盖的1000M级高速宽带网络": the head after the last 的 (outside quotes)
        let head = zh_outside_quotes(obj)
            .filter(|&(_, c)| c == '的')
            .map(|(k, c)| k + c.len_utf8())
            .last()
            .filter(|&k| obj[k..].chars().count() >= 2)
            .unwrap_or(0);
        let (v, obj) = (v + head, &obj[head..]);
        // items part at 、 and at 和/及/以及 between words ("总部和研究院")
        let mut cuts: Vec<(usize, usize)> = Vec::new();
        for (k, ch) in zh_outside_quotes(obj) {
            if ch == '、' {
                cuts.push((k, k + ch.len_utf8()));
            } else if (ch == '和'
                && !obj[..k].ends_with('中')
                && !obj[k + ch.len_utf8()..].starts_with(['谐', '平', '睦']))
                || ch == '及'
            {
                let a = if obj[..k].ends_with('以') {
                    k - '以'.len_utf8()
                } else {
                    k
                };
                cuts.push((a, k + ch.len_utf8()));
            }
        }
        cuts.push((obj.len(), obj.len()));
        let mut a = 0;
        for (x, y) in cuts {
            let n = obj[a..x].chars().count();
            if (2..=15).contains(&n) {
                out.push((base + v + a, base + v + x));
            }
            a = y;
        }
    }
    out
}

/// Administrative endings of a leading place name (`邵阳县`, `湖州市`).
const ZH_PLACE_ENDS: &[char] = &['省', '市', '县', '区', '州', '盟', '旗', '镇', '乡'];

/// The project a Chinese agreement title names: "《邵阳县整县屋顶分布式光伏试点开发项目投资协议》" ->
/// `整县屋顶分布式光伏试点开发` (a leading place dropped).
fn zh_title_project(st: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(a) = st[from..].find('《').map(|i| from + i + '《'.len_utf8()) {
        let Some(b) = st[a..].find('》').map(|i| a + i) else {
            break;
        };
        from = b;
        let title = &st[a..b];
        if !["协议", "合同", "备忘录"]
            .iter()
            .any(|e| title.ends_with(e))
        {
            continue;
        }
        let Some(p) = title.find("项目") else {
            continue;
        };
        let mut s = 0;
        // a leading place: "邵阳县", "湖州市吴兴区"
        for (k, c) in title[..p].char_indices().take(8) {
            // a place name has two characters or more before its ending ("整县" is not one)
            if ZH_PLACE_ENDS.contains(&c) && title[s..k].chars().count() >= 2 {
                s = k + c.len_utf8();
            }
        }
        if title[s..p].chars().count() >= 3 {
            out.push((a + s, a + p));
        }
    }
    out
}

/// Characters of `s` outside `“…”` quotes, with their byte offsets.
fn zh_outside_quotes(s: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let mut quoted = false;
    s.char_indices().filter(move |&(_, c)| {
        match c {
            '“' => quoted = true,
            '”' => quoted = false,
            _ => return !quoted,
        }
        false
    })
}

struct Found {
    items: Vec<(usize, usize)>,
    focus: bool,
    /// Chinese lists: 3 = closed (`等领域`) in a sentence stating the agreement's content, or a
    /// `重点` list; 2 = the unclosed list or verb objects of such a sentence; 1 = a closed list
    /// elsewhere. Only the best rank of a document is kept. 0 = English (always kept).
    rank: u8,
    /// Quoted programme names: capitalised items are kept ("Digital Shaanxi").
    named: bool,
}

impl Found {
    /// A list of plain items (not a `focus` list, not quoted names).
    fn plain(items: Vec<(usize, usize)>, rank: u8) -> Found {
        Found {
            items,
            focus: false,
            rank,
            named: false,
        }
    }
}

/// The focus areas `extract` proposes for `text`, for the tests of the pass modules.
#[cfg(test)]
fn focus_of(text: &str) -> Vec<String> {
    crate::extract(text).focus_areas
}

/// The lists of the document's sentences. With `remarks`, only the sentences of speeches and
/// wishes are read (the fallback when the text states no agreement content); else only the others.
fn lists(doc: &Doc, remarks: bool) -> Vec<Found> {
    let mut found: Vec<Found> = Vec::new();
    for (i, s) in doc.sents.iter().enumerate() {
        if doc.headline.is_some_and(|h| h.0 == s.start) {
            continue;
        }
        let st = doc.sent_str(s);
        let cjk = doc.fact(i).cjk;
        let content = doc.may(i, cue::CONTENT) && CONTENT.is_match(st);
        // wishes and speeches are not what the agreement covers
        if remarks != (!content && doc.may(i, cue::SPEECH) && SPEECH.is_match(st)) {
            continue;
        }
        let mut push = |items: Vec<(usize, usize)>, focus: bool, rank: u8, named: bool| {
            let low = doc.sent_lower(s);
            if !items.is_empty() && !other_deal(low) && (content || !history(low)) {
                found.push(Found {
                    items: items
                        .iter()
                        .map(|&(a, b)| (s.start + a, s.start + b))
                        .collect(),
                    focus,
                    rank,
                    named,
                });
            }
        };
        if doc.has_latin && st.len() > 20 {
            let mut covered = 0usize;
            let anchor = doc.may(i, cue::EN_ANCHOR);
            let mut anchors: Vec<(usize, usize, bool)> = Vec::new();
            if anchor {
                anchors.extend(EN_ANCHOR.find_iter(st).map(|m| (m.start(), m.end(), false)));
                for m in EN_BARE_ANCHOR.find_iter(st) {
                    if !anchors
                        .iter()
                        .any(|&(a, b, _)| a <= m.start() && m.start() < b)
                    {
                        anchors.push((m.start(), m.end(), true));
                    }
                }
                anchors.sort_unstable();
            }
            for (start, m_end, single) in anchors {
                // the list ends before the closer and the comma/space in front of it
                let end = st[..start].trim_end_matches([' ', ',', '\n']).len();
                let items = en_backward(st, end, single);
                if let Some(&(a, _)) = items.first() {
                    // "give play to advantages in transportation, port … and other aspects":
                    // a party's strengths, not what the sides cooperate in
                    let before = st[..a].trim_end().to_ascii_lowercase();
                    let strengths = [
                        "advantages in",
                        "advantage in",
                        "strengths in",
                        "expertise in",
                        "experience in",
                    ]
                    .iter()
                    .any(|w| before.ends_with(w));
                    if a >= covered && !strengths {
                        let focus = st[..a]
                            .to_lowercase()
                            .rfind("focus")
                            .is_some_and(|i| a - i < 30);
                        push(items, focus, 0, false);
                        covered = m_end;
                    }
                }
            }
            // '"', or the lead byte of '“' (U+201C)
            if memchr::memchr2(b'"', 0xE2, st.as_bytes()).is_some() {
                push(en_quoted(st), false, 0, true);
            }
            let open = doc.may(i, cue::EN_OPEN);
            for m in EN_OPEN.find_iter(if open { st } else { "" }) {
                if m.start() < covered {
                    continue;
                }
                let cue = m.as_str().to_lowercase();
                // "cooperation of the city and the bank": the parties, not areas
                let bare = cue.strip_suffix("the ").unwrap_or(&cue);
                if bare.ends_with(" of ")
                    && !["field", "area", "sector", "domain", "industr"]
                        .iter()
                        .any(|w| cue.contains(w))
                    && ["cooperat", "collaborat", "partnership", "work"]
                        .iter()
                        .any(|c| cue.starts_with(c))
                {
                    continue;
                }
                let strong = !cue.starts_with("schemes") && !cue.starts_with("works");
                let items = en_forward(st, m.end(), strong);
                if let Some(&(_, b)) = items.last() {
                    covered = b;
                    push(items, cue.starts_with("focus"), 0, false);
                }
            }
        }
        if doc.has_cjk {
            let mut closed = false;
            // both need a CJK character
            for m in ZH_ANCHOR.find_iter(if cjk { st } else { "" }) {
                let single = st[..m.start()]
                    .rfind('在')
                    .is_some_and(|i| m.start() - i <= 30);
                let items = zh_backward(st, m.start(), single);
                // in a remark, a list counts when it is what the sides cooperate in
                // ("…等领域开展务实合作"), not the speaker's own plans
                let coop = || {
                    let after = &st[m.end()..];
                    let clause = after
                        .find(['，', ',', '。', '；'])
                        .map_or(after, |i| &after[..i]);
                    [
                        "合作", "携手", "共同", "加大", "加强", "深化", "推进", "开展",
                    ]
                    .iter()
                    .any(|w| clause.contains(w))
                };
                if !items.is_empty() && (!remarks || coop()) {
                    closed = true;
                    let before = &st[..items[0].0];
                    let focus = before.ends_with("重点放在")
                        || (before.ends_with("重点")
                            && clean_item(&st[items[0].0..items[0].1]).is_some())
                        || before.ends_with("重点包括")
                        || before.ends_with("聚焦")
                        || before.ends_with("聚焦于")
                        || before.ends_with("主要集中在")
                        || before.ends_with("重点围绕");
                    push(items, focus, if content || focus { 3 } else { 1 }, false);
                }
            }
            // a list announced by a counted head and a colon ("涵盖四大领域：A、B、C、D")
            if !closed && !remarks && cjk {
                if let Some(m) = ZH_HEAD_COLON.find(st) {
                    let items = zh_content_list(&st[m.end()..]);
                    if !items.is_empty() {
                        closed = true;
                        let items = items
                            .into_iter()
                            .map(|(a, b)| (m.end() + a, m.end() + b))
                            .collect();
                        push(items, false, 3, false);
                    }
                }
            }
            // a sentence stating the agreement's content, with no closed list: its `、` list,
            // else the objects of its cue verbs ("共同开发清洁能源")
            if content && !closed {
                let list = zh_content_list(st);
                if list.is_empty() {
                    push(zh_content_objects(st), false, 2, false);
                } else {
                    push(list, false, 2, false);
                }
            }
            // the project an agreement is named after: 《…整县屋顶分布式光伏试点开发项目投资协议》
            if cjk && doc.fact(i).sign {
                push(zh_title_project(st), false, 2, false);
            }
            let q: Vec<(usize, usize)> = ZH_QUOTED
                .captures_iter(if cjk { st } else { "" })
                .filter_map(|c| c.get(1).map(|g| (g.start(), g.end())))
                .collect();
            if q.len() >= 2 {
                push(q, false, if content { 2 } else { 1 }, false);
            }
        }
    }
    if !remarks && doc.has_latin {
        found.extend(purpose::lists(doc));
    }
    if !remarks && doc.has_cjk {
        found.extend(numbered::lists(doc));
    }
    if !remarks {
        found.extend(bullets::lists(doc));
    }
    found
}

/// Items of the chosen lists, cleaned and deduplicated, with their evidence.
fn items_of(doc: &Doc, found: &[Found], ev: &mut Evidence) -> Vec<String> {
    // within a sentence, a "focus" list wins over the others
    let best = found.iter().map(|f| f.rank).max().unwrap_or(0);
    let mut chosen: Vec<&Found> = found
        .iter()
        .filter(|f| f.rank == 0 || f.rank == best)
        .collect();
    if chosen.iter().any(|f| f.focus) {
        let focus_sents: Vec<Option<usize>> = chosen
            .iter()
            .filter(|f| f.focus)
            .map(|f| doc.sent_at(f.items[0].0))
            .collect();
        chosen.retain(|f| f.focus || !focus_sents.contains(&doc.sent_at(f.items[0].0)));
    }
    let mut out: Vec<String> = Vec::new();
    let mut norms: Vec<(usize, String)> = Vec::new();
    for f in chosen {
        for &(a, b) in &f.items {
            let raw = &doc.masked[a..b];
            let named =
                || (f.named && raw.split_whitespace().count() <= 4).then(|| raw.to_string());
            if let Some(it) = clean_item(raw).or_else(named) {
                let n = norm(&it);
                if !near_duplicate(&norms, &n) {
                    ev.add("focus_areas", (a, b));
                    out.push(it);
                    norms.push(n);
                }
            }
        }
    }
    out
}

/// Is `it` already said by an item of `out` — the same words, or a part or a widening of one
/// ("coal chemical industry" after "green coal chemical industry", "green hydrogen production"
/// after "green hydrogen")? Two lists of a text often repeat an area so.
/// `out` holds the items' [`norm`] forms.
fn near_duplicate(out: &[(usize, String)], it: &(usize, String)) -> bool {
    let (k, n) = it;
    // a one-word item is kept beside a longer one ("energy", "new energy development")
    out.iter()
        .any(|(l, m)| m == n || (*k.min(l) >= 2 && (m.contains(n) || n.contains(m))))
}

/// An item's word count and its words, normalised as the evaluator does.
fn norm(s: &str) -> (usize, String) {
    let mut out = String::with_capacity(s.len());
    let mut n = 0;
    let mut word = 0; // start of the current word in `out`
    let end_word = |out: &mut String, word: &mut usize, n: &mut usize| {
        if *word < out.len() {
            if matches!(&out[*word..], "the" | "a" | "an" | "s") {
                out.truncate(*word);
            } else {
                out.push(' ');
                *n += 1;
            }
            *word = out.len();
        }
    };
    for c in s.chars() {
        if crate::text::is_cjk(c) {
            end_word(&mut out, &mut word, &mut n);
            out.push(c);
            out.push(' ');
            n += 1;
            word = out.len();
        } else if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else {
            end_word(&mut out, &mut word, &mut n);
        }
    }
    end_word(&mut out, &mut word, &mut n);
    out.pop();
    (n, out)
}

/// Most items the verb-object fallback gives.
const MAX_VERB_ITEMS: usize = 8;

pub(crate) fn extract(doc: &Doc, title: Option<&str>, ev: &mut Evidence) -> Vec<String> {
    // 1. the lists of the sentences that state the agreement's content
    let mut out = items_of(doc, &lists(doc, false), ev);
    // `items_of` drops near-duplicates itself
    let listed = !out.is_empty();
    if out.is_empty() && doc.has_latin {
        // what the agreement's own content sentence says will be built or done
        out = verb_objects(doc, ev, Pass::Agreed);
    }
    if out.is_empty() && doc.has_latin {
        // the project of the signing sentence, and what the sentences about the project or
        // its money say it builds or pays for
        out = project(doc, ev);
        let more = if out.is_empty() {
            Vec::new()
        } else {
            verb_objects(doc, ev, Pass::Project)
        };
        for it in more {
            if !out.contains(&it) && out.len() < MAX_VERB_ITEMS {
                out.push(it);
            }
        }
    }
    if out.is_empty() && doc.has_latin {
        out = invest_in(doc, ev);
    }
    if out.is_empty() && doc.has_latin {
        out = verb_objects(doc, ev, Pass::Any);
    }
    if out.is_empty() {
        // the text states no agreement content: the areas named in the remarks
        out = items_of(doc, &lists(doc, true), ev);
    }
    if out.is_empty() && doc.has_cjk {
        // nor do the remarks list areas: what a speaker hopes the partner supports
        out = zh_wishes(doc, ev);
    }
    if out.is_empty() {
        // the agreement's own name says what it is about ("300兆瓦光伏发电项目投资协议", "MoU on
        // building a cascade of hydro power plants")
        if let Some(it) = title.and_then(title_subject) {
            if let Some(a) = doc.text.find(it.as_str()) {
                ev.add("focus_areas", (a, a + it.len()));
            }
            out.push(it);
        }
    }
    // the fallbacks too may say one area twice ("rural access roads", "maintenance of rural
    // access roads")
    let mut norms: Vec<(usize, String)> = Vec::new();
    out.retain(|it| {
        if listed {
            return true;
        }
        let n = norm(it);
        let keep = !near_duplicate(&norms, &n);
        norms.push(n);
        keep
    });
    out
}

/// Kinds of agreement at the end of a Chinese title, longest first.
const ZH_TITLE_KINDS: &[&str] = &[
    "战略合作框架协议",
    "全面战略合作协议",
    "战略合作协议",
    "合作框架协议",
    "投资框架协议",
    "合作备忘录",
    "投资协议",
    "框架协议",
    "合作协议",
    "备忘录",
    "协议",
];

/// English words that name a kind of agreement, before the subject ("… agreement on X") or
/// after it ("X project investment agreement").
static EN_TITLE_KIND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:memorandum of understanding|memorandum of agreement|mou|moa|agreement|memorandum|contract|letter of intent|framework|deal|partnership)\b(?:\s*\([^)]*\))?")
        .expect("EN_TITLE_KIND")
});

/// What a title says the agreement is about: the Chinese title without its kind, the English
/// title's words after "on/for/to" or before the kind. None when only the kind or the
/// parties' names are left.
fn title_subject(title: &str) -> Option<String> {
    let t = title.trim();
    if t.contains(|c: char| crate::text::is_cjk(c)) {
        let mut rest = t;
        if let Some(k) = ZH_TITLE_KINDS.iter().find(|k| rest.ends_with(*k)) {
            rest = &rest[..rest.len() - k.len()];
        }
        for kind in ["战略合作", "全面合作", "合作", "投资", "战略"] {
            rest = rest.strip_suffix(kind).unwrap_or(rest);
        }
        let rest = rest.trim_end_matches(['暨', '及', '和']);
        // the parties' names ("…人民政府…集团公司") are no subject, nor is the kind of money
        // ("开发性金融合作协议": a bank's agreement names how it lends, not what for)
        if rest.chars().count() < 2
            || [
                "政府", "公司", "集团", "银行", "大学", "分行", "五”", "五\"",
            ]
            .iter()
            .any(|e| rest.contains(e))
            || ["金融", "融资", "信贷", "银企", "政银"]
                .iter()
                .any(|e| rest.ends_with(e))
        {
            return None;
        }
        return clean_item(rest);
    }
    let kinds: Vec<(usize, usize)> = EN_TITLE_KIND
        .find_iter(t)
        .map(|m| (m.start(), m.end()))
        .collect();
    let (&(first, _), &(_, last)) = (kinds.first()?, kinds.last()?);
    let after = t[last..].trim_start();
    let subject = ["on ", "for ", "to "]
        .iter()
        .find_map(|p| after.strip_prefix(p))
        .map(|r| {
            let r = r.trim_start();
            // "on building a cascade", "on establishing JapanDesk": the verb is no part of it
            match r.split_once(' ') {
                Some((w, rest)) if w.ends_with("ing") && !rest.is_empty() => rest,
                _ => r,
            }
        })
        .or_else(|| {
            let before = t[..first].trim_end();
            let low = before.to_ascii_lowercase();
            let stripped = [
                "strategic cooperation",
                "cooperation",
                "investment",
                "strategic",
                "financing",
                "loan",
            ]
            .iter()
            .fold(low.as_str(), |l, w| {
                l.strip_suffix(w).map_or(l, str::trim_end)
            });
            (stripped.split_whitespace().count() >= 2).then(|| &before[..stripped.len()])
        })?;
    let it = clean_item(subject)?;
    // a title that is only the parties' names and the kind has no subject
    let low = it.to_ascii_lowercase();
    if [
        "government",
        "company",
        "ltd",
        "bank",
        "group",
        "corporation",
        "ministry",
        "authority",
        " and ",
    ]
    .iter()
    .any(|w| low.contains(w))
    {
        return None;
    }
    Some(it)
}

/// Last pass, Chinese: the objects of the cue verbs (and `支持`) after `希望` ("希望郑州银行…
/// 继续支持我市重大项目融资和企业发展" -> `重大项目融资`, `企业发展`).
fn zh_wishes(doc: &Doc, ev: &mut Evidence) -> Vec<String> {
    let mut out = Vec::new();
    for (i, s) in doc.sents.iter().enumerate() {
        if !doc.fact(i).cjk || doc.headline.is_some_and(|h| h.0 == s.start) {
            continue;
        }
        let st = doc.sent_str(s);
        let Some(w) = st.find("希望") else {
            continue;
        };
        let w = w + "希望".len();
        for (a, b) in zh_objects(&st[w..], &["支持"]) {
            if let Some(it) = clean_item(&st[w + a..w + b]) {
                if !out.contains(&it) {
                    ev.add("focus_areas", (s.start + w + a, s.start + w + b));
                    out.push(it);
                }
            }
        }
    }
    out
}

/// Second pass, no list: the project the agreement is for, from the first sentences about signing.
fn project(doc: &Doc, ev: &mut Evidence) -> Vec<String> {
    for (i, s) in doc.sents.iter().enumerate() {
        let st = doc.sent_str(s);
        // a sentence about signing, the agreement's content, or the agreement itself ("The
        // MoU appoints CMEC as the contractor for the greenfield refinery")
        if crate::orgs::sign_verb_in(doc, i).is_none()
            && !(doc.may(i, cue::CONTENT) && CONTENT.is_match(st))
            && !doc.may(i, cue::TITLE_ANY)
        {
            continue;
        }
        if !doc.may(i, cue::PROJECT) {
            continue;
        }
        let Some(c) = EN_PROJECT.captures(st) else {
            continue;
        };
        let (Some(p), Some(det)) = (c.name("p"), c.name("det")) else {
            continue;
        };
        // a bare "plant" names nothing; its products may follow (see `verbs`)
        if !p.as_str().trim().contains(' ') {
            continue;
        }
        let indefinite = !det.as_str().eq_ignore_ascii_case("the");
        let mut out = Vec::new();
        let mut take = |a: usize, b: usize, out: &mut Vec<String>| {
            let raw = &st[a..b];
            // a named facility built anew ("a Green Integrated Data Centre Park")
            let named = || {
                let t = strip_quantity(raw.trim());
                (indefinite && t.split_whitespace().count() <= EN_MAX_WORDS).then(|| t.to_string())
            };
            if let Some(it) = clean_item(raw).or_else(named) {
                ev.add("focus_areas", (s.start + a, s.start + b));
                out.push(it);
            }
        };
        // "Data Centre Park": the head noun may follow a facility noun
        let mut end = p.end();
        while let Some(w) = st[end..]
            .strip_prefix(' ')
            .and_then(|r| r.split(' ').next())
        {
            let w = w.trim_end_matches([',', '.', ';']);
            if w.is_empty() || !PROJECT_HEADS.iter().any(|h| w.eq_ignore_ascii_case(h)) {
                break;
            }
            end += 1 + w.len();
        }
        take(p.start(), end, &mut out);
        // "a smelter and a 1,250 MW power plant": a second facility
        if let Some(c2) = st[p.end()..]
            .strip_prefix(" and ")
            .and_then(|r| EN_PROJECT_NEXT.captures(r))
            .and_then(|c| c.name("p"))
        {
            let off = p.end() + 5;
            take(off + c2.start(), off + c2.end(), &mut out);
        }
        if !out.is_empty() {
            return out;
        }
    }
    Vec::new()
}

/// Third pass: what the committed money goes into ("invest $X in A, B and C").
fn invest_in(doc: &Doc, ev: &mut Evidence) -> Vec<String> {
    let mut out = Vec::new();
    for (i, s) in doc.sents.iter().enumerate() {
        if !doc.may(i, cue::INVEST) {
            continue;
        }
        // the headline sums up ("to invest R$3bn in three plants"); the body says what
        if doc.headline.is_some_and(|h| h.0 == s.start) {
            continue;
        }
        let st = doc.sent_str(s);
        let Some(m) = EN_INVEST_IN.find(st) else {
            continue;
        };
        if SPEECH.is_match(st) {
            continue;
        }
        for (a, b) in en_object_list(st, m.end()) {
            // "in Chennai and Tiruvallur": places, not what the money builds
            if st[a..b].starts_with(|c: char| c.is_uppercase()) {
                continue;
            }
            if let Some(it) = clean_item(&st[a..b]) {
                ev.add("focus_areas", (s.start + a, s.start + b));
                out.push(it);
            }
        }
        if !out.is_empty() {
            break;
        }
    }
    out
}

/// Fourth pass: the objects of development verbs in the sentences about what the agreement,
/// its parties or its project will do ("will develop and expand an industrial park"), at most
/// [`MAX_VERB_ITEMS`].
/// What a project yields or employs, not what it is about ("create 6,000 jobs").
const EN_YIELDS: &[&str] = &[
    "jobs",
    "job",
    "people",
    "workers",
    "employees",
    "revenue",
    "revenues",
    "taxes",
    "income",
    "profit",
    "profits",
    "output",
];

/// May an object of the agreement's content sentences be an area? Not a name ("the
/// Himachal Pradesh Subtropical Horticulture, Irrigation, and Value Addition Project" split at
/// its commas), a place ("the four southern provinces of Cunene") or what the project yields.
fn agreed_item(raw: &str) -> bool {
    let t = raw.trim_start_matches(|c: char| !c.is_alphanumeric());
    let mut ch = t.chars();
    if ch.next().is_some_and(char::is_uppercase) && ch.next().is_some_and(char::is_lowercase) {
        return false;
    }
    let low = t.to_ascii_lowercase();
    let head = low.split(" of ").next().unwrap_or("");
    let last = head.rsplit(' ').next().unwrap_or("");
    // "provinces", "cities", "counties": a plural place noun too
    let singular = last
        .strip_suffix("ies")
        .map(|r| format!("{r}y"))
        .or_else(|| last.strip_suffix('s').map(str::to_string))
        .unwrap_or_default();
    let place = PLACES.contains(&last) || PLACES.contains(&singular.as_str());
    let first = low.split(' ').next().unwrap_or("");
    !place
        && !EN_YIELDS.contains(&low.rsplit(' ').next().unwrap_or(""))
        && !EN_CLAUSE_VERBS.contains(&first)
}

/// Does sentence `i` say what the agreement's project or money does ([`AGREED`])? Not when it
/// is about another deal of the event, nor "It …" after a sentence about one ("A second
/// memorandum was signed with Y. It provides for …").
fn agreed_sentence(doc: &Doc, i: usize) -> bool {
    let low = doc.sent_lower(&doc.sents[i]);
    // every match starts with "under", "through", "with", "as part of", "it" or "the"
    let first = low.trim_start().as_bytes().first().copied();
    if !matches!(first, Some(b'u' | b't' | b'w' | b'a' | b'i'))
        || !AGREED.is_match(doc.sent_str(&doc.sents[i]))
    {
        return false;
    }
    if other_deal(low) {
        return false;
    }
    let it = low.trim_start().starts_with("it ");
    !(it && i > 0 && {
        let prev = doc.sent_lower(&doc.sents[i - 1]);
        other_deal(prev)
            || ["a second ", "a third ", "another "]
                .iter()
                .any(|p| prev.contains(p))
    })
}

/// Words that start a clause, not an area ("make the country a regional hub").
const EN_CLAUSE_VERBS: &[&str] = &[
    "make",
    "help",
    "start",
    "bring",
    "give",
    "allow",
    "enable",
    "ensure",
    "let",
    "keep",
    "become",
    "serve",
    "generate",
    "employ",
    "attract",
    "earn",
    "reduce",
    "cut",
    "increase",
    "raise",
    "employment",
    "benefit",
];

/// Length of a leading clause verb with its article ("start a "), 0 if none.
fn lead_verb(t: &str) -> usize {
    let Some((v, rest)) = t.split_once(' ') else {
        return 0;
    };
    if !EN_CLAUSE_VERBS.contains(&v.to_ascii_lowercase().as_str()) {
        return 0;
    }
    ["a ", "an ", "the ", "new "]
        .iter()
        .find(|d| rest.starts_with(*d))
        .map_or(0, |d| v.len() + 1 + d.len())
}

/// Which sentences [`verb_objects`] reads.
#[derive(Clone, Copy, PartialEq)]
enum Pass {
    /// Those that state the agreement's content ([`CONTENT`]: "Under the agreement, …").
    Agreed,
    /// Those whose subject is the agreement's project or money ([`AGREED`]: "The program will
    /// also finance …"), not [`CONTENT`] ones.
    Project,
    /// Any sentence about what a party or project will do (`verbs::content_sentence`).
    Any,
}

fn verb_objects(doc: &Doc, ev: &mut Evidence, pass: Pass) -> Vec<String> {
    let mut out = Vec::new();
    for (i, s) in doc.sents.iter().enumerate() {
        if doc.headline.is_some_and(|h| h.0 == s.start) {
            continue;
        }
        let st = doc.sent_str(s);
        // the sentences stating the agreement's content ("Under the agreement, …", "the MoU
        // covers …") or what its project or money does ("The program will also finance …")
        let content = pass != Pass::Any && doc.may(i, cue::CONTENT) && CONTENT.is_match(st);
        let agreed = match pass {
            Pass::Agreed => content,
            Pass::Project => !content && agreed_sentence(doc, i),
            Pass::Any => agreed_sentence(doc, i),
        };
        if pass != Pass::Any && !agreed {
            continue;
        }
        // a relative clause tells about the object, not what was agreed ("…, which is
        // expected to create jobs")
        let st = match st.find(", which").filter(|_| pass == Pass::Agreed) {
            Some(w) => &st[..w],
            None => st,
        };
        let speech = doc.may(i, cue::VERB_SPEECH);
        let keep = if agreed {
            !verbs::speech(st, speech)
        } else {
            verbs::content_sentence(st, speech, doc.may(i, cue::VERB_CONTENT))
        };
        if !keep {
            continue;
        }
        let objs = if agreed {
            verbs::agreed_objects(st)
        } else {
            verbs::objects(st)
        };
        for (a, b) in objs {
            if out.len() >= MAX_VERB_ITEMS {
                return out;
            }
            // "start a conditional cash transfer programme": the verb of a chain of clauses
            let a = if agreed { a + lead_verb(&st[a..b]) } else { a };
            if agreed && !agreed_item(&st[a..b]) {
                continue;
            }
            let it = if agreed {
                clean_item(&drop_inner_quantity(&st[a..b]))
            } else {
                clean_item(&st[a..b])
            };
            if let Some(it) = it {
                if !out.contains(&it) {
                    ev.add("focus_areas", (s.start + a, s.start + b));
                    out.push(it);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(t: &str) -> Vec<String> {
        extract(&Doc::new(t), None, &mut Evidence::default())
    }

    #[test]
    fn english_forward_list() {
        assert_eq!(
            f(
                "Under the agreement the two sides will work together in finance, environmental protection, new energy, medical health and science and technology innovation, among other fields."
            ),
            vec![
                "finance",
                "environmental protection",
                "new energy",
                "medical health",
                "science and technology innovation"
            ]
        );
    }

    #[test]
    fn etc_closes_a_machine_translated_list() {
        assert_eq!(
            f(
                "According to the agreement, Sinoma will strengthen with the province in engineering equipment, energy saving and environmental protection, new energy, water affairs etc. fields cooperation."
            ),
            vec![
                "engineering equipment",
                "energy saving and environmental protection",
                "new energy",
                "water affairs"
            ]
        );
    }

    #[test]
    fn the_areas_are() {
        assert_eq!(
            f(
                "He said the areas the MoU will cover are solid minerals, agriculture, healthcare and power generation."
            ),
            vec![
                "solid minerals",
                "agriculture",
                "healthcare",
                "power generation"
            ]
        );
    }

    #[test]
    fn what_the_money_is_meant_for() {
        assert_eq!(
            f(
                "The bulk of the financing is meant for innovation and research, education, health, broadband coverage and e-government."
            ),
            vec![
                "innovation and research",
                "education",
                "health",
                "broadband coverage",
                "e-government"
            ]
        );
    }

    #[test]
    fn chinese_sentence_on_what_the_project_covers() {
        assert_eq!(
            f(
                "按照协议，项目总投资约56亿元。项目涵盖地面光伏、水面光伏以及渔光互补电站，后期还计划配套建设电力展览馆。"
            ),
            vec!["地面光伏", "水面光伏", "渔光互补电站"]
        );
    }

    #[test]
    fn chinese_what_the_sides_made_clear() {
        assert_eq!(
            f(
                "双方明确，将全力推进惠州炼化一体化基地建设，加快海上油气田勘探开发，建设深水海洋工程装备制造基地。"
            ),
            vec![
                "惠州炼化一体化基地建设",
                "海上油气田勘探开发",
                "深水海洋工程装备制造基地"
            ]
        );
    }

    #[test]
    fn chinese_areas_the_cooperation_involves() {
        assert_eq!(
            f(
                "据初步统计，9家央企在鄂投资额超7000亿元，合作领域涉及航空产业、高端制造、现代农业、节能环保等。"
            ),
            vec!["航空产业", "高端制造", "现代农业", "节能环保"]
        );
    }

    #[test]
    fn chinese_list_the_cooperation_focuses_on() {
        // 聚焦 marks the agreement's own list, over a closed list elsewhere
        assert_eq!(
            f(
                "阿里巴巴在人工智能、云计算等领域处于领先。三方的合作主要聚焦长三角一体化建设、社会治理创新、人才培养等方面。"
            ),
            vec!["长三角一体化建设", "社会治理创新", "人才培养"]
        );
    }

    #[test]
    fn chinese_counted_head_before_a_colon() {
        assert_eq!(
            f(
                "此次该县与国动控股签订的项目合同涵盖四大领域：工业园区建设、标准厂房建设、光伏扶贫发电项目、商业住宅区，共计22亿元。"
            ),
            vec![
                "工业园区建设",
                "标准厂房建设",
                "光伏扶贫发电项目",
                "商业住宅区"
            ]
        );
    }

    #[test]
    fn chinese_remarks_list_joined_by_a_verb_of_joint_work() {
        // no agreement content is stated, so the remarks are read; "携手" is cooperation too
        assert_eq!(
            f(
                "会上，咸辉说，希望两家企业在清洁能源产业、数字经济发展、基础设施建设等方面与宁夏携手共进。"
            ),
            vec!["清洁能源产业", "数字经济发展", "基础设施建设"]
        );
        assert_eq!(
            f(
                "他希望鲁能集团发挥自身优势，在清洁能源多能互补基地、输送通道、旅游资源开发等方面加大建设力度。"
            ),
            vec!["清洁能源多能互补基地", "输送通道", "旅游资源开发"]
        );
        assert_eq!(
            f(
                "赵建明表示，希望三方在高铁新城开发、快速环路建设、体育中心建设等项目上持续深入合作。"
            ),
            vec!["高铁新城开发", "快速环路建设", "体育中心建设"]
        );
    }

    #[test]
    fn english_and_other_fields() {
        assert_eq!(
            f(
                "The province will promote the government, education, agriculture and animal husbandry, tourism and other key areas to carry out cooperation."
            ),
            vec![
                "government",
                "education",
                "agriculture and animal husbandry",
                "tourism"
            ]
        );
        assert_eq!(
            f(
                "According to the agreement, both will deepen in autonomous and controllable, artificial intelligence, smart city and other aspects the cooperation."
            ),
            vec![
                "autonomous and controllable",
                "artificial intelligence",
                "smart city"
            ]
        );
    }

    #[test]
    fn english_counted_fields() {
        assert_eq!(
            f(
                "The sides will, in the informatization planning, network culture construction, talent training six big fields to develop the cooperation."
            ),
            vec![
                "informatization planning",
                "network culture construction",
                "talent training"
            ]
        );
    }

    #[test]
    fn names_and_speeches_are_not_areas() {
        assert_eq!(
            f("The bank will support traffic, steel, Dongfeng Motor and other pillar industries."),
            vec!["traffic", "steel"]
        );
        // a remark is read only when nothing states the agreement's content
        assert_eq!(
            f("He hoped for cooperation in tourism, culture and sport."),
            vec!["tourism", "culture", "sport"]
        );
    }

    #[test]
    fn content_sentences_win() {
        let t = "The governor hoped for cooperation in tourism, culture and sport. \
                 According to the agreement, the two sides will cooperate in cloud computing, big data and smart cities.";
        assert_eq!(f(t), vec!["cloud computing", "big data", "smart cities"]);
    }

    #[test]
    fn project_fallback() {
        assert_eq!(
            f(
                "The state government signed a memorandum of understanding with NKJ Biofuel to set up an ethanol production plant in the cooperative sector."
            ),
            vec!["ethanol production plant"]
        );
    }

    #[test]
    fn chinese_lists() {
        assert_eq!(
            f("双方将在新能源、智慧城市和大数据等领域开展合作。"),
            vec!["新能源", "智慧城市", "大数据"]
        );
        assert_eq!(
            f("根据协议,双方将围绕新型基础设施、新型工业化、农业现代化等方面深化合作。"),
            vec!["新型基础设施", "新型工业化", "农业现代化"]
        );
        assert_eq!(
            f("合作范围涵盖该县住建、交通、旅游等部门的对口项目。"),
            vec!["该县住建", "交通", "旅游"]
        );
    }

    #[test]
    fn chinese_focus_list_wins_in_its_sentence() {
        assert_eq!(
            f(
                "双方在党建、规划、融资等方面开展合作,融资合作重点放在城市更新、生态保护、乡村振兴五大领域。"
            ),
            vec!["城市更新", "生态保护", "乡村振兴"]
        );
    }

    #[test]
    fn chinese_single_item_after_zai() {
        assert_eq!(
            f("双方将在重点项目推进等方面加强沟通。"),
            vec!["重点项目推进"]
        );
    }

    #[test]
    fn chinese_quoted_programmes() {
        assert_eq!(
            f("双方将实施“智慧网络”工程,实施“城乡统筹”工程。"),
            vec!["智慧网络", "城乡统筹"]
        );
    }
    #[test]
    fn invest_in_object_list() {
        assert_eq!(
            f(
                "Raymond plans to invest Rs 1,400 crore in manufacturing linen yarn, fabric and garments at the textile park."
            ),
            vec!["manufacturing linen yarn", "fabric", "garments"]
        );
        assert_eq!(
            f(
                "Under the protocol, the company undertakes to invest R$41 million in the mortar and grout factory, which is expected to create jobs."
            ),
            vec!["mortar and grout factory"]
        );
    }

    #[test]
    fn projects_in_list() {
        assert_eq!(
            f(
                "The complex is meant to draw projects in hi-technology, clean industry, logistics and support industry."
            ),
            vec![
                "hi-technology",
                "clean industry",
                "logistics",
                "support industry"
            ]
        );
    }

    #[test]
    fn chinese_content_objects() {
        assert_eq!(
            f("根据协议，双方将通力合作，共同开发清洁能源，推动爱辉区新能源产业发展。"),
            vec!["清洁能源", "爱辉区新能源产业发展"]
        );
        // a content list is read even when a closer elsewhere in the sentence gives nothing
        assert_eq!(
            f(
                "协议约定，支持范围包括“三重”项目、商品流通市场、旅游以及“三旧”改造项目，东莞龙头企业等产业。"
            ),
            vec!["三重”项目", "商品流通市场", "旅游", "三旧”改造项目"]
        );
    }

    #[test]
    fn chinese_content_list_without_closer() {
        assert_eq!(
            f(
                "按照协议,该行5年内提供授信,支持宁德市发展外向型经济、促进文化旅游优化升级、培育特色优势产业、建设基础设施及扶持企业转型升级。"
            ),
            vec![
                "外向型经济",
                "文化旅游优化升级",
                "特色优势产业",
                "基础设施",
                "企业转型升级"
            ]
        );
        // not a content sentence: no list is read
        assert!(f("会上播放了宣传片、介绍了项目、参观了展厅。").is_empty());
    }

    #[test]
    fn remarks_only_when_no_content() {
        // the only list is in a remark: it is taken
        assert_eq!(
            f(
                "Officials said it would keep schemes for energy efficiency, climate change and culture moving."
            ),
            vec!["energy efficiency", "climate change", "culture moving"]
        );
        // a content list wins over the remark
        let t = "Jin said the zone will cooperate closely with Zhuanghe in R & D platform, industrial transfer and investment. \
                 Under the agreement the two sides will cooperate in tourism, logistics and trade.";
        assert_eq!(f(t), vec!["tourism", "logistics", "trade"]);
        assert_eq!(
            f(
                "Jin said the zone will cooperate closely with Zhuanghe in R & D platform, industrial transfer and investment."
            ),
            vec!["R & D platform", "industrial transfer", "investment"]
        );
    }

    #[test]
    fn verb_objects_fallback() {
        assert_eq!(
            f(
                "The Commission and the company entered into an MoU under which the company will develop and expand an industrial park at a cost of $108m. \
                 The park is planned to host manufacturing, agricultural products processing and a range of other sectors."
            ),
            vec![
                "industrial park",
                "manufacturing",
                "agricultural products processing"
            ]
        );
        // quantities are dropped from the front of an item
        assert_eq!(
            f(
                "According to the agreement, the company plans in the district invest and construct 100 MW wind power resources and 200MWp photovoltaic resources."
            ),
            vec!["wind power resources", "photovoltaic resources"]
        );
    }

    #[test]
    fn invest_in_skips_places() {
        assert_eq!(
            f("The company will invest $5m in Chennai and Tiruvallur, the minister's office said."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn item_cleaning() {
        assert_eq!(strip_quantity("100 MW wind power"), "wind power");
        assert_eq!(strip_quantity("5G networks"), "5G networks");
        assert_eq!(strip_quantity("400km pipeline"), "pipeline");
        assert_eq!(clean_item("六项工程"), None);
        assert_eq!(clean_item("a range of other sectors"), None);
        assert_eq!(clean_item("State Grid Corporation of China"), None);
    }

    #[test]
    fn chinese_speaker_remarks_are_skipped() {
        assert_eq!(
            f(
                "根据协议,双方将围绕新型基础设施、新型工业化等方面深化合作。刘烈宏说,中国联通将在5G、工业互联网、数据中心等领域加大投入。"
            ),
            vec!["新型基础设施", "新型工业化"]
        );
    }

    #[test]
    fn and_inside_items() {
        // a middle item may hold "and"; the last splits at its last "and" outside a word pair
        assert_eq!(
            f(
                "Under the deal the fund will invest in ports, energy and mineral resources, farming and food processing."
            ),
            vec![
                "ports",
                "energy and mineral resources",
                "farming",
                "food processing"
            ]
        );
        assert_eq!(
            f(
                "As per the agreement, both will build a partnership in the fields of road investment, urban development and construction and equity cooperation during the plan."
            ),
            vec![
                "road investment",
                "urban development and construction",
                "equity cooperation"
            ]
        );
        assert_eq!(and_split("health and science and technology"), Some(6));
    }

    #[test]
    fn long_items_and_bare_closers() {
        assert_eq!(
            f(
                "According to the agreement, the two sides will hand in hand push forward the cluster building, new energy new material, industry-city integration and city renewal transformation, financial business and other fields of the cooperation."
            ),
            vec![
                "cluster building",
                "new energy new material",
                "industry-city integration and city renewal transformation",
                "financial business"
            ]
        );
        assert_eq!(
            f(
                "According to the agreement, both sides will in the solar industry development aspect carry out the cooperation."
            ),
            vec!["solar industry development"]
        );
        assert_eq!(
            f(
                "Both will in promoting the port logistics construction, the border trade pilot and the regional coordinated development aspects further strengthen the cooperation."
            ),
            vec![
                "port logistics construction",
                "border trade pilot",
                "regional coordinated development"
            ]
        );
        // "and other" closes a list only before an area noun
        assert!(
            f("They discussed prices, wages and other matters of the agreement signed.").is_empty()
        );
    }

    #[test]
    fn thousands_separator_and_quantities() {
        assert_eq!(
            f(
                "The company signed an agreement to build a half-a-million tonnes per annum aluminium smelter and a 1,250 MW coal-based power plant in the province."
            ),
            vec!["aluminium smelter", "coal-based power plant"]
        );
        assert_eq!(strip_quantity("3 million tonnes per annum urea"), "urea");
        assert_eq!(strip_quantity("500,000 kilowatt solar farm"), "solar farm");
    }

    #[test]
    fn forward_list_stops_at_a_place() {
        assert_eq!(
            f(
                "The two signed a memorandum on projects in logistics, retail and development in Belgrade yesterday."
            ),
            vec!["logistics", "retail", "development"]
        );
    }

    #[test]
    fn chinese_counted_closer_and_yiji() {
        assert_eq!(
            f("双方将在基础设施、经贸交流、卫生健康以及生态保护等4个方面深化合作。"),
            vec!["基础设施", "经贸交流", "卫生健康", "生态保护"]
        );
    }

    #[test]
    fn chinese_content_lists_win() {
        // a closed list of a content sentence wins over the lists of other sentences
        let t = "根据协议,双方将在新能源、智慧城市等领域开展合作。按照协议,该行将支持高速公路、铁路、港口建设。\
                 座谈会上,两地工信、商务、文旅等部门还签订了行动计划。";
        assert_eq!(f(t), vec!["新能源", "智慧城市"]);
        // an unclosed content list wins over a closed list elsewhere
        let t = "按照协议,该行将支持发展外向型经济、培育特色优势产业、建设基础设施。\
                 此次合作还将为生物医药、现代农业等产业提供金融支持。";
        assert_eq!(f(t), vec!["外向型经济", "特色优势产业", "基础设施"]);
        // the last item of an unclosed list ends at 等
        assert_eq!(
            f("双方将在产业园区、现代交通、新型城镇化、基础设施等项目建设上开展合作。"),
            vec!["产业园区", "现代交通", "新型城镇化", "基础设施"]
        );
    }

    #[test]
    fn chinese_remarks_need_cooperation() {
        // a speaker's own plans are not the cooperation
        assert!(f("他说,本市正在培育高端化工、生物医药、机电设备制造等七大主导产业。").is_empty());
        assert_eq!(
            f("他表示,希望双方在5G网络覆盖、数字经济发展等方面深化合作。"),
            vec!["5G网络覆盖", "数字经济发展"]
        );
    }

    #[test]
    fn project_facilities() {
        // a named facility built anew
        assert_eq!(
            f(
                "The developer will set up a Green Integrated Data Centre Park at Ambernath, under a memorandum of understanding signed with the state."
            ),
            vec!["Green Integrated Data Centre Park"]
        );
        // a second facility after "and"; a bare "plant" names nothing
        assert_eq!(
            f(
                "The firm signed a deal to build a copper smelter and a 300 MW coal-based power plant near the port."
            ),
            vec!["copper smelter", "coal-based power plant"]
        );
        assert_eq!(
            f(
                "The company signed an MoU under which it will put $1 billion into a new assembly facility."
            ),
            vec!["new assembly facility"]
        );
    }

    #[test]
    fn places_banks_and_cues_are_not_items() {
        assert_eq!(
            f(
                "The firm signed an MoU to invest in solar projects in the state, including floating solar and pumped storage."
            ),
            vec!["floating solar", "pumped storage"]
        );
        assert_eq!(clean_item("中国工商银行河南省分行"), None);
        assert_eq!(clean_item("数字政府").as_deref(), Some("数字政府"));
        // "pointed out" is a remark
        let t = "He pointed out that the group is strong in chips, food and other fields. \
                 Under the agreement the two will cooperate in grain trade, logistics and real estate.";
        assert_eq!(f(t), vec!["grain trade", "logistics", "real estate"]);
    }

    #[test]
    fn junk_items() {
        assert_eq!(clean_item("Municipal leaders Cao Junjie"), None);
        assert_eq!(clean_item("Before the meeting"), None);
        assert_eq!(clean_item("participate"), None);
        assert_eq!(clean_item("multi-field"), None);
        assert_eq!(clean_item("Li Qiang visit"), None);
        assert_eq!(
            clean_item("around enterprise reform").as_deref(),
            Some("enterprise reform")
        );
        assert_eq!(
            clean_item("投向保障国家粮食安全").as_deref(),
            Some("国家粮食安全")
        );
        assert_eq!(clean_item("发展规划").as_deref(), Some("发展规划"));
    }

    #[test]
    fn covering_fields_of_and_around() {
        assert_eq!(
            f("The two signed a memorandum covering tourism, logistics and agriculture."),
            vec!["tourism", "logistics", "agriculture"]
        );
        assert_eq!(
            f(
                "Both sides will carry out cooperation around enterprise reform, digital services and talent training."
            ),
            vec!["enterprise reform", "digital services", "talent training"]
        );
        assert_eq!(
            f(
                "They agreed to deepen ties in the fields of green energy, port logistics and agriculture."
            ),
            vec!["green energy", "port logistics", "agriculture"]
        );
        // places or actions after the opener are no areas
        assert!(f("The programme covers the provinces of Cunene, Namibe and Huila.").is_empty());
        // a list of another deal signed at the same event
        assert!(
            f(
                "The delegation also signed a memorandum with the province, covering trade, energy and health."
            )
            .is_empty()
        );
    }

    #[test]
    fn more_openers() {
        assert_eq!(
            f("The partners will cooperate more deeply in tourism, logistics and agriculture."),
            vec!["tourism", "logistics", "agriculture"]
        );
        assert_eq!(
            f("The memorandum focuses on green hydrogen, port logistics and mining."),
            vec!["green hydrogen", "port logistics", "mining"]
        );
        assert_eq!(
            f("They agreed to work in several areas, including water supply, housing and roads."),
            vec!["water supply", "housing", "roads"]
        );
    }

    #[test]
    fn cooperation_of_parties_and_agreement_project() {
        // "cooperation of X and Y" names the parties
        assert!(
            f("The commission introduced the financial cooperation of the city government and the bank.")
                .is_empty()
        );
        // a sentence about the agreement names the project
        assert_eq!(
            f(
                "The governor met the firm. The MoU appoints the firm as the contractor for the greenfield refinery."
            ),
            vec!["greenfield refinery"]
        );
    }

    #[test]
    fn english_quoted_programmes() {
        assert_eq!(
            f(
                "Head line.\n\nThe company will help build the \"Digital Gansu\" development strategy and \"three rural\" projects."
            ),
            vec!["Digital Gansu", "three rural"]
        );
    }
}

#[cfg(test)]
mod content_tests {
    use super::*;

    fn f(t: &str) -> Vec<String> {
        extract(&Doc::new(t), None, &mut Evidence::default())
    }

    #[test]
    fn list_after_colon() {
        assert_eq!(
            f(
                "The official said the MoU covers plans for several projects in the region: a port in Alpha Bay, a cold store at the coast, a grain silo for storing rice, and skills training in Beta."
            ),
            vec!["port", "cold store", "grain silo", "skills training"]
        );
    }

    #[test]
    fn agreed_objects_before_signing_project() {
        assert_eq!(
            f(
                "The firm signed an agreement with the ministry to build a car factory in the west. Under the agreement, the firm will set up a battery plant with a large capacity."
            ),
            vec!["battery plant"]
        );
    }

    #[test]
    fn no_dangling_and() {
        assert_eq!(
            clean_item("green power base and").as_deref(),
            Some("green power base")
        );
    }
}

#[cfg(test)]
mod zh_object_tests {
    use super::*;

    fn f(t: &str) -> Vec<String> {
        extract(&Doc::new(t), None, &mut Evidence::default())
    }

    #[test]
    fn build_objects_split_at_he() {
        assert_eq!(
            f("按照协议，甲公司将在某区投资50亿元，建设某某机械全国总部和某某研究院。"),
            vec!["某某机械全国总部", "某某研究院"]
        );
    }

    #[test]
    fn quoted_items_stay_whole_and_goals_are_not_areas() {
        assert_eq!(
            f("双方将全力推进光伏项目建设，加快实现“碳达峰、碳中和”目标。"),
            vec!["光伏项目建设"]
        );
    }

    #[test]
    fn project_named_in_title() {
        assert_eq!(
            f("11月12日，甲公司与某某县人民政府签订《某某县整县屋顶光伏试点开发项目投资协议》。"),
            vec!["整县屋顶光伏试点开发"]
        );
    }
}

#[cfg(test)]
mod agreed_tests {
    use super::*;

    fn f(t: &str) -> Vec<String> {
        extract(&Doc::new(t), None, &mut Evidence::default())
    }

    #[test]
    fn passive_subject_of_the_project() {
        assert_eq!(
            f(
                "The state and the bank signed a loan agreement today. Under it, roughly 300 kilometres of rural feeder roads will be upgraded to an all-weather standard."
            ),
            vec!["rural feeder roads"]
        );
        assert_eq!(
            f(
                "The ministry and the lender signed the loan on Monday. Under the road project, some 90 kilometers of primary, secondary and tertiary roads will be built or improved in the north, together with bridges in the islands."
            ),
            vec!["primary, secondary and tertiary roads", "bridges"]
        );
    }

    #[test]
    fn the_project_pays_for() {
        assert_eq!(
            f(
                "The two signed the financing deal on Friday. The program will also finance the rehabilitation of about 40 kilometres of coastal dikes. It is expected to create 900 jobs."
            ),
            vec!["rehabilitation of coastal dikes"]
        );
        assert_eq!(
            f(
                "The firm signed a memorandum with the region. The memorandum with the firm provides for a fish processing unit, and it will also start a training programme."
            ),
            vec!["fish processing unit"]
        );
    }

    #[test]
    fn names_places_and_other_deals_are_not_items() {
        assert!(!agreed_item("three northern provinces of Alpha"));
        assert!(!agreed_item("the cities"));
        assert_eq!(
            f(
                "The town signed a memorandum with Gamma. A second memorandum was signed with Delta. It provides for a cocoa grinding plant."
            ),
            Vec::<String>::new()
        );
    }

    #[test]
    fn clause_verbs_are_dropped() {
        assert_eq!(lead_verb("start a cash transfer scheme"), 6 + 2);
        assert_eq!(lead_verb("help young parents"), 0);
        assert!(!agreed_item("help young parents"));
        assert!(!agreed_item("2,300 jobs"));
        assert!(agreed_item("R&D center"));
        assert!(!agreed_item("Irrigation"));
    }
}

#[cfg(test)]
mod remark_tests {
    use super::*;

    fn f(t: &str) -> Vec<String> {
        extract(&Doc::new(t), None, &mut Evidence::default())
    }

    #[test]
    fn chinese_wish_objects() {
        assert_eq!(
            f("他说，希望该行继续支持我市基础设施融资和中小企业发展。"),
            vec!["基础设施融资", "中小企业发展"]
        );
    }

    #[test]
    fn partner_strengths_are_not_areas() {
        assert_eq!(
            f(
                "He hoped the group would give play to its advantages in shipping, ports and other aspects. He hoped the group would in urban renewal, green finance and other aspects deepen cooperation."
            ),
            vec!["urban renewal", "green finance"]
        );
    }

    #[test]
    fn long_chinese_agreement_title_and_verb_clauses() {
        assert_eq!(
            f(
                "根据《共同推进智慧园区建设暨加快发展数字经济战略合作框架协议》，该公司将在全市建成覆盖全域的500M级光纤网络，并协助园区拓展信息应用、促进产业升级。"
            ),
            vec!["500M级光纤网络", "信息应用", "产业升级"]
        );
    }

    #[test]
    fn remarks_with_including_are_speech() {
        assert!(verbs::speech(
            "The secretary pointed out that it needs firms including the group big support.",
            true
        ));
    }
}

#[cfg(test)]
mod precision_tests {
    use super::*;

    fn f(t: &str) -> Vec<String> {
        extract(&Doc::new(t), None, &mut Evidence::default())
    }

    #[test]
    fn history_and_profile_lists_are_not_agreed() {
        let t = "The bank and the city signed a cooperation agreement on Monday. Under the \
                 agreement, the two sides will cooperate in port logistics, green finance and \
                 other fields. For many years, the bank has put credit into mining, steel and \
                 other industries. It specialises in shipping, trade finance and other areas.";
        let got = f(t);
        assert!(got.contains(&"port logistics".to_string()), "{got:?}");
        assert!(
            !got.iter().any(|g| g == "steel" || g == "shipping"),
            "{got:?}"
        );
        assert!(history("长期以来，双方在能源、交通等领域保持良好合作"));
        assert!(!history("双方将在能源、交通等领域开展合作"));
    }

    #[test]
    fn other_contents_close_a_list() {
        let t = "The city and the insurer signed a strategic cooperation agreement on Monday. \
                 The agreement contains risk sharing rules, a liaison mechanism and joint \
                 training and other specific contents.";
        let got = f(t);
        assert!(got.contains(&"risk sharing rules".to_string()), "{got:?}");
        assert!(got.contains(&"liaison mechanism".to_string()), "{got:?}");
    }

    #[test]
    fn no_verb_inside_the_subject() {
        let st =
            "按照协议，中国建设银行将向该省企业提供总额为100亿元的金融支持，推动清洁能源发展。";
        let got: Vec<&str> = zh_content_objects(st)
            .iter()
            .map(|&(a, b)| &st[a..b])
            .collect();
        assert_eq!(got, vec!["清洁能源发展"]);
    }

    #[test]
    fn fallback_items_are_not_repeated() {
        let t = "The ministry and the bank signed a loan agreement on Monday. Under the \
                 agreement, the bank will finance rural access roads and the maintenance of \
                 rural access roads in four provinces.";
        let got = f(t);
        assert_eq!(
            got.iter()
                .filter(|g| g.contains("rural access roads"))
                .count(),
            1,
            "{got:?}"
        );
    }

    #[test]
    fn norm_is_the_evaluators() {
        for t in [
            "The Green-Hydrogen  production",
            "新能源 storage",
            "a",
            "",
            "Banks' loans",
        ] {
            let w = crate::orgs::norm_tokens(t);
            assert_eq!(norm(t), (w.len(), w.join(" ")), "{t}");
        }
    }

    #[test]
    fn so_on_and_sums_are_no_items() {
        assert_eq!(clean_item("so on"), None);
        assert_eq!(clean_item("the like"), None);
        assert_eq!(clean_item("总投资2800亿元"), None);
        assert_eq!(clean_item("重点"), None);
        assert_eq!(clean_item("smart grids"), Some("smart grids".to_string()));
    }

    #[test]
    fn near_duplicates_are_dropped() {
        let out = vec![norm("green coal chemical industry"), norm("energy")];
        assert!(near_duplicate(&out, &norm("coal chemical industry")));
        assert!(near_duplicate(&out, &norm("Energy")));
        // a one-word item beside a longer one stays
        assert!(!near_duplicate(
            &[norm("new energy storage")],
            &norm("energy")
        ));
        assert!(!near_duplicate(&out, &norm("wind power")));
    }
}

#[cfg(test)]
mod title_tests {
    use super::title_subject;

    #[test]
    fn a_title_names_its_subject() {
        for (title, subject) in [
            ("300兆瓦光伏发电项目投资协议", Some("光伏发电项目")),
            ("支持重点项目和企业战略合作协议", Some("重点项目和企业")),
            ("战略合作框架协议", None),
            ("陕西省人民政府中国石油化工集团公司战略合作协议", None),
            ("开发性金融合作协议", None),
            (
                "memorandum of understanding (MoU) on building a cascade of hydro power plants",
                Some("cascade of hydro power plants"),
            ),
            (
                "Oriental Bullfighting City project investment agreement",
                Some("Oriental Bullfighting City project"),
            ),
            ("memorandum of understanding", None),
            (
                "Hanzhong Municipal People's Government and iFlytek Co., Ltd. Strategic Cooperation Framework Agreement",
                None,
            ),
            ("loan agreements", None),
        ] {
            assert_eq!(title_subject(title).as_deref(), subject, "{title}");
        }
    }
}
