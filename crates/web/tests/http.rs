//! HTTP tests of pages and API, in process, against a real SQLite database holding the demo.

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use pactum_store::{Store, demo};
use pactum_web::{AppState, router};
use serde_json::{Value, json};
use tower::ServiceExt;

async fn app() -> (Router, Store) {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!("pactum-web-test-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let store = Store::open_and_migrate(&format!("sqlite://{}", dir.join("t.db").display()))
        .await
        .unwrap();
    demo::load(&store).await.unwrap();
    (
        router(AppState {
            store: store.clone(),
        }),
        store,
    )
}

struct Reply {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: String,
}

impl Reply {
    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

async fn send(app: &Router, request: Request<Body>) -> Reply {
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    Reply {
        status,
        headers,
        body: String::from_utf8(bytes.to_vec()).unwrap(),
    }
}

async fn get(app: &Router, uri: &str) -> Reply {
    send(app, Request::get(uri).body(Body::empty()).unwrap()).await
}

async fn post_json(app: &Router, uri: &str, body: &str) -> Reply {
    let request = Request::post(uri)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_owned()));
    send(app, request.unwrap()).await
}

async fn post_form(app: &Router, uri: &str, body: &str) -> Reply {
    let request = Request::post(uri)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(body.to_owned()));
    send(app, request.unwrap()).await
}

async fn agreement_count(store: &Store) -> usize {
    store
        .list_agreements(&Default::default())
        .await
        .unwrap()
        .items
        .len()
}

