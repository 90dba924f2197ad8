//! `org-key rotate` with a fault injected at every step in turn (create, access list,
//! project assignment, proof, delivery, delete, and the clean-up of an abandoned
//! replacement), through the emulator's faults. After each run: at least one valid key
//! exists, the caller holds its secret (the old key, or the new one from stdout or stderr),
//! and the keys on the server are exactly those the exit code says.

#[path = "../../tests/common/mod.rs"]
mod common;

use std::collections::BTreeSet;
use std::process::{Command, Output, Stdio};

use mongodb_api_keys::emulator::{Emulator, Fault};
use mongodb_api_keys::types::{OrgRole, ProjectRole};
use mongodb_api_keys::{AccessListEntry, Client};
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_mongodb-api-keys");

/// A key and its secret, as a caller holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Held {
    id: String,
    public_key: String,
    private_key: String,
}

/// The key to rotate: an organization owner (it rotates itself), in the fixture project,
/// with an access list that lets the test in.
async fn old_key(e: &Emulator) -> Held {
    let f = e.fixtures();
    let entries: Vec<AccessListEntry> = ["127.0.0.1", "192.0.2.0/24"]
        .iter()
        .map(|t| t.parse().unwrap())
        .collect();
    let admin = common::client(e);
    let key = admin
        .create_org_api_key_with_access_list(&f.org_id, "deploy 42", &[OrgRole::OrgOwner], &entries)
        .await
        .unwrap();
    admin
        .assign_api_key_to_project(
            &f.project_id,
            key.id.to_string(),
            &[ProjectRole::GroupReadOnly],
        )
        .await
        .unwrap();
    Held {
        id: key.id.to_string(),
        public_key: key.public_key.to_string(),
        private_key: key.private_key.expose_secret().to_owned(),
    }
}

/// `org-key rotate` as `held`, at the emulator's origin, with `extra` arguments.
async fn rotate(e: &Emulator, held: &Held, extra: &[&str], stdout: Stdio) -> Output {
    let f = e.fixtures().clone();
    let held = held.clone();
    let extra: Vec<String> = extra.iter().map(|s| s.to_string()).collect();
    tokio::task::spawn_blocking(move || {
        Command::new(BIN)
            .args(["org-key", "rotate", "--key-id", &held.id])
            .args(&extra)
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("MONGODB_ATLAS_BASE_URL", &f.origin)
            .env("MONGODB_ATLAS_PUBLIC_API_KEY", &held.public_key)
            .env("MONGODB_ATLAS_PRIVATE_API_KEY", &held.private_key)
            .env("MONGODB_ATLAS_ORG_ID", &f.org_id)
            .stdin(Stdio::null())
            .stdout(stdout)
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
            .wait_with_output()
            .unwrap()
    })
    .await
    .unwrap()
}

/// The IDs of the organization's keys, read by the fixture user.
async fn server_keys(e: &Emulator) -> BTreeSet<String> {
    use futures_util::TryStreamExt as _;
    let keys: Vec<_> = common::client(e)
        .list_org_api_keys(&e.fixtures().org_id)
        .try_collect()
        .await
        .unwrap();
    keys.iter().map(|k| k.id.to_string()).collect()
}

/// Whether `held` authenticates: a read made with it succeeds.
async fn works(e: &Emulator, held: &Held) -> bool {
    let client = Client::builder(&e.fixtures().origin)
        .credentials(&held.public_key, &held.private_key)
        .build()
        .unwrap();
    client
        .get_org_api_key(&e.fixtures().org_id, &held.id)
        .await
        .is_ok()
}

/// The new key in `text` (stdout, or the JSON block on stderr), if there is one.
fn new_key_in(text: &str) -> Option<Held> {
    let start = text.find("{\"")?;
    let value: Value = serde_json::Deserializer::from_str(&text[start..])
        .into_iter()
        .next()?
        .ok()?;
    Some(Held {
        id: value["id"].as_str()?.to_owned(),
        public_key: value["publicKey"].as_str()?.to_owned(),
        private_key: value["privateKey"].as_str()?.to_owned(),
    })
}

fn inject(e: &Emulator, operation: &str, status: u16, skip: u32) {
    e.inject(Fault {
        status: Some(status),
        count: 1,
        skip,
        operation: Some(operation.to_owned()),
        ..Fault::default()
    })
    .unwrap();
}

