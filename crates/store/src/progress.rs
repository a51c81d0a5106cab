//! Progress on projects: transactions, milestones, indicators, and exchange rates.

use pactum_core::model::day;
use pactum_core::*;
use sqlx::AnyConnection;
use sqlx::any::AnyRow;

use crate::rows::*;
use crate::{Store, StoreError, audit};

/// The project page shows at most this many transactions, newest first.
pub const TRANSACTIONS_PER_PAGE: i64 = 1000;

fn transaction(row: &AnyRow) -> Result<Transaction, StoreError> {
    Ok(Transaction {
        id: TransactionId(int(row, "id")?),
        project: ProjectId(int(row, "project_id")?),
        kind: enum_col(row, "kind", TransactionKind::parse)?,
        date: crate::rows::day(row, "date")?.ok_or(StoreError::Corrupt {
            column: "transactions.date",
            value: String::new(),
        })?,
        value: money(row, "amount_minor", "currency")?.ok_or(StoreError::Corrupt {
            column: "transactions.amount_minor",
            value: String::new(),
        })?,
        provider: opt_int(row, "provider_id")?.map(OrganisationId),
        receiver: opt_int(row, "receiver_id")?.map(OrganisationId),
        description: text(row, "description")?,
    })
}

fn milestone(row: &AnyRow) -> Result<Milestone, StoreError> {
    Ok(Milestone {
        id: MilestoneId(int(row, "id")?),
        project: ProjectId(int(row, "project_id")?),
        title: name(row, "title")?,
        due: partial_date(row, "due")?.ok_or(StoreError::Corrupt {
            column: "milestones.due",
            value: String::new(),
        })?,
        achieved_on: crate::rows::day(row, "achieved_on")?,
    })
}

