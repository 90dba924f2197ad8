//! Which product a client talks to, and where each operation lives: Atlas serves the
//! versioned Admin API v2 (`/api/atlas/v2`, a dated media type per resource) and the
//! deprecated v1.0 (`/api/atlas/v1.0`); Ops Manager and Cloud Manager serve
//! `/api/public/v1.0`. A client is given one base URL; each operation picks its own path.

use reqwest::Url;

/// The product a client's base URL names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Product {
    /// MongoDB Atlas: a base URL with no path (`https://cloud.mongodb.com`), or under
    /// `/api/atlas/`.
    Atlas,
    /// Ops Manager, or Cloud Manager (Ops Manager's API hosted by MongoDB): a base URL under
    /// `/api/public/`.
    OpsManager,
}

/// An API an operation belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Api {
    /// Atlas Admin API v2.
    AtlasV2,
    /// Atlas Admin API v1.0, deprecated by MongoDB.
    AtlasV1,
    /// Ops Manager and Cloud Manager.
    Public,
}

impl Api {
    /// Every API, in the order [`Root`] keeps their URLs.
    const ALL: [Api; 3] = [Api::AtlasV2, Api::AtlasV1, Api::Public];

    /// The path segments every operation of this API starts with.
    pub(crate) fn segments(self) -> &'static [&'static str] {
        match self {
            Api::AtlasV2 => &["api", "atlas", "v2"],
            Api::AtlasV1 => &["api", "atlas", "v1.0"],
            Api::Public => &["api", "public", "v1.0"],
        }
    }
}

/// Where a client's operations go: each API's URL under the base URL's origin (and any path
/// a reverse proxy mounts the API under), and the product.
#[derive(Clone, Debug)]
pub(crate) struct Root {
    pub(crate) product: Product,
    /// Each API's URL under it ([`Api::ALL`]'s order), made once: a call appends only its
    /// own path to a copy.
    apis: [Url; 3],
}

impl Root {
    /// The root of `base`: `https://h/api/atlas/v1.0`, `https://h/api/atlas/v2` and
    /// `https://h` are Atlas at `https://h`; `https://h/api/public/v1.0` is Ops Manager at
    /// `https://h`; `https://h/mongo/api/public/v1.0` is Ops Manager at `https://h/mongo`. A
    /// path that names no API is where Atlas's API is mounted.
    pub(crate) fn of(base: &Url) -> Root {
        let path = base.path();
        let (mount, product) = if let Some(at) = path.find("/api/public/") {
            (&path[..at], Product::OpsManager)
        } else if let Some(at) = path.find("/api/atlas/") {
            (&path[..at], Product::Atlas)
        } else if path.ends_with("/api/public") {
            (path.trim_end_matches("/api/public"), Product::OpsManager)
        } else {
            (path.trim_end_matches("/api/atlas"), Product::Atlas)
        };
        let mut url = base.clone();
        url.set_path(mount.trim_end_matches('/'));
        url.set_query(None);
        url.set_fragment(None);
        let apis = Api::ALL.map(|api| {
            let mut under = url.clone();
            if let Ok(mut segments) = under.path_segments_mut() {
                segments.pop_if_empty().extend(api.segments());
            }
            under
        });
        Root { product, apis }
    }

    /// The URL every operation of `api` starts with (`https://h/api/atlas/v2`).
    pub(crate) fn api_url(&self, api: Api) -> &Url {
        let at = Api::ALL.iter().position(|a| *a == api).unwrap_or(0);
        &self.apis[at]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root(url: &str) -> (String, Product) {
        let root = Root::of(&Url::parse(url).unwrap());
        let public = root.api_url(Api::Public).as_str();
        let atlas = root.api_url(Api::AtlasV2).as_str();
        let mount = public.strip_suffix("/api/public/v1.0").unwrap();
        assert_eq!(atlas.strip_suffix("/api/atlas/v2"), Some(mount));
        (mount.to_owned(), root.product)
    }

    #[test]
    fn every_form_of_base_url_names_its_origin_and_product() {
        let atlas = ("https://cloud.mongodb.com".to_owned(), Product::Atlas);
        assert_eq!(root("https://cloud.mongodb.com"), atlas);
        assert_eq!(root("https://cloud.mongodb.com/"), atlas);
        assert_eq!(root("https://cloud.mongodb.com/api/atlas/v1.0"), atlas);
        assert_eq!(root("https://cloud.mongodb.com/api/atlas/v2/"), atlas);
        assert_eq!(
            root("https://cloud.mongodb.com/api/public/v1.0"),
            ("https://cloud.mongodb.com".to_owned(), Product::OpsManager)
        );
        assert_eq!(
            root("http://om.internal:8080/mongo/api/public/v1.0"),
            (
                "http://om.internal:8080/mongo".to_owned(),
                Product::OpsManager
            )
        );
        assert_eq!(
            root("http://127.0.0.1:9/proxy"),
            ("http://127.0.0.1:9/proxy".to_owned(), Product::Atlas)
        );
    }
}

/// What MongoDB said about the API version of a resource this client called: the
/// `Deprecation` and `Sunset` headers of its answers (RFC 9745, RFC 8594). After the sunset
/// the version is no longer served (`Error::ApiVersion`, HTTP 410). The first such answer is
/// kept ([`super::Client::deprecation`]) and logged once as a `tracing` warning; the CLI
/// prints it once on stderr.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Deprecation {
    /// The versioned media type the deprecated resource was called with.
    pub media_type: String,
    /// The `Deprecation` header: when the version was deprecated, as sent.
    pub deprecated: Option<String>,
    /// The `Sunset` header: when the version stops being served, as sent.
    pub sunset: Option<String>,
}

impl std::fmt::Display for Deprecation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "MongoDB deprecated the API version {} this client speaks",
            super::printable(&self.media_type)
        )?;
        if let Some(when) = &self.deprecated {
            write!(f, " (since {})", super::printable(when))?;
        }
        match &self.sunset {
            Some(sunset) => write!(
                f,
                "; it stops being served on {}: upgrade mongodb-api-keys before then",
                super::printable(sunset)
            ),
            None => write!(f, "; upgrade mongodb-api-keys"),
        }
    }
}
