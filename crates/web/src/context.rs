//! Per-request context: the principal and the interface language.

use axum::extract::{FromRequestParts, Request};
use axum::http::header::{ACCEPT_LANGUAGE, COOKIE, SET_COOKIE};
use axum::http::request::Parts;
use axum::http::{HeaderValue, Uri};
use axum::middleware::Next;
use axum::response::Response;
use pactum_core::{Action, Lang, OrganisationId, Principal};

use crate::error::AppError;

const LANG_COOKIE: &str = "pactum_lang";

/// What a handler needs to know about who is asking and in which language.
#[derive(Clone, Debug)]
pub struct Ctx {
    pub principal: Principal,
    pub lang: Lang,
}

impl Ctx {
    /// The one authorization question a handler asks.
    pub fn authorize(&self, action: Action, parties: &[OrganisationId]) -> Result<(), AppError> {
        if self.principal.may(action, parties) {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }
}

fn query_lang(uri: &Uri) -> Option<Lang> {
    uri.query()?
        .split('&')
        .find_map(|pair| pair.strip_prefix("lang=").and_then(Lang::parse))
}

fn cookie_lang(parts: &Parts) -> Option<Lang> {
    parts
        .headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|c| {
            let (name, value) = c.trim().split_once('=')?;
            (name == LANG_COOKIE).then(|| Lang::parse(value)).flatten()
        })
}

fn header_lang(parts: &Parts) -> Option<Lang> {
    let header = parts.headers.get(ACCEPT_LANGUAGE)?.to_str().ok()?;
    let first = header
        .split(',')
        .next()?
        .split(';')
        .next()?
        .trim()
        .to_ascii_lowercase();
    Some(if first.starts_with("zh") {
        Lang::Zh
    } else {
        Lang::En
    })
}

/// Language: `?lang=` beats the cookie, which beats `Accept-Language`; English otherwise.
pub fn resolve_lang(parts: &Parts) -> Lang {
    query_lang(&parts.uri)
        .or_else(|| cookie_lang(parts))
        .or_else(|| header_lang(parts))
        .unwrap_or_default()
}

impl<S: Send + Sync> FromRequestParts<S> for Ctx {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let principal = parts
            .extensions
            .get::<Principal>()
            .cloned()
            .unwrap_or_else(Principal::anonymous);
        Ok(Ctx {
            principal,
            lang: resolve_lang(parts),
        })
    }
}

/// Remembers a language chosen with `?lang=` in a cookie, so the next page keeps it.
pub async fn remember_language(request: Request, next: Next) -> Response {
    let chosen = query_lang(request.uri());
    let mut response = next.run(request).await;
    if let Some(lang) = chosen
        && let Ok(value) = HeaderValue::from_str(&format!(
            "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
            lang.code()
        ))
    {
        response.headers_mut().append(SET_COOKIE, value);
    }
    response
}
