//! Agreements with their parties, signatories, labels and obligations.

use pactum_core::*;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::rows::*;
use crate::views::*;
use crate::{Store, StoreError, audit};

fn agreement(row: &AnyRow) -> Result<Agreement, StoreError> {
    let period = match (
        partial_date(row, "period_start")?,
        partial_date(row, "period_end")?,
    ) {
        (Some(start), Some(end)) => Some(Period {
            start,
            end,
            label: text(row, "period_label")?,
        }),
        _ => None,
    };
    Ok(Agreement {
        id: AgreementId(int(row, "id")?),
        title: name(row, "title")?,
        kind: enum_col(row, "kind", AgreementKind::parse)?,
        status: enum_col(row, "status", AgreementStatus::parse)?,
        signed_on: partial_date(row, "signed_on")?,
        place: name(row, "place")?,
        period,
        focus_areas: Vec::new(),
        sectors: Vec::new(),
        source_text: text(row, "source_text")?,
        source_url: text(row, "source_url")?,
        illustrative: flag(row, "illustrative")?,
    })
}

fn obligation(row: &AnyRow) -> Result<Obligation, StoreError> {
    Ok(Obligation {
        id: ObligationId(int(row, "id")?),
        agreement: AgreementId(int(row, "agreement_id")?),
        party: OrganisationId(int(row, "party_id")?),
        description: name(row, "description")?,
        amount: money(row, "amount_minor", "currency")?,
        due: partial_date(row, "due")?,
        status: enum_col(row, "status", ObligationStatus::parse)?,
        evidence: text(row, "evidence")?,
    })
}

/// Sums grouped by currency, read from rows with `currency` and `total` columns.
pub(crate) fn totals(rows: &[AnyRow]) -> Result<Vec<Money>, StoreError> {
    rows.iter()
        .map(|r| {
            let code = text(r, "currency")?.unwrap_or_default();
            Ok(Money::from_minor_units(
                int(r, "total")?,
                currency(code, "currency")?,
            ))
        })
        .collect()
}

/// Transaction totals by kind and currency for the projects selected by `where_sql` ($1 = id).
pub(crate) async fn transaction_totals(
    conn: &mut AnyConnection,
    sql: &'static str,
    id: i64,
    committed: Vec<Money>,
) -> Result<MoneyTotals, StoreError> {
    let rows = sqlx::query(sql).bind(id).fetch_all(conn).await?;
    let mut totals = MoneyTotals {
        committed,
        ..Default::default()
    };
    for r in &rows {
        let kind = enum_col(r, "kind", TransactionKind::parse)?;
        let code = text(r, "currency")?.unwrap_or_default();
        let m = Money::from_minor_units(int(r, "total")?, currency(code, "currency")?);
        match kind {
            TransactionKind::Disbursement => totals.disbursed.push(m),
            TransactionKind::Expenditure => totals.expended.push(m),
            TransactionKind::IncomingFunds => totals.incoming_funds.push(m),
            TransactionKind::Commitment => totals.commitment_transactions.push(m),
        }
    }
    Ok(totals)
}

