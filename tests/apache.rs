//! The client against a digest server this project did not write: Apache httpd's
//! mod_auth_digest, with a one-second nonce lifetime, in front of a plain backend
//! (mod_proxy). Calls succeed, the nonce is reused, and a stale nonce is recovered in two
//! round trips. Apache must be installed (`.ci/run` installs Debian's apache2).

mod common;

use std::path::Path;
use std::process::{Child, Command};
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use mongodb_api_keys::client::{Client, Error};
use mongodb_api_keys::generated::types::OrgRole;
use tokio::io::AsyncWriteExt;

const ORG: &str = "5980cfc70b6d97029d82e3f6";
const KEY: &str = r#"{"desc":"via apache","id":"5c47ba5127d9d61b9fd8a27b","privateKey":"4d9fc199-e58b-4225-b916-4a2d34e0cf0c","publicKey":"kzurbumc","roles":[{"orgId":"5980cfc70b6d97029d82e3f6","roleName":"ORG_MEMBER"}]}"#;

/// A backend that answers every request with a created key and counts what reaches it.
async fn backend(hits: Arc<AtomicU32>) -> u16 {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        loop {
            let Ok((mut socket, _)) = listener.accept().await else {
                return;
            };
            let hits = hits.clone();
            tokio::spawn(async move {
                if common::read_request(&mut socket).await.is_empty() {
                    return;
                }
                hits.fetch_add(1, Ordering::SeqCst);
                let response = format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{KEY}",
                    KEY.len()
                );
                let _ = socket.write_all(response.as_bytes()).await;
            });
        }
    });
    port
}

struct Apache {
    child: Child,
    dir: std::path::PathBuf,
}

impl Drop for Apache {
    fn drop(&mut self) {
        // SIGTERM: the parent stops its workers too (SIGKILL would orphan them).
        let _ = Command::new(common::program("kill", "procps"))
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let _ = self.child.wait();
    }
}

