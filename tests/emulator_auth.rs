//! The emulator authenticates as MongoDB does (digest with the exact Atlas challenge, nonce
//! expiry and replay refusal, the challenged algorithm) and authorizes as MongoDB does (each
//! operation's role, personal keys for their own user only).

mod common;

use common::{
    ORG_BODY, assert_matches_schema, digest_post, emulator, operations, post, send, target_of,
};
use mongodb_api_keys::digest::{Algorithm, Challenge, Request};
use mongodb_api_keys::emulator::{Config, Emulator};
use serde_json::{Value, json};

#[tokio::test]
async fn a_new_key_authenticates_and_personal_keys_need_their_user() {
    let e = emulator().await;
    let [org, _, agent, user] = operations(&e);
    let owner = r#"{"desc":"owner","roles":["ORG_OWNER"]}"#;
    let key = post(&e, &org.0, owner).await.json();
    let (public, private) = (
        key["publicKey"].as_str().unwrap(),
        key["privateKey"].as_str().unwrap(),
    );
    let answer = digest_post(&agent.0, public, private, agent.1).await;
    assert_eq!(answer.status, 200, "{}", answer.text);
    assert_eq!(
        answer.json()["createdUserId"],
        Value::Null,
        "an API key is not a user"
    );
    // Only the user can create its personal keys.
    let answer = digest_post(&user.0, public, private, user.1).await;
    assert_eq!(
        (answer.status, answer.json()["errorCode"].as_str()),
        (401, Some("USER_UNAUTHORIZED"))
    );
    assert!(
        answer.headers.get("www-authenticate").is_none(),
        "authenticated; not a challenge"
    );
    // A personal key created by the user authenticates as the user.
    let personal = post(&e, &user.0, user.1).await.json();
    let username = &e.fixtures().username;
    let answer = digest_post(&user.0, username, personal["key"].as_str().unwrap(), user.1).await;
    assert_eq!(answer.status, 200, "{}", answer.text);
}

#[tokio::test]
async fn wrong_credentials_get_the_exact_atlas_challenge_and_a_json_body() {
    let e = emulator().await;
    for (path, body, _) in operations(&e) {
        let answer = digest_post(
            &format!("{path}?envelope=true&pretty=true"),
            &e.fixtures().username,
            "wrong",
            body,
        )
        .await;
        assert_eq!(
            answer.status, 401,
            "a challenge is never enveloped: {}",
            answer.text
        );
        let challenge = answer.challenge();
        let nonce = Challenge::parse(challenge).unwrap().nonce;
        assert_eq!(
            challenge,
            format!(
                r#"Digest realm="MMS Public API", domain="", nonce="{nonce}", algorithm=MD5, qop="auth", stale=false"#
            )
        );
        assert!(
            nonce.len() == 32
                && nonce
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/')
        );
        assert_eq!(
            answer.headers["content-type"],
            "application/json;charset=ISO-8859-1"
        );
        assert_eq!(
            answer.json(),
            json!({"detail": "You are not authorized for this resource.", "error": 401, "reason": "Unauthorized"})
        );
        assert_matches_schema("ApiError", &answer.json());
    }
    let unknown_user = digest_post(&operations(&e)[0].0.clone(), "nobody", "x", ORG_BODY).await;
    assert_eq!(unknown_user.status, 401);
    assert_eq!(e.stats().keys_created, Default::default());
}

/// Signs with the nonce of a fresh challenge, choosing nc and the request-target.
async fn signed(
    e: &Emulator,
    url: &str,
    sign_uri: &str,
    nc: u32,
    nonce: Option<&Challenge>,
) -> (common::Answer, Challenge) {
    let client = common::http();
    let challenge = match nonce {
        Some(c) => c.clone(),
        None => Challenge::parse(send(&client, url, ORG_BODY, None).await.challenge()).unwrap(),
    };
    let request = Request {
        method: "POST",
        uri: sign_uri,
        body: ORG_BODY.as_bytes(),
    };
    let f = e.fixtures();
    let auth = challenge.sign(&f.username, &f.api_key, &request, nc, "c0ffee");
    (
        send(&client, url, ORG_BODY, Some(auth.to_string())).await,
        challenge,
    )
}

