//! The `pactum` binary as an operator meets it: exit codes and one clear line on bad input.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn pactum(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pactum"))
        .args(args)
        .env_remove("PACTUM_DB")
        .output()
        .unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("pactum-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn help_names_every_command() {
    let out = pactum(&["--help"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    for word in ["serve", "demo", "migrate", "extract", "--db", "PACTUM_DB"] {
        assert!(text.contains(word), "--help lacks {word}");
    }
    let serve = String::from_utf8_lossy(&pactum(&["serve", "--help"]).stdout).into_owned();
    assert!(serve.contains("--addr") && serve.contains("127.0.0.1:8080"));
}

#[test]
fn migrate_creates_and_then_reports_up_to_date() {
    let dir = temp_dir("migrate");
    let url = format!("sqlite://{}", dir.join("p.db").display());
    let first = pactum(&["--db", &url, "migrate"]);
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(String::from_utf8_lossy(&first.stdout).contains("applied migrations"));
    let second = pactum(&["--db", &url, "migrate"]);
    assert!(String::from_utf8_lossy(&second.stdout).contains("up to date"));
}

#[test]
fn bad_database_urls_fail_with_one_clear_line() {
    let out = pactum(&["--db", "mysql://localhost/x", "migrate"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.starts_with("error: unsupported database URL"), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    let out = pactum(&["--db", "sqlite:///no/such/dir/p.db", "migrate"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("cannot open database"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn newer_schema_is_refused() {
    let dir = temp_dir("newer");
    let url = format!("sqlite://{}", dir.join("p.db").display());
    assert!(pactum(&["--db", &url, "migrate"]).status.success());
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let store = pactum_store::Store::open(&url).await.unwrap();
        sqlx_insert_future_version(&store).await;
        store.close().await;
    });
    let out = pactum(&["--db", &url, "migrate"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("newer than this build of Pactum"),
        "{}",
        stderr(&out)
    );
}

async fn sqlx_insert_future_version(store: &pactum_store::Store) {
    let raw = "INSERT INTO _sqlx_migrations (version, description, installed_on, success, checksum, execution_time) \
               SELECT 99999, 'future', installed_on, success, checksum, 0 FROM _sqlx_migrations LIMIT 1";
    pactum_store::execute_raw(store, raw).await.unwrap();
}

#[test]
fn port_in_use_is_a_clear_error() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let dir = temp_dir("port");
    let url = format!("sqlite://{}", dir.join("p.db").display());
    let out = pactum(&["--db", &url, "serve", "--addr", &addr]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("address already in use"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn extract_prints_json_and_refuses_unreadable_input() {
    let dir = temp_dir("extract");
    let article = dir.join("a.txt");
    std::fs::write(&article, pactum_store::demo::PRESS_RELEASE).unwrap();
    let out = pactum(&["extract", "--json", article.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let line = String::from_utf8(out.stdout.clone()).unwrap();
    assert_eq!(line.lines().count(), 1, "one object per line");
    let value: serde_json::Value = serde_json::from_str(&line).unwrap();
    assert_eq!(value.as_object().unwrap().len(), 10);
    let keys = [
        "title",
        "agreement_type",
        "parties",
        "signatories",
        "date",
        "place",
        "amounts",
        "period",
        "focus_areas",
        "evidence",
    ];
    let positions: Vec<usize> = keys
        .iter()
        .map(|k| line.find(&format!("\"{k}\":")).expect(k))
        .collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "keys out of order: {line}"
    );
    assert_eq!(value["amounts"][0]["value"], 10_000_000_000i64);
    assert_eq!(value["amounts"][0]["currency"], "CNY");

    let empty = dir.join("empty.txt");
    std::fs::write(&empty, b"").unwrap();
    let out = pactum(&["extract", empty.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("empty.txt"), "{}", stderr(&out));

    let binary = dir.join("blob.bin");
    std::fs::write(&binary, [0u8, 159, 146, 150, 0, 1, 2]).unwrap();
    let out = pactum(&["extract", binary.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("blob.bin"));

    let mut child = Command::new(env!("CARGO_BIN_EXE_pactum"))
        .args(["extract", "--json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("2016年7月8日，青海省人民政府与中国电信集团在西宁签署合作框架协议。".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(value["date"], "2016-07-08");
}
