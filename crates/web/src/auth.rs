//! Who is asking. Until accounts arrive, every request acts as the local operator.
//!
//! This is the single place that turns a request into a [`Principal`]: when sessions and roles
//! land, only this middleware changes; handlers already ask `ctx.authorize(..)` and the store
//! already writes the principal into every audit record. The server binds to 127.0.0.1 by
//! default for this reason.

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use pactum_core::{Principal, Role};

/// The principal every request carries while Pactum has no accounts.
pub fn local_operator() -> Principal {
    Principal {
        user: None,
        actor: "local-operator".into(),
        role: Role::ProgrammeOfficer,
        organisation: None,
    }
}

pub async fn attach_principal(mut request: Request, next: Next) -> Response {
    request.extensions_mut().insert(local_operator());
    next.run(request).await
}