#[tokio::test]
async fn each_nonce_count_is_accepted_once_and_expired_nonces_are_stale() {
    let e = emulator().await;
    let url = operations(&e)[0].0.clone();
    let target = target_of(&url);
    let (first, challenge) = signed(&e, &url, &target, 1, None).await;
    assert_eq!(first.status, 200);
    let (replay, _) = signed(&e, &url, &target, 1, Some(&challenge)).await;
    assert_eq!(
        replay.status, 401,
        "the same (nonce, nc) must not be accepted twice"
    );
    assert_eq!(e.stats().replays, 1);
    let (next, _) = signed(&e, &url, &target, 2, Some(&challenge)).await;
    assert_eq!(next.status, 200, "the next count on the same nonce is fine");

    e.expire_nonces();
    let (expired, _) = signed(&e, &url, &target, 3, Some(&challenge)).await;
    assert_eq!(expired.status, 401);
    let fresh = Challenge::parse(expired.challenge()).unwrap();
    assert!(fresh.stale, "{}", expired.challenge());
    assert_ne!(fresh.nonce, challenge.nonce);
    assert_eq!(e.stats().stale_nonces, 1);
    let (recovered, _) = signed(&e, &url, &target, 1, Some(&fresh)).await;
    assert_eq!(recovered.status, 200);

    // nc=00000000 is refused, as Atlas does.
    let (zero, _) = signed(&e, &url, &target, 0, None).await;
    assert_eq!(zero.status, 401);
    // The signed uri must be the request-target actually sent.
    let (moved, _) = signed(&e, &url, &format!("{target}?pretty=true"), 1, None).await;
    assert_eq!(moved.status, 401);
    assert_eq!(e.stats().keys_created.org, 3);
}

