//! Place of signing: a known city in a signing sentence ("in Xining", "在西宁"), the headline,
//! or the dateline.

use std::sync::LazyLock;

use regex::Regex;

use crate::Evidence;
use crate::lexicon::CITIES;
use crate::orgs::Orgs;
use crate::text::{Doc, cue};

/// Kinds of place names: a city can be the place of signing, a country or region cannot
/// ("signed in Kenya", "in Bahia" name no city).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    City,
    Region,
}

/// Every known place name (`data/cities.txt`, `data/world_cities.txt`, `data/regions.txt`), a
/// city when it is one in any list.
static PLACES: LazyLock<crate::lexicon::HashMap<&'static str, Kind>> = LazyLock::new(|| {
    let mut m: crate::lexicon::HashMap<&'static str, Kind> = crate::lexicon::HashMap::default();
    for line in include_str!("../data/regions.txt").lines() {
        let l = line.trim();
        if !l.is_empty() && !l.starts_with('#') {
            m.insert(l, Kind::Region);
        }
    }
    for line in include_str!("../data/world_cities.txt").lines() {
        if line.starts_with('#') {
            continue;
        }
        for n in line.split('|').map(str::trim).filter(|n| !n.is_empty()) {
            m.insert(n, Kind::City);
        }
    }
    for n in CITIES.keys() {
        m.insert(n, Kind::City);
    }
    m
});

/// The known place names, longest first, leftmost-first: the same matches as the alternation
/// regex `(?:name1|name2|…)` of the names in that order. A region longer than a city at the same
/// place wins ("El Salvador" is not "Salvador", "Tunisia" not "Tunis").
static CITY_RE: LazyLock<(aho_corasick::AhoCorasick, Vec<Kind>)> = LazyLock::new(|| {
    let mut names: Vec<(&str, Kind)> = PLACES.iter().map(|(n, k)| (*n, *k)).collect();
    names.sort_by_key(|(n, _)| (std::cmp::Reverse(n.len()), *n));
    let ac = aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .build(names.iter().map(|(n, _)| n))
        .expect("CITY_RE");
    (ac, names.into_iter().map(|(_, k)| k).collect())
});

/// The city matches of a text (regions are matched, so that they hide the cities inside them,
/// and skipped).
fn cities(t: &str) -> impl Iterator<Item = aho_corasick::Match> + '_ {
    let (ac, kinds) = &*CITY_RE;
    ac.find_iter(t)
        .filter(|m| kinds[m.pattern().as_usize()] == Kind::City)
}

fn known_city(name: &str) -> bool {
    PLACES.get(name) == Some(&Kind::City)
}

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<c>[A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+){0,2})\s*(?:,|:|\s-|\s—|\s–|\()")
        .expect("DATELINE")
});

fn word_bounded(m: &str, s: usize, e: usize) -> bool {
    let b = m[..s].chars().next_back();
    let a = m[e..].chars().next();
    let ok = |c: Option<char>| c.is_none_or(|c| !c.is_ascii_alphabetic());
    let is_ascii = m[s..e].is_ascii();
    !is_ascii || (ok(b) && ok(a))
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f
                    .to_uppercase()
                    .chain(c.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Nouns after which "in X" says where a project is, not where the signing was.
const OBJECT_NOUNS: &[&str] = &[
    "plant",
    "plants",
    "factory",
    "project",
    "projects",
    "park",
    "facility",
    "complex",
    "works",
    "mill",
    "zone",
    "investment",
    "investments",
    "refinery",
    "logistics",
    "development",
    "operations",
    "presence",
    "business",
    "hub",
    "centre",
    "center",
    "site",
    "office",
    "offices",
    "branch",
    "headquartered",
    "based",
    "located",
    "invest",
    "build",
    "set",
];

/// Words before "in X" that say where news was given, not where anything was signed.
const REPORTED_IN: &[&str] = &[
    "reporters",
    "journalists",
    "newsmen",
    "issued",
    "statement",
    "briefing",
];

/// Is the text before a city (in one sentence) a preposition of place that reaches it:
/// "signed … in Xining", "held in", "yesterday in", "headed for", "在西宁"? At most three words
/// between the preposition and the city, none of them "and" (a list of project sites).
fn place_preposition(before: &str) -> bool {
    if before.ends_with('在') || before.ends_with("在了") {
        return true;
    }
    // "签约仪式于西宁举行" — not "位于/关于/对于…" (where a project is, what it is about)
    if let Some(b) = before.strip_suffix('于') {
        return !b.ends_with([
            '位', '关', '对', '由', '属', '等', '力', '基', '处', '至', '高', '低',
        ]);
    }
    // "in Asokoro, Abuja", "at the General Treasury, Colombo": a named district or venue (up
    // to four capitalised words), a comma, the city
    if let Some(b) = before.trim_end().strip_suffix(',') {
        let mut ws = b.split_whitespace().rev().peekable();
        let mut named = 0;
        while named < 4
            && ws
                .peek()
                .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
        {
            ws.next();
            named += 1;
        }
        if ws.peek() == Some(&"the") {
            ws.next();
        }
        if named > 0 && ws.next().is_some_and(|p| matches!(p, "in" | "at")) {
            return true;
        }
    }
    let low = before.to_ascii_lowercase();
    let words: Vec<&str> = low.split_whitespace().rev().take(5).collect();
    let orig: Vec<&str> = before.split_whitespace().rev().take(5).collect();
    for (k, w) in words.iter().enumerate() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w == "and" || w.contains([',', ';']) {
            return false;
        }
        let prep = matches!(w, "in" | "at")
            || (w == "for"
                && words
                    .get(k + 1)
                    .is_some_and(|p| matches!(*p, "headed" | "left")));
        if prep {
            let noun = words
                .get(k + 1)
                .map(|p| p.trim_matches(|c: char| !c.is_alphanumeric()));
            // "the Dolmabahçe Working Office in Istanbul": a capitalised noun ends a venue's
            // name, not an object's ("a plant in Pune")
            let named = orig
                .get(k + 1)
                .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()));
            // "told reporters in Gusau", "a statement issued in Minna": where the news was
            // given; "did not take place in Gusau": not where the signing was
            let reported = noun.is_some_and(|n| REPORTED_IN.contains(&n));
            let negated = words
                .iter()
                .skip(k + 1)
                .take(3)
                .any(|w| *w == "not" || w.ends_with("n't"));
            return (named || !noun.is_some_and(|n| OBJECT_NOUNS.contains(&n)))
                && !reported
                && !negated
                && k <= 3;
        }
        if before.trim_end().ends_with(',') {
            return venue_then_city(&words);
        }
    }
    false
}

