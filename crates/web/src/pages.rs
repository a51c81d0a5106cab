//! Server-rendered pages. Handlers turn store read models into flat view structs of display
//! strings, so templates stay free of logic beyond loops and conditionals.

use askama::Template;
use askama_web::WebTemplate;
use axum::Router;
use axum::extract::{Form, Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use pactum_core::*;
use pactum_store::{AgreementDetail, OrganisationRef, PageRequest, ProjectDetail};
use serde::Deserialize;

use crate::AppState;
use crate::context::Ctx;
use crate::error::{AppError, PageError};
use crate::format::*;
use crate::forms::{self, non_blank};
use crate::i18n::Tr;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/agreements", get(agreements).post(create_agreement))
        .route("/agreements/new", get(new_agreement))
        .route("/agreements/{id}", get(agreement))
        .route("/projects/{id}", get(project))
}

const STYLESHEET: &str = include_str!("../static/app.css");

pub async fn stylesheet() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        STYLESHEET,
    )
        .into_response()
}

pub async fn not_found(ctx: Ctx) -> PageError {
    AppError::NotFound("page".into()).page(ctx.lang)
}

/// Today, from the system clock: the edge is where the clock is read.
fn today() -> time::Date {
    time::OffsetDateTime::now_utc().date()
}

fn parse_id(raw: &str, what: &str, lang: Lang) -> Result<i64, PageError> {
    raw.parse()
        .map_err(|_| AppError::NotFound(format!("{what} {raw}")).page(lang))
}

struct AgreementRow {
    id: i64,
    title: String,
    kind: String,
    parties: String,
    signed: String,
    committed: String,
    projects: i64,
    illustrative: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "agreements.html")]
struct AgreementsPage {
    t: Tr,
    q: String,
    rows: Vec<AgreementRow>,
    next_href: Option<String>,
}

#[derive(Deserialize)]
pub struct ListQuery {
    q: Option<String>,
    after: Option<i64>,
}

async fn agreements(
    State(app): State<AppState>,
    ctx: Ctx,
    Query(query): Query<ListQuery>,
) -> Result<AgreementsPage, PageError> {
    let lang = ctx.lang;
    ctx.authorize(Action::Read, &[]).map_err(|e| e.page(lang))?;
    let request = PageRequest {
        limit: 50,
        after: query.after,
        q: query.q.clone(),
    };
    let page = app
        .store
        .list_agreements(&request)
        .await
        .map_err(|e| AppError::from(e).page(lang))?;
    let t = Tr(lang);
    let rows = page
        .items
        .iter()
        .map(|a| AgreementRow {
            id: a.id.0,
            title: a.title.get(lang).to_owned(),
            kind: t.enum_value("agreement_kind", a.kind.as_str()),
            parties: a
                .parties
                .iter()
                .map(|p| p.name.get(lang))
                .collect::<Vec<_>>()
                .join(" · "),
            signed: date_opt(&a.signed_on),
            committed: money_list(&a.committed),
            projects: a.project_count,
            illustrative: a.illustrative,
        })
        .collect();
    let q = query.q.unwrap_or_default();
    let next_href = page.next_after.map(|after| {
        let mut href = format!("/agreements?after={after}");
        if !q.is_empty() {
            href.push_str("&q=");
            href.push_str(&urlencode(&q));
        }
        href
    });
    Ok(AgreementsPage {
        t,
        q,
        rows,
        next_href,
    })
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

struct PartyRow {
    name: String,
    role: String,
    kind: String,
}

struct SignatoryRow {
    name: String,
    title: String,
    party: String,
}

struct ObligationRow {
    description: String,
    amount: String,
    due: String,
    state: String,
    state_class: &'static str,
    evidence: Option<String>,
}

struct ObligationGroup {
    party: String,
    rows: Vec<ObligationRow>,
}

struct ProjectRow {
    id: i64,
    code: String,
    title: String,
    sector: String,
    division: String,
    status: String,
    budget: String,
    disbursed: String,
    illustrative: bool,
}

struct HistoryRow {
    at: String,
    actor: String,
    action: String,
    entity: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "agreement.html")]
