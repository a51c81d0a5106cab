//! Focus areas: the items of the lists that say what the cooperation is about.
//!
//! Three list shapes are read, in English and Chinese:
//! 1. a list closed by *and other … fields/areas/aspects* / `等领域/等方面/等部门` or by a
//!    counted head (*six big fields*, `五大领域`), read backwards from the anchor until a cue
//!    (*in*, *promote the*, `围绕`, `涵盖`…) opens it;
//! 2. a list opened by a cue (*cooperation in*, *focus on*, *areas such as*, *including*), read
//!    forwards until it ends in *… and X*;
//! 3. quoted programme names (`实施“智慧网络”工程`).
//!
//! Sentences of wishes and speeches (*hoped*, `希望`, `表示`) are skipped unless they state the
//! agreement's content ("according to the agreement", `根据协议`). When no list is found, the
//! project the agreement is for (*to set up an ethanol plant*, *for a naphtha cracker project*)
//! is the focus.

use std::sync::LazyLock;

use regex::Regex;

use crate::Evidence;
use crate::text::{Doc, cue};

mod verbs;

/// English list closers: "and other (key) fields", "six big fields".
static EN_ANCHOR: LazyLock<Regex> = LazyLock::new(|| {
    // literal-first, so the regex prefilter can skip sentences without a closer
    Regex::new(r#"(?i)(?-u:\b)(?:(?:and|or) other|among other (?:fields|areas|things|sectors)|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:big\s+|major\s+|key\s+|main\s+)?(?:fields?|areas?|aspects?|sectors?|industries)(?-u:\b))"#)
        .expect("EN_ANCHOR")
});
/// English list openers.
static EN_OPEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(?:cooperat(?:e|ion)|work(?:ing)? together|collaborat(?:e|ion)|partnership)\s+(?:(?:closely|further)\s+)?(?:with\s+[^,.;]{1,40}?\s+)?|(?:focus(?:ed|ing)?|(?:areas|fields|sectors|industries|domains|projects)|schemes|works|promote the)\s+)(?:(?:on|in|for|such as|including|covering|like|of)\s+)+(?:the\s+)?(?:(?:fields?|areas?|sectors?|industries|domains?)\s+(?:of|such as|including|like)\s+)?")
        .expect("EN_OPEN")
});
/// Words inside a segment that open the list (the item starts after the last one).
static EN_CUT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:in|on|for|to|into|including|include|such as|covering|cover|like|promote|support|supporting|develop|deepen|expand|strengthen|focus|focusing|both|will|implementing|implement|building)\s+")
        .expect("EN_CUT")
});
/// Chinese list closers.
static ZH_ANCHOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"等(?:重点|新兴|重大|多个|各|相关)?(?:领域|方面|部门|产业|行业|板块)|[两二三四五六七八九十]大(?:领域|方面|板块|工程|产业)").expect("ZH_ANCHOR")
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
/// The project an agreement is for, when no list names its areas.
static EN_PROJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:to (?:build|set up|develop|establish|construct|build and run|finance)|for)\s+(?:a|an|the)\s+(?P<p>[a-z][a-z\s-]{2,50}?(?:plant|cracker|farm|refinery|complex|park|hub|factory|railway|pipeline)s?)(?-u:\b)")
        .expect("EN_PROJECT")
});
/// Sentences that state what the agreement covers.
static CONTENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:according to|under|in) the (?:\w+\s+){0,4}?(?:agreement|memorandum|mou)|the (?:agreement|memorandum|mou) (?:covers|includes|will)|根据(?:协议|备忘录|合作协议|框架协议)|按照协议|协议(?:约定|明确|规定)|双方将")
        .expect("CONTENT")
});