#[tokio::test]
async fn agreement_page_shows_parties_money_and_obligations_in_both_languages() {
    let (app, _) = app().await;
    let list = get(&app, "/agreements").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains("data-testid=\"agreement-row\""));
    assert!(list.body.contains("href=\"/agreements/1\""));

    let en = get(&app, "/agreements/1").await;
    assert_eq!(en.status, StatusCode::OK);
    assert_eq!(en.headers[header::CONTENT_TYPE], "text/html; charset=utf-8");
    assert!(en.body.contains("<html lang=\"en\">"));
    assert!(en.body.contains("<meta charset=\"utf-8\">"));
    assert!(
        en.body
            .contains("data-testid=\"committed\">10,000,000,000.00 CNY<"),
        "committed amount"
    );
    assert!(
        en.body
            .contains("Qinghai Provincial People&#39;s Government")
    );
    assert!(en.body.contains("China Telecom Group"));
    assert!(en.body.contains("Wang Liming"));
    assert!(en.body.contains("Vice Governor of Qinghai Province"));
    assert!(en.body.contains("2016–2020 (13th Five-Year Plan)"));
    assert!(en.body.contains("Xining"));
    assert_eq!(en.body.matches("data-testid=\"obligation\"").count(), 6);
    assert!(
        en.body.contains("data-testid=\"illustrative-notice\""),
        "illustrative money is flagged"
    );

    let zh = get(&app, "/agreements/1?lang=zh").await;
    assert!(zh.body.contains("<html lang=\"zh\">"));
    assert!(zh.body.contains("青海省人民政府"));
    assert!(zh.body.contains("中国电信集团公司"));
    assert!(zh.body.contains("王黎明"));
    assert!(zh.body.contains("承诺金额"));
    let cookie = zh.headers[header::SET_COOKIE].to_str().unwrap();
    assert!(cookie.starts_with("pactum_lang=zh"), "{cookie}");

    let remembered = send(
        &app,
        Request::get("/agreements/1")
            .header(header::COOKIE, "pactum_lang=zh")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert!(remembered.body.contains("<html lang=\"zh\">"));
    let accept = send(
        &app,
        Request::get("/agreements")
            .header(header::ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert!(accept.body.contains("<html lang=\"zh\">"));
}

#[tokio::test]
async fn project_page_shows_money_milestones_indicators_and_the_illustrative_notice() {
    let (app, _) = app().await;
    let page = get(&app, "/projects/1").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("data-testid=\"illustrative-notice\""));
    assert!(page.body.contains("Xining city optical network upgrade"));
    assert!(page.body.contains("(630100)"));
    assert_eq!(page.body.matches("data-testid=\"transaction\"").count(), 6);
    assert_eq!(page.body.matches("data-testid=\"milestone\"").count(), 2);
    assert!(
        page.body.contains("Achieved late"),
        "the second milestone was late"
    );
    assert!(
        page.body
            .contains("Households with fibre-to-the-home access")
    );
    assert!(
        page.body.contains("1,750,000,000.00 CNY"),
        "disbursed total"
    );
}

#[tokio::test]
async fn missing_and_malformed_ids_are_404_not_500() {
    let (app, _) = app().await;
    for uri in [
        "/agreements/999",
        "/agreements/abc",
        "/projects/0",
        "/nowhere",
    ] {
        let reply = get(&app, uri).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{uri}");
        assert!(reply.body.contains("<html"), "{uri} answers with a page");
    }
    let api = get(&app, "/api/v1/agreements/999").await;
    assert_eq!(api.status, StatusCode::NOT_FOUND);
    assert_eq!(api.json()["error"], "not_found");
    assert_eq!(
        get(&app, "/api/v1/projects/x").await.status,
        StatusCode::NOT_FOUND
    );
    let bad_query = get(&app, "/api/v1/agreements?limit=many").await;
    assert_eq!(bad_query.status, StatusCode::BAD_REQUEST);
    assert_eq!(bad_query.json()["error"], "bad_request");
}

#[tokio::test]
async fn api_reads_match_the_pages() {
    let (app, _) = app().await;
    let list = get(&app, "/api/v1/agreements?limit=10").await.json();
    assert_eq!(
        list["items"][0]["committed"][0],
        json!({"amount": "10000000000", "currency": "CNY"})
    );
    assert_eq!(list["next_after"], Value::Null);
    let detail = get(&app, "/api/v1/agreements/1").await.json();
    assert_eq!(detail["agreement"]["signed_on"], "2016-07-08");
    assert_eq!(detail["agreement"]["period"]["start"], "2016");
    assert_eq!(detail["parties"][1]["role"], "investor");
    assert_eq!(
        detail["signatories"][1]["person"]["name"]["en"],
        "Gao Tongqing"
    );
    assert_eq!(detail["projects"].as_array().unwrap().len(), 5);
    let project = get(&app, "/api/v1/projects/1").await.json();
    assert_eq!(project["project"]["location"]["division_code"], "630100");
    assert_eq!(project["transactions"][0]["date"], "2018-12-31");
}

#[tokio::test]
async fn api_errors_name_the_field_and_write_nothing() {
    let (app, store) = app().await;
    let before = agreement_count(&store).await;
    let malformed = post_json(&app, "/api/v1/agreements", "{\"title\": ").await;
    assert_eq!(malformed.status, StatusCode::BAD_REQUEST);
    assert!(
        malformed.json()["message"]
            .as_str()
            .unwrap()
            .contains("malformed JSON")
    );

    let agreement = |obligation_currency: &str, end: &str| {
        json!({
            "title": {"en": "Test"}, "kind": "mou", "status": "signed",
            "period": {"start": "2020", "end": end},
            "parties": [{"organisation": 1, "role": "government"}],
            "obligations": [{"party": 1, "description": {"en": "Pay"},
                              "amount": {"amount": "5", "currency": obligation_currency}}]
        })
        .to_string()
    };
    let currency = post_json(&app, "/api/v1/agreements", &agreement("XYZ", "2021")).await;
    assert_eq!(currency.status, StatusCode::UNPROCESSABLE_ENTITY);
    let body = currency.json();
    assert_eq!(body["error"], "validation_failed");
    assert_eq!(body["fields"][0]["field"], "obligations[0].amount.currency");
    assert!(
        body["fields"][0]["message"]
            .as_str()
            .unwrap()
            .contains("XYZ")
    );

    let period = post_json(&app, "/api/v1/agreements", &agreement("CNY", "2019")).await;
    assert_eq!(period.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(period.json()["fields"][0]["field"], "period.end");
    assert_eq!(period.json()["fields"][0]["code"], "end_before_start");

    let not_json = send(
        &app,
        Request::post("/api/v1/agreements")
            .body(Body::from("x"))
            .unwrap(),
    )
    .await;
    assert_eq!(not_json.status, StatusCode::BAD_REQUEST);
    assert_eq!(agreement_count(&store).await, before, "nothing written");

    let ok = post_json(&app, "/api/v1/agreements", &agreement("CNY", "2021")).await;
    assert_eq!(ok.status, StatusCode::CREATED, "{}", ok.body);
    assert_eq!(agreement_count(&store).await, before + 1);

    let late = json!({"project": 1, "kind": "disbursement", "date": "2022-01-01",
                      "value": {"amount": "10", "currency": "CNY"}})
    .to_string();
    let reply = post_json(&app, "/api/v1/transactions", &late).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reply.json()["fields"][0]["field"], "date");
    let bad_date = late.replace("2022-01-01", "2018-02-30");
    let reply = post_json(&app, "/api/v1/transactions", &bad_date).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reply.json()["fields"][0]["field"], "date");
    let good = late.replace("2022-01-01", "2018-02-28");
    assert_eq!(
        post_json(&app, "/api/v1/transactions", &good).await.status,
        StatusCode::CREATED
    );
}

