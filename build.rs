//! The API client and the documents generated from `openapi.yaml`, as the crate includes them
//! from `$OUT_DIR`: the client (progenitor, edited on its syntax tree by `build/tree.rs`) in
//! `client.rs`, each operation's media type in `media_types.rs` (`build/media.rs`), the
//! document as JSON in `openapi.json`, the copy the emulator serves (relative `servers`,
//! `build/served.rs`) in `openapi.served.{yaml,json}`; and `info.version` in the
//! `MONGODB_API_KEYS_SPEC_VERSION` variable of the crate's build (`spec::VERSION`).
//!
//! Two ways (`build/committed.rs`): with the `regenerate` feature (this repository's own
//! builds and tests) they are generated, and written to `src/generated/` too; without it
//! (every user's build) they are copied from `src/generated/`, after checking that they were
//! generated from the `openapi.yaml` and generator sources beside them, so that a user's
//! build has no code generator in its dependency tree.
//!
//! A spec that does not parse, or that the generator rejects, fails the build with one
//! `cargo::error` line naming the file (and the line and column where the YAML parser knows
//! them) instead of a panic backtrace from inside the generator.

#[cfg(feature = "regenerate")]
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};

#[cfg(feature = "regenerate")]
use progenitor::{GenerationSettings, Generator, InterfaceStyle, TagStyle, TypeImpl};

// Each way uses half of it.
#[allow(dead_code)]
#[path = "build/committed.rs"]
mod committed;
#[cfg(feature = "regenerate")]
#[path = "build/media.rs"]
mod media;
#[cfg(feature = "regenerate")]
#[path = "build/served.rs"]
mod served;
#[cfg(feature = "regenerate")]
#[path = "build/tree.rs"]
mod tree;

const SPEC: &str = "openapi.yaml";
/// The schema replaced by `crate::object_id::ObjectId`, re-exported under its old name in the
/// generated `types` module.
#[cfg(feature = "regenerate")]
const OBJECT_ID: &str = "ObjectId";

fn main() {
    let out_dir = std::env::var_os("OUT_DIR").map(PathBuf::from);
    let result = out_dir
        .ok_or_else(|| "OUT_DIR is not set".to_owned())
        .and_then(|out_dir| run(Path::new("."), &out_dir));
    if let Err(problem) = result {
        // One line per problem line, so multi-line messages stay readable.
        for line in problem.lines() {
            println!("cargo::error={line}");
        }
    }
}

/// Generates the files into `out_dir` and commits them to `src/generated/`.
#[cfg(feature = "regenerate")]
fn run(root: &Path, out_dir: &Path) -> Result<(), String> {
    println!("cargo::rerun-if-changed={SPEC}");
    println!("cargo::rerun-if-changed=build");
    let version = generate(&root.join(SPEC), out_dir)?;
    committed::commit(root, out_dir, &version)
}

/// Copies the committed files into `out_dir`, once checked to be current.
#[cfg(not(feature = "regenerate"))]
fn run(root: &Path, out_dir: &Path) -> Result<(), String> {
    println!("cargo::rerun-if-changed={SPEC}");
    println!("cargo::rerun-if-changed=build");
    println!("cargo::rerun-if-changed={}", committed::DIR);
    let version = committed::use_committed(root, out_dir)?;
    println!("cargo::rustc-env=MONGODB_API_KEYS_SPEC_VERSION={version}");
    Ok(())
}

