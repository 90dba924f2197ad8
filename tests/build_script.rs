//! `build.rs` regenerates the client from whatever `openapi.yaml` says, and refuses a broken
//! spec with a message that names the file and the problem instead of a generator panic.
//!
//! These tests run the build script that cargo compiled for this crate, in a scratch folder
//! holding an edited copy of the spec, exactly as cargo runs it (working directory = package
//! root, `OUT_DIR` set).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const SPEC: &str = include_str!("../openapi.yaml");

/// The newest `build-script-build` cargo produced for this package in this profile.
fn build_script() -> PathBuf {
    let profile_dir = std::env::current_exe()
        .unwrap()
        .parent()
        .unwrap()
        .parent()
        .unwrap()
        .to_owned();
    std::fs::read_dir(profile_dir.join("build"))
        .unwrap()
        .filter_map(|entry| {
            let dir = entry.ok()?.path();
            let name = dir.file_name()?.to_str()?;
            let exe = dir.join("build-script-build");
            (name.starts_with("mongodb-api-keys-") && exe.is_file() && generates(&exe))
                .then_some(exe)
        })
        .max_by_key(|exe| exe.metadata().and_then(|m| m.modified()).ok())
        .expect("cargo built no build script for mongodb-api-keys")
}

/// Whether `exe` is the build script built with the `regenerate` feature (the one that
/// generates; without it the build script copies the committed files).
fn generates(exe: &Path) -> bool {
    let bytes = std::fs::read(exe).unwrap_or_default();
    let needle = b"the client generator rejected the spec";
    bytes.windows(needle.len()).any(|w| w == needle)
}

fn run_build_script(name: &str, spec: &str) -> (Output, PathBuf) {
    let dir = std::env::temp_dir().join(format!("mongodb-api-keys-{name}-{}", std::process::id()));
    let out_dir = dir.join("out");
    std::fs::create_dir_all(dir.join("build")).unwrap();
    std::fs::create_dir_all(&out_dir).unwrap();
    std::fs::write(dir.join("openapi.yaml"), spec).unwrap();
    // The generator's sources: their fingerprint goes into src/generated/manifest.txt.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for source in [
        "build.rs",
        "build/media.rs",
        "build/served.rs",
        "build/tree.rs",
        "build/committed.rs",
    ] {
        std::fs::copy(root.join(source), dir.join(source)).unwrap();
    }
    let output = Command::new(build_script())
        .current_dir(&dir)
        .env("OUT_DIR", &out_dir)
        .output()
        .unwrap();
    (output, out_dir)
}

fn errors(output: &Output) -> Vec<String> {
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|l| l.strip_prefix("cargo::error=").map(str::to_owned))
        .collect()
}

fn assert_refused(name: &str, spec: &str, expected: &[&str]) {
    let (output, out_dir) = run_build_script(name, spec);
    let errors = errors(&output);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!errors.is_empty(), "{name}: the broken spec was accepted");
    let message = errors.join("\n");
    assert!(
        message.starts_with("openapi.yaml"),
        "{name}: does not name the file: {message}"
    );
    for needle in expected {
        assert!(
            message.contains(needle),
            "{name}: {message:?} does not mention {needle:?}"
        );
    }
    assert!(
        !stderr.contains("panicked"),
        "{name}: the generator's panic leaked out: {stderr}"
    );
    assert!(
        !out_dir.join("client.rs").exists(),
        "{name}: code was generated anyway"
    );
}

#[test]
fn editing_the_spec_regenerates_the_client() {
    let edited = SPEC.replace(
        "Creates an API key for the organization `orgId`",
        "Creates a freshly edited API key for the organization `orgId`",
    );
    assert_ne!(
        edited, SPEC,
        "the description this test edits is gone from openapi.yaml"
    );
    let (output, out_dir) = run_build_script("edited", &edited);
    assert!(errors(&output).is_empty(), "{:?}", errors(&output));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("cargo::rerun-if-changed=openapi.yaml"),
        "{stdout}"
    );
    let generated = std::fs::read_to_string(out_dir.join("client.rs")).unwrap();
    assert!(generated.contains("Creates a freshly edited API key"));
    assert!(generated.contains("pub fn create_org_api_key"));
}

#[test]
fn yaml_syntax_errors_name_the_line() {
    let broken = SPEC.replacen("paths:\n", "paths:\n  - [unclosed\n", 1);
    let line = broken
        .lines()
        .position(|l| l.contains("[unclosed"))
        .unwrap()
        + 1;
    assert_refused(
        "yaml",
        &broken,
        &[&format!("openapi.yaml:{line}:"), "not a valid OpenAPI"],
    );
}

