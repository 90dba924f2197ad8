//! Every sentence about an outcome is true: one table walks each path of a call (digest,
//! bearer, token renewal, access list) against scripted servers, and checks, for the library
//! and for the CLI alike, what the error says happened (`Error::outcome`), its exit code, and
//! that its message never claims "nothing was sent" after something was.

#[path = "../../tests/common/mod.rs"]
mod common;

use common::script::{self, Step};
use common::secrets::*;
use mongodb_api_keys::client::{Client, Error, ErrorCode, Outcome};
use mongodb_api_keys::generated::types::OrgRole;

#[derive(Clone, Copy, Debug)]
enum Who {
    ApiKey,
    ServiceAccount,
}

/// One path: who calls, what the server does, what must be said.
struct Case {
    name: &'static str,
    who: Who,
    /// With `--access-list`: the create, then the entries.
    access_list: bool,
    steps: fn() -> Vec<Step>,
    outcome: Outcome,
    exit: i32,
    /// Words the message must hold.
    says: &'static [&'static str],
}

fn challenge() -> Step {
    Step::with_headers("401 Unauthorized", CHALLENGE, CHALLENGE_BODY)
}

fn token() -> Step {
    Step::json("200 OK", token_answer(TOKEN))
}

fn expired() -> Step {
    Step::with_headers(
        "401 Unauthorized",
        BEARER_CHALLENGE,
        r#"{"detail":"Access token expired","error":401,"reason":"Unauthorized"}"#,
    )
}

fn created() -> Step {
    Step::json("200 OK", created_key().to_string())
}

fn not_org_owner() -> Step {
    Step::json(
        "401 Unauthorized",
        api_error(
            401,
            "NOT_ORG_OWNER",
            "The currently logged in user does not have the owner role.",
        ),
    )
}

const NOT_SENT: &str = "nothing was sent";
const NOTHING_CREATED: &str = "nothing was created";

