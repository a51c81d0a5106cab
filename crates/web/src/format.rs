//! How values read on a page: grouped digits, dates at their precision, shares as percentages.

use pactum_core::{Money, PartialDate};
use time::Date;

/// `10,000,000,000.00 CNY`; several currencies joined with " + "; an em dash for none.
pub fn money_list(list: &[Money]) -> String {
    if list.is_empty() {
        return "—".into();
    }
    list.iter()
        .map(Money::formatted)
        .collect::<Vec<_>>()
        .join(" + ")
}

pub fn money_opt(m: &Option<Money>) -> String {
    m.as_ref().map_or_else(|| "—".into(), Money::formatted)
}

pub fn date_opt(d: &Option<PartialDate>) -> String {
    d.map_or_else(|| "—".into(), |d| d.to_string())
}

pub fn day(d: &Date) -> String {
    pactum_core::model::day::format(*d)
}

pub fn day_opt(d: &Option<Date>) -> String {
    d.as_ref().map_or_else(|| "—".into(), day)
}

/// `42.5%` from a share in 0..=1 (or more).
pub fn percent(share: f64) -> String {
    format!("{:.1}%", share * 100.0)
}

/// Width for a progress bar, clamped to 0..=100.
pub fn bar_width(share: f64) -> String {
    format!("{:.1}", (share * 100.0).clamp(0.0, 100.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_lists() {
        assert_eq!(money_list(&[]), "—");
        let a = Money::parse("10000000000", "CNY").unwrap();
        let b = Money::parse("2.5", "USD").unwrap();
        assert_eq!(money_list(&[a, b]), "10,000,000,000.00 CNY + 2.50 USD");
    }

    #[test]
    fn percents_and_bars() {
        assert_eq!(percent(0.3546), "35.5%");
        assert_eq!(percent(0.0), "0.0%");
        assert_eq!(bar_width(1.7), "100.0");
        assert_eq!(bar_width(-0.2), "0.0");
    }
}
