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

// Floors sit about 0.03 under the scores measured in session 5. Splits that rules were tuned on
// score high; the held-out splits (holdout11-12, never tuned on) say how the extractor does on new
// pages. See testdata/README.md for what each split is.

#[test]
fn dev_set_f1_floor() {
    run("dev", 0.90); // measured 0.930 in session 5
}

#[test]
fn test_set_f1_floor() {
    run("test", 0.91); // measured 0.941
}

#[test]
fn holdout2_set_f1_floor() {
    run("holdout2", 0.91); // measured 0.945
}

#[test]
fn holdout3_set_f1_floor() {
    run("holdout3", 0.85); // measured 0.883
}

#[test]
fn dev2_set_f1_floor() {
    run("dev2", 0.88); // measured 0.909
}

#[test]
fn dev3_set_f1_floor() {
    run("dev3", 0.73); // measured 0.760
}

#[test]
fn holdout4_set_f1_floor() {
    run("holdout4", 0.79); // measured 0.818 in session 5; tuned on since session 4 (0.721 before)
}

#[test]
fn holdout5_set_f1_floor() {
    run("holdout5", 0.79); // measured 0.820; tuned on since session 4 (0.737 before)
}

#[test]
fn holdout6_set_f1_floor() {
    run("holdout6", 0.73); // measured 0.763; tuned on since session 4 (0.715 before)
}

#[test]
fn holdout7_set_f1_floor() {
    run("holdout7", 0.79); // measured 0.823; tuned on since session 5 (0.777 on arrival)
}

#[test]
fn holdout8_set_f1_floor() {
    run("holdout8", 0.74); // measured 0.770; tuned on since session 5 (0.706 on arrival)
}

#[test]
fn holdout9_set_f1_floor() {
    run("holdout9", 0.74); // measured 0.776; tuned on since session 5 (0.712 on arrival)
}

#[test]
fn holdout10_set_f1_floor() {
    run("holdout10", 0.76); // measured 0.796; tuned on since session 5 (0.775 on arrival)
}

#[test]
fn dev4_set_f1_floor() {
    run("dev4", 0.72); // measured 0.757; written in session 5 as a tuning split (0.705 on arrival)
}

#[test]
fn dev5_set_f1_floor() {
    run("dev5", 0.68); // measured 0.716; written in session 5 as a tuning split (0.614 on arrival)
}

#[test]
fn holdout11_set_f1_floor() {
    run("holdout11", 0.75); // measured 0.787 on arrival and at the end of session 5, never tuned on
}

#[test]
fn holdout12_set_f1_floor() {
    run("holdout12", 0.69); // measured 0.720 at the end of session 5 (0.702 on arrival), never tuned on
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