/// Remarks: what someone hopes for or says, not what was agreed.
static SPEECH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:hopes?|hoped|wish(?:es|ed)?|said|says|noted|stressed|expressed)(?-u:\b)|希望|表示|指出|强调|要求|致辞|讲话|说[，,：:“]")
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
    loop {
        let before = t;
        for p in [
            "and ", "the ", "other ", "also ", "or ", "its ", "their ", "和", "及", "以及", "与",
        ] {
            if let Some(r) = t.strip_prefix(p) {
                t = r.trim_start();
            }
        }
        if t == before {
            break;
        }
    }
    let t = t.trim_matches(|c: char| "\"'“”‘’".contains(c)).trim();
    let t = strip_quantity(t);
    // a counted head ("六项工程", "五大领域") names no area itself
    if t.starts_with(|c: char| "一二两三四五六七八九十".contains(c))
        && t.chars().nth(1).is_some_and(|c| "项大个".contains(c))
    {
        return None;
    }
    let words = t.split_whitespace().count();
    let chars = t.chars().count();
    if t.is_empty() || words > 6 || !(2..=40).contains(&chars) {
        return None;
    }
    if t.chars().next().is_some_and(|c| c.is_ascii_digit()) && !t.contains('G') {
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
    let low = t.to_lowercase();
    // "a range of other sectors" names nothing
    let vague =
        low.contains("other ") && low.rsplit(' ').next().is_some_and(|w| GENERIC.contains(&w));
    if vague
        || low
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| EN_BAD.contains(&w))
        || GENERIC.contains(&low.as_str())
    {
        return None;
    }
    Some(t.to_string())
}

/// Drop a leading quantity: "100 MW wind power resources" -> "wind power resources" (but not
/// "5G networks" or "3G/4G").
fn strip_quantity(t: &str) -> &str {
    let Some((first, rest)) = t.split_once(' ') else {
        return t;
    };
    if !first.starts_with(|c: char| c.is_ascii_digit()) || first.contains('G') {
        return t;
    }
    let rest = rest.trim_start();
    // a unit written apart: "100 MW", "6,000 hectares of"
    let rest = match rest.split_once(' ') {
        Some((u, r))
            if u.len() <= 4 && u.chars().all(|c| c.is_ascii_alphabetic()) && u != "new" =>
        {
            if u.chars().any(|c| c.is_ascii_uppercase()) {
                r
            } else {
                rest
            }
        }
        _ => rest,
    };
    rest.strip_prefix("of ").unwrap_or(rest)
}

/// Split a segment list on commas / `、`; returns byte ranges relative to `list`.
fn segments(list: &str) -> Vec<(usize, usize)> {
    let mut parts = Vec::new();
    let mut s = 0;
    for (i, c) in list.char_indices() {
        if matches!(c, ',' | ';' | '、' | '，' | '；') {
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

/// Items of an English list that ends at `end` (exclusive) in `st`.
fn en_backward(st: &str, end: usize) -> Vec<(usize, usize)> {
    let head = &st[..end];
    let segs = segments(head);
    let mut items = Vec::new();
    for &(a, b) in segs.iter().rev() {
        let seg = &head[a..b];
        let words = seg.split_whitespace().count();
        let bad = seg
            .to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| EN_BAD.contains(&w));
        if words <= 5 && !bad && en_open_cut(seg).is_none_or(|_| items.is_empty() && words <= 3) {
            items.push((a, b));
            continue;
        }
        // the segment that opens the list: the item begins after its last cue
        if let Some(c) = en_open_cut(seg) {
            let rest = &seg[c..];
            if rest.split_whitespace().count() <= 5 {
                items.push((a + c, b));
            }
        }
        break;
    }
    items.reverse();
    if items.len() < 2 {
        return Vec::new();
    }
    // "A, B, C and D and other fields": the last " and " joins the last two items
    if let Some(&(a, b)) = items.last() {
        if let Some(p) = head[a..b].rfind(" and ") {
            items.pop();
            items.push((a, a + p));
            items.push((a + p + 5, b));
        }
    }
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
        items.push((clause_start + a2, clause_start + b));
    }
    items
}

/// Items of an English list that starts at `start` in `st` and runs to `… and X`.
fn en_forward(st: &str, start: usize, strong: bool) -> Vec<(usize, usize)> {
    let rest = &st[start..];
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
        ".",
        "(",
    ] {
        if let Some(i) = rest.find(p) {
            end = end.min(i);
        }
    }
    let list = &rest[..end];
    let mut items = Vec::new();
    for (a, b) in segments(list) {
        let seg = &list[a..b];
        let t = seg.trim_start();
        let off = a + seg.len() - t.len();
        if let Some(r) = t.strip_prefix("and ") {
            let _ = r;
            items.push((off + 4, b));
            break;
        }
        if let Some(p) = t.find(" and ") {
            items.push((off, off + p));
            items.push((off + p + 5, b));
            break;
        }
        if t.split_whitespace().count() > 5 {
            break;
        }
        items.push((off, b));
    }
    let min = if strong { 2 } else { 3 };
    if items.len() < min {
        return Vec::new();
    }
    items
        .into_iter()
        .map(|(a, b)| (start + a, start + b))
        .collect()
}

