//! Running an example as a user runs it: built by cargo, given only the variables it reads,
//! and what it printed; the variables of the emulator's fixtures.

use std::collections::HashMap;
use std::fmt;
use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;
use std::time::Duration;

use mongodb_api_keys::emulator::{Emulator, Fixtures};
use mongodb_api_keys::{Client, Error, ErrorCode, OrgRole};
use serde_json::Value;

use crate::common::root;
use crate::common::script::Step;
use crate::common::secrets::{CHALLENGE, CHALLENGE_BODY, ORG, PRIVATE_KEY, PUBLIC_KEY};

/// The examples' executables by name, built once per run by cargo itself, with this test's
/// features and profile: never stale, and there even when only this test was built
/// (`cargo test --test examples` builds no example). After `cargo test` built them, this
/// finds them fresh in a fraction of a second.
pub fn executables() -> &'static HashMap<String, PathBuf> {
    static BUILT: OnceLock<HashMap<String, PathBuf>> = OnceLock::new();
    BUILT.get_or_init(|| {
        let mut cargo = Command::new(env!("CARGO"));
        cargo
            .args([
                "build",
                "--examples",
                "--message-format=json-render-diagnostics",
            ])
            .args(["--features", "emulator"])
            .arg("--manifest-path")
            .arg(root().join("Cargo.toml"));
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
pub struct Ran {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
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
    pub fn printed(&self, label: &str) -> &str {
        self.stdout
            .lines()
            .find_map(|line| line.strip_prefix(label)?.strip_prefix(':'))
            .map(str::trim)
            .unwrap_or_else(|| panic!("no `{label}:` line in\n{self}"))
    }

    /// Checks that it exited with `code`.
    pub fn exited(self, code: i32) -> Self {
        assert_eq!(self.code, Some(code), "{self}");
        self
    }
}

/// The variables an example is given; nothing else of this process's environment.
pub type Vars = Vec<(&'static str, String)>;

/// Runs the example `name` with `args` and only `vars` in its environment.
pub async fn run(name: &str, args: &[&str], vars: &Vars) -> Ran {
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
pub fn api_key_vars(f: &Fixtures) -> Vars {
    vec![
        ("MONGODB_ATLAS_BASE_URL", f.base_url.clone()),
        ("MONGODB_ATLAS_PUBLIC_API_KEY", f.username.clone()),
        ("MONGODB_ATLAS_PRIVATE_API_KEY", f.api_key.clone()),
        ("MONGODB_ATLAS_ORG_ID", f.org_id.clone()),
        ("MONGODB_ATLAS_PROJECT_ID", f.project_id.clone()),
    ]
}

/// The fixture service account, the organization, the project and the URL.
pub fn service_account_vars(f: &Fixtures) -> Vars {
    vec![
        ("MONGODB_ATLAS_BASE_URL", f.base_url.clone()),
        ("MONGODB_ATLAS_CLIENT_ID", f.client_id.clone()),
        ("MONGODB_ATLAS_CLIENT_SECRET", f.client_secret.clone()),
        ("MONGODB_ATLAS_ORG_ID", f.org_id.clone()),
        ("MONGODB_ATLAS_PROJECT_ID", f.project_id.clone()),
    ]
}

/// `vars` with `name` set to `value`.
pub fn with(mut vars: Vars, name: &'static str, value: &str) -> Vars {
    vars.retain(|(n, _)| *n != name);
    vars.push((name, value.to_owned()));
    vars
}

/// `vars` with this API key instead of theirs.
pub fn with_api_key(vars: Vars, public_key: &str, private_key: &str) -> Vars {
    let vars = with(vars, "MONGODB_ATLAS_PUBLIC_API_KEY", public_key);
    with(vars, "MONGODB_ATLAS_PRIVATE_API_KEY", private_key)
}

/// `vars` without `name`.
pub fn without(mut vars: Vars, name: &str) -> Vars {
    vars.retain(|(n, _)| *n != name);
    vars
}

/// What the key an example printed gets when it tries to create an organization key: proof
/// that its secret is the real one (a wrong one is `Unauthorized`).
pub async fn try_printed_key(emulator: &Emulator, ran: &Ran) -> Error {
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

/// Whether `error` is a permission refusal with MongoDB's `code`.
pub fn is_permission(error: &Error, code: ErrorCode) -> bool {
    matches!(error, Error::PermissionDenied { error_code: Some(c), .. } if *c == code)
}

/// The variables of a digest client of the scripted server whose Atlas URL is `atlas_url`.
pub fn scripted_vars(atlas_url: String) -> Vars {
    let vars = vec![
        ("MONGODB_ATLAS_BASE_URL", atlas_url),
        ("MONGODB_ATLAS_ORG_ID", ORG.into()),
        (
            "MONGODB_ATLAS_PROJECT_ID",
            "5e2211c17a3e5a48f5497de3".into(),
        ),
    ];
    with_api_key(vars, PUBLIC_KEY, PRIVATE_KEY)
}

/// Atlas's digest challenge.
pub fn challenge() -> Step {
    Step::with_headers("401 Unauthorized", CHALLENGE, CHALLENGE_BODY)
}
