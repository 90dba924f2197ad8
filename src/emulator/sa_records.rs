//! What the emulator keeps of a service account ([`StoredServiceAccount`]) and of its secrets
//! ([`StoredSecret`]): a secret only as its SHA-256 hash and its mask, so that nothing stored
//! can leak it, and MongoDB's rules about secrets (at most 2, expired ones included; a new one
//! cuts the others to 7 days).

use chrono::{DateTime, Duration, Utc};

use super::principal::{Grant, Principal, Scope, Who};
use super::table::Record;
use super::tokens::sha256;

/// Secrets one service account holds at most, expired ones included (MongoDB's limit).
pub(crate) const MAX_SECRETS: usize = 2;

/// How long the other secrets of an account live at most once a new one is made (MongoDB's
/// rotation rule).
pub(crate) const ROTATION_CUT: Duration = Duration::days(7);

/// A secret of a service account.
#[derive(Clone, Debug)]
pub(crate) struct StoredSecret {
    pub(crate) id: String,
    pub(crate) hash: [u8; 32],
    /// `mdb_sa_sk_...` and its last four characters.
    pub(crate) masked: String,
    pub(crate) created_at: DateTime<Utc>,
    pub(crate) expires_at: DateTime<Utc>,
    pub(crate) last_used_at: Option<DateTime<Utc>>,
}

impl StoredSecret {
    /// A secret `id` of value `secret`, made `now` and valid `hours`.
    pub(crate) fn new(id: String, secret: &str, now: DateTime<Utc>, hours: u32) -> Self {
        StoredSecret {
            id,
            hash: sha256(secret),
            masked: mask(secret),
            created_at: now,
            expires_at: now + Duration::hours(i64::from(hours)),
            last_used_at: None,
        }
    }

    /// Whether it has expired at `now`.
    pub(crate) fn expired(&self, now: DateTime<Utc>) -> bool {
        self.expires_at <= now
    }
}

/// A secret as every read after its creation shows it: `mdb_sa_sk_...` and its last four
/// characters (MongoDB's docs show `mdb_sa_sk_...`; the tail tells two secrets apart).
pub(crate) fn mask(secret: &str) -> String {
    let tail: String = {
        let count = secret.chars().count();
        secret.chars().skip(count.saturating_sub(4)).collect()
    };
    format!("mdb_sa_sk_...{tail}")
}

/// A service account of an organization.
#[derive(Clone, Debug)]
pub(crate) struct StoredServiceAccount {
    pub(crate) client_id: String,
    pub(crate) org_id: String,
    pub(crate) name: String,
    pub(crate) description: String,
    pub(crate) created_at: DateTime<Utc>,
    /// Its roles in the organization and in projects.
    pub(crate) grants: Vec<Grant>,
    /// Its secrets, oldest first: at most [`MAX_SECRETS`].
    pub(crate) secrets: Vec<StoredSecret>,
}

impl Record for StoredServiceAccount {
    fn id(&self) -> &str {
        &self.client_id
    }
}

impl StoredServiceAccount {
    /// Who it is when it calls the API.
    pub(crate) fn who(&self) -> Who {
        Who::ServiceAccount {
            client_id: self.client_id.clone(),
        }
    }

    /// What a token of it acts as: its roles as they are now.
    pub(crate) fn principal(&self) -> Principal {
        Principal {
            who: self.who(),
            grants: self.grants.as_slice().into(),
        }
    }

    /// Its organization roles, each once, in the order they were granted.
    pub(crate) fn org_roles(&self) -> Vec<String> {
        self.roles_where(|scope| matches!(scope, Scope::Org(_)))
    }

    /// Its roles in project `group_id`, each once.
    pub(crate) fn project_roles(&self, group_id: &str) -> Vec<String> {
        self.roles_where(|scope| matches!(scope, Scope::Project(p) if p == group_id))
    }