/// The rest of a Chinese clause after "在西宁": it holds the ceremony or the signing
/// ("在西宁签署", "在北京人民大会堂举行"), not "在东莞市对口支援…的带动下".
fn zh_ceremony_follows(after: &str) -> bool {
    let end = after
        .find(['，', '。', '；', ',', ';', '！', '？', '、'])
        .unwrap_or(after.len());
    let clause = &after[..end];
    crate::text::contains_any!(
        clause,
        &[
            "签", "举行", "举办", "仪式", "会谈", "会见", "会晤", "出席", "见证",
        ]
    )
}

/// "在三师图木舒克市草湖镇举行": the last administrative unit (town, county, city) named between
/// 在 and the ceremony or signing verb, a venue allowed after it. Byte range in `st`.
static ZH_UNKNOWN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"在(?P<c>(?:[\x{4E00}-\x{9FFF}]{1,10}?(?:市|县|镇|乡|旗))+)[\x{4E00}-\x{9FFF}\d]{0,12}?(?:举行|举办|签署|签订|签约)")
        .expect("ZH_UNKNOWN")
});

fn zh_unknown_place(st: &str) -> Option<(usize, usize)> {
    let c = ZH_UNKNOWN.captures(st)?.name("c")?;
    let name = c.as_str();
    // the last unit of a chain: "三师图木舒克市草湖镇" → "草湖镇"
    let mut from = 0;
    for (k, ch) in name.char_indices() {
        let end = k + ch.len_utf8();
        if "市县镇乡旗".contains(ch) && end < name.len() {
            from = end;
        }
    }
    let unit = &name[from..];
    // 2 characters at least before the unit word ("本市", "全县" are no names)
    (unit.chars().count() >= 3).then_some((c.start() + from, c.end()))
}

/// "held in our city", "在我市举行": the city of the story's own municipal government, named
/// elsewhere in the text ("Lianyungang Municipal People's Government", "开封市人民政府").
static OUR_CITY_EN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<c>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:Municipal|City|County)\s+(?:People's\s+)?(?:Government|Party|Committee)")
        .expect("OUR_CITY_EN")
});
static OUR_CITY_ZH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<c>[\x{4E00}-\x{9FFF}]{2,4}?)(?P<u>市|县)(?:人民政府|政府|委|委员会)")
        .expect("OUR_CITY_ZH")
});

fn our_city(doc: &Doc, st: &str) -> Option<(usize, usize, String)> {
    let zh = crate::text::contains_any!(st, &["在我市", "在我县", "在我区", "于我市", "于我县"]);
    let en = !zh && {
        let l = st.to_ascii_lowercase();
        l.contains("in our city") || l.contains("in our county")
    };
    if zh {
        // the known city that ends the name before 市/县 ("给予北海市政府" → "北海")
        for c in OUR_CITY_ZH.captures_iter(&doc.masked) {
            let Some(n) = c.name("c") else { continue };
            for (k, _) in n.as_str().char_indices() {
                let name = &n.as_str()[k..];
                if name.chars().count() >= 2 && known_city(name) {
                    return Some((n.start() + k, n.end(), name.to_string()));
                }
            }
        }
        return None;
    }
    if en {
        for c in OUR_CITY_EN.captures_iter(&doc.masked) {
            let Some(n) = c.name("c") else { continue };
            if known_city(n.as_str()) {
                return Some((n.start(), n.end(), n.as_str().to_string()));
            }
        }
    }
    None
}

