//! The JSON API under `/api/v1`, described by the OpenAPI document at `/api/openapi.json`.

use axum::extract::{FromRequest, Path, Query, Request, State};
use axum::http::StatusCode;
use axum::http::header::CONTENT_TYPE;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::{Json, Router};
use pactum_core::*;
use pactum_store::audit::AuditEntry;
use pactum_store::{AgreementDetail, AgreementListItem, Page, PageRequest, ProjectDetail};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use utoipa::OpenApi;

use crate::AppState;
use crate::context::Ctx;
use crate::error::{AppError, ErrorBody};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/openapi.json", get(openapi))
        .route(
            "/api/v1/agreements",
            get(list_agreements).post(create_agreement),
        )
        .route("/api/v1/agreements/{id}", get(get_agreement))
        .route("/api/v1/projects", post(create_project))
        .route("/api/v1/projects/{id}", get(get_project))
        .route("/api/v1/transactions", post(create_transaction))
        .route("/api/v1/audit/{entity}/{id}", get(audit_trail))
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Pactum API",
        description = "Cooperation agreements from signing to fulfilment: agreements, parties, obligations, projects and their money. Money amounts are decimal strings with an ISO 4217 currency; dates are `YYYY`, `YYYY-MM` or `YYYY-MM-DD` at the precision known.",
        version = "1"
    ),
    paths(
        list_agreements,
        get_agreement,
        create_agreement,
        get_project,
        create_project,
        create_transaction,
        audit_trail
    ),
    components(schemas(ErrorBody, Created))
)]
pub struct ApiDoc;

async fn openapi() -> impl IntoResponse {
    Json(ApiDoc::openapi())
}

/// The OpenAPI document as pretty JSON, for `pactum openapi` and client generators.
pub fn openapi_json() -> String {
    ApiDoc::openapi().to_pretty_json().unwrap_or_default()
}

/// A JSON body whose errors name the field: 400 for malformed JSON (with line and column),
/// 422 for well-formed JSON that does not fit (with the path of the offending field).
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let is_json = req
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/json"));
        if !is_json {
            return Err(AppError::BadRequest(
                "expected a JSON body (Content-Type: application/json)".into(),
            ));
        }
        let bytes = axum::body::Bytes::from_request(req, state)
            .await
            .map_err(|e| AppError::BadRequest(format!("cannot read the request body: {e}")))?;
        let mut de = serde_json::Deserializer::from_slice(&bytes);
        match serde_path_to_error::deserialize::<_, T>(&mut de) {
            Ok(value) => Ok(ApiJson(value)),
            Err(err) => {
                let path = err.path().to_string();
                let inner = err.into_inner();
                if inner.is_syntax() || inner.is_eof() {
                    return Err(AppError::BadRequest(format!("malformed JSON: {inner}")));
                }
                let field = if path == "." { String::new() } else { path };
                let message = inner.to_string();
                let message = message
                    .split(" at line ")
                    .next()
                    .unwrap_or(&message)
                    .to_owned();
                Err(AppError::Invalid(ValidationErrors::single(
                    field,
                    Violation::Other(message),
                )))
            }
        }
    }
}

/// The id of a record just created.
#[derive(Serialize, Deserialize, utoipa::ToSchema)]
pub struct Created {
    pub id: i64,
}

fn parse_id(raw: &str, what: &str) -> Result<i64, AppError> {
    raw.parse()
        .map_err(|_| AppError::NotFound(format!("{what} {raw}")))
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// At most this many items (1–100, default 25).
    limit: Option<u32>,
    /// Return agreements with an id greater than this (use `next_after` of the previous page).
    after: Option<i64>,
    /// Text to look for in titles (English or Chinese).
    q: Option<String>,
}

/// List agreements, a page at a time.
#[utoipa::path(get, path = "/api/v1/agreements", params(ListParams),
    responses((status = 200, description = "One page of agreements", body = Page<AgreementListItem>), (status = 400, description = "The request is malformed (bad query or JSON syntax)", body = ErrorBody)))]
async fn list_agreements(
    State(app): State<AppState>,
    ctx: Ctx,
    params: Result<Query<ListParams>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<Page<AgreementListItem>>, AppError> {
    let Query(params) = params.map_err(|e| AppError::BadRequest(e.body_text()))?;
    ctx.authorize(Action::Read, &[])?;
    let request = PageRequest {
        limit: params.limit.unwrap_or(0),
        after: params.after,
        q: params.q,
    };
    Ok(Json(app.store.list_agreements(&request).await?))
}

/// One agreement with its parties, signatories, obligations, projects and money.
#[utoipa::path(get, path = "/api/v1/agreements/{id}", params(("id" = i64, Path)),
    responses((status = 200, description = "The agreement", body = AgreementDetail), (status = 404, description = "No such record", body = ErrorBody)))]
