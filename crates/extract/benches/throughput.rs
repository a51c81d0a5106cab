//! Single-threaded throughput of `extract` over every labelled article, repeated until at
//! least 50 MB have been processed. `cargo bench -p pactum-extract`
use std::path::Path;
use std::time::Instant;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata");
    let mut texts = Vec::new();
    for split in ["dev", "test"] {
        let Ok(rd) = std::fs::read_dir(root.join(split)) else {
            continue;
        };
        let mut paths: Vec<_> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths
            .into_iter()
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        {
            if let Ok(b) = std::fs::read(&p) {
                if let Ok(t) = pactum_extract::decode_input(&b) {
                    texts.push(t);
                }
            }
        }
    }
    if texts.is_empty() {
        texts.push(include_str!("../src/lib.rs").to_string());
    }
    let per_round: usize = texts.iter().map(String::len).sum();
    let target = 50 * 1024 * 1024;
    // warm up (regex compilation, lazy tables)
    for t in &texts {
        std::hint::black_box(pactum_extract::extract(t));
    }
    let start = Instant::now();
    let mut bytes = 0usize;
    let mut docs = 0usize;
    while bytes < target {
        for t in &texts {
            std::hint::black_box(pactum_extract::extract(std::hint::black_box(t)));
            bytes += t.len();
            docs += 1;
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let mb = bytes as f64 / (1024.0 * 1024.0);
    println!(
        "extract: {} articles ({per_round} bytes) x {} rounds = {mb:.1} MB in {secs:.2} s: {:.1} MB/s, {:.0} articles/s (single thread)",
        texts.len(),
        docs / texts.len(),
        mb / secs,
        docs as f64 / secs
    );
}