/// "invest(s) [amount] in …": what the money goes into.
static EN_INVEST_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)invest(?:s|ed|ing)?\s+(?:(?:[^.,;]|[,.]\d){0,40}?\s)?in\s+(?:the\s+|a\s+|an\s+)?")
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
    for (i, c) in clause.char_indices() {
        if c == '、' {
            parts.push((s, i));
            s = i + c.len_utf8();
        }
    }
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
];

/// Objects of the cue verbs of a Chinese content sentence, one per clause: "双方将共同开发清洁能源，
/// 推动新能源产业发展" -> `清洁能源`, `新能源产业发展`. A clause whose object is a `、` list gives
/// its items.
fn zh_content_objects(st: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut cs = 0;
    for (i, c) in st.char_indices().chain(std::iter::once((st.len(), '。'))) {
        if !matches!(c, '，' | ',' | '；' | ';' | '。' | '：' | ':') {
            continue;
        }
        let clause = &st[cs..i];
        let base = cs;
        cs = i + c.len_utf8();
        let Some(v) = ZH_OBJECT_VERBS
            .iter()
            .filter_map(|v| clause.rfind(v).map(|p| p + v.len()))
            .filter(|&p| clause[p..].chars().count() >= 2)
            .max()
        else {
            continue;
        };
        let obj = &clause[v..];
        let mut a = 0;
        for (k, ch) in obj.char_indices().chain(std::iter::once((obj.len(), '、'))) {
            if ch == '、' {
                let n = obj[a..k].chars().count();
                if (2..=15).contains(&n) {
                    out.push((base + v + a, base + v + k));
                }
                a = k + ch.len_utf8();
            }
        }
    }
    out
}

struct Found {
    items: Vec<(usize, usize)>,
    focus: bool,
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
        let mut push = |items: Vec<(usize, usize)>, focus: bool| {
            if !items.is_empty() {
                found.push(Found {
                    items: items
                        .iter()
                        .map(|&(a, b)| (s.start + a, s.start + b))
                        .collect(),
                    focus,
                });
            }
        };
        if doc.has_latin && st.len() > 20 {
            let mut covered = 0usize;
            let anchor = doc.may(i, cue::EN_ANCHOR);
            for m in EN_ANCHOR.find_iter(if anchor { st } else { "" }) {
                // the list ends before the closer and the comma/space in front of it
                let end = st[..m.start()].trim_end_matches([' ', ',', '\n']).len();
                let items = en_backward(st, end);
                if let Some(&(a, _)) = items.first() {
                    if a >= covered {
                        let focus = st[..a]
                            .to_lowercase()
                            .rfind("focus")
                            .is_some_and(|i| a - i < 30);
                        push(items, focus);
                        covered = m.end();
                    }
                }
            }
            let open = doc.may(i, cue::EN_OPEN);
            for m in EN_OPEN.find_iter(if open { st } else { "" }) {
                if m.end() < covered {
                    continue;
                }
                let cue = m.as_str().to_lowercase();
                let strong = !cue.starts_with("schemes") && !cue.starts_with("works");
                let items = en_forward(st, m.end(), strong);
                if let Some(&(_, b)) = items.last() {
                    covered = b;
                    push(items, cue.starts_with("focus"));
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
                if !items.is_empty() {
                    closed = true;
                    let before = &st[..items[0].0];
                    let focus = before.ends_with("重点放在") || before.ends_with("重点");
                    push(items, focus);
                }
            }
            // a sentence stating the agreement's content, with no closed list: its `、` list,
            // else the objects of its cue verbs ("共同开发清洁能源")
            if content && !closed {
                let list = zh_content_list(st);
                if list.is_empty() {
                    push(zh_content_objects(st), false);
                } else {
                    push(list, false);
                }
            }
            let q: Vec<(usize, usize)> = ZH_QUOTED
                .captures_iter(if cjk { st } else { "" })
                .filter_map(|c| c.get(1).map(|g| (g.start(), g.end())))
                .collect();
            if q.len() >= 2 {
                push(q, false);
            }
        }
    }
    found
}

