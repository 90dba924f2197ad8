//! API access lists as MongoDB keeps them: each principal's entries and their use, and the
//! check every authenticated call passes ([`AccessLists::admit`]). A principal with entries
//! is admitted only from an address they cover, whatever the organization's setting; one
//! without entries is refused only when the organization requires an access list (`serve
//! --require-access-list`). Entries are kept per principal (an API key, a service account,
//! the fixture user), at most `MAX_ACCESS_LIST_ENTRIES` (500) each; a deleted key's go with it.

use std::net::IpAddr;

use chrono::{DateTime, SubsecRound, Utc};
use dashmap::DashMap;

use super::principal::Who;
use super::refusals::{self, MAX_ACCESS_LIST_ENTRIES};
use super::response::ApiFailure;
use crate::AccessListEntry;

/// The loopback addresses, on the lists of the fixture credentials when an access list is
/// required, so that they keep working from this machine.
const LOOPBACK: [&str; 2] = ["127.0.0.0/8", "::1/128"];

/// One entry and its use.
#[derive(Clone, Debug)]
pub(crate) struct Stored {
    pub(crate) entry: AccessListEntry,
    pub(crate) created: DateTime<Utc>,
    pub(crate) count: u64,
    pub(crate) last_used: Option<(DateTime<Utc>, IpAddr)>,
}

/// Every principal's access list.
pub(crate) struct AccessLists {
    required: bool,
    lists: DashMap<Who, Vec<Stored>>,
}

impl AccessLists {
    /// `required`: the organization requires an access list (`--require-access-list`).
    pub(crate) fn new(required: bool) -> Self {
        AccessLists {
            required,
            lists: DashMap::new(),
        }
    }

    /// Gives a fixture principal the loopback addresses, when an access list is required.
    pub(crate) fn admit_loopback(&self, who: Who) {
        if self.required {
            let loopback = LOOPBACK.map(|block| block.parse().expect("a valid CIDR block"));
            // Two entries on a new principal: far from the limit.
            let _ = self.add(who, &loopback);
        }
    }

    /// Whether `who` may call from `caller`; counts the use of the entry that admits it.
    pub(crate) fn admit(&self, who: &Who, caller: IpAddr) -> Result<(), ApiFailure> {
        let caller = caller.to_canonical();
        let Some(mut entries) = self.lists.get_mut(who).filter(|e| !e.is_empty()) else {
            return match self.required {
                true => Err(refusals::org_requires_access_list(&caller.to_string())),
                false => Ok(()),
            };
        };
        let Some(stored) = entries.iter_mut().find(|s| s.entry.contains(caller)) else {
            return Err(refusals::ip_address_not_on_access_list(&caller.to_string()));
        };
        stored.count += 1;
        stored.last_used = Some((now(), caller));
        Ok(())
    }

    /// Adds the entries `who` does not have yet (entries it has are left as they are), all or
    /// none: past [`MAX_ACCESS_LIST_ENTRIES`], nothing is added and `Err` says how many it has
    /// and how many were new. Its whole list, as it is now.
    pub(crate) fn add(
        &self,
        who: Who,
        entries: &[AccessListEntry],
    ) -> Result<Vec<Stored>, (usize, usize)> {
        let mut list = self.lists.entry(who).or_default();
        let mut new: Vec<AccessListEntry> = Vec::new();
        for entry in entries {
            // One entry per block, as MongoDB names them: 192.0.2.1 is 192.0.2.1/32.
            let block = entry.cidr_block();
            let known = list.iter().any(|s| s.entry.cidr_block() == block)
                || new.iter().any(|n| n.cidr_block() == block);
            if !known {
                new.push(*entry);
                if list.len() + new.len() > MAX_ACCESS_LIST_ENTRIES {
                    return Err((list.len(), new.len()));
                }
            }
        }
        list.extend(new.into_iter().map(|entry| Stored {
            entry,
            created: now(),
            count: 0,
            last_used: None,
        }));
        Ok(list.clone())
    }

    /// `who`'s entries, in the order they were added.
    pub(crate) fn entries(&self, who: &Who) -> Vec<Stored> {
        self.lists.get(who).map(|l| l.clone()).unwrap_or_default()
    }

    /// `who`'s entry for the block of `entry` (an address is its `/32` or `/128`).
    pub(crate) fn find(&self, who: &Who, entry: &AccessListEntry) -> Option<Stored> {
        let block = entry.cidr_block();
        let list = self.lists.get(who)?;
        list.iter().find(|s| s.entry.cidr_block() == block).cloned()
    }

    /// Removes `who`'s entry for the block of `entry`, unless `keep` says otherwise; whether
    /// one was removed, or `Err` with what `keep` said.
    pub(crate) fn remove<E>(
        &self,
        who: &Who,
        entry: &AccessListEntry,
        keep: impl FnOnce(&Stored) -> Result<(), E>,
    ) -> Result<bool, E> {
        let block = entry.cidr_block();
        let Some(mut list) = self.lists.get_mut(who) else {
            return Ok(false);
        };
        let Some(at) = list.iter().position(|s| s.entry.cidr_block() == block) else {
            return Ok(false);
        };
        keep(&list[at])?;
        list.remove(at);
        Ok(true)
    }

    /// Forgets `who`'s list (a deleted key's).
    pub(crate) fn forget(&self, who: &Who) {
        self.lists.remove(who);
    }
}

/// Now, to the second, as MongoDB's dates are.
fn now() -> DateTime<Utc> {
    DateTime::<Utc>::from(std::time::SystemTime::now()).trunc_subsecs(0)
}