    /// The projects it holds roles in, in the order of its grants.
    pub(crate) fn projects(&self) -> Vec<String> {
        let mut projects: Vec<String> = Vec::new();
        for grant in &self.grants {
            if let Scope::Project(p) = &grant.scope
                && !projects.contains(p)
            {
                projects.push(p.clone());
            }
        }
        projects
    }

    fn roles_where(&self, wanted: impl Fn(&Scope) -> bool) -> Vec<String> {
        let mut roles: Vec<String> = Vec::new();
        for grant in self.grants.iter().filter(|g| wanted(&g.scope)) {
            if !roles.contains(&grant.role) {
                roles.push(grant.role.clone());
            }
        }
        roles
    }

    /// Adds `secret`, cutting every other secret to expire at most [`ROTATION_CUT`] after
    /// `now`; `false` (nothing changed) when it holds [`MAX_SECRETS`] already.
    pub(crate) fn add_secret(&mut self, secret: StoredSecret, now: DateTime<Utc>) -> bool {
        if self.secrets.len() >= MAX_SECRETS {
            return false;
        }
        let cut = now + ROTATION_CUT;
        for other in &mut self.secrets {
            other.expires_at = other.expires_at.min(cut);
        }
        self.secrets.push(secret);
        true
    }

    /// The secret whose value hashes to `hash`, compared in constant time with each.
    pub(crate) fn secret_matching(&self, hash: &[u8; 32]) -> Option<&StoredSecret> {
        let mut found = None;
        for secret in &self.secrets {
            if crate::digest::constant_time_eq(&secret.hash, hash) {
                found = Some(secret);
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn account() -> StoredServiceAccount {
        StoredServiceAccount {
            client_id: "c".into(),
            org_id: "o".into(),
            name: "n".into(),
            description: "d".into(),
            created_at: DateTime::UNIX_EPOCH,
            grants: vec![
                Grant::project("p", "GROUP_READ_ONLY"),
                Grant::org("o", "ORG_MEMBER"),
                Grant::org("o", "ORG_MEMBER"),
            ],
            secrets: Vec::new(),
        }
    }

    #[test]
    fn a_new_secret_cuts_the_others_to_seven_days_and_a_third_is_refused() {
        let mut sa = account();
        let start = DateTime::UNIX_EPOCH;
        let year = StoredSecret::new("1".into(), "mdb_sa_sk_aaaa", start, 8760);
        let short = StoredSecret::new("2".into(), "mdb_sa_sk_bbbb", start, 8);
        assert!(sa.add_secret(year, start));
        let later = start + Duration::days(30);
        assert!(sa.add_secret(short, later));
        assert_eq!(sa.secrets[0].expires_at, later + ROTATION_CUT, "cut");
        let third = StoredSecret::new("3".into(), "mdb_sa_sk_cccc", later, 8);
        assert!(!sa.add_secret(third, later), "two are held");
        // An expired secret still counts.
        assert!(sa.secrets[1].expired(later + Duration::hours(8)));
        assert_eq!(sa.secrets.len(), MAX_SECRETS);
        assert_eq!(
            sa.secret_matching(&sha256("mdb_sa_sk_bbbb"))
                .map(|s| s.id.as_str()),
            Some("2")
        );
        assert!(sa.secret_matching(&sha256("mdb_sa_sk_cccc")).is_none());
        assert_eq!(sa.secrets[1].masked, "mdb_sa_sk_...bbbb");
    }

    #[test]
    fn roles_are_listed_once_per_scope() {
        let sa = account();
        assert_eq!(sa.org_roles(), ["ORG_MEMBER"]);
        assert_eq!(sa.project_roles("p"), ["GROUP_READ_ONLY"]);
        assert!(sa.project_roles("q").is_empty());
        assert_eq!(sa.projects(), ["p"]);
        assert_eq!(mask("ab"), "mdb_sa_sk_...ab");
    }
}