struct AgreementPage {
    t: Tr,
    a: Agreement,
    title: String,
    kind: String,
    status: String,
    signed: String,
    place: String,
    period: String,
    committed: String,
    disbursed: String,
    expended: String,
    /// (percent text, bar width)
    disbursed_share: Option<(String, String)>,
    time_gone: Option<String>,
    illustrative_money: bool,
    parties: Vec<PartyRow>,
    signatories: Vec<SignatoryRow>,
    obligations: Vec<ObligationGroup>,
    focus_areas: Vec<String>,
    sectors: Vec<String>,
    projects: Vec<ProjectRow>,
    history: Vec<HistoryRow>,
}

fn state_class(state: ObligationState) -> &'static str {
    match state {
        ObligationState::Fulfilled => "ok",
        ObligationState::Waived => "muted",
        ObligationState::Overdue => "bad",
        ObligationState::AtRisk => "warn",
        ObligationState::Open => "neutral",
    }
}

fn obligation_state_key(state: ObligationState) -> &'static str {
    match state {
        ObligationState::Fulfilled => "fulfilled",
        ObligationState::Waived => "waived",
        ObligationState::Overdue => "overdue",
        ObligationState::AtRisk => "at_risk",
        ObligationState::Open => "open",
    }
}

async fn agreement(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(raw): Path<String>,
) -> Result<AgreementPage, PageError> {
    let lang = ctx.lang;
    let id = parse_id(&raw, "agreement", lang)?;
    let detail = app
        .store
        .agreement_detail(AgreementId(id))
        .await
        .map_err(|e| AppError::from(e).page(lang))?
        .ok_or_else(|| AppError::NotFound(format!("agreement {id}")).page(lang))?;
    ctx.authorize(Action::Read, &detail.party_ids())
        .map_err(|e| e.page(lang))?;
    let history = app
        .store
        .audit_trail("agreement", id)
        .await
        .map_err(|e| AppError::from(e).page(lang))?;
    Ok(agreement_page(Tr(lang), detail, history, today()))
}

fn agreement_page(
    t: Tr,
    d: AgreementDetail,
    history: Vec<pactum_store::audit::AuditEntry>,
    today: time::Date,
) -> AgreementPage {
    let lang = t.0;
    let org_name = |id: OrganisationId| {
        d.organisation(id)
            .map(|o| o.name.get(lang).to_owned())
            .unwrap_or_default()
    };
    let a = &d.agreement;
    let period = match &a.period {
        Some(p) => match &p.label {
            Some(label) => format!("{p} ({})", plan_label(label, lang)),
            None => p.to_string(),
        },
        None => "—".into(),
    };
    let share = d.money.disbursed_share();
    let obligations = d
        .parties
        .iter()
        .map(|p| ObligationGroup {
            party: p.organisation.name.get(lang).to_owned(),
            rows: d
                .obligations
                .iter()
                .filter(|o| o.party == p.organisation.id)
                .map(|o| {
                    let state = o.state(today);
                    ObligationRow {
                        description: o.description.get(lang).to_owned(),
                        amount: money_opt(&o.amount),
                        due: date_opt(&o.due),
                        state: t.enum_value("obligation_state", obligation_state_key(state)),
                        state_class: state_class(state),
                        evidence: o.evidence.clone(),
                    }
                })
                .collect(),
        })
        .filter(|g| !g.rows.is_empty())
        .collect();
    AgreementPage {
        title: a.title.get(lang).to_owned(),
        kind: t.enum_value("agreement_kind", a.kind.as_str()),
        status: t.enum_value("agreement_status", a.status.as_str()),
        signed: date_opt(&a.signed_on),
        place: if a.place.is_empty() {
            "—".into()
        } else {
            a.place.get(lang).to_owned()
        },
        period,
        committed: money_list(&d.money.committed),
        disbursed: money_list(&d.money.disbursed),
        expended: money_list(&d.money.expended),
        disbursed_share: share.map(|s| (percent(s), bar_width(s))),
        time_gone: a.period.as_ref().map(|p| percent(p.elapsed_share(today))),
        illustrative_money: d.projects.iter().any(|p| p.illustrative),
        parties: d
            .parties
            .iter()
            .map(|p| PartyRow {
                name: p.organisation.name.get(lang).to_owned(),
                role: t.enum_value("party_role", p.role.as_str()),
                kind: t.enum_value("org_kind", p.organisation.kind.as_str()),
            })
            .collect(),
        signatories: d
            .signatories
            .iter()
            .map(|s| SignatoryRow {
                name: s.person.name.get(lang).to_owned(),
                title: s.title.get(lang).to_owned(),
                party: org_name(s.organisation),
            })
            .collect(),
        obligations,
        focus_areas: a
            .focus_areas
            .iter()
            .map(|f| f.get(lang).to_owned())
            .collect(),
        sectors: a.sectors.iter().map(|s| s.get(lang).to_owned()).collect(),
        projects: d
            .projects
            .iter()
            .map(|p| ProjectRow {
                id: p.id.0,
                code: p.code.clone().unwrap_or_default(),
                title: p.title.get(lang).to_owned(),
                sector: p.sector.get(lang).to_owned(),
                division: p.division.get(lang).to_owned(),
                status: t.enum_value("project_status", p.status.as_str()),
                budget: money_opt(&p.budget),
                disbursed: money_list(&p.disbursed),
                illustrative: p.illustrative,
            })
            .collect(),
        history: history
            .into_iter()
            .map(|h| HistoryRow {
                at: h.at.get(..19).unwrap_or(&h.at).replace('T', " "),
                actor: h.actor,
                action: t.enum_value("audit_action", &h.action),
                entity: h.entity,
            })
            .collect(),
        a: d.agreement.clone(),
        t,
    }
}