/// RFC 7235 allows each directive once and RFC 7616's `cnonce` is the client's nonce; Atlas
/// offers no `opaque`, so one in the credentials was never offered. Each is refused with a
/// challenge, though the digest itself is right.
#[tokio::test]
async fn repeated_directives_an_empty_cnonce_and_an_unoffered_opaque_are_refused() {
    let e = emulator().await;
    let f = e.fixtures().clone();
    let url = operations(&e)[0].0.clone();
    let target = target_of(&url);
    let client = common::http();
    let request = Request {
        method: "POST",
        uri: &target,
        body: ORG_BODY.as_bytes(),
    };
    let fresh = || async {
        let first = send(&common::http(), &url, ORG_BODY, None).await;
        Challenge::parse(first.challenge()).unwrap()
    };
    let sign = |challenge: &Challenge, cnonce: &str| {
        challenge
            .sign(&f.username, &f.api_key, &request, 1, cnonce)
            .to_string()
    };
    let mut refused = Vec::new();
    let challenge = fresh().await;
    let right = sign(&challenge, "c0ffee");
    refused.push(format!(r#"{right}, nonce="{}""#, challenge.nonce));
    let challenge = fresh().await;
    refused.push(format!(
        r#"{}, REALM="MMS Public API""#,
        sign(&challenge, "c0ffee")
    ));
    let challenge = fresh().await;
    refused.push(format!("{}, qop=auth", sign(&challenge, "c0ffee")));
    let challenge = fresh().await;
    refused.push(sign(&challenge, ""));
    let mut with_opaque = fresh().await;
    with_opaque.opaque = Some("never-offered".into());
    refused.push(sign(&with_opaque, "c0ffee"));
    for authorization in refused {
        let answer = send(&client, &url, ORG_BODY, Some(authorization.clone())).await;
        assert_eq!(answer.status, 401, "{authorization}: {}", answer.text);
        let again = Challenge::parse(answer.challenge()).unwrap();
        assert!(!again.stale, "{authorization}: refused, not stale");
    }
    assert_eq!(e.stats().keys_created.org, 0);
    // The same credentials without the fault are accepted.
    let challenge = fresh().await;
    let answer = send(&client, &url, ORG_BODY, Some(sign(&challenge, "c0ffee"))).await;
    assert_eq!(answer.status, 200, "{}", answer.text);
}

#[tokio::test]
async fn nonces_expire_after_their_lifetime() {
    let config = Config {
        nonce_lifetime: std::time::Duration::from_millis(300),
        ..Config::default()
    };
    let e = Emulator::start(config).await.unwrap();
    let url = operations(&e)[0].0.clone();
    let (first, challenge) = signed(&e, &url, &target_of(&url), 1, None).await;
    assert_eq!(first.status, 200);
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    let (late, _) = signed(&e, &url, &target_of(&url), 2, Some(&challenge)).await;
    assert!(Challenge::parse(late.challenge()).unwrap().stale);
}

#[tokio::test]
async fn the_challenged_algorithm_is_the_only_one_accepted() {
    let config = Config {
        algorithm: Algorithm::Sha256,
        ..Config::default()
    };
    let e = Emulator::start(config).await.unwrap();
    let url = operations(&e)[0].0.clone();
    let client = common::http();
    let mut challenge =
        Challenge::parse(send(&client, &url, ORG_BODY, None).await.challenge()).unwrap();
    assert_eq!(challenge.algorithm, Algorithm::Sha256);
    challenge.algorithm = Algorithm::Md5;
    let request = Request {
        method: "POST",
        uri: &target_of(&url),
        body: ORG_BODY.as_bytes(),
    };
    let auth = challenge.sign(
        &e.fixtures().username,
        &e.fixtures().api_key,
        &request,
        1,
        "c",
    );
    assert_eq!(
        send(&client, &url, ORG_BODY, Some(auth.to_string()))
            .await
            .status,
        401
    );
    assert_eq!(
        post(&e, &url, ORG_BODY).await.status,
        200,
        "SHA-256 as challenged works"
    );
}

/// `(status, errorCode)` of a signed POST with these credentials.
async fn as_key(public: &str, private: &str, url: &str, body: &str) -> (u16, String) {
    let answer = digest_post(url, public, private, body).await;
    let code = if answer.status == 200 {
        String::new()
    } else {
        answer.json()["errorCode"].as_str().unwrap_or("").to_owned()
    };
    (answer.status, code)
}

/// `(status, errorCode)` of a signed POST with a fixture key's credentials.
async fn as_fixture_key(
    key: &mongodb_api_keys::emulator::FixtureKey,
    url: &str,
    body: &'static str,
) -> (u16, String) {
    as_key(&key.public_key, &key.private_key, url, body).await
}

/// An emulator with one fixture key per role given.
async fn with_fixture_keys(roles: &[&str]) -> Emulator {
    let config = Config {
        fixture_keys: roles.iter().map(|role| vec![(*role).into()]).collect(),
        ..Config::default()
    };
    Emulator::start(config).await.unwrap()
}

#[tokio::test]
async fn each_operation_needs_its_role() {
    let e = with_fixture_keys(&["ORG_READ_ONLY", "GROUP_OWNER", "GROUP_READ_ONLY"]).await;
    let f = e.fixtures().clone();
    let [org, project, agent, _] = operations(&e);
    let owner_body = r#"{"desc":"x","roles":["ORG_OWNER"]}"#;
    let [read_only, group_owner, group_reader] = [&f.keys[0], &f.keys[1], &f.keys[2]];
    assert_eq!(read_only.roles, ["ORG_READ_ONLY"]);
    assert_eq!(
        group_owner.roles,
        ["GROUP_OWNER", "ORG_MEMBER"],
        "a key with project roles is also an organization member, as MongoDB makes it"
    );
    let refused = |code: &str| (401, code.to_owned());
    let created = (200, String::new());
    // ORG_READ_ONLY cannot mint an ORG_OWNER key, nor anything in a project.
    assert_eq!(
        as_fixture_key(read_only, &org.0, owner_body).await,
        refused("NOT_ORG_OWNER")
    );
    assert_eq!(
        as_fixture_key(read_only, &project.0, common::PROJECT_BODY).await,
        refused("NOT_IN_GROUP")
    );
    assert_eq!(
        as_fixture_key(read_only, &agent.0, common::AGENT_BODY).await,
        refused("NOT_IN_GROUP")
    );
    // GROUP_OWNER: keys in its project, not in the organization.
    assert_eq!(
        as_fixture_key(group_owner, &project.0, common::PROJECT_BODY).await,
        created
    );
    assert_eq!(
        as_fixture_key(group_owner, &agent.0, common::AGENT_BODY).await,
        created
    );
    assert_eq!(
        as_fixture_key(group_owner, &org.0, owner_body).await,
        refused("NOT_ORG_OWNER")
    );
    // A project role below owner is not enough.
    assert_eq!(
        as_fixture_key(group_reader, &project.0, common::PROJECT_BODY).await,
        refused("USER_UNAUTHORIZED")
    );
    assert_eq!(e.stats().forbidden, 5);
    assert_eq!(e.stats().keys_created.org, 0);
}

#[tokio::test]
async fn keys_hold_exactly_the_roles_they_were_given() {
    let e = emulator().await;
    let [org, project, _, _] = operations(&e);
    let owner_body = r#"{"desc":"x","roles":["ORG_OWNER"]}"#;
    let refused = |code: &str| (401, code.to_owned());
    let created = (200, String::new());
    // Keys made through the emulator hold what they were given, no more.
    let reader = post(&e, &org.0, r#"{"desc":"r","roles":["ORG_READ_ONLY"]}"#)
        .await
        .json();
    let owner = post(&e, &org.0, owner_body).await.json();
    let creds = |k: &Value| {
        (
            k["publicKey"].as_str().unwrap().to_owned(),
            k["privateKey"].as_str().unwrap().to_owned(),
        )
    };
    let (public, private) = creds(&reader);
    assert_eq!(
        as_key(&public, &private, &org.0, owner_body).await,
        refused("NOT_ORG_OWNER")
    );
    let (public, private) = creds(&owner);
    assert_eq!(as_key(&public, &private, &org.0, owner_body).await, created);
    assert_eq!(
        as_key(&public, &private, &project.0, common::PROJECT_BODY).await,
        created
    );
    // An organization owner's key is still not a user.
    let user_url = operations(&e)[3].0.clone();
    assert_eq!(
        as_key(&public, &private, &user_url, common::USER_BODY).await,
        refused("USER_UNAUTHORIZED")
    );
}

#[tokio::test]
async fn a_user_has_at_most_ten_personal_keys() {
    let e = emulator().await;
    let user = operations(&e)[3].clone();
    for _ in 0..10 {
        assert_eq!(post(&e, &user.0, user.1).await.status, 200);
    }
    let answer = post(&e, &user.0, user.1).await;
    assert_eq!(
        (answer.status, answer.json()["errorCode"].as_str()),
        (403, Some("MAX_PUBLIC_API_KEY_REACHED"))
    );
    assert_eq!(e.stats().keys_created.user, 10);
}

#[test]
fn fixture_keys_need_known_roles() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    for (roles, why) in [
        (vec![], "at least one role"),
        (vec!["ORG_OWNR".to_owned()], "unknown role \"ORG_OWNR\""),
    ] {
        let config = Config {
            fixture_keys: vec![roles],
            ..Config::default()
        };
        let error = runtime
            .block_on(Emulator::start(config))
            .err()
            .expect("refused");
        assert!(error.to_string().contains(why), "{error}");
    }
}
