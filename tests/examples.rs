//! Every program of `examples/` run as a user runs it, against an emulator started in this
//! process (or a scripted server, for what the emulator never does): configured through the
//! Atlas CLI's variables and nothing else, judged by its exit status, by what it prints and
//! by what the emulator counts. A key an example prints is used afterwards, so that a wrong
//! or made-up secret fails. (`examples/emulator_test.rs` has tests of its own, which
//! `cargo test` runs: Cargo.toml gives it `test = true`.)

mod common;

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::time::Duration;

use common::ROOT;
use common::script::{self, Step};
use common::secrets::{CHALLENGE, CHALLENGE_BODY, NEW_PRIVATE_KEY, created_key};
use mongodb_api_keys::emulator::{Config, Emulator, Fault, Fixtures};
use mongodb_api_keys::{Client, Error, ErrorCode, OrgRole};
use serde_json::Value;

/// The examples' executables by name, built once per run by cargo itself, with this test's
/// features and profile: never stale, and there even when only this test was built
/// (`cargo test --test examples` builds no example). After `cargo test` built them, this
/// finds them fresh in a fraction of a second.
fn executables() -> &'static HashMap<String, PathBuf> {
    static BUILT: OnceLock<HashMap<String, PathBuf>> = OnceLock::new();
    BUILT.get_or_init(|| {
        let mut features = vec!["emulator"];
        if cfg!(feature = "cli") {
            features.push("cli");
        }
        let mut cargo = Command::new(env!("CARGO"));
        cargo
            .args([
                "build",
                "--examples",
                "--message-format=json-render-diagnostics",
            ])
            .args(["--no-default-features", "--features", &features.join(",")])
            .arg("--manifest-path")
            .arg(Path::new(ROOT).join("Cargo.toml"));
        if !cfg!(debug_assertions) {
            cargo.arg("--release");
        }
        let output = cargo.output().expect("cargo runs");
        assert!(
            output.status.success(),
            "cargo build --examples failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let built: HashMap<String, PathBuf> = String::from_utf8_lossy(&output.stdout)
            .lines()
            .filter_map(|line| serde_json::from_str::<Value>(line).ok())
            .filter(|m| m["reason"] == "compiler-artifact" && m["target"]["kind"][0] == "example")
            .filter_map(|m| {
                let name = m["target"]["name"].as_str()?.to_owned();
                Some((name, PathBuf::from(m["executable"].as_str()?)))
            })
            .collect();
        built
    })
}

/// A finished run of an example.
struct Ran {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl fmt::Display for Ran {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (out, err) = (&self.stdout, &self.stderr);
        write!(
            f,
            "exit {:?}\n--- stdout\n{out}--- stderr\n{err}",
            self.code
        )
    }
}

impl Ran {
    /// The value of the line `label: value` it printed.
    fn printed(&self, label: &str) -> &str {
        self.stdout
            .lines()
            .find_map(|line| line.strip_prefix(label)?.strip_prefix(':'))
            .map(str::trim)
            .unwrap_or_else(|| panic!("no `{label}:` line in\n{self}"))
    }

    /// Checks that it exited with `code`.
    fn exited(self, code: i32) -> Self {
        assert_eq!(self.code, Some(code), "{self}");
        self
    }
}

