//! Validation errors that name the field they concern.

use serde::Serialize;

/// What is wrong with a value, independent of where it came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Violation {
    #[error("is required")]
    Required,
    #[error("`{value}` is not a known ISO 4217 currency code")]
    UnknownCurrency { value: String },
    #[error("must not be negative")]
    Negative,
    #[error("has more decimal places than {currency} allows ({allowed})")]
    TooPrecise { currency: String, allowed: u32 },
    #[error("is too large")]
    TooLarge,
    #[error("ends ({end}) before it starts ({start})")]
    EndBeforeStart { start: String, end: String },
    #[error("`{value}` is not a valid {expected}")]
    InvalidFormat { value: String, expected: String },
    #[error("must be between {min} and {max}")]
    OutOfRange { min: String, max: String },
    #[error("{date} is outside the agreement's period {period}")]
    OutsideAgreementPeriod { date: String, period: String },
    #[error("{organisation} is not a party to this agreement")]
    NotAParty { organisation: String },
    #[error("must be given in {expected}, not {actual}")]
    CurrencyMismatch { expected: String, actual: String },
    #[error("appears more than once")]
    Duplicate,
    #[error("{0}")]
    Other(String),
}

/// One violation at one field path, such as `obligations[1].amount.currency`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{field}: {violation}")]
pub struct ValidationError {
    pub field: String,
    #[serde(flatten)]
    pub violation: Violation,
}

/// All violations found in one input, so a form shows every problem at once.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Default)]
#[serde(transparent)]
pub struct ValidationErrors(pub Vec<ValidationError>);

impl ValidationErrors {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn single(field: impl Into<String>, violation: Violation) -> Self {
        let mut errors = Self::new();
        errors.push(field, violation);
        errors
    }

    pub fn push(&mut self, field: impl Into<String>, violation: Violation) {
        self.0.push(ValidationError {
            field: field.into(),
            violation,
        });
    }

    /// Records the error of `result` under `field` (prefixing nested paths) and returns the value.
    pub fn check<T>(&mut self, field: &str, result: Result<T, ValidationErrors>) -> Option<T> {
        match result {
            Ok(v) => Some(v),
            Err(inner) => {
                for e in inner.0 {
                    let path = if e.field.is_empty() {
                        field.to_owned()
                    } else if e.field.starts_with('[') {
                        format!("{field}{}", e.field)
                    } else {
                        format!("{field}.{}", e.field)
                    };
                    self.0.push(ValidationError {
                        field: path,
                        violation: e.violation,
                    });
                }
                None
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The first message for `field`, for showing next to a form input.
    pub fn for_field(&self, field: &str) -> Option<&ValidationError> {
        self.0.iter().find(|e| e.field == field)
    }

    pub fn into_result<T>(self, value: T) -> Result<T, ValidationErrors> {
        if self.is_empty() {
            Ok(value)
        } else {
            Err(self)
        }
    }
}

impl std::fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationErrors {}

impl From<ValidationError> for ValidationErrors {
    fn from(e: ValidationError) -> Self {
        ValidationErrors(vec![e])
    }
}