fn cases() -> Vec<Case> {
    use Who::*;
    let case = |name, who, steps, outcome, exit, says| Case {
        name,
        who,
        access_list: false,
        steps,
        outcome,
        exit,
        says,
    };
    vec![
        case(
            "digest: refused connection",
            ApiKey,
            Vec::new,
            Outcome::NotSent,
            5,
            &["no request reached the API", NOT_SENT],
        ),
        case(
            "digest: challenge, then the signed request cannot connect",
            ApiKey,
            || vec![challenge()],
            Outcome::Refused,
            5,
            &[NOTHING_CREATED, "could not be sent"],
        ),
        case(
            "digest: challenge, then the signed request is cut",
            ApiKey,
            || vec![challenge(), Step::Cut],
            Outcome::Unknown,
            6,
            &["may have been created"],
        ),
        case(
            "digest: wrong credentials",
            ApiKey,
            || vec![challenge(), challenge()],
            Outcome::Refused,
            3,
            &[NOTHING_CREATED, "check the public and private API key"],
        ),
        case(
            "digest: a missing role",
            ApiKey,
            || vec![challenge(), not_org_owner()],
            Outcome::Refused,
            8,
            &[NOTHING_CREATED, "Organization Owner", "NOT_ORG_OWNER"],
        ),
        case(
            "digest: not on the access list",
            ApiKey,
            || {
                vec![
                    challenge(),
                    Step::json(
                        "403 Forbidden",
                        api_error(
                            403,
                            "IP_ADDRESS_NOT_ON_ACCESS_LIST",
                            "IP address 192.0.2.1 is not allowed to access this resource.",
                        ),
                    ),
                ]
            },
            Outcome::Refused,
            8,
            &[NOTHING_CREATED, "access list"],
        ),
        case(
            "digest: the server fails (500)",
            ApiKey,
            || {
                let failure = api_error(500, "UNEXPECTED_ERROR", "Unexpected error.");
                vec![
                    challenge(),
                    Step::json("500 Internal Server Error", failure),
                ]
            },
            Outcome::Unknown,
            6,
            &["may or may not have acted"],
        ),
        case(
            "bearer: token endpoint unreachable",
            ServiceAccount,
            Vec::new,
            Outcome::NotSent,
            5,
            &["no request reached the API", NOT_SENT],
        ),
        case(
            "bearer: token refused",
            ServiceAccount,
            || {
                vec![Step::json(
                    "401 Unauthorized",
                    r#"{"error":"invalid_client","error_description":"bad client"}"#,
                )]
            },
            Outcome::NotSent,
            3,
            &["nothing was sent to the API"],
        ),
        case(
            "bearer: token expired, renewal cannot connect",
            ServiceAccount,
            || vec![token(), expired()],
            Outcome::Refused,
            5,
            &[NOTHING_CREATED],
        ),
        case(
            "bearer: token expired, renewal refused",
            ServiceAccount,
            || {
                vec![
                    token(),
                    expired(),
                    Step::json("401 Unauthorized", r#"{"error":"invalid_client"}"#),
                ]
            },
            Outcome::Refused,
            3,
            &[NOTHING_CREATED],
        ),
        case(
            "bearer: token expired, renewal rate limited",
            ServiceAccount,
            || {
                vec![
                    token(),
                    expired(),
                    Step::with_headers(
                        "429 Too Many Requests",
                        "Retry-After: 3600\r\n",
                        r#"{"error":"rate_limited"}"#,
                    ),
                ]
            },
            Outcome::Refused,
            4,
            &[NOTHING_CREATED, "token endpoint"],
        ),
        case(
            "bearer: token renewed, then the API cannot be reached",
            ServiceAccount,
            || {
                vec![
                    token(),
                    expired(),
                    Step::json("200 OK", token_answer(TOKEN_2)),
                ]
            },
            Outcome::Refused,
            5,
            &[NOTHING_CREATED],
        ),
        case(
            "bearer: a missing role",
            ServiceAccount,
            || vec![token(), not_org_owner()],
            Outcome::Refused,
            8,
            &[NOTHING_CREATED, "Organization Owner"],
        ),
        Case {
            access_list: true,
            ..case(
                "access list: the entries cannot be sent",
                ApiKey,
                || vec![challenge(), created()],
                Outcome::Done,
                7,
                &["was created", "could not be sent"],
            )
        },
        Case {
            access_list: true,
            ..case(
                "access list: the entries' answer is cut",
                ApiKey,
                || vec![challenge(), created(), Step::Cut],
                Outcome::Done,
                7,
                &["was created", "may or may not have been applied"],
            )
        },
    ]
}

fn client(who: Who, base_url: &str) -> Client {
    let builder = Client::builder(base_url).timeout(std::time::Duration::from_secs(10));
    match who {
        Who::ApiKey => builder.credentials(PUBLIC_KEY, PRIVATE_KEY),
        Who::ServiceAccount => builder.service_account(CLIENT_ID, CLIENT_SECRET),
    }
    .build()
    .unwrap()
}

async fn library(case: &Case) -> Error {
    let server = script::serve((case.steps)()).await;
    let client = client(case.who, &server.atlas_url());
    let roles = [OrgRole::OrgMember];
    let result = if case.access_list {
        let entries = ["192.0.2.1".parse().unwrap()];
        client
            .create_org_api_key_with_access_list(ORG, "k", &roles, &entries)
            .await
    } else {
        client.create_org_api_key(ORG, "k", &roles).await
    };
    result.expect_err(case.name)
}

async fn cli(case: &Case) -> std::process::Output {
    let server = script::serve((case.steps)()).await;
    let mut args = vec![
        "--base-url".to_owned(),
        server.atlas_url(),
        "--no-token-cache".into(),
        "org-key".into(),
        "create".into(),
        "--org-id".into(),
        ORG.into(),
        "--desc".into(),
        "k".into(),
        "--role".into(),
        "ORG_MEMBER".into(),
    ];
    if case.access_list {
        args.extend(["--access-list".into(), "192.0.2.1".into()]);
    }
    let who = case.who;
    tokio::task::spawn_blocking(move || {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_mongodb-api-keys"));
        command.args(&args).env_clear();
        match who {
            Who::ApiKey => command
                .env("MONGODB_ATLAS_PUBLIC_API_KEY", PUBLIC_KEY)
                .env("MONGODB_ATLAS_PRIVATE_API_KEY", PRIVATE_KEY),
            Who::ServiceAccount => command
                .env("MONGODB_ATLAS_CLIENT_ID", CLIENT_ID)
                .env("MONGODB_ATLAS_CLIENT_SECRET", CLIENT_SECRET),
        };
        command.output().unwrap()
    })
    .await
    .unwrap()
}

/// What a message must and must not say for `case`.
fn check_words(case: &Case, text: &str, failures: &mut Vec<String>) {
    for word in case.says {
        if !text.contains(word) {
            failures.push(format!("{}: does not say {word:?}: {text}", case.name));
        }
    }
    if case.outcome != Outcome::NotSent && text.contains(NOT_SENT) {
        failures.push(format!("{}: says {NOT_SENT:?}, false: {text}", case.name));
    }
    if case.exit == 8 && text.contains("check the public and private") {
        failures.push(format!(
            "{}: blames the keys for a permission: {text}",
            case.name
        ));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_path_says_what_happened_and_nothing_false() {
    let mut failures = Vec::new();
    for case in cases() {
        let error = library(&case).await;
        if error.outcome() != case.outcome {
            failures.push(format!(
                "{}: outcome {:?}, expected {:?}: {error}",
                case.name,
                error.outcome(),
                case.outcome
            ));
        }
        check_words(&case, &error.to_string(), &mut failures);
        let output = cli(&case).await;
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        if output.status.code() != Some(case.exit) {
            failures.push(format!(
                "{}: CLI exit {:?}, expected {}: {stderr}",
                case.name,
                output.status.code(),
                case.exit
            ));
        }
        check_words(&case, &stderr, &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[tokio::test]
async fn permission_errors_carry_mongodbs_code_as_an_enum() {
    let server = script::serve(vec![challenge(), not_org_owner()]).await;
    let error = client(Who::ApiKey, &server.atlas_url())
        .create_org_api_key(ORG, "k", &[OrgRole::OrgMember])
        .await
        .unwrap_err();
    assert!(
        matches!(
            &error,
            Error::PermissionDenied {
                status: 401,
                error_code: Some(ErrorCode::NotOrgOwner),
                ..
            }
        ),
        "{error:?}"
    );
    assert_eq!(error.error_code(), Some(ErrorCode::NotOrgOwner));
    assert!(!error.is_retryable());
    // A 401 that challenges again is the credentials, even with a code.
    let with_code = Step::with_headers(
        "401 Unauthorized",
        CHALLENGE,
        api_error(401, "UNEXPECTED_ERROR", "Unauthorized"),
    );
    let server = script::serve(vec![challenge(), with_code]).await;
    let error = client(Who::ApiKey, &server.atlas_url())
        .create_org_api_key(ORG, "k", &[OrgRole::OrgMember])
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Unauthorized(_)), "{error:?}");
}

#[tokio::test]
async fn bearer_secrets_never_go_over_plain_http_to_another_host() {
    for (base, builder) in [
        (
            "http://192.0.2.10:8080",
            Client::builder("http://192.0.2.10:8080").service_account(CLIENT_ID, CLIENT_SECRET),
        ),
        (
            "http://atlas.internal",
            Client::builder("http://atlas.internal").access_token(TOKEN),
        ),
        (
            "https://cloud.mongodb.com",
            Client::builder("https://cloud.mongodb.com")
                .service_account(CLIENT_ID, CLIENT_SECRET)
                .token_url("http://tokens.internal/api/oauth/token"),
        ),
    ] {
        let error = builder.clone().build().unwrap_err();
        let text = error.to_string();
        assert!(
            matches!(error, Error::Config(_)) && text.contains("allow_insecure_http"),
            "{base}: {text}"
        );
        assert!(
            !text.contains(CLIENT_SECRET) && !text.contains(TOKEN),
            "{text}"
        );
        assert!(builder.allow_insecure_http(true).build().is_ok(), "{base}");
    }
    // Loopback needs no permission; API keys over plain http are allowed, and said.
    for base in [
        "http://127.0.0.1:9",
        "http://[::1]:9",
        "http://localhost:9",
        "http://emulator.localhost:9",
    ] {
        let client = Client::builder(base)
            .service_account(CLIENT_ID, CLIENT_SECRET)
            .build()
            .unwrap();
        assert!(!client.cleartext_remote(), "{base}");
    }
    let digest = Client::builder("http://om.internal:8080")
        .credentials(PUBLIC_KEY, PRIVATE_KEY)
        .build()
        .unwrap();
    assert!(digest.cleartext_remote());
    // The CLI names its flag, and warns about digest over plain http.
    let cli = |args: &[&str], env: &[(&str, &str)]| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_mongodb-api-keys"));
        command.args(args).env_clear().envs(env.iter().copied());
        command.output().unwrap()
    };
    let create = [
        "--base-url",
        "http://192.0.2.10:9",
        "--timeout",
        "1",
        "org-key",
        "create",
        "--org-id",
        ORG,
        "--desc",
        "k",
        "--role",
        "ORG_MEMBER",
    ];
    let refused = cli(&create, &[("MONGODB_ATLAS_ACCESS_TOKEN", TOKEN)]);
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert_eq!(refused.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("--allow-insecure-http"), "{stderr}");
    let digest = cli(
        &create,
        &[
            ("MONGODB_ATLAS_PUBLIC_API_KEY", PUBLIC_KEY),
            ("MONGODB_ATLAS_PRIVATE_API_KEY", PRIVATE_KEY),
        ],
    );
    let stderr = String::from_utf8_lossy(&digest.stderr);
    assert_eq!(stderr.matches("warning: ").count(), 1, "{stderr}");
    assert!(stderr.contains("come back in clear"), "{stderr}");
}

/// A status is what the server sent: a real 599 or an undeclared 5xx is reported as itself,
/// never taken for something the client made up.
#[tokio::test]
async fn a_real_599_and_an_undeclared_5xx_are_reported_as_they_are() {
    let plain = |status| Step::Answer {
        status,
        headers: String::new(),
        body: "upstream gave up".into(),
    };
    let json_599 = api_error(599, "UNEXPECTED_ERROR", "x");
    for (status, step) in [
        (
            599,
            Step::json("599 Network Connect Timeout Error", json_599),
        ),
        (599, plain("599 Network Connect Timeout Error")),
        (507, plain("507 Insufficient Storage")),
        (509, Step::json("509 Bandwidth Limit Exceeded", "{}")),
    ] {
        let server = script::serve(vec![challenge(), step]).await;
        let error = client(Who::ApiKey, &server.atlas_url())
            .create_org_api_key(ORG, "k", &[OrgRole::OrgMember])
            .await
            .unwrap_err();
        assert!(
            matches!(&error, Error::Api { status: s, .. } if *s == status),
            "{status}: {error:?}"
        );
        assert_eq!(error.outcome(), Outcome::Unknown, "{error}");
        let shown = error.to_string();
        assert!(shown.contains(&format!("HTTP {status}")), "{shown}");
    }
}
