#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = pactum_extract::decode_input(data) {
        let x = pactum_extract::extract(&text);
        for spans in x.evidence.values() {
            for [a, b] in spans {
                assert!(a <= b && *b <= text.len());
                assert!(text.is_char_boundary(*a) && text.is_char_boundary(*b));
            }
        }
        let _ = x.to_string();
    }
});