async fn get_agreement(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(raw): Path<String>,
) -> Result<Json<AgreementDetail>, AppError> {
    let id = parse_id(&raw, "agreement")?;
    let detail = app
        .store
        .agreement_detail(AgreementId(id))
        .await?
        .ok_or_else(|| AppError::NotFound(format!("agreement {id}")))?;
    ctx.authorize(Action::Read, &detail.party_ids())?;
    Ok(Json(detail))
}

/// Record an agreement. Parties must exist; obligations and signatories refer to parties.
#[utoipa::path(post, path = "/api/v1/agreements", request_body = NewAgreement,
    responses((status = 201, description = "Created; the body holds the new id", body = Created), (status = 400, description = "The request is malformed (bad query or JSON syntax)", body = ErrorBody), (status = 422, description = "The input is invalid; `fields` names each problem", body = ErrorBody)))]
async fn create_agreement(
    State(app): State<AppState>,
    ctx: Ctx,
    ApiJson(new): ApiJson<NewAgreement>,
) -> Result<(StatusCode, Json<Created>), AppError> {
    let parties: Vec<OrganisationId> = new.parties.iter().map(|p| p.organisation).collect();
    ctx.authorize(Action::Edit, &parties)?;
    let id = app.store.create_agreement(&ctx.principal, new).await?;
    Ok((StatusCode::CREATED, Json(Created { id: id.0 })))
}

/// One project with its transactions, milestones, indicators and documents.
#[utoipa::path(get, path = "/api/v1/projects/{id}", params(("id" = i64, Path)),
    responses((status = 200, description = "The project", body = ProjectDetail), (status = 404, description = "No such record", body = ErrorBody)))]
async fn get_project(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(raw): Path<String>,
) -> Result<Json<ProjectDetail>, AppError> {
    let id = parse_id(&raw, "project")?;
    let detail = app
        .store
        .project_detail(ProjectId(id))
        .await?
        .ok_or_else(|| AppError::NotFound(format!("project {id}")))?;
    ctx.authorize(Action::Read, &detail.party_ids())?;
    Ok(Json(detail))
}

/// Record a project under an agreement.
#[utoipa::path(post, path = "/api/v1/projects", request_body = NewProject,
    responses((status = 201, description = "Created; the body holds the new id", body = Created), (status = 422, description = "The input is invalid; `fields` names each problem", body = ErrorBody)))]
async fn create_project(
    State(app): State<AppState>,
    ctx: Ctx,
    ApiJson(new): ApiJson<NewProject>,
) -> Result<(StatusCode, Json<Created>), AppError> {
    let parties = app.store.agreement_party_ids(new.agreement).await?;
    ctx.authorize(Action::Edit, &parties)?;
    let id = app.store.create_project(&ctx.principal, new).await?;
    Ok((StatusCode::CREATED, Json(Created { id: id.0 })))
}

/// Record a transaction on a project; its date must fall inside the agreement's period.
#[utoipa::path(post, path = "/api/v1/transactions", request_body = NewTransaction,
    responses((status = 201, description = "Created; the body holds the new id", body = Created), (status = 422, description = "The input is invalid; `fields` names each problem", body = ErrorBody)))]
async fn create_transaction(
    State(app): State<AppState>,
    ctx: Ctx,
    ApiJson(new): ApiJson<NewTransaction>,
) -> Result<(StatusCode, Json<Created>), AppError> {
    let parties = app.store.project_party_ids(new.project).await?;
    ctx.authorize(Action::ReportProgress, &parties)?;
    let id = app.store.add_transaction(&ctx.principal, new).await?;
    Ok((StatusCode::CREATED, Json(Created { id: id.0 })))
}

/// The audit trail of one record, oldest first.
#[utoipa::path(get, path = "/api/v1/audit/{entity}/{id}",
    params(("entity" = String, Path, description = "agreement, obligation, project, transaction, milestone, indicator, document, organisation, person"), ("id" = i64, Path)),
    responses((status = 200, description = "Audit entries, oldest first", body = Vec<Object>), (status = 403, description = "The caller may not read the audit trail", body = ErrorBody)))]
async fn audit_trail(
    State(app): State<AppState>,
    ctx: Ctx,
    Path((entity, raw)): Path<(String, String)>,
) -> Result<Json<Vec<AuditEntry>>, AppError> {
    ctx.authorize(Action::ReadAudit, &[])?;
    let id = parse_id(&raw, &entity)?;
    Ok(Json(app.store.audit_trail(&entity, id).await?))
}
