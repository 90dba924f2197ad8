//! The `emulator` target's input: what `arbitrary` decodes the fuzzer's bytes into (the order
//! of variants and fields is how bytes are read: `fuzz/make_emulator_seeds.py` writes seeds
//! with the same order), and how each part is rendered into a request.

use arbitrary::Arbitrary;
use serde_json::{Value, json};

#[derive(Arbitrary, Debug)]
pub struct Input {
    pub first: Req,
    pub more: Vec<Req>,
}

#[derive(Arbitrary, Debug)]
pub struct Req {
    pub method: Method,
    pub path: Path,
    pub query: Query,
    pub auth: Auth,
    pub content_type: ContentType,
    pub headers: Vec<(String, String)>,
    pub body: BodyChoice,
}

#[derive(Arbitrary, Debug)]
pub enum Method {
    Post,
    Get,
    Put,
    Delete,
    Patch,
    Head,
    Options,
    Other(String),
}

/// An API, by its paths' prefix.
#[derive(Arbitrary, Debug, Clone, Copy)]
pub enum Product {
    Atlas,
    OpsManager,
    /// The Atlas Admin API v2 (the request names its version in `Accept`).
    AtlasV2,
}

impl Product {
    fn base(self) -> &'static str {
        match self {
            Product::Atlas => "/api/atlas/v1.0",
            Product::OpsManager => "/api/public/v1.0",
            Product::AtlasV2 => "/api/atlas/v2",
        }
    }
}

#[derive(Arbitrary, Debug)]
pub enum Id {
    Org,
    Project,
    User,
    /// An ObjectId of no resource.
    Unknown([u8; 12]),
    /// Anything, written into the path as it is (percent signs, dots, slashes...).
    Raw(String),
}

#[derive(Arbitrary, Debug)]
pub enum Path {
    OrgKeys(Product, Id),
    ProjectKeys(Product, Id),
    AgentKeys(Product, Id),
    UserKeys(Product, Id),
    Control(Control),
    /// A real shape with something appended (`/`, a segment, an encoded character).
    Suffixed(Box<Path>, String),
    Raw(String),
    /// An organization's service accounts (`/orgs/{id}/serviceAccounts`), then one of them
    /// and what is under it.
    ServiceAccounts(Product, Id, Option<(Account, SaTail)>),
    /// A project's service accounts (`/groups/{id}/serviceAccounts`), then one of them
    /// (`:invite` with `true`).
    ProjectServiceAccounts(Product, Id, Option<(Account, bool)>),
}

/// A service account a path names.
#[derive(Arbitrary, Debug)]
pub enum Account {
    /// The fixture service account.
    Fixture,
    /// A client ID of no service account.
    Unknown([u8; 12]),
    Raw(String),
}

/// What follows a service account in a path.
#[derive(Arbitrary, Debug)]
pub enum SaTail {
    None,
    Groups,
    Secrets,
    Secret(String),
    AccessList,
    Entry(String),
}

#[derive(Arbitrary, Debug)]
pub enum Control {
    Stats,
    Faults,
    ExpireNonces,
    Other(String),
    Clock,
}

#[derive(Arbitrary, Debug)]
pub enum Query {
    None,
    Pairs(Vec<(QueryName, QueryValue)>),
    Raw(String),
}

#[derive(Arbitrary, Debug)]
pub enum QueryName {
    Envelope,
    Pretty,
    PageNum,
    ItemsPerPage,
    IncludeCount,
    Other(String),
}

#[derive(Arbitrary, Debug)]
pub enum QueryValue {
    True,
    False,
    Number(i64),
    Other(String),
}

#[derive(Arbitrary, Debug)]
pub enum Who {
    /// The fixture user (Organization Owner).
    User,
    /// One of the fixture keys (Organization Member; Project Owner).
    FixtureKey(u8),
    /// A key an earlier request of this input created.
    Created(u8),
    /// A name the emulator does not know.
    Stranger(String),
}

#[derive(Arbitrary, Debug)]
pub enum NonceChoice {
    Fresh,
    /// The nonce of the previous signed request (a replay when `nc` repeats).
    Previous,
    Raw(String),
}

#[derive(Arbitrary, Debug)]
pub enum Auth {
    None,
    Raw(String),
    Bearer(String),
    Signed {
        who: Who,
        nonce: NonceChoice,
        nc: u32,
        cnonce: String,
        /// Sign another method or request-target than the one sent.
        method: Option<String>,
        uri: Option<String>,
        wrong_password: bool,
        /// The challenge as the client understood it: another realm, algorithm, qop, or a
        /// `userhash`/`opaque`.
        realm: Option<String>,
        algorithm: Option<u8>,
        no_qop: bool,
        auth_int: bool,
        userhash: bool,
        opaque: Option<String>,
    },
}

