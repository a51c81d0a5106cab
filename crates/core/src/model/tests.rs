use super::*;
use crate::money::Currency;
use proptest::prelude::*;
use time::macros::date;

fn agreement() -> NewAgreement {
    NewAgreement {
        title: Name::en("Cooperation framework agreement"),
        kind: AgreementKind::Framework,
        status: AgreementStatus::Signed,
        signed_on: Some(PartialDate::parse("2016-07-08").unwrap()),
        place: Name::both("Xining", "西宁"),
        period: Some(Period::five_year_plan(13).unwrap()),
        parties: vec![
            NewParty {
                organisation: OrganisationId(1),
                role: PartyRole::Government,
            },
            NewParty {
                organisation: OrganisationId(2),
                role: PartyRole::Investor,
            },
        ],
        signatories: vec![NewSignatory {
            name: Name::en("Gao Tongqing"),
            title: Name::en("Deputy general manager"),
            organisation: OrganisationId(2),
        }],
        focus_areas: vec![Name::en("cloud computing"), Name::en("  ")],
        sectors: vec![],
        obligations: vec![NewObligation {
            party: OrganisationId(2),
            description: Name::en("Invest 10 billion yuan"),
            amount: Some(Money::parse("10000000000", "CNY").unwrap()),
            due: Some(PartialDate::parse("2020").unwrap()),
            status: ObligationStatus::Pending,
            evidence: None,
        }],
        source_text: None,
        source_url: Some(" https://example.org/x ".into()),
        illustrative: false,
    }
}

fn fields(err: &ValidationErrors) -> Vec<&str> {
    err.0.iter().map(|e| e.field.as_str()).collect()
}

#[test]
fn valid_agreement_is_trimmed() {
    let a = agreement().validate().unwrap();
    assert_eq!(a.focus_areas.len(), 1, "blank focus area dropped");
    assert_eq!(a.source_url.as_deref(), Some("https://example.org/x"));
}

#[test]
fn every_violation_is_reported_with_its_field() {
    let mut a = agreement();
    a.title = Name::default();
    a.signatories[0].organisation = OrganisationId(9);
    a.obligations[0].amount = Some(Money::parse("-5", "CNY").unwrap());
    a.obligations[0].party = OrganisationId(9);
    a.period = Some(Period {
        start: PartialDate::parse("2020").unwrap(),
        end: PartialDate::parse("2016").unwrap(),
        label: None,
    });
    a.source_url = Some("ftp://x".into());
    let err = a.validate().unwrap_err();
    assert_eq!(
        fields(&err),
        [
            "title",
            "signatories[0].organisation",
            "obligations[0].party",
            "obligations[0].amount",
            "period.end",
            "source_url"
        ]
    );
}

#[test]
fn duplicate_party_and_no_party() {
    let mut a = agreement();
    a.parties.push(NewParty {
        organisation: OrganisationId(1),
        role: PartyRole::Partner,
    });
    assert_eq!(
        fields(&a.validate().unwrap_err()),
        ["parties[2].organisation"]
    );
    let mut b = agreement();
    b.parties.clear();
    b.signatories.clear();
    b.obligations.clear();
    assert_eq!(fields(&b.validate().unwrap_err()), ["parties"]);
}

#[test]
fn unknown_currency_fails_deserialisation_with_its_value() {
    let json = r#"{"amount":"1","currency":"XYZ"}"#;
    let err = serde_json::from_str::<Money>(json).unwrap_err().to_string();
    assert!(err.contains("XYZ"), "{err}");
}

fn transaction(date: time::Date, amount: &str) -> NewTransaction {
    NewTransaction {
        project: ProjectId(1),
        kind: TransactionKind::Disbursement,
        date,
        value: Money::parse(amount, "CNY").unwrap(),
        provider: None,
        receiver: None,
        description: Some("  ".into()),
    }
}

#[test]
fn transaction_must_fall_inside_agreement_period() {
    let period = Period::five_year_plan(13).unwrap();
    assert!(
        transaction(date!(2018 - 03 - 01), "100")
            .validate(Some(&period))
            .is_ok()
    );
    let err = transaction(date!(2021 - 01 - 01), "100")
        .validate(Some(&period))
        .unwrap_err();
    assert_eq!(fields(&err), ["date"]);
    assert!(err.to_string().contains("2021-01-01"), "{err}");
    assert!(
        transaction(date!(2021 - 01 - 01), "100")
            .validate(None)
            .is_ok()
    );
}

#[test]
fn negative_transaction_is_refused() {
    let err = transaction(date!(2018 - 03 - 01), "-1")
        .validate(None)
        .unwrap_err();
    assert_eq!(fields(&err), ["value"]);
}

#[test]
fn project_dates_and_location() {
    let p = NewProject {
        agreement: AgreementId(1),
        code: None,
        title: Name::en("Fibre to villages"),
        description: Name::default(),
        sector: Name::default(),
        location: Location {
            division_code: Some("63010".into()),
            division_name: Name::default(),
            latitude: Some(95.0),
            longitude: None,
        },
        implementer: None,
        budget: Some(Money::parse("-1", "CNY").unwrap()),
        planned_start: Some(PartialDate::parse("2018").unwrap()),
        planned_end: Some(PartialDate::parse("2017-12").unwrap()),
        actual_start: None,
        actual_end: None,
        status: ProjectStatus::Implementation,
        illustrative: true,
    };
    let err = p.validate().unwrap_err();
    assert_eq!(
        fields(&err),
        [
            "budget",
            "planned_end",
            "location.division_code",
            "location.latitude",
            "location.longitude"
        ]
    );
}