/// Items of the chosen lists, cleaned and deduplicated, with their evidence.
fn items_of(doc: &Doc, found: &[Found], ev: &mut Evidence) -> Vec<String> {
    // within a sentence, a "focus" list wins over the others
    let mut chosen: Vec<&Found> = found.iter().collect();
    if chosen.iter().any(|f| f.focus) {
        let focus_sents: Vec<Option<usize>> = chosen
            .iter()
            .filter(|f| f.focus)
            .map(|f| doc.sent_at(f.items[0].0))
            .collect();
        chosen.retain(|f| f.focus || !focus_sents.contains(&doc.sent_at(f.items[0].0)));
    }
    let mut out: Vec<String> = Vec::new();
    for f in chosen {
        for &(a, b) in &f.items {
            if let Some(it) = clean_item(&doc.masked[a..b]) {
                if !out.contains(&it) {
                    ev.add("focus_areas", (a, b));
                    out.push(it);
                }
            }
        }
    }
    out
}

/// Most items the verb-object fallback gives.
const MAX_VERB_ITEMS: usize = 8;

pub(crate) fn extract(doc: &Doc, ev: &mut Evidence) -> Vec<String> {
    // 1. the lists of the sentences that state the agreement's content
    let mut out = items_of(doc, &lists(doc, false), ev);
    if out.is_empty() && doc.has_latin {
        out = project(doc, ev);
    }
    if out.is_empty() && doc.has_latin {
        out = invest_in(doc, ev);
    }
    if out.is_empty() && doc.has_latin {
        out = verb_objects(doc, ev);
    }
    if out.is_empty() {
        // the text states no agreement content: the areas named in the remarks
        out = items_of(doc, &lists(doc, true), ev);
    }
    out
}

/// Second pass, no list: the project the agreement is for, from the first sentences about signing.
fn project(doc: &Doc, ev: &mut Evidence) -> Vec<String> {
    for (i, s) in doc.sents.iter().enumerate() {
        let st = doc.sent_str(s);
        if crate::orgs::sign_verb_in(doc, i).is_none()
            && !(doc.may(i, cue::CONTENT) && CONTENT.is_match(st))
        {
            continue;
        }
        if !doc.may(i, cue::PROJECT) {
            continue;
        }
        if let Some(p) = EN_PROJECT.captures(st).and_then(|c| c.name("p")) {
            if let Some(it) = clean_item(p.as_str()) {
                ev.add("focus_areas", (s.start + p.start(), s.start + p.end()));
                return vec![it];
            }
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
fn verb_objects(doc: &Doc, ev: &mut Evidence) -> Vec<String> {
    let mut out = Vec::new();
    for (i, s) in doc.sents.iter().enumerate() {
        if doc.headline.is_some_and(|h| h.0 == s.start) {
            continue;
        }
        let st = doc.sent_str(s);
        if !verbs::content_sentence(
            st,
            doc.may(i, cue::VERB_SPEECH),
            doc.may(i, cue::VERB_CONTENT),
        ) {
            continue;
        }
        for (a, b) in verbs::objects(st) {
            if out.len() >= MAX_VERB_ITEMS {
                return out;
            }
            if let Some(it) = clean_item(&st[a..b]) {
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
        extract(&Doc::new(t), &mut Evidence::default())
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
            vec!["新能源", "智慧城市和大数据"]
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
}
