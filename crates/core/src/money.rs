//! Money: a decimal amount in an ISO 4217 currency. Never a float.
//!
//! Amounts are stored as integer minor units (fen, cents) so databases can sum them exactly;
//! [`Money::minor_units`] and [`Money::from_minor_units`] are the only bridge.

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::error::{ValidationErrors, Violation};

/// Active ISO 4217 codes (as carried by the IATI Currency codelist, withdrawn codes removed).
const CODES: &str = "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB \
BOV BRL BSD BTN BWP BYN BZD CAD CDF CHF CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP \
ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IQD IRR ISK JMD \
JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU \
MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB \
RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SSP SRD STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD \
TZS UAH UGX USD USN UYI UYU UZS VED VES VND VUV WST XAF XCD XDR XOF XPF YER ZAR ZMW ZWL";

const ZERO_DECIMALS: &[&str] = &[
    "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND",
    "VUV", "XAF", "XOF", "XPF",
];
const THREE_DECIMALS: &[&str] = &["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"];
const FOUR_DECIMALS: &[&str] = &["CLF"];

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    #[error("`{0}` is not a known ISO 4217 currency code")]
    UnknownCurrency(String),
    #[error("`{0}` is not a decimal amount")]
    InvalidAmount(String),
    #[error("amount has more decimal places than {currency} allows ({allowed})")]
    TooPrecise { currency: Currency, allowed: u32 },
    #[error("amount is too large to store")]
    TooLarge,
}

impl MoneyError {
    pub fn violation(&self) -> Violation {
        match self {
            MoneyError::UnknownCurrency(v) => Violation::UnknownCurrency { value: v.clone() },
            MoneyError::InvalidAmount(v) => Violation::InvalidFormat {
                value: v.clone(),
                expected: "decimal amount".into(),
            },
            MoneyError::TooPrecise { currency, allowed } => Violation::TooPrecise {
                currency: currency.to_string(),
                allowed: *allowed,
            },
            MoneyError::TooLarge => Violation::TooLarge,
        }
    }
}

/// An ISO 4217 currency code, checked against the active list.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency([u8; 3]);

impl Currency {
    pub const CNY: Currency = Currency(*b"CNY");
    pub const USD: Currency = Currency(*b"USD");
    pub const EUR: Currency = Currency(*b"EUR");

    pub fn parse(code: &str) -> Result<Currency, MoneyError> {
        let upper = code.trim().to_ascii_uppercase();
        if upper.len() == 3 && CODES.split_ascii_whitespace().any(|c| c == upper) {
            let b = upper.as_bytes();
            Ok(Currency([b[0], b[1], b[2]]))
        } else {
            Err(MoneyError::UnknownCurrency(code.to_owned()))
        }
    }

    pub fn code(&self) -> &str {
        // Only ever built from ASCII codes.
        std::str::from_utf8(&self.0).unwrap_or("XXX")
    }

    /// Digits after the decimal point in this currency's minor unit.
    pub fn minor_digits(&self) -> u32 {
        let code = self.code();
        if ZERO_DECIMALS.contains(&code) {
            0
        } else if THREE_DECIMALS.contains(&code) {
            3
        } else if FOUR_DECIMALS.contains(&code) {
            4
        } else {
            2
        }
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Debug for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Currency({})", self.code())
    }
}

impl FromStr for Currency {
    type Err = MoneyError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Currency::parse(s)
    }
}

impl Serialize for Currency {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Currency::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// An exact amount of money in one currency.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Money {
    /// Decimal amount, serialised as a string ("10000000000.00") so no JSON reader turns it into a float.
    #[serde(with = "rust_decimal::serde::str")]
    #[schema(value_type = String, example = "10000000000.00")]
    pub amount: Decimal,
    /// ISO 4217 code.
    #[schema(value_type = String, example = "CNY")]
    pub currency: Currency,
}

impl Money {
    /// Builds an amount, refusing more precision than the currency's minor unit.
    pub fn new(amount: Decimal, currency: Currency) -> Result<Money, MoneyError> {
        let allowed = currency.minor_digits();
        let normalized = amount.normalize();
        if normalized.scale() > allowed {
            return Err(MoneyError::TooPrecise { currency, allowed });
        }
        let money = Money {
            amount: normalized,
            currency,
        };
        money.minor_units_checked().ok_or(MoneyError::TooLarge)?;
        Ok(money)
    }

    pub fn parse(amount: &str, currency: &str) -> Result<Money, MoneyError> {
        let currency = Currency::parse(currency)?;
        let cleaned: String = amount
            .trim()
            .chars()
            .filter(|c| *c != ',' && *c != '_')
            .collect();
        let amount = Decimal::from_str(&cleaned)
            .map_err(|_| MoneyError::InvalidAmount(amount.to_owned()))?;
        Money::new(amount, currency)
    }