/// "在蔡甸区委…举行": a district; its city is the one the text names right before it
/// ("武汉市蔡甸区"). Byte range of the city in `masked` and its name.
fn zh_district_city(doc: &Doc, st: &str) -> Option<(usize, usize, String)> {
    let p = st.find('在')?;
    let rest = &st[p + '在'.len_utf8()..];
    let q = rest.find('区')?;
    let district = &rest[..q + '区'.len_utf8()];
    let n = district.chars().count();
    if !(3..=5).contains(&n) || !district.chars().all(crate::text::is_cjk) {
        return None;
    }
    // the ceremony verb in the same sentence part ("在蔡甸区委、区政府三楼接待室举行")
    let part = &rest[..rest
        .find(['，', '。', '；', ',', ';'])
        .unwrap_or(rest.len())];
    if !crate::text::contains_any!(part, &["举行", "举办", "签署", "签订", "签约"]) {
        return None;
    }
    let m = doc.masked.as_str();
    let mut from = 0;
    while let Some(k) = m[from..].find(district) {
        let at = from + k;
        let before = &m[..at];
        if let Some(b) = before.strip_suffix('市') {
            // two to four characters of the city before 市
            let start = b
                .char_indices()
                .rev()
                .take(4)
                .take_while(|(_, c)| crate::text::is_cjk(*c))
                .last()
                .map(|(i, _)| i)?;
            for (i, _) in b[start..].char_indices() {
                let name = &b[start + i..];
                if known_city(name) {
                    return Some((start + i, b.len(), name.to_string()));
                }
            }
        }
        from = at + district.len();
    }
    None
}

/// A meeting, forum or ceremony "held in" a place: the event the signing took place at
/// (lowercased sentence).
fn event_held(lower_st: &str) -> bool {
    const EVENTS: &[&str] = &[
        "meeting",
        "forum",
        "conference",
        "summit",
        "ceremony",
        "talks",
        "expo",
        "fair",
        "seminar",
        "symposium",
        "session",
        "dialogue",
        "roundtable",
        "round-table",
        "convention",
        "exhibition",
        "会",
        "论坛",
        "仪式",
        "洽谈",
        "活动",
    ];
    const HELD: &[&str] = &[
        " held",
        "took place",
        "convened",
        "hosted",
        "举行",
        "召开",
        "举办",
    ];
    crate::text::contains_any!(lower_st, HELD) && crate::text::contains_any!(lower_st, EVENTS)
}

/// "宜昌市" is written "宜昌", "弋阳县" "弋阳"; towns keep their unit word ("草湖镇").
fn zh_city_name(name: &str) -> &str {
    match name.strip_suffix('市').or_else(|| name.strip_suffix('县')) {
        Some(b) if b.chars().count() >= 2 => b,
        _ => name,
    }
}

/// Words that start a venue right after a place name: "在弋阳县会议中心…举行" names the county,
/// even when the organisation finder reads "弋阳县会议中心" as a body.
const ZH_VENUES: &[&str] = &[
    "会议中心",
    "会议室",
    "会展中心",
    "国际会议",
    "宾馆",
    "酒店",
    "饭店",
    "大厦",
    "大礼堂",
    "礼堂",
    "会堂",
    "人民大会堂",
    "迎宾馆",
    "政务中心",
    "行政中心",
];

/// One-character names of Chinese cities, as news writes them after 在/来/赴/抵/莅/到 ("在京",
/// "来汴", "抵蓉"): the city, in the form the gold uses.
const ZH_ABBREV: &[(char, &str)] = &[
    ('京', "北京"),
    ('沪', "上海"),
    ('津', "天津"),
    ('渝', "重庆"),
    ('蓉', "成都"),
    ('穗', "广州"),
    ('深', "深圳"),
    ('杭', "杭州"),
    ('宁', "南京"),
    ('汉', "武汉"),
    ('汴', "开封"),
    ('榕', "福州"),
    ('邕', "南宁"),
    ('昆', "昆明"),
    ('筑', "贵阳"),
    ('并', "太原"),
    ('洛', "洛阳"),
    ('锡', "无锡"),
    ('甬', "宁波"),
    ('厦', "厦门"),
    ('鹭', "厦门"),
    ('连', "大连"),
    ('济', "济南"),
    ('郑', "郑州"),
    ('长', "长沙"),
    ('哈', "哈尔滨"),
    ('沈', "沈阳"),
    ('兰', "兰州"),
    ('银', "银川"),
    ('西', "西安"),
    ('呼', "呼和浩特"),
    ('乌', "乌鲁木齐"),
    ('拉', "拉萨"),
];

/// "在京举行", "一行来汴", "抵蓉": a one-character city name after a verb of being or coming,
/// then the end of the clause or a ceremony word. Only a few characters are unambiguous enough
/// after these verbs; the others need the ceremony word right after.
fn zh_abbrev_place(st: &str) -> Option<(usize, usize, &'static str)> {
    for (k, ch) in st.char_indices() {
        if !matches!(ch, '在' | '来' | '赴' | '抵' | '莅' | '到') {
            continue;
        }
        let rest = &st[k + ch.len_utf8()..];
        let mut it = rest.chars();
        let Some(c) = it.next() else { continue };
        let Some(&(_, city)) = ZH_ABBREV.iter().find(|(a, _)| *a == c) else {
            continue;
        };
        let after = &rest[c.len_utf8()..];
        // "在京举行/签署/召开/出席", "来汴考察", "抵蓉。" — not "来深化", "在京东": the next
        // character ends the clause or starts a verb of meeting or signing
        let ends = after.is_empty()
            || after.starts_with([
                '，', '。', '；', ',', '、', '！', '期', '时', '参', '考', '调', '出', '举', '召',
                '签', '会', '洽', '访', '开',
            ]) && !after.starts_with("开发")
                && !after.starts_with("会计");
        // 深, 长, 西, 连, 青, 苏, 拉, 呼, 乌, 银, 兰 start many words: only with 在/来/赴/抵
        // and the clause ending or 举行/签 right after
        let common = "深长西连拉呼乌银兰济郑哈沈宁汉洛锡并昆".contains(c);
        let strong = after.is_empty()
            || after.starts_with(['，', '。', '；', ',', '、'])
            || after.starts_with("举行")
            || after.starts_with("签");
        if (ends && !common) || (common && strong && ch != '到') {
            let s = k + ch.len_utf8();
            return Some((s, s + c.len_utf8(), city));
        }
    }
    None
}