/// The variables an example is given; nothing else of this process's environment.
type Vars = Vec<(&'static str, String)>;

/// Runs the example `name` with `args` and only `vars` in its environment.
async fn run(name: &str, args: &[&str], vars: &Vars) -> Ran {
    let executable = executables()
        .get(name)
        .unwrap_or_else(|| panic!("cargo built no example named {name}"));
    let child = tokio::process::Command::new(executable)
        .args(args)
        .env_clear()
        .envs(vars.iter().map(|(k, v)| (k, v)))
        .kill_on_drop(true)
        .output();
    // A guard against a hung example, far above its run time (well under a second).
    let output = tokio::time::timeout(Duration::from_secs(60), child)
        .await
        .unwrap_or_else(|_| panic!("{name} still runs after 60 s"))
        .unwrap();
    Ran {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// The fixture user's API key, the organization, the project and the URL.
fn api_key_vars(f: &Fixtures) -> Vars {
    vec![
        ("MONGODB_ATLAS_BASE_URL", f.base_url.clone()),
        ("MONGODB_ATLAS_PUBLIC_API_KEY", f.username.clone()),
        ("MONGODB_ATLAS_PRIVATE_API_KEY", f.api_key.clone()),
        ("MONGODB_ATLAS_ORG_ID", f.org_id.clone()),
        ("MONGODB_ATLAS_PROJECT_ID", f.project_id.clone()),
    ]
}

/// The fixture service account, the organization, the project and the URL.
fn service_account_vars(f: &Fixtures) -> Vars {
    vec![
        ("MONGODB_ATLAS_BASE_URL", f.base_url.clone()),
        ("MONGODB_ATLAS_CLIENT_ID", f.client_id.clone()),
        ("MONGODB_ATLAS_CLIENT_SECRET", f.client_secret.clone()),
        ("MONGODB_ATLAS_ORG_ID", f.org_id.clone()),
        ("MONGODB_ATLAS_PROJECT_ID", f.project_id.clone()),
    ]
}

/// `vars` with `name` set to `value`.
fn with(mut vars: Vars, name: &'static str, value: &str) -> Vars {
    vars.retain(|(n, _)| *n != name);
    vars.push((name, value.to_owned()));
    vars
}

/// `vars` without `name`.
fn without(mut vars: Vars, name: &str) -> Vars {
    vars.retain(|(n, _)| *n != name);
    vars
}

/// What the key an example printed gets when it tries to create an organization key: proof
/// that its secret is the real one (a wrong one is `Unauthorized`).
async fn try_printed_key(emulator: &Emulator, ran: &Ran) -> Error {
    let f = emulator.fixtures();
    let client = Client::builder(&f.base_url)
        .credentials(ran.printed("public key"), ran.printed("private key"))
        .build()
        .unwrap();
    let answer = client
        .create_org_api_key(&f.org_id, "k", &[OrgRole::OrgMember])
        .await;
    answer.expect_err("the printed key has no right to create keys")
}

fn is_permission(error: &Error, code: ErrorCode) -> bool {
    matches!(error, Error::PermissionDenied { error_code: Some(c), .. } if *c == code)
}

#[tokio::test]
async fn digest_key_creates_an_organization_key_whose_secret_works() {
    let emulator = common::emulator().await;
    let ran = run("digest_key", &[], &api_key_vars(emulator.fixtures()))
        .await
        .exited(0);

    assert_eq!(emulator.stats().keys_created.org, 1, "{ran}");
    assert_eq!(ran.printed("id").len(), 24, "{ran}");
    assert_eq!(ran.printed("public key").len(), 8, "{ran}");
    // ORG_MEMBER: signed in, then refused for lack of Organization Owner.
    let error = try_printed_key(&emulator, &ran).await;
    assert!(is_permission(&error, ErrorCode::NotOrgOwner), "{error}");
}

#[tokio::test]
async fn service_account_creates_a_project_key_with_one_token() {
    let emulator = common::emulator().await;
    let f = emulator.fixtures();
    let ran = run("service_account", &[], &service_account_vars(f))
        .await
        .exited(0);

    let stats = emulator.stats();
    assert_eq!(stats.keys_created.project, 1, "{ran}");
    assert_eq!((stats.token_requests, stats.bearer_calls), (1, 1), "{ran}");
    let in_project = format!("GROUP_READ_ONLY in project {}", f.project_id);
    let in_org = format!("ORG_MEMBER in organization {}", f.org_id);
    assert!(ran.stdout.contains(&in_project), "{ran}");
    assert!(ran.stdout.contains(&in_org), "{ran}");
    let error = try_printed_key(&emulator, &ran).await;
    assert!(is_permission(&error, ErrorCode::NotOrgOwner), "{error}");
}

#[tokio::test]
async fn key_with_access_list_makes_a_key_usable_only_from_its_entries() {
    let emulator = common::emulator().await;
    let vars = service_account_vars(emulator.fixtures());

    // From this machine: the new key signs in, and is refused only for lack of the role.
    let here = run(
        "key_with_access_list",
        &["127.0.0.1", "198.51.100.0/24"],
        &vars,
    )
    .await
    .exited(0);
    assert!(
        here.stdout.contains("usable from: 127.0.0.1/32\n"),
        "{here}"
    );
    assert!(
        here.stdout.contains("usable from: 198.51.100.0/24\n"),
        "{here}"
    );
    let error = try_printed_key(&emulator, &here).await;
    assert!(is_permission(&error, ErrorCode::NotOrgOwner), "{error}");

    // Only from elsewhere: the same key, refused by its access list.
    let elsewhere = run("key_with_access_list", &["192.0.2.10"], &vars)
        .await
        .exited(0);
    let error = try_printed_key(&emulator, &elsewhere).await;
    let code = ErrorCode::IpAddressNotOnAccessList;
    assert!(is_permission(&error, code), "{error}");
    assert_eq!(emulator.stats().keys_created.org, 2);
}

#[tokio::test]
async fn key_with_access_list_prints_a_key_whose_entries_failed_and_checks_entries_first() {
    let emulator = common::emulator().await;
    let vars = api_key_vars(emulator.fixtures());
    emulator
        .inject(Fault {
            status: Some(503),
            count: 1,
            operation: Some("createApiKeyAccessListEntries".into()),
            ..Fault::default()
        })
        .unwrap();

    let ran = run("key_with_access_list", &["192.0.2.10"], &vars)
        .await
        .exited(1);
    assert!(ran.stderr.contains("was created"), "{ran}");
    assert_eq!(emulator.stats().keys_created.org, 1, "{ran}");
    // The key it printed is real, and without entries it is not held to 192.0.2.10.
    let error = try_printed_key(&emulator, &ran).await;
    assert!(is_permission(&error, ErrorCode::NotOrgOwner), "{error}");

    let requests = emulator.stats().requests;
    let ran = run("key_with_access_list", &["300.1.2.3"], &vars)
        .await
        .exited(1);
    assert!(
        ran.stderr.contains("\"300.1.2.3\" is not an IP address"),
        "{ran}"
    );
    assert_eq!(emulator.stats().requests, requests, "sent: {ran}");
}

#[tokio::test]
async fn a_missing_variable_is_named_and_nothing_is_sent() {
    let emulator = common::emulator().await;
    let f = emulator.fixtures();
    let cases: [(&str, Vars, &[&str], &[&str]); 3] = [
        (
            "digest_key",
            api_key_vars(f),
            &[],
            &[
                "MONGODB_ATLAS_PUBLIC_API_KEY",
                "MONGODB_ATLAS_PRIVATE_API_KEY",
                "MONGODB_ATLAS_ORG_ID",
            ],
        ),
        (
            "service_account",
            service_account_vars(f),
            &[],
            &[
                "MONGODB_ATLAS_CLIENT_ID",
                "MONGODB_ATLAS_CLIENT_SECRET",
                "MONGODB_ATLAS_PROJECT_ID",
            ],
        ),
        (
            "key_with_access_list",
            api_key_vars(f),
            &["127.0.0.1"],
            &["MONGODB_ATLAS_ORG_ID", "MONGODB_ATLAS_PUBLIC_API_KEY"],
        ),
    ];
    for (example, vars, args, required) in cases {
        for name in required {
            let ran = run(example, args, &without(vars.clone(), name)).await;
            let ran = ran.exited(1);
            assert!(ran.stderr.contains(name), "{example} without {name}: {ran}");
            assert!(ran.stdout.is_empty(), "{example} without {name}: {ran}");
        }
    }
    let ran = run("key_with_access_list", &[], &api_key_vars(f)).await;
    assert!(ran.exited(1).stderr.contains("give the addresses"));
    let ran = run("emulator_test", &[], &api_key_vars(f)).await;
    assert!(ran.exited(1).stderr.contains("give the runner's address"));
    let stats = emulator.stats();
    assert_eq!((stats.requests, stats.token_requests), (0, 0));
}

#[tokio::test]
async fn emulator_test_runs_its_code_under_test_as_a_program() {
    let emulator = common::emulator().await;
    let vars = service_account_vars(emulator.fixtures());
    let ran = run("emulator_test", &["127.0.0.1"], &vars).await.exited(0);

    assert_eq!(emulator.stats().keys_created.project, 1, "{ran}");
    // A read-only project key, signed in from its access list.
    let error = try_printed_key(&emulator, &ran).await;
    assert!(is_permission(&error, ErrorCode::NotOrgOwner), "{error}");
}

/// Runs `handling_errors` and checks its exit status, the outcome and the advice it prints.
async fn handling_errors(vars: &Vars, code: i32, outcome: &str, advice: &str) -> Ran {
    let ran = run("handling_errors", &[], vars).await.exited(code);
    assert!(
        ran.stderr.contains(&format!("\noutcome: {outcome}\n")),
        "{ran}"
    );
    assert!(
        ran.stderr.contains(&format!("\nwhat to do: {advice}\n")),
        "{ran}"
    );
    ran
}

/// An emulator whose organization also has a read-only key, and a key that may be used
/// only from 192.0.2.10.
async fn emulator_with_other_keys() -> (Emulator, Vars, Vars) {
    let config = Config {
        fixture_keys: vec![vec!["ORG_READ_ONLY".into()]],
        ..Config::default()
    };
    let emulator = Emulator::start(config).await.unwrap();
    let f = emulator.fixtures();
    let read_only = with(
        with(
            api_key_vars(f),
            "MONGODB_ATLAS_PUBLIC_API_KEY",
            &f.keys[0].public_key,
        ),
        "MONGODB_ATLAS_PRIVATE_API_KEY",
        &f.keys[0].private_key,
    );
    let key = common::client(&emulator)
        .create_org_api_key_with_access_list(
            &f.org_id,
            "elsewhere",
            &[OrgRole::OrgOwner],
            &["192.0.2.10".parse().unwrap()],
        )
        .await
        .unwrap();
    let elsewhere = with(
        with(
            api_key_vars(f),
            "MONGODB_ATLAS_PUBLIC_API_KEY",
            &key.public_key,
        ),
        "MONGODB_ATLAS_PRIVATE_API_KEY",
        key.private_key.expose_secret(),
    );
    (emulator, read_only, elsewhere)
}

#[tokio::test]
async fn handling_errors_tells_kinds_and_codes_apart() {
    let (emulator, read_only, elsewhere) = emulator_with_other_keys().await;
    let f = emulator.fixtures();
    let (owner, service_account) = (api_key_vars(f), service_account_vars(f));
    const PRIVATE: &str = "MONGODB_ATLAS_PRIVATE_API_KEY";

    let ran = run("handling_errors", &[], &owner).await.exited(0);
    let error = try_printed_key(&emulator, &ran).await;
    assert!(is_permission(&error, ErrorCode::NotOrgOwner), "{error}");

    let requests = emulator.stats().requests;
    let no_credentials = without(without(owner.clone(), PRIVATE), "MONGODB_ATLAS_CLIENT_ID");
    let configure = "fix the configuration (see the top of examples/handling_errors.rs)";
    handling_errors(&no_credentials, 1, "NotSent", configure).await;
    let bad_id = with(owner.clone(), "MONGODB_ATLAS_ORG_ID", "nope");
    handling_errors(&bad_id, 1, "NotSent", "fix the input; nothing was sent").await;
    assert_eq!(emulator.stats().requests, requests, "sent");

    let refused = "the credentials were refused: check the key pair, or the client ID and secret";
    let wrong_key = with(
        owner.clone(),
        PRIVATE,
        "0bad0bad-0bad-4bad-8bad-0bad0bad0bad",
    );
    handling_errors(&wrong_key, 1, "Refused", refused).await;
    let wrong_secret = with(
        service_account,
        "MONGODB_ATLAS_CLIENT_SECRET",
        "mdb_sa_sk_0bad",
    );
    let ran = handling_errors(&wrong_secret, 1, "NotSent", refused).await;
    assert!(ran.stderr.contains("token endpoint refused"), "{ran}");
    let owner_role = "these credentials need Organization Owner to create organization keys";
    handling_errors(&read_only, 1, "Refused", owner_role).await;
    let address = "add this machine's address to the credentials' API access list";
    handling_errors(&elsewhere, 1, "Refused", address).await;
    let other_org = with(
        owner.clone(),
        "MONGODB_ATLAS_ORG_ID",
        "0123456789abcdef01234567",
    );
    let no_org = "no such organization: check MONGODB_ATLAS_ORG_ID";
    handling_errors(&other_org, 1, "Refused", no_org).await;

    let faults = [
        (
            409,
            None,
            1,
            "Refused",
            "MongoDB's code is UNEXPECTED_ERROR",
        ),
        (
            429,
            Some(3600),
            1,
            "Refused",
            "rate limited: run it again in 3600 s",
        ),
        (
            500,
            None,
            2,
            "Unknown",
            "list the organization's API keys before running this again",
        ),
    ];
    for (status, retry_after, code, outcome, advice) in faults {
        let fault = Fault {
            status: Some(status),
            retry_after,
            count: 1,
            ..Fault::default()
        };
        emulator.inject(fault).unwrap();
        handling_errors(&owner, code, outcome, advice).await;
    }
    // The first run's key and the one made for `elsewhere`; none of the failures made one.
    assert_eq!(emulator.stats().keys_created.org, 2);
}

#[tokio::test]
async fn handling_errors_at_the_organization_key_limit() {
    let config = Config {
        max_api_keys_per_org: 1,
        ..Config::default()
    };
    let emulator = Emulator::start(config).await.unwrap();
    let vars = api_key_vars(emulator.fixtures());
    run("handling_errors", &[], &vars).await.exited(0);
    let full = "the organization holds as many API keys as it may: delete unused ones";
    handling_errors(&vars, 1, "Refused", full).await;
    assert_eq!(emulator.stats().keys_created.org, 1);
}

/// The variables of a digest client of a scripted server at `origin`.
fn scripted_vars(atlas_url: String) -> Vars {
    vec![
        ("MONGODB_ATLAS_BASE_URL", atlas_url),
        ("MONGODB_ATLAS_PUBLIC_API_KEY", "zmmrboas".into()),
        (
            "MONGODB_ATLAS_PRIVATE_API_KEY",
            "754c8808-0ba8-4153-8eea-85daa09d408a".into(),
        ),
        ("MONGODB_ATLAS_ORG_ID", "5980cfc70b6d97029d82e3f6".into()),
        (
            "MONGODB_ATLAS_PROJECT_ID",
            "5e2211c17a3e5a48f5497de3".into(),
        ),
    ]
}

fn challenge() -> Step {
    Step::with_headers("401 Unauthorized", CHALLENGE, CHALLENGE_BODY)
}

#[tokio::test]
async fn handling_errors_when_nothing_answers_an_answer_is_cut_or_a_success_is_odd() {
    let nobody = script::serve(vec![]).await;
    let again = "nothing happened on the server: run it again";
    handling_errors(&scripted_vars(nobody.atlas_url()), 1, "NotSent", again).await;

    let cut = script::serve(vec![challenge(), Step::Cut]).await;
    let look = "list the organization's API keys before running this again";
    handling_errors(&scripted_vars(cut.atlas_url()), 2, "Unknown", look).await;
    assert_eq!(cut.request_lines().len(), 2);

    // A 201 where the contract says 200: the key was created, its answer goes to stdout.
    let odd = script::serve(vec![Step::json("201 Created", created_key().to_string())]).await;
    let store = "store the key printed on stdout";
    let ran = handling_errors(&scripted_vars(odd.atlas_url()), 3, "Done", store).await;
    let printed: Value = serde_json::from_str(&ran.stdout).unwrap();
    assert_eq!(printed, created_key(), "{ran}");
    assert!(!ran.stderr.contains(NEW_PRIVATE_KEY), "{ran}");
}

/// A created key whose text fields would act on a terminal if printed raw.
fn hostile_key(role: &str, scope: &str) -> String {
    let mut key = created_key();
    key["publicKey"] = "\u{1b}]0;x\u{7}ab".into(); // 8 characters: retitles the terminal
    key["privateKey"] = "\u{1b}[2J\u{1b}[H$ rm -rf ~\r\u{9b}31m".into();
    key["roles"] = serde_json::json!([{scope: "5e2211c17a3e5a48f5497de3", "roleName": role},
                                     {"orgId": "5980cfc70b6d97029d82e3f6", "roleName": role}]);
    key.to_string()
}

#[tokio::test]
async fn no_example_prints_server_text_raw() {
    let org_key = || Step::json("200 OK", hostile_key("\u{1b}[31mX", "orgId"));
    let project_key = || Step::json("200 OK", hostile_key("\u{202e}X", "groupId"));
    let list = || Step::json("200 OK", r#"{"links":[],"results":[],"totalCount":0}"#);
    let token = Step::json(
        "200 OK",
        common::secrets::token_answer(common::secrets::TOKEN),
    );
    let cases = [
        ("digest_key", vec![challenge(), org_key()], vec![]),
        ("handling_errors", vec![challenge(), org_key()], vec![]),
        ("service_account", vec![token, project_key()], vec![]),
        (
            "key_with_access_list",
            vec![challenge(), org_key(), list()],
            vec!["192.0.2.10"],
        ),
        (
            "emulator_test",
            vec![challenge(), project_key(), list()],
            vec!["192.0.2.10"],
        ),
    ];
    for (example, steps, args) in cases {
        let server = script::serve(steps).await;
        let mut vars = scripted_vars(server.atlas_url());
        if example == "service_account" {
            vars.push(("MONGODB_ATLAS_CLIENT_ID", common::secrets::CLIENT_ID.into()));
            vars.push((
                "MONGODB_ATLAS_CLIENT_SECRET",
                common::secrets::CLIENT_SECRET.into(),
            ));
        }
        let ran = run(example, &args, &vars).await.exited(0);
        let shown = format!("{}{}", ran.stdout, ran.stderr);
        assert!(
            !shown
                .chars()
                .any(|c| c != '\n' && (c.is_control() || c == '\u{202e}')),
            "{example} printed server text raw: {shown:?}"
        );
        assert!(ran.stdout.contains("\\x1b]0;x\\x07ab"), "{example}: {ran}");
    }
}
