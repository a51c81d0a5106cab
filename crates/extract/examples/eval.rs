//! Print the evaluation report for a labelled directory, with per-article details.
//!
//! `cargo run -p pactum-extract --example eval -- crates/extract/testdata/dev [-v]`
use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = args
        .first()
        .map_or("crates/extract/testdata/dev", String::as_str);
    let verbose = args.iter().any(|a| a == "-v");
    let report = match pactum_extract::eval::evaluate_dir(Path::new(dir)) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    };
    if verbose {
        for line in report.misses() {
            println!("{line}");
        }
    }
    println!("{report}");
}
