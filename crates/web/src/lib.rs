//! Pactum's web edge: HTML pages, the JSON API under `/api/v1`, and `/api/openapi.json`.
//!
//! Every request passes through two layers before a handler sees it: [`auth`] attaches the acting
//! [`pactum_core::Principal`], and [`context::Ctx`] resolves the interface language. Handlers ask
//! one authorization question (`ctx.authorize(action, parties)`) and talk to the store; they hold
//! no SQL and no domain rules. Errors are mapped to responses in one place ([`error`]): JSON with
//! a machine-readable code and field list for the API, an HTML page for people.

pub mod api;
pub mod auth;
pub mod context;
pub mod draft;
pub mod error;
pub mod format;
pub mod forms;
pub mod i18n;
pub mod pages;

use std::net::SocketAddr;

use axum::Router;
use axum::middleware;
use axum::response::Redirect;
use axum::routing::get;
use pactum_store::Store;

/// What every handler shares.
#[derive(Clone)]
pub struct AppState {
    pub store: Store,
}

/// The whole application: pages, API, static assets.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/", get(|| async { Redirect::to("/agreements") }))
        .merge(draft::routes())
        .merge(pages::routes())
        .merge(api::routes())
        .route("/static/app.css", get(pages::stylesheet))
        .fallback(pages::not_found)
        .layer(middleware::from_fn(context::remember_language))
        .layer(middleware::from_fn(auth::attach_principal))
        .with_state(state)
}

/// Why the server could not start, phrased for the operator.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error(
        "cannot listen on {addr}: address already in use (is another Pactum running? choose another with --addr)"
    )]
    AddrInUse { addr: SocketAddr },
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("server stopped with an error: {0}")]
    Io(#[from] std::io::Error),
}

/// Binds `addr` and serves until Ctrl-C. `on_ready` runs once the socket is bound.
pub async fn serve(
    store: Store,
    addr: SocketAddr,
    on_ready: impl FnOnce(SocketAddr),
) -> Result<(), ServeError> {
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|source| match source.kind() {
            std::io::ErrorKind::AddrInUse => ServeError::AddrInUse { addr },
            _ => ServeError::Bind { addr, source },
        })?;
    on_ready(listener.local_addr()?);
    axum::serve(listener, router(AppState { store }))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
    Ok(())
}
