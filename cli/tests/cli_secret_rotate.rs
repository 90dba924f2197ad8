//! `service-account secret rotate` with a fault at every step in turn (the create, the proof,
//! the delivery, the old secret's delete, the clean-up of an abandoned secret), the make-room
//! rule, and `--expiring-within` writing nothing when nothing expires soon (counted in the
//! emulator's stats). After each run: a secret the caller holds works, and the secrets on the
//! server are exactly those the exit code says.

mod sa_cli;

use std::collections::BTreeSet;
use std::process::{Output, Stdio};
use std::time::Duration;

use mongodb_api_keys::emulator::Emulator;
use sa_cli::common;
use sa_cli::*;

#[tokio::test(flavor = "multi_thread")]
async fn a_rotation_replaces_the_secret_and_the_old_one_stops_working() {
    let e = common::emulator().await;
    let a = account(&e).await;
    let out = cli(
        &e,
        &[
            "service-account",
            "secret",
            "rotate",
            "--client-id",
            &a.client_id,
        ],
        Stdio::piped(),
    )
    .await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let (new_id, new_secret) = new_secret_in(&text(&out.stdout)).unwrap();
    assert!(works(&e, &a.client_id, &new_secret).await);
    assert!(
        !works(&e, &a.client_id, &a.secret).await,
        "the old secret is deleted"
    );
    assert_eq!(secrets(&e, &a.client_id).await, BTreeSet::from([new_id]));
}

#[tokio::test(flavor = "multi_thread")]
async fn expiring_within_writes_nothing_until_the_secret_expires_soon() {
    let e = common::emulator().await;
    let a = account(&e).await; // 720 hours
    let writes = e.stats().writes;
    let args = [
        "service-account",
        "secret",
        "rotate",
        "--client-id",
        &a.client_id,
        "--expiring-within",
        "72h",
    ];
    let out = cli(&e, &args, Stdio::piped()).await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("nothing to do"),
        "{}",
        text(&out.stderr)
    );
    assert!(out.stdout.is_empty());
    assert_eq!(
        e.stats().writes,
        writes,
        "no write request when nothing expires soon"
    );

    e.advance_clock(Duration::from_secs(700 * 3_600)).unwrap(); // 20 hours left
    let out = cli(&e, &args, Stdio::piped()).await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let (_, new_secret) = new_secret_in(&text(&out.stdout)).unwrap();
    assert!(works(&e, &a.client_id, &new_secret).await);
    assert!(e.stats().writes > writes);
}

#[tokio::test(flavor = "multi_thread")]
async fn with_two_secrets_it_says_which_it_removes_and_keeps_the_newest_until_the_end() {
    let e = common::emulator().await;
    let a = account(&e).await;
    let second = common::client(&e)
        .create_service_account_secret(&e.fixtures().org_id, &a.client_id, 1_000)
        .await
        .unwrap();
    let out = cli(
        &e,
        &[
            "service-account",
            "secret",
            "rotate",
            "--client-id",
            &a.client_id,
            "--dry-run",
        ],
        Stdio::piped(),
    )
    .await;
    let plan = json(&out);
    assert_eq!(
        plan["removedFirstToMakeRoom"],
        a.secret_id.as_str(),
        "{plan}"
    );
    assert_eq!(plan["replaces"], second.id.to_string().as_str());

    let out = cli(
        &e,
        &[
            "service-account",
            "secret",
            "rotate",
            "--client-id",
            &a.client_id,
        ],
        Stdio::piped(),
    )
    .await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains(&format!("removing {}", a.secret_id)),
        "{}",
        text(&out.stderr)
    );
    let (new_id, new_secret) = new_secret_in(&text(&out.stdout)).unwrap();
    assert!(works(&e, &a.client_id, &new_secret).await);
    assert_eq!(secrets(&e, &a.client_id).await, BTreeSet::from([new_id]));
}

/// A rotation with a fault: the exit code, and which secrets remain and work.
async fn faulted(
    operation: &str,
    status: u16,
    skip: u32,
    stdout: Stdio,
) -> (Emulator, Account, Output) {
    let e = common::emulator().await;
    let a = account(&e).await;
    inject(&e, operation, status, skip);
    let out = cli(
        &e,
        &[
            "service-account",
            "secret",
            "rotate",
            "--client-id",
            &a.client_id,
        ],
        stdout,
    )
    .await;
    (e, a, out)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_fault_at_any_step_leaves_a_secret_the_caller_holds_working() {
    // The create refused: nothing made, the old secret untouched.
    let (e, a, out) = faulted("createOrgServiceAccountSecret", 403, 0, Stdio::piped()).await;
    assert_eq!(out.status.code(), Some(8), "{}", text(&out.stderr));
    assert_eq!(
        secrets(&e, &a.client_id).await,
        BTreeSet::from([a.secret_id.clone()])
    );
    assert!(works(&e, &a.client_id, &a.secret).await);

    // The proof fails (the read made with the new secret: the second get of the run).
    let (e, a, out) = faulted("getOrgServiceAccount", 401, 1, Stdio::piped()).await;
    assert_eq!(out.status.code(), Some(10), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("untouched"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(
        secrets(&e, &a.client_id).await,
        BTreeSet::from([a.secret_id.clone()])
    );
    assert!(works(&e, &a.client_id, &a.secret).await);
    assert!(out.stdout.is_empty());

    // The delivery fails (stdout closed): the new secret is deleted again.
    let e = common::emulator().await;
    let a = account(&e).await;
    let out = closed_stdout_rotation(&e, &a).await;
    assert_eq!(out.status.code(), Some(10), "{}", text(&out.stderr));
    assert_eq!(
        secrets(&e, &a.client_id).await,
        BTreeSet::from([a.secret_id.clone()])
    );
    assert!(works(&e, &a.client_id, &a.secret).await);

    // The proof fails and the clean-up too: the new secret is on stderr, and works.
    let e = common::emulator().await;
    let a = account(&e).await;
    inject(&e, "getOrgServiceAccount", 401, 1);
    inject(&e, "deleteOrgServiceAccountSecret", 500, 0);
    let out = cli(
        &e,
        &[
            "service-account",
            "secret",
            "rotate",
            "--client-id",
            &a.client_id,
        ],
        Stdio::piped(),
    )
    .await;
    assert_eq!(out.status.code(), Some(11), "{}", text(&out.stderr));
    let (new_id, new_secret) = new_secret_in(&text(&out.stderr)).expect("the new secret on stderr");
    assert_eq!(
        secrets(&e, &a.client_id).await,
        BTreeSet::from([a.secret_id.clone(), new_id])
    );
    assert!(works(&e, &a.client_id, &a.secret).await);
    assert!(works(&e, &a.client_id, &new_secret).await);

    // The old secret's delete fails: the new one is delivered, both work.
    let (e, a, out) = faulted("deleteOrgServiceAccountSecret", 500, 0, Stdio::piped()).await;
    assert_eq!(out.status.code(), Some(12), "{}", text(&out.stderr));
    let (_, new_secret) = new_secret_in(&text(&out.stdout)).unwrap();
    assert!(works(&e, &a.client_id, &new_secret).await);
    assert!(works(&e, &a.client_id, &a.secret).await);
}
