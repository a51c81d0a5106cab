//! Quality floor on the labelled sets. The floors sit a little below the measured scores, so a
//! rule change that makes extraction worse fails here.
use std::path::Path;

fn run(split: &str, floor: f64) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("testdata")
        .join(split);
    if !dir.exists() {
        eprintln!("{} missing; skipped", dir.display());
        return;
    }
    let report = pactum_extract::eval::evaluate_dir(&dir).expect("load labelled set");
    println!("{split}:\n{report}");
    if report.is_empty() {
        return;
    }
    let f1 = report.overall_f1();
    assert!(
        f1 >= floor,
        "{split}: overall F1 {f1:.3} fell under the floor {floor}\n{report}"
    );
}

#[test]
fn dev_set_f1_floor() {
    // measured 0.843 on all 56 dev articles (the set the rules are tuned on)
    run("dev", 0.82);
}

#[test]
fn test_set_f1_floor() {
    run("test", 0.64); // measured 0.662
}

#[test]
fn holdout2_set_f1_floor() {
    run("holdout2", 0.71); // measured 0.734
}

#[test]
fn holdout3_set_f1_floor() {
    // written after three tuning rounds and measured once: 0.722
    run("holdout3", 0.70);
}

#[test]
fn gold_labels_agree_with_themselves() {
    // The matching the evaluator uses must accept every gold item as itself.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/dev");
    let report = pactum_extract::eval::compare_labels(&dir, &dir).expect("load labelled set");
    assert!(!report.is_empty());
    let all = report.overall();
    assert_eq!((all.fp, all.fn_), (0, 0), "{report}");
}
