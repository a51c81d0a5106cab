//! Who is acting, and the one decision of whether they may.
//!
//! Every request and command carries a [`Principal`]; the web layer asks [`Principal::may`] once
//! per request, and the store writes the principal into each audit record. Keeping the rule here
//! means the policy is a pure function with a table-driven test, not scattered `if`s.

use serde::{Deserialize, Serialize};

use crate::ids::{OrganisationId, UserId};

/// What a principal may do, from PRODUCT.md's table of users.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Manages accounts and everything else.
    Admin,
    /// Government programme office: records and edits agreements and projects.
    ProgrammeOfficer,
    /// Enterprise project office: reports progress on its own organisation's agreements only.
    Reporter,
    /// Reads everything, changes nothing.
    Auditor,
    /// Reads what is published.
    Public,
}

/// The acting user (or the system itself) as recorded in the audit trail.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Principal {
    pub user: Option<UserId>,
    /// Human-readable actor for the audit trail, e.g. a user name or `system:demo`.
    pub actor: String,
    pub role: Role,
    /// For reporters: the organisation whose agreements they may see and report on.
    pub organisation: Option<OrganisationId>,
}

impl Principal {
    /// A process acting on its own behalf (migrations, demo loading, imports from the CLI).
    pub fn system(what: &str) -> Principal {
        Principal {
            user: None,
            actor: format!("system:{what}"),
            role: Role::Admin,
            organisation: None,
        }
    }

    pub fn anonymous() -> Principal {
        Principal {
            user: None,
            actor: "anonymous".into(),
            role: Role::Public,
            organisation: None,
        }
    }

    /// The one authorization decision. `parties` are the organisations a record belongs to
    /// (an agreement's parties; for a project, its agreement's parties and implementer).
    pub fn may(&self, action: Action, parties: &[OrganisationId]) -> bool {
        let own = || self.organisation.is_some_and(|org| parties.contains(&org));
        match (self.role, action) {
            (Role::Admin, _) => true,
            (Role::ProgrammeOfficer, Action::ManageUsers) => false,
            (Role::ProgrammeOfficer, _) => true,
            (Role::Reporter, Action::Read | Action::ReportProgress) => own(),
            (Role::Reporter, _) => false,
            (Role::Auditor, Action::Read | Action::ReadAudit) => true,
            (Role::Auditor, _) => false,
            (Role::Public, Action::Read) => true,
            (Role::Public, _) => false,
        }
    }
}

/// The kinds of things a principal may ask to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Read,
    /// Create or edit agreements, obligations and projects.
    Edit,
    /// Record transactions, milestones and indicator values.
    ReportProgress,
    ReadAudit,
    ManageUsers,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decision_table() {
        let own = OrganisationId(1);
        let other = OrganisationId(2);
        let reporter = Principal {
            user: Some(UserId(7)),
            actor: "li".into(),
            role: Role::Reporter,
            organisation: Some(own),
        };
        let officer = Principal {
            role: Role::ProgrammeOfficer,
            ..reporter.clone()
        };
        let auditor = Principal {
            role: Role::Auditor,
            ..reporter.clone()
        };
        let public = Principal::anonymous();
        let admin = Principal::system("test");

        use Action::*;
        let cases: &[(&Principal, Action, &[OrganisationId], bool)] = &[
            (&reporter, Read, &[own], true),
            (&reporter, Read, &[other], false),
            (&reporter, ReportProgress, &[own, other], true),
            (&reporter, ReportProgress, &[other], false),
            (&reporter, Edit, &[own], false),
            (&officer, Edit, &[other], true),
            (&officer, ManageUsers, &[], false),
            (&auditor, Read, &[other], true),
            (&auditor, ReadAudit, &[], true),
            (&auditor, Edit, &[own], false),
            (&public, Read, &[other], true),
            (&public, ReportProgress, &[other], false),
            (&public, ReadAudit, &[], false),
            (&admin, ManageUsers, &[], true),
        ];
        for (who, action, parties, expected) in cases {
            assert_eq!(
                who.may(*action, parties),
                *expected,
                "{:?} {action:?} {parties:?}",
                who.role
            );
        }
    }
}
