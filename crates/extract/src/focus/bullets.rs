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

/// The bulleted lists of a document (spans into its masked text).
pub(super) fn lists(doc: &Doc) -> Vec<Found> {
    let text = doc.masked.as_str();
    // a heading line ends in a colon: most pages have none
    let b = text.as_bytes();
    if memchr::memmem::find(b, b":\n").is_none()
        && memchr::memmem::find(b, b":\r\n").is_none()
        && memchr::memmem::find(b, "：\n".as_bytes()).is_none()
    {
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
    fn bullets_under_another_heading_are_not_areas() {
        assert!(
            f("The two sides signed a memorandum.\n\nRead more:\n- Fuel prices rise\n- Port strike ends\n")
                .is_empty()
        );
    }
}
