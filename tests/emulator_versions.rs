//! The Atlas Admin API v2's versions, as Atlas negotiates them: `Accept` must name the
//! resource's dated media type (`406 INVALID_VERSION_DATE` otherwise, after authentication),
//! a body must be sent as it, successes are answered as it and errors as `application/json`;
//! a version declared deprecated (`Config::sunsets`, `serve --sunset`) answers with
//! `Deprecation` and `Sunset` until its sunset date and `410 VERSION_GONE` from then on. The
//! v1.0 and Ops Manager APIs have no versions and take `application/json` as before.

mod common;

use common::{ORG_BODY, V2, call};
use mongodb_api_keys::digest::{Challenge, Request};
use mongodb_api_keys::emulator::{Config, Emulator, Sunset};
use serde_json::Value;

/// `method url` signed as the fixture user, with exactly these `Accept` and `Content-Type`
/// headers (none where `None`).
async fn raw(
    e: &Emulator,
    method: &str,
    url: &str,
    accept: Option<&str>,
    content_type: Option<&str>,
    body: &str,
) -> common::Answer {
    let client = common::http();
    let request = |auth: Option<String>| {
        let mut request = client
            .request(method.parse().unwrap(), url)
            .body(body.to_owned());
        for (name, value) in [("accept", accept), ("content-type", content_type)] {
            if let Some(value) = value {
                request = request.header(name, value);
            }
        }
        match auth {
            Some(auth) => request.header("authorization", auth),
            None => request,
        }
    };
    let first = request(None).send().await.unwrap();
    assert_eq!(first.status(), 401, "authentication comes first");
    let challenge =
        Challenge::parse(first.headers()["www-authenticate"].to_str().unwrap()).unwrap();
    let target = common::target_of(url);
    let signed = Request {
        method,
        uri: &target,
        body: body.as_bytes(),
    };
    let f = e.fixtures();
    let auth = challenge.sign(&f.username, &f.api_key, &signed, 1, "0a4f113b");
    let answer = request(Some(auth.to_string())).send().await.unwrap();
    common::Answer {
        status: answer.status().as_u16(),
        headers: answer.headers().clone(),
        text: answer.text().await.unwrap(),
    }
}

fn error_code(answer: &common::Answer) -> String {
    let body: Value = serde_json::from_str(&answer.text).unwrap_or_default();
    body["errorCode"].as_str().unwrap_or_default().to_owned()
}

fn keys(e: &Emulator, prefix: &str) -> String {
    format!(
        "{}{prefix}/orgs/{}/apiKeys",
        e.origin(),
        e.fixtures().org_id
    )
}

#[tokio::test]
async fn accept_must_name_the_version_and_bodies_are_sent_as_it() {
    let e = common::emulator().await;
    let url = keys(&e, "/api/atlas/v2");
    for accept in [
        None,
        Some("application/json"),
        Some("*/*"),
        Some("application/vnd.atlas.2024-08-05+json"),
        Some("application/vnd.atlas.2023-01-01"),
        Some("application/vnd.atlas.2023-01-01+json;q=0"),
    ] {
        for (method, content_type, body) in [("GET", None, ""), ("POST", Some(V2), ORG_BODY)] {
            let answer = raw(&e, method, &url, accept, content_type, body).await;
            assert_eq!(
                (answer.status, error_code(&answer)),
                (406, "INVALID_VERSION_DATE".into()),
                "{method} {accept:?}"
            );
            assert_eq!(answer.headers["content-type"], "application/json");
        }
    }
}

