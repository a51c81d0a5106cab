//! Does the extractor read the sentence that states an agreement's focus areas? For each
//! labelled article, the gold items are found in the text; the sentence holding most of them is
//! the article's main focus sentence. The report counts the articles whose focus evidence
//! touches that sentence, touches only others, or is empty, and how many gold items the main
//! sentence holds. It separates choosing the sentence from splitting its list into items.
//!
//! Usage: `cargo run --release -p pactum-extract --example focus_sentences -- DIR...`
use std::collections::BTreeMap;

/// Byte range of the sentence around `pos`: between the nearest boundaries (`. `, `。`, `! `,
/// `? `, a line break). Deliberately simpler than the extractor's own splitter, so the report
/// does not inherit its mistakes.
fn sentence_at(text: &str, pos: usize) -> (usize, usize) {
    const ENDS: [&str; 5] = [". ", "。", "! ", "? ", "\n"];
    let start = ENDS
        .iter()
        .filter_map(|e| text[..pos].rfind(e).map(|i| i + e.len()))
        .max()
        .unwrap_or(0);
    let end = ENDS
        .iter()
        .filter_map(|e| text[pos..].find(e).map(|i| pos + i))
        .min()
        .unwrap_or(text.len());
    (start, end)
}

#[derive(Default)]
struct Tally {
    articles: usize,
    gold_empty: usize,
    read: usize,
    missed: usize,
    nothing: usize,
    items: usize,
    items_in_main: usize,
}

fn main() {
    let mut total = Tally::default();
    let dirs: Vec<String> = std::env::args().skip(1).collect();
    for dir in &dirs {
        let mut t = Tally::default();
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .expect("readable directory")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        for txt in paths {
            let text = std::fs::read_to_string(&txt).expect("UTF-8 article");
            let gold: serde_json::Value = serde_json::from_str(
                &std::fs::read_to_string(txt.with_extension("json")).expect("gold file"),
            )
            .expect("gold JSON");
            let items: Vec<&str> = gold["focus_areas"]
                .as_array()
                .map(|a| a.iter().filter_map(|v| v.as_str()).collect())
                .unwrap_or_default();
            t.articles += 1;
            let mut per_sentence: BTreeMap<(usize, usize), usize> = BTreeMap::new();
            for it in &items {
                if let Some(p) = text.find(it) {
                    *per_sentence.entry(sentence_at(&text, p)).or_default() += 1;
                }
            }
            let Some((&main, &n)) = per_sentence
                .iter()
                .max_by_key(|(k, n)| (**n, usize::MAX - k.0))
            else {
                t.gold_empty += 1;
                continue;
            };
            t.items += items.len();
            t.items_in_main += n;
            let got = pactum_extract::extract(&text);
            let spans = got.evidence.get("focus_areas").cloned().unwrap_or_default();
            if spans.is_empty() {
                t.nothing += 1;
            } else if spans.iter().any(|s| s[0] < main.1 && main.0 < s[1]) {
                t.read += 1;
            } else {
                t.missed += 1;
                if std::env::var_os("SHOW").is_some() {
                    println!("  main sentence not read: {}", txt.display());
                }
            }
        }
        report(dir, &t);
        total.articles += t.articles;
        total.gold_empty += t.gold_empty;
        total.read += t.read;
        total.missed += t.missed;
        total.nothing += t.nothing;
        total.items += t.items;
        total.items_in_main += t.items_in_main;
    }
    if dirs.len() > 1 {
        report("all", &total);
    }
}

fn report(name: &str, t: &Tally) {
    println!(
        "{name:12} {:3} articles: main sentence read {:3}, another read {:3}, none read {:3}, no gold {:2}; \
         {:.0}% of gold items are in the main sentence",
        t.articles,
        t.read,
        t.missed,
        t.nothing,
        t.gold_empty,
        100.0 * t.items_in_main as f64 / t.items.max(1) as f64
    );
}
