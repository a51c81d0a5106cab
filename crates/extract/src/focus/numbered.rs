//! Chinese content given as numbered points: inline (`一是交通城建；二是能源发展；…`) or as
//! paragraphs (`一、战略决策咨询。…` / `二、高能级创新载体建设。…`). Each point's head — up to
//! its first full stop, comma or semicolon — is an item. The numbering itself marks the list,
//! so two points in order are enough.

use super::Found;
use crate::text::Doc;

const ORDINALS: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/// Longest head taken as an item (characters); a longer one is a sentence, not an area.
const MAX_HEAD: usize = 16;

/// The head of a point starting at `start`: up to the first `。，；：` or line end.
fn head(text: &str, start: usize) -> Option<(usize, usize)> {
    let rest = &text[start..];
    let end = rest
        .find(['。', '，', '；', '：', ';', ',', '\n'])
        .unwrap_or(rest.len());
    let n = rest[..end].chars().count();
    (2..=MAX_HEAD).contains(&n).then_some((start, start + end))
}

/// Points numbered in order by `marker(k)` (the k-th ordinal's marker), each found after the
/// previous one within `gap` bytes.
fn points(text: &str, marker: impl Fn(&str) -> String, gap: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    for (k, o) in ORDINALS.iter().enumerate() {
        let m = marker(o);
        let Some(i) = text[from..].find(&m).map(|i| from + i) else {
            break;
        };
        if k > 0 && i - from > gap {
            break;
        }
        match head(text, i + m.len()) {
            Some(h) => {
                from = h.1;
                out.push(h);
            }
            None => break,
        }
    }
    if out.len() >= 2 { out } else { Vec::new() }
}

/// The numbered lists of a document (spans into its masked text).
pub(super) fn lists(doc: &Doc) -> Vec<Found> {
    let text = doc.masked.as_str();
    if !text.contains("一是") && !text.contains("一、") {
        return Vec::new();
    }
    let mut out = Vec::new();
    for items in [
        points(text, |o| format!("{o}是"), 400),
        // a paragraph point: the marker follows a line break or a full-width indent space
        points(text, |o| format!("\n{o}、"), 600),
        points(text, |o| format!("　{o}、"), 600),
    ] {
        if !items.is_empty() {
            out.push(Found::plain(items, 3));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::focus::focus_of as f;

    #[test]
    fn inline_points() {
        assert_eq!(
            f(
                "按照协议约定，双方今后重点在以下方面深化合作：一是交通城建；二是能源发展；三是智慧城市。"
            ),
            vec!["交通城建", "能源发展", "智慧城市"]
        );
    }

    #[test]
    fn paragraph_points() {
        assert_eq!(
            f(
                "省政府与北京大学续签战略合作协议。\n　　一、战略决策咨询。北京大学为浙江提供智力支持。\n　　二、高能级创新载体建设。双方共同谋划建设创新平台。\n"
            ),
            vec!["战略决策咨询", "高能级创新载体建设"]
        );
    }

    #[test]
    fn one_point_or_points_out_of_order_are_no_list() {
        assert!(f("一是要提高认识，三是要抓好落实。").is_empty());
    }
}