/// One run: the old key, the run's output, and the keys the server has after it.
struct Run {
    old: Held,
    output: Output,
    keys: BTreeSet<String>,
}

impl Run {
    fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.output.stdout).into_owned()
    }
    fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.output.stderr).into_owned()
    }
    fn code(&self) -> Option<i32> {
        self.output.status.code()
    }
}

/// A fresh emulator with the old key, the faults `faults` makes, and one rotation.
async fn rotation(
    faults: impl FnOnce(&Emulator),
    extra: &[&str],
    stdout: Stdio,
) -> (Emulator, Run) {
    let e = common::emulator().await;
    let old = old_key(&e).await;
    faults(&e);
    let output = rotate(&e, &old, extra, stdout).await;
    let keys = server_keys(&e).await;
    (e, Run { old, output, keys })
}

/// After a failed step: the old key alone is on the server and still works, and nothing on
/// stdout claims a new key.
async fn only_the_old_key(e: &Emulator, run: &Run, code: i32) {
    assert_eq!(run.code(), Some(code), "{}", run.stderr());
    assert_eq!(
        run.keys,
        BTreeSet::from([run.old.id.clone()]),
        "{}",
        run.stderr()
    );
    assert!(works(e, &run.old).await, "the old key no longer works");
    assert!(run.stdout().is_empty(), "{}", run.stdout());
    assert!(
        run.stderr().contains("untouched") || code < 10,
        "{}",
        run.stderr()
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_refused_create_leaves_the_old_key_alone() {
    let (e, run) = rotation(
        |e| inject(e, "createOrgApiKey", 403, 0),
        &[],
        Stdio::piped(),
    )
    .await;
    only_the_old_key(&e, &run, 8).await;
    assert!(
        run.stderr().contains("nothing was created"),
        "{}",
        run.stderr()
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_create_with_an_unknown_outcome_says_so_and_leaves_the_old_key_alone() {
    let (e, run) = rotation(
        |e| inject(e, "createOrgApiKey", 500, 0),
        &[],
        Stdio::piped(),
    )
    .await;
    // The emulator did nothing, but the client cannot know that from a 500: exit 6 says
    // a key may have been created, and the old key is untouched either way.
    only_the_old_key(&e, &run, 6).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_failed_step_after_the_create_deletes_the_replacement() {
    for (operation, skip) in [
        ("createOrgApiKeyAccessListEntry", 0),
        ("addGroupApiKey", 0),
        // The proof: the second read of a key (the first is the plan's, made with the old).
        ("getOrgApiKey", 1),
    ] {
        let (e, run) = rotation(|e| inject(e, operation, 401, skip), &[], Stdio::piped()).await;
        only_the_old_key(&e, &run, 10).await;
        assert!(
            run.stderr().contains("was deleted again"),
            "{operation}: {}",
            run.stderr()
        );
        assert_eq!(e.stats().keys_created.org, 2, "{operation}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_secret_that_cannot_be_delivered_is_not_kept() {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let (e, run) = rotation(|_| {}, &[], Stdio::from(writer)).await;
    only_the_old_key(&e, &run, 10).await;
    assert!(
        run.stderr().contains("could not be delivered"),
        "{}",
        run.stderr()
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_replacement_that_cannot_be_deleted_either_is_handed_over_on_stderr() {
    let (e, run) = rotation(
        |e| {
            inject(e, "createOrgApiKeyAccessListEntry", 400, 0);
            inject(e, "deleteOrgApiKey", 403, 0);
        },
        &[],
        Stdio::piped(),
    )
    .await;
    assert_eq!(run.code(), Some(11), "{}", run.stderr());
    let new = new_key_in(&run.stderr()).expect("the replacement on stderr");
    assert_eq!(
        run.keys,
        BTreeSet::from([run.old.id.clone(), new.id.clone()])
    );
    assert!(works(&e, &run.old).await && works(&e, &new).await);
    assert!(run.stdout().is_empty());
}

#[tokio::test(flavor = "multi_thread")]
async fn an_old_key_that_cannot_be_deleted_leaves_both_working() {
    let (e, run) = rotation(
        |e| inject(e, "deleteOrgApiKey", 403, 0),
        &[],
        Stdio::piped(),
    )
    .await;
    assert_eq!(run.code(), Some(12), "{}", run.stderr());
    let new = new_key_in(&run.stdout()).expect("the new key on stdout");
    assert_eq!(
        run.keys,
        BTreeSet::from([run.old.id.clone(), new.id.clone()])
    );
    assert!(works(&e, &run.old).await && works(&e, &new).await);
    assert!(
        run.stderr().contains("Both keys exist and work"),
        "{}",
        run.stderr()
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_rotation_replaces_the_key_with_one_like_it() {
    let (e, run) = rotation(|_| {}, &[], Stdio::piped()).await;
    assert_eq!(run.code(), Some(0), "{}", run.stderr());
    let new = new_key_in(&run.stdout()).expect("the new key on stdout");
    assert_eq!(run.keys, BTreeSet::from([new.id.clone()]));
    assert!(works(&e, &new).await && !works(&e, &run.old).await);
    let replaces: Value = serde_json::from_str(run.stdout().trim()).unwrap();
    assert_eq!(replaces["replaces"], run.old.id.as_str());
    let admin = common::client(&e);
    let f = e.fixtures();
    let key = admin.get_org_api_key(&f.org_id, &new.id).await.unwrap();
    assert_eq!(key.desc, "deploy 42");
    let mut roles: Vec<(String, Option<String>)> = key
        .roles
        .iter()
        .map(|r| {
            (
                r.role_name.clone(),
                r.group_id.as_ref().map(ToString::to_string),
            )
        })
        .collect();
    roles.sort();
    assert_eq!(
        roles,
        [
            ("GROUP_READ_ONLY".to_owned(), Some(f.project_id.clone())),
            ("ORG_OWNER".to_owned(), None),
        ]
    );
    use futures_util::TryStreamExt as _;
    let entries: Vec<_> = admin
        .list_access_list_entries(&f.org_id, &new.id)
        .try_collect()
        .await
        .unwrap();
    let mut blocks: Vec<String> = entries.iter().map(|e| e.cidr_block.to_string()).collect();
    blocks.sort();
    assert_eq!(blocks, ["127.0.0.1/32", "192.0.2.0/24"]);
}

#[tokio::test(flavor = "multi_thread")]
async fn keep_old_keeps_both_and_dry_run_sends_reads_only() {
    let (e, run) = rotation(|_| {}, &["--keep-old"], Stdio::piped()).await;
    assert_eq!(run.code(), Some(0), "{}", run.stderr());
    let new = new_key_in(&run.stdout()).unwrap();
    assert_eq!(
        run.keys,
        BTreeSet::from([run.old.id.clone(), new.id.clone()])
    );
    assert!(works(&e, &run.old).await && works(&e, &new).await);

    let (e, run) = rotation(|_| {}, &["--dry-run"], Stdio::piped()).await;
    assert_eq!(run.code(), Some(0), "{}", run.stderr());
    let plan: Value = serde_json::from_str(run.stdout().trim()).unwrap();
    assert_eq!(plan["dryRun"], true);
    assert_eq!(plan["replaces"], run.old.id.as_str());
    assert_eq!(run.keys, BTreeSet::from([run.old.id.clone()]));
    assert_eq!(
        e.stats().keys_created.org,
        1,
        "only the old key was ever created"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_secret_file_gets_the_key_and_stdout_a_summary() {
    let dir = std::env::temp_dir().join(format!("cli-rotate-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("new-key.json");
    let _ = std::fs::remove_file(&path);
    let path_text = path.to_str().unwrap().to_owned();
    let (e, run) = rotation(|_| {}, &["--secret-file", &path_text], Stdio::piped()).await;
    assert_eq!(run.code(), Some(0), "{}", run.stderr());
    let new = new_key_in(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert!(works(&e, &new).await);
    assert!(!run.stdout().contains(&new.private_key), "{}", run.stdout());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // A second rotation (of the new key) to the same file is refused before anything is sent.
    let created = e.stats().keys_created.org;
    let output = rotate(&e, &new, &["--secret-file", &path_text], Stdio::piped()).await;
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(e.stats().keys_created.org, created);
    assert!(works(&e, &new).await);
    std::fs::remove_dir_all(&dir).unwrap();
}
