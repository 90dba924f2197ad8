//! The generated files as committed in `src/generated/`, and their fingerprint: what a build
//! without the `regenerate` feature (every user's build) compiles, with no code generator in
//! its dependency tree. A build with `regenerate` (this repository's own builds and tests)
//! writes them; any build checks that they were generated from the `openapi.yaml` and
//! generator sources beside them.
//!
//! Standard library only: this module is all a user's build runs.

use std::path::{Path, PathBuf};

/// Where the generated files are committed.
pub const DIR: &str = "src/generated";
/// The files build.rs generates, as the crate includes them from `$OUT_DIR`.
pub const FILES: [&str; 5] = [
    "client.rs",
    "media_types.rs",
    "openapi.json",
    "openapi.served.yaml",
    "openapi.served.json",
];
/// The fingerprint of the inputs, and the contract's version.
const MANIFEST: &str = "manifest.txt";
/// What the files are generated from: the contract and the generator's own sources.
const INPUTS: [&str; 5] = [
    "openapi.yaml",
    "build.rs",
    "build/media.rs",
    "build/served.rs",
    "build/tree.rs",
];

/// FNV-1a (64 bits) of the inputs, line endings normalized (a checkout with CRLF line
/// endings has the same fingerprint): a check that nothing changed since generation, not a
/// security measure.
pub fn fingerprint(root: &Path) -> Result<String, String> {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for input in INPUTS {
        let path = root.join(input);
        let bytes = std::fs::read(&path).map_err(|e| format!("cannot read {input}: {e}"))?;
        for byte in input
            .bytes()
            .chain([0])
            .chain(bytes.into_iter().filter(|b| *b != b'\r'))
        {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    Ok(format!("{hash:016x}"))
}

/// Copies the committed files into `out_dir`, after checking that they are current; returns
/// the contract's version.
pub fn use_committed(root: &Path, out_dir: &Path) -> Result<String, String> {
    let dir = root.join(DIR);
    let manifest = std::fs::read_to_string(dir.join(MANIFEST))
        .map_err(|e| format!("{DIR}/{MANIFEST}: cannot read it ({e})"))?;
    let field = |name: &str| {
        manifest
            .lines()
            .find_map(|l| l.strip_prefix(name)?.strip_prefix(' '))
            .map(str::to_owned)
            .ok_or_else(|| format!("{DIR}/{MANIFEST}: no `{name}` line"))
    };
    let (recorded, version) = (field("fingerprint")?, field("version")?);
    let current = fingerprint(root)?;
    if recorded != current {
        return Err(format!(
            "{DIR} was generated from another openapi.yaml or generator ({recorded}; now \
             {current}): regenerate it with `cargo build --features regenerate` (this \
             repository's own builds and tests do) and commit it"
        ));
    }
    for name in FILES {
        let (from, to) = (dir.join(name), out_dir.join(name));
        std::fs::copy(&from, &to)
            .map_err(|e| format!("cannot copy {} to {}: {e}", from.display(), to.display()))?;
    }
    Ok(version)
}

/// Writes the generated files (already in `out_dir`) to `src/generated/` with their
/// manifest, each only when its content changed, so that an unchanged build touches nothing.
pub fn commit(root: &Path, out_dir: &Path, version: &str) -> Result<(), String> {
    let dir: PathBuf = root.join(DIR);
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {DIR}: {e}"))?;
    let manifest = format!(
        "# Written by build.rs (feature `regenerate`); checked by every other build.\n\
         fingerprint {}\nversion {version}\n",
        fingerprint(root)?
    );
    let mut files: Vec<(String, Vec<u8>)> = vec![(MANIFEST.to_owned(), manifest.into_bytes())];
    for name in FILES {
        let path = out_dir.join(name);
        let bytes =
            std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        files.push((name.to_owned(), bytes));
    }
    for (name, bytes) in files {
        let path = dir.join(&name);
        if std::fs::read(&path).ok().as_deref() != Some(bytes.as_slice()) {
            std::fs::write(&path, bytes).map_err(|e| format!("cannot write {DIR}/{name}: {e}"))?;
        }
    }
    Ok(())
}
