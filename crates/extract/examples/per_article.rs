//! Per-article extraction speed after warm-up, slowest first: finds the articles that dominate
//! `cargo bench -p pactum-extract`. Usage: `cargo run --release -p pactum-extract --example
//! per_article -- FILE...`
use std::time::Instant;
fn main() {
    let mut rows = Vec::new();
    let files: Vec<String> = std::env::args().skip(1).collect();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        std::hint::black_box(pactum_extract::extract(&text));
    }
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        let start = Instant::now();
        let n = 50;
        for _ in 0..n {
            std::hint::black_box(pactum_extract::extract(&text));
        }
        let per = start.elapsed().as_secs_f64() / n as f64;
        rows.push((per, text.len(), f.clone()));
    }
    rows.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap());
    let total: f64 = rows.iter().map(|r| r.0).sum();
    for (per, len, f) in rows.iter().take(12) {
        println!(
            "{:8.0} µs {:6} B {:6.1} MB/s {:4.1}% {f}",
            per * 1e6,
            len,
            *len as f64 / per / 1e6,
            per / total * 100.0
        );
    }
}