struct TransactionRow {
    date: String,
    kind: String,
    amount: String,
    provider: String,
    receiver: String,
    description: String,
}

struct MilestoneRow {
    title: String,
    due: String,
    achieved: String,
    state: String,
    state_class: &'static str,
}

struct IndicatorView {
    title: String,
    unit: String,
    baseline: Option<String>,
    /// (year, target, actual)
    values: Vec<(i32, String, String)>,
    progress: Option<(String, String)>,
}

#[derive(Template, WebTemplate)]
#[template(path = "project.html")]
struct ProjectPage {
    t: Tr,
    d: ProjectDetail,
    title: String,
    agreement_title: String,
    status: String,
    sector: String,
    location: String,
    implementer: String,
    planned: String,
    actual: String,
    budget: String,
    commitments: String,
    disbursed: String,
    expended: String,
    disbursed_share: Option<(String, String)>,
    transactions: Vec<TransactionRow>,
    milestones: Vec<MilestoneRow>,
    indicators: Vec<IndicatorView>,
    documents: Vec<pactum_store::DocumentView>,
}

fn span(start: &Option<PartialDate>, end: &Option<PartialDate>) -> String {
    match (start, end) {
        (None, None) => "—".into(),
        _ => format!("{} – {}", date_opt(start), date_opt(end)),
    }
}

async fn project(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(raw): Path<String>,
) -> Result<ProjectPage, PageError> {
    let lang = ctx.lang;
    let id = parse_id(&raw, "project", lang)?;
    let d = app
        .store
        .project_detail(ProjectId(id))
        .await
        .map_err(|e| AppError::from(e).page(lang))?
        .ok_or_else(|| AppError::NotFound(format!("project {id}")).page(lang))?;
    ctx.authorize(Action::Read, &d.party_ids())
        .map_err(|e| e.page(lang))?;
    Ok(project_page(Tr(lang), d, today()))
}

/// `33.004°N 97.007°E`, with the hemisphere taken from the sign.
fn coordinates(lat: f64, lon: f64) -> String {
    let ns = if lat < 0.0 { 'S' } else { 'N' };
    let ew = if lon < 0.0 { 'W' } else { 'E' };
    format!("{:.3}°{ns} {:.3}°{ew}", lat.abs(), lon.abs())
}

