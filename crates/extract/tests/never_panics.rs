//! Arbitrary input never panics, and evidence spans are in bounds and on char boundaries.
use proptest::prelude::*;

fn check(text: &str) {
    let x = pactum_extract::extract(text);
    for (field, spans) in &x.evidence {
        for [a, b] in spans {
            assert!(
                a <= b && *b <= text.len(),
                "{field}: [{a},{b}] out of bounds"
            );
            assert!(
                text.is_char_boundary(*a) && text.is_char_boundary(*b),
                "{field}: [{a},{b}] not on char boundary"
            );
        }
    }
    let _ = x.to_string();
    let _ = serde_json::to_string(&x).expect("serialises");
}

const PIECES: &[&str] = &[
    "signed",
    " on behalf of ",
    "Wang Liming",
    ", vice governor of",
    "\n\n",
    "10 billion yuan",
    "RMB",
    "$",
    "1.2bn",
    "Rs 500 crore",
    "100亿元",
    "签署",
    "代表双方",
    "省长",
    "王黎明",
    "与",
    "集团公司",
    "《",
    "》",
    "13th Five-Year",
    "十三五",
    "2016年7月8日",
    "July 8, 2016",
    "on Monday",
    "Leave a Reply",
    " in Xining",
    "在西宁",
    "Mr.",
    " and ",
    ", ",
    ".",
    "。",
    "Group",
    "(OPIC)",
    "2021-2025",
    "by 2030",
    "over five years",
    "focus on",
    "、",
    "等领域",
    "é",
    "😀",
    "\u{0301}",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings(s in any::<String>()) {
        check(&s);
    }

    #[test]
    fn arbitrary_bytes(b in proptest::collection::vec(any::<u8>(), 0..2048)) {
        if let Ok(t) = pactum_extract::decode_input(&b) {
            check(&t);
        }
    }

    #[test]
    fn shuffled_domain_pieces(ix in proptest::collection::vec(0..PIECES.len(), 0..60)) {
        let s: String = ix.iter().map(|&i| PIECES[i]).collect();
        check(&s);
    }
}