impl Store {
    /// Records a new agreement with everything it carries, in one transaction with its audit entries.
    pub async fn create_agreement(
        &self,
        who: &Principal,
        new: NewAgreement,
    ) -> Result<AgreementId, StoreError> {
        let new = new.validate()?;
        let mut tx = self.begin().await?;
        let id = self.insert_agreement(&mut tx, who, new).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Records an agreement whose parties may not exist yet (a form, a press-release draft):
    /// new organisations are created, or matched by exact name, in the same transaction, so a
    /// failure leaves neither the agreement nor stray organisations behind.
    pub async fn create_agreement_with_parties(
        &self,
        who: &Principal,
        parties: Vec<(OrganisationRef, PartyRole)>,
        build: impl FnOnce(&[OrganisationId]) -> NewAgreement,
        provenance: Option<Provenance>,
    ) -> Result<AgreementId, StoreError> {
        let mut tx = self.begin().await?;
        let mut ids = Vec::with_capacity(parties.len());
        let mut errors = ValidationErrors::new();
        for (i, (party, _)) in parties.iter().enumerate() {
            match party {
                OrganisationRef::Existing(id) => ids.push(*id),
                OrganisationRef::New(org) => {
                    let org = match org.clone().validate() {
                        Ok(org) => org,
                        Err(e) => {
                            errors.check::<()>(&format!("parties[{i}]"), Err(e));
                            continue;
                        }
                    };
                    let lookup = org
                        .name
                        .en
                        .clone()
                        .or(org.name.zh.clone())
                        .unwrap_or_default();
                    let existing = self.find_organisation_by_name_in(&mut tx, &lookup).await?;
                    let id = match existing {
                        Some(found) => found.id,
                        None => self.insert_organisation(&mut tx, who, org).await?.id,
                    };
                    ids.push(id);
                }
            }
        }
        if !errors.is_empty() {
            return Err(errors.into());
        }
        let mut new = build(&ids);
        new.parties = ids
            .iter()
            .zip(&parties)
            .map(|(id, (_, role))| NewParty {
                organisation: *id,
                role: *role,
            })
            .collect();
        let new = new.validate()?;
        let id = self.insert_agreement(&mut tx, who, new).await?;
        if let Some(p) = provenance {
            let after = serde_json::json!({ "source": p.source, "proposed": p.proposed });
            audit::record(
                &mut tx,
                who,
                &p.action,
                "agreement",
                id.0,
                None,
                Some(&after),
            )
            .await?;
        }
        tx.commit().await?;
        Ok(id)
    }

    async fn insert_agreement(
        &self,
        tx: &mut AnyConnection,
        who: &Principal,
        new: NewAgreement,
    ) -> Result<AgreementId, StoreError> {
        let party_ids: Vec<OrganisationId> = new.parties.iter().map(|p| p.organisation).collect();
        let found = self.organisations_by_ids(&mut *tx, &party_ids).await?;
        let mut errors = ValidationErrors::new();
        for (i, p) in new.parties.iter().enumerate() {
            if !found.iter().any(|o| o.id == p.organisation) {
                errors.push(
                    format!("parties[{i}].organisation"),
                    Violation::Other(format!("organisation {} does not exist", p.organisation)),
                );
            }
        }
        if !errors.is_empty() {
            return Err(errors.into());
        }
        let now = now();
        let (start, end, label) = match &new.period {
            Some(p) => (
                Some(p.start.to_string()),
                Some(p.end.to_string()),
                p.label.clone(),
            ),
            None => (None, None, None),
        };
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO agreements (title_en, title_zh, kind, status, signed_on, place_en, place_zh, \
             period_start, period_end, period_label, source_text, source_url, illustrative, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14) RETURNING id",
        )
        .bind(&new.title.en)
        .bind(&new.title.zh)
        .bind(new.kind.as_str())
        .bind(new.status.as_str())
        .bind(date_text(new.signed_on))
        .bind(&new.place.en)
        .bind(&new.place.zh)
        .bind(start)
        .bind(end)
        .bind(label)
        .bind(&new.source_text)
        .bind(&new.source_url)
        .bind(new.illustrative as i64)
        .bind(&now)
        .fetch_one(&mut *tx)
        .await?;

        for (kind, list) in [("focus_area", &new.focus_areas), ("sector", &new.sectors)] {
            for (pos, label) in list.iter().enumerate() {
                sqlx::query(
                    "INSERT INTO agreement_labels (agreement_id, label_kind, position, name_en, name_zh) \
                     VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(id)
                .bind(kind)
                .bind(pos as i64)
                .bind(&label.en)
                .bind(&label.zh)
                .execute(&mut *tx)
                .await?;
            }
        }
        for (pos, p) in new.parties.iter().enumerate() {
            sqlx::query(
                "INSERT INTO agreement_parties (agreement_id, organisation_id, role, position) VALUES ($1, $2, $3, $4)",
            )
            .bind(id)
            .bind(p.organisation.0)
            .bind(p.role.as_str())
            .bind(pos as i64)
            .execute(&mut *tx)
            .await?;
        }
        for (pos, s) in new.signatories.iter().enumerate() {
            let person = self.person_for(&mut *tx, who, &s.name).await?;
            sqlx::query(
                "INSERT INTO signatories (agreement_id, position, person_id, title_en, title_zh, organisation_id) \
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(id)
            .bind(pos as i64)
            .bind(person.0)
            .bind(&s.title.en)
            .bind(&s.title.zh)
            .bind(s.organisation.0)
            .execute(&mut *tx)
            .await?;
        }
        let mut obligation_ids = Vec::new();
        for o in &new.obligations {
            let oid = insert_obligation(&mut *tx, id, o).await?;
            obligation_ids.push(oid);
        }
        let mut after = serde_json::to_value(&new).unwrap_or_default();
        after["id"] = id.into();
        after["obligation_ids"] = obligation_ids.clone().into();
        audit::record(&mut *tx, who, "create", "agreement", id, None, Some(&after)).await?;
        for (oid, o) in obligation_ids.iter().zip(&new.obligations) {
            let after = serde_json::to_value(o).ok();
            audit::record(
                &mut *tx,
                who,
                "create",
                "obligation",
                *oid,
                None,
                after.as_ref(),
            )
            .await?;
        }
        Ok(AgreementId(id))
    }

    /// Changes an obligation's status and evidence, recording before and after.
    pub async fn set_obligation_status(
        &self,
        who: &Principal,
        id: ObligationId,
        status: ObligationStatus,
        evidence: Option<String>,
    ) -> Result<Obligation, StoreError> {
        let mut tx = self.begin().await?;
        let row = sqlx::query("SELECT * FROM obligations WHERE id = $1")
            .bind(id.0)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::NotFound {
                entity: "obligation",
                id: id.0,
            })?;
        let before = obligation(&row)?;
        let evidence = evidence
            .map(|e| e.trim().to_owned())
            .filter(|e| !e.is_empty())
            .or(before.evidence.clone());
        sqlx::query("UPDATE obligations SET status = $1, evidence = $2 WHERE id = $3")
            .bind(status.as_str())
            .bind(&evidence)
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        let after = Obligation {
            status,
            evidence,
            ..before.clone()
        };
        audit::record(
            &mut tx,
            who,
            "update",
            "obligation",
            id.0,
            serde_json::to_value(&before).ok().as_ref(),
            serde_json::to_value(&after).ok().as_ref(),
        )
        .await?;
        tx.commit().await?;
        Ok(after)
    }

    /// A page of agreements in id order, optionally filtered by title text.
    pub async fn list_agreements(
        &self,
        page: &PageRequest,
    ) -> Result<Page<AgreementListItem>, StoreError> {
        let limit = page.effective_limit();
        let mut conn = self.pool().acquire().await?;
        let mut q = Sql::new(
            "SELECT id, title_en, title_zh, kind, status, signed_on, place_en, place_zh, illustrative, \
             (SELECT COUNT(*) FROM projects p WHERE p.agreement_id = a.id) AS project_count \
             FROM agreements a WHERE 1 = 1",
        );
        if let Some(after) = page.after {
            q.push(" AND id > ").bind(Arg::Int(after));
        }
        if let Some(text) = page.q.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
            let pattern = format!("%{}%", text.to_lowercase());
            q.push(" AND (LOWER(COALESCE(title_en, '')) LIKE ")
                .bind(Arg::Text(pattern.clone()))
                .push(" OR COALESCE(title_zh, '') LIKE ")
                .bind(Arg::Text(pattern))
                .push(")");
        }
        q.push(" ORDER BY id LIMIT ").bind(Arg::Int(limit + 1));
        let rows = q.fetch_all(&mut conn).await?;
        let has_more = rows.len() as i64 > limit;
        let rows = &rows[..rows.len().min(limit as usize)];
        let ids: Vec<i64> = rows
            .iter()
            .map(|r| int(r, "id"))
            .collect::<Result<_, _>>()?;

        let parties = if ids.is_empty() {
            Vec::new()
        } else {
            let mut q = Sql::new(
                "SELECT ap.agreement_id, ap.role, o.id, o.name_en, o.name_zh FROM agreement_parties ap \
                 JOIN organisations o ON o.id = ap.organisation_id WHERE ap.agreement_id IN ",
            );
            q.bind_list(ids.iter().copied())
                .push(" ORDER BY ap.agreement_id, ap.position");
            q.fetch_all(&mut conn).await?
        };
        let committed = if ids.is_empty() {
            Vec::new()
        } else {
            let mut q = Sql::new(
                "SELECT agreement_id, currency, CAST(SUM(amount_minor) AS BIGINT) AS total FROM obligations \
                 WHERE amount_minor IS NOT NULL AND agreement_id IN ",
            );
            q.bind_list(ids.iter().copied())
                .push(" GROUP BY agreement_id, currency ORDER BY agreement_id, currency");
            q.fetch_all(&mut conn).await?
        };

        let mut items = Vec::with_capacity(rows.len());
        for r in rows {
            let id = int(r, "id")?;
            let mine = |row: &&AnyRow| row.try_get::<i64, _>("agreement_id").is_ok_and(|a| a == id);
            let party_names = parties
                .iter()
                .filter(mine)
                .map(|p| {
                    Ok(PartyName {
                        organisation: OrganisationId(int(p, "id")?),
                        name: name(p, "name")?,
                        role: enum_col(p, "role", PartyRole::parse)?,
                    })
                })
                .collect::<Result<Vec<_>, StoreError>>()?;
            let money: Vec<AnyRow> = committed.iter().filter(mine).cloned().collect();
            items.push(AgreementListItem {
                id: AgreementId(id),
                title: name(r, "title")?,
                kind: enum_col(r, "kind", AgreementKind::parse)?,
                status: enum_col(r, "status", AgreementStatus::parse)?,
                signed_on: partial_date(r, "signed_on")?,
                place: name(r, "place")?,
                parties: party_names,
                committed: totals(&money)?,
                project_count: int(r, "project_count")?,
                illustrative: flag(r, "illustrative")?,
            });
        }
        let next_after = if has_more { ids.last().copied() } else { None };
        Ok(Page { items, next_after })
    }

