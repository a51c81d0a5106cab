//! Quality floor on the labelled sets. The floors sit a little below the measured scores, so a
//! rule change that makes extraction worse fails here.
use std::path::Path;

fn run(split: &str, floor: f64) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("testdata")
        .join(split);
    let report = pactum_extract::eval::evaluate_dir(&dir).expect("load labelled set");
    println!("{split}:\n{report}");
    assert!(!report.is_empty(), "{split}: no labelled articles");
    let f1 = report.overall_f1();
    assert!(
        f1 >= floor,
        "{split}: overall F1 {f1:.3} fell under the floor {floor}\n{report}"
    );
}

// Floors sit about 0.03 under the scores measured at the end of session 3. Splits that rules were
// tuned on score high; the held-out splits (holdout4-6, never tuned on) say how the extractor does
// on new pages. See testdata/README.md for what each split is.

#[test]
fn dev_set_f1_floor() {
    run("dev", 0.90); // measured 0.925
}

#[test]
fn test_set_f1_floor() {
    run("test", 0.91); // measured 0.938
}

#[test]
fn holdout2_set_f1_floor() {
    run("holdout2", 0.91); // measured 0.937
}

#[test]
fn holdout3_set_f1_floor() {
    run("holdout3", 0.84); // measured 0.867
}

#[test]
fn dev2_set_f1_floor() {
    run("dev2", 0.88); // measured 0.905
}

#[test]
fn dev3_set_f1_floor() {
    run("dev3", 0.69); // measured 0.719 (written late in session 3; little tuned on)
}

#[test]
fn holdout4_set_f1_floor() {
    run("holdout4", 0.69); // measured 0.721 (its aggregate was a check while tuning)
}

#[test]
fn holdout5_set_f1_floor() {
    run("holdout5", 0.71); // measured 0.737, never tuned on (0.692 before session 3)
}

#[test]
fn holdout6_set_f1_floor() {
    run("holdout6", 0.69); // measured 0.715, never tuned on (0.673 before session 3)
}

#[test]
fn holdout7_set_f1_floor() {
    run("holdout7", 0.75); // measured 0.777 when it arrived in session 4, never tuned on
}

#[test]
fn holdout8_set_f1_floor() {
    run("holdout8", 0.68); // measured 0.706 when it arrived in session 4, never tuned on
}

#[test]
fn holdout9_set_f1_floor() {
    run("holdout9", 0.68); // measured 0.712 when it arrived in session 4, never tuned on
}

#[test]
fn holdout10_set_f1_floor() {
    run("holdout10", 0.74); // measured 0.775 when it arrived in session 4, never tuned on
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
