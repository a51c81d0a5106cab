//! The records Pactum keeps, and the rules each one obeys on its own.
//!
//! `New*` types are what a person or an import proposes; their `validate` returns the same value
//! or every violation found, each naming its field. Read types carry their ids. Cross-record rules
//! that need context (a transaction must fall inside its agreement's period) take that context as
//! a parameter, so they stay pure.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use time::Date;

use crate::date::{PartialDate, Period};
use crate::error::{ValidationErrors, Violation};
use crate::ids::*;
use crate::money::Money;
use crate::text::Name;

/// Enums stored as stable snake_case strings, in the database and the API alike.
macro_rules! string_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $text:literal),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
        pub enum $name { $($(#[$vdoc])* #[serde(rename = $text)] $variant),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),* }
            }

            pub fn parse(text: &str) -> Result<$name, ValidationErrors> {
                match text {
                    $($text => Ok($name::$variant),)*
                    other => Err(ValidationErrors::single("", Violation::InvalidFormat {
                        value: other.to_owned(),
                        expected: concat!(stringify!($name), " (", $($text, " "),* , ")").into(),
                    })),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

string_enum!(
    /// What sort of body an organisation is.
    OrganisationKind {
        Government = "government",
        GovernmentAgency = "government_agency",
        StateOwnedEnterprise = "state_owned_enterprise",
        PrivateEnterprise = "private_enterprise",
        Bank = "bank",
        Multilateral = "multilateral",
        Ngo = "ngo",
        Academic = "academic",
        Other = "other",
    }
);

string_enum!(
    /// The legal weight of an agreement, from the loosest to the firmest.
    AgreementKind {
        Framework = "framework",
        StrategicCooperation = "strategic_cooperation",
        Mou = "mou",
        Investment = "investment",
        Contract = "contract",
        Other = "other",
    }
);

string_enum!(
    AgreementStatus {
        Draft = "draft",
        Signed = "signed",
        InForce = "in_force",
        Completed = "completed",
        Terminated = "terminated",
    }
);

string_enum!(
    /// The part a party plays in an agreement.
    PartyRole {
        Government = "government",
        Investor = "investor",
        Implementer = "implementer",
        Funder = "funder",
        Partner = "partner",
        Beneficiary = "beneficiary",
    }
);

string_enum!(
    /// Recorded state of an obligation. "Overdue" is not stored: it is derived from the due date.
    ObligationStatus {
        Pending = "pending",
        InProgress = "in_progress",
        Fulfilled = "fulfilled",
        Waived = "waived",
    }
);

string_enum!(
    /// Follows IATI's ActivityStatus codelist so exports need no guesswork.
    ProjectStatus {
        Pipeline = "pipeline",
        Implementation = "implementation",
        Finalisation = "finalisation",
        Closed = "closed",
        Cancelled = "cancelled",
        Suspended = "suspended",
    }
);

string_enum!(
    /// Money movements, as IATI's TransactionType names them.
    TransactionKind {
        IncomingFunds = "incoming_funds",
        Commitment = "commitment",
        Disbursement = "disbursement",
        Expenditure = "expenditure",
    }
);

string_enum!(
    /// Whether more of an indicator is better.
    Direction {
        Increase = "increase",
        Decrease = "decrease",
    }
);

string_enum!(
    /// Which record a document belongs to.
    DocumentOwner {
        Agreement = "agreement",
        Project = "project",
    }
);

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Organisation {
    pub id: OrganisationId,
    pub name: Name,
    pub kind: OrganisationKind,
    /// An external identifier (IATI organisation identifier, unified social credit code).
    pub identifier: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct NewOrganisation {
    pub name: Name,
    pub kind: OrganisationKind,
    #[serde(default)]
    pub identifier: Option<String>,
}

impl NewOrganisation {
    pub fn validate(mut self) -> Result<Self, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        self.name = self.name.normalized();
        if self.name.is_empty() {
            errors.push("name", Violation::Required);
        }
        self.identifier = self
            .identifier
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty());
        errors.into_result(self)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Person {
    pub id: PersonId,
    pub name: Name,
}

/// A party as proposed: an existing organisation and its role.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct NewParty {
    pub organisation: OrganisationId,
    pub role: PartyRole,
}

/// A signatory as proposed: the person (created if new), their title, and the party they sign for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct NewSignatory {
    pub name: Name,
    #[serde(default)]
    pub title: Name,
    pub organisation: OrganisationId,
}

/// One promise of one party: money ("invest 10 billion yuan") or not ("policy guidance").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct NewObligation {
    pub party: OrganisationId,
    pub description: Name,
    #[serde(default)]
    pub amount: Option<Money>,
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub due: Option<PartialDate>,
    #[serde(default = "pending")]
    pub status: ObligationStatus,
    #[serde(default)]
    pub evidence: Option<String>,
}

fn pending() -> ObligationStatus {
    ObligationStatus::Pending
}

/// An agreement as proposed by a person, an import or the extractor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct NewAgreement {
    pub title: Name,
    pub kind: AgreementKind,
    pub status: AgreementStatus,
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub signed_on: Option<PartialDate>,
    #[serde(default)]
    pub place: Name,
    #[serde(default)]
    pub period: Option<Period>,
    pub parties: Vec<NewParty>,
    #[serde(default)]
    pub signatories: Vec<NewSignatory>,
    #[serde(default)]
    pub focus_areas: Vec<Name>,
    #[serde(default)]
    pub sectors: Vec<Name>,
    #[serde(default)]
    pub obligations: Vec<NewObligation>,
    #[serde(default)]
    pub source_text: Option<String>,
    #[serde(default)]
    pub source_url: Option<String>,
    /// True for records made up for a demo; shown as such wherever they appear.
    #[serde(default)]
    pub illustrative: bool,
}

impl NewAgreement {
    /// Checks the agreement's own invariants; returns it trimmed, or every violation by field.
    pub fn validate(mut self) -> Result<Self, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        self.title = self.title.normalized();
        if self.title.is_empty() {
            errors.push("title", Violation::Required);
        }
        self.place = self.place.normalized();
        if self.parties.is_empty() {
            errors.push("parties", Violation::Required);
        }
        let party_ids: Vec<OrganisationId> = self.parties.iter().map(|p| p.organisation).collect();
        for (i, p) in self.parties.iter().enumerate() {
            if party_ids[..i].contains(&p.organisation) {
                errors.push(format!("parties[{i}].organisation"), Violation::Duplicate);
            }
        }
        let not_party = |org: OrganisationId| Violation::NotAParty {
            organisation: org.to_string(),
        };
        for (i, s) in self.signatories.iter_mut().enumerate() {
            s.name = std::mem::take(&mut s.name).normalized();
            s.title = std::mem::take(&mut s.title).normalized();
            if s.name.is_empty() {
                errors.push(format!("signatories[{i}].name"), Violation::Required);
            }
            if !party_ids.contains(&s.organisation) {
                errors.push(
                    format!("signatories[{i}].organisation"),
                    not_party(s.organisation),
                );
            }
        }
        for (i, o) in self.obligations.iter_mut().enumerate() {
            o.description = std::mem::take(&mut o.description).normalized();
            if o.description.is_empty() {
                errors.push(format!("obligations[{i}].description"), Violation::Required);
            }
            if !party_ids.contains(&o.party) {
                errors.push(format!("obligations[{i}].party"), not_party(o.party));
            }
            if o.amount.is_some_and(|m| m.is_negative()) {
                errors.push(format!("obligations[{i}].amount"), Violation::Negative);
            }
        }
        if let Some(period) = &self.period {
            errors.check(
                "period",
                Period::new(period.start, period.end, period.label.clone()),
            );
        }
        for list in [&mut self.focus_areas, &mut self.sectors] {
            *list = std::mem::take(list)
                .into_iter()
                .map(Name::normalized)
                .filter(|n| !n.is_empty())
                .collect();
        }
        self.source_url = self
            .source_url
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty());
        if let Some(url) = &self.source_url
            && !(url.starts_with("http://") || url.starts_with("https://"))
        {
            errors.push(
                "source_url",
                Violation::InvalidFormat {
                    value: url.clone(),
                    expected: "http(s) URL".into(),
                },
            );
        }
        errors.into_result(self)
    }
}

