//! Print the extraction of one file as JSON: `cargo run -p pactum-extract --example show -- FILE`
fn main() {
    for p in std::env::args().skip(1) {
        let b = std::fs::read(&p).expect("read");
        match pactum_extract::decode_input(&b) {
            Ok(t) => println!(
                "{}",
                serde_json::to_string(&pactum_extract::extract(&t)).expect("json")
            ),
            Err(e) => eprintln!("{p}: {e}"),
        }
    }
}
