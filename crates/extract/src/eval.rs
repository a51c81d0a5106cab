//! Evaluation against labelled articles, exactly as `testdata/LABELING.md` defines it.
//!
//! Gold files are read as loose JSON (parties may be given as objects). Agreement types are
//! compared exactly, in the long form LABELING.md lists (`framework agreement`, ...).

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::orgs::norm_tokens;

/// The fields that are scored, in report order.
pub const FIELDS: [&str; 9] = [
    "title",
    "agreement_type",
    "parties",
    "signatories",
    "date",
    "place",
    "amounts",
    "period",
    "focus_areas",
];

/// True/false positive and false negative counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// Scores of one article.
#[derive(Debug, Clone)]
pub struct ArticleScore {
    pub name: String,
    pub fields: BTreeMap<&'static str, Counts>,
}

/// Scores of a directory of articles.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub articles: Vec<ArticleScore>,
    per_field: BTreeMap<&'static str, Counts>,
}

impl Report {
    /// Micro-averaged counts over all fields and articles.
    pub fn overall(&self) -> Counts {
        let mut c = Counts::default();
        for v in self.per_field.values() {
            c.add(*v);
        }
        c
    }
    pub fn overall_f1(&self) -> f64 {
        self.overall().f1()
    }
    /// Counts for one field (see [`FIELDS`]).
    pub fn field(&self, name: &str) -> Counts {
        self.per_field.get(name).copied().unwrap_or_default()
    }
    pub fn field_f1(&self, name: &str) -> f64 {
        self.field(name).f1()
    }
    pub fn len(&self) -> usize {
        self.articles.len()
    }
    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }
    /// One line per article naming each field with misses: `title(+1 -1) focus_areas(+0 -2)`.
    pub fn misses(&self) -> impl Iterator<Item = String> + '_ {
        self.articles.iter().map(|a| {
            let bad: Vec<String> = a
                .fields
                .iter()
                .filter(|(_, c)| c.fp + c.fn_ > 0)
                .map(|(k, c)| format!("{k}(+{} -{})", c.fp, c.fn_))
                .collect();
            format!("{:<45} {}", a.name, bad.join(" "))
        })
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} articles", self.articles.len())?;
        writeln!(
            f,
            "{:<15} {:>5} {:>5} {:>5} {:>9} {:>7} {:>6}",
            "field", "tp", "fp", "fn", "precision", "recall", "F1"
        )?;
        let row = |f: &mut fmt::Formatter<'_>, name: &str, c: Counts| {
            writeln!(
                f,
                "{:<15} {:>5} {:>5} {:>5} {:>9.3} {:>7.3} {:>6.3}",
                name,
                c.tp,
                c.fp,
                c.fn_,
                c.precision(),
                c.recall(),
                c.f1()
            )
        };
        for name in FIELDS {
            row(f, name, self.field(name))?;
        }
        row(f, "OVERALL", self.overall())
    }
}

/// Errors while loading a labelled set.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {source}")]
    Input {
        path: PathBuf,
        source: crate::InputError,
    },
    #[error("{path}: invalid gold JSON: {source}")]
    Json {
        path: PathBuf,
        source: serde_json::Error,
    },
}