fn project_page(t: Tr, d: ProjectDetail, today: time::Date) -> ProjectPage {
    let lang = t.0;
    let p = &d.project;
    let org = |id: Option<OrganisationId>| {
        id.and_then(|id| d.organisation(id))
            .map(|o| o.name.get(lang).to_owned())
            .unwrap_or_else(|| "—".into())
    };
    let location = {
        let mut parts = Vec::new();
        if !p.location.division_name.is_empty() {
            parts.push(p.location.division_name.get(lang).to_owned());
        }
        if let Some(code) = &p.location.division_code {
            parts.push(format!("({code})"));
        }
        if let (Some(lat), Some(lon)) = (p.location.latitude, p.location.longitude) {
            parts.push(coordinates(lat, lon));
        }
        if parts.is_empty() {
            "—".into()
        } else {
            parts.join(" ")
        }
    };
    let disbursed_share = match (&p.budget, d.money.disbursed.as_slice()) {
        (Some(b), [x]) if b.currency == x.currency && b.minor_units() > 0 => {
            let s = x.minor_units() as f64 / b.minor_units() as f64;
            Some((percent(s), bar_width(s)))
        }
        _ => None,
    };
    let decimal = |v: &Option<rust_decimal::Decimal>| {
        v.map_or_else(|| "—".into(), |v| v.normalize().to_string())
    };
    ProjectPage {
        title: p.title.get(lang).to_owned(),
        agreement_title: d.agreement.title.get(lang).to_owned(),
        status: t.enum_value("project_status", p.status.as_str()),
        sector: if p.sector.is_empty() {
            "—".into()
        } else {
            p.sector.get(lang).to_owned()
        },
        location,
        implementer: org(p.implementer),
        planned: span(&p.planned_start, &p.planned_end),
        actual: span(&p.actual_start, &p.actual_end),
        budget: money_opt(&p.budget),
        commitments: money_list(&d.money.commitment_transactions),
        disbursed: money_list(&d.money.disbursed),
        expended: money_list(&d.money.expended),
        disbursed_share,
        transactions: d
            .transactions
            .iter()
            .map(|tr| TransactionRow {
                date: day(&tr.date),
                kind: t.enum_value("transaction_kind", tr.kind.as_str()),
                amount: tr.value.formatted(),
                provider: org(tr.provider),
                receiver: org(tr.receiver),
                description: tr.description.clone().unwrap_or_default(),
            })
            .collect(),
        milestones: d
            .milestones
            .iter()
            .map(|m| {
                let state = m.state(today);
                let (key, class) = match state {
                    MilestoneState::AchievedOnTime => ("achieved_on_time", "ok"),
                    MilestoneState::AchievedLate => ("achieved_late", "warn"),
                    MilestoneState::Overdue => ("overdue", "bad"),
                    MilestoneState::Upcoming => ("upcoming", "neutral"),
                };
                MilestoneRow {
                    title: m.title.get(lang).to_owned(),
                    due: m.due.to_string(),
                    achieved: day_opt(&m.achieved_on),
                    state: t.enum_value("milestone_state", key),
                    state_class: class,
                }
            })
            .collect(),
        indicators: d
            .indicators
            .iter()
            .map(|i| IndicatorView {
                title: i.title.get(lang).to_owned(),
                unit: i.unit.get(lang).to_owned(),
                baseline: i.baseline.map(|b| {
                    format!(
                        "{} ({})",
                        b.normalize(),
                        i.baseline_year.unwrap_or_default()
                    )
                }),
                values: i
                    .values
                    .iter()
                    .map(|v| (v.year, decimal(&v.target), decimal(&v.actual)))
                    .collect(),
                progress: i.progress().map(|p| {
                    let share: f64 = p.try_into().unwrap_or(0.0);
                    (percent(share), bar_width(share))
                }),
            })
            .collect(),
        documents: d.documents.clone(),
        d,
        t,
    }
}

/// The new-agreement form's fields, kept as typed so they can be shown again with errors.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct AgreementForm {
    #[serde(default)]
    title_en: String,
    #[serde(default)]
    title_zh: String,
    #[serde(flatten)]
    header: forms::HeaderFields,
    #[serde(default)]
    place: String,
    #[serde(default)]
    party_a: String,
    #[serde(default)]
    party_a_role: String,
    #[serde(default)]
    party_b: String,
    #[serde(default)]
    party_b_role: String,
    #[serde(default)]
    amount: String,
    #[serde(default)]
    currency: String,
    #[serde(default)]
    committed_by: String,
    #[serde(default)]
    source_url: String,
    #[serde(default)]
    source_text: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "agreement_form.html")]
