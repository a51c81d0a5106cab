//! How far two labellers agree: scores a second person's labels against a split's gold with the
//! evaluator's own matching, as if they were the extractor's output.
//!
//! `cargo run --release -p pactum-extract --example agreement -- \
//!     crates/extract/testdata/dev2 crates/extract/testdata/second-labeller/dev2 [-v]`
use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(gold), Some(other)) = (args.first(), args.get(1)) else {
        eprintln!("usage: agreement GOLD_DIR OTHER_LABELS_DIR [-v]");
        std::process::exit(2);
    };
    let report = match pactum_extract::eval::compare_labels(Path::new(gold), Path::new(other)) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    };
    if args.iter().any(|a| a == "-v") {
        for line in report.misses() {
            println!("{line}");
        }
    }
    println!("{report}");
}