#[derive(Arbitrary, Debug)]
pub enum ContentType {
    Json,
    None,
    Other(String),
}

#[derive(Arbitrary, Debug)]
pub enum BodyChoice {
    Empty,
    Raw(Vec<u8>),
    Key {
        desc: Option<Text>,
        roles: Option<Vec<Role>>,
        extra: Option<(String, Value8)>,
    },
    Agent {
        desc: Option<Text>,
    },
    User {
        description: Option<Text>,
    },
    Fault {
        status: Option<u16>,
        retry_after: Option<u64>,
        delay_ms: Option<u64>,
        count: u32,
    },
    /// A service account to create or change (or, with only `hours`, a secret).
    ServiceAccount {
        name: Option<Text>,
        description: Option<Text>,
        roles: Option<Vec<Role>>,
        hours: Option<Value8>,
    },
    /// `POST /_emulator/clock`.
    Clock(u64),
}

#[derive(Arbitrary, Debug)]
pub enum Text {
    Short,
    Long(u8),
    Any(String),
    NotAString(Value8),
}

#[derive(Arbitrary, Debug)]
pub enum Value8 {
    Null,
    Bool(bool),
    Number(f64),
    Int(i64),
    Array,
    Object,
}

impl Value8 {
    fn json(&self) -> Value {
        match self {
            Value8::Null => Value::Null,
            Value8::Bool(b) => json!(b),
            Value8::Number(n) => json!(n),
            Value8::Int(n) => json!(n),
            Value8::Array => json!([1, "x"]),
            Value8::Object => json!({"a": 1}),
        }
    }
}

const ROLES: &[&str] = &[
    "ORG_OWNER",
    "ORG_MEMBER",
    "ORG_GROUP_CREATOR",
    "ORG_BILLING_ADMIN",
    "ORG_BILLING_READ_ONLY",
    "ORG_READ_ONLY",
    "GROUP_OWNER",
    "GROUP_READ_ONLY",
    "GROUP_DATA_ACCESS_ADMIN",
    "GROUP_AUTOMATION_ADMIN",
    "GROUP_SEARCH_INDEX_EDITOR",
];

#[derive(Arbitrary, Debug)]
pub enum Role {
    Known(u8),
    Other(String),
    NotAString(Value8),
}

impl Role {
    fn json(&self) -> Value {
        match self {
            Role::Known(i) => json!(ROLES[usize::from(*i) % ROLES.len()]),
            Role::Other(s) => json!(s),
            Role::NotAString(v) => v.json(),
        }
    }
}

impl Text {
    fn json(&self) -> Value {
        match self {
            Text::Short => json!("CI deployer"),
            // Around the 250-character limit, with a multi-byte character.
            Text::Long(n) => json!("\u{e9}".repeat(240 + usize::from(*n % 20))),
            Text::Any(s) => json!(s),
            Text::NotAString(v) => v.json(),
        }
    }
}

impl Method {
    pub fn name(&self) -> String {
        match self {
            Method::Post => "POST".into(),
            Method::Get => "GET".into(),
            Method::Put => "PUT".into(),
            Method::Delete => "DELETE".into(),
            Method::Patch => "PATCH".into(),
            Method::Head => "HEAD".into(),
            Method::Options => "OPTIONS".into(),
            Method::Other(name) => name.clone(),
        }
    }
}

impl Id {
    fn render(&self, f: &mongodb_api_keys::emulator::Fixtures) -> String {
        match self {
            Id::Org => f.org_id.clone(),
            Id::Project => f.project_id.clone(),
            Id::User => f.user_id.clone(),
            Id::Unknown(bytes) => bytes.iter().map(|b| format!("{b:02x}")).collect(),
            Id::Raw(raw) => raw.clone(),
        }
    }
}