#[test]
fn obligation_states() {
    let mut o = Obligation {
        id: ObligationId(1),
        agreement: AgreementId(1),
        party: OrganisationId(1),
        description: Name::en("x"),
        amount: None,
        due: Some(PartialDate::parse("2020").unwrap()),
        status: ObligationStatus::Pending,
        evidence: None,
    };
    assert_eq!(o.state(date!(2021 - 01 - 01)), ObligationState::Overdue);
    assert_eq!(o.state(date!(2020 - 12 - 31)), ObligationState::AtRisk);
    assert_eq!(o.state(date!(2019 - 01 - 01)), ObligationState::Open);
    o.status = ObligationStatus::Fulfilled;
    assert_eq!(o.state(date!(2021 - 01 - 01)), ObligationState::Fulfilled);
}

#[test]
fn milestone_states() {
    let m = |achieved| Milestone {
        id: MilestoneId(1),
        project: ProjectId(1),
        title: Name::en("x"),
        due: PartialDate::parse("2018-06").unwrap(),
        achieved_on: achieved,
    };
    assert_eq!(
        m(Some(date!(2018 - 06 - 30))).state(date!(2019 - 01 - 01)),
        MilestoneState::AchievedOnTime
    );
    assert_eq!(
        m(Some(date!(2018 - 07 - 01))).state(date!(2019 - 01 - 01)),
        MilestoneState::AchievedLate
    );
    assert_eq!(
        m(None).state(date!(2018 - 07 - 01)),
        MilestoneState::Overdue
    );
    assert_eq!(
        m(None).state(date!(2018 - 06 - 30)),
        MilestoneState::Upcoming
    );
}

#[test]
fn indicator_progress_from_baseline() {
    let i = Indicator {
        id: IndicatorId(1),
        project: ProjectId(1),
        title: Name::en("Villages with fibre"),
        unit: Name::en("villages"),
        direction: Direction::Increase,
        baseline_year: Some(2015),
        baseline: Some(Decimal::from(100)),
        values: vec![
            IndicatorValue {
                year: 2018,
                target: Some(Decimal::from(300)),
                actual: Some(Decimal::from(200)),
            },
            IndicatorValue {
                year: 2020,
                target: Some(Decimal::from(500)),
                actual: None,
            },
        ],
    };
    assert_eq!(i.progress(), Some(Decimal::new(25, 2)));
}

#[test]
fn indicator_duplicate_year() {
    let i = NewIndicator {
        project: ProjectId(1),
        title: Name::en("x"),
        unit: Name::en("u"),
        direction: Direction::Increase,
        baseline_year: None,
        baseline: Some(Decimal::ONE),
        values: vec![
            IndicatorValue {
                year: 2018,
                target: None,
                actual: None,
            },
            IndicatorValue {
                year: 2018,
                target: None,
                actual: None,
            },
        ],
    };
    assert_eq!(
        fields(&i.validate().unwrap_err()),
        ["baseline_year", "values[1].year"]
    );
}

#[test]
fn conversion_uses_latest_rate_and_inverse() {
    let rates = vec![
        ExchangeRate {
            base: Currency::USD,
            quote: Currency::CNY,
            date: date!(2016 - 01 - 01),
            rate: Decimal::new(65, 1),
        },
        ExchangeRate {
            base: Currency::USD,
            quote: Currency::CNY,
            date: date!(2018 - 01 - 01),
            rate: Decimal::new(70, 1),
        },
    ];
    let usd = Money::parse("10", "USD").unwrap();
    assert_eq!(
        convert(usd, Currency::CNY, date!(2017 - 01 - 01), &rates)
            .unwrap()
            .amount,
        Decimal::from(65)
    );
    assert_eq!(
        convert(usd, Currency::CNY, date!(2019 - 01 - 01), &rates)
            .unwrap()
            .amount,
        Decimal::from(70)
    );
    let cny = Money::parse("70", "CNY").unwrap();
    assert_eq!(
        convert(cny, Currency::USD, date!(2019 - 01 - 01), &rates)
            .unwrap()
            .amount,
        Decimal::from(10)
    );
    assert!(convert(usd, Currency::EUR, date!(2019 - 01 - 01), &rates).is_none());
    assert!(convert(usd, Currency::CNY, date!(2015 - 01 - 01), &rates).is_none());
}

#[test]
fn enum_strings_round_trip() {
    for k in AgreementKind::ALL {
        assert_eq!(AgreementKind::parse(k.as_str()).unwrap(), *k);
    }
    assert!(ProjectStatus::parse("bogus").is_err());
}

proptest! {
    #[test]
    fn negative_obligation_always_refused(units in 1i64..1_000_000_000_000) {
        let mut a = agreement();
        a.obligations[0].amount = Some(Money::from_minor_units(-units, Currency::CNY));
        let err = a.validate().unwrap_err();
        prop_assert_eq!(fields(&err), vec!["obligations[0].amount"]);
    }

    #[test]
    fn transaction_inside_period_iff_contained(days in 0i64..4000) {
        let period = Period::five_year_plan(13).unwrap();
        let d = date!(2014 - 01 - 01) + time::Duration::days(days);
        let ok = transaction(d, "1").validate(Some(&period)).is_ok();
        prop_assert_eq!(ok, d >= date!(2016 - 01 - 01) && d <= date!(2020 - 12 - 31));
    }
}