/// "signed … today in Zaragoza by", "signed late on Thursday in Salvador.", "the government in
/// Hailar signed": a capitalised name that no list knows, right after the signing verb (a few
/// lower-case words or a weekday between) or right before it. Byte range in `st`.
static EN_UNKNOWN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:(?:signed|inked|sealed|held|concluded)(?:\s+(?:[a-z]+|[A-Z][a-z]+day)){0,4}?\s+in\s+(?P<a>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]+(?:\s[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]+)?)(?:\s*[,.;]|\s+[a-z]|$)|(?-u:\b)in\s+(?P<b>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]+(?:\s[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]+)?)\s+(?:signed|inked|sealed|held)(?-u:\b))")
        .expect("EN_UNKNOWN")
});

/// Capitalised words after "in" that name no place.
const NOT_PLACE: &[&str] = &[
    "The",
    "This",
    "That",
    "Its",
    "Their",
    "His",
    "Her",
    "English",
    "Chinese",
    "French",
    "Arabic",
    "Spanish",
    "Portuguese",
    "Russian",
    "German",
    "Mandarin",
    "Hindi",
    "Phase",
    "Parliament",
    "Congress",
    "Council",
    "Cabinet",
    "Person",
    "Principle",
    "Accordance",
    "Addition",
    "Presence",
    "Front",
    "Line",
    "Charge",
    "Support",
    "Order",
];

/// "in the conference room of Zhuanghe government": a room of a city's government.
static VENUE_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:in|at)\s+the\s+(?:[a-z]+\s+){0,2}(?:room|hall|building|office|offices|headquarters|compound)\s+of\s+(?:the\s+)?(?P<v>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]+(?:\s[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]+)?)\s+(?:(?i:municipal|city|county)\s+)?(?i:government|people's government)")
        .expect("VENUE_OF")
});

fn en_unknown_place(st: &str) -> Option<(usize, usize, bool)> {
    let venue = st.contains(" of ") && st.contains("overnment");
    let venue = venue.then(|| VENUE_OF.captures(st)).flatten();
    for c in venue.into_iter().chain(EN_UNKNOWN.captures_iter(st)) {
        let room_of = c.name("v").is_some();
        let Some(n) = c.name("a").or(c.name("b")).or(c.name("v")) else {
            continue;
        };
        let first = n.as_str().split_whitespace().next().unwrap_or("");
        let known = PLACES.get(n.as_str()).or(PLACES.get(first));
        if NOT_PLACE.contains(&first)
            || crate::lexicon::is_calendar_word(first)
            || known == Some(&Kind::Region)
        {
            continue;
        }
        let after = &st[n.end()..];
        if after.starts_with(['\'', '’']) || region_after(after) {
            continue;
        }
        // "a plant in Pune": not after an object noun
        let before = st[..n.start()].trim_end().strip_suffix("in").unwrap_or("");
        let prev = before
            .split_whitespace()
            .next_back()
            .unwrap_or("")
            .to_ascii_lowercase();
        if OBJECT_NOUNS.contains(&prev.as_str()) {
            continue;
        }
        // a city's government is where the room is: that name is inside an organisation
        return Some((n.start(), n.end(), room_of));
    }
    None
}

/// "Kaduna State", "Thane district", "吉林省": the name of a region, not the city.
fn region_after(after: &str) -> bool {
    if after.starts_with('省') {
        return true;
    }
    let w = after
        .trim_start_matches(' ')
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    w.len() >= 5
        && [
            "state",
            "district",
            "province",
            "county",
            "region",
            "division",
            "prefecture",
            "governorate",
            "oblast",
        ]
        .iter()
        .any(|r| w.eq_ignore_ascii_case(r))
}

/// "which had earlier signed an agreement in Kaduna": an earlier signing, not this one.
fn earlier_signing(lower: &str) -> bool {
    crate::text::contains_any!(
        lower,
        &[
            "had signed",
            "had earlier signed",
            "had previously signed",
            "earlier signed",
            "previously signed",
        ]
    )
}

/// "at Bailou Hotel, Shijiazhuang": a preposition, a venue, a comma, the city.
fn venue_then_city(words_rev: &[&str]) -> bool {
    const VENUES: &[&str] = &[
        "hotel",
        "hall",
        "centre",
        "center",
        "building",
        "guesthouse",
        "palace",
        "house",
        "room",
        "museum",
        "stadium",
        "pavilion",
        "auditorium",
    ];
    let venue = words_rev
        .first()
        .is_some_and(|w| VENUES.contains(&w.trim_end_matches(',')));
    venue && words_rev.iter().skip(1).any(|w| matches!(*w, "at" | "in"))
}

