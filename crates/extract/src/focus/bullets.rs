//! Areas set out as bullet lines under a heading that ends in a colon:
//!
//! ```text
//! The priority sectors named in the memorandum are:
//! - exploration and development of energy resources;
//! - transport;
//! - tourism and agriculture.
//! ```
//!
//! The heading must name areas or the agreement's content, so a bulleted list of speakers or
//! related links is not read. An item of two short parts joined by *and* is two items, as in the
//! running-text lists.

use super::{Found, and_split, item_words};
use crate::text::Doc;

/// Words of a heading that announces areas.
const HEADING_WORDS: &[&str] = &[
    "sector", "area", "field", "priorit", "cover", "include", "focus", "領域", "领域", "方面",
    "内容", "包括", "重点",
];

/// Bullet markers a line may open with.
const MARKERS: &[&str] = &["- ", "• ", "* ", "· ", "– ", "— ", "▪ ", "●"];

/// Most words of a bullet item; a longer line is a sentence.
const MAX_WORDS: usize = 10;

fn bullet(line: &str) -> Option<&str> {
    let t = line.trim_start_matches([' ', '\t', '　']);
    MARKERS
        .iter()
        .find_map(|m| t.strip_prefix(m))
        .map(str::trim)
}

/// Does a line of `text` end in a colon (trailing blanks aside)? Most pages have no such line,
/// and this finds out without walking their lines.
fn has_heading_line(text: &str) -> bool {
    let rest_is_blank = |after: usize| {
        let rest = &text[after..];
        // most colons are followed by a visible ASCII character ("10:30", "https://")
        if rest
            .as_bytes()
            .first()
            .is_some_and(|b| b.is_ascii() && !b.is_ascii_whitespace())
        {
            return false;
        }
        rest[..rest.find('\n').unwrap_or(rest.len())]
            .trim_end()
            .is_empty()
    };
    memchr::memchr_iter(b':', text.as_bytes()).any(|i| rest_is_blank(i + 1))
        || memchr::memmem::find_iter(text.as_bytes(), "：".as_bytes())
            .any(|i| rest_is_blank(i + "：".len()))
}

/// The bulleted lists of a document (spans into its masked text).
pub(super) fn lists(doc: &Doc) -> Vec<Found> {
    let text = doc.masked.as_str();
    if !has_heading_line(text) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut lines = text
        .split_inclusive('\n')
        .scan(0usize, |at, l| {
            let start = *at;
            *at += l.len();
            Some((start, l.trim_end_matches(['\n', '\r'])))
        })
        .peekable();
    while let Some((_, line)) = lines.next() {
        let head = line.trim_end();
        if !(head.ends_with(':') || head.ends_with('：')) {
            continue;
        }
        let low = head.to_lowercase();
        if !HEADING_WORDS.iter().any(|w| low.contains(w)) {
            continue;
        }
        let mut items = Vec::new();
        while let Some(&(start, l)) = lines.peek() {
            let Some(b) = bullet(l) else { break };
            lines.next();
            let item = b
                .trim_end_matches([';', '；', '.', '。', ',', '，'])
                .trim_start_matches("and ")
                .trim();
            if item.is_empty() || item_words(item) > MAX_WORDS {
                continue;
            }
            let a = start + (item.as_ptr() as usize - l.as_ptr() as usize);
            match and_split(item) {
                Some(p) if item_words(&item[..p]) <= 3 && item_words(&item[p + 5..]) <= 3 => {
                    items.push((a, a + p));
                    items.push((a + p + 5, a + item.len()));
                }
                _ => items.push((a, a + item.len())),
            }
        }
        if items.len() >= 2 {
            out.push(Found::plain(items, 3));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::focus::focus_of as f;

    #[test]
    fn bullets_under_a_heading_of_sectors() {
        assert_eq!(
            f(
                "Albania and the US signed a memorandum of economic cooperation.\n\nThe priority sectors named in the memorandum are:\n- exploration and development of energy resources;\n- transport;\n- tourism and agriculture.\n"
            ),
            vec![
                "exploration and development of energy resources",
                "transport",
                "tourism",
                "agriculture"
            ]
        );
    }

    #[test]
    fn a_heading_with_trailing_blanks_is_still_a_heading() {
        assert!(super::has_heading_line(
            "Intro.\nThe sectors are:  \r\n- a\n"
        ));
        assert!(super::has_heading_line("重点领域包括：\n- 甲"));
        assert!(!super::has_heading_line(
            "See https://example.org: it has no heading.\n"
        ));
    }

    #[test]
    fn bullets_under_another_heading_are_not_areas() {
        assert!(
            f("The two sides signed a memorandum.\n\nRead more:\n- Fuel prices rise\n- Port strike ends\n")
                .is_empty()
        );
    }
}
