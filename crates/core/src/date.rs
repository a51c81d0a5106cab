//! Civil dates with their precision, and periods.
//!
//! A press release may say "July 2016" or just "2016"; recording that as 2016-01-01 would
//! invent a fact. [`PartialDate`] keeps the precision the source supports, and comparisons use
//! the earliest or latest day it can mean, whichever is the honest reading.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use time::{Date, Month};

use crate::error::{ValidationErrors, Violation};

/// How much of a date is known.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A civil date known to the day, month or year: `2016-07-08`, `2016-07` or `2016`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PartialDate {
    year: i32,
    month: Option<Month>,
    day: Option<u8>,
}

impl PartialDate {
    pub fn day(date: Date) -> PartialDate {
        PartialDate {
            year: date.year(),
            month: Some(date.month()),
            day: Some(date.day()),
        }
    }

    pub fn ymd(year: i32, month: u8, day: u8) -> Result<PartialDate, ValidationErrors> {
        let m = month_of(month, &format!("{year}-{month:02}-{day:02}"))?;
        Date::from_calendar_date(year, m, day)
            .map(PartialDate::day)
            .map_err(|_| invalid(&format!("{year}-{month:02}-{day:02}")))
    }

    pub fn month(year: i32, month: u8) -> Result<PartialDate, ValidationErrors> {
        check_year(year, &year.to_string())?;
        let m = month_of(month, &format!("{year}-{month:02}"))?;
        Ok(PartialDate {
            year,
            month: Some(m),
            day: None,
        })
    }

    pub fn year(year: i32) -> Result<PartialDate, ValidationErrors> {
        check_year(year, &year.to_string())?;
        Ok(PartialDate {
            year,
            month: None,
            day: None,
        })
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Result<PartialDate, ValidationErrors> {
        let t = text.trim();
        let parts: Vec<&str> = t.split('-').collect();
        let num = |s: &str, len: usize| -> Result<i64, ValidationErrors> {
            if s.len() == len && s.bytes().all(|b| b.is_ascii_digit()) {
                Ok(s.parse().unwrap_or(0))
            } else {
                Err(invalid(t))
            }
        };
        match parts.as_slice() {
            [y] => PartialDate::year(num(y, 4)? as i32),
            [y, m] => PartialDate::month(num(y, 4)? as i32, num(m, 2)? as u8),
            [y, m, d] => PartialDate::ymd(num(y, 4)? as i32, num(m, 2)? as u8, num(d, 2)? as u8),
            _ => Err(invalid(t)),
        }
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    pub fn year_value(&self) -> i32 {
        self.year
    }

    /// The earliest day this date can mean.
    pub fn first_day(&self) -> Date {
        let m = self.month.unwrap_or(Month::January);
        Date::from_calendar_date(self.year, m, self.day.unwrap_or(1)).expect("validated")
    }

    /// The latest day this date can mean.
    pub fn last_day(&self) -> Date {
        let m = self.month.unwrap_or(Month::December);
        let d = self.day.unwrap_or_else(|| m.length(self.year));
        Date::from_calendar_date(self.year, m, d).expect("validated")
    }

    /// True when every day this date can mean lies strictly before `today`.
    pub fn is_past(&self, today: Date) -> bool {
        self.last_day() < today
    }
}

fn invalid(text: &str) -> ValidationErrors {
    ValidationErrors::single(
        "",
        Violation::InvalidFormat {
            value: text.to_owned(),
            expected: "date (YYYY, YYYY-MM or YYYY-MM-DD)".into(),
        },
    )
}

fn check_year(year: i32, text: &str) -> Result<(), ValidationErrors> {
    if (1900..=2200).contains(&year) {
        Ok(())
    } else {
        Err(invalid(text))
    }
}

fn month_of(month: u8, text: &str) -> Result<Month, ValidationErrors> {
    Month::try_from(month).map_err(|_| invalid(text))
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{:02}", m as u8)?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl FromStr for PartialDate {
    type Err = ValidationErrors;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        PartialDate::parse(s)
    }
}

impl Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        PartialDate::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// A span of time from `start` to `end` (inclusive), optionally named after a plan period.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Period {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    #[schema(value_type = String, example = "2016")]
    pub start: PartialDate,
    #[schema(value_type = String, example = "2020")]
    pub end: PartialDate,
    /// A plan-period label such as "13th Five-Year Plan", kept as the source names it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

impl Period {
    /// Builds a period, refusing one that ends before it starts.
    pub fn new(
        start: PartialDate,
        end: PartialDate,
        label: Option<String>,
    ) -> Result<Period, ValidationErrors> {
        if end.last_day() < start.first_day() {
            return Err(ValidationErrors::single(
                "end",
                Violation::EndBeforeStart {
                    start: start.to_string(),
                    end: end.to_string(),
                },
            ));
        }
        let label = label.map(|l| l.trim().to_owned()).filter(|l| !l.is_empty());
        Ok(Period { start, end, label })
    }

