//! The binary with a service account, as the Atlas CLI's users set it up
//! (`MONGODB_ATLAS_CLIENT_ID`, `MONGODB_ATLAS_CLIENT_SECRET`): creates keys against Atlas's
//! base path, keeps its token between runs in a private cache file (one token request for
//! many runs), ignores a cache file it cannot trust, and is refused by Ops Manager.

#[path = "../../tests/common/mod.rs"]
mod common;

use std::path::Path;
use std::process::{Command, Output};

use mongodb_api_keys::emulator::Fixtures;

const BIN: &str = env!("CARGO_BIN_EXE_mongodb-api-keys");

/// The binary with the fixture service account in the environment and `cache` as the user's
/// cache directory.
async fn run(f: &Fixtures, cache: &Path, args: &[&str]) -> Output {
    let (f, cache) = (f.clone(), cache.to_owned());
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    tokio::task::spawn_blocking(move || {
        Command::new(BIN)
            .args(&args)
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("XDG_CACHE_HOME", &cache)
            .env("MONGODB_ATLAS_BASE_URL", &f.base_url)
            .env("MONGODB_ATLAS_CLIENT_ID", &f.client_id)
            .env("MONGODB_ATLAS_CLIENT_SECRET", &f.client_secret)
            .env("MONGODB_ATLAS_ORG_ID", &f.org_id)
            .env("MONGODB_ATLAS_PROJECT_ID", &f.project_id)
            .output()
            .unwrap()
    })
    .await
    .unwrap()
}

fn cache_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "mongodb-api-keys-cache-{}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn cache_files(cache: &Path) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(cache.join("mongodb-api-keys/tokens"))
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default()
}

const ORG_KEY: &[&str] = &[
    "--output",
    "json",
    "org-key",
    "create",
    "--desc",
    "sa",
    "--role",
    "ORG_MEMBER",
];