impl Store {
    /// Records a transaction after checking it against its agreement's period.
    pub async fn add_transaction(
        &self,
        who: &Principal,
        new: NewTransaction,
    ) -> Result<TransactionId, StoreError> {
        let mut tx = self.begin().await?;
        let period_row = sqlx::query(
            "SELECT a.period_start, a.period_end, a.period_label FROM projects p \
             JOIN agreements a ON a.id = p.agreement_id WHERE p.id = $1",
        )
        .bind(new.project.0)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or_else(|| {
            ValidationErrors::single(
                "project",
                Violation::Other(format!("project {} does not exist", new.project)),
            )
        })?;
        let period = match (
            partial_date(&period_row, "period_start")?,
            partial_date(&period_row, "period_end")?,
        ) {
            (Some(start), Some(end)) => Some(Period {
                start,
                end,
                label: text(&period_row, "period_label")?,
            }),
            _ => None,
        };
        let new = new.validate(period.as_ref())?;
        let mut errors = ValidationErrors::new();
        for (field, org) in [("provider", new.provider), ("receiver", new.receiver)] {
            if let Some(org) = org
                && self.organisations_by_ids(&mut tx, &[org]).await?.is_empty()
            {
                errors.push(
                    field,
                    Violation::Other(format!("organisation {org} does not exist")),
                );
            }
        }
        if !errors.is_empty() {
            return Err(errors.into());
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO transactions (project_id, kind, date, amount_minor, currency, provider_id, receiver_id, description) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(new.project.0)
        .bind(new.kind.as_str())
        .bind(day::format(new.date))
        .bind(new.value.minor_units())
        .bind(new.value.currency.code())
        .bind(new.provider.map(|o| o.0))
        .bind(new.receiver.map(|o| o.0))
        .bind(&new.description)
        .fetch_one(&mut *tx)
        .await?;
        let mut after = serde_json::to_value(&new).unwrap_or_default();
        after["id"] = id.into();
        audit::record(
            &mut tx,
            who,
            "create",
            "transaction",
            id,
            None,
            Some(&after),
        )
        .await?;
        tx.commit().await?;
        Ok(TransactionId(id))
    }

    pub(crate) async fn transactions_of(
        &self,
        conn: &mut AnyConnection,
        project: ProjectId,
    ) -> Result<Vec<Transaction>, StoreError> {
        let rows = sqlx::query(
            "SELECT * FROM transactions WHERE project_id = $1 ORDER BY date DESC, id DESC LIMIT $2",
        )
        .bind(project.0)
        .bind(TRANSACTIONS_PER_PAGE)
        .fetch_all(conn)
        .await?;
        rows.iter().map(transaction).collect()
    }

    pub async fn add_milestone(
        &self,
        who: &Principal,
        new: NewMilestone,
    ) -> Result<MilestoneId, StoreError> {
        let new = new.validate()?;
        let mut tx = self.begin().await?;
        self.require_project(&mut tx, new.project).await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO milestones (project_id, title_en, title_zh, due, achieved_on) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(new.project.0)
        .bind(&new.title.en)
        .bind(&new.title.zh)
        .bind(new.due.to_string())
        .bind(new.achieved_on.map(day::format))
        .fetch_one(&mut *tx)
        .await?;
        let mut after = serde_json::to_value(&new).unwrap_or_default();
        after["id"] = id.into();
        audit::record(&mut tx, who, "create", "milestone", id, None, Some(&after)).await?;
        tx.commit().await?;
        Ok(MilestoneId(id))
    }

    pub(crate) async fn milestones_of(
        &self,
        conn: &mut AnyConnection,
        project: ProjectId,
    ) -> Result<Vec<Milestone>, StoreError> {
        let rows = sqlx::query("SELECT * FROM milestones WHERE project_id = $1 ORDER BY due, id")
            .bind(project.0)
            .fetch_all(conn)
            .await?;
        rows.iter().map(milestone).collect()
    }

    pub async fn add_indicator(
        &self,
        who: &Principal,
        new: NewIndicator,
    ) -> Result<IndicatorId, StoreError> {
        let new = new.validate()?;
        let mut tx = self.begin().await?;
        self.require_project(&mut tx, new.project).await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO indicators (project_id, title_en, title_zh, unit_en, unit_zh, direction, baseline_year, baseline) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(new.project.0)
        .bind(&new.title.en)
        .bind(&new.title.zh)
        .bind(&new.unit.en)
        .bind(&new.unit.zh)
        .bind(new.direction.as_str())
        .bind(new.baseline_year.map(i64::from))
        .bind(new.baseline.map(|d| d.to_string()))
        .fetch_one(&mut *tx)
        .await?;
        for v in &new.values {
            sqlx::query("INSERT INTO indicator_values (indicator_id, year, target, actual) VALUES ($1, $2, $3, $4)")
                .bind(id)
                .bind(i64::from(v.year))
                .bind(v.target.map(|d| d.to_string()))
                .bind(v.actual.map(|d| d.to_string()))
                .execute(&mut *tx)
                .await?;
        }
        let mut after = serde_json::to_value(&new).unwrap_or_default();
        after["id"] = id.into();
        audit::record(&mut tx, who, "create", "indicator", id, None, Some(&after)).await?;
        tx.commit().await?;
        Ok(IndicatorId(id))
    }

    pub(crate) async fn indicators_of(
        &self,
        conn: &mut AnyConnection,
        project: ProjectId,
    ) -> Result<Vec<Indicator>, StoreError> {
        let rows = sqlx::query("SELECT * FROM indicators WHERE project_id = $1 ORDER BY id")
            .bind(project.0)
            .fetch_all(&mut *conn)
            .await?;
        let values = sqlx::query(
            "SELECT v.indicator_id, v.year, v.target, v.actual FROM indicator_values v \
             JOIN indicators i ON i.id = v.indicator_id WHERE i.project_id = $1 ORDER BY v.indicator_id, v.year",
        )
        .bind(project.0)
        .fetch_all(&mut *conn)
        .await?;
        rows.iter()
            .map(|r| {
                let id = int(r, "id")?;
                let values = values
                    .iter()
                    .filter(|v| int(v, "indicator_id").is_ok_and(|i| i == id))
                    .map(|v| {
                        Ok(IndicatorValue {
                            year: int(v, "year")? as i32,
                            target: decimal(v, "target")?,
                            actual: decimal(v, "actual")?,
                        })
                    })
                    .collect::<Result<Vec<_>, StoreError>>()?;
                Ok(Indicator {
                    id: IndicatorId(id),
                    project: ProjectId(int(r, "project_id")?),
                    title: name(r, "title")?,
                    unit: name(r, "unit")?,
                    direction: enum_col(r, "direction", Direction::parse)?,
                    baseline_year: opt_int(r, "baseline_year")?.map(|y| y as i32),
                    baseline: decimal(r, "baseline")?,
                    values,
                })
            })
            .collect()
    }

    pub async fn add_exchange_rate(
        &self,
        who: &Principal,
        rate: ExchangeRate,
    ) -> Result<(), StoreError> {
        let rate = rate.validate()?;
        let mut tx = self.begin().await?;
        sqlx::query("DELETE FROM exchange_rates WHERE base = $1 AND quote = $2 AND date = $3")
            .bind(rate.base.code())
            .bind(rate.quote.code())
            .bind(day::format(rate.date))
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO exchange_rates (base, quote, date, rate) VALUES ($1, $2, $3, $4)")
            .bind(rate.base.code())
            .bind(rate.quote.code())
            .bind(day::format(rate.date))
            .bind(rate.rate.to_string())
            .execute(&mut *tx)
            .await?;
        let after = serde_json::to_value(&rate).ok();
        audit::record(
            &mut tx,
            who,
            "upsert",
            "exchange_rate",
            0,
            None,
            after.as_ref(),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn exchange_rates(&self) -> Result<Vec<ExchangeRate>, StoreError> {
        let rows = sqlx::query(
            "SELECT base, quote, date, rate FROM exchange_rates ORDER BY base, quote, date",
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(ExchangeRate {
                    base: currency(text(r, "base")?.unwrap_or_default(), "exchange_rates.base")?,
                    quote: currency(
                        text(r, "quote")?.unwrap_or_default(),
                        "exchange_rates.quote",
                    )?,
                    date: crate::rows::day(r, "date")?.ok_or(StoreError::Corrupt {
                        column: "exchange_rates.date",
                        value: String::new(),
                    })?,
                    rate: decimal(r, "rate")?.unwrap_or_default(),
                })
            })
            .collect()
    }

    async fn require_project(
        &self,
        conn: &mut AnyConnection,
        project: ProjectId,
    ) -> Result<(), StoreError> {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM projects WHERE id = $1")
            .bind(project.0)
            .fetch_one(conn)
            .await?;
        if n == 0 {
            return Err(ValidationErrors::single(
                "project",
                Violation::Other(format!("project {project} does not exist")),
            )
            .into());
        }
        Ok(())
    }
}