#[tokio::test]
async fn form_shows_every_error_then_creates_the_agreement() {
    let (app, store) = app().await;
    let form = get(&app, "/agreements/new").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("<datalist id=\"organisations\">"));
    assert!(
        form.body.contains("China Telecom Group"),
        "existing organisations are offered"
    );

    let before = agreement_count(&store).await;
    let bad = "title_en=&kind=framework&status=signed&signed_on=2016-13-01&party_a=&party_a_role=government\
               &party_b=China+Telecom+Group&party_b_role=investor&amount=12.345&currency=CNY&committed_by=b";
    let reply = post_form(&app, "/agreements", bad).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply.body.contains("data-testid=\"form-errors\""));
    assert!(
        reply.body.contains("href=\"#signed_on\""),
        "date error listed"
    );
    assert!(
        reply.body.contains("href=\"#party_a\""),
        "missing party listed"
    );
    assert!(
        reply.body.contains("href=\"#amount\""),
        "over-precise amount listed"
    );
    assert!(
        reply.body.contains("value=\"China Telecom Group\""),
        "input kept"
    );
    assert_eq!(agreement_count(&store).await, before);

    let no_title = "title_en=&kind=framework&status=signed&party_a=Gansu&party_a_role=government\
                    &party_b=China+Telecom+Group&party_b_role=investor&currency=CNY&committed_by=b";
    let reply = post_form(&app, "/agreements", no_title).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply.body.contains("href=\"#title_en\""), "{}", reply.body);
    assert!(
        store
            .find_organisation_by_name("Gansu")
            .await
            .unwrap()
            .is_none(),
        "no stray organisation"
    );

    let good = "title_en=Strategic+cooperation+agreement&title_zh=&kind=strategic_cooperation&status=signed\
                &signed_on=2021-03&place=Lanzhou&period_start=2021&period_end=2025&period_label=14th+Five-Year+Plan\
                &party_a=Gansu+Provincial+People%27s+Government&party_a_role=government\
                &party_b=China+Telecom+Group&party_b_role=investor&amount=5000000000&currency=cny&committed_by=b\
                &source_url=&source_text=";
    let reply = post_form(&app, "/agreements", good).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let location = reply.headers[header::LOCATION].to_str().unwrap().to_owned();
    let page = get(&app, &location).await;
    assert!(page.body.contains("5,000,000,000.00 CNY"));
    assert!(
        page.body
            .contains("Gansu Provincial People&#39;s Government")
    );
    assert!(page.body.contains("2021-03"));
    let telecom = store
        .find_organisation_by_name("China Telecom Group")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(telecom.id.0, 2, "the existing organisation was reused");
}

#[tokio::test]
async fn openapi_documents_every_api_route() {
    let (app, _) = app().await;
    let spec = get(&app, "/api/openapi.json").await.json();
    assert_eq!(spec["openapi"], "3.1.0");
    let paths = spec["paths"].as_object().unwrap();
    for path in [
        "/api/v1/agreements",
        "/api/v1/agreements/{id}",
        "/api/v1/projects",
        "/api/v1/projects/{id}",
        "/api/v1/transactions",
        "/api/v1/audit/{entity}/{id}",
    ] {
        assert!(paths.contains_key(path), "{path} undocumented");
    }
    assert!(paths["/api/v1/agreements"]["post"]["responses"]["422"].is_object());
    let schemas = spec["components"]["schemas"].as_object().unwrap();
    for schema in [
        "AgreementDetail",
        "ProjectDetail",
        "Money",
        "NewAgreement",
        "ErrorBody",
    ] {
        assert!(schemas.contains_key(schema), "{schema} missing");
    }
}

#[tokio::test]
async fn audit_trail_is_readable_through_the_api() {
    let (app, _) = app().await;
    let trail = get(&app, "/api/v1/audit/agreement/1").await.json();
    assert_eq!(trail[0]["actor"], "system:demo");
    assert_eq!(trail[0]["action"], "create");
}