/// Chinese news-agency dateline "中新网宁德3月18日电", "新华社北京6月1日电", "本报西宁讯".
static ZH_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[^，。,]{0,12}?(?:社|网|报)(?P<c>[\x{4E00}-\x{9FFF}]{2,4}?)(?:\d{1,2}月\d{1,2}日电|讯)",
    )
    .expect("ZH_DATELINE")
});
/// Title-case dateline with a date: "Bhubaneswar, Jan 28 (PTI) Renewable …", "Chengdu, Aug. 25 --
/// On …" (the story goes on after it: not a page line "Nairobi, 21 September 2021").
static DATED_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<c>[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'\-]+(?: [A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'\-]+){0,2}),(?:\s+[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'\-]+,)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?\s*(?:\([^)]{1,30}\)\s*(?:--?|—|–|:)?|--?|—|–|:)\s*[A-ZÀ-ÖØ-Þ]")
        .expect("DATED_DATELINE")
});
/// Title-case dateline with a dash or agency: "Nairobi — The …", "Singapore (VNA) - …".
static TITLE_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<c>[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'\-]+(?: [A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'\-]+){0,2})(?:,\s+[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'\-]+(?: [A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'\-]+)?)?\s*(?:\([^)]{1,30}\)\s*)?(?:—|–|\s-|:)\s")
        .expect("TITLE_DATELINE")
});

