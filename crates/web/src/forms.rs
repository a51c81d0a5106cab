//! Reading HTML form fields into domain values, shared by the agreement form and the
//! press-release review: every problem is recorded against the input it came from.

use pactum_core::{Money, MoneyError, Name, ValidationErrors, Violation};

use crate::i18n::Tr;

/// A trimmed field, or `None` when it is blank.
pub fn non_blank(s: &str) -> Option<String> {
    Some(s.trim().to_owned()).filter(|s| !s.is_empty())
}

/// True when `s` contains CJK ideographs: such text is filed as the Chinese name.
pub fn is_chinese(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// A name typed in one input, filed under Chinese or English by its script.
pub fn name_of(text: &str) -> Name {
    if is_chinese(text) {
        Name {
            en: None,
            zh: Some(text.to_owned()),
        }
    } else {
        Name::en(text)
    }
}

/// An amount typed in two inputs: a currency problem is reported against `currency_field`,
/// any other against `amount_field`. Negative amounts are refused.
pub fn money(
    amount: &str,
    currency: &str,
    amount_field: &str,
    currency_field: &str,
    errors: &mut ValidationErrors,
) -> Option<Money> {
    match Money::parse(amount, currency) {
        Ok(m) if m.is_negative() => {
            errors.push(amount_field, Violation::Negative);
            None
        }
        Ok(m) => Some(m),
        Err(MoneyError::UnknownCurrency(c)) => {
            errors.push(currency_field, Violation::UnknownCurrency { value: c });
            None
        }
        Err(e) => {
            errors.push(amount_field, e.violation());
            None
        }
    }
}

/// (value, label) pairs for a `<select>` of a string-coded enum.
pub fn options<T: Copy>(
    t: Tr,
    family: &str,
    all: &[T],
    code: fn(T) -> &'static str,
) -> Vec<(&'static str, String)> {
    all.iter()
        .map(|v| (code(*v), t.enum_value(family, code(*v))))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_filed_by_script() {
        assert_eq!(name_of("西宁").zh.as_deref(), Some("西宁"));
        assert_eq!(name_of("Xining").en.as_deref(), Some("Xining"));
    }

    #[test]
    fn money_errors_land_on_the_right_input() {
        let mut errors = ValidationErrors::new();
        assert!(money("5", "YUAN", "a", "c", &mut errors).is_none());
        assert!(money("-5", "CNY", "a", "c", &mut errors).is_none());
        assert!(money("1.234", "CNY", "a", "c", &mut errors).is_none());
        assert_eq!(
            money("1,000", "cny", "a", "c", &mut errors)
                .unwrap()
                .minor_units(),
            100_000
        );
        let fields: Vec<&str> = errors.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["c", "a", "a"]);
    }
}
