//! Organisations and people.

use pactum_core::*;
use sqlx::AnyConnection;
use sqlx::any::AnyRow;

use crate::rows::{int, name, text};
use crate::{Store, StoreError, audit};

fn organisation(row: &AnyRow) -> Result<Organisation, StoreError> {
    let kind_text = text(row, "kind")?.unwrap_or_default();
    Ok(Organisation {
        id: OrganisationId(int(row, "id")?),
        name: name(row, "name")?,
        kind: OrganisationKind::parse(&kind_text).map_err(|_| StoreError::Corrupt {
            column: "organisations.kind",
            value: kind_text,
        })?,
        identifier: text(row, "identifier")?,
    })
}

const COLUMNS: &str = "id, name_en, name_zh, kind, identifier";

impl Store {
    pub async fn create_organisation(
        &self,
        who: &Principal,
        new: NewOrganisation,
    ) -> Result<Organisation, StoreError> {
        let new = new.validate()?;
        let mut tx = self.begin().await?;
        let created = self.insert_organisation(&mut tx, who, new).await?;
        tx.commit().await?;
        Ok(created)
    }

    pub(crate) async fn insert_organisation(
        &self,
        tx: &mut AnyConnection,
        who: &Principal,
        new: NewOrganisation,
    ) -> Result<Organisation, StoreError> {
        if let Some(identifier) = &new.identifier {
            let taken: i64 =
                sqlx::query_scalar("SELECT COUNT(*) FROM organisations WHERE identifier = $1")
                    .bind(identifier)
                    .fetch_one(&mut *tx)
                    .await?;
            if taken > 0 {
                return Err(ValidationErrors::single("identifier", Violation::Duplicate).into());
            }
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO organisations (name_en, name_zh, kind, identifier) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(&new.name.en)
        .bind(&new.name.zh)
        .bind(new.kind.as_str())
        .bind(&new.identifier)
        .fetch_one(&mut *tx)
        .await?;
        let created = Organisation {
            id: OrganisationId(id),
            name: new.name,
            kind: new.kind,
            identifier: new.identifier,
        };
        let after = serde_json::to_value(&created).ok();
        audit::record(
            &mut *tx,
            who,
            "create",
            "organisation",
            id,
            None,
            after.as_ref(),
        )
        .await?;
        Ok(created)
    }

    pub async fn organisation(
        &self,
        id: OrganisationId,
    ) -> Result<Option<Organisation>, StoreError> {
        let sql = format!("SELECT {COLUMNS} FROM organisations WHERE id = $1");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id.0)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(organisation).transpose()
    }

    /// The organisation whose English or Chinese name is exactly `name` (case-insensitive in English).
    pub async fn find_organisation_by_name(
        &self,
        name: &str,
    ) -> Result<Option<Organisation>, StoreError> {
        let mut conn = self.pool().acquire().await?;
        self.find_organisation_by_name_in(&mut conn, name).await
    }

    pub(crate) async fn find_organisation_by_name_in(
        &self,
        conn: &mut AnyConnection,
        name: &str,
    ) -> Result<Option<Organisation>, StoreError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM organisations WHERE LOWER(name_en) = LOWER($1) OR name_zh = $1 ORDER BY id LIMIT 1"
        );
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(name.trim())
            .fetch_optional(conn)
            .await?;
        row.as_ref().map(organisation).transpose()
    }

    /// Organisations in name order, at most `limit` (for pickers in forms).
    pub async fn list_organisations(&self, limit: i64) -> Result<Vec<Organisation>, StoreError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM organisations ORDER BY COALESCE(name_en, name_zh) LIMIT $1"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(limit)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(organisation).collect()
    }

    pub(crate) async fn organisations_by_ids(
        &self,
        conn: &mut AnyConnection,
        ids: &[OrganisationId],
    ) -> Result<Vec<Organisation>, StoreError> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let mut q =
            crate::rows::Sql::new(&format!("SELECT {COLUMNS} FROM organisations WHERE id IN "));
        q.bind_list(ids.iter().map(|id| id.0)).push(" ORDER BY id");
        let rows = q.fetch_all(conn).await?;
        rows.iter().map(organisation).collect()
    }

    /// Finds a person by exact name or creates them; people are shared across agreements.
    pub(crate) async fn person_for(
        &self,
        conn: &mut AnyConnection,
        who: &Principal,
        person: &Name,
    ) -> Result<PersonId, StoreError> {
        let existing: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM people WHERE COALESCE(name_en, '') = COALESCE($1, '') \
             AND COALESCE(name_zh, '') = COALESCE($2, '') ORDER BY id LIMIT 1",
        )
        .bind(&person.en)
        .bind(&person.zh)
        .fetch_optional(&mut *conn)
        .await?;
        if let Some(id) = existing {
            return Ok(PersonId(id));
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO people (name_en, name_zh) VALUES ($1, $2) RETURNING id",
        )
        .bind(&person.en)
        .bind(&person.zh)
        .fetch_one(&mut *conn)
        .await?;
        let after = serde_json::to_value(Person {
            id: PersonId(id),
            name: person.clone(),
        })
        .ok();
        audit::record(conn, who, "create", "person", id, None, after.as_ref()).await?;
        Ok(PersonId(id))
    }
}