pub(crate) fn extract(doc: &Doc, orgs: &Orgs, ev: &mut Evidence) -> Option<String> {
    let m = doc.masked.as_str();
    let inside_org = |s: usize, e: usize| {
        orgs.mentions
            .iter()
            .any(|o| o.strong && o.s <= s && o.e >= e)
    };
    let headline = doc.headline;
    // 1. a city introduced by a preposition of place in a signing sentence (body first)
    let mut order: Vec<usize> = doc.signing().filter(|&i| doc.fact(i).terminal).collect();
    order.extend(doc.signing().filter(|&i| !doc.fact(i).terminal));
    let is_head = |i: usize| headline.is_some_and(|h| h.0 == doc.sents[i].start);
    let signing_body: Vec<usize> = order
        .iter()
        .copied()
        .filter(|&i| {
            !is_head(i) && !earlier_signing(&doc.lower[doc.sents[i].start..doc.sents[i].end])
        })
        .collect();
    for &i in &signing_body {
        let s = &doc.sents[i];
        let st = doc.sent_str(s);
        for c in cities(st) {
            let (cs, ce) = (s.start + c.start(), s.start + c.end());
            if !word_bounded(m, cs, ce) || inside_org(cs, ce) || region_after(&m[ce..s.end]) {
                continue;
            }
            let before = &m[s.start..cs];
            let zh = before.ends_with(['在', '于', '了']);
            if place_preposition(before) && (!zh || zh_ceremony_follows(&m[ce..s.end])) {
                ev.add("place", (cs, ce));
                return Some(canonical(&st[c.range()]));
            }
        }
    }
    // 1b. a place outside the lists, named by the signing: "signed today in Zaragoza by",
    //     "in Hailar signed", "在三师图木舒克市草湖镇举行"
    for &i in &signing_body {
        let s = &doc.sents[i];
        let st = doc.sent_str(s);
        let hit = if doc.fact(i).cjk && st.contains('在') {
            zh_unknown_place(st).map(|(a, b)| (a, b, false))
        } else {
            None
        }
        .or_else(|| {
            (doc.fact(i).latin && doc.fact(i).terminal && st.contains(" in "))
                .then(|| en_unknown_place(st))
                .flatten()
        });
        if let Some((a, b, room_of)) = hit {
            let venue = ZH_VENUES.iter().any(|v| st[b..].starts_with(v));
            if room_of || venue || !inside_org(s.start + a, s.start + b) {
                ev.add("place", (s.start + a, s.start + b));
                return Some(zh_city_name(&st[a..b]).to_string());
            }
        }
    }
    // 1c. the story's own city ("held in our city", "在我市"), a district's city ("在蔡甸区委…
    //     举行", "武汉市蔡甸区"), a one-character city name ("在京举行")
    for &i in &signing_body {
        let st = doc.sent_str(&doc.sents[i]);
        let hit = our_city(doc, st).or_else(|| {
            (doc.fact(i).cjk && st.contains('区'))
                .then(|| zh_district_city(doc, st))
                .flatten()
        });
        if let Some((a, b, name)) = hit {
            ev.add("place", (a, b));
            return Some(name);
        }
        if doc.fact(i).cjk {
            if let Some((a, b, city)) = zh_abbrev_place(st) {
                let s0 = doc.sents[i].start;
                ev.add("place", (s0 + a, s0 + b));
                return Some(city.to_string());
            }
        }
    }
    // 1d. the meeting or forum the signing took place at, held in a city: a sentence just
    //     before or shortly after the first signing sentence ("the promotion meeting … was held in
    //     Beijing. … witnessed the signing")
    if let Some(&first) = signing_body.iter().min() {
        // up to three sentences after it: who signed may come between ("… put their
        // signatures on the agreements … The ceremony was held at … in Dhaka.")
        for j in first.saturating_sub(2)..=(first + 3).min(doc.sents.len().saturating_sub(1)) {
            if j == first || doc.fact(j).sign || is_head(j) {
                continue;
            }
            let s = &doc.sents[j];
            let st = doc.sent_str(s);
            if !event_held(&doc.lower[s.start..s.end]) {
                continue;
            }
            for c in cities(st) {
                let (cs, ce) = (s.start + c.start(), s.start + c.end());
                if !word_bounded(m, cs, ce) || inside_org(cs, ce) || region_after(&m[ce..s.end]) {
                    continue;
                }
                let before = &m[s.start..cs];
                let zh = before.ends_with(['在', '于']);
                if place_preposition(before) && (!zh || zh_ceremony_follows(&m[ce..s.end])) {
                    ev.add("place", (cs, ce));
                    return Some(canonical(&st[c.range()]));
                }
            }
        }
    }
    // 2. the headline: "… in Xining"
    if let Some((hs, he)) = headline {
        let h = &m[hs..he];
        for c in cities(h) {
            let low = h[..c.start()].to_lowercase();
            if (low.ends_with(" in ") || low.ends_with('在'))
                && word_bounded(m, hs + c.start(), hs + c.end())
            {
                ev.add("place", (hs + c.start(), hs + c.end()));
                return Some(canonical(&h[c.range()]));
            }
        }
    }
    // 3. the dateline of a local ceremony: "ATHENS, Jan 23 -", "ISLAMABAD:", "Nairobi —",
    //    "中新网宁德3月18日电"
    // the story opens after page furniture: look up to its first signing sentence
    let first_sign = doc
        .signing()
        .find(|&i| !is_head(i) && doc.fact(i).terminal)
        .unwrap_or(0);
    let firsts: Vec<&crate::text::Sent> = doc
        .sents
        .iter()
        .take((first_sign + 1).clamp(6, 12))
        .collect();
    for (k, s) in firsts.iter().chain(firsts.iter()).enumerate() {
        let st = doc.sent_str(s);
        let hit = if k < firsts.len() {
            DATELINE
                .captures(st)
                .and_then(|c| c.name("c"))
                .map(|c| (title_case(c.as_str()), c))
        } else {
            TITLE_DATELINE
                .captures(st)
                .filter(|c| {
                    // "Luanda - Tuesday, 21 September 2021": a page date line, not a dateline
                    let rest = st[c.get(0).map_or(0, |w| w.end())..].trim_start();
                    !rest.starts_with(|ch: char| ch.is_ascii_digit())
                        && !crate::lexicon::WEEKDAYS.iter().any(|w| rest.starts_with(w))
                })
                .and_then(|c| c.name("c"))
                .map(|c| (c.as_str().to_string(), c))
                .or_else(|| {
                    (st.len() > 12 && doc.may(k - firsts.len(), cue::MONTH))
                        .then(|| DATED_DATELINE.captures(st))
                        .flatten()
                        .and_then(|c| c.name("c"))
                        .map(|c| (c.as_str().to_string(), c))
                })
                .or_else(|| {
                    ZH_DATELINE
                        .captures(st)
                        .and_then(|c| c.name("c"))
                        .map(|c| (c.as_str().to_string(), c))
                })
        };
        if let Some((name, c)) = hit {
            if known_city(&name) {
                ev.add("place", (s.start + c.start(), s.start + c.end()));
                return Some(name);
            }
        }
    }
    // 4. a one-character city the visitors came to ("一行来汴"), early in the story
    if doc.has_cjk {
        for (i, s) in doc.sents.iter().enumerate().take(12) {
            if !doc.fact(i).cjk || is_head(i) {
                continue;
            }
            let st = doc.sent_str(s);
            if let Some((a, b, city)) = zh_abbrev_place(st) {
                ev.add("place", (s.start + a, s.start + b));
                return Some(city.to_string());
            }
        }
        // 5. a county's own seat: "签约仪式在县行政中心举行" with 灌云县 a party, "项目在江华签订"
        //    with 江华瑶族自治县 named elsewhere
        for (i, s) in doc.sents.iter().enumerate() {
            if !doc.fact(i).cjk || !doc.fact(i).sign {
                continue;
            }
            if let Some((a, b, name)) = zh_local_seat(m, s.start, s.end) {
                ev.add("place", (a, b));
                return Some(name);
            }
        }
    }
    None
}

/// Government buildings named by level only ("县行政中心", "市政府").
const ZH_SEATS: &[&str] = &[
    "行政中心",
    "行政大厦",
    "行政服务中心",
    "人民政府",
    "政府",
    "会议中心",
    "宾馆",
    "大会堂",
    "礼堂",
];
const ZH_LEVELS: &[char] = &['县', '市', '区'];
/// Characters that end the name before a level word going backwards.
const ZH_NAME_BOUND: &[char] = &[
    '，', ',', '。', '、', '与', '和', '在', '及', '日', '午', '：', ':', '（', '(', '“', '"', ' ',
    '\n',
];

