//! Typed identifiers, so an agreement id can never be passed where a project id is expected.

use serde::{Deserialize, Serialize};

macro_rules! ids {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, utoipa::ToSchema)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    )*};
}

ids!(
    /// An organisation: a government, an enterprise, a bank.
    OrganisationId,
    /// A natural person, such as a signatory.
    PersonId,
    /// A cooperation agreement.
    AgreementId,
    /// One promise one party made in an agreement.
    ObligationId,
    /// A project that carries out (part of) an agreement.
    ProjectId,
    /// A money movement recorded against a project.
    TransactionId,
    /// A dated step of a project.
    MilestoneId,
    /// A measured result of a project.
    IndicatorId,
    /// A stored document (content-addressed).
    DocumentId,
    /// A user account.
    UserId,
);
