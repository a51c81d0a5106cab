//! "New agreement from a press release": paste or upload the text, review what the extractor
//! proposes with its evidence highlighted, correct it, confirm. The agreement is saved with its
//! source text, and the audit trail keeps what was proposed beside what was confirmed.

use std::collections::HashMap;

use askama::Template;
use askama_web::WebTemplate;
use axum::Router;
use axum::extract::{Form, Multipart, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use pactum_core::*;
use pactum_extract::{AgreementType, Extraction};
use pactum_store::{OrganisationRef, Provenance};

use crate::AppState;
use crate::context::Ctx;
use crate::error::{AppError, PageError};
use crate::forms::{self, is_chinese, name_of};
use crate::i18n::Tr;

/// Largest press release accepted, pasted or uploaded.
const MAX_TEXT_BYTES: usize = 2 * 1024 * 1024;
/// Rows offered for parties, signatories and amounts beyond what was found.
const SPARE_ROWS: usize = 1;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/agreements/draft", get(paste_page).post(review))
        .route("/agreements/draft/confirm", post(confirm))
        .layer(axum::extract::DefaultBodyLimit::max(
            MAX_TEXT_BYTES + 64 * 1024,
        ))
}

#[derive(Template, WebTemplate)]
#[template(path = "draft_paste.html")]
struct PastePage {
    t: Tr,
    error: Option<String>,
    text: String,
}

async fn paste_page(ctx: Ctx) -> Result<PastePage, PageError> {
    ctx.authorize(Action::Edit, &[])
        .map_err(|e| e.page(ctx.lang))?;
    Ok(PastePage {
        t: Tr(ctx.lang),
        error: None,
        text: String::new(),
    })
}

/// The review form's values: what the extractor proposed, or what the person typed.
#[derive(Clone, Debug, Default)]
pub struct DraftForm {
    title: String,
    header: forms::HeaderFields,
    place: String,
    source_url: String,
    source_text: String,
    /// (name, role)
    parties: Vec<(String, String)>,
    /// (name, title, party index as text)
    signatories: Vec<(String, String, String)>,
    /// (value, currency, party index as text, text as written)
    amounts: Vec<(String, String, String, String)>,
    focus_areas: String,
}

fn kind_of(t: Option<AgreementType>) -> AgreementKind {
    match t {
        Some(AgreementType::Framework) => AgreementKind::Framework,
        Some(AgreementType::StrategicCooperation) => AgreementKind::StrategicCooperation,
        Some(AgreementType::MemorandumOfUnderstanding) => AgreementKind::Mou,
        Some(AgreementType::Investment) => AgreementKind::Investment,
        Some(AgreementType::Other) | None => AgreementKind::Other,
    }
}

/// An extractor amount as exact decimal text: whole values print without a fraction.
fn amount_text(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{value:.0}")
    } else {
        format!("{value}")
    }
}

/// Pre-fills the review form from an extraction.
pub fn form_from(e: &Extraction, text: &str) -> DraftForm {
    let index_of = |name: &Option<String>| {
        name.as_ref()
            .and_then(|n| e.parties.iter().position(|p| p == n))
            .map(|i| i.to_string())
            .unwrap_or_default()
    };
    let role_for = |i: usize| {
        let committing = e
            .amounts
            .iter()
            .any(|a| a.committed_by.as_deref() == Some(e.parties[i].as_str()));
        let name = e.parties[i].to_lowercase();
        if name.contains("government")
            || name.contains("政府")
            || name.contains("ministry")
            || name.contains("state of")
        {
            "government"
        } else if committing {
            "investor"
        } else {
            "partner"
        }
    };
    DraftForm {
        title: e.title.clone().unwrap_or_default(),
        header: forms::HeaderFields {
            kind: kind_of(e.agreement_type).as_str().into(),
            status: "signed".into(),
            signed_on: e.date.clone().unwrap_or_default(),
            period_start: e.period.start.map(|y| y.to_string()).unwrap_or_default(),
            period_end: e.period.end.map(|y| y.to_string()).unwrap_or_default(),
            period_label: e.period.text.clone().unwrap_or_default(),
        },
        place: e.place.clone().unwrap_or_default(),
        source_url: String::new(),
        source_text: text.to_owned(),
        parties: (0..e.parties.len())
            .map(|i| (e.parties[i].clone(), role_for(i).to_owned()))
            .collect(),
        signatories: e
            .signatories
            .iter()
            .map(|s| {
                (
                    s.name.clone(),
                    s.title.clone().unwrap_or_default(),
                    index_of(&s.party),
                )
            })
            .collect(),
        amounts: e
            .amounts
            .iter()
            .map(|a| {
                (
                    amount_text(a.value),
                    a.currency.clone(),
                    index_of(&a.committed_by),
                    a.text.clone(),
                )
            })
            .collect(),
        focus_areas: e.focus_areas.join("\n"),
    }
}

