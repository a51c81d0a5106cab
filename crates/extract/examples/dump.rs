//! Print `pactum extract --json`'s line for each FILE argument, without building the CLI: a
//! quick check that a speed change leaves the output byte-identical.
//!
//! ```text
//! cargo run --release -p pactum-extract --example dump -- FILE... > out.jsonl
//! ```

fn main() {
    for path in std::env::args().skip(1) {
        let bytes = std::fs::read(&path).expect("readable file");
        let text = pactum_extract::decode_input(&bytes).expect("decodable article");
        let extraction = pactum_extract::extract(&text);
        println!(
            "{}",
            serde_json::to_string(&extraction).expect("serialisable")
        );
    }
}