struct AgreementFormPage {
    t: Tr,
    f: AgreementForm,
    /// (input id, field label, message)
    errors: Vec<(String, String, String)>,
    error_fields: Vec<String>,
    organisations: Vec<String>,
    kinds: Vec<(&'static str, String)>,
    statuses: Vec<(&'static str, String)>,
    roles: Vec<(&'static str, String)>,
}

impl AgreementFormPage {
    fn has_error(&self, field: &str) -> bool {
        self.error_fields.iter().any(|f| f == field)
    }
}

async fn form_page(
    app: &AppState,
    lang: Lang,
    f: AgreementForm,
    errors: &ValidationErrors,
) -> Result<AgreementFormPage, PageError> {
    let t = Tr(lang);
    let organisations = app
        .store
        .list_organisations(500)
        .await
        .map_err(|e| AppError::from(e).page(lang))?
        .into_iter()
        .map(|o| o.name.get(lang).to_owned())
        .collect();
    let input_for = |field: &str| -> String {
        match field {
            "title" => "title_en".into(),
            "parties[0]" | "parties[0].name" | "parties[0].organisation" => "party_a".into(),
            "parties[1]" | "parties[1].name" | "parties[1].organisation" => "party_b".into(),
            f if f.starts_with("period") => {
                if f.ends_with("start") {
                    "period_start".into()
                } else {
                    "period_end".into()
                }
            }
            f if f.starts_with("obligations") => "amount".into(),
            f => f.to_owned(),
        }
    };
    let label_for = |input: &str| -> String {
        let key = match input {
            "title_en" => "field.title",
            "party_a" => "form.party_a",
            "party_b" => "form.party_b",
            "signed_on" => "field.signed",
            "period_start" => "field.period_start",
            "period_end" => "field.period_end",
            "amount" => "field.amount",
            "currency" => "field.currency",
            "source_url" => "field.source",
            other => other,
        };
        t.s(key).to_owned()
    };
    let rows: Vec<(String, String, String)> = errors
        .0
        .iter()
        .map(|e| {
            let input = input_for(&e.field);
            (input.clone(), label_for(&input), e.violation.to_string())
        })
        .collect();
    let mut error_fields: Vec<String> = errors.0.iter().map(|e| e.field.clone()).collect();
    error_fields.extend(rows.iter().map(|r| r.0.clone()));
    if error_fields.iter().any(|f| f == "title_en") {
        error_fields.push("title".into());
    }
    Ok(AgreementFormPage {
        t,
        f,
        errors: rows,
        error_fields,
        organisations,
        kinds: forms::options(
            t,
            "agreement_kind",
            AgreementKind::ALL,
            AgreementKind::as_str,
        ),
        statuses: forms::options(
            t,
            "agreement_status",
            AgreementStatus::ALL,
            AgreementStatus::as_str,
        ),
        roles: forms::options(t, "party_role", PartyRole::ALL, PartyRole::as_str),
    })
}

async fn new_agreement(
    State(app): State<AppState>,
    ctx: Ctx,
) -> Result<AgreementFormPage, PageError> {
    ctx.authorize(Action::Edit, &[])
        .map_err(|e| e.page(ctx.lang))?;
    let f = AgreementForm {
        header: forms::HeaderFields {
            kind: "framework".into(),
            status: "signed".into(),
            ..Default::default()
        },
        party_a_role: "government".into(),
        party_b_role: "investor".into(),
        currency: "CNY".into(),
        committed_by: "b".into(),
        ..Default::default()
    };
    form_page(&app, ctx.lang, f, &ValidationErrors::new()).await
}

/// What the form holds once parsed: the parties to find or create, the agreement without its
/// parties, and the committed amount with the index of the party that commits it.
struct ParsedForm {
    parties: Vec<(OrganisationRef, PartyRole)>,
    agreement: NewAgreement,
    amount: Option<(Money, usize)>,
}

/// Parses the form, collecting every field error.
fn parse_form(f: &AgreementForm) -> Result<ParsedForm, ValidationErrors> {
    let mut errors = ValidationErrors::new();
    let forms::Header {
        kind,
        status,
        signed_on,
        period,
    } = forms::header(&f.header, &mut errors);
    let mut parties = Vec::new();
    for (field, name, role) in [
        ("party_a", &f.party_a, &f.party_a_role),
        ("party_b", &f.party_b, &f.party_b_role),
    ] {
        let role = errors.check(&format!("{field}_role"), PartyRole::parse(role));
        match (non_blank(name), role) {
            (Some(name), Some(role)) => {
                let name = forms::name_of(&name);
                let kind = forms::organisation_kind(role);
                parties.push((
                    OrganisationRef::New(NewOrganisation {
                        name,
                        kind,
                        identifier: None,
                    }),
                    role,
                ));
            }
            (None, _) => errors.push(field, Violation::Required),
            _ => {}
        }
    }
    let amount = non_blank(&f.amount)
        .and_then(|amount| forms::money(&amount, &f.currency, "amount", "currency", &mut errors))
        .map(|m| (m, if f.committed_by == "a" { 0 } else { 1 }));
    if !errors.is_empty() {
        return Err(errors);
    }
    let agreement = NewAgreement {
        title: Name {
            en: non_blank(&f.title_en),
            zh: non_blank(&f.title_zh),
        },
        kind: kind.unwrap_or(AgreementKind::Other),
        status: status.unwrap_or(AgreementStatus::Draft),
        signed_on,
        place: non_blank(&f.place)
            .map(|p| forms::name_of(&p))
            .unwrap_or_default(),
        period,
        parties: Vec::new(),
        signatories: Vec::new(),
        focus_areas: Vec::new(),
        sectors: Vec::new(),
        obligations: Vec::new(),
        source_text: non_blank(&f.source_text),
        source_url: non_blank(&f.source_url),
        illustrative: false,
    };
    Ok(ParsedForm {
        parties,
        agreement,
        amount,
    })
}

/// Shows the form again with its values and every error, as 422 so clients see it failed.
async fn rerender(
    app: &AppState,
    lang: Lang,
    f: AgreementForm,
    errors: &ValidationErrors,
) -> Result<Response, PageError> {
    let page = form_page(app, lang, f, errors).await?;
    Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
}

async fn create_agreement(
    State(app): State<AppState>,
    ctx: Ctx,
    Form(f): Form<AgreementForm>,
) -> Result<Response, PageError> {
    let form = f.clone();
    let lang = ctx.lang;
    ctx.authorize(Action::Edit, &[]).map_err(|e| e.page(lang))?;
    let ParsedForm {
        parties,
        agreement,
        amount,
    } = match parse_form(&f) {
        Ok(parsed) => parsed,
        Err(errors) => return rerender(&app, lang, form, &errors).await,
    };
    let result = app
        .store
        .create_agreement_with_parties(
            &ctx.principal,
            parties,
            move |ids| {
                let mut agreement = agreement;
                if let Some((money, party)) = amount
                    && let Some(&org) = ids.get(party)
                {
                    agreement.obligations.push(NewObligation {
                        party: org,
                        description: Name::en("Committed amount"),
                        amount: Some(money),
                        due: agreement.period.as_ref().map(|p| p.end),
                        status: ObligationStatus::Pending,
                        evidence: None,
                    });
                }
                agreement
            },
            None,
        )
        .await;
    match result {
        Ok(id) => Ok(Redirect::to(&format!("/agreements/{id}")).into_response()),
        Err(pactum_store::StoreError::Invalid(errors)) => rerender(&app, lang, form, &errors).await,
        Err(e) => Err(AppError::from(e).page(lang)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coordinates_name_their_hemisphere() {
        assert_eq!(coordinates(33.0041, 97.0072), "33.004°N 97.007°E");
        assert_eq!(coordinates(-1.2921, -36.8219), "1.292°S 36.822°W");
    }
}