fn multipart(fields: &[(&str, Option<&str>, &[u8])]) -> (String, Vec<u8>) {
    let boundary = "----pactumtestboundary";
    let mut body = Vec::new();
    for (name, filename, content) in fields {
        body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
        match filename {
            Some(f) => body.extend_from_slice(
                format!("Content-Disposition: form-data; name=\"{name}\"; filename=\"{f}\"\r\nContent-Type: text/plain\r\n\r\n")
                    .as_bytes(),
            ),
            None => body.extend_from_slice(format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes()),
        }
        body.extend_from_slice(content);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

async fn post_multipart(app: &Router, uri: &str, fields: &[(&str, Option<&str>, &[u8])]) -> Reply {
    let (content_type, body) = multipart(fields);
    send(
        app,
        Request::post(uri)
            .header(header::CONTENT_TYPE, content_type)
            .body(Body::from(body))
            .unwrap(),
    )
    .await
}

/// Pulls the named input's value (or textarea content) out of a rendered form.
fn form_value(html: &str, name: &str) -> Option<String> {
    let unescape = |s: &str| {
        s.replace("&#34;", "\"")
            .replace("&#39;", "'")
            .replace("&quot;", "\"")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&")
    };
    if let Some(i) = html.find(&format!("name=\"{name}\" value=\"")) {
        let rest = &html[i + name.len() + 15..];
        return Some(unescape(&rest[..rest.find('"')?]));
    }
    let i = html
        .find(&format!("<textarea name=\"{name}\""))
        .or_else(|| html.find(&format!("name=\"{name}\" rows")))?;
    let rest = &html[i..];
    let start = rest.find('>')? + 1;
    let end = rest.find("</textarea>")?;
    Some(unescape(&rest[start..end]))
}

fn selected(html: &str, name: &str) -> Option<String> {
    let i = html.find(&format!("name=\"{name}\""))?;
    let rest = &html[i..html[i..].find("</select>")? + i];
    let j = rest.find(" selected")?;
    let before = &rest[..j];
    let v = before.rfind("value=\"")?;
    Some(before[v + 7..before.len() - 1].to_owned())
}

#[tokio::test]
async fn press_release_is_drafted_reviewed_and_saved_with_its_provenance() {
    let (app, store) = app().await;
    let paste = get(&app, "/agreements/draft").await;
    assert_eq!(paste.status, StatusCode::OK);
    assert!(paste.body.contains("enctype=\"multipart/form-data\""));

    let review = post_multipart(
        &app,
        "/agreements/draft",
        &[("text", None, demo::PRESS_RELEASE.as_bytes())],
    )
    .await;
    assert_eq!(review.status, StatusCode::OK, "{}", review.body);
    assert!(
        review.body.contains("<mark class=\"ev ev-amounts\""),
        "amount evidence highlighted"
    );
    assert!(review.body.contains("10 billion yuan</mark>"));
    assert_eq!(
        form_value(&review.body, "amount_value_0").as_deref(),
        Some("10000000000")
    );
    assert_eq!(
        form_value(&review.body, "amount_currency_0").as_deref(),
        Some("CNY")
    );
    assert_eq!(
        form_value(&review.body, "period_start").as_deref(),
        Some("2016")
    );
    assert_eq!(
        form_value(&review.body, "period_end").as_deref(),
        Some("2020")
    );
    assert!(
        form_value(&review.body, "source_text")
            .unwrap()
            .contains("Leave a Reply"),
        "source kept verbatim"
    );

    // The officer corrects the proposal: fills the year the article omits and names the parties.
    let fields: Vec<(String, String)> = vec![
        (
            "title".into(),
            "Cooperation framework agreement (13th Five-Year)".into(),
        ),
        ("kind".into(), "framework".into()),
        ("status".into(), "signed".into()),
        ("signed_on".into(), "2016-07-08".into()),
        ("place".into(), "Xining".into()),
        ("period_start".into(), "2016".into()),
        ("period_end".into(), "2020".into()),
        ("period_label".into(), "13th Five-Year Plan".into()),
        ("source_url".into(), String::new()),
        (
            "source_text".into(),
            form_value(&review.body, "source_text").unwrap(),
        ),
        (
            "party_name_0".into(),
            "Qinghai Provincial People's Government".into(),
        ),
        ("party_role_0".into(), "government".into()),
        ("party_name_1".into(), "China Telecom Group".into()),
        ("party_role_1".into(), "investor".into()),
        ("party_name_2".into(), String::new()),
        ("party_role_2".into(), "partner".into()),
        ("sig_name_0".into(), "Wang Liming".into()),
        ("sig_title_0".into(), "Vice governor".into()),
        ("sig_party_0".into(), "0".into()),
        ("sig_name_1".into(), "Gao Tongqing".into()),
        ("sig_title_1".into(), "Deputy general manager".into()),
        ("sig_party_1".into(), "1".into()),
        ("amount_value_0".into(), "10000000000".into()),
        ("amount_currency_0".into(), "CNY".into()),
        ("amount_party_0".into(), "1".into()),
        ("amount_text_0".into(), "10 billion yuan".into()),
        ("focus_areas".into(), "cloud computing\nbig data\n".into()),
    ];
    let encode = |fields: &[(String, String)]| {
        fields
            .iter()
            .map(|(k, v)| {
                format!(
                    "{k}={}",
                    v.bytes().map(|b| format!("%{b:02X}")).collect::<String>()
                )
            })
            .collect::<Vec<_>>()
            .join("&")
    };
    // A mistake first: an amount without the party that commits it, and a bad currency.
    let mut wrong = fields.clone();
    wrong.push(("amount_value_1".into(), "5".into()));
    wrong.push(("amount_currency_1".into(), "YUAN".into()));
    wrong.push(("amount_party_1".into(), String::new()));
    wrong.push(("amount_text_1".into(), String::new()));
    let before = agreement_count(&store).await;
    let reply = post_form(&app, "/agreements/draft/confirm", &encode(&wrong)).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        reply
            .body
            .contains("href=\"#amount_currency_1\">Committed 2 — Currency</a>"),
        "{}",
        reply.body
    );
    assert!(reply.body.contains("href=\"#amount_party_1\""));
    assert!(reply.body.contains("id=\"amount_currency_1\" name=\"amount_currency_1\" value=\"YUAN\" maxlength=\"3\" aria-invalid=\"true\""));
    assert_eq!(
        form_value(&reply.body, "party_name_1").as_deref(),
        Some("China Telecom Group"),
        "corrections kept"
    );
    assert_eq!(selected(&reply.body, "sig_party_1").as_deref(), Some("1"));
    assert_eq!(agreement_count(&store).await, before, "nothing saved");

    let reply = post_form(&app, "/agreements/draft/confirm", &encode(&fields)).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let location = reply.headers[header::LOCATION].to_str().unwrap().to_owned();
    let id: i64 = location.rsplit('/').next().unwrap().parse().unwrap();
    let detail = get(&app, &format!("/api/v1/agreements/{id}")).await.json();
    assert_eq!(detail["agreement"]["source_text"], demo::PRESS_RELEASE);
    assert_eq!(detail["money"]["committed"][0]["amount"], "10000000000");
    assert_eq!(detail["signatories"].as_array().unwrap().len(), 2);
    assert_eq!(
        detail["parties"][0]["organisation"]["id"], 1,
        "existing organisation reused"
    );
    assert_eq!(
        detail["agreement"]["focus_areas"].as_array().unwrap().len(),
        2
    );
    let trail = get(&app, &format!("/api/v1/audit/agreement/{id}"))
        .await
        .json();
    let actions: Vec<&str> = trail
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["create", "drafted_from_press_release"]);
    assert_eq!(
        trail[1]["after"]["proposed"]["amounts"][0]["value"],
        10_000_000_000i64
    );
    let page = get(&app, &location).await;
    assert!(page.body.contains("Drafted from a press release"));
    assert_eq!(
        detail["obligations"][0]["description"]["en"],
        "Commitment of 10 billion yuan"
    );
}

#[tokio::test]
async fn unreadable_press_releases_get_a_clear_error() {
    let (app, _) = app().await;
    let empty = post_multipart(&app, "/agreements/draft", &[("text", None, b"   ")]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("data-testid=\"form-errors\""));
    let binary = post_multipart(
        &app,
        "/agreements/draft",
        &[
            ("text", None, b""),
            (
                "file",
                Some("scan.pdf"),
                &[0x25, 0x50, 0, 0, 0xff, 0xfe, 0x00],
            ),
        ],
    )
    .await;
    assert_eq!(binary.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(binary.body.contains("scan.pdf"), "{}", binary.body);
    let chinese = post_multipart(
        &app,
        "/agreements/draft",
        &[
            ("text", None, b""),
            (
                "file",
                Some("news.txt"),
                "2016年7月8日，青海省人民政府与中国电信集团公司在西宁签署合作框架协议。".as_bytes(),
            ),
        ],
    )
    .await;
    assert_eq!(chinese.status, StatusCode::OK);
    assert_eq!(
        form_value(&chinese.body, "signed_on").as_deref(),
        Some("2016-07-08")
    );
}
