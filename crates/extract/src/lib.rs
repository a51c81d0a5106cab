//! Rule-based extraction of cooperation agreements from press releases.
//!
//! The extractor reads English, machine-translated English and simplified Chinese press
//! releases and proposes the fields of an agreement (title, kind, parties, signatories, date,
//! place, committed amounts, period, focus areas) together with the byte spans that support
//! them. It is pure: no I/O, no network, no model. See `README.md` for how it decides.
//!
//! ```
//! let x = pactum_extract::extract(
//!     "On 8 July 2016 in Xining, the Qinghai provincial government and China Telecom \
//!      signed a cooperation framework agreement. China Telecom will invest 10 billion yuan.",
//! );
//! assert_eq!(x.date.as_deref(), Some("2016-07-08"));
//! assert_eq!(x.amounts[0].value, 10_000_000_000.0);
//! ```

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

mod agreement;
mod amounts;
mod dates;
pub mod eval;
mod focus;
mod input;
mod lexicon;
mod orgs;
mod people;
mod period;
mod place;
mod text;

pub use input::{InputError, decode_input};

/// Kind of agreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AgreementType {
    #[serde(rename = "framework agreement")]
    Framework,
    #[serde(rename = "strategic cooperation agreement")]
    StrategicCooperation,
    #[serde(rename = "memorandum of understanding")]
    MemorandumOfUnderstanding,
    #[serde(rename = "investment agreement")]
    Investment,
    #[serde(rename = "other")]
    Other,
}

impl AgreementType {
    /// The label as it appears in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            AgreementType::Framework => "framework agreement",
            AgreementType::StrategicCooperation => "strategic cooperation agreement",
            AgreementType::MemorandumOfUnderstanding => "memorandum of understanding",
            AgreementType::Investment => "investment agreement",
            AgreementType::Other => "other",
        }
    }
}

impl fmt::Display for AgreementType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A person who signed the agreement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Signatory {
    pub name: String,
    pub title: Option<String>,
    pub party: Option<String>,
}

/// Money committed under the agreement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Amount {
    /// Value in base units of `currency` (10 billion yuan = 10000000000).
    #[serde(serialize_with = "ser_value")]
    pub value: f64,
    /// ISO 4217 code.
    pub currency: String,
    /// The amount as written.
    pub text: String,
    /// The party that commits the money, if the text says.
    pub committed_by: Option<String>,
}

fn ser_value<S: serde::Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        s.serialize_i64(*v as i64)
    } else {
        s.serialize_f64(*v)
    }
}

/// Years covered by the agreement.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub start: Option<i32>,
    pub end: Option<i32>,
    pub text: Option<String>,
}

impl Period {
    pub fn is_empty(&self) -> bool {
        self.start.is_none() && self.end.is_none()
    }
}

/// Everything the extractor proposes for one article. Serialises with exactly the keys
/// `title, agreement_type, parties, signatories, date, place, amounts, period, focus_areas,
/// evidence`, in that order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    pub title: Option<String>,
    pub agreement_type: Option<AgreementType>,
    pub parties: Vec<String>,
    pub signatories: Vec<Signatory>,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub date: Option<String>,
    pub place: Option<String>,
    pub amounts: Vec<Amount>,
    pub period: Period,
    pub focus_areas: Vec<String>,
    /// field name -> `[start_byte, end_byte)` spans into the input text.
    pub evidence: BTreeMap<String, Vec<[usize; 2]>>,
}

/// Extract the agreement fields from an article. Never panics; returns empty fields when
/// nothing is found.
pub fn extract(text: &str) -> Extraction {
    let doc = text::Doc::new(text);
    let mut ev = Evidence::default();

    let dates = dates::extract(&doc);
    let orgs = orgs::find(&doc);
    let sigs = people::signatories(&doc, &orgs);
    let parties = orgs::parties(&doc, &orgs, &sigs, &mut ev);
    let signatories = people::finish(&sigs, &parties, &mut ev);
    let (title, agreement_type) = agreement::extract(&doc, &mut ev);
    let date = dates.signing.as_ref().map(|d| {
        ev.add("date", d.span);
        d.value.clone()
    });
    let place = place::extract(&doc, &orgs, &mut ev);
    let amounts = amounts::extract(&doc, &orgs, &parties, &mut ev);
    let period = period::extract(&doc, dates.signing_year(), &mut ev);
    let focus_areas = focus::extract(&doc, title.as_deref(), &mut ev);

    Extraction {
        title,
        agreement_type,
        parties,
        signatories,
        date,
        place,
        amounts,
        period,
        focus_areas,
        evidence: ev.finish(text),
    }
}

/// Collects evidence spans while fields are decided.
#[derive(Default)]
pub(crate) struct Evidence {
    map: BTreeMap<String, Vec<[usize; 2]>>,
}