/// An agreement as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Agreement {
    pub id: AgreementId,
    pub title: Name,
    pub kind: AgreementKind,
    pub status: AgreementStatus,
    #[schema(value_type = Option<String>)]
    pub signed_on: Option<PartialDate>,
    pub place: Name,
    pub period: Option<Period>,
    pub focus_areas: Vec<Name>,
    pub sectors: Vec<Name>,
    pub source_text: Option<String>,
    pub source_url: Option<String>,
    pub illustrative: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Party {
    pub organisation: Organisation,
    pub role: PartyRole,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Signatory {
    pub person: Person,
    pub title: Name,
    pub organisation: OrganisationId,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Obligation {
    pub id: ObligationId,
    pub agreement: AgreementId,
    pub party: OrganisationId,
    pub description: Name,
    pub amount: Option<Money>,
    #[schema(value_type = Option<String>)]
    pub due: Option<PartialDate>,
    pub status: ObligationStatus,
    pub evidence: Option<String>,
}

/// Where an obligation stands on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ObligationState {
    Fulfilled,
    Waived,
    /// Its due date has passed and it is not fulfilled.
    Overdue,
    /// Due within the next 90 days and not yet started.
    AtRisk,
    Open,
}

impl Obligation {
    pub fn state(&self, today: Date) -> ObligationState {
        match self.status {
            ObligationStatus::Fulfilled => ObligationState::Fulfilled,
            ObligationStatus::Waived => ObligationState::Waived,
            _ => match self.due {
                Some(due) if due.is_past(today) => ObligationState::Overdue,
                Some(due)
                    if self.status == ObligationStatus::Pending
                        && (due.last_day() - today).whole_days() <= 90 =>
                {
                    ObligationState::AtRisk
                }
                _ => ObligationState::Open,
            },
        }
    }
}

/// A place: an administrative division (GB/T 2260 code for China) and/or coordinates.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default, utoipa::ToSchema)]
pub struct Location {
    #[serde(default)]
    pub division_code: Option<String>,
    #[serde(default)]
    pub division_name: Name,
    #[serde(default)]
    pub latitude: Option<f64>,
    #[serde(default)]
    pub longitude: Option<f64>,
}

impl Location {
    fn validate(mut self) -> Result<Self, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        self.division_name = self.division_name.normalized();
        self.division_code = self
            .division_code
            .map(|c| c.trim().to_owned())
            .filter(|c| !c.is_empty());
        if let Some(code) = &self.division_code
            && !(code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit()))
        {
            errors.push(
                "division_code",
                Violation::InvalidFormat {
                    value: code.clone(),
                    expected: "six-digit administrative division code (GB/T 2260)".into(),
                },
            );
        }
        let range = |min: f64, max: f64| Violation::OutOfRange {
            min: min.to_string(),
            max: max.to_string(),
        };
        if self.latitude.is_some_and(|v| !(-90.0..=90.0).contains(&v)) {
            errors.push("latitude", range(-90.0, 90.0));
        }
        if self
            .longitude
            .is_some_and(|v| !(-180.0..=180.0).contains(&v))
        {
            errors.push("longitude", range(-180.0, 180.0));
        }
        if self.latitude.is_some() != self.longitude.is_some() {
            let missing = if self.latitude.is_none() {
                "latitude"
            } else {
                "longitude"
            };
            errors.push(missing, Violation::Required);
        }
        errors.into_result(self)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct NewProject {
    pub agreement: AgreementId,
    #[serde(default)]
    pub code: Option<String>,
    pub title: Name,
    #[serde(default)]
    pub description: Name,
    #[serde(default)]
    pub sector: Name,
    #[serde(default)]
    pub location: Location,
    #[serde(default)]
    pub implementer: Option<OrganisationId>,
    #[serde(default)]
    pub budget: Option<Money>,
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub planned_start: Option<PartialDate>,
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub planned_end: Option<PartialDate>,
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub actual_start: Option<PartialDate>,
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub actual_end: Option<PartialDate>,
    pub status: ProjectStatus,
    #[serde(default)]
    pub illustrative: bool,
}

impl NewProject {
    pub fn validate(mut self) -> Result<Self, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        self.title = self.title.normalized();
        self.description = self.description.normalized();
        self.sector = self.sector.normalized();
        self.code = self
            .code
            .map(|c| c.trim().to_owned())
            .filter(|c| !c.is_empty());
        if self.title.is_empty() {
            errors.push("title", Violation::Required);
        }
        if self.budget.is_some_and(|b| b.is_negative()) {
            errors.push("budget", Violation::Negative);
        }
        for (start, end, field) in [
            (self.planned_start, self.planned_end, "planned_end"),
            (self.actual_start, self.actual_end, "actual_end"),
        ] {
            if let (Some(s), Some(e)) = (start, end)
                && e.last_day() < s.first_day()
            {
                errors.push(
                    field,
                    Violation::EndBeforeStart {
                        start: s.to_string(),
                        end: e.to_string(),
                    },
                );
            }
        }
        if let Some(location) =
            errors.check("location", std::mem::take(&mut self.location).validate())
        {
            self.location = location;
        }
        errors.into_result(self)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Project {
    pub id: ProjectId,
    pub agreement: AgreementId,
    pub code: Option<String>,
    pub title: Name,
    pub description: Name,
    pub sector: Name,
    pub location: Location,
    pub implementer: Option<OrganisationId>,
    pub budget: Option<Money>,
    #[schema(value_type = Option<String>)]
    pub planned_start: Option<PartialDate>,
    #[schema(value_type = Option<String>)]
    pub planned_end: Option<PartialDate>,
    #[schema(value_type = Option<String>)]
    pub actual_start: Option<PartialDate>,
    #[schema(value_type = Option<String>)]
    pub actual_end: Option<PartialDate>,
    pub status: ProjectStatus,
    pub illustrative: bool,
}

/// A money movement on a project. Dated to the day: money moves on a day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct NewTransaction {
    pub project: ProjectId,
    pub kind: TransactionKind,
    #[serde(with = "crate::model::day")]
    #[schema(value_type = String, format = Date)]
    pub date: Date,
    pub value: Money,
    #[serde(default)]
    pub provider: Option<OrganisationId>,
    #[serde(default)]
    pub receiver: Option<OrganisationId>,
    #[serde(default)]
    pub description: Option<String>,
}

impl NewTransaction {
    /// Checks the transaction against its agreement's period, when the agreement has one.
    pub fn validate(mut self, agreement_period: Option<&Period>) -> Result<Self, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        if self.value.is_negative() {
            errors.push("value", Violation::Negative);
        }
        if let Some(period) = agreement_period
            && !period.contains(self.date)
        {
            errors.push(
                "date",
                Violation::OutsideAgreementPeriod {
                    date: day::format(self.date),
                    period: period.to_string(),
                },
            );
        }
        self.description = self
            .description
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty());
        errors.into_result(self)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Transaction {
    pub id: TransactionId,
    pub project: ProjectId,
    pub kind: TransactionKind,
    #[serde(with = "crate::model::day")]
    #[schema(value_type = String, format = Date)]
    pub date: Date,
    pub value: Money,
    pub provider: Option<OrganisationId>,
    pub receiver: Option<OrganisationId>,
    pub description: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct NewMilestone {
    pub project: ProjectId,
    pub title: Name,
    #[schema(value_type = String)]
    pub due: PartialDate,
    #[serde(default, with = "crate::model::day_opt")]
    #[schema(value_type = Option<String>, format = Date)]
    pub achieved_on: Option<Date>,
}

impl NewMilestone {
    pub fn validate(mut self) -> Result<Self, ValidationErrors> {
        self.title = self.title.normalized();
        if self.title.is_empty() {
            return Err(ValidationErrors::single("title", Violation::Required));
        }
        Ok(self)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Milestone {
    pub id: MilestoneId,
    pub project: ProjectId,
    pub title: Name,
    #[schema(value_type = String)]
    pub due: PartialDate,
    #[serde(with = "crate::model::day_opt")]
    #[schema(value_type = Option<String>, format = Date)]
    pub achieved_on: Option<Date>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MilestoneState {
    AchievedOnTime,
    AchievedLate,
    Overdue,
    Upcoming,
}

impl Milestone {
    pub fn state(&self, today: Date) -> MilestoneState {
        match self.achieved_on {
            Some(day) if day <= self.due.last_day() => MilestoneState::AchievedOnTime,
            Some(_) => MilestoneState::AchievedLate,
            None if self.due.is_past(today) => MilestoneState::Overdue,
            None => MilestoneState::Upcoming,
        }
    }
}

/// Target and actual of an indicator for one year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct IndicatorValue {
    pub year: i32,
    #[serde(default, with = "rust_decimal::serde::str_option")]
    #[schema(value_type = Option<String>)]
    pub target: Option<Decimal>,
    #[serde(default, with = "rust_decimal::serde::str_option")]
    #[schema(value_type = Option<String>)]
    pub actual: Option<Decimal>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct NewIndicator {
    pub project: ProjectId,
    pub title: Name,
    pub unit: Name,
    pub direction: Direction,
    #[serde(default)]
    pub baseline_year: Option<i32>,
    #[serde(default, with = "rust_decimal::serde::str_option")]
    #[schema(value_type = Option<String>)]
    pub baseline: Option<Decimal>,
    #[serde(default)]
    pub values: Vec<IndicatorValue>,
}

impl NewIndicator {
    pub fn validate(mut self) -> Result<Self, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        self.title = self.title.normalized();
        self.unit = self.unit.normalized();
        if self.title.is_empty() {
            errors.push("title", Violation::Required);
        }
        if self.baseline.is_some() != self.baseline_year.is_some() {
            let missing = if self.baseline.is_none() {
                "baseline"
            } else {
                "baseline_year"
            };
            errors.push(missing, Violation::Required);
        }
        let mut years: Vec<i32> = Vec::new();
        for (i, v) in self.values.iter().enumerate() {
            if years.contains(&v.year) {
                errors.push(format!("values[{i}].year"), Violation::Duplicate);
            }
            years.push(v.year);
        }
        self.values.sort_by_key(|v| v.year);
        errors.into_result(self)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Indicator {
    pub id: IndicatorId,
    pub project: ProjectId,
    pub title: Name,
    pub unit: Name,
    pub direction: Direction,
    pub baseline_year: Option<i32>,
    #[serde(with = "rust_decimal::serde::str_option")]
    #[schema(value_type = Option<String>)]
    pub baseline: Option<Decimal>,
    pub values: Vec<IndicatorValue>,
}

impl Indicator {
    /// Share of the way from baseline to the last target reached by the latest actual (0..=1+).
    pub fn progress(&self) -> Option<Decimal> {
        let target = self.values.iter().rev().find_map(|v| v.target)?;
        let actual = self.values.iter().rev().find_map(|v| v.actual)?;
        let base = self.baseline.unwrap_or(Decimal::ZERO);
        let span = target - base;
        if span.is_zero() {
            return None;
        }
        let share = (actual - base) / span;
        Some(share.max(Decimal::ZERO).round_dp(4))
    }
}

/// A stored file, addressed by the SHA-256 of its content so the same file is kept once.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Document {
    pub id: DocumentId,
    pub owner: DocumentOwner,
    pub owner_id: i64,
    pub title: String,
    pub media_type: String,
    pub sha256: String,
    pub size_bytes: i64,
}

/// How many units of `quote` one unit of `base` buys on `date`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ExchangeRate {
    #[schema(value_type = String)]
    pub base: crate::money::Currency,
    #[schema(value_type = String)]
    pub quote: crate::money::Currency,
    #[serde(with = "crate::model::day")]
    #[schema(value_type = String, format = Date)]
    pub date: Date,
    #[serde(with = "rust_decimal::serde::str")]
    #[schema(value_type = String)]
    pub rate: Decimal,
}

impl ExchangeRate {
    pub fn validate(self) -> Result<Self, ValidationErrors> {
        if self.rate <= Decimal::ZERO {
            return Err(ValidationErrors::single(
                "rate",
                Violation::OutOfRange {
                    min: "> 0".into(),
                    max: "any".into(),
                },
            ));
        }
        Ok(self)
    }
}

/// Converts `money` into `to` using the latest rate on or before `on`; `None` without a rate.
pub fn convert(
    money: Money,
    to: crate::money::Currency,
    on: Date,
    rates: &[ExchangeRate],
) -> Option<Money> {
    if money.currency == to {
        return Some(money);
    }
    let best = rates
        .iter()
        .filter(|r| r.date <= on)
        .filter_map(|r| {
            if r.base == money.currency && r.quote == to {
                Some((r.date, r.rate))
            } else if r.base == to && r.quote == money.currency {
                Some((r.date, Decimal::ONE / r.rate))
            } else {
                None
            }
        })
        .max_by_key(|(date, _)| *date)?;
    let amount = (money.amount * best.1).round_dp(to.minor_digits());
    Money::new(amount, to).ok()
}

/// Serde for day-precision dates as `YYYY-MM-DD`.
pub mod day {
    use serde::{Deserialize, Deserializer, Serializer};
    use time::Date;
    use time::macros::format_description;

    pub fn format(date: Date) -> String {
        date.format(format_description!("[year]-[month]-[day]"))
            .unwrap_or_default()
    }

    pub fn parse(text: &str) -> Result<Date, time::error::Parse> {
        Date::parse(text.trim(), format_description!("[year]-[month]-[day]"))
    }

    pub fn serialize<S: Serializer>(date: &Date, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format(*date))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let text = String::deserialize(d)?;
        parse(&text)
            .map_err(|_| serde::de::Error::custom(format!("`{text}` is not a date (YYYY-MM-DD)")))
    }
}

/// Serde for optional day-precision dates.
pub mod day_opt {
    use serde::{Deserialize, Deserializer, Serializer};
    use time::Date;

    pub fn serialize<S: Serializer>(date: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(d) => s.serialize_str(&super::day::format(*d)),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
        match Option::<String>::deserialize(d)? {
            None => Ok(None),
            Some(text) => super::day::parse(&text).map(Some).map_err(|_| {
                serde::de::Error::custom(format!("`{text}` is not a date (YYYY-MM-DD)"))
            }),
        }
    }
}

#[cfg(test)]
mod tests;
