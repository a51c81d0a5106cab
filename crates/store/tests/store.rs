//! Store integration tests, run against both a fresh SQLite file and a fresh PostgreSQL database.
//!
//! PostgreSQL is reached at `PACTUM_TEST_POSTGRES_URL` (an admin URL; default
//! `postgres://postgres@127.0.0.1:5432/postgres`); each test creates and drops its own database.
//! The tests fail, never skip, when PostgreSQL cannot be reached: `scripts/test` provides it.

use std::sync::atomic::{AtomicUsize, Ordering};

use pactum_core::*;
use pactum_store::{PageRequest, Store, StoreError, demo};
use sqlx::{Connection, Executor};

static COUNTER: AtomicUsize = AtomicUsize::new(0);

struct TestDb {
    store: Store,
    cleanup: Option<(String, String)>,
    _dir: Option<std::path::PathBuf>,
}

impl TestDb {
    async fn drop_db(self) {
        self.store.close().await;
        if let Some((admin, name)) = self.cleanup {
            let mut conn = sqlx::PgConnection::connect(&admin)
                .await
                .expect("admin connection");
            let _ = conn
                .execute(sqlx::AssertSqlSafe(format!(
                    "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                )))
                .await;
        }
        if let Some(dir) = self._dir {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

async fn sqlite() -> TestDb {
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!("pactum-store-test-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let url = format!("sqlite://{}", dir.join("pactum.db").display());
    let store = Store::open_and_migrate(&url).await.expect("open sqlite");
    TestDb {
        store,
        cleanup: None,
        _dir: Some(dir),
    }
}

async fn postgres() -> TestDb {
    let admin = std::env::var("PACTUM_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_owned());
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let name = format!("pactum_test_{}_{n}", std::process::id());
    let mut conn = sqlx::PgConnection::connect(&admin).await.unwrap_or_else(|e| {
        panic!("PostgreSQL is required for these tests and could not be reached at {admin}: {e}. Run scripts/test.")
    });
    conn.execute(sqlx::AssertSqlSafe(format!(
        "DROP DATABASE IF EXISTS {name}"
    )))
    .await
    .unwrap();
    conn.execute(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .await
        .unwrap();
    let (base, _) = admin.rsplit_once('/').expect("admin URL has a database");
    let url = format!("{base}/{name}");
    let store = Store::open_and_migrate(&url).await.expect("open postgres");
    TestDb {
        store,
        cleanup: Some((admin, name)),
        _dir: None,
    }
}

/// Runs one async test body against both backends.
macro_rules! both {
    ($name:ident, $body:expr) => {
        mod $name {
            use super::*;
            #[tokio::test]
            async fn sqlite() {
                let db = super::sqlite().await;
                ($body)(db.store.clone()).await;
                db.drop_db().await;
            }
            #[tokio::test]
            async fn postgres() {
                let db = super::postgres().await;
                ($body)(db.store.clone()).await;
                db.drop_db().await;
            }
        }
    };
}

async fn count(store: &Store, table: &'static str) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
        .fetch_one(store.pool())
        .await
        .unwrap()
}

fn field_names(err: StoreError) -> Vec<String> {
    match err {
        StoreError::Invalid(e) => e.0.into_iter().map(|e| e.field).collect(),
        other => panic!("expected a validation error, got {other}"),
    }
}

both!(
    migrations_are_idempotent_and_refuse_newer_schema,
    |store: Store| async move {
        assert!(
            store.migrate().await.unwrap().is_empty(),
            "second run applies nothing"
        );
        sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, installed_on, success, checksum, execution_time) \
         VALUES (99999, 'from the future', CURRENT_TIMESTAMP, TRUE, X'00', 0)",
    )
    .execute(store.pool())
    .await
    .ok();
        // PostgreSQL's bytea literal differs; insert through a portable path if the first failed.
        sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, installed_on, success, checksum, execution_time) \
         SELECT 99999, 'from the future', CURRENT_TIMESTAMP, TRUE, checksum, 0 FROM _sqlx_migrations \
         WHERE NOT EXISTS (SELECT 1 FROM _sqlx_migrations WHERE version = 99999) LIMIT 1",
    )
    .execute(store.pool())
    .await
    .unwrap();
        match store.migrate().await {
            Err(StoreError::SchemaTooNew {
                found: 99999,
                known,
            }) => assert_eq!(known, store.known_schema_version()),
            other => panic!("expected SchemaTooNew, got {other:?}"),
        }
    }
);

both!(
    demo_agreement_reads_back_faithfully,
    |store: Store| async move {
        assert!(store.is_empty().await.unwrap());
        let summary = demo::load(&store).await.unwrap();
        assert!(!store.is_empty().await.unwrap());
        let detail = store
            .agreement_detail(summary.agreement)
            .await
            .unwrap()
            .unwrap();
        let a = &detail.agreement;
        assert_eq!(a.signed_on.unwrap().to_string(), "2016-07-08");
        assert_eq!(a.place.get(Lang::En), "Xining");
        assert_eq!(a.period.as_ref().unwrap().to_string(), "2016–2020");
        assert_eq!(a.sectors.len(), 9);
        assert!(!a.illustrative);
        assert!(
            a.source_text
                .as_deref()
                .unwrap()
                .contains("10 billion yuan")
        );
        let parties: Vec<&str> = detail
            .parties
            .iter()
            .map(|p| p.organisation.name.get(Lang::En))
            .collect();
        assert_eq!(
            parties,
            [
                "Qinghai Provincial People's Government",
                "China Telecom Group"
            ]
        );
        let signers: Vec<&str> = detail
            .signatories
            .iter()
            .map(|s| s.person.name.get(Lang::Zh))
            .collect();
        assert_eq!(signers, ["王黎明", "高同庆"]);
        assert_eq!(
            detail.money.committed,
            vec![Money::parse("10000000000", "CNY").unwrap()]
        );
        let telecom = detail.parties[1].organisation.id;
        let qinghai = detail.parties[0].organisation.id;
        assert_eq!(
            detail
                .obligations
                .iter()
                .filter(|o| o.party == telecom)
                .count(),
            3
        );
        assert_eq!(
            detail
                .obligations
                .iter()
                .filter(|o| o.party == qinghai)
                .count(),
            3
        );
        assert_eq!(detail.projects.len(), summary.projects);
        assert!(detail.projects.iter().all(|p| p.illustrative));
        // Disbursed total is the sum of every project's disbursements.
        let per_project: i64 = detail
            .projects
            .iter()
            .flat_map(|p| &p.disbursed)
            .map(|m| m.minor_units())
            .sum();
        assert_eq!(detail.money.disbursed.len(), 1);
        assert_eq!(detail.money.disbursed[0].minor_units(), per_project);
        assert_eq!(
            detail.money.disbursed[0],
            Money::parse("3545000000", "CNY").unwrap()
        );

        let project = store
            .project_detail(detail.projects[0].id)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            project.project.location.division_code.as_deref(),
            Some("630100")
        );
        assert_eq!(project.transactions.len(), 6);
        assert_eq!(project.milestones.len(), 2);
        assert_eq!(project.indicators[0].values.len(), 2);
        assert!(
            project
                .organisation(project.project.implementer.unwrap())
                .is_some()
        );
        assert_eq!(store.exchange_rates().await.unwrap().len(), 5);

        // The cheap party lookups used for authorisation agree with the full reads.
        assert_eq!(
            store
                .agreement_party_ids(detail.agreement.id)
                .await
                .unwrap(),
            detail.party_ids()
        );
        let mut cheap = store.project_party_ids(project.project.id).await.unwrap();
        let mut full = project.party_ids();
        cheap.sort_by_key(|o| o.0);
        full.sort_by_key(|o| o.0);
        full.dedup();
        assert_eq!(cheap, full);
        assert!(
            project
                .project
                .implementer
                .is_some_and(|i| cheap.contains(&i))
        );
        assert!(
            store
                .project_party_ids(ProjectId(i64::MAX))
                .await
                .unwrap()
                .is_empty()
        );
    }
);

both!(lists_page_by_keyset, |store: Store| async move {
    demo::load(&store).await.unwrap();
    let who = Principal::system("test");
    let org = store
        .find_organisation_by_name("china telecom group")
        .await
        .unwrap()
        .unwrap();
    for i in 0..4 {
        let new = NewAgreement {
            title: Name::en(format!("Memorandum {i}")),
            kind: AgreementKind::Mou,
            status: AgreementStatus::Draft,
            signed_on: None,
            place: Name::default(),
            period: None,
            parties: vec![NewParty {
                organisation: org.id,
                role: PartyRole::Partner,
            }],
            signatories: vec![],
            focus_areas: vec![],
            sectors: vec![],
            obligations: vec![],
            source_text: None,
            source_url: None,
            illustrative: true,
        };
        store.create_agreement(&who, new).await.unwrap();
    }
    let first = store
        .list_agreements(&PageRequest {
            limit: 2,
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(first.items.len(), 2);
    assert_eq!(
        first.items[0].committed,
        vec![Money::parse("10000000000", "CNY").unwrap()]
    );
    assert_eq!(first.items[0].parties.len(), 2);
    assert_eq!(first.items[0].project_count, 5);
    let second = store
        .list_agreements(&PageRequest {
            limit: 2,
            after: first.next_after,
            ..Default::default()
        })
        .await
        .unwrap();
    let third = store
        .list_agreements(&PageRequest {
            limit: 2,
            after: second.next_after,
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(third.items.len(), 1);
    assert_eq!(third.next_after, None);
    let found = store
        .list_agreements(&PageRequest {
            q: Some("memorandum 3".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(found.items.len(), 1);
    let zh = store
        .list_agreements(&PageRequest {
            q: Some("十三五".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(zh.items.len(), 1);
});

both!(invalid_input_writes_nothing, |store: Store| async move {
    demo::load(&store).await.unwrap();
    let who = Principal::system("test");
    let before = (
        count(&store, "agreements").await,
        count(&store, "audit_log").await,
        count(&store, "people").await,
    );
    let bad = NewAgreement {
        title: Name::en("Bad"),
        kind: AgreementKind::Mou,
        status: AgreementStatus::Draft,
        signed_on: None,
        place: Name::default(),
        period: None,
        parties: vec![NewParty {
            organisation: OrganisationId(424242),
            role: PartyRole::Partner,
        }],
        signatories: vec![NewSignatory {
            name: Name::en("Somebody New"),
            title: Name::default(),
            organisation: OrganisationId(424242),
        }],
        focus_areas: vec![],
        sectors: vec![],
        obligations: vec![],
        source_text: None,
        source_url: None,
        illustrative: false,
    };
    assert_eq!(
        field_names(store.create_agreement(&who, bad).await.unwrap_err()),
        ["parties[0].organisation"]
    );
    let after = (
        count(&store, "agreements").await,
        count(&store, "audit_log").await,
        count(&store, "people").await,
    );
    assert_eq!(before, after);

    let project = store
        .list_agreements(&PageRequest::default())
        .await
        .unwrap()
        .items[0]
        .id;
    let project = store
        .agreement_detail(project)
        .await
        .unwrap()
        .unwrap()
        .projects[0]
        .id;
    let tx_before = count(&store, "transactions").await;
    let late = NewTransaction {
        project,
        kind: TransactionKind::Disbursement,
        date: time::macros::date!(2023 - 01 - 01),
        value: Money::parse("5", "CNY").unwrap(),
        provider: None,
        receiver: None,
        description: None,
    };
    assert_eq!(
        field_names(store.add_transaction(&who, late).await.unwrap_err()),
        ["date"]
    );
    let ghost = NewTransaction {
        project: ProjectId(999_999),
        kind: TransactionKind::Disbursement,
        date: time::macros::date!(2018 - 01 - 01),
        value: Money::parse("5", "CNY").unwrap(),
        provider: None,
        receiver: None,
        description: None,
    };
    assert_eq!(
        field_names(store.add_transaction(&who, ghost).await.unwrap_err()),
        ["project"]
    );
    assert_eq!(count(&store, "transactions").await, tx_before);
});

both!(
    audit_trail_records_who_and_refuses_changes,
    |store: Store| async move {
        let summary = demo::load(&store).await.unwrap();
        let trail = store
            .audit_trail("agreement", summary.agreement.0)
            .await
            .unwrap();
        assert_eq!(trail.len(), 1);
        assert_eq!(trail[0].actor, "system:demo");
        assert_eq!(trail[0].action, "create");
        assert_eq!(trail[0].after.as_ref().unwrap()["place"]["en"], "Xining");

        let detail = store
            .agreement_detail(summary.agreement)
            .await
            .unwrap()
            .unwrap();
        let obligation = detail.obligations[0].id;
        let officer = Principal {
            user: Some(UserId(5)),
            actor: "officer.li".into(),
            role: Role::ProgrammeOfficer,
            organisation: None,
        };
        store
            .set_obligation_status(
                &officer,
                obligation,
                ObligationStatus::InProgress,
                Some("2017 annual report".into()),
            )
            .await
            .unwrap();
        let trail = store.audit_trail("obligation", obligation.0).await.unwrap();
        assert_eq!(trail.len(), 2);
        assert_eq!(trail[1].actor, "officer.li");
        assert_eq!(trail[1].user_id, Some(5));
        assert_eq!(trail[1].before.as_ref().unwrap()["status"], "pending");
        assert_eq!(trail[1].after.as_ref().unwrap()["status"], "in_progress");

        let entries = store.audit_count().await.unwrap();
        assert!(
            sqlx::query("UPDATE audit_log SET actor = 'mallory'")
                .execute(store.pool())
                .await
                .is_err()
        );
        assert!(
            sqlx::query("DELETE FROM audit_log")
                .execute(store.pool())
                .await
                .is_err()
        );
        assert_eq!(store.audit_count().await.unwrap(), entries);
    }
);

both!(documents_are_content_addressed, |store: Store| async move {
    let summary = demo::load(&store).await.unwrap();
    let who = Principal::system("test");
    let a = store
        .add_document(
            &who,
            DocumentOwner::Agreement,
            summary.agreement.0,
            "Press release",
            "text/plain",
            b"same bytes",
        )
        .await
        .unwrap();
    let b = store
        .add_document(
            &who,
            DocumentOwner::Agreement,
            summary.agreement.0,
            "Copy",
            "text/plain",
            b"same bytes",
        )
        .await
        .unwrap();
    assert_ne!(a, b);
    assert_eq!(count(&store, "blobs").await, 1);
    let (view, content) = store.document_content(b).await.unwrap().unwrap();
    assert_eq!(content, b"same bytes");
    assert_eq!(
        view.sha256,
        "58100dc8fc06562ce3e578231dc948e083520ee49c4b4ee5a5a28bb4b4003feb"
    );
    assert_eq!(view.size_bytes, 10);
    assert!(matches!(
        store
            .add_document(
                &who,
                DocumentOwner::Project,
                999_999,
                "x",
                "text/plain",
                b"x"
            )
            .await,
        Err(StoreError::NotFound { .. })
    ));
});

#[tokio::test]
async fn unsupported_and_unreachable_urls_are_clear() {
    let err = Store::open("mysql://x").await.unwrap_err().to_string();
    assert!(err.contains("unsupported database URL"), "{err}");
    let err = Store::open("postgres://nobody:secret@127.0.0.1:1/none")
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("cannot open database"), "{err}");
    assert!(!err.contains("secret"), "password leaked: {err}");
    let err = Store::open("sqlite:///nonexistent-dir/sub/pactum.db")
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("/nonexistent-dir/sub/pactum.db"), "{err}");
}

both!(
    new_parties_are_created_with_the_agreement_or_not_at_all,
    |store: Store| async move {
        use pactum_store::OrganisationRef;
        let who = Principal::system("test");
        let parties = || {
            vec![
                (
                    OrganisationRef::New(NewOrganisation {
                        name: Name::en("Gansu Provincial People's Government"),
                        kind: OrganisationKind::Government,
                        identifier: None,
                    }),
                    PartyRole::Government,
                ),
                (
                    OrganisationRef::New(NewOrganisation {
                        name: Name::en("China Mobile"),
                        kind: OrganisationKind::StateOwnedEnterprise,
                        identifier: None,
                    }),
                    PartyRole::Investor,
                ),
            ]
        };
        let draft = |title: &str| {
            let title = title.to_owned();
            move |ids: &[OrganisationId]| NewAgreement {
                title: Name::en(title),
                kind: AgreementKind::StrategicCooperation,
                status: AgreementStatus::Signed,
                signed_on: None,
                place: Name::default(),
                period: None,
                parties: vec![],
                signatories: vec![NewSignatory {
                    name: Name::en("Someone"),
                    title: Name::default(),
                    organisation: ids[1],
                }],
                focus_areas: vec![],
                sectors: vec![],
                obligations: vec![],
                source_text: None,
                source_url: None,
                illustrative: false,
            }
        };
        let err = store
            .create_agreement_with_parties(&who, parties(), draft("  "), None)
            .await
            .unwrap_err();
        assert_eq!(field_names(err), ["title"]);
        assert_eq!(
            count(&store, "organisations").await,
            0,
            "no stray organisations"
        );
        assert_eq!(count(&store, "audit_log").await, 0);
        let id = store
            .create_agreement_with_parties(&who, parties(), draft("Cooperation"), None)
            .await
            .unwrap();
        let again = store
            .create_agreement_with_parties(&who, parties(), draft("Second"), None)
            .await
            .unwrap();
        assert_ne!(id, again);
        assert_eq!(
            count(&store, "organisations").await,
            2,
            "existing names are reused"
        );
        let detail = store.agreement_detail(again).await.unwrap().unwrap();
        assert_eq!(
            detail.signatories[0].organisation,
            detail.parties[1].organisation.id
        );
    }
);

both!(
    concurrent_writers_all_commit_with_their_audit_entries,
    |store: Store| async move {
        let summary = demo::load(&store).await.unwrap();
        let project = store
            .agreement_detail(summary.agreement)
            .await
            .unwrap()
            .unwrap()
            .projects[0]
            .id;
        let before = (
            count(&store, "transactions").await,
            store.audit_count().await.unwrap(),
        );
        let writers: Vec<_> = (0..16)
            .map(|i| {
                let store = store.clone();
                tokio::spawn(async move {
                    let who = Principal::system(&format!("writer-{i}"));
                    let new = NewTransaction {
                        project,
                        kind: TransactionKind::Expenditure,
                        date: time::macros::date!(2019 - 05 - 01),
                        value: Money::parse(&format!("{}.50", i + 1), "CNY").unwrap(),
                        provider: None,
                        receiver: None,
                        description: None,
                    };
                    store.add_transaction(&who, new).await
                })
            })
            .collect();
        for w in writers {
            w.await.unwrap().expect("every concurrent write commits");
        }
        let after = (
            count(&store, "transactions").await,
            store.audit_count().await.unwrap(),
        );
        assert_eq!(
            after,
            (before.0 + 16, before.1 + 16),
            "each write has exactly one audit entry"
        );
    }
);