#[tokio::test]
async fn bodies_and_answers_are_the_version_and_other_apis_take_json() {
    let e = common::emulator().await;
    let url = keys(&e, "/api/atlas/v2");
    let charset = Some("application/vnd.atlas.2023-01-01+json; charset=utf-8");
    let listed = raw(&e, "GET", &url, charset, None, "").await;
    assert_eq!(listed.status, 200, "{}", listed.text);
    assert_eq!(
        listed.headers["content-type"],
        "application/vnd.atlas.2023-01-01+json;charset=utf-8"
    );
    // A body: the versioned type (parameters allowed), or none at all, as Jersey reads it.
    let several = Some("application/json, application/vnd.atlas.2023-01-01+json");
    for content_type in [
        Some(V2),
        Some("APPLICATION/VND.ATLAS.2023-01-01+JSON;charset=utf-8"),
        None,
    ] {
        let created = raw(&e, "POST", &url, several, content_type, ORG_BODY).await;
        assert_eq!(created.status, 200, "{content_type:?}: {}", created.text);
    }
    for content_type in [
        "application/json",
        "application/vnd.atlas.2024-08-05+json",
        "text/plain",
    ] {
        let refused = raw(&e, "POST", &url, Some(V2), Some(content_type), ORG_BODY).await;
        assert_eq!(refused.status, 415, "{content_type}");
        let detail: Value = serde_json::from_str(&refused.text).unwrap();
        assert_eq!(
            detail["detail"],
            format!("Request bodies must be sent as {V2}.")
        );
    }
    // Errors are JSON, whatever the version.
    let missing = raw(
        &e,
        "GET",
        &format!("{url}/5c47ba5127d9d61b9fd8a27b"),
        Some(V2),
        None,
        "",
    )
    .await;
    assert_eq!(
        (
            missing.status,
            missing.headers["content-type"].to_str().unwrap()
        ),
        (404, "application/json")
    );
    // The v1.0 and Ops Manager APIs take JSON, and no version.
    for prefix in ["/api/atlas/v1.0", "/api/public/v1.0"] {
        let url = keys(&e, prefix);
        let created = raw(&e, "POST", &url, None, Some("application/json"), ORG_BODY).await;
        assert_eq!(created.status, 200, "{prefix}: {}", created.text);
        assert_eq!(created.headers["content-type"], "application/json");
        let versioned = raw(&e, "POST", &url, Some(V2), Some(V2), ORG_BODY).await;
        assert_eq!(versioned.status, 415, "{prefix}");
    }
    assert_eq!(e.stats().keys_created.org, 5, "every refusal made nothing");
}

#[tokio::test]
async fn a_deprecated_version_says_so_until_its_sunset_then_is_gone() {
    let soon: Sunset = "2023-01-01=2024-08-05/2999-07-01".parse().unwrap();
    let config = Config {
        sunsets: vec![soon],
        ..Config::default()
    };
    let e = Emulator::start(config).await.unwrap();
    let url = keys(&e, "/api/atlas/v2");
    for (method, body) in [("GET", None), ("POST", Some(ORG_BODY))] {
        let answer = call(&e, method, &url, body).await;
        assert_eq!(answer.status, 200, "{}", answer.text);
        assert_eq!(
            answer.headers["deprecation"],
            "Mon, 05 Aug 2024 00:00:00 GMT"
        );
        assert_eq!(answer.headers["sunset"], "Mon, 01 Jul 2999 00:00:00 GMT");
    }
    // Only successes carry them (the spec declares them there); other APIs never.
    let missing = call(&e, "GET", &format!("{url}/5c47ba5127d9d61b9fd8a27b"), None).await;
    assert_eq!(missing.status, 404);
    assert!(!missing.headers.contains_key("deprecation"));
    let om = call(&e, "GET", &keys(&e, "/api/public/v1.0"), None).await;
    assert_eq!(om.status, 200);
    assert!(!om.headers.contains_key("sunset"));

    let gone: Sunset = "2023-01-01=2024-01-01".parse().unwrap();
    let e = Emulator::start(Config {
        sunsets: vec![gone],
        ..Config::default()
    })
    .await
    .unwrap();
    let url = keys(&e, "/api/atlas/v2");
    let answer = call(&e, "GET", &url, None).await;
    assert_eq!(
        (answer.status, error_code(&answer)),
        (410, "VERSION_GONE".into()),
        "{}",
        answer.text
    );
    let body: Value = serde_json::from_str(&answer.text).unwrap();
    let path = url
        .trim_start_matches(&e.origin())
        .trim_start_matches('/')
        .to_owned();
    assert_eq!(body["parameters"], serde_json::json!(["2023-01-01", path]));
    // A missing version is still a 406; the other APIs still serve.
    let unversioned = raw(&e, "GET", &url, None, None, "").await;
    assert_eq!(unversioned.status, 406);
    assert_eq!(
        call(&e, "GET", &keys(&e, "/api/public/v1.0"), None)
            .await
            .status,
        200
    );
    assert_eq!(e.stats().keys_created.org, 0);
}

#[tokio::test]
async fn a_sunset_for_a_version_nothing_is_served_with_is_refused_at_start() {
    for (text, why) in [
        (
            "2025-03-12=2027-06-01",
            "no operation is served with version 2025-03-12",
        ),
        ("2023-01-01=2028-01-01/2027-06-01", "before its sunset"),
        ("2023-01-01", "VERSION=SUNSET"),
    ] {
        let refused = match text.parse::<Sunset>() {
            Err(error) => error,
            Ok(sunset) => {
                let config = Config {
                    sunsets: vec![sunset],
                    ..Config::default()
                };
                Emulator::start(config)
                    .await
                    .err()
                    .expect("refused")
                    .to_string()
            }
        };
        assert!(refused.contains(why), "{text}: {refused}");
    }
}
