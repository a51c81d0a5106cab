//! Demo data: the real Qinghai–China Telecom framework agreement of 8 July 2016, and around it a
//! few projects, money flows, milestones and indicators that are made up for the demo. Every
//! made-up record is flagged `illustrative`, and the pages say so wherever it is shown.

use pactum_core::*;
use rust_decimal::Decimal;
use time::Date;
use time::macros::date;

use crate::{Store, StoreError};

/// The machine-translated news item the agreement was first recorded from.
pub const PRESS_RELEASE: &str = include_str!("demo/qinghai-press-release.txt");

/// What the demo loaded, for the start-up message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoSummary {
    pub agreement: AgreementId,
    pub projects: usize,
}

fn n(en: &str, zh: &str) -> Name {
    Name::both(en, zh)
}

fn cny(yuan: i64) -> Money {
    Money::new(Decimal::from(yuan), Currency::CNY).expect("demo amounts are valid")
}

/// (title, unit, baseline, [(year, target, actual)])
type DemoIndicator = (Name, Name, i64, Vec<(i32, i64, Option<i64>)>);

struct DemoProject {
    code: &'static str,
    title: Name,
    sector: Name,
    division: (&'static str, Name, f64, f64),
    budget_yuan: i64,
    planned: (&'static str, &'static str),
    actual_start: &'static str,
    status: ProjectStatus,
    /// (date, kind, yuan)
    money: Vec<(Date, TransactionKind, i64)>,
    /// (title, due, achieved)
    milestones: Vec<(Name, &'static str, Option<Date>)>,
    indicator: Option<DemoIndicator>,
}

/// Loads the demo into an empty database; returns what it created.
pub async fn load(store: &Store) -> Result<DemoSummary, StoreError> {
    let who = Principal::system("demo");
    let qinghai = store
        .create_organisation(
            &who,
            NewOrganisation {
                name: n("Qinghai Provincial People's Government", "青海省人民政府"),
                kind: OrganisationKind::Government,
                identifier: None,
            },
        )
        .await?;
    let telecom = store
        .create_organisation(
            &who,
            NewOrganisation {
                name: n("China Telecom Group", "中国电信集团公司"),
                kind: OrganisationKind::StateOwnedEnterprise,
                identifier: None,
            },
        )
        .await?;
    let branch = store
        .create_organisation(
            &who,
            NewOrganisation {
                name: n("China Telecom Qinghai Branch", "中国电信青海分公司"),
                kind: OrganisationKind::StateOwnedEnterprise,
                identifier: None,
            },
        )
        .await?;

    let obligation =
        |party: &Organisation, en: &str, zh: &str, amount: Option<Money>| NewObligation {
            party: party.id,
            description: n(en, zh),
            amount,
            due: Some(PartialDate::year(2020).expect("valid year")),
            status: ObligationStatus::Pending,
            evidence: None,
        };
    let agreement = NewAgreement {
        title: n(
            "Cooperation framework agreement for the 13th Five-Year Plan period",
            "“十三五”合作框架协议",
        ),
        kind: AgreementKind::Framework,
        status: AgreementStatus::Signed,
        signed_on: Some(PartialDate::ymd(2016, 7, 8)?),
        place: n("Xining", "西宁"),
        period: Some(Period::five_year_plan(13)?),
        parties: vec![
            NewParty {
                organisation: qinghai.id,
                role: PartyRole::Government,
            },
            NewParty {
                organisation: telecom.id,
                role: PartyRole::Investor,
            },
        ],
        signatories: vec![
            NewSignatory {
                name: n("Wang Liming", "王黎明"),
                title: n("Vice Governor of Qinghai Province", "青海省副省长"),
                organisation: qinghai.id,
            },
            NewSignatory {
                name: n("Gao Tongqing", "高同庆"),
                title: n(
                    "Deputy General Manager, China Telecom Group",
                    "中国电信集团公司副总经理",
                ),
                organisation: telecom.id,
            },
        ],
        focus_areas: vec![
            n("City optical networks", "城市光网"),
            n("3G/4G networks", "3G/4G网络"),
            n("Smart city networks", "智慧城市网络"),
            n("Cloud computing", "云计算"),
            n("Big data", "大数据"),
            n(
                "\"Internet plus\" targeted poverty alleviation",
                "“互联网+”精准扶贫",
            ),
        ],
        sectors: vec![
            n("Government affairs", "政务"),
            n("Education", "教育"),
            n("Transportation", "交通"),
            n("Energy", "能源"),
            n("Manufacturing", "制造业"),
            n("Agriculture and animal husbandry", "农牧业"),
            n("Tourism", "旅游"),
            n("Logistics", "物流"),
            n("E-commerce", "电子商务"),
        ],
        obligations: vec![
            obligation(
                &telecom,
                "Invest 10 billion yuan in Qinghai during the 13th Five-Year Plan period",
                "“十三五”期间在青海投资100亿元",
                Some(cny(10_000_000_000)),
            ),
            obligation(
                &telecom,
                "Build city optical networks, 3G/4G, smart city networks, cloud computing, big data and other information infrastructure",
                "重点建设城市光网、3G/4G、智慧城市网络、云计算、大数据等信息基础设施",
                None,
            ),
            obligation(
                &telecom,
                "Support education informatisation, e-commerce and \"Internet plus\" targeted poverty alleviation",
                "支持教育信息化、电子商务和“互联网+”精准扶贫",
                None,
            ),
            obligation(
                &qinghai,
                "Provide policy guidance and support for the cooperation",
                "加强政策引导和支持",
                None,
            ),
            obligation(
                &qinghai,
                "Promote broad cooperation with China Telecom in government affairs, education, transportation, energy, manufacturing, agriculture and animal husbandry, tourism, logistics and e-commerce",
                "推动政务、教育、交通、能源、制造、农牧、旅游、物流、电子商务等重点领域与中国电信开展广泛合作",
                None,
            ),
            obligation(
                &qinghai,
                "Create a good environment for cooperation projects and jointly promote \"Internet plus\" development",
                "为合作项目创造良好环境，共同推进“互联网+”发展",
                None,
            ),
        ],
        source_text: Some(PRESS_RELEASE.to_owned()),
        source_url: None,
        illustrative: false,
    };
    let agreement_id = store.create_agreement(&who, agreement).await?;

    let projects = demo_projects();
    let count = projects.len();
    for p in projects {
        let (code, name, lat, lon) = p.division;
        let project = store
            .create_project(
                &who,
                NewProject {
                    agreement: agreement_id,
                    code: Some(p.code.to_owned()),
                    title: p.title,
                    description: Name::default(),
                    sector: p.sector,
                    location: Location {
                        division_code: Some(code.to_owned()),
                        division_name: name,
                        latitude: Some(lat),
                        longitude: Some(lon),
                    },
                    implementer: Some(branch.id),
                    budget: Some(cny(p.budget_yuan)),
                    planned_start: Some(PartialDate::parse(p.planned.0)?),
                    planned_end: Some(PartialDate::parse(p.planned.1)?),
                    actual_start: Some(PartialDate::parse(p.actual_start)?),
                    actual_end: None,
                    status: p.status,
                    illustrative: true,
                },
            )
            .await?;
        for (date, kind, yuan) in p.money {
            store
                .add_transaction(
                    &who,
                    NewTransaction {
                        project,
                        kind,
                        date,
                        value: cny(yuan),
                        provider: Some(telecom.id),
                        receiver: Some(branch.id),
                        description: Some("Illustrative figure".into()),
                    },
                )
                .await?;
        }
        for (title, due, achieved_on) in p.milestones {
            store
                .add_milestone(
                    &who,
                    NewMilestone {
                        project,
                        title,
                        due: PartialDate::parse(due)?,
                        achieved_on,
                    },
                )
                .await?;
        }
        if let Some((title, unit, baseline, values)) = p.indicator {
            store
                .add_indicator(
                    &who,
                    NewIndicator {
                        project,
                        title,
                        unit,
                        direction: Direction::Increase,
                        baseline_year: Some(2015),
                        baseline: Some(Decimal::from(baseline)),
                        values: values
                            .into_iter()
                            .map(|(year, target, actual)| IndicatorValue {
                                year,
                                target: Some(Decimal::from(target)),
                                actual: actual.map(Decimal::from),
                            })
                            .collect(),
                    },
                )
                .await?;
        }
    }

    // Annual average USD/CNY rates (People's Bank of China central parity), for reporting in USD.
    for (year, rate) in [
        (2016, 66423),
        (2017, 67518),
        (2018, 66174),
        (2019, 68985),
        (2020, 68976),
    ] {
        store
            .add_exchange_rate(
                &who,
                ExchangeRate {
                    base: Currency::USD,
                    quote: Currency::CNY,
                    date: Date::from_calendar_date(year, time::Month::January, 1).expect("valid"),
                    rate: Decimal::new(rate, 4),
                },
            )
            .await?;
    }
    Ok(DemoSummary {
        agreement: agreement_id,
        projects: count,
    })
}

fn demo_projects() -> Vec<DemoProject> {
    use TransactionKind::*;
    let villages = || {
        n(
            "Administrative villages with fibre broadband",
            "通光纤宽带的行政村",
        )
    };
    let stations = || n("4G base stations built", "建成4G基站");
    vec![
        DemoProject {
            code: "QH-CT-XN-01",
            title: n("Xining city optical network upgrade", "西宁市城市光网改造"),
            sector: n("Information infrastructure", "信息基础设施"),
            division: ("630100", n("Xining", "西宁市"), 36.617, 101.778),
            budget_yuan: 1_800_000_000,
            planned: ("2016-09", "2018-12"),
            actual_start: "2016-10",
            status: ProjectStatus::Closed,
            money: vec![
                (date!(2016 - 09 - 20), Commitment, 1_800_000_000),
                (date!(2016 - 11 - 15), Disbursement, 400_000_000),
                (date!(2017 - 06 - 30), Disbursement, 700_000_000),
                (date!(2018 - 06 - 30), Disbursement, 650_000_000),
                (date!(2017 - 12 - 31), Expenditure, 980_000_000),
                (date!(2018 - 12 - 31), Expenditure, 720_000_000),
            ],
            milestones: vec![
                (
                    n("Core network cut-over", "核心网割接"),
                    "2017-06",
                    Some(date!(2017 - 06 - 18)),
                ),
                (
                    n("Gigabit fibre to all urban districts", "城区千兆光网全覆盖"),
                    "2018-12",
                    Some(date!(2019 - 03 - 05)),
                ),
            ],
            indicator: Some((
                n("Households with fibre-to-the-home access", "光纤入户家庭"),
                n("households", "户"),
                210_000,
                vec![
                    (2017, 420_000, Some(455_000)),
                    (2018, 600_000, Some(612_000)),
                ],
            )),
        },
        DemoProject {
            code: "QH-CT-HD-02",
            title: n("Haidong 4G base station build-out", "海东市4G基站建设"),
            sector: n("Mobile networks", "移动通信网络"),
            division: ("630200", n("Haidong", "海东市"), 36.503, 102.104),
            budget_yuan: 1_200_000_000,
            planned: ("2016-10", "2019-06"),
            actual_start: "2017-01",
            status: ProjectStatus::Finalisation,
            money: vec![
                (date!(2016 - 12 - 01), Commitment, 1_200_000_000),
                (date!(2017 - 04 - 10), Disbursement, 300_000_000),
                (date!(2018 - 04 - 10), Disbursement, 450_000_000),
                (date!(2019 - 04 - 10), Disbursement, 250_000_000),
                (date!(2019 - 12 - 31), Expenditure, 910_000_000),
            ],
            milestones: vec![
                (
                    n("Site survey complete", "站址勘察完成"),
                    "2017-03",
                    Some(date!(2017 - 03 - 28)),
                ),
                (
                    n("1,500 base stations on air", "1500个基站开通"),
                    "2019-06",
                    None,
                ),
            ],
            indicator: Some((
                stations(),
                n("base stations", "个"),
                0,
                vec![(2017, 500, Some(430)), (2019, 1500, Some(1210))],
            )),
        },
        DemoProject {
            code: "QH-CT-YS-03",
            title: n("Yushu village fibre broadband", "玉树州行政村光纤宽带"),
            sector: n("Rural broadband", "农村宽带"),
            division: (
                "632700",
                n("Yushu Tibetan Autonomous Prefecture", "玉树藏族自治州"),
                33.004,
                97.007,
            ),
            budget_yuan: 650_000_000,
            planned: ("2017", "2020"),
            actual_start: "2017-05",
            status: ProjectStatus::Implementation,
            money: vec![
                (date!(2017 - 03 - 15), Commitment, 650_000_000),
                (date!(2017 - 08 - 01), Disbursement, 150_000_000),
                (date!(2018 - 08 - 01), Disbursement, 120_000_000),
                (date!(2019 - 08 - 01), Disbursement, 90_000_000),
                (date!(2019 - 12 - 31), Expenditure, 310_000_000),
            ],
            milestones: vec![
                (
                    n("County seats connected", "县城光缆接通"),
                    "2018-06",
                    Some(date!(2018 - 05 - 20)),
                ),
                (
                    n("All administrative villages connected", "全部行政村接通"),
                    "2020-12",
                    None,
                ),
            ],
            indicator: Some((
                villages(),
                n("villages", "个"),
                35,
                vec![(2018, 120, Some(104)), (2020, 253, Some(188))],
            )),
        },
        DemoProject {
            code: "QH-CT-HX-04",
            title: n(
                "Haixi smart city and cloud data centre",
                "海西州智慧城市与云数据中心",
            ),
            sector: n("Cloud computing and big data", "云计算与大数据"),
            division: (
                "632800",
                n(
                    "Haixi Mongol and Tibetan Autonomous Prefecture",
                    "海西蒙古族藏族自治州",
                ),
                37.377,
                97.371,
            ),
            budget_yuan: 900_000_000,
            planned: ("2017-06", "2020-12"),
            actual_start: "2018-03",
            status: ProjectStatus::Implementation,
            money: vec![
                (date!(2017 - 09 - 01), Commitment, 900_000_000),
                (date!(2018 - 03 - 01), Disbursement, 200_000_000),
                (date!(2019 - 03 - 01), Disbursement, 180_000_000),
            ],
            milestones: vec![
                (
                    n("Data centre building handed over", "数据中心机房交付"),
                    "2018-12",
                    Some(date!(2019 - 04 - 30)),
                ),
                (
                    n("City services platform live", "城市服务平台上线"),
                    "2020-06",
                    None,
                ),
            ],
            indicator: None,
        },
        DemoProject {
            code: "QH-CT-GL-05",
            title: n(
                "Golog \"Internet plus\" poverty alleviation e-commerce",
                "果洛州“互联网+”精准扶贫电商",
            ),
            sector: n("E-commerce", "电子商务"),
            division: (
                "632600",
                n("Golog Tibetan Autonomous Prefecture", "果洛藏族自治州"),
                34.471,
                100.245,
            ),
            budget_yuan: 120_000_000,
            planned: ("2017", "2020"),
            actual_start: "2017-09",
            status: ProjectStatus::Implementation,
            money: vec![
                (date!(2017 - 06 - 01), Commitment, 120_000_000),
                (date!(2017 - 10 - 01), Disbursement, 30_000_000),
                (date!(2018 - 10 - 01), Disbursement, 25_000_000),
            ],
            milestones: vec![(
                n("Village service points open", "村级服务站开业"),
                "2018-06",
                None,
            )],
            indicator: Some((
                n("Village e-commerce service points", "村级电商服务站"),
                n("service points", "个"),
                0,
                vec![(2018, 60, Some(41)), (2020, 180, None)],
            )),
        },
    ]
}