/// Generates every file into `out_dir`; returns the contract's version.
#[cfg(feature = "regenerate")]
fn generate(spec_path: &Path, out_dir: &Path) -> Result<String, String> {
    let text = std::fs::read_to_string(spec_path)
        .map_err(|e| format!("{SPEC}: cannot read the OpenAPI document: {e}"))?;
    let mut spec = parse(&text)?;
    let version = spec.info.version.clone();
    let media_types = media::normalize(&mut spec).map_err(|e| format!("{SPEC}: {e}"))?;
    let mut file = run_generator(&settings(), &spec)?;
    tree::edit(&mut file).map_err(|e| format!("{SPEC}: {e}"))?;
    // Replaced types are not generated; keep `generated::types::ObjectId` a name that works.
    let types = file
        .items
        .iter_mut()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "types" => m.content.as_mut(),
            _ => None,
        })
        .ok_or_else(|| format!("{SPEC}: the generated client has no `types` module"))?;
    types.1.push(syn::parse_quote!(
        pub use crate::object_id::ObjectId;
    ));
    types.1.push(syn::parse_quote!(
        pub use crate::description::ApiKeyDescription;
    ));
    types.1.push(syn::parse_quote!(
        pub use crate::service_account::{
            CloudManagerServiceAccountName, ServiceAccountClientId, ServiceAccountDescription,
            ServiceAccountName,
        };
    ));
    write_outputs(&text, &file, out_dir)?;
    let path = out_dir.join("media_types.rs");
    std::fs::write(&path, media::table_source(&media_types))
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(version)
}

/// The document, checked to be OpenAPI 3.0; its `info.version` becomes `spec::VERSION`.
#[cfg(feature = "regenerate")]
fn parse(text: &str) -> Result<openapiv3::OpenAPI, String> {
    let spec: openapiv3::OpenAPI =
        serde_yaml_ng::from_str(text).map_err(|e| match e.location() {
            Some(at) => format!(
                "{SPEC}:{}:{}: not a valid OpenAPI 3.0 document: {e}",
                at.line(),
                at.column()
            ),
            None => format!("{SPEC}: not a valid OpenAPI 3.0 document: {e}"),
        })?;
    if !spec.openapi.starts_with("3.0.") {
        return Err(format!(
            "{SPEC}: `openapi: {}` is not supported; progenitor reads OpenAPI 3.0.x only",
            spec.openapi
        ));
    }
    // `spec::VERSION`: the contract's version, read from the document so that it cannot drift.
    // Whether it is a semantic version, and whether a change needs a new major, is checked by
    // tests/spec_version.rs and .ci/contract-gate.
    let version = &spec.info.version;
    if version.is_empty() || version.chars().any(char::is_control) {
        return Err(format!(
            "{SPEC}: info.version {version:?} is empty or has control characters"
        ));
    }
    println!("cargo::rustc-env=MONGODB_API_KEYS_SPEC_VERSION={version}");
    Ok(spec)
}

/// How progenitor generates this crate's client: the builder interface, the hooks, and the
/// types replaced by hand-written ones or patched.
#[cfg(feature = "regenerate")]
fn settings() -> GenerationSettings {
    let mut settings = GenerationSettings::new();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_derive("PartialEq");
    // Secrets shown once (private keys, agent and personal keys) decode into a type whose
    // Debug output is redacted.
    settings.with_replacement("SecretKey", "crate::Secret", std::iter::empty());
    // Every generated struct and enum is `#[non_exhaustive]` (build/tree.rs).
    replace_types(&mut settings);
    settings
}

/// Schemas whose Rust type is hand-written (so that no `pattern` needs a regex engine at run
/// time) or another generated type.
#[cfg(feature = "regenerate")]
fn replace_types(settings: &mut GenerationSettings) {
    // The spec's ObjectId `pattern` (24 lower-case hex digits) would make typify check IDs with the
    // `regress` regex engine at run time; src/object_id.rs checks the same rule with a byte
    // loop. `FromStr` and `Display` tell the generator how the type converts to and from text.
    settings.with_replacement(
        OBJECT_ID,
        "crate::object_id::ObjectId",
        [TypeImpl::FromStr, TypeImpl::Display].into_iter(),
    );
    // The description's `pattern` (no control character) likewise: src/description.rs checks
    // it, and the length, with `char::is_control`.
    settings.with_replacement(
        "ApiKeyDescription",
        "crate::description::ApiKeyDescription",
        [TypeImpl::FromStr, TypeImpl::Display].into_iter(),
    );
    // The access-list patterns (RFC 3986's address grammar) would be checked with `regress`
    // too; the standard library's parsers check the same rules (tests/spec.rs compares them).
    // A service account's client ID, name and description (`\p{L}\p{N}` in MongoDB's pattern)
    // likewise: src/service_account.rs checks them with Unicode's general categories.
    for name in [
        "ServiceAccountClientId",
        "ServiceAccountName",
        "ServiceAccountDescription",
        "CloudManagerServiceAccountName",
    ] {
        settings.with_replacement(
            name,
            format!("crate::service_account::{name}"),
            [TypeImpl::FromStr, TypeImpl::Display].into_iter(),
        );
    }
    settings.with_replacement(
        "IpAddress",
        "::std::net::IpAddr",
        [TypeImpl::FromStr, TypeImpl::Display].into_iter(),
    );
    settings.with_replacement(
        "CidrBlock",
        "crate::access_list::CidrBlock",
        [TypeImpl::FromStr, TypeImpl::Display].into_iter(),
    );
    // An optional array that is present but empty (`"parameters": []`) must re-encode as it
    // came; typify would drop it, unless the array is a replaced named type, which it wraps
    // in `Option`.
    for (array, item) in [
        ("ErrorParameters", "::serde_json::Value"),
        ("Links", "crate::generated::types::Link"),
    ] {
        settings.with_replacement(
            array,
            format!("::std::vec::Vec<{item}>"),
            std::iter::empty(),
        );
    }
}

