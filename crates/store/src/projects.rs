//! Projects: the pieces of work that carry an agreement out.

use pactum_core::*;
use sqlx::AnyConnection;
use sqlx::any::AnyRow;

use crate::agreements::transaction_totals;
use crate::rows::*;
use crate::views::*;
use crate::{Store, StoreError, audit};

/// The agreement page lists at most this many projects; larger portfolios page through the API.
pub const PROJECTS_PER_AGREEMENT_PAGE: i64 = 500;

fn project(row: &AnyRow) -> Result<Project, StoreError> {
    let latitude = row_f64(row, "latitude")?;
    let longitude = row_f64(row, "longitude")?;
    Ok(Project {
        id: ProjectId(int(row, "id")?),
        agreement: AgreementId(int(row, "agreement_id")?),
        code: text(row, "code")?,
        title: name(row, "title")?,
        description: name(row, "description")?,
        sector: name(row, "sector")?,
        location: Location {
            division_code: text(row, "division_code")?,
            division_name: name(row, "division")?,
            latitude,
            longitude,
        },
        implementer: opt_int(row, "implementer_id")?.map(OrganisationId),
        budget: money(row, "budget_minor", "budget_currency")?,
        planned_start: partial_date(row, "planned_start")?,
        planned_end: partial_date(row, "planned_end")?,
        actual_start: partial_date(row, "actual_start")?,
        actual_end: partial_date(row, "actual_end")?,
        status: enum_col(row, "status", ProjectStatus::parse)?,
        illustrative: flag(row, "illustrative")?,
    })
}

fn row_f64(row: &AnyRow, col: &str) -> Result<Option<f64>, StoreError> {
    use sqlx::Row;
    Ok(row.try_get::<Option<f64>, _>(col)?)
}