    /// An agreement with its parties, signatories, obligations, projects and money totals.
    /// The agreement's parties, for an authorisation check without loading the whole
    /// agreement. Empty when there is no such agreement.
    pub async fn agreement_party_ids(
        &self,
        id: AgreementId,
    ) -> Result<Vec<OrganisationId>, StoreError> {
        let ids: Vec<i64> = sqlx::query_scalar(
            "SELECT organisation_id FROM agreement_parties WHERE agreement_id = $1 ORDER BY position",
        )
        .bind(id.0)
        .fetch_all(self.pool())
        .await?;
        Ok(ids.into_iter().map(OrganisationId).collect())
    }

    pub async fn agreement_detail(
        &self,
        id: AgreementId,
    ) -> Result<Option<AgreementDetail>, StoreError> {
        let mut conn = self.pool().acquire().await?;
        let Some(row) = sqlx::query("SELECT * FROM agreements WHERE id = $1")
            .bind(id.0)
            .fetch_optional(&mut *conn)
            .await?
        else {
            return Ok(None);
        };
        let mut agreement = agreement(&row)?;
        let labels = sqlx::query(
            "SELECT label_kind, name_en, name_zh FROM agreement_labels WHERE agreement_id = $1 ORDER BY label_kind, position",
        )
        .bind(id.0)
        .fetch_all(&mut *conn)
        .await?;
        for l in &labels {
            let target = if text(l, "label_kind")?.as_deref() == Some("sector") {
                &mut agreement.sectors
            } else {
                &mut agreement.focus_areas
            };
            target.push(name(l, "name")?);
        }

        let party_rows = sqlx::query(
            "SELECT ap.role, o.id, o.name_en, o.name_zh, o.kind, o.identifier FROM agreement_parties ap \
             JOIN organisations o ON o.id = ap.organisation_id WHERE ap.agreement_id = $1 ORDER BY ap.position",
        )
        .bind(id.0)
        .fetch_all(&mut *conn)
        .await?;
        let parties = party_rows
            .iter()
            .map(|r| {
                Ok(Party {
                    organisation: Organisation {
                        id: OrganisationId(int(r, "id")?),
                        name: name(r, "name")?,
                        kind: enum_col(r, "kind", OrganisationKind::parse)?,
                        identifier: text(r, "identifier")?,
                    },
                    role: enum_col(r, "role", PartyRole::parse)?,
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;

        let signatory_rows = sqlx::query(
            "SELECT s.title_en, s.title_zh, s.organisation_id, p.id AS person_id, p.name_en, p.name_zh \
             FROM signatories s JOIN people p ON p.id = s.person_id WHERE s.agreement_id = $1 ORDER BY s.position",
        )
        .bind(id.0)
        .fetch_all(&mut *conn)
        .await?;
        let signatories = signatory_rows
            .iter()
            .map(|r| {
                Ok(Signatory {
                    person: Person {
                        id: PersonId(int(r, "person_id")?),
                        name: name(r, "name")?,
                    },
                    title: name(r, "title")?,
                    organisation: OrganisationId(int(r, "organisation_id")?),
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;

        let obligations =
            sqlx::query("SELECT * FROM obligations WHERE agreement_id = $1 ORDER BY id")
                .bind(id.0)
                .fetch_all(&mut *conn)
                .await?
                .iter()
                .map(obligation)
                .collect::<Result<Vec<_>, _>>()?;

        let committed_rows = sqlx::query(
            "SELECT currency, CAST(SUM(amount_minor) AS BIGINT) AS total FROM obligations \
             WHERE agreement_id = $1 AND amount_minor IS NOT NULL GROUP BY currency ORDER BY currency",
        )
        .bind(id.0)
        .fetch_all(&mut *conn)
        .await?;
        let money = transaction_totals(
            &mut conn,
            "SELECT t.kind, t.currency, CAST(SUM(t.amount_minor) AS BIGINT) AS total FROM transactions t \
             JOIN projects p ON p.id = t.project_id WHERE p.agreement_id = $1 \
             GROUP BY t.kind, t.currency ORDER BY t.kind, t.currency",
            id.0,
            totals(&committed_rows)?,
        )
        .await?;
        let projects = self.projects_of(&mut conn, id).await?;
        Ok(Some(AgreementDetail {
            agreement,
            parties,
            signatories,
            obligations,
            projects,
            money,
        }))
    }
}

async fn insert_obligation(
    conn: &mut AnyConnection,
    agreement: i64,
    o: &NewObligation,
) -> Result<i64, StoreError> {
    let (amount, currency) = minor(o.amount);
    Ok(sqlx::query_scalar(
        "INSERT INTO obligations (agreement_id, party_id, description_en, description_zh, amount_minor, currency, \
         due, status, evidence) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(agreement)
    .bind(o.party.0)
    .bind(&o.description.en)
    .bind(&o.description.zh)
    .bind(amount)
    .bind(currency)
    .bind(date_text(o.due))
    .bind(o.status.as_str())
    .bind(&o.evidence)
    .fetch_one(conn)
    .await?)
}
