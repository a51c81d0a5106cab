//! The append-only audit trail: who changed what, when, and what it looked like before and after.

use pactum_core::Principal;
use serde::Serialize;
use sqlx::AnyConnection;

use crate::rows::{int, opt_int, text};
use crate::{Store, StoreError};

/// One entry of the trail.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AuditEntry {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub user_id: Option<i64>,
    pub action: String,
    pub entity: String,
    pub entity_id: i64,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}

/// Appends an entry inside the caller's transaction, so the change and its record commit together.
pub(crate) async fn record(
    conn: &mut AnyConnection,
    who: &Principal,
    action: &str,
    entity: &str,
    entity_id: i64,
    before: Option<&serde_json::Value>,
    after: Option<&serde_json::Value>,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO audit_log (at, actor, user_id, action, entity, entity_id, before, after) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(crate::rows::now())
    .bind(&who.actor)
    .bind(who.user.map(|u| u.0))
    .bind(action)
    .bind(entity)
    .bind(entity_id)
    .bind(before.map(|v| v.to_string()))
    .bind(after.map(|v| v.to_string()))
    .execute(conn)
    .await?;
    Ok(())
}

impl Store {
    /// The trail of one record, oldest first.
    pub async fn audit_trail(
        &self,
        entity: &str,
        entity_id: i64,
    ) -> Result<Vec<AuditEntry>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, at, actor, user_id, action, entity, entity_id, before, after FROM audit_log \
             WHERE entity = $1 AND entity_id = $2 ORDER BY id",
        )
        .bind(entity)
        .bind(entity_id)
        .fetch_all(self.pool())
        .await?;
        let json = |s: Option<String>| s.and_then(|s| serde_json::from_str(&s).ok());
        rows.iter()
            .map(|r| {
                Ok(AuditEntry {
                    id: int(r, "id")?,
                    at: text(r, "at")?.unwrap_or_default(),
                    actor: text(r, "actor")?.unwrap_or_default(),
                    user_id: opt_int(r, "user_id")?,
                    action: text(r, "action")?.unwrap_or_default(),
                    entity: text(r, "entity")?.unwrap_or_default(),
                    entity_id: int(r, "entity_id")?,
                    before: json(text(r, "before")?),
                    after: json(text(r, "after")?),
                })
            })
            .collect()
    }

    /// Number of audit entries in total (for tests and health pages).
    pub async fn audit_count(&self) -> Result<i64, StoreError> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM audit_log")
            .fetch_one(self.pool())
            .await?)
    }
}
