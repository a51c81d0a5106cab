//! Documents, stored once per content (SHA-256) however often they are attached.

use pactum_core::*;
use serde::Serialize;
use sha2::{Digest, Sha256};
use sqlx::AnyConnection;

use crate::rows::*;
use crate::{Store, StoreError, audit};

/// Largest document accepted, so one upload cannot exhaust the database.
pub const MAX_DOCUMENT_BYTES: usize = 50 * 1024 * 1024;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct DocumentView {
    pub id: DocumentId,
    pub title: String,
    pub media_type: String,
    pub sha256: String,
    pub size_bytes: i64,
}

impl Store {
    /// Attaches `content` to a record; identical content is stored once.
    pub async fn add_document(
        &self,
        who: &Principal,
        owner: DocumentOwner,
        owner_id: i64,
        title: &str,
        media_type: &str,
        content: &[u8],
    ) -> Result<DocumentId, StoreError> {
        let title = title.trim();
        if title.is_empty() {
            return Err(ValidationErrors::single("title", Violation::Required).into());
        }
        if content.len() > MAX_DOCUMENT_BYTES {
            return Err(ValidationErrors::single("content", Violation::TooLarge).into());
        }
        let sha = format!("{:x}", Sha256::digest(content));
        let mut tx = self.begin().await?;
        let table = match owner {
            DocumentOwner::Agreement => "SELECT COUNT(*) FROM agreements WHERE id = $1",
            DocumentOwner::Project => "SELECT COUNT(*) FROM projects WHERE id = $1",
        };
        let exists: i64 = sqlx::query_scalar(table)
            .bind(owner_id)
            .fetch_one(&mut *tx)
            .await?;
        if exists == 0 {
            return Err(StoreError::NotFound {
                entity: owner.as_str(),
                id: owner_id,
            });
        }
        sqlx::query("INSERT INTO blobs (sha256, size_bytes, content) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING")
            .bind(&sha)
            .bind(content.len() as i64)
            .bind(content.to_vec())
            .execute(&mut *tx)
            .await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO documents (owner_kind, owner_id, title, media_type, sha256) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(owner.as_str())
        .bind(owner_id)
        .bind(title)
        .bind(media_type)
        .bind(&sha)
        .fetch_one(&mut *tx)
        .await?;
        let after = serde_json::json!({
            "owner": owner.as_str(), "owner_id": owner_id, "title": title,
            "media_type": media_type, "sha256": sha, "size_bytes": content.len(),
        });
        audit::record(&mut tx, who, "create", "document", id, None, Some(&after)).await?;
        tx.commit().await?;
        Ok(DocumentId(id))
    }

    pub(crate) async fn documents_of(
        &self,
        conn: &mut AnyConnection,
        owner: DocumentOwner,
        owner_id: i64,
    ) -> Result<Vec<DocumentView>, StoreError> {
        let rows = sqlx::query(
            "SELECT d.id, d.title, d.media_type, d.sha256, b.size_bytes FROM documents d \
             JOIN blobs b ON b.sha256 = d.sha256 WHERE d.owner_kind = $1 AND d.owner_id = $2 ORDER BY d.id",
        )
        .bind(owner.as_str())
        .bind(owner_id)
        .fetch_all(conn)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(DocumentView {
                    id: DocumentId(int(r, "id")?),
                    title: text(r, "title")?.unwrap_or_default(),
                    media_type: text(r, "media_type")?.unwrap_or_default(),
                    sha256: text(r, "sha256")?.unwrap_or_default(),
                    size_bytes: int(r, "size_bytes")?,
                })
            })
            .collect()
    }

    /// A document's metadata and content.
    pub async fn document_content(
        &self,
        id: DocumentId,
    ) -> Result<Option<(DocumentView, Vec<u8>)>, StoreError> {
        use sqlx::Row;
        let row = sqlx::query(
            "SELECT d.id, d.title, d.media_type, d.sha256, b.size_bytes, b.content FROM documents d \
             JOIN blobs b ON b.sha256 = d.sha256 WHERE d.id = $1",
        )
        .bind(id.0)
        .fetch_optional(self.pool())
        .await?;
        row.map(|r| {
            Ok((
                DocumentView {
                    id,
                    title: text(&r, "title")?.unwrap_or_default(),
                    media_type: text(&r, "media_type")?.unwrap_or_default(),
                    sha256: text(&r, "sha256")?.unwrap_or_default(),
                    size_bytes: int(&r, "size_bytes")?,
                },
                r.try_get::<Vec<u8>, _>("content")?,
            ))
        })
        .transpose()
    }
}