/// Load every `NAME.txt` that has a `NAME.json` beside it, sorted by name.
pub fn load_dir(dir: &Path) -> Result<Vec<(String, String, Value)>, EvalError> {
    let io = |path: &Path, source| EvalError::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| io(dir, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter(|p| p.with_extension("json").exists())
        .collect();
    names.sort();
    let mut out = Vec::new();
    for txt in names {
        let bytes = std::fs::read(&txt).map_err(|e| io(&txt, e))?;
        let text = crate::decode_input(&bytes).map_err(|source| EvalError::Input {
            path: txt.clone(),
            source,
        })?;
        let jp = txt.with_extension("json");
        let js = std::fs::read(&jp).map_err(|e| io(&jp, e))?;
        let gold: Value =
            serde_json::from_slice(&js).map_err(|source| EvalError::Json { path: jp, source })?;
        let name = txt
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        out.push((name, text, gold));
    }
    Ok(out)
}

impl Report {
    fn push(&mut self, name: String, pred: &Value, gold: &Value) {
        let fields = score(pred, gold);
        for (k, v) in &fields {
            self.per_field.entry(k).or_default().add(*v);
        }
        self.articles.push(ArticleScore { name, fields });
    }
}

/// Run the extractor over a directory and score it.
pub fn evaluate_dir(dir: &Path) -> Result<Report, EvalError> {
    let mut report = Report::default();
    for (name, text, gold) in load_dir(dir)? {
        let pred = serde_json::to_value(crate::extract(&text)).unwrap_or(Value::Null);
        report.push(name, &pred, &gold);
    }
    Ok(report)
}

/// Score a second person's labels (`other/NAME.json`) against the gold of `dir`, as if they
/// were the extractor's output: how far two labellers agree bounds what extraction can score.
/// An article the other labeller left out counts as an empty answer.
pub fn compare_labels(dir: &Path, other: &Path) -> Result<Report, EvalError> {
    let mut report = Report::default();
    for (name, _, gold) in load_dir(dir)? {
        let path = other.join(format!("{name}.json"));
        let theirs: Value = match std::fs::read(&path) {
            Ok(bytes) => {
                serde_json::from_slice(&bytes).map_err(|source| EvalError::Json { path, source })?
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Value::Null,
            Err(source) => return Err(EvalError::Io { path, source }),
        };
        report.push(name, &theirs, &gold);
    }
    Ok(report)
}

/// Score one prediction against one gold answer (both in the JSON shape of [`crate::Extraction`]).
pub fn score(pred: &Value, gold: &Value) -> BTreeMap<&'static str, Counts> {
    let mut out = BTreeMap::new();
    let s = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
    out.insert(
        "title",
        scalar(s(pred, "title"), s(gold, "title"), |a, b| {
            jaccard(&norm_tokens(a), &norm_tokens(b)) >= 0.5
        }),
    );
    out.insert(
        "agreement_type",
        scalar(
            s(pred, "agreement_type"),
            s(gold, "agreement_type"),
            |a, b| a.trim() == b.trim(),
        ),
    );
    out.insert(
        "date",
        scalar(s(pred, "date"), s(gold, "date"), |a, b| a == b),
    );
    out.insert(
        "place",
        scalar(s(pred, "place"), s(gold, "place"), |a, b| {
            norm_tokens(a) == norm_tokens(b)
        }),
    );
    let period = |v: &Value| {
        let p = v.get("period")?;
        let y = |k: &str| p.get(k).and_then(Value::as_i64);
        let (a, b) = (y("start"), y("end"));
        (a.is_some() || b.is_some()).then_some((a, b))
    };
    out.insert("period", scalar(period(pred), period(gold), |a, b| a == b));

    let names = |v: &Value, k: &str, inner: &str| -> Vec<String> {
        list(v, k)
            .iter()
            .filter_map(|x| {
                x.as_str()
                    .map(str::to_string)
                    .or_else(|| x.get(inner).and_then(Value::as_str).map(str::to_string))
            })
            .collect()
    };
    out.insert(
        "parties",
        list_counts(
            &names(pred, "parties", "name"),
            &names(gold, "parties", "name"),
            |a, b| {
                let (ta, tb) = (norm_tokens(a), norm_tokens(b));
                let (ja, jb) = (ta.join(" "), tb.join(" "));
                (!ja.is_empty() && !jb.is_empty() && (ja.contains(&jb) || jb.contains(&ja)))
                    || jaccard(&ta, &tb) >= 0.6
            },
        ),
    );
    out.insert(
        "signatories",
        list_counts(
            &names(pred, "signatories", "name"),
            &names(gold, "signatories", "name"),
            |a, b| person_tokens(a) == person_tokens(b),
        ),
    );
    out.insert(
        "focus_areas",
        list_counts(
            &names(pred, "focus_areas", "text"),
            &names(gold, "focus_areas", "text"),
            |a, b| {
                let (ta, tb) = (norm_tokens(a), norm_tokens(b));
                let (ja, jb) = (ta.join(" "), tb.join(" "));
                (!ja.is_empty() && !jb.is_empty() && (ja.contains(&jb) || jb.contains(&ja)))
                    || jaccard(&ta, &tb) >= 0.5
            },
        ),
    );
    let amounts = |v: &Value| -> Vec<(f64, String)> {
        list(v, "amounts")
            .iter()
            .filter_map(|a| {
                Some((
                    a.get("value")?.as_f64()?,
                    a.get("currency")?.as_str()?.to_uppercase(),
                ))
            })
            .collect()
    };
    out.insert(
        "amounts",
        list_counts(&amounts(pred), &amounts(gold), |a, b| {
            a.1 == b.1 && (a.0 - b.0).abs() <= 0.005 * b.0.abs().max(a.0.abs())
        }),
    );
    out
}

/// Courtesy and academic forms of address: "Mr Patel Mogan" and "Patel Mogan" are one person.
const HONORIFICS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "drs",
    "prof",
    "professor",
    "hon",
    "honourable",
    "sir",
    "madam",
    "engr",
    "eng",
];

/// Tokens of a person's name without the forms of address before it.
fn person_tokens(name: &str) -> Vec<String> {
    let mut t = norm_tokens(name);
    let lead = t
        .iter()
        .take_while(|w| HONORIFICS.contains(&w.as_str()))
        .count();
    t.drain(..lead);
    t
}

fn list(v: &Value, k: &str) -> Vec<Value> {
    v.get(k)
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
}

fn scalar<T>(pred: Option<T>, gold: Option<T>, eq: impl Fn(&T, &T) -> bool) -> Counts {
    match (pred, gold) {
        (None, None) => Counts::default(),
        (Some(_), None) => Counts {
            tp: 0,
            fp: 1,
            fn_: 0,
        },
        (None, Some(_)) => Counts {
            tp: 0,
            fp: 0,
            fn_: 1,
        },
        (Some(p), Some(g)) => {
            if eq(&p, &g) {
                Counts {
                    tp: 1,
                    fp: 0,
                    fn_: 0,
                }
            } else {
                Counts {
                    tp: 0,
                    fp: 1,
                    fn_: 1,
                }
            }
        }
    }
}