#[tokio::test(flavor = "multi_thread")]
async fn five_runs_cost_one_token_request_kept_in_a_private_file() {
    let e = common::emulator().await;
    let f = e.fixtures().clone();
    let cache = cache_dir("five");
    for _ in 0..4 {
        let output = run(&f, &cache, ORG_KEY).await;
        assert_eq!(
            output.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let project = [
        "--output",
        "json",
        "project-key",
        "create",
        "--desc",
        "sa",
        "--role",
        "GROUP_READ_ONLY",
    ];
    let output = run(&f, &cache, &project).await;
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stats = e.stats();
    assert_eq!((stats.token_requests, stats.bearer_calls), (1, 5));
    let files = cache_files(&cache);
    assert_eq!(files.len(), 1, "{files:?}");
    let text = std::fs::read_to_string(&files[0]).unwrap();
    assert!(
        !text.contains(&f.client_secret),
        "the secret is never cached"
    );
    assert!(text.contains(&f.client_id));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&files[0]).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{mode:o}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_cache_file_that_cannot_be_trusted_is_ignored() {
    let e = common::emulator().await;
    let f = e.fixtures().clone();
    let cache = cache_dir("corrupt");
    assert_eq!(run(&f, &cache, ORG_KEY).await.status.code(), Some(0));
    let file = cache_files(&cache).pop().unwrap();
    std::fs::write(&file, b"{not json").unwrap();
    assert_eq!(run(&f, &cache, ORG_KEY).await.status.code(), Some(0));
    assert_eq!(e.stats().token_requests, 2, "a corrupt file: a new token");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        // Readable by others: not trusted, even though it holds a good token.
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
        assert_eq!(run(&f, &cache, ORG_KEY).await.status.code(), Some(0));
        assert_eq!(
            e.stats().token_requests,
            3,
            "a file others can read: a new token"
        );
    }
    // Valid JSON whose expiry is too far to be a date: ignored, not a panic.
    let mut cached: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    cached["expiresAt"] = serde_json::json!(u64::MAX);
    std::fs::write(&file, cached.to_string()).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let before = e.stats().token_requests;
    let output = run(&f, &cache, ORG_KEY).await;
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert_eq!(
        e.stats().token_requests,
        before + 1,
        "an expiry beyond any date"
    );
    let mut no_cache = vec!["--no-token-cache"];
    no_cache.extend_from_slice(ORG_KEY);
    let before = e.stats().token_requests;
    assert_eq!(run(&f, &cache, &no_cache).await.status.code(), Some(0));
    assert_eq!(e.stats().token_requests, before + 1);
}

/// The permission bits of `path`.
#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[cfg(unix)]
#[tokio::test(flavor = "multi_thread")]
async fn cache_directories_others_may_use_are_tightened_before_a_token_is_trusted() {
    use std::os::unix::fs::PermissionsExt as _;
    let e = common::emulator().await;
    let f = e.fixtures().clone();
    let cache = cache_dir("wide");
    let (app, tokens) = (
        cache.join("mongodb-api-keys"),
        cache.join("mongodb-api-keys/tokens"),
    );
    std::fs::create_dir_all(&tokens).unwrap();
    let widen = |dir: &Path, bits| {
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(bits)).unwrap()
    };
    widen(&app, 0o777);
    widen(&tokens, 0o777);
    assert_eq!(run(&f, &cache, ORG_KEY).await.status.code(), Some(0));
    assert_eq!((mode(&app), mode(&tokens)), (0o700, 0o700));
    assert_eq!(run(&f, &cache, ORG_KEY).await.status.code(), Some(0));
    assert_eq!(e.stats().token_requests, 1, "kept, then used");
    // Widened again: the token in it is not trusted, and the directory is tightened.
    widen(&tokens, 0o755);
    assert_eq!(run(&f, &cache, ORG_KEY).await.status.code(), Some(0));
    assert_eq!(e.stats().token_requests, 2, "a directory others may read");
    assert_eq!(mode(&tokens), 0o700);
    // A link in place of the cache file is not followed.
    let file = cache_files(&cache).pop().unwrap();
    let target = cache.join("elsewhere.json");
    std::fs::rename(&file, &target).unwrap();
    std::os::unix::fs::symlink(&target, &file).unwrap();
    assert_eq!(run(&f, &cache, ORG_KEY).await.status.code(), Some(0));
    assert_eq!(e.stats().token_requests, 3, "a symbolic link");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_cache_path_that_cannot_be_used_leaves_nothing_behind() {
    let e = common::emulator().await;
    let f = e.fixtures().clone();
    let cache = cache_dir("blocked");
    assert_eq!(run(&f, &cache, ORG_KEY).await.status.code(), Some(0));
    let file = cache_files(&cache).pop().unwrap();
    // A directory where the file goes: every run works, and no copy of a token is left.
    std::fs::remove_file(&file).unwrap();
    std::fs::create_dir(&file).unwrap();
    for _ in 0..2 {
        assert_eq!(run(&f, &cache, ORG_KEY).await.status.code(), Some(0));
    }
    let left: Vec<_> = cache_files(&cache)
        .into_iter()
        .filter(|p| p != &file)
        .collect();
    assert!(left.is_empty(), "{left:?}");
    // A file far larger than a token: not read.
    std::fs::remove_dir(&file).unwrap();
    std::fs::write(&file, vec![b' '; 1 << 20]).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    assert_eq!(run(&f, &cache, ORG_KEY).await.status.code(), Some(0));
    // A relative XDG_CACHE_HOME is ignored (the XDG rule): nothing is written under the
    // current directory.
    let here = cache_dir("relative");
    std::fs::create_dir_all(&here).unwrap();
    let (f2, here2) = (f.clone(), here.clone());
    let output = tokio::task::spawn_blocking(move || {
        Command::new(BIN)
            .args(ORG_KEY)
            .current_dir(&here2)
            .env_clear()
            .env("XDG_CACHE_HOME", "relcache")
            .env("MONGODB_ATLAS_BASE_URL", &f2.base_url)
            .env("MONGODB_ATLAS_CLIENT_ID", &f2.client_id)
            .env("MONGODB_ATLAS_CLIENT_SECRET", &f2.client_secret)
            .env("MONGODB_ATLAS_ORG_ID", &f2.org_id)
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert!(!here.join("relcache").exists());
}

#[tokio::test(flavor = "multi_thread")]
async fn ops_manager_refuses_a_service_account_and_verbose_shows_no_secret() {
    let e = common::emulator().await;
    let f = e.fixtures().clone();
    let cache = cache_dir("om");
    let mut args = vec!["--base-url", f.ops_manager_url.as_str()];
    args.extend_from_slice(ORG_KEY);
    let output = run(&f, &cache, &args).await;
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains("takes programmatic API keys"), "{stderr}");
    let mut verbose = vec!["--verbose", "--no-token-cache"];
    verbose.extend_from_slice(ORG_KEY);
    let output = run(&f, &cache, &verbose).await;
    assert_eq!(output.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("token request"), "{stderr}");
    assert!(!stderr.contains(&f.client_secret), "{stderr}");
    for token_shape in ["Bearer ", "access_token", "Basic "] {
        assert!(!stderr.contains(token_shape), "{token_shape}: {stderr}");
    }
}