    /// China's Nth Five-Year Plan. The 1st ran 1953–1957 and the 2nd 1958–1962; after the
    /// 1963–1965 adjustment years the 3rd began in 1966, so the 13th is 2016–2020.
    pub fn five_year_plan(n: u32) -> Result<Period, ValidationErrors> {
        if !(1..=40).contains(&n) {
            return Err(ValidationErrors::single(
                "",
                Violation::OutOfRange {
                    min: "1".into(),
                    max: "40".into(),
                },
            ));
        }
        let start = match n {
            1 => 1953,
            2 => 1958,
            _ => 1966 + 5 * (n as i32 - 3),
        };
        Period::new(
            PartialDate::year(start)?,
            PartialDate::year(start + 4)?,
            Some(format!("{} Five-Year Plan", ordinal(n))),
        )
    }

    pub fn contains(&self, date: Date) -> bool {
        self.start.first_day() <= date && date <= self.end.last_day()
    }

    /// Fraction of the period elapsed at `today`, clamped to 0..=1, for "time gone" gauges.
    pub fn elapsed_share(&self, today: Date) -> f64 {
        let start = self.start.first_day();
        let end = self.end.last_day();
        let total = (end - start).whole_days() + 1;
        let gone = (today - start).whole_days() + 1;
        (gone as f64 / total as f64).clamp(0.0, 1.0)
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}–{}", self.start, self.end)
    }
}

/// English ordinal: 1st, 2nd, 3rd, 11th, 13th, 21st.
pub fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use time::macros::date;

    #[test]
    fn keeps_precision() {
        assert_eq!(
            PartialDate::parse("2016-07-08").unwrap().precision(),
            Precision::Day
        );
        assert_eq!(
            PartialDate::parse("2016-07").unwrap().precision(),
            Precision::Month
        );
        assert_eq!(
            PartialDate::parse("2016").unwrap().precision(),
            Precision::Year
        );
        assert_eq!(
            PartialDate::parse("2016-07").unwrap().to_string(),
            "2016-07"
        );
    }

    #[test]
    fn rejects_impossible_dates() {
        for bad in [
            "2016-02-30",
            "2016-13",
            "16-07-08",
            "2016-7-8",
            "",
            "abcd",
            "2016-07-08-01",
        ] {
            assert!(PartialDate::parse(bad).is_err(), "{bad} accepted");
        }
        assert!(PartialDate::parse("2016-02-29").is_ok());
    }

    #[test]
    fn month_spans_its_days() {
        let d = PartialDate::parse("2016-02").unwrap();
        assert_eq!(d.first_day(), date!(2016 - 02 - 01));
        assert_eq!(d.last_day(), date!(2016 - 02 - 29));
    }

    #[test]
    fn thirteenth_five_year_plan_is_2016_to_2020() {
        let p = Period::five_year_plan(13).unwrap();
        assert_eq!(p.to_string(), "2016–2020");
        assert_eq!(p.label.as_deref(), Some("13th Five-Year Plan"));
        assert_eq!(Period::five_year_plan(14).unwrap().start.year_value(), 2021);
        assert_eq!(Period::five_year_plan(1).unwrap().start.year_value(), 1953);
        assert_eq!(Period::five_year_plan(3).unwrap().start.year_value(), 1966);
    }

    #[test]
    fn end_before_start_names_the_end() {
        let err = Period::new(
            PartialDate::parse("2020").unwrap(),
            PartialDate::parse("2016").unwrap(),
            None,
        )
        .unwrap_err();
        assert_eq!(err.0[0].field, "end");
        assert!(matches!(
            err.0[0].violation,
            Violation::EndBeforeStart { .. }
        ));
    }

    #[test]
    fn same_year_month_and_year_is_not_end_before_start() {
        let p = Period::new(
            PartialDate::parse("2016").unwrap(),
            PartialDate::parse("2016-03").unwrap(),
            None,
        );
        assert!(p.is_ok());
    }

    #[test]
    fn elapsed_share_is_clamped() {
        let p = Period::five_year_plan(13).unwrap();
        assert_eq!(p.elapsed_share(date!(2010 - 01 - 01)), 0.0);
        assert_eq!(p.elapsed_share(date!(2026 - 01 - 01)), 1.0);
        assert!((p.elapsed_share(date!(2018 - 07 - 01)) - 0.5).abs() < 0.01);
    }

    #[test]
    fn ordinals() {
        assert_eq!(ordinal(11), "11th");
        assert_eq!(ordinal(13), "13th");
        assert_eq!(ordinal(21), "21st");
        assert_eq!(ordinal(22), "22nd");
    }

    proptest! {
        #[test]
        fn display_parse_round_trip(y in 1900i32..2200, m in 1u8..=12, d in 1u8..=28, p in 0u8..3) {
            let date = match p {
                0 => PartialDate::year(y).unwrap(),
                1 => PartialDate::month(y, m).unwrap(),
                _ => PartialDate::ymd(y, m, d).unwrap(),
            };
            prop_assert_eq!(PartialDate::parse(&date.to_string()).unwrap(), date);
            prop_assert!(date.first_day() <= date.last_day());
        }

        #[test]
        fn parse_never_panics(s in "\\PC{0,20}") {
            let _ = PartialDate::parse(&s);
        }
    }
}
