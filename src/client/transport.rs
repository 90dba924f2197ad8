//! The HTTP client under the pipeline: reqwest, configured from a `ClientBuilder`
//! (redirects never followed, timeouts, extra CA certificates, the proxy), and which proxy
//! that means for the base URL, so that an error reaching the server can name it.

use std::time::Duration;

use super::Error;

/// How a client's requests travel: its `User-Agent`, timeouts, extra CA certificates, proxy,
/// or a `reqwest::Client` of the caller's. Set through `ClientBuilder`.
#[derive(Debug, Clone)]
pub(crate) struct Transport {
    pub(crate) user_agent: String,
    pub(crate) connect_timeout: Duration,
    pub(crate) timeout: Duration,
    pub(crate) ca_certificates: Vec<CaCertificates>,
    pub(crate) accept_invalid_certificates: bool,
    pub(crate) proxy: Proxy,
    pub(crate) http_client: Option<reqwest::Client>,
}

impl Default for Transport {
    fn default() -> Self {
        Transport {
            user_agent: format!(
                "mongodb-api-keys/{} ({}; {})",
                env!("CARGO_PKG_VERSION"),
                std::env::consts::OS,
                std::env::consts::ARCH
            ),
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(60),
            ca_certificates: Vec::new(),
            accept_invalid_certificates: false,
            proxy: Proxy::FromEnvironment,
            http_client: None,
        }
    }
}

/// CA certificates to trust besides the platform's, read when the client is built.
#[derive(Debug, Clone)]
pub(crate) enum CaCertificates {
    File(std::path::PathBuf),
    Pem(Vec<u8>),
}

/// Which proxy requests go through.
#[derive(Debug, Clone, Default)]
pub(crate) enum Proxy {
    /// The one `HTTPS_PROXY`, `HTTP_PROXY` or `ALL_PROXY` names, unless `NO_PROXY` excludes the host.
    #[default]
    FromEnvironment,
    /// This one.
    Url(String),
    /// None.
    Direct,
}

impl Transport {
    /// The reqwest client, and a description of the proxy it goes through for `url`, if any.
    pub(crate) fn http_client(
        &self,
        url: &reqwest::Url,
    ) -> Result<(reqwest::Client, Option<String>), Error> {
        let settings = self;
        if let Some(client) = &settings.http_client {
            return Ok((client.clone(), None));
        }
        let mut http = reqwest::Client::builder()
            // A redirected create is not sent again: it is reported (see Error::InvalidResponse).
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(&settings.user_agent)
            .connect_timeout(settings.connect_timeout)
            .timeout(settings.timeout)
            .tls_danger_accept_invalid_certs(settings.accept_invalid_certificates);
        for source in &settings.ca_certificates {
            http = http.tls_certs_merge(certificates(source)?);
        }
        let proxy = match &settings.proxy {
            Proxy::Url(proxy) => {
                let parsed = reqwest::Proxy::all(proxy).map_err(|e| {
                    Error::Config(format!(
                        "invalid proxy URL {}: {e}",
                        without_password(proxy)
                    ))
                })?;
                http = http.proxy(parsed);
                Some(format!("the proxy {}", without_password(proxy)))
            }
            Proxy::Direct => {
                http = http.no_proxy();
                None
            }
            Proxy::FromEnvironment => from_environment(url),
        };
        let http = http
            .build()
            .map_err(|e| Error::Config(format!("cannot build the HTTP client: {e}")))?;
        Ok((http, proxy))
    }
}

fn certificates(source: &CaCertificates) -> Result<Vec<reqwest::Certificate>, Error> {
    let (pem, what) = match source {
        CaCertificates::File(path) => {
            let pem = std::fs::read(path).map_err(|e| {
                Error::Config(format!(
                    "cannot read the CA certificate file {}: {e}",
                    path.display()
                ))
            })?;
            (pem, path.display().to_string())
        }
        CaCertificates::Pem(pem) => (pem.clone(), "the CA certificate PEM".to_owned()),
    };
    let certs = reqwest::Certificate::from_pem_bundle(&pem)
        .map_err(|e| Error::Config(format!("{what} holds no PEM certificate: {e}")))?;
    if certs.is_empty() {
        return Err(Error::Config(format!("{what} holds no PEM certificate")));
    }
    Ok(certs)
}

/// The proxy the environment names for `url`, as reqwest picks it (the scheme's variable,
/// then `ALL_PROXY`, unless `NO_PROXY` lists the host), described for error messages.
fn from_environment(url: &reqwest::Url) -> Option<String> {
    let var = |name: &str| {
        [name.to_owned(), name.to_ascii_lowercase()]
            .into_iter()
            .find_map(|n| {
                std::env::var(&n)
                    .ok()
                    .filter(|v| !v.is_empty())
                    .map(|v| (n, v))
            })
    };
    let scheme_var = if url.scheme() == "https" {
        "HTTPS_PROXY"
    } else {
        "HTTP_PROXY"
    };
    let (name, proxy) = var(scheme_var).or_else(|| var("ALL_PROXY"))?;
    let host = url.host_str().unwrap_or_default();
    let excluded = var("NO_PROXY").is_some_and(|(_, list)| {
        list.split(',').map(str::trim).any(|entry| {
            let entry = entry.trim_start_matches('.');
            entry == "*" || host == entry || host.ends_with(&format!(".{entry}"))
        })
    });
    (!excluded).then(|| {
        format!(
            "the proxy {} (from {name}; ClientBuilder::no_proxy() or NO_PROXY={host} to connect directly)",
            without_password(&proxy)
        )
    })
}

/// A proxy URL with any password replaced, for messages.
fn without_password(proxy: &str) -> String {
    match reqwest::Url::parse(proxy) {
        Ok(mut url) if url.password().is_some() => {
            let _ = url.set_password(Some("****"));
            url.to_string()
        }
        _ => proxy.to_owned(),
    }
}