#[test]
fn a_missing_required_field_is_named() {
    let broken = SPEC.replacen("  title: mongodb-api-keys\n", "", 1);
    assert_ne!(broken, SPEC, "the title is gone from openapi.yaml");
    assert_refused("no-title", &broken, &["missing field `title`"]);
}

#[test]
fn a_dangling_reference_is_refused_without_a_panic() {
    let broken = SPEC.replacen(
        "$ref: '#/components/schemas/CreateOrgApiKeyRequest'",
        "$ref: '#/components/schemas/CreateOrgApiKeyRequestTypo'",
        1,
    );
    assert_refused("dangling-ref", &broken, &["CreateOrgApiKeyRequestTypo"]);
}

#[test]
fn openapi_3_1_is_refused_with_the_reason() {
    let broken = SPEC.replacen("openapi: 3.0.3", "openapi: 3.1.0", 1);
    assert_refused("3.1", &broken, &["3.1.0", "3.0.x"]);
}

#[test]
fn a_new_pattern_is_refused_because_regress_is_not_a_dependency() {
    let edited = SPEC.replacen(
        "      minLength: 8\n      maxLength: 8\n",
        "      minLength: 8\n      maxLength: 8\n      pattern: ^[a-z]+$\n",
        1,
    );
    assert_ne!(
        edited, SPEC,
        "PublicKey's bounds are gone from openapi.yaml"
    );
    assert_refused(
        "pattern",
        &edited,
        &[
            "has a `pattern`",
            "`regress`",
            "hand-written type in build.rs",
        ],
    );
}

/// The served copy's servers are rewritten in the text and in the JSON form, and compared: a
/// layout the text rewrite misreads (a flow sequence) fails the build, rather than serving a
/// document that still names MongoDB's hosts.
#[test]
fn a_servers_list_the_served_copy_cannot_rewrite_is_refused() {
    let edited = SPEC.replacen(
        "servers:\n  - url: https://cloud.mongodb.com\n",
        "servers: [{url: 'https://cloud.mongodb.com'}]\nx-was-servers:\n  - url: https://cloud.mongodb.com\n",
        1,
    );
    assert_ne!(
        edited, SPEC,
        "the top-level servers are gone from openapi.yaml"
    );
    assert_refused("served", &edited, &["served copy", "servers"]);
}

#[test]
fn the_served_copy_names_no_host_in_its_servers() {
    let (output, out_dir) = run_build_script("served", SPEC);
    assert!(errors(&output).is_empty(), "{:?}", errors(&output));
    let served = std::fs::read_to_string(out_dir.join("openapi.served.yaml")).unwrap();
    let urls: Vec<&str> = served
        .lines()
        .filter_map(|l| l.trim().strip_prefix("- url: "))
        .collect();
    // Both servers are origins (paths are whole): the served copy has one, the emulator.
    assert_eq!(urls, ["/"]);
    assert!(served.contains("tokenUrl: /api/oauth/token"));
}

#[test]
fn the_generated_code_uses_the_hand_written_object_id() {
    let (output, out_dir) = run_build_script("object-id", SPEC);
    assert!(errors(&output).is_empty(), "{:?}", errors(&output));
    let generated = std::fs::read_to_string(out_dir.join("client.rs")).unwrap();
    assert!(generated.contains("pub use crate::object_id::ObjectId;"));
    assert!(!generated.contains("pub struct ObjectId"));
    // The description's `pattern` is checked by a hand-written type too.
    assert!(generated.contains("pub use crate::description::ApiKeyDescription;"));
    assert!(!generated.contains("pub struct ApiKeyDescription"));
    assert!(!generated.contains("regress"));
}

#[test]
fn the_committed_spec_builds() {
    let (output, out_dir) = run_build_script("committed", SPEC);
    assert!(errors(&output).is_empty(), "{:?}", errors(&output));
    assert!(Path::new(&out_dir.join("client.rs")).is_file());
    // What a user's build compiles (src/generated/, committed) is what the generator makes
    // from the committed spec, byte for byte, manifest included.
    let scratch = out_dir.parent().unwrap().join("src/generated");
    let committed = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/generated");
    for name in [
        "client.rs",
        "media_types.rs",
        "openapi.json",
        "openapi.served.yaml",
        "openapi.served.json",
        "manifest.txt",
    ] {
        let made = std::fs::read(scratch.join(name)).unwrap();
        let kept = std::fs::read(committed.join(name)).unwrap();
        assert!(
            made == kept,
            "src/generated/{name} is not what build.rs generates: build with --features regenerate and commit it"
        );
    }
}
