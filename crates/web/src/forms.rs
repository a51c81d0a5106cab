//! Reading HTML form fields into domain values, shared by the agreement form and the
//! press-release review: every problem is recorded against the input it came from.

use pactum_core::{
    AgreementKind, AgreementStatus, Money, MoneyError, Name, OrganisationKind, PartialDate,
    PartyRole, Period, ValidationErrors, Violation,
};

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

/// A civil date typed as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; blank is `None`.
pub fn date(s: &str, field: &str, errors: &mut ValidationErrors) -> Option<PartialDate> {
    non_blank(s).and_then(|s| errors.check(field, PartialDate::parse(&s)))
}

/// A period typed as start, end and label. Both ends or neither: half a period is reported
/// against the missing input rather than guessed.
pub fn period(
    (start, start_field): (&str, &str),
    (end, end_field): (&str, &str),
    label: &str,
    errors: &mut ValidationErrors,
) -> Option<Period> {
    let (start_given, end_given) = (non_blank(start).is_some(), non_blank(end).is_some());
    let start = date(start, start_field, errors);
    let end = date(end, end_field, errors);
    if start_given && !end_given {
        errors.push(end_field, Violation::Required);
    }
    if end_given && !start_given {
        errors.push(start_field, Violation::Required);
    }
    Some(Period {
        start: start?,
        end: end?,
        label: non_blank(label),
    })
}

/// What both agreement forms ask first, kept as typed so a form can be shown again with its
/// errors: kind, status, signing date and period.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct HeaderFields {
    pub kind: String,
    pub status: String,
    pub signed_on: String,
    pub period_start: String,
    pub period_end: String,
    pub period_label: String,
}

/// [`HeaderFields`] read into domain values; a field that did not parse is `None` and its
/// error is in the caller's `ValidationErrors`.
pub struct Header {
    pub kind: Option<AgreementKind>,
    pub status: Option<AgreementStatus>,
    pub signed_on: Option<PartialDate>,
    pub period: Option<Period>,
}

/// Reads the fields the agreement form and the press-release review share, each error against
/// its own input (`kind`, `status`, `signed_on`, `period_start`, `period_end`).
pub fn header(f: &HeaderFields, errors: &mut ValidationErrors) -> Header {
    Header {
        kind: errors.check("kind", AgreementKind::parse(&f.kind)),
        status: errors.check("status", AgreementStatus::parse(&f.status)),
        signed_on: date(&f.signed_on, "signed_on", errors),
        period: period(
            (&f.period_start, "period_start"),
            (&f.period_end, "period_end"),
            &f.period_label,
            errors,
        ),
    }
}

/// The kind of a party created from a form: governments are filed as such, the rest as other.
pub fn organisation_kind(role: PartyRole) -> OrganisationKind {
    if role == PartyRole::Government {
        OrganisationKind::Government
    } else {
        OrganisationKind::Other
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

    #[test]
    fn half_a_period_is_an_error_on_the_missing_end() {
        let mut errors = ValidationErrors::new();
        let p = period(("2016", "s"), ("2020", "e"), " 13th ", &mut errors).unwrap();
        assert_eq!(
            (p.start.to_string(), p.end.to_string()),
            ("2016".into(), "2020".into())
        );
        assert_eq!(p.label.as_deref(), Some("13th"));
        assert!(period(("", "s"), (" ", "e"), "x", &mut errors).is_none());
        assert!(errors.0.is_empty());
        assert!(period(("2016", "s"), ("", "e"), "", &mut errors).is_none());
        assert!(period(("", "s"), ("2030", "e"), "", &mut errors).is_none());
        assert!(period(("20x6", "s"), ("2020", "e"), "", &mut errors).is_none());
        let fields: Vec<&str> = errors.0.iter().map(|e| e.field.as_str()).collect();
        // an unreadable start is reported once, as unreadable
        assert_eq!(fields, ["e", "s", "s"]);
    }
}
