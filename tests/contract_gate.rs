//! `.ci/contract-gate`, the breaking-change gate, on scratch git repositories holding this
//! crate's `openapi.yaml`: real breaking edits (a removed response field, a narrowed enum, a
//! new required parameter) fail it with the diff tool's explanation naming the field, unless
//! the major version goes up with them; an additive edit (a new optional response field)
//! passes. Its history logic too: a breaking change committed after the version was set, a
//! minor bump that hides a breaking change, a shallow clone, a version that is not semver.
//!
//! Needs git, Node.js and the pinned `.ci/node_modules` (`npm ci --prefix .ci`, done here on
//! first use, as `.ci/run` does): when they cannot be had the tests fail, never skip.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::{Value, json};

const SPEC: &str = include_str!("../openapi.yaml");

/// `.ci/node_modules` with the pinned diff library, installed by `npm ci` when missing or
/// stale. One install at a time, across test processes.
fn node() -> PathBuf {
    let node = common::program("node", "nodejs");
    let ci = common::root().join(".ci");
    let pinned = |file: &Path| -> Option<String> {
        let text = std::fs::read_to_string(file).ok()?;
        let json: Value = serde_json::from_str(&text).ok()?;
        let version = json["devDependencies"]["api-smart-diff"]
            .as_str()
            .or(json["version"].as_str())?;
        Some(version.to_owned())
    };
    let wanted = pinned(&ci.join("package.json")).expect(".ci/package.json pins api-smart-diff");
    let installed = || pinned(&ci.join("node_modules/api-smart-diff/package.json"));
    if installed().as_deref() != Some(wanted.as_str()) {
        let lock =
            std::fs::File::create(std::env::temp_dir().join("mongodb-api-keys-npm.lock")).unwrap();
        lock.lock().unwrap();
        if installed().as_deref() != Some(wanted.as_str()) {
            let npm = common::program("npm", "npm");
            let output = Command::new(npm)
                .args(["ci", "--prefix"])
                .arg(&ci)
                .args(["--no-audit", "--no-fund", "--loglevel=error"])
                .output()
                .unwrap();
            assert!(
                output.status.success(),
                "npm ci --prefix .ci failed; the gate needs its pinned tools:\n{}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
    }
    assert_eq!(installed(), Some(wanted), "api-smart-diff is not installed");
    node
}

/// A git repository in a scratch folder, holding `openapi.yaml`.
struct Repo {
    dir: PathBuf,
}

impl Repo {
    fn new(name: &str) -> Repo {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "mongodb-api-keys-gate-{name}-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let repo = Repo { dir };
        repo.git(&["init", "-q", "-b", "main"]);
        repo
    }

    /// A repository whose one commit holds this crate's spec.
    fn with_the_spec(name: &str) -> Repo {
        let repo = Repo::new(name);
        repo.write(SPEC);
        repo.commit("the spec as this crate has it");
        repo
    }

    fn git(&self, args: &[&str]) -> String {
        let git = common::program("git", "git");
        let output = Command::new(git)
            .current_dir(&self.dir)
            .args(["-c", "commit.gpgsign=false"])
            .args(args)
            .env("GIT_AUTHOR_NAME", "gate test")
            .env("GIT_AUTHOR_EMAIL", "gate@example.com")
            .env("GIT_COMMITTER_NAME", "gate test")
            .env("GIT_COMMITTER_EMAIL", "gate@example.com")
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    }

    fn write(&self, spec: &str) {
        std::fs::write(self.dir.join("openapi.yaml"), spec).unwrap();
    }

    fn commit(&self, message: &str) {
        self.git(&["add", "openapi.yaml"]);
        self.git(&["commit", "-q", "-m", message]);
    }

    /// Runs the gate; (exit code, stdout + stderr).
    fn gate(&self) -> (i32, String) {
        let output: Output = Command::new(node())
            .arg(common::root().join(".ci/contract-gate"))
            .args(["--out", "out"])
            .current_dir(&self.dir)
            .output()
            .unwrap();
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        let code = output
            .status
            .code()
            .unwrap_or_else(|| panic!("the gate was killed: {text}"));
        if code != 2 {
            let report = std::fs::read_to_string(self.dir.join("out/contract-gate.txt"))
                .unwrap_or_else(|e| panic!("no report in out/: {e}\n{text}"));
            assert!(text.starts_with(&report), "the report is what it printed");
            let json: Value = serde_json::from_str(
                &std::fs::read_to_string(self.dir.join("out/contract-gate.json")).unwrap(),
            )
            .unwrap();
            assert_eq!(json["passed"], code == 0, "{json}");
        }
        (code, text)
    }
}

impl Drop for Repo {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The spec as a JSON value, edited, written back as YAML.
fn edited(edit: impl FnOnce(&mut Value)) -> String {
    let mut spec: Value = serde_yaml_ng::from_str(SPEC).unwrap();
    edit(&mut spec);
    serde_yaml_ng::to_string(&spec).unwrap()
}

fn version() -> (u64, u64, u64) {
    let v: Vec<u64> = mongodb_api_keys::spec::VERSION
        .split('.')
        .map(|p| p.parse().unwrap())
        .collect();
    (v[0], v[1], v[2])
}

fn set_version(spec: &mut Value, version: String) {
    spec["info"]["version"] = Value::String(version);
}

fn removed_response_field(spec: &mut Value) {
    let api_key = &mut spec["components"]["schemas"]["ApiKey"];
    api_key["properties"]
        .as_object_mut()
        .unwrap()
        .remove("publicKey")
        .expect("ApiKey has publicKey");
    api_key["required"]
        .as_array_mut()
        .unwrap()
        .retain(|r| r != "publicKey");
}

fn narrowed_enum(spec: &mut Value) {
    let roles = spec["components"]["schemas"]["OrgRole"]["enum"]
        .as_array_mut()
        .unwrap();
    let before = roles.len();
    roles.retain(|r| r != "ORG_READ_ONLY");
    assert_eq!(roles.len(), before - 1);
}

fn new_required_parameter(spec: &mut Value) {
    spec["paths"]["/api/atlas/v2/orgs/{orgId}/apiKeys"]["post"]["parameters"]
        .as_array_mut()
        .unwrap()
        .push(json!({
            "name": "dryRun", "in": "query", "required": true,
            "description": "Validate only.", "schema": {"type": "boolean"}
        }));
}

/// api-smart-diff calls this one non-breaking inside the operations; the gate catches it through
/// the schema's own `type` change (README: the tool's known limits).
fn response_field_type_changed(spec: &mut Value) {
    let desc = &mut spec["components"]["schemas"]["ApiKey"]["properties"]["desc"];
    assert_eq!(desc["type"], "string");
    desc["type"] = "integer".into();
}

fn new_optional_response_field(spec: &mut Value) {
    spec["components"]["schemas"]["ApiKey"]["properties"]["createdAt"] =
        json!({"type": "string", "format": "date-time", "description": "When it was made."});
}

#[test]
fn the_spec_as_committed_passes() {
    let repo = Repo::with_the_spec("unchanged");
    let (code, report) = repo.gate();
    assert_eq!(code, 0, "{report}");
    assert!(report.contains("passed"), "{report}");
}

#[test]
fn each_breaking_edit_fails_naming_the_field_and_passes_with_a_new_major_version() {
    let (major, _, _) = version();
    type Edit = fn(&mut Value);
    let cases: [(&str, Edit, &[&str]); 4] = [
        (
            "removed response field",
            removed_response_field,
            &[
                "publicKey",
                "Response 200",
                "POST /api/atlas/v2/orgs/{orgId}/apiKeys",
            ],
        ),
        (
            "narrowed enum",
            narrowed_enum,
            &["ORG_READ_ONLY", "roles[]", "Request Body"],
        ),
        (
            "new required parameter",
            new_required_parameter,
            &["required query parameter `dryRun`"],
        ),
        (
            "response field type changed",
            response_field_type_changed,
            &["ApiKey.properties.desc.type", r#""string" -> "integer""#],
        ),
    ];
    for (name, edit, named) in cases {
        let repo = Repo::with_the_spec("breaking");
        repo.write(&edited(edit));
        let (code, report) = repo.gate();
        assert_eq!(
            code, 1,
            "{name}: the gate passed a breaking change:\n{report}"
        );
        assert!(report.contains("BREAKING"), "{name}: {report}");
        for needle in named {
            assert!(
                report.contains(needle),
                "{name}: the explanation does not name {needle:?}:\n{report}"
            );
        }
        assert!(
            report.contains(&format!("{}.0.0", major + 1)),
            "{name}: does not say which version it needs:\n{report}"
        );

        repo.write(&edited(|spec| {
            edit(spec);
            set_version(spec, format!("{}.0.0", major + 1));
        }));
        let (code, report) = repo.gate();
        assert_eq!(code, 0, "{name} with a new major version:\n{report}");
    }
}

#[test]
fn an_additive_edit_passes_with_or_without_a_new_minor_version() {
    let (major, minor, _) = version();
    let repo = Repo::with_the_spec("additive");
    repo.write(&edited(new_optional_response_field));
    let (code, report) = repo.gate();
    assert_eq!(code, 0, "{report}");
    assert!(
        report.contains("non-breaking") && report.contains("createdAt"),
        "the addition is not in the report:\n{report}"
    );
    repo.write(&edited(|spec| {
        new_optional_response_field(spec);
        set_version(spec, format!("{major}.{}.0", minor + 1));
    }));
    let (code, report) = repo.gate();
    assert_eq!(code, 0, "{report}");
}

#[test]
fn a_minor_bump_does_not_excuse_a_breaking_change_made_with_it() {
    let (major, minor, _) = version();
    let repo = Repo::with_the_spec("minor-bump");
    let bumped = format!("{major}.{}.0", minor + 1);
    let spec = edited(|spec| {
        narrowed_enum(spec);
        set_version(spec, bumped.clone());
    });
    // In the working tree: the previous version is HEAD's.
    repo.write(&spec);
    let (code, report) = repo.gate();
    assert_eq!(code, 1, "{report}");
    assert!(report.contains("ORG_READ_ONLY"), "{report}");
    // Committed: the previous version is the commit before the bump.
    repo.commit("bump the minor version and narrow an enum");
    let (code, report) = repo.gate();
    assert_eq!(code, 1, "{report}");
    assert!(
        report.contains(&format!(
            "without a new major version ({bumped} has major {major})"
        )),
        "{report}"
    );
}

#[test]
fn a_breaking_change_committed_after_the_version_was_set_fails() {
    let repo = Repo::with_the_spec("later-commit");
    repo.write(&edited(new_optional_response_field));
    repo.commit("an addition, same version");
    repo.write(&edited(|spec| {
        new_optional_response_field(spec);
        removed_response_field(spec);
    }));
    repo.commit("a field removed, same version");
    let (code, report) = repo.gate();
    assert_eq!(code, 1, "{report}");
    assert!(
        report.contains("since") && report.contains("publicKey"),
        "{report}"
    );
}

#[test]
fn the_baseline_is_the_commit_that_set_the_version_not_the_one_before() {
    let (major, minor, _) = version();
    let repo = Repo::with_the_spec("baseline");
    // A response field that is always there, added with a minor bump (additive: clients
    // ignore what they do not know), then removed with no bump: the removal breaks what the
    // new version promised, though the version before never had the field.
    let with_created_at = |spec: &mut Value| {
        new_optional_response_field(spec);
        spec["components"]["schemas"]["ApiKey"]["required"]
            .as_array_mut()
            .unwrap()
            .push("createdAt".into());
    };
    repo.write(&edited(|spec| {
        with_created_at(spec);
        set_version(spec, format!("{major}.{}.0", minor + 1));
    }));
    repo.commit("createdAt, a new minor version");
    let (code, report) = repo.gate();
    assert_eq!(code, 0, "adding a response field is additive:\n{report}");
    let log = repo.git(&["log", "--format=%h", "-1"]);
    repo.write(&edited(|spec| {
        set_version(spec, format!("{major}.{}.0", minor + 1))
    }));
    let (code, report) = repo.gate();
    assert_eq!(code, 1, "{report}");
    assert!(
        report.contains(&format!(
            "since {major}.{}.0 was set (commit {}",
            minor + 1,
            log.trim()
        )),
        "{report}"
    );
    assert!(report.contains("createdAt"), "{report}");
}

#[test]
fn a_shallow_clone_fails_loudly_instead_of_passing() {
    let repo = Repo::with_the_spec("shallow-origin");
    repo.write(&edited(new_optional_response_field));
    repo.commit("an addition");
    let clone = Repo::new("shallow");
    let origin = format!("file://{}", repo.dir.display());
    clone.git(&["fetch", "-q", "--depth", "1", &origin, "main"]);
    clone.git(&["checkout", "-q", "FETCH_HEAD"]);
    assert_eq!(
        clone.git(&["rev-parse", "--is-shallow-repository"]).trim(),
        "true"
    );
    let (code, report) = clone.gate();
    assert_eq!(code, 2, "{report}");
    assert!(
        report.contains("shallow clone") && report.contains("git fetch --unshallow"),
        "{report}"
    );
    // With its history the same commit passes.
    clone.git(&["fetch", "-q", "--unshallow", &origin, "main"]);
    let (code, report) = clone.gate();
    assert_eq!(code, 0, "{report}");
}

#[test]
fn a_version_that_is_not_semantic_is_refused() {
    let repo = Repo::with_the_spec("not-semver");
    for version in ["1.1", "v2.0.0", "2.0.0-rc.1"] {
        repo.write(&edited(|spec| set_version(spec, version.to_owned())));
        let (code, report) = repo.gate();
        assert_eq!(code, 2, "{version}: {report}");
        assert!(report.contains("not a semantic version"), "{report}");
    }
}

#[test]
fn the_real_history_passes_1_0_0_to_the_current_version() {
    // The spec of the first round (1.0.0, labelled '1.0' then) and this one: service accounts
    // came as an alternative to digest, every other change is documentation. Only
    // additions and annotations, as CHANGELOG.md says.
    let first = Command::new(common::program("git", "git"))
        .current_dir(common::root())
        .args(["show", "982e358:openapi.yaml"])
        .output()
        .unwrap();
    assert!(
        first.status.success(),
        "the first round's spec is not in this clone's history (a shallow clone? \
         `git fetch --unshallow`): {}",
        String::from_utf8_lossy(&first.stderr)
    );
    let repo = Repo::new("history");
    repo.write(&String::from_utf8(first.stdout).unwrap());
    repo.commit("1.0.0");
    repo.write(SPEC);
    let (code, report) = repo.gate();
    assert_eq!(code, 0, "{report}");
    assert!(
        report.contains("against the previous version, \"1.0\""),
        "{report}"
    );
    assert!(
        report.contains("serviceAccounts"),
        "the addition of service accounts is not in the report:\n{report}"
    );
}