impl Store {
    pub async fn create_project(
        &self,
        who: &Principal,
        new: NewProject,
    ) -> Result<ProjectId, StoreError> {
        let new = new.validate()?;
        let mut tx = self.begin().await?;
        let agreement_exists: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM agreements WHERE id = $1")
                .bind(new.agreement.0)
                .fetch_one(&mut *tx)
                .await?;
        let mut errors = ValidationErrors::new();
        if agreement_exists == 0 {
            errors.push(
                "agreement",
                Violation::Other(format!("agreement {} does not exist", new.agreement)),
            );
        }
        if let Some(org) = new.implementer
            && self.organisations_by_ids(&mut tx, &[org]).await?.is_empty()
        {
            errors.push(
                "implementer",
                Violation::Other(format!("organisation {org} does not exist")),
            );
        }
        if let Some(code) = &new.code {
            let taken: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM projects WHERE code = $1")
                .bind(code)
                .fetch_one(&mut *tx)
                .await?;
            if taken > 0 {
                errors.push("code", Violation::Duplicate);
            }
        }
        if !errors.is_empty() {
            return Err(errors.into());
        }
        let (budget, budget_currency) = minor(new.budget);
        let now = now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO projects (agreement_id, code, title_en, title_zh, description_en, description_zh, \
             sector_en, sector_zh, division_code, division_en, division_zh, latitude, longitude, implementer_id, \
             budget_minor, budget_currency, planned_start, planned_end, actual_start, actual_end, status, \
             illustrative, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, \
             $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $23) RETURNING id",
        )
        .bind(new.agreement.0)
        .bind(&new.code)
        .bind(&new.title.en)
        .bind(&new.title.zh)
        .bind(&new.description.en)
        .bind(&new.description.zh)
        .bind(&new.sector.en)
        .bind(&new.sector.zh)
        .bind(&new.location.division_code)
        .bind(&new.location.division_name.en)
        .bind(&new.location.division_name.zh)
        .bind(new.location.latitude)
        .bind(new.location.longitude)
        .bind(new.implementer.map(|o| o.0))
        .bind(budget)
        .bind(budget_currency)
        .bind(date_text(new.planned_start))
        .bind(date_text(new.planned_end))
        .bind(date_text(new.actual_start))
        .bind(date_text(new.actual_end))
        .bind(new.status.as_str())
        .bind(new.illustrative as i64)
        .bind(&now)
        .fetch_one(&mut *tx)
        .await?;
        let mut after = serde_json::to_value(&new).unwrap_or_default();
        after["id"] = id.into();
        audit::record(&mut tx, who, "create", "project", id, None, Some(&after)).await?;
        tx.commit().await?;
        Ok(ProjectId(id))
    }

    pub(crate) async fn projects_of(
        &self,
        conn: &mut AnyConnection,
        agreement: AgreementId,
    ) -> Result<Vec<ProjectListItem>, StoreError> {
        let rows =
            sqlx::query("SELECT * FROM projects WHERE agreement_id = $1 ORDER BY id LIMIT $2")
                .bind(agreement.0)
                .bind(PROJECTS_PER_AGREEMENT_PAGE)
                .fetch_all(&mut *conn)
                .await?;
        let disbursed = sqlx::query(
            "SELECT t.project_id, t.currency, CAST(SUM(t.amount_minor) AS BIGINT) AS total FROM transactions t \
             JOIN projects p ON p.id = t.project_id WHERE p.agreement_id = $1 AND t.kind = 'disbursement' \
             GROUP BY t.project_id, t.currency ORDER BY t.project_id, t.currency",
        )
        .bind(agreement.0)
        .fetch_all(&mut *conn)
        .await?;
        rows.iter()
            .map(|r| {
                let p = project(r)?;
                let mine: Vec<AnyRow> = disbursed
                    .iter()
                    .filter(|d| int(d, "project_id").is_ok_and(|id| id == p.id.0))
                    .cloned()
                    .collect();
                Ok(ProjectListItem {
                    id: p.id,
                    code: p.code,
                    title: p.title,
                    sector: p.sector,
                    division: p.location.division_name,
                    status: p.status,
                    budget: p.budget,
                    disbursed: crate::agreements::totals(&mine)?,
                    illustrative: p.illustrative,
                })
            })
            .collect()
    }

    /// The organisations whose data the project is (its agreement's parties and its
    /// implementer), for an authorisation check without loading the whole project.
    /// Empty when there is no such project.
    pub async fn project_party_ids(
        &self,
        id: ProjectId,
    ) -> Result<Vec<OrganisationId>, StoreError> {
        let ids: Vec<i64> = sqlx::query_scalar(
            "SELECT ap.organisation_id FROM projects p \
             JOIN agreement_parties ap ON ap.agreement_id = p.agreement_id WHERE p.id = $1 \
             UNION SELECT implementer_id FROM projects WHERE id = $1 AND implementer_id IS NOT NULL",
        )
        .bind(id.0)
        .fetch_all(self.pool())
        .await?;
        Ok(ids.into_iter().map(OrganisationId).collect())
    }

    pub async fn project(&self, id: ProjectId) -> Result<Option<Project>, StoreError> {
        let row = sqlx::query("SELECT * FROM projects WHERE id = $1")
            .bind(id.0)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(project).transpose()
    }

    /// A project with its agreement, money, milestones, indicators and documents.
    pub async fn project_detail(&self, id: ProjectId) -> Result<Option<ProjectDetail>, StoreError> {
        let mut conn = self.pool().acquire().await?;
        let Some(row) = sqlx::query("SELECT * FROM projects WHERE id = $1")
            .bind(id.0)
            .fetch_optional(&mut *conn)
            .await?
        else {
            return Ok(None);
        };
        let project = project(&row)?;
        let a = sqlx::query(
            "SELECT id, title_en, title_zh, illustrative FROM agreements WHERE id = $1",
        )
        .bind(project.agreement.0)
        .fetch_one(&mut *conn)
        .await?;
        let parties: Vec<i64> =
            sqlx::query_scalar("SELECT organisation_id FROM agreement_parties WHERE agreement_id = $1 ORDER BY position")
                .bind(project.agreement.0)
                .fetch_all(&mut *conn)
                .await?;
        let agreement = AgreementRef {
            id: project.agreement,
            title: name(&a, "title")?,
            illustrative: flag(&a, "illustrative")?,
            parties: parties.into_iter().map(OrganisationId).collect(),
        };
        let transactions = self.transactions_of(&mut conn, id).await?;
        let milestones = self.milestones_of(&mut conn, id).await?;
        let indicators = self.indicators_of(&mut conn, id).await?;
        let documents = self
            .documents_of(&mut conn, DocumentOwner::Project, id.0)
            .await?;
        let money = transaction_totals(
            &mut conn,
            "SELECT kind, currency, CAST(SUM(amount_minor) AS BIGINT) AS total FROM transactions \
             WHERE project_id = $1 GROUP BY kind, currency ORDER BY kind, currency",
            id.0,
            project.budget.into_iter().collect(),
        )
        .await?;
        let mut org_ids: Vec<OrganisationId> = agreement.parties.clone();
        org_ids.extend(project.implementer);
        for t in &transactions {
            org_ids.extend(t.provider);
            org_ids.extend(t.receiver);
        }
        org_ids.sort();
        org_ids.dedup();
        let organisations = self.organisations_by_ids(&mut conn, &org_ids).await?;
        Ok(Some(ProjectDetail {
            project,
            agreement,
            organisations,
            transactions,
            milestones,
            indicators,
            documents,
            money,
        }))
    }
}
