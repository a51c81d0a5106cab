//! A deterministic cost measure for rule changes: extract every given file once to warm up,
//! then `ROUNDS` more times. Run it under callgrind and compare instruction totals, which do not
//! depend on what else the machine is doing (wall-clock benches on a shared 2-core box do):
//!
//! ```text
//! cargo build --release -p pactum-extract --example cost
//! valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.out \
//!     target/release/examples/cost crates/extract/testdata/{dev,test}/*.txt
//! callgrind_annotate /tmp/cg.out | head -30
//! ```
const ROUNDS: usize = 10;

fn main() {
    let texts: Vec<String> = std::env::args()
        .skip(1)
        .filter_map(|p| {
            let bytes = std::fs::read(&p).ok()?;
            pactum_extract::decode_input(&bytes).ok()
        })
        .collect();
    for t in &texts {
        std::hint::black_box(pactum_extract::extract(t));
    }
    let mut bytes = 0usize;
    for _ in 0..ROUNDS {
        for t in &texts {
            std::hint::black_box(pactum_extract::extract(std::hint::black_box(t)));
            bytes += t.len();
        }
    }
    println!(
        "{} documents, {bytes} bytes extracted after warm-up",
        texts.len()
    );
}