impl Apache {
    /// The statuses Apache logged, once it has logged `count` requests (it writes a line
    /// after sending the response, so the last one may lag; at most 5 s).
    fn requests(&self, count: usize) -> Vec<u16> {
        let read = || -> Vec<u16> {
            std::fs::read_to_string(self.dir.join("access.log"))
                .unwrap_or_default()
                .lines()
                .filter_map(|l| l.parse().ok())
                .collect()
        };
        for _ in 0..100 {
            let statuses = read();
            if statuses.len() >= count {
                return statuses;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        read()
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// `digest.pw` in `dir`: the user `kzurbumc` with the password `the-private-key`.
fn write_password(htdigest: &Path, dir: &Path) {
    // htdigest asks for the password twice on its terminal; feed it on stdin.
    let mut child = Command::new(htdigest)
        .arg("-c")
        .arg(dir.join("digest.pw"))
        .args(["MMS Public API", "kzurbumc"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    use std::io::Write as _;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"the-private-key\nthe-private-key\n")
        .unwrap();
    assert!(child.wait().unwrap().success(), "htdigest failed");
}

/// Apache's configuration: digest authentication with one-second nonces in front of the
/// backend, on `port` and, with TLS, on `tls_port`.
fn httpd_conf(dir: &Path, port: u16, tls_port: u16, backend: u16) -> String {
    let modules = "/usr/lib/apache2/modules";
    let d = dir.display();
    format!(
        r#"ServerName localhost
Listen 127.0.0.1:{port}
PidFile {d}/httpd.pid
ErrorLog {d}/error.log
LogFormat "%>s" status
CustomLog {d}/access.log status
User www-data
Group www-data
LoadModule mpm_event_module {modules}/mod_mpm_event.so
LoadModule authn_core_module {modules}/mod_authn_core.so
LoadModule authn_file_module {modules}/mod_authn_file.so
LoadModule authz_core_module {modules}/mod_authz_core.so
LoadModule authz_user_module {modules}/mod_authz_user.so
LoadModule auth_digest_module {modules}/mod_auth_digest.so
LoadModule proxy_module {modules}/mod_proxy.so
LoadModule proxy_http_module {modules}/mod_proxy_http.so
LoadModule ssl_module {modules}/mod_ssl.so
LoadModule socache_shmcb_module {modules}/mod_socache_shmcb.so
Listen 127.0.0.1:{tls_port}
<VirtualHost 127.0.0.1:{tls_port}>
    SSLEngine on
    SSLCertificateFile {d}/server.pem
    SSLCertificateKeyFile {d}/server.key
</VirtualHost>
<Location "/api">
    AuthType Digest
    AuthName "MMS Public API"
    AuthDigestProvider file
    AuthUserFile {d}/digest.pw
    AuthDigestNonceLifetime 1
    Require valid-user
    ProxyPass "http://127.0.0.1:{backend}/api"
</Location>
"#
    )
}

/// Apache on a free port; with `tls`, a second port serving HTTPS with a certificate signed
/// by a CA made for the test (see `make_ca`). Returns (apache, http port, https port).
fn start_apache(backend: u16) -> (Apache, u16, u16) {
    let apache2 = common::program("apache2", "apache2 apache2-utils");
    let htdigest = common::program("htdigest", "apache2-utils");
    static INSTANCES: AtomicU32 = AtomicU32::new(0);
    let instance = INSTANCES.fetch_add(1, Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!(
        "mongodb-api-keys-apache-{}-{instance}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    write_password(&htdigest, &dir);
    make_ca(&dir);
    let (port, tls_port) = (free_port(), free_port());
    let config = httpd_conf(&dir, port, tls_port, backend);
    std::fs::write(dir.join("httpd.conf"), config).unwrap();
    let child = Command::new(apache2)
        .arg("-f")
        .arg(dir.join("httpd.conf"))
        .args(["-DFOREGROUND"])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let apache = Apache { child, dir };
    for _ in 0..100 {
        let up = |p: u16| std::net::TcpStream::connect(("127.0.0.1", p)).is_ok();
        if up(port) && up(tls_port) {
            return (apache, port, tls_port);
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let log = std::fs::read_to_string(Path::new(&apache.dir).join("error.log")).unwrap_or_default();
    panic!("apache did not start: {log}");
}

/// `openssl` options for a new P-256 key, unencrypted.
const EC_KEY: [&str; 5] = [
    "-newkey",
    "ec",
    "-pkeyopt",
    "ec_paramgen_curve:prime256v1",
    "-nodes",
];

/// Runs `openssl args` in `dir`; fails the test with its stderr if it fails.
fn run_openssl(openssl: &Path, dir: &Path, args: &[&str]) {
    let output = Command::new(openssl)
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// A CA (`ca.pem`) and a server certificate it signed for 127.0.0.1 (`server.pem`,
/// `server.key`), like an Ops Manager behind a company CA.
fn make_ca(dir: &Path) {
    let openssl = common::program("openssl", "openssl");
    let run = |args: &[&str]| run_openssl(&openssl, dir, args);
    run(&[
        &["req", "-x509"][..],
        &EC_KEY,
        &[
            "-keyout",
            "ca.key",
            "-out",
            "ca.pem",
            "-days",
            "2",
            "-subj",
            "/CN=Test Ops Manager CA",
        ],
    ]
    .concat());
    run(&[
        &["req"][..],
        &EC_KEY,
        &[
            "-keyout",
            "server.key",
            "-out",
            "server.csr",
            "-subj",
            "/CN=127.0.0.1",
        ],
    ]
    .concat());
    std::fs::write(
        dir.join("san.ext"),
        "subjectAltName=IP:127.0.0.1,DNS:localhost\n",
    )
    .unwrap();
    run(&[
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-out",
        "server.pem",
        "-days",
        "2",
        "-extfile",
        "san.ext",
    ]);
}

#[tokio::test(flavor = "multi_thread")]
async fn apache_mod_auth_digest_accepts_the_client_and_stale_nonces_cost_two_round_trips() {
    let hits = Arc::new(AtomicU32::new(0));
    let backend = backend(hits.clone()).await;
    let (apache, port, _) = start_apache(backend);
    let base = format!("http://127.0.0.1:{port}/api/atlas/v1.0");
    let client = Client::builder(&base)
        .credentials("kzurbumc", "the-private-key")
        .build()
        .unwrap();
    let call = || client.create_org_api_key(ORG, "via apache", &[OrgRole::OrgMember]);

    let key = call().await.unwrap();
    assert_eq!(key.public_key, "kzurbumc");
    assert_eq!(
        apache.requests(2),
        [401, 200],
        "first contact: a challenge, then signed"
    );
    call().await.unwrap();
    assert_eq!(
        apache.requests(3),
        [401, 200, 200],
        "the nonce is reused: one round trip"
    );

    tokio::time::sleep(Duration::from_millis(2500)).await; // past AuthDigestNonceLifetime 1
    call().await.unwrap();
    assert_eq!(
        apache.requests(5),
        [401, 200, 200, 401, 200],
        "a stale nonce costs exactly two"
    );
    assert_eq!(
        hits.load(Ordering::SeqCst),
        3,
        "each call reached the backend once"
    );

    let wrong = Client::builder(&base)
        .credentials("kzurbumc", "wrong")
        .build()
        .unwrap();
    let error = wrong
        .create_org_api_key(ORG, "x", &[OrgRole::OrgMember])
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Unauthorized(_)), "{error:?}");
    assert_eq!(
        apache.requests(7).len(),
        7,
        "wrong credentials: two requests, no loop"
    );
    assert_eq!(hits.load(Ordering::SeqCst), 3);
}

#[tokio::test(flavor = "multi_thread")]
async fn an_ops_manager_behind_its_own_ca_needs_that_ca_and_nothing_weaker() {
    let backend = backend(Arc::new(AtomicU32::new(0))).await;
    let (apache, _, tls_port) = start_apache(backend);
    let base = format!("https://127.0.0.1:{tls_port}/api/atlas/v1.0");
    let ca = apache.dir.join("ca.pem").display().to_string();
    let builder = || Client::builder(&base).credentials("kzurbumc", "the-private-key");
    let call = |client: Client| async move {
        client
            .create_org_api_key(ORG, "tls", &[OrgRole::OrgMember])
            .await
    };

    let error = call(builder().build().unwrap()).await.unwrap_err();
    assert!(matches!(error, Error::Transport { .. }), "{error:?}");
    let message = error.to_string();
    assert!(
        message.contains("certificate") && message.contains("CA certificate"),
        "{message}"
    );

    let key = call(builder().ca_certificate_file(&ca).build().unwrap())
        .await
        .unwrap();
    assert_eq!(key.public_key, "kzurbumc");

    // The mongocli variables, as an Ops Manager user already has them.
    let from_env = mongodb_api_keys::client::ClientBuilder::from_lookup(|name| match name {
        "MCLI_OPS_MANAGER_URL" => Some(format!("https://127.0.0.1:{tls_port}/api/atlas/v1.0")),
        "MCLI_PUBLIC_API_KEY" => Some("kzurbumc".into()),
        "MCLI_PRIVATE_API_KEY" => Some("the-private-key".into()),
        "MCLI_OPS_MANAGER_CA_CERTIFICATE" => Some(ca.clone()),
        _ => None,
    });
    call(from_env.build().unwrap()).await.unwrap();

    // The explicit opt-out works too, and is not needed.
    call(
        builder()
            .danger_accept_invalid_certificates(true)
            .build()
            .unwrap(),
    )
    .await
    .unwrap();
}