/// The local name of a level word in `m` ("灌云" of "灌云县政府", "江华" of "江华瑶族自治县"):
/// the characters before it back to a boundary, two or three of them.
fn zh_level_name(before: &str) -> Option<&str> {
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| ZH_NAME_BOUND.contains(&c) || !crate::text::is_cjk(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let name = &before[start..];
    let name = name.find("自治").map_or(name, |k| {
        // "江华瑶族自治": the name before the people's name
        let head = &name[..k];
        head.char_indices().nth(2).map_or(head, |(j, _)| &head[..j])
    });
    (2..=3).contains(&name.chars().count()).then_some(name)
}

/// Is `name` written somewhere with an autonomous county after its people's name ("江华" in
/// "江华瑶族自治县")?
fn autonomous_county(m: &str, name: &str) -> bool {
    m.match_indices(name).any(|(k, _)| {
        m[k + name.len()..]
            .split('县')
            .next()
            .is_some_and(|x| x.ends_with("自治") && x.chars().count() <= 5)
    })
}

/// Step 5 of [`extract`] on the sentence `m[s..e]`.
fn zh_local_seat(m: &str, s: usize, e: usize) -> Option<(usize, usize, String)> {
    let st = &m[s..e];
    if !crate::text::contains_any!(st, &["举行", "签订", "签署", "签约"]) {
        return None;
    }
    for (at, _) in st.match_indices('在') {
        let rest = &st[at + '在'.len_utf8()..];
        // "在县行政中心举行": the seat of the county named in the sentence
        if let Some(level) = rest.chars().next().filter(|c| ZH_LEVELS.contains(c)) {
            let seat = &rest[level.len_utf8()..];
            if ZH_SEATS.iter().any(|w| seat.starts_with(w)) {
                let named = st[..at]
                    .match_indices(level)
                    .find_map(|(k, _)| zh_level_name(&st[..k]).map(|n| (k - n.len(), k)));
                if let Some((a, b)) = named {
                    return Some((s + a, s + b, st[a..b].to_string()));
                }
            }
            continue;
        }
        // "在江华签订": a name that the text also gives with its level ("江华瑶族自治县")
        let name: String = rest
            .chars()
            .take_while(|c| crate::text::is_cjk(*c))
            .take(4)
            .collect();
        for n in [2, 3] {
            let cand: String = name.chars().take(n).collect();
            let after = &rest[cand.len()..];
            let signs = ["签订", "签署", "签约", "举行"]
                .iter()
                .any(|w| after.starts_with(w));
            // the whole-text look-ups last, only for a name right before a signing verb
            let levelled = || {
                ZH_LEVELS.iter().any(|l| m.contains(&format!("{cand}{l}")))
                    || autonomous_county(m, &cand)
            };
            if cand.chars().count() == n && signs && levelled() {
                let a = s + at + '在'.len_utf8();
                return Some((a, a + cand.len(), cand));
            }
        }
    }
    None
}

fn canonical(name: &str) -> String {
    name.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(t: &str) -> Option<String> {
        let d = Doc::new(t);
        let o = crate::orgs::find(&d);
        extract(&d, &o, &mut Evidence::default())
    }

    #[test]
    fn where_the_news_was_given_is_no_signing_place() {
        assert_eq!(
            place(
                "A statement issued in Minna said the MoU was signed at the forum in Lome, Togo."
            ),
            Some("Lome".into())
        );
        assert_eq!(
            place("The deal was signed last week, an aide told reporters in Gusau on Sunday."),
            None
        );
        assert_eq!(
            place(
                "City Daily\nThe two sides signed the MoU. The forum was not held in Lagos this year."
            ),
            None
        );
    }

    #[test]
    fn a_county_seat_is_the_county() {
        assert_eq!(
            place("近日,灌云县政府与西安隆基清洁能源有限公司项目签约仪式在县行政中心举行。"),
            Some("灌云".into())
        );
        assert_eq!(
            place("4月30日上午,南丰县在县行政大厦举行光伏发电项目合作协议签约仪式。"),
            Some("南丰".into())
        );
        assert_eq!(
            place(
                "5月7日上午,光伏发电项目在江华签订投资框架协议。江华瑶族自治县副县长艾克海代表县政府签约。"
            ),
            Some("江华".into())
        );
        // no county named: no place
        assert_eq!(place("签约仪式在县行政中心举行,双方签署协议。"), None);
    }

    #[test]
    fn forms() {
        assert_eq!(
            place("the government and the group in Xining signed a deal."),
            Some("Xining".into())
        );
        assert_eq!(
            place("ISLAMABAD: Pakistan has signed two agreements."),
            Some("Islamabad".into())
        );
        assert_eq!(
            place("青海省政府与中国电信在西宁签署协议。"),
            Some("西宁".into())
        );
        assert_eq!(
            place("Xingtai Municipal People's Government signed a deal."),
            None
        );
    }

    #[test]
    fn city_in_a_party_name_is_not_the_place() {
        assert_eq!(place("12月14日，中山市人民政府与国开行签署备忘录。"), None);
        assert_eq!(
            place("Dalian city and GCL signed an agreement today."),
            None
        );
    }

    #[test]
    fn project_sites_are_not_the_place() {
        assert_eq!(
            place(
                "Serbia and Minth signed an MoU on projects in Novi Sad and Belgrade yesterday in Shanghai."
            ),
            Some("Shanghai".into())
        );
        assert_eq!(
            place("The firm signed a deal to build a plant in Pune."),
            None
        );
        assert_eq!(
            place("It signed a memorandum at the summit held at Pragati Maidan in New Delhi."),
            Some("New Delhi".into())
        );
    }

    #[test]
    fn signing_ceremony_and_travel() {
        assert_eq!(
            place("The province and the bank in Guangzhou held an agreement signing ceremony."),
            Some("Guangzhou".into())
        );
        assert_eq!(
            place("Liu headed for Tianjin in the afternoon and held the signing ceremony."),
            Some("Tianjin".into())
        );
    }

    #[test]
    fn chinese_yu_before_the_city() {
        assert_eq!(
            place("签约仪式于西宁举行，双方签署了合作协议。"),
            Some("西宁".into())
        );
        assert_eq!(place("双方签署协议，项目位于西宁。"), None);
    }

    #[test]
    fn venue_comma_city() {
        assert_eq!(
            place(
                "The province and Netcom this week at Bailou Hotel, Shijiazhuang signed an agreement."
            ),
            Some("Shijiazhuang".into())
        );
    }

    #[test]
    fn page_date_line_is_not_a_dateline() {
        assert_eq!(
            place(
                "Luanda - Tuesday, 21 September 2021\nWASHINGTON, Sept 21 - Angola signed an MoU."
            ),
            Some("Washington".into())
        );
    }

    #[test]
    fn datelines() {
        assert_eq!(
            place("Nairobi — The authority and the chamber have sealed an MoU."),
            Some("Nairobi".into())
        );
        assert_eq!(
            place("中新网宁德3月18日电 银行与宁德市人民政府17日签署战略合作协议。"),
            Some("宁德".into())
        );
    }

    #[test]
    fn world_cities_and_regions() {
        assert_eq!(
            place("The bank and the state signed the deal on Friday in Marrakech."),
            Some("Marrakech".into())
        );
        // a country or a state is no city; "El Salvador" hides "Salvador"
        assert_eq!(place("The two firms signed an MoU in Kenya."), None);
        assert_eq!(place("The two firms signed an MoU in El Salvador."), None);
        assert_eq!(
            place("The firms signed an agreement at Ambernath in Thane district."),
            None
        );
    }

    #[test]
    fn places_outside_the_lists() {
        assert_eq!(
            place("The loan agreement was signed today in Zorbatown by the two banks."),
            Some("Zorbatown".into())
        );
        assert_eq!(
            place("The company and the county government in Qarabulak signed an agreement."),
            Some("Qarabulak".into())
        );
        assert_eq!(place("The firms signed the MoU in March."), None);
        assert_eq!(place("The deal was signed in English and Chinese."), None);
        assert_eq!(
            place(
                "The city and the zone signed the agreement in the conference room of Qarabulak government."
            ),
            Some("Qarabulak".into())
        );
        assert_eq!(
            place("6月22日，双方在甲市乙丙镇举行了签约仪式。"),
            Some("乙丙镇".into())
        );
    }

    #[test]
    fn earlier_signings_and_chinese_clauses() {
        assert_eq!(
            place("The consortium had earlier signed an agreement in Kaduna."),
            None
        );
        assert_eq!(
            place("签约代表说，公司在东莞市对口支援的带动下，为西部发展出力。"),
            None
        );
        assert_eq!(
            place("省长在贵阳会见了董事长一行，随后共同出席签约仪式。"),
            Some("贵阳".into())
        );
    }

    #[test]
    fn named_venues() {
        assert_eq!(
            place(
                "The deal was signed by the minister and the chairman at the Dolmabahce Working Office in Istanbul."
            ),
            Some("Istanbul".into())
        );
        assert_eq!(
            place(
                "The Loan Agreement between the two was signed today at the General Treasury, Colombo."
            ),
            Some("Colombo".into())
        );
        assert_eq!(
            place("4月13日，县政府与银行在弋阳县会议中心3号会议室举行签约仪式。"),
            Some("弋阳".into())
        );
    }

    #[test]
    fn the_story_s_own_city_and_districts() {
        assert_eq!(
            place(
                "November 24, Lianyungang Municipal People's Government and the university agreement signing ceremony was held in our city."
            ),
            Some("Lianyungang".into())
        );
        assert_eq!(
            place(
                "11月5日，大学与武汉市蔡甸区人民政府战略合作协议签约活动在蔡甸区委、区政府三楼接待室举行。"
            ),
            Some("武汉".into())
        );
    }

    #[test]
    fn one_character_city_names() {
        assert_eq!(place("双方在京签署战略合作协议。"), Some("北京".into()));
        assert_eq!(
            place("6月17日，市政府与银行举行战略合作协议签约仪式。市长欢迎行长一行来汴。"),
            Some("开封".into())
        );
        assert_eq!(place("双方签署协议，将来深化合作。"), None);
        assert_eq!(place("双方签署协议，在西部地区合作。"), None);
    }

    #[test]
    fn the_meeting_the_signing_took_place_at() {
        assert_eq!(
            place(
                "May 22, the investment promotion meeting sponsored by the city government was held in Beijing. \
                   The president witnessed the two sides signing the cooperation framework agreement."
            ),
            Some("Beijing".into())
        );
    }

    #[test]
    fn district_comma_city_and_dated_datelines() {
        assert_eq!(
            place("They signed the MoU at the Governor's Lodge in Asokoro, Abuja."),
            Some("Abuja".into())
        );
        assert_eq!(
            place("Bhubaneswar, Jan 28 (PTI) The company on Tuesday signed an MoU with the state."),
            Some("Bhubaneswar".into())
        );
        assert_eq!(
            place("Chengdu, Aug. 25 -- On August 24, the city and the group signed an agreement."),
            Some("Chengdu".into())
        );
    }
}
