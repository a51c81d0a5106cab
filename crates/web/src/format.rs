//! How values read on a page: grouped digits, dates at their precision, shares as percentages.

use pactum_core::{Lang, Money, PartialDate};
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

/// A plan-period label in the reader's language: "13th Five-Year Plan" reads "“十三五”规划" in Chinese.
pub fn plan_label(label: &str, lang: Lang) -> String {
    let number = label.strip_suffix(" Five-Year Plan").and_then(|n| {
        n.trim_end_matches(|c: char| c.is_ascii_alphabetic())
            .parse::<u32>()
            .ok()
    });
    match (lang, number) {
        (Lang::Zh, Some(n)) if (1..100).contains(&n) => format!("“{}五”规划", chinese_number(n)),
        _ => label.to_owned(),
    }
}

/// 1–99 in Chinese numerals: 13 is 十三, 20 is 二十, 21 is 二十一.
fn chinese_number(n: u32) -> String {
    const DIGITS: [&str; 10] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    let (tens, ones) = (n / 10, n % 10);
    match tens {
        0 => DIGITS[ones as usize].to_owned(),
        1 => format!("十{}", DIGITS[ones as usize]),
        t => format!("{}十{}", DIGITS[t as usize], DIGITS[ones as usize]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_labels_in_chinese() {
        assert_eq!(plan_label("13th Five-Year Plan", Lang::Zh), "“十三五”规划");
        assert_eq!(plan_label("14th Five-Year Plan", Lang::Zh), "“十四五”规划");
        assert_eq!(
            plan_label("21st Five-Year Plan", Lang::Zh),
            "“二十一五”规划"
        );
        assert_eq!(
            plan_label("13th Five-Year Plan", Lang::En),
            "13th Five-Year Plan"
        );
        assert_eq!(plan_label("Vision 2030", Lang::Zh), "Vision 2030");
    }

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