/// The source text as HTML with each evidence span wrapped in `<mark>`; everything escaped.
pub fn highlight(
    text: &str,
    evidence: &std::collections::BTreeMap<String, Vec<[usize; 2]>>,
) -> String {
    let mut spans: Vec<(usize, usize, &str)> = evidence
        .iter()
        .flat_map(|(field, list)| list.iter().map(move |[s, e]| (*s, *e, field.as_str())))
        .filter(|(s, e, _)| {
            s < e && *e <= text.len() && text.is_char_boundary(*s) && text.is_char_boundary(*e)
        })
        .collect();
    spans.sort_by_key(|(s, e, _)| (*s, std::cmp::Reverse(*e)));
    let mut html = String::with_capacity(text.len() + spans.len() * 40);
    let mut at = 0;
    for (start, end, field) in spans {
        if start < at {
            continue; // overlaps a span already marked
        }
        escape_into(&mut html, &text[at..start]);
        html.push_str(&format!(
            "<mark class=\"ev ev-{field}\" title=\"{field}\" data-field=\"{field}\">"
        ));
        escape_into(&mut html, &text[start..end]);
        html.push_str("</mark>");
        at = end;
    }
    escape_into(&mut html, &text[at..]);
    html
}

fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "draft_review.html")]
struct ReviewPage {
    t: Tr,
    f: DraftForm,
    highlighted: String,
    /// (input id, label a person understands, message)
    errors: Vec<(String, String, String)>,
    kinds: Vec<(&'static str, String)>,
    statuses: Vec<(&'static str, String)>,
    roles: Vec<(&'static str, String)>,
    /// Party rows to render: found ones plus spares.
    party_rows: Vec<(usize, String, String)>,
    signatory_rows: Vec<(usize, String, String, String)>,
    amount_rows: Vec<(usize, String, String, String, String)>,
    /// (extractor field, label in the reader's language)
    evidence_fields: Vec<(String, String)>,
}

/// The reader's name for an extractor field, for the evidence legend.
fn evidence_label(t: Tr, field: &str) -> String {
    let key = match field {
        "title" => "field.title",
        "agreement_type" => "field.kind",
        "parties" => "field.parties",
        "signatories" => "field.signatories",
        "date" => "field.signed",
        "place" => "field.place",
        "amounts" => "money.committed",
        "period" => "field.period",
        "focus_areas" => "field.focus_areas",
        other => return other.to_owned(),
    };
    t.s(key).to_owned()
}

/// Splits `signatories[1].party` into ("signatories", Some(1), "party").
fn split_path(path: &str) -> (&str, Option<usize>, &str) {
    let (head, rest) = path.split_once('.').unwrap_or((path, ""));
    match head.split_once('[') {
        Some((name, index)) => (name, index.trim_end_matches(']').parse().ok(), rest),
        None => (head, None, rest),
    }
}

/// The id of the form input a validation path refers to, so the error can link to it.
fn input_id(path: &str) -> String {
    match split_path(path) {
        ("parties", Some(i), "role") => format!("party_role_{i}"),
        ("parties", Some(i), _) => format!("party_name_{i}"),
        ("parties", None, _) => "party_name_0".into(),
        ("signatories", Some(i), "party" | "organisation") => format!("sig_party_{i}"),
        ("signatories", Some(i), "title") => format!("sig_title_{i}"),
        ("signatories", Some(i), _) => format!("sig_name_{i}"),
        ("amounts", Some(i), "currency") => format!("amount_currency_{i}"),
        ("amounts", Some(i), "party") => format!("amount_party_{i}"),
        ("amounts", Some(i), _) => format!("amount_value_{i}"),
        ("period", _, "end") => "period_end".into(),
        ("period", _, _) => "period_start".into(),
        (name, _, _) => name.to_owned(),
    }
}

/// "Signatories 2 — Signs for" rather than `signatories[1].party`.
fn field_label(t: Tr, path: &str) -> String {
    let (name, index, part) = split_path(path);
    let row =
        |group: &str, i: usize, what: &str| format!("{} {} — {}", t.s(group), i + 1, t.s(what));
    match (name, index, part) {
        ("parties", Some(i), "role") => row("field.parties", i, "field.role"),
        ("parties", Some(i), _) => row("field.parties", i, "field.organisation"),
        ("signatories", Some(i), "party" | "organisation") => {
            row("field.signatories", i, "draft.signs_for")
        }
        ("signatories", Some(i), _) => row("field.signatories", i, "draft.person"),
        ("amounts", Some(i), "currency") => row("money.committed", i, "field.currency"),
        ("amounts", Some(i), "party") => row("money.committed", i, "form.committed_by"),
        ("amounts", Some(i), _) => row("money.committed", i, "field.amount"),
        ("period", _, "end") | ("period_end", _, _) => t.s("field.period_end").to_owned(),
        ("period", _, _) | ("period_start", _, _) => t.s("field.period_start").to_owned(),
        ("title", _, _) => t.s("field.title").to_owned(),
        ("parties", None, _) => t.s("field.parties").to_owned(),
        ("signed_on", _, _) => t.s("field.signed").to_owned(),
        ("kind", _, _) => t.s("field.kind").to_owned(),
        ("status", _, _) => t.s("field.status").to_owned(),
        ("source_url", _, _) => t.s("field.source").to_owned(),
        _ => path.to_owned(),
    }
}

impl ReviewPage {
    fn invalid(&self, id: &str) -> bool {
        self.errors.iter().any(|(input, _, _)| input == id)
    }
}

/// The review form. `extraction` is what the extractor made of `f.source_text`; it supplies the
/// highlighted evidence, so callers pass the one they already computed.
fn review_page(
    t: Tr,
    f: DraftForm,
    errors: &ValidationErrors,
    extraction: &Extraction,
) -> ReviewPage {
    let highlighted = highlight(&f.source_text, &extraction.evidence);
    let spare = |n: usize| (n + SPARE_ROWS).max(2);
    let party_rows = (0..spare(f.parties.len()))
        .map(|i| {
            let (name, role) = f.parties.get(i).cloned().unwrap_or_default();
            (i, name, role)
        })
        .collect();
    let signatory_rows = (0..spare(f.signatories.len()))
        .map(|i| {
            let (n, title, p) = f.signatories.get(i).cloned().unwrap_or_default();
            (i, n, title, p)
        })
        .collect();
    let amount_rows = (0..(f.amounts.len() + SPARE_ROWS))
        .map(|i| {
            let (v, c, p, text) = f.amounts.get(i).cloned().unwrap_or_default();
            (i, v, c, p, text)
        })
        .collect();
    ReviewPage {
        t,
        errors: errors
            .0
            .iter()
            .map(|e| {
                (
                    input_id(&e.field),
                    field_label(t, &e.field),
                    e.violation.to_string(),
                )
            })
            .collect(),
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
        party_rows,
        signatory_rows,
        amount_rows,
        evidence_fields: extraction
            .evidence
            .keys()
            .map(|f| (f.clone(), evidence_label(t, f)))
            .collect(),
        highlighted,
        f,
    }
}

/// Reads the pasted text or the uploaded file, runs the extractor, shows the review page.
async fn review(ctx: Ctx, mut multipart: Multipart) -> Result<Response, PageError> {
    let lang = ctx.lang;
    ctx.authorize(Action::Edit, &[]).map_err(|e| e.page(lang))?;
    let t = Tr(lang);
    let mut pasted = String::new();
    let mut uploaded: Option<(String, Vec<u8>)> = None;
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|e| AppError::BadRequest(format!("cannot read the form: {e}")).page(lang))?
    {
        match field.name() {
            Some("text") => {
                pasted = field
                    .text()
                    .await
                    .map_err(|e| AppError::BadRequest(e.to_string()).page(lang))?;
            }
            Some("file") => {
                let name = field.file_name().unwrap_or("upload").to_owned();
                let bytes = field
                    .bytes()
                    .await
                    .map_err(|e| AppError::BadRequest(e.to_string()).page(lang))?;
                if !bytes.is_empty() {
                    uploaded = Some((name, bytes.to_vec()));
                }
            }
            _ => {}
        }
    }
    let text = match uploaded {
        Some((name, bytes)) => match pactum_extract::decode_input(&bytes) {
            Ok(text) => text,
            Err(e) => return Ok(paste_error(t, format!("{name}: {e}"), pasted)),
        },
        None => match pactum_extract::decode_input(pasted.as_bytes()) {
            Ok(text) => text,
            Err(_) => return Ok(paste_error(t, t.s("draft.empty").to_owned(), pasted)),
        },
    };
    if text.len() > MAX_TEXT_BYTES {
        return Ok(paste_error(
            t,
            t.s("draft.too_long").to_owned(),
            String::new(),
        ));
    }
    let extraction = pactum_extract::extract(&text);
    let form = form_from(&extraction, &text);
    Ok(review_page(t, form, &ValidationErrors::new(), &extraction).into_response())
}

fn paste_error(t: Tr, error: String, text: String) -> Response {
    (
        StatusCode::UNPROCESSABLE_ENTITY,
        PastePage {
            t,
            error: Some(error),
            text,
        },
    )
        .into_response()
}

/// Rebuilds the form from submitted fields (`party_name_0`, `sig_title_1`, …).
fn form_from_fields(fields: &HashMap<String, String>) -> DraftForm {
    let get = |k: &str| {
        fields
            .get(k)
            .map(|v| v.trim().to_owned())
            .unwrap_or_default()
    };
    let rows = |prefix: &str| {
        (0..50)
            .take_while(|i| fields.contains_key(&format!("{prefix}_{i}")))
            .collect::<Vec<usize>>()
    };
    DraftForm {
        title: get("title"),
        header: forms::HeaderFields {
            kind: get("kind"),
            status: get("status"),
            signed_on: get("signed_on"),
            period_start: get("period_start"),
            period_end: get("period_end"),
            period_label: get("period_label"),
        },
        place: get("place"),
        source_url: get("source_url"),
        source_text: fields.get("source_text").cloned().unwrap_or_default(),
        parties: rows("party_name")
            .into_iter()
            .map(|i| {
                (
                    get(&format!("party_name_{i}")),
                    get(&format!("party_role_{i}")),
                )
            })
            .collect(),
        signatories: rows("sig_name")
            .into_iter()
            .map(|i| {
                (
                    get(&format!("sig_name_{i}")),
                    get(&format!("sig_title_{i}")),
                    get(&format!("sig_party_{i}")),
                )
            })
            .collect(),
        amounts: rows("amount_value")
            .into_iter()
            .map(|i| {
                (
                    get(&format!("amount_value_{i}")),
                    get(&format!("amount_currency_{i}")),
                    get(&format!("amount_party_{i}")),
                    get(&format!("amount_text_{i}")),
                )
            })
            .collect(),
        focus_areas: get("focus_areas"),
    }
}

/// "Commitment of 10 billion yuan" / "承诺出资100亿元", in the language the amount was written in.
fn commitment_description(text: &str) -> Name {
    match (text.is_empty(), is_chinese(text)) {
        (true, _) => Name::both("Committed amount", "承诺金额"),
        (false, true) => Name {
            en: None,
            zh: Some(format!("承诺出资{text}")),
        },
        (false, false) => Name::en(format!("Commitment of {text}")),
    }
}

/// What a confirmed review form becomes: parties to find or create, and a builder for the rest.
struct Confirmed {
    parties: Vec<(OrganisationRef, PartyRole)>,
    /// Original party row index for each kept party.
    kept: Vec<usize>,
    agreement: NewAgreement,
    /// (signatory, party row), (amount, party row, text)
    signatories: Vec<(Name, Name, usize)>,
    amounts: Vec<(Money, usize, String)>,
}

fn parse_confirmed(f: &DraftForm) -> Result<Confirmed, ValidationErrors> {
    let mut errors = ValidationErrors::new();
    let forms::Header {
        kind,
        status,
        signed_on,
        period,
    } = forms::header(&f.header, &mut errors);
    let mut parties = Vec::new();
    let mut kept = Vec::new();
    for (i, (name, role)) in f.parties.iter().enumerate() {
        if name.is_empty() {
            continue;
        }
        let Some(role) = errors.check(&format!("parties[{i}].role"), PartyRole::parse(role)) else {
            continue;
        };
        let kind = forms::organisation_kind(role);
        parties.push((
            OrganisationRef::New(NewOrganisation {
                name: name_of(name),
                kind,
                identifier: None,
            }),
            role,
        ));
        kept.push(i);
    }
    if parties.is_empty() {
        errors.push("parties", Violation::Required);
    }
    let party_index = |field: String, raw: &str, errors: &mut ValidationErrors| -> Option<usize> {
        match raw.parse::<usize>().ok().filter(|i| kept.contains(i)) {
            Some(i) => Some(i),
            None => {
                errors.push(field, Violation::Required);
                None
            }
        }
    };
    let mut signatories = Vec::new();
    for (i, (name, title, party)) in f.signatories.iter().enumerate() {
        if name.is_empty() {
            continue;
        }
        if let Some(p) = party_index(format!("signatories[{i}].party"), party, &mut errors) {
            signatories.push((
                name_of(name),
                if title.is_empty() {
                    Name::default()
                } else {
                    name_of(title)
                },
                p,
            ));
        }
    }
    let mut amounts = Vec::new();
    for (i, (value, currency, party, text)) in f.amounts.iter().enumerate() {
        if value.is_empty() {
            continue;
        }
        let money = forms::money(
            value,
            currency,
            &format!("amounts[{i}].value"),
            &format!("amounts[{i}].currency"),
            &mut errors,
        );
        let p = party_index(format!("amounts[{i}].party"), party, &mut errors);
        if let (Some(m), Some(p)) = (money, p) {
            amounts.push((m, p, text.clone()));
        }
    }
    if f.title.is_empty() {
        errors.push("title", Violation::Required);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let agreement = NewAgreement {
        title: name_of(&f.title),
        kind: kind.unwrap_or(AgreementKind::Other),
        status: status.unwrap_or(AgreementStatus::Signed),
        signed_on,
        place: if f.place.is_empty() {
            Name::default()
        } else {
            name_of(&f.place)
        },
        period,
        parties: Vec::new(),
        signatories: Vec::new(),
        focus_areas: f
            .focus_areas
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(name_of)
            .collect(),
        sectors: Vec::new(),
        obligations: Vec::new(),
        source_text: Some(f.source_text.clone()),
        source_url: forms::non_blank(&f.source_url),
        illustrative: false,
    };
    Ok(Confirmed {
        parties,
        kept,
        agreement,
        signatories,
        amounts,
    })
}

async fn confirm(
    State(app): State<AppState>,
    ctx: Ctx,
    Form(fields): Form<HashMap<String, String>>,
) -> Result<Response, PageError> {
    let lang = ctx.lang;
    ctx.authorize(Action::Edit, &[]).map_err(|e| e.page(lang))?;
    let t = Tr(lang);
    let form = form_from_fields(&fields);
    if form.source_text.trim().is_empty() {
        return Err(AppError::BadRequest(t.s("draft.empty").to_owned()).page(lang));
    }
    let extraction = pactum_extract::extract(&form.source_text);
    let Confirmed {
        parties,
        kept,
        agreement,
        signatories,
        amounts,
    } = match parse_confirmed(&form) {
        Ok(c) => c,
        Err(errors) => {
            return Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                review_page(t, form, &errors, &extraction),
            )
                .into_response());
        }
    };
    let proposed = serde_json::to_value(&extraction).unwrap_or_default();
    let provenance = Provenance {
        action: "drafted_from_press_release".into(),
        source: format!("pactum-extract {}", env!("CARGO_PKG_VERSION")),
        proposed,
    };
    let due = agreement.period.as_ref().map(|p| p.end);
    let result = app
        .store
        .create_agreement_with_parties(
            &ctx.principal,
            parties,
            move |ids| {
                let org = |row: usize| ids[kept.iter().position(|k| *k == row).unwrap_or(0)];
                let mut agreement = agreement;
                agreement.signatories = signatories
                    .into_iter()
                    .map(|(name, title, row)| NewSignatory {
                        name,
                        title,
                        organisation: org(row),
                    })
                    .collect();
                agreement.obligations = amounts
                    .into_iter()
                    .map(|(money, row, text)| NewObligation {
                        party: org(row),
                        description: commitment_description(&text),
                        amount: Some(money),
                        due,
                        status: ObligationStatus::Pending,
                        evidence: None,
                    })
                    .collect();
                agreement
            },
            Some(provenance),
        )
        .await;
    match result {
        Ok(id) => Ok(Redirect::to(&format!("/agreements/{id}")).into_response()),
        Err(pactum_store::StoreError::Invalid(errors)) => Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            review_page(t, form, &errors, &extraction),
        )
            .into_response()),
        Err(e) => Err(AppError::from(e).page(lang)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlight_escapes_and_marks_without_overlap() {
        let text = "<b>Xining</b> & 10亿元";
        let mut evidence = std::collections::BTreeMap::new();
        evidence.insert("place".to_owned(), vec![[3, 9]]);
        evidence.insert("amounts".to_owned(), vec![[16, 24], [17, 19], [0, 999]]);
        let html = highlight(text, &evidence);
        assert_eq!(
            html,
            "&lt;b&gt;<mark class=\"ev ev-place\" title=\"place\" data-field=\"place\">Xining</mark>&lt;/b&gt; &amp; \
             <mark class=\"ev ev-amounts\" title=\"amounts\" data-field=\"amounts\">10亿元</mark>"
        );
    }

    #[test]
    fn error_paths_point_at_inputs_with_readable_labels() {
        let t = Tr(Lang::En);
        assert_eq!(input_id("signatories[1].party"), "sig_party_1");
        assert_eq!(
            field_label(t, "signatories[1].party"),
            "Signatories 2 — Signs for"
        );
        assert_eq!(input_id("amounts[0].currency"), "amount_currency_0");
        assert_eq!(
            field_label(t, "amounts[0].currency"),
            "Committed 1 — Currency"
        );
        assert_eq!(input_id("period.end"), "period_end");
        assert_eq!(input_id("title"), "title");
        assert_eq!(field_label(t, "title"), "Title");
    }

    #[test]
    fn whole_amounts_print_exactly() {
        assert_eq!(amount_text(10_000_000_000.0), "10000000000");
        assert_eq!(amount_text(1.5), "1.5");
    }
}