    pub fn zero(currency: Currency) -> Money {
        Money {
            amount: Decimal::ZERO,
            currency,
        }
    }

    fn minor_units_checked(&self) -> Option<i64> {
        let factor = Decimal::from(10i64.pow(self.currency.minor_digits()));
        let scaled = self.amount.checked_mul(factor)?;
        i64::try_from(scaled.trunc()).ok()
    }

    /// The amount in minor units (fen, cents): how the store keeps it.
    pub fn minor_units(&self) -> i64 {
        self.minor_units_checked().expect("checked at construction")
    }

    pub fn from_minor_units(units: i64, currency: Currency) -> Money {
        let amount = Decimal::from_i128_with_scale(units as i128, currency.minor_digits());
        Money {
            amount: amount.normalize(),
            currency,
        }
    }

    pub fn is_negative(&self) -> bool {
        self.amount.is_sign_negative() && !self.amount.is_zero()
    }

    /// Sum of two amounts in the same currency; `None` on a currency mismatch.
    pub fn checked_add(self, other: Money) -> Option<Money> {
        (self.currency == other.currency).then(|| Money {
            amount: self.amount + other.amount,
            currency: self.currency,
        })
    }

    /// Validates an amount that must be zero or more, naming `field` on failure.
    pub fn non_negative(self) -> Result<Money, ValidationErrors> {
        if self.is_negative() {
            Err(ValidationErrors::single("amount", Violation::Negative))
        } else {
            Ok(self)
        }
    }

    /// Grouped digits with the currency's minor unit, e.g. `10,000,000,000.00 CNY`.
    pub fn formatted(&self) -> String {
        format!(
            "{} {}",
            group_digits(&self.amount, self.currency.minor_digits()),
            self.currency
        )
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.formatted())
    }
}

/// Formats a decimal with thousands separators and exactly `digits` decimals.
pub fn group_digits(amount: &Decimal, digits: u32) -> String {
    let rounded = amount.round_dp(digits);
    let text = format!("{:.*}", digits as usize, rounded.abs());
    let (int, frac) = text
        .split_once('.')
        .map_or((text.as_str(), ""), |(i, f)| (i, f));
    let mut out = String::new();
    if rounded.is_sign_negative() && !rounded.is_zero() {
        out.push('-');
    }
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_known_currency_case_insensitively() {
        assert_eq!(Currency::parse("cny").unwrap(), Currency::CNY);
        assert!(matches!(
            Currency::parse("XYZ"),
            Err(MoneyError::UnknownCurrency(_))
        ));
        assert!(
            Currency::parse("BYR").is_err(),
            "withdrawn codes are refused"
        );
    }

    #[test]
    fn refuses_more_precision_than_the_minor_unit() {
        assert!(Money::parse("1.005", "CNY").is_err());
        assert!(Money::parse("1.005", "KWD").is_ok());
        assert!(Money::parse("1.5", "JPY").is_err());
    }

    #[test]
    fn ten_billion_yuan_round_trips_through_minor_units() {
        let m = Money::parse("10,000,000,000", "CNY").unwrap();
        assert_eq!(m.minor_units(), 1_000_000_000_000);
        assert_eq!(Money::from_minor_units(m.minor_units(), m.currency), m);
        assert_eq!(m.formatted(), "10,000,000,000.00 CNY");
    }

    #[test]
    fn rejects_amounts_beyond_storage() {
        assert!(matches!(
            Money::parse("1e30", "CNY"),
            Err(MoneyError::InvalidAmount(_))
        ));
        assert_eq!(
            Money::parse("99999999999999999999", "CNY"),
            Err(MoneyError::TooLarge)
        );
    }

    #[test]
    fn serialises_amount_as_string() {
        let m = Money::parse("12.5", "USD").unwrap();
        assert_eq!(
            serde_json::to_string(&m).unwrap(),
            r#"{"amount":"12.5","currency":"USD"}"#
        );
    }

    #[test]
    fn negative_formatting() {
        assert_eq!(
            group_digits(&Decimal::new(-123456789, 2), 2),
            "-1,234,567.89"
        );
    }

    proptest! {
        #[test]
        fn minor_units_round_trip(units in -1_000_000_000_000_000i64..1_000_000_000_000_000i64) {
            let m = Money::from_minor_units(units, Currency::CNY);
            prop_assert_eq!(Money::new(m.amount, m.currency).unwrap().minor_units(), units);
        }

        #[test]
        fn sum_in_minor_units_is_exact(a in 0i64..1_000_000_000_000, b in 0i64..1_000_000_000_000) {
            let x = Money::from_minor_units(a, Currency::USD);
            let y = Money::from_minor_units(b, Currency::USD);
            prop_assert_eq!(x.checked_add(y).unwrap().minor_units(), a + b);
        }
    }
}
