//! Read models: what pages and the API show, assembled by the store in a bounded number of queries.

use pactum_core::*;
use serde::{Deserialize, Serialize};

use crate::documents::DocumentView;

/// One page of a keyset-paginated list: ask for the next page with `after = next_after`.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize, utoipa::ToSchema)]
pub struct PageRequest {
    /// At most this many items (1..=100; 0 means 25).
    #[serde(default)]
    pub limit: u32,
    /// Return items with an id greater than this.
    #[serde(default)]
    pub after: Option<i64>,
    /// Case-insensitive text to look for in titles.
    #[serde(default)]
    pub q: Option<String>,
}

impl PageRequest {
    pub fn effective_limit(&self) -> i64 {
        match self.limit {
            0 => 25,
            n => n.min(100) as i64,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// Pass as `after` to get the next page; absent on the last page.
    pub next_after: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct PartyName {
    pub organisation: OrganisationId,
    pub name: Name,
    pub role: PartyRole,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct AgreementListItem {
    pub id: AgreementId,
    pub title: Name,
    pub kind: AgreementKind,
    pub status: AgreementStatus,
    #[schema(value_type = Option<String>)]
    pub signed_on: Option<PartialDate>,
    pub place: Name,
    pub parties: Vec<PartyName>,
    /// Money promised in obligations, one total per currency.
    pub committed: Vec<Money>,
    pub project_count: i64,
    pub illustrative: bool,
}

/// Money recorded against an agreement or project, one total per currency and kind.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, utoipa::ToSchema)]
pub struct MoneyTotals {
    pub committed: Vec<Money>,
    pub disbursed: Vec<Money>,
    pub expended: Vec<Money>,
    pub incoming_funds: Vec<Money>,
    /// Commitment transactions recorded on projects (distinct from obligations' promises).
    pub commitment_transactions: Vec<Money>,
}

impl MoneyTotals {
    /// Disbursed as a share of committed, where both are in one and the same currency.
    pub fn disbursed_share(&self) -> Option<f64> {
        let [committed] = self.committed.as_slice() else {
            return None;
        };
        let disbursed = match self.disbursed.as_slice() {
            [] => 0,
            [d] if d.currency == committed.currency => d.minor_units(),
            _ => return None,
        };
        let c = committed.minor_units();
        (c > 0).then(|| disbursed as f64 / c as f64)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, utoipa::ToSchema)]
pub struct ProjectListItem {
    pub id: ProjectId,
    pub code: Option<String>,
    pub title: Name,
    pub sector: Name,
    pub division: Name,
    pub status: ProjectStatus,
    pub budget: Option<Money>,
    pub disbursed: Vec<Money>,
    pub illustrative: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, utoipa::ToSchema)]
pub struct AgreementDetail {
    pub agreement: Agreement,
    pub parties: Vec<Party>,
    pub signatories: Vec<Signatory>,
    pub obligations: Vec<Obligation>,
    pub projects: Vec<ProjectListItem>,
    pub money: MoneyTotals,
}

impl AgreementDetail {
    pub fn party_ids(&self) -> Vec<OrganisationId> {
        self.parties.iter().map(|p| p.organisation.id).collect()
    }

    pub fn organisation(&self, id: OrganisationId) -> Option<&Organisation> {
        self.parties
            .iter()
            .map(|p| &p.organisation)
            .find(|o| o.id == id)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct AgreementRef {
    pub id: AgreementId,
    pub title: Name,
    pub illustrative: bool,
    pub parties: Vec<OrganisationId>,
}

#[derive(Clone, Debug, PartialEq, Serialize, utoipa::ToSchema)]
pub struct ProjectDetail {
    pub project: Project,
    pub agreement: AgreementRef,
    /// Every organisation the project's records refer to (implementer, providers, receivers).
    pub organisations: Vec<Organisation>,
    pub transactions: Vec<Transaction>,
    pub milestones: Vec<Milestone>,
    pub indicators: Vec<Indicator>,
    pub documents: Vec<DocumentView>,
    pub money: MoneyTotals,
}

impl ProjectDetail {
    pub fn organisation(&self, id: OrganisationId) -> Option<&Organisation> {
        self.organisations.iter().find(|o| o.id == id)
    }

    /// The organisations whose data this project is: its agreement's parties and implementer.
    pub fn party_ids(&self) -> Vec<OrganisationId> {
        let mut ids = self.agreement.parties.clone();
        ids.extend(self.project.implementer);
        ids
    }
}

/// A party to be: an organisation already on record, or one to create with the agreement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum OrganisationRef {
    Existing(OrganisationId),
    New(NewOrganisation),
}

/// Where a record came from, kept in the audit trail beside its creation: for an agreement drafted
/// from a press release, what the extractor proposed before a person corrected and confirmed it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Provenance {
    /// Audit action, e.g. `drafted_from_press_release`.
    pub action: String,
    /// What produced the proposal, e.g. `pactum-extract 0.1.0`.
    pub source: String,
    pub proposed: serde_json::Value,
}