/// Maximum one-to-one matching (each gold item matched at most once).
fn list_counts<T>(pred: &[T], gold: &[T], eq: impl Fn(&T, &T) -> bool) -> Counts {
    let adj: Vec<Vec<usize>> = pred
        .iter()
        .map(|p| (0..gold.len()).filter(|&g| eq(p, &gold[g])).collect())
        .collect();
    let mut owner: Vec<Option<usize>> = vec![None; gold.len()];
    fn augment(
        p: usize,
        adj: &[Vec<usize>],
        seen: &mut [bool],
        owner: &mut [Option<usize>],
    ) -> bool {
        for &g in &adj[p] {
            if seen[g] {
                continue;
            }
            seen[g] = true;
            if owner[g].is_none_or(|q| augment(q, adj, seen, owner)) {
                owner[g] = Some(p);
                return true;
            }
        }
        false
    }
    let mut matched = 0;
    for p in 0..pred.len() {
        let mut seen = vec![false; gold.len()];
        if augment(p, &adj, &mut seen, &mut owner) {
            matched += 1;
        }
    }
    Counts {
        tp: matched,
        fp: pred.len() - matched,
        fn_: gold.len() - matched,
    }
}

fn jaccard(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let inter = a.iter().filter(|w| b.contains(w)).count();
    let mut union: Vec<&String> = a.iter().chain(b.iter()).collect();
    union.sort();
    union.dedup();
    let inter = inter.min(union.len());
    if union.is_empty() {
        0.0
    } else {
        inter as f64 / union.len() as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn scalar_rules() {
        let g = json!({"date": "2016-07-08", "place": null, "title": "cooperation framework agreement", "agreement_type": "framework agreement"});
        let p = json!({"date": "2016-07-09", "place": "Xining", "title": "framework agreement", "agreement_type": "framework agreement"});
        let s = score(&p, &g);
        assert_eq!(
            s["date"],
            Counts {
                tp: 0,
                fp: 1,
                fn_: 1
            }
        );
        assert_eq!(
            s["place"],
            Counts {
                tp: 0,
                fp: 1,
                fn_: 0
            }
        );
        assert_eq!(
            s["title"],
            Counts {
                tp: 1,
                fp: 0,
                fn_: 0
            }
        );
        assert_eq!(
            s["agreement_type"],
            Counts {
                tp: 1,
                fp: 0,
                fn_: 0
            }
        );
        assert_eq!(s["period"], Counts::default());
    }

    #[test]
    fn agreement_type_is_exact() {
        let g = json!({"agreement_type": "framework agreement"});
        let p = json!({"agreement_type": "framework"});
        assert_eq!(
            score(&p, &g)["agreement_type"],
            Counts {
                tp: 0,
                fp: 1,
                fn_: 1
            }
        );
    }

    #[test]
    fn list_rules() {
        let g = json!({
            "parties": ["Qinghai provincial government", "China Telecom group company"],
            "amounts": [{"value": 10000000000u64, "currency": "CNY"}],
            "signatories": [{"name": "Wang Liming"}, {"name": "Gao Tongqing"}],
            "focus_areas": ["cloud computing", "big data"]
        });
        let p = json!({
            "parties": ["the China Telecom group", "Qinghai Province", "Xinhua"],
            "amounts": [{"value": 10030000000.0, "currency": "CNY"}, {"value": 1e9, "currency": "USD"}],
            "signatories": [{"name": "wang liming"}],
            "focus_areas": ["cloud computing services", "big data", "big data centres"]
        });
        let s = score(&p, &g);
        assert_eq!(
            s["parties"],
            Counts {
                tp: 1,
                fp: 2,
                fn_: 1
            }
        );
        assert_eq!(
            s["amounts"],
            Counts {
                tp: 1,
                fp: 1,
                fn_: 0
            }
        );
        assert_eq!(
            s["signatories"],
            Counts {
                tp: 1,
                fp: 0,
                fn_: 1
            }
        );
        // each gold item matched at most once
        assert_eq!(
            s["focus_areas"],
            Counts {
                tp: 2,
                fp: 1,
                fn_: 0
            }
        );
    }

    #[test]
    fn forms_of_address_are_not_part_of_a_name() {
        let g = json!({"signatories": [{"name": "Dr. Harshana Suriyapperuma"}, {"name": "Mr Li"}]});
        let p = json!({"signatories": [{"name": "Harshana Suriyapperuma"}, {"name": "Mr Drs"}]});
        assert_eq!(
            score(&p, &g)["signatories"],
            Counts {
                tp: 1,
                fp: 1,
                fn_: 1
            }
        );
    }

    #[test]
    fn f1_math() {
        let c = Counts {
            tp: 8,
            fp: 2,
            fn_: 2,
        };
        assert!((c.f1() - 0.8).abs() < 1e-9);
    }
}