/// The generated code; progenitor's panics become build errors too.
#[cfg(feature = "regenerate")]
fn run_generator(
    settings: &GenerationSettings,
    spec: &openapiv3::OpenAPI,
) -> Result<syn::File, String> {
    // progenitor reports some problems by panicking; turn those into a build error too.
    let previous_hook = panic::take_hook();
    panic::set_hook(Box::new(|_| {}));
    let generated = panic::catch_unwind(AssertUnwindSafe(|| {
        Generator::new(settings).generate_tokens(spec)
    }));
    panic::set_hook(previous_hook);
    let tokens = match generated {
        Ok(Ok(tokens)) => tokens,
        Ok(Err(e)) => {
            return Err(format!(
                "{SPEC}: the client generator rejected the spec: {e}"
            ));
        }
        Err(payload) => {
            let why = payload
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| payload.downcast_ref::<&str>().copied())
                .unwrap_or("no message");
            return Err(format!(
                "{SPEC}: the client generator cannot handle the spec: {why}"
            ));
        }
    };
    syn::parse2::<syn::File>(tokens)
        .map_err(|e| format!("{SPEC}: the generator produced invalid Rust: {e}"))
}

/// `$OUT_DIR/openapi.json`, `openapi.served.yaml`, `openapi.served.json` and `client.rs`.
#[cfg(feature = "regenerate")]
fn write_outputs(text: &str, file: &syn::File, out_dir: &Path) -> Result<(), String> {
    // The document as JSON too, so that the crate needs no YAML parser at run time.
    let json: serde_json::Value = serde_yaml_ng::from_str(text)
        .map_err(|e| format!("{SPEC}: not representable as JSON: {e}"))?;
    let json_path = out_dir.join("openapi.json");
    std::fs::write(&json_path, json.to_string())
        .map_err(|e| format!("cannot write {}: {e}", json_path.display()))?;
    // What the emulator serves: the same document with relative `servers` (build/served.rs).
    let (served_yaml, served_json) =
        served::served(text, &json).map_err(|e| format!("{SPEC}: {e}"))?;
    for (name, content) in [
        ("openapi.served.yaml", served_yaml),
        ("openapi.served.json", served_json.to_string()),
    ] {
        let path = out_dir.join(name);
        std::fs::write(&path, content)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    let out = out_dir.join("client.rs");
    let code = prettyplease::unparse(file);
    // typify checks a string schema's `pattern` with the `regress` crate, which is not a
    // run-time dependency of this crate: say so here rather than fail with an unresolved path.
    if code.contains("::regress::") {
        return Err(format!(
            "{SPEC}: a string schema that build.rs does not replace has a `pattern`, which \
             the generated code would check with the `regress` crate; this crate does not \
             depend on it at run time: replace that schema with a hand-written type in \
             build.rs (as `{OBJECT_ID}`, `ApiKeyDescription`, the service account's texts, \
             `IpAddress` and `CidrBlock` are), or drop the \
             `pattern`"
        ));
    }
    std::fs::write(&out, code).map_err(|e| format!("cannot write {}: {e}", out.display()))
}
