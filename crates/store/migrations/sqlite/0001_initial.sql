-- Pactum schema, SQLite flavour. Keep in step with ../postgres/0001_initial.sql:
-- same tables, same columns, same indexes; only types and triggers differ.

CREATE TABLE organisations (
    id          INTEGER PRIMARY KEY,
    name_en     TEXT,
    name_zh     TEXT,
    kind        TEXT NOT NULL,
    identifier  TEXT,
    CHECK (name_en IS NOT NULL OR name_zh IS NOT NULL)
);
CREATE UNIQUE INDEX organisations_identifier ON organisations (identifier) WHERE identifier IS NOT NULL;
CREATE INDEX organisations_name_en ON organisations (name_en);
CREATE INDEX organisations_name_zh ON organisations (name_zh);

CREATE TABLE people (
    id       INTEGER PRIMARY KEY,
    name_en  TEXT,
    name_zh  TEXT,
    CHECK (name_en IS NOT NULL OR name_zh IS NOT NULL)
);

CREATE TABLE agreements (
    id            INTEGER PRIMARY KEY,
    title_en      TEXT,
    title_zh      TEXT,
    kind          TEXT NOT NULL,
    status        TEXT NOT NULL,
    signed_on     TEXT,
    place_en      TEXT,
    place_zh      TEXT,
    period_start  TEXT,
    period_end    TEXT,
    period_label  TEXT,
    source_text   TEXT,
    source_url    TEXT,
    illustrative  INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1)),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX agreements_signed_on ON agreements (signed_on);

-- Focus areas and sectors, in the order the source gives them.
CREATE TABLE agreement_labels (
    agreement_id  INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    label_kind    TEXT NOT NULL CHECK (label_kind IN ('focus_area', 'sector')),
    position      INTEGER NOT NULL,
    name_en       TEXT,
    name_zh       TEXT,
    PRIMARY KEY (agreement_id, label_kind, position)
);

CREATE TABLE agreement_parties (
    agreement_id     INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
    role             TEXT NOT NULL,
    position         INTEGER NOT NULL,
    PRIMARY KEY (agreement_id, organisation_id)
);
CREATE INDEX agreement_parties_organisation ON agreement_parties (organisation_id);

CREATE TABLE signatories (
    agreement_id     INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    person_id        INTEGER NOT NULL REFERENCES people (id),
    title_en         TEXT,
    title_zh         TEXT,
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
    PRIMARY KEY (agreement_id, position)
);

CREATE TABLE obligations (
    id               INTEGER PRIMARY KEY,
    agreement_id     INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    party_id         INTEGER NOT NULL REFERENCES organisations (id),
    description_en   TEXT,
    description_zh   TEXT,
    amount_minor     INTEGER CHECK (amount_minor >= 0),
    currency         TEXT,
    due              TEXT,
    status           TEXT NOT NULL,
    evidence         TEXT,
    CHECK ((amount_minor IS NULL) = (currency IS NULL))
);
CREATE INDEX obligations_agreement ON obligations (agreement_id);
CREATE INDEX obligations_due ON obligations (status, due);

CREATE TABLE projects (
    id              INTEGER PRIMARY KEY,
    agreement_id    INTEGER NOT NULL REFERENCES agreements (id),
    code            TEXT,
    title_en        TEXT,
    title_zh        TEXT,
    description_en  TEXT,
    description_zh  TEXT,
    sector_en       TEXT,
    sector_zh       TEXT,
    division_code   TEXT,
    division_en     TEXT,
    division_zh     TEXT,
    latitude        REAL,
    longitude       REAL,
    implementer_id  INTEGER REFERENCES organisations (id),
    budget_minor    INTEGER CHECK (budget_minor >= 0),
    budget_currency TEXT,
    planned_start   TEXT,
    planned_end     TEXT,
    actual_start    TEXT,
    actual_end      TEXT,
    status          TEXT NOT NULL,
    illustrative    INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1)),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX projects_agreement ON projects (agreement_id, id);
CREATE INDEX projects_division ON projects (division_code);
CREATE INDEX projects_implementer ON projects (implementer_id);
CREATE UNIQUE INDEX projects_code ON projects (code) WHERE code IS NOT NULL;

CREATE TABLE transactions (
    id            INTEGER PRIMARY KEY,
    project_id    INTEGER NOT NULL REFERENCES projects (id),
    kind          TEXT NOT NULL,
    date          TEXT NOT NULL,
    amount_minor  INTEGER NOT NULL CHECK (amount_minor >= 0),
    currency      TEXT NOT NULL,
    provider_id   INTEGER REFERENCES organisations (id),
    receiver_id   INTEGER REFERENCES organisations (id),
    description   TEXT
);
-- Serves both "this project's transactions by date" and per-project sums by kind and currency.
CREATE INDEX transactions_project ON transactions (project_id, kind, currency, date);
CREATE INDEX transactions_date ON transactions (date);

CREATE TABLE milestones (
    id           INTEGER PRIMARY KEY,
    project_id   INTEGER NOT NULL REFERENCES projects (id),
    title_en     TEXT,
    title_zh     TEXT,
    due          TEXT NOT NULL,
    achieved_on  TEXT
);
CREATE INDEX milestones_project ON milestones (project_id, due);

CREATE TABLE indicators (
    id             INTEGER PRIMARY KEY,
    project_id     INTEGER NOT NULL REFERENCES projects (id),
    title_en       TEXT,
    title_zh       TEXT,
    unit_en        TEXT,
    unit_zh        TEXT,
    direction      TEXT NOT NULL,
    baseline_year  INTEGER,
    baseline       TEXT
);
CREATE INDEX indicators_project ON indicators (project_id);

-- Decimal values kept as text: sqlx stores rust_decimal natively only in PostgreSQL.
CREATE TABLE indicator_values (
    indicator_id  INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
    year          INTEGER NOT NULL,
    target        TEXT,
    actual        TEXT,
    PRIMARY KEY (indicator_id, year)
);

CREATE TABLE blobs (
    sha256      TEXT PRIMARY KEY,
    size_bytes  INTEGER NOT NULL,
    content     BLOB NOT NULL
);

CREATE TABLE documents (
    id          INTEGER PRIMARY KEY,
    owner_kind  TEXT NOT NULL,
    owner_id    INTEGER NOT NULL,
    title       TEXT NOT NULL,
    media_type  TEXT NOT NULL,
    sha256      TEXT NOT NULL REFERENCES blobs (sha256)
);
CREATE INDEX documents_owner ON documents (owner_kind, owner_id);

CREATE TABLE exchange_rates (
    base      TEXT NOT NULL,
    quote     TEXT NOT NULL,
    date      TEXT NOT NULL,
    rate      TEXT NOT NULL,
    PRIMARY KEY (base, quote, date)
);

-- The audit trail. Append-only: the triggers below refuse any change to a written entry.
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    user_id    INTEGER,
    action     TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_id  INTEGER NOT NULL,
    before     TEXT,
    after      TEXT
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
