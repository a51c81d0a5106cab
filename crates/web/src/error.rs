//! The one place errors become responses.

use askama::Template;
use axum::Json;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use pactum_core::{Lang, ValidationErrors};
use pactum_store::StoreError;
use serde::Serialize;

use crate::i18n::Tr;

/// What went wrong, independent of whether a person or a program asked.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("{0} not found")]
    NotFound(String),
    #[error("you are not allowed to do this")]
    Forbidden,
    #[error("invalid input: {0}")]
    Invalid(ValidationErrors),
    #[error("{0}")]
    BadRequest(String),
    #[error("internal error; the server log has the details")]
    Internal,
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Invalid(errors) => AppError::Invalid(errors),
            StoreError::NotFound { entity, id } => AppError::NotFound(format!("{entity} {id}")),
            other => {
                tracing::error!(error = %other, "store error");
                AppError::Internal
            }
        }
    }
}

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound(_) => StatusCode::NOT_FOUND,
            AppError::Forbidden => StatusCode::FORBIDDEN,
            AppError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// Stable machine-readable code for API clients.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::NotFound(_) => "not_found",
            AppError::Forbidden => "forbidden",
            AppError::Invalid(_) => "validation_failed",
            AppError::BadRequest(_) => "bad_request",
            AppError::Internal => "internal",
        }
    }

    pub fn page(self, lang: Lang) -> PageError {
        PageError { error: self, lang }
    }
}

/// One field's problem in an API error body.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct FieldError {
    /// Path of the field, e.g. `obligations[0].amount.currency`.
    pub field: String,
    /// Machine-readable kind of problem, e.g. `required`, `unknown_currency`.
    pub code: String,
    pub message: String,
}

/// Body of every API error response.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    /// `not_found`, `forbidden`, `validation_failed`, `bad_request` or `internal`.
    pub error: String,
    pub message: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldError>,
}

pub fn field_errors(errors: &ValidationErrors) -> Vec<FieldError> {
    errors
        .0
        .iter()
        .map(|e| {
            let code = serde_json::to_value(&e.violation)
                .ok()
                .and_then(|v| v.get("code").and_then(|c| c.as_str()).map(str::to_owned))
                .unwrap_or_else(|| "invalid".into());
            FieldError {
                field: e.field.clone(),
                code,
                message: e.violation.to_string(),
            }
        })
        .collect()
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let fields = match &self {
            AppError::Invalid(errors) => field_errors(errors),
            _ => Vec::new(),
        };
        let body = ErrorBody {
            error: self.code().into(),
            message: self.to_string(),
            fields,
        };
        (self.status(), Json(body)).into_response()
    }
}

/// An error shown to a person, in their language.
#[derive(Debug)]
pub struct PageError {
    pub error: AppError,
    pub lang: Lang,
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    t: Tr,
    status: u16,
    message: String,
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let t = Tr(self.lang);
        let message = match &self.error {
            AppError::NotFound(what) => format!("{} ({what})", t.s("error.not_found")),
            AppError::Forbidden => t.s("error.forbidden").to_owned(),
            AppError::Internal => t.s("error.internal").to_owned(),
            other => other.to_string(),
        };
        let status = self.error.status();
        let page = ErrorPage {
            t,
            status: status.as_u16(),
            message,
        };
        match page.render() {
            Ok(html) => (status, Html(html)).into_response(),
            Err(_) => (status, self.error.to_string()).into_response(),
        }
    }
}
