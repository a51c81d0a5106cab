//! `pactum`: the command line that wires storage, the web server and extraction together.

use std::io::Read;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use pactum_store::{Store, demo};

#[derive(Parser)]
#[command(
    name = "pactum",
    version,
    about = "Track cooperation agreements from signing to fulfilment."
)]
struct Cli {
    /// Database URL: sqlite://PATH (created if missing) or postgres://USER@HOST/DB.
    #[arg(
        long,
        global = true,
        env = "PACTUM_DB",
        default_value = "sqlite://pactum.db"
    )]
    db: String,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Bring the database schema up to date, then serve the web UI and API.
    Serve(ServeArgs),
    /// Load the demo data (the Qinghai–China Telecom agreement) if the database is empty, then serve.
    Demo(ServeArgs),
    /// Bring the database schema up to date and exit.
    Migrate,
    /// Propose agreement fields from press releases (`-` reads standard input).
    Extract(ExtractArgs),
    /// Print the OpenAPI description of the JSON API.
    Openapi,
}

#[derive(Args)]
struct ServeArgs {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
}

#[derive(Args)]
struct ExtractArgs {
    /// Print one JSON object per input (one per line) instead of a readable summary.
    #[arg(long)]
    json: bool,
    /// Score the extractor on a directory of labelled articles (*.txt with *.json answers).
    #[arg(long, value_name = "DIR", conflicts_with = "json")]
    evaluate: Option<PathBuf>,
    /// Press-release text files; `-` for standard input.
    #[arg(required_unless_present = "evaluate")]
    files: Vec<PathBuf>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("PACTUM_LOG")
                .unwrap_or_else(|_| "warn,pactum=info".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let result = match cli.command {
        Command::Extract(args) => extract(args),
        Command::Openapi => {
            println!("{}", pactum_web::api::openapi_json());
            Ok(())
        }
        command => run_async(cli.db, command),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run_async(db: String, command: Command) -> Result<(), String> {
    let runtime =
        tokio::runtime::Runtime::new().map_err(|e| format!("cannot start the runtime: {e}"))?;
    runtime.block_on(async move {
        match command {
            Command::Migrate => {
                let store = open(&db).await?;
                let applied = store.migrate().await.map_err(|e| e.to_string())?;
                if applied.is_empty() {
                    println!(
                        "database {} is up to date (schema version {})",
                        describe(&db),
                        store.known_schema_version()
                    );
                } else {
                    println!("applied migrations {applied:?} to {}", describe(&db));
                }
                Ok(())
            }
            Command::Serve(args) => {
                let store = open_migrated(&db).await?;
                serve(store, &db, args.addr).await
            }
            Command::Demo(args) => {
                let store = open_migrated(&db).await?;
                if store.is_empty().await.map_err(|e| e.to_string())? {
                    let summary = demo::load(&store)
                        .await
                        .map_err(|e| format!("loading the demo data failed: {e}"))?;
                    eprintln!(
                        "loaded the demo: agreement {} with {} illustrative projects",
                        summary.agreement, summary.projects
                    );
                } else {
                    eprintln!(
                        "the database already holds agreements; the demo data was not loaded again"
                    );
                }
                serve(store, &db, args.addr).await
            }
            Command::Extract(_) | Command::Openapi => unreachable!("handled without a runtime"),
        }
    })
}

/// The database for messages: an absolute path for SQLite, the URL without password otherwise.
fn describe(db: &str) -> String {
    match db.strip_prefix("sqlite://") {
        Some(path) => {
            let path = path.split('?').next().unwrap_or(path);
            std::path::absolute(path).map_or_else(|_| path.to_owned(), |p| p.display().to_string())
        }
        None => pactum_store::redact_url(db),
    }
}

async fn open(db: &str) -> Result<Store, String> {
    Store::open(db).await.map_err(|e| e.to_string())
}

async fn open_migrated(db: &str) -> Result<Store, String> {
    let store = open(db).await?;
    store.migrate().await.map_err(|e| e.to_string())?;
    Ok(store)
}

async fn serve(store: Store, db: &str, addr: SocketAddr) -> Result<(), String> {
    let database = describe(db);
    pactum_web::serve(store, addr, |bound| {
        eprintln!("database: {database}");
        eprintln!("Pactum is serving on http://{bound}/ (Ctrl-C to stop)");
    })
    .await
    .map_err(|e| e.to_string())
}

fn read_input(path: &Path) -> Result<String, String> {
    let bytes = if path == Path::new("-") {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| format!("standard input: {e}"))?;
        buf
    } else {
        std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?
    };
    let name = if path == Path::new("-") {
        "standard input".to_owned()
    } else {
        path.display().to_string()
    };
    pactum_extract::decode_input(&bytes).map_err(|e| format!("{name}: {e}"))
}

fn extract(args: ExtractArgs) -> Result<(), String> {
    if let Some(dir) = args.evaluate {
        let report = pactum_extract::eval::evaluate_dir(&dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?;
        println!("{report}");
        return Ok(());
    }
    let several = args.files.len() > 1;
    for path in &args.files {
        let text = read_input(path)?;
        let extraction = pactum_extract::extract(&text);
        if args.json {
            let line = serde_json::to_string(&extraction).map_err(|e| e.to_string())?;
            println!("{line}");
        } else {
            if several {
                println!("== {}", path.display());
            }
            println!("{extraction}");
        }
    }
    Ok(())
}
