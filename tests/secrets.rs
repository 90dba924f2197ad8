//! No secret (the private key, the password, a created key, the Authorization header)
//! appears in Debug or Display output, in error messages, or in `tracing` output at any level.

mod common;

use common::org_key;

use std::sync::{Arc, Mutex};

use mongodb_api_keys::client::Client;
use mongodb_api_keys::emulator::{Emulator, Fault};

/// A `tracing` writer that keeps everything in memory.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Writes what a caller of each kind of key may print into `out`; returns their secrets.
async fn api_key_outputs(e: &Emulator, password: &str, out: &mut String) -> Vec<String> {
    let f = e.fixtures().clone();
    let builder = Client::builder(&f.base_url).credentials(&f.username, password);
    *out += &format!("{builder:?}\n");
    let client = builder.build().unwrap();
    *out += &format!("{client:?}\n");
    let key = org_key(&client, e).await.unwrap();
    *out += &format!("{key:?}\n{key:#?}\n");
    // A logging layer that serializes what it is given.
    *out += &serde_json::to_string(&key).unwrap();
    let agent = common::client_at(e, &f.ops_manager_url)
        .create_agent_api_key(&f.project_id, "a")
        .await
        .unwrap();
    *out += &format!("{agent:?}\n{}\n", serde_json::to_string(&agent).unwrap());
    #[allow(deprecated)]
    let personal = client.create_user_api_key(&f.user_id, "p").await.unwrap();
    *out += &format!("{personal:?}\n");
    let wrong = Client::builder(&f.base_url)
        .credentials(&f.username, "wrong-password-value")
        .build()
        .unwrap();
    let error = org_key(&wrong, e).await.unwrap_err();
    *out += &format!("{error}\n{error:?}\n");
    e.inject(Fault {
        status: Some(500),
        count: 1,
        ..Fault::default()
    })
    .unwrap();
    let error = org_key(&client, e).await.unwrap_err();
    *out += &format!("{error}\n{error:?}\n");
    [
        key.private_key.expose_secret(),
        agent.key.expose_secret(),
        personal.key.expose_secret(),
    ]
    .map(str::to_owned)
    .to_vec()
}

/// Writes what a service account's caller may print into `out`; returns its secrets.
async fn service_account_outputs(e: &Emulator, out: &mut String) -> Vec<String> {
    let f = e.fixtures().clone();
    // A service account: its secret and its token.
    let sa = Client::builder(&f.base_url).service_account(&f.client_id, &f.client_secret);
    *out += &format!("{sa:?}\n");
    let sa = sa.build().unwrap();
    let sa_key = org_key(&sa, e).await.unwrap();
    let token = sa.access_token().unwrap();
    *out += &format!("{sa:?}\n{sa_key:?}\n{token:?}\n");
    let refused = Client::builder(&f.base_url)
        .service_account(&f.client_id, "mdb_sa_sk_not-the-secret")
        .build()
        .unwrap();
    let error = org_key(&refused, e).await.unwrap_err();
    *out += &format!("{error}\n{error:?}\n");
    [
        token.token.expose_secret(),
        sa_key.private_key.expose_secret(),
    ]
    .map(str::to_owned)
    .to_vec()
}

#[tokio::test]
async fn no_secret_appears_in_debug_display_logs_or_errors() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    // Global, and alone in this test binary: a thread-local subscriber misses callsites that
    // other test threads registered first.
    tracing::subscriber::set_global_default(subscriber).unwrap();

    let e = common::emulator().await;
    let f = e.fixtures().clone();
    let password = f.api_key.clone();
    let mut out = String::new();
    let keys = api_key_outputs(&e, &password, &mut out).await;
    let service_account = service_account_outputs(&e, &mut out).await;
    let logs = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(
        logs.contains("mongodb_api_keys.call") && logs.contains("operation"),
        "no spans logged:\n{logs}"
    );
    assert!(
        logs.contains("attempts=") && logs.contains("status=200"),
        "{logs}"
    );
    out += &logs;

    let secrets = [
        password.as_str(),
        "wrong-password-value",
        keys[0].as_str(),
        keys[1].as_str(),
        keys[2].as_str(),
        f.client_secret.as_str(),
        "mdb_sa_sk_not-the-secret",
        service_account[0].as_str(),
        service_account[1].as_str(),
    ];
    for secret in secrets {
        assert!(
            !out.contains(secret),
            "a secret leaked into the output:\n{out}"
        );
    }
    assert!(
        !out.to_lowercase().contains("digest username"),
        "an Authorization header leaked:\n{out}"
    );
    assert!(
        !out.contains("response=\""),
        "a digest response leaked:\n{out}"
    );
}
