//! Reading domain values out of database rows, and the column encodings for writing them.

use pactum_core::{Currency, Money, Name, PartialDate};
use sqlx::Row;
use sqlx::any::AnyRow;
use time::Date;
use time::format_description::well_known::Rfc3339;

use crate::StoreError;

pub(crate) fn text(row: &AnyRow, col: &str) -> Result<Option<String>, StoreError> {
    Ok(row.try_get::<Option<String>, _>(col)?)
}

pub(crate) fn int(row: &AnyRow, col: &str) -> Result<i64, StoreError> {
    Ok(row.try_get::<i64, _>(col)?)
}

pub(crate) fn opt_int(row: &AnyRow, col: &str) -> Result<Option<i64>, StoreError> {
    Ok(row.try_get::<Option<i64>, _>(col)?)
}

pub(crate) fn flag(row: &AnyRow, col: &str) -> Result<bool, StoreError> {
    Ok(int(row, col)? != 0)
}

/// A bilingual name stored as `<prefix>_en` and `<prefix>_zh`.
pub(crate) fn name(row: &AnyRow, prefix: &str) -> Result<Name, StoreError> {
    Ok(Name {
        en: text(row, &format!("{prefix}_en"))?,
        zh: text(row, &format!("{prefix}_zh"))?,
    })
}

pub(crate) fn partial_date(
    row: &AnyRow,
    col: &'static str,
) -> Result<Option<PartialDate>, StoreError> {
    text(row, col)?
        .map(|t| {
            PartialDate::parse(&t).map_err(|_| StoreError::Corrupt {
                column: col,
                value: t,
            })
        })
        .transpose()
}

pub(crate) fn day(row: &AnyRow, col: &'static str) -> Result<Option<Date>, StoreError> {
    text(row, col)?
        .map(|t| {
            pactum_core::model::day::parse(&t).map_err(|_| StoreError::Corrupt {
                column: col,
                value: t,
            })
        })
        .transpose()
}

pub(crate) fn currency(code: String, column: &'static str) -> Result<Currency, StoreError> {
    Currency::parse(&code).map_err(|_| StoreError::Corrupt {
        column,
        value: code,
    })
}

/// Money stored as `<amount_col>` minor units plus a currency column; both null means none.
pub(crate) fn money(
    row: &AnyRow,
    amount_col: &str,
    currency_col: &'static str,
) -> Result<Option<Money>, StoreError> {
    match (opt_int(row, amount_col)?, text(row, currency_col)?) {
        (Some(units), Some(code)) => Ok(Some(Money::from_minor_units(
            units,
            currency(code, currency_col)?,
        ))),
        _ => Ok(None),
    }
}

pub(crate) fn decimal(
    row: &AnyRow,
    col: &'static str,
) -> Result<Option<rust_decimal::Decimal>, StoreError> {
    text(row, col)?
        .map(|t| {
            t.parse().map_err(|_| StoreError::Corrupt {
                column: col,
                value: t,
            })
        })
        .transpose()
}

pub(crate) fn now() -> String {
    time::OffsetDateTime::now_utc()
        .format(&Rfc3339)
        .unwrap_or_default()
}

pub(crate) fn date_text(d: Option<PartialDate>) -> Option<String> {
    d.map(|d| d.to_string())
}

pub(crate) fn minor(m: Option<Money>) -> (Option<i64>, Option<String>) {
    match m {
        Some(m) => (Some(m.minor_units()), Some(m.currency.code().to_owned())),
        None => (None, None),
    }
}

/// A string-coded enum column, parsed with its `parse`.
pub(crate) fn enum_col<T>(
    row: &AnyRow,
    col: &'static str,
    parse: fn(&str) -> Result<T, pactum_core::ValidationErrors>,
) -> Result<T, StoreError> {
    let value = text(row, col)?.unwrap_or_default();
    parse(&value).map_err(|_| StoreError::Corrupt { column: col, value })
}

/// A value bound into a dynamically built statement.
pub(crate) enum Arg {
    Int(i64),
    Text(String),
}

/// Builds SQL with numbered `$N` placeholders. sqlx's `QueryBuilder` emits the `Any` driver's
/// `?` form, which PostgreSQL does not accept; numbered placeholders work on both backends.
#[derive(Default)]
pub(crate) struct Sql {
    text: String,
    args: Vec<Arg>,
}

impl Sql {
    pub(crate) fn new(text: &str) -> Sql {
        Sql {
            text: text.to_owned(),
            args: Vec::new(),
        }
    }

    pub(crate) fn push(&mut self, text: &str) -> &mut Sql {
        self.text.push_str(text);
        self
    }

    pub(crate) fn bind(&mut self, arg: Arg) -> &mut Sql {
        self.args.push(arg);
        self.text.push_str(&format!("${}", self.args.len()));
        self
    }

    /// Appends `(…)` with one placeholder per id, for `IN` lists.
    pub(crate) fn bind_list(&mut self, ids: impl IntoIterator<Item = i64>) -> &mut Sql {
        self.text.push('(');
        for (i, id) in ids.into_iter().enumerate() {
            if i > 0 {
                self.text.push_str(", ");
            }
            self.bind(Arg::Int(id));
        }
        self.text.push(')');
        self
    }

    pub(crate) async fn fetch_all(
        self,
        conn: &mut sqlx::AnyConnection,
    ) -> Result<Vec<AnyRow>, StoreError> {
        let mut q = sqlx::query(sqlx::AssertSqlSafe(self.text));
        for arg in self.args {
            q = match arg {
                Arg::Int(v) => q.bind(v),
                Arg::Text(v) => q.bind(v),
            };
        }
        Ok(q.fetch_all(conn).await?)
    }
}