impl Evidence {
    pub(crate) fn add(&mut self, field: &str, span: (usize, usize)) {
        let v = self.map.entry(field.to_string()).or_default();
        let s = [span.0, span.1];
        if !v.contains(&s) {
            v.push(s);
        }
    }

    fn finish(mut self, text: &str) -> BTreeMap<String, Vec<[usize; 2]>> {
        for spans in self.map.values_mut() {
            spans.retain(|[a, b]| {
                a <= b && *b <= text.len() && text.is_char_boundary(*a) && text.is_char_boundary(*b)
            });
            spans.sort_unstable();
        }
        self.map.retain(|_, v| !v.is_empty());
        self.map
    }
}

impl fmt::Display for Extraction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let or_dash = |o: Option<&str>| o.unwrap_or("—").to_string();
        writeln!(f, "Title:       {}", or_dash(self.title.as_deref()))?;
        writeln!(
            f,
            "Type:        {}",
            or_dash(self.agreement_type.map(|t| t.as_str()))
        )?;
        if self.parties.is_empty() {
            writeln!(f, "Parties:     —")?;
        } else {
            writeln!(f, "Parties:")?;
            for p in &self.parties {
                writeln!(f, "  - {p}")?;
            }
        }
        if self.signatories.is_empty() {
            writeln!(f, "Signatories: —")?;
        } else {
            writeln!(f, "Signatories:")?;
            for s in &self.signatories {
                write!(f, "  - {}", s.name)?;
                if let Some(t) = &s.title {
                    write!(f, ", {t}")?;
                }
                if let Some(p) = &s.party {
                    write!(f, " (for {p})")?;
                }
                writeln!(f)?;
            }
        }
        writeln!(f, "Date:        {}", or_dash(self.date.as_deref()))?;
        writeln!(f, "Place:       {}", or_dash(self.place.as_deref()))?;
        if self.amounts.is_empty() {
            writeln!(f, "Amounts:     —")?;
        } else {
            writeln!(f, "Amounts:")?;
            for a in &self.amounts {
                write!(
                    f,
                    "  - {} {} (\"{}\")",
                    format_value(a.value),
                    a.currency,
                    a.text
                )?;
                if let Some(c) = &a.committed_by {
                    write!(f, " by {c}")?;
                }
                writeln!(f)?;
            }
        }
        let p = &self.period;
        if p.is_empty() {
            writeln!(f, "Period:      —")?;
        } else {
            let y = |v: Option<i32>| v.map_or_else(|| "?".to_string(), |v| v.to_string());
            write!(f, "Period:      {}–{}", y(p.start), y(p.end))?;
            if let Some(t) = &p.text {
                write!(f, " (\"{t}\")")?;
            }
            writeln!(f)?;
        }
        if self.focus_areas.is_empty() {
            write!(f, "Focus areas: —")?;
        } else {
            write!(f, "Focus areas: {}", self.focus_areas.join("; "))?;
        }
        Ok(())
    }
}

/// `10000000000` -> `10,000,000,000`.
fn format_value(v: f64) -> String {
    if v.fract() != 0.0 || !v.is_finite() || v.abs() >= 1e18 {
        return format!("{v}");
    }
    let digits = format!("{}", v.abs() as u64);
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if v < 0.0 { format!("-{out}") } else { out }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_keys_in_order() {
        let x = extract("");
        let s = serde_json::to_string(&x).unwrap();
        let keys = [
            "\"title\"",
            "\"agreement_type\"",
            "\"parties\"",
            "\"signatories\"",
            "\"date\"",
            "\"place\"",
            "\"amounts\"",
            "\"period\"",
            "\"focus_areas\"",
            "\"evidence\"",
        ];
        let mut last = 0;
        for k in keys {
            let at = s.find(k).unwrap_or_else(|| panic!("{k} missing in {s}"));
            assert!(at >= last, "{k} out of order in {s}");
            last = at;
        }
    }

    #[test]
    fn value_serialises_as_integer() {
        let a = Amount {
            value: 1e10,
            currency: "CNY".into(),
            text: "10 billion yuan".into(),
            committed_by: None,
        };
        let s = serde_json::to_string(&a).unwrap();
        assert!(s.contains("\"value\":10000000000,"), "{s}");
        let back: Amount = serde_json::from_str(&s).unwrap();
        assert_eq!(back.value, 1e10);
    }

    #[test]
    fn display_is_multiline() {
        let x = extract(
            "On 8 July 2016 in Xining, the Qinghai provincial government and China Telecom \
             signed a cooperation framework agreement. China Telecom will invest 10 billion yuan.",
        );
        let s = x.to_string();
        assert!(s.lines().count() >= 9, "{s}");
        assert!(s.contains("10,000,000,000 CNY"), "{s}");
    }
}
