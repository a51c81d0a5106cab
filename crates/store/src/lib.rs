//! Pactum's storage: the one place SQL lives.
//!
//! A [`Store`] wraps a connection pool on SQLite (embedded, the default) or PostgreSQL (larger
//! deployments), chosen by the URL scheme. Both run the same SQL through sqlx's `Any` driver:
//! the schema keeps to types both understand (integers, text, doubles), money is integer minor
//! units plus a currency code, dates are ISO text. Each backend owns its migrations folder.
//!
//! Architecture invariants:
//! - every write runs in one transaction together with its audit record ([`audit`]); there is no
//!   write path that skips the audit trail, and the audit table refuses updates and deletes;
//! - every write takes the acting [`pactum_core::Principal`], so the audit trail knows who did it;
//! - no query loads a whole table to answer a page: lists are keyset-paginated and totals are
//!   computed by the database with `GROUP BY` over indexed columns.

mod agreements;
pub mod audit;
pub mod demo;
pub mod documents;
mod error;
mod organisations;
mod progress;
mod projects;
mod rows;
pub mod views;

use std::str::FromStr;
use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::migrate::{MigrateError, Migrator};
use sqlx::{AnyPool, ConnectOptions, Executor};

pub use documents::{DocumentView, MAX_DOCUMENT_BYTES};
pub use error::StoreError;
pub use views::*;

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("./migrations/postgres");

/// Which database engine a store runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The database, shared by every request; cheap to clone.
#[derive(Clone, Debug)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
}

/// Replaces a password in a URL with `***`, so errors and logs never print it.
pub fn redact_url(url: &str) -> String {
    if let Some((scheme, rest)) = url.split_once("://")
        && let Some((userinfo, host)) = rest.split_once('@')
        && let Some((user, _password)) = userinfo.split_once(':')
    {
        return format!("{scheme}://{user}:***@{host}");
    }
    url.to_owned()
}

impl Store {
    /// Opens `sqlite://PATH` (created if missing) or `postgres://…`, without migrating.
    pub async fn open(url: &str) -> Result<Store, StoreError> {
        sqlx::any::install_default_drivers();
        let (backend, connect_url) = if let Some(path) = url.strip_prefix("sqlite://") {
            if path.is_empty() {
                return Err(StoreError::UnsupportedUrl(url.to_owned()));
            }
            let sep = if path.contains('?') { '&' } else { '?' };
            (Backend::Sqlite, format!("sqlite://{path}{sep}mode=rwc"))
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            (Backend::Postgres, url.to_owned())
        } else {
            return Err(StoreError::UnsupportedUrl(redact_url(url)));
        };
        let options = AnyConnectOptions::from_str(&connect_url)
            .map_err(|source| StoreError::Open {
                url: redact_url(url),
                source,
            })?
            .disable_statement_logging();
        let pool = AnyPoolOptions::new()
            .max_connections(if backend == Backend::Sqlite { 4 } else { 10 })
            .acquire_timeout(Duration::from_secs(10))
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // WAL lets readers proceed during a write; the busy timeout makes a
                        // second writer wait instead of failing at once.
                        conn.execute(
                            "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; \
                             PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;",
                        )
                        .await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await
            .map_err(|source| StoreError::Open {
                url: redact_url(url),
                source,
            })?;
        Ok(Store { pool, backend })
    }

    /// Opens the database and brings its schema up to date.
    pub async fn open_and_migrate(url: &str) -> Result<Store, StoreError> {
        let store = Store::open(url).await?;
        store.migrate().await?;
        Ok(store)
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    fn migrator(&self) -> &'static Migrator {
        match self.backend {
            Backend::Sqlite => &SQLITE_MIGRATIONS,
            Backend::Postgres => &POSTGRES_MIGRATIONS,
        }
    }

    /// The newest schema version this build knows.
    pub fn known_schema_version(&self) -> i64 {
        self.migrator().iter().map(|m| m.version).max().unwrap_or(0)
    }

    /// Applies pending migrations; refuses a database whose schema is newer than this build.
    pub async fn migrate(&self) -> Result<Vec<i64>, StoreError> {
        let before = self.applied_versions().await?;
        let known = self.known_schema_version();
        if let Some(&found) = before.iter().max()
            && found > known
        {
            return Err(StoreError::SchemaTooNew { found, known });
        }
        self.migrator().run(&self.pool).await.map_err(|e| match e {
            MigrateError::VersionMissing(found) => StoreError::SchemaTooNew { found, known },
            other => StoreError::Migrate(other),
        })?;
        let after = self.applied_versions().await?;
        Ok(after.into_iter().filter(|v| !before.contains(v)).collect())
    }

    async fn applied_versions(&self) -> Result<Vec<i64>, StoreError> {
        let exists_sql = match self.backend {
            Backend::Sqlite => {
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'"
            }
            Backend::Postgres => {
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() \
                 AND table_name = '_sqlx_migrations'"
            }
        };
        let exists: i64 = sqlx::query_scalar(exists_sql).fetch_one(&self.pool).await?;
        if exists == 0 {
            return Ok(Vec::new());
        }
        let versions: Vec<i64> = sqlx::query_scalar(
            "SELECT version FROM _sqlx_migrations WHERE success ORDER BY version",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(versions)
    }

    /// Starts a write transaction. On SQLite it takes the write lock up front (`BEGIN
    /// IMMEDIATE`), so two writers queue on the busy timeout instead of deadlocking on upgrade.
    pub(crate) async fn begin(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>, StoreError> {
        let tx = match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.pool.begin().await?,
        };
        Ok(tx)
    }

    /// The raw pool, for diagnostics and tests; application writes go through the methods above.
    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// True when no agreement has been recorded yet (the demo loads only then).
    pub async fn is_empty(&self) -> Result<bool, StoreError> {
        let n: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM (SELECT 1 FROM agreements LIMIT 1) t")
                .fetch_one(&self.pool)
                .await?;
        Ok(n == 0)
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// Runs one SQL statement outside the repositories: for tests and repair tools only. It writes no
/// audit record, so application code never calls it.
pub async fn execute_raw(store: &Store, sql: &'static str) -> Result<u64, StoreError> {
    Ok(sqlx::query(sql)
        .execute(store.pool())
        .await?
        .rows_affected())
}
