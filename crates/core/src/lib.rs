//! Pactum's domain model: the vocabulary every other crate speaks.
//!
//! This crate owns the types (agreements, parties, obligations, projects, transactions,
//! milestones, indicators, documents, exchange rates), the value objects they are made of
//! ([`Money`], [`PartialDate`], [`Period`]) and the invariants between them. It performs no I/O
//! and never reads the clock: "today" is always a parameter, so every rule is a pure function
//! that a unit test can pin down.
//!
//! Invariants are checked when a draft is turned into a valid value (`validate`), and violations
//! come back as [`ValidationErrors`], each naming the field it concerns, so the web layer can put
//! the message next to the right input and the API can return it as a machine-readable list.

pub mod access;
pub mod date;
pub mod error;
pub mod ids;
pub mod model;
pub mod money;
pub mod text;

pub use access::{Action, Principal, Role};
pub use date::{PartialDate, Period, Precision};
pub use error::{ValidationError, ValidationErrors, Violation};
pub use ids::*;
pub use model::*;
pub use money::{Currency, Money, MoneyError};
pub use text::{Lang, Name};