impl Path {
    pub fn render(&self, f: &mongodb_api_keys::emulator::Fixtures) -> String {
        match self {
            Path::OrgKeys(p, id) => format!("{}/orgs/{}/apiKeys", p.base(), id.render(f)),
            Path::ProjectKeys(p, id) => format!("{}/groups/{}/apiKeys", p.base(), id.render(f)),
            Path::AgentKeys(p, id) => format!("{}/groups/{}/agentapikeys", p.base(), id.render(f)),
            Path::UserKeys(p, id) => format!("{}/users/{}/keys", p.base(), id.render(f)),
            Path::Control(Control::Stats) => "/_emulator/stats".into(),
            Path::Control(Control::Faults) => "/_emulator/faults".into(),
            Path::Control(Control::ExpireNonces) => "/_emulator/expire-nonces".into(),
            Path::Control(Control::Other(rest)) => format!("/_emulator/{rest}"),
            Path::Suffixed(path, suffix) => format!("{}{suffix}", path.render(f)),
            Path::Raw(raw) => raw.clone(),
            Path::Control(Control::Clock) => "/_emulator/clock".into(),
            Path::ServiceAccounts(p, id, one) => {
                let list = format!("{}/orgs/{}/serviceAccounts", p.base(), id.render(f));
                let Some((account, tail)) = one else {
                    return list;
                };
                let tail = match tail {
                    SaTail::None => String::new(),
                    SaTail::Groups => "/groups".into(),
                    SaTail::Secrets => "/secrets".into(),
                    SaTail::Secret(id) => format!("/secrets/{id}"),
                    SaTail::AccessList => "/accessList".into(),
                    SaTail::Entry(entry) => format!("/accessList/{entry}"),
                };
                format!("{list}/{}{tail}", account.render(f))
            }
            Path::ProjectServiceAccounts(p, id, one) => {
                let list = format!("{}/groups/{}/serviceAccounts", p.base(), id.render(f));
                match one {
                    None => list,
                    Some((account, false)) => format!("{list}/{}", account.render(f)),
                    Some((account, true)) => format!("{list}/{}:invite", account.render(f)),
                }
            }
        }
    }
}

impl Account {
    fn render(&self, f: &mongodb_api_keys::emulator::Fixtures) -> String {
        match self {
            Account::Fixture => f.client_id.clone(),
            Account::Unknown(bytes) => {
                let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
                format!("mdb_sa_id_{hex}")
            }
            Account::Raw(raw) => raw.clone(),
        }
    }
}

impl Query {
    pub fn render(&self) -> Option<String> {
        match self {
            Query::None => None,
            Query::Raw(raw) => Some(raw.clone()),
            Query::Pairs(pairs) => Some(
                pairs
                    .iter()
                    .take(6)
                    .map(|(name, value)| {
                        let name = match name {
                            QueryName::Envelope => "envelope",
                            QueryName::Pretty => "pretty",
                            QueryName::PageNum => "pageNum",
                            QueryName::ItemsPerPage => "itemsPerPage",
                            QueryName::IncludeCount => "includeCount",
                            QueryName::Other(other) => other.as_str(),
                        };
                        let value = match value {
                            QueryValue::True => "true".to_owned(),
                            QueryValue::False => "false".to_owned(),
                            QueryValue::Number(n) => n.to_string(),
                            QueryValue::Other(other) => other.clone(),
                        };
                        format!("{name}={value}")
                    })
                    .collect::<Vec<_>>()
                    .join("&"),
            ),
        }
    }
}

impl BodyChoice {
    pub fn render(&self) -> Vec<u8> {
        let mut object = serde_json::Map::new();
        match self {
            BodyChoice::Empty => return Vec::new(),
            BodyChoice::Raw(bytes) => return bytes.clone(),
            BodyChoice::Key { desc, roles, extra } => {
                if let Some(desc) = desc {
                    object.insert("desc".into(), desc.json());
                }
                if let Some(roles) = roles {
                    let roles = roles.iter().take(4).map(Role::json).collect();
                    object.insert("roles".into(), Value::Array(roles));
                }
                if let Some((name, value)) = extra {
                    object.insert(name.clone(), value.json());
                }
            }
            BodyChoice::Agent { desc } => {
                if let Some(desc) = desc {
                    object.insert("desc".into(), desc.json());
                }
            }
            BodyChoice::User { description } => {
                if let Some(description) = description {
                    object.insert("description".into(), description.json());
                }
            }
            BodyChoice::Fault {
                status,
                retry_after,
                delay_ms,
                count,
            } => {
                object.insert("status".into(), json!(status));
                object.insert("retryAfter".into(), json!(retry_after));
                object.insert("delayMs".into(), json!(delay_ms));
                object.insert("count".into(), json!(count));
            }
            BodyChoice::ServiceAccount {
                name,
                description,
                roles,
                hours,
            } => {
                if let Some(name) = name {
                    object.insert("name".into(), name.json());
                }
                if let Some(description) = description {
                    object.insert("description".into(), description.json());
                }
                if let Some(roles) = roles {
                    let roles = roles.iter().take(4).map(Role::json).collect();
                    object.insert("roles".into(), Value::Array(roles));
                }
                if let Some(hours) = hours {
                    object.insert("secretExpiresAfterHours".into(), hours.json());
                }
            }
            BodyChoice::Clock(seconds) => {
                object.insert("advanceSeconds".into(), json!(seconds));
            }
        }
        Value::Object(object).to_string().into_bytes()
    }
}
