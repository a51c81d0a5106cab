//! What a signing is for, said in the signing sentence itself: "signed loan agreements … to pay
//! for power generation and electricity connectivity", "signed four loans … for social programs
//! in infrastructure, coffee growers and gender equality", "signed a memorandum … to develop
//! projects that would promote tourism, food security, and air and cargo transportation".
//!
//! Only the clause after the signing verb is read, and a list of two or more items, except after
//! *pay for / finance / fund*, whose lone object is what the money buys ("to pay for a Climate
//! Resilience Sector Project"): a lone object after *to support* is too often a phrase of intent
//! ("to support the country's growth") rather than an area.

use std::sync::LazyLock;

use regex::Regex;

use super::{Found, en_forward};
use crate::text::{Doc, contains_any};

/// The purpose after a signing: *to (help) pay for / finance / promote …*, *that will promote
/// …*, *for programs in …*.
static PURPOSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i-u)\b(?:(?:to\s+(?:help\s+)?|(?:that|which)\s+(?:will|would)\s+)(?:pay\s+for|finance|co-?finance|fund|support|back|promote|boost|improve|expand|upgrade)|for\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:programs?|programmes?|projects?|schemes?|investments?)\s+(?:in|on|for))\s+(?:the\s+|a\s+|an\s+|its\s+)?")
        .expect("PURPOSE")
});

/// Purposes that name what the money pays for: their lone object is an area or a project.
static FUNDS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i-u)pay\s+for|finance|fund").expect("FUNDS"));

/// One object after the purpose verb: up to the first comma, full stop or place ("in the west").
fn single(st: &str, start: usize) -> Option<(usize, usize)> {
    let rest = &st[start..];
    let end = [
        ",",
        ".",
        ";",
        " in ",
        " at ",
        " over ",
        " by ",
        " with ",
        " through ",
    ]
    .iter()
    .filter_map(|p| rest.find(p))
    .min()
    .unwrap_or(rest.len());
    let words = rest[..end].split_whitespace().count();
    (1..=super::EN_MAX_WORDS)
        .contains(&words)
        .then_some((start, start + end))
}

/// The purpose list of each signing sentence (sentence offsets made absolute).
pub(super) fn lists(doc: &Doc) -> Vec<Found> {
    let mut out = Vec::new();
    for (i, s) in doc.sents.iter().enumerate() {
        let Some((_, verb_end)) = crate::orgs::sign_verb_in(doc, i) else {
            continue;
        };
        // every purpose names one of these words (the regex has no literal to skip by)
        if !contains_any!(
            doc.sent_lower(s),
            &[
                "pay for",
                "financ",
                "fund",
                "support",
                "back",
                "promot",
                "boost",
                "improv",
                "expand",
                "upgrad",
                "program",
                "project",
                "scheme",
                "investment",
            ]
        ) {
            continue;
        }
        let st = doc.sent_str(s);
        let Some(m) = PURPOSE.find_at(st, verb_end) else {
            continue;
        };
        let mut items = en_forward(st, m.end(), true);
        // "… and electricity connectivity in the west of the country": where, not what
        for it in &mut items {
            if let Some(p) = [
                " in the ",
                " in its ",
                " across ",
                " for the ",
                " throughout ",
            ]
            .iter()
            .filter_map(|p| st[it.0..it.1].find(p))
            .min()
            {
                it.1 = it.0 + p;
            }
        }
        if items.is_empty() && FUNDS.is_match(m.as_str()) {
            // a lone project keeps its words: a capitalised name is only an item whole
            items = single(st, m.end()).into_iter().collect();
        }
        if !items.is_empty() {
            let items = items
                .into_iter()
                .map(|(a, b)| (s.start + a, s.start + b))
                .collect();
            out.push(Found::plain(items, 0));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::focus::focus_of as f;

    #[test]
    fn what_the_loans_pay_for() {
        assert_eq!(
            f(
                "Tanzania on Friday signed loan agreements totalling $140 million with the African Development Bank to pay for power generation and electricity connectivity in the west of the country."
            ),
            vec!["power generation", "electricity connectivity"]
        );
    }

    #[test]
    fn programs_in_a_list() {
        // the middle item, eight words long, is no single area
        assert_eq!(
            f(
                "The Government of Honduras and CAF signed four loans for 350 million dollars in Tegucigalpa on Monday for social programs in infrastructure, financial support for coffee growers and small businesses, and gender equality."
            ),
            vec!["infrastructure", "gender equality"]
        );
    }

    #[test]
    fn a_lone_object_only_when_money_pays_for_it() {
        assert_eq!(
            f(
                "The Government of Tonga yesterday signed a $23.1 million grant agreement with the Asian Development Bank to pay for a Climate Resilience Sector Project for the kingdom."
            ),
            vec!["Climate Resilience Sector Project for the kingdom"]
        );
        // a phrase of intent is no area
        assert!(
            !f("The two ministries signed a memorandum to support the growth of the nation.")
                .iter()
                .any(|it| it.contains("growth"))
        );
    }
}
