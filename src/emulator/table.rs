//! [`Table`]: records by ID in the order they were made, at most `max` of them, for the
//! resources the API lists, reads, changes and deletes (an organization's API keys, a
//! project's agent keys). A list pages through them in creation order, as MongoDB's lists
//! are stable; a deleted record makes room for a new one.
//!
//! One lock per table, taken only by the operations on that resource, never by
//! authentication: reading a credential takes none of these. A full table refuses a new
//! record on an atomic count, before anything is made or locked.

use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{RwLock, RwLockReadGuard, RwLockWriteGuard};

/// A record a table can hold: it knows its ID.
pub(crate) trait Record: Clone {
    /// Its ID (24 hexadecimal digits).
    fn id(&self) -> &str;
}

/// Records by ID, in creation order, at most `max`.
pub(crate) struct Table<T> {
    held: AtomicUsize,
    /// The most records it holds.
    pub(crate) max: usize,
    inner: RwLock<Inner<T>>,
}

struct Inner<T> {
    /// ID -> (creation number, record).
    by_id: HashMap<String, (u64, T)>,
    /// Creation number -> ID: the order of lists.
    order: BTreeMap<u64, String>,
    made: u64,
}

/// One page of a table: its records, and how many records matched in all.
pub(crate) struct Page<T> {
    pub(crate) records: Vec<T>,
    pub(crate) total: usize,
}

impl<T: Record> Table<T> {
    /// An empty table of at most `max` records.
    pub(crate) fn new(max: usize) -> Self {
        Table {
            held: AtomicUsize::new(0),
            max,
            inner: RwLock::new(Inner {
                by_id: HashMap::new(),
                order: BTreeMap::new(),
                made: 0,
            }),
        }
    }

    fn read(&self) -> RwLockReadGuard<'_, Inner<T>> {
        self.inner.read().unwrap_or_else(|p| p.into_inner())
    }

    fn write(&self) -> RwLockWriteGuard<'_, Inner<T>> {
        self.inner.write().unwrap_or_else(|p| p.into_inner())
    }

    /// Counts one more record, to be [`Self::insert`]ed or [`Self::give_back`]; `false`
    /// (nothing counted) when `max` are held.
    pub(crate) fn reserve(&self) -> bool {
        self.held
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
                (n < self.max).then_some(n + 1)
            })
            .is_ok()
    }

    /// Gives back a reservation whose record was not made after all.
    pub(crate) fn give_back(&self) {
        self.held.fetch_sub(1, Ordering::AcqRel);
    }

    /// Stores `record`, reserved with [`Self::reserve`], as the newest.
    pub(crate) fn insert(&self, record: T) {
        let mut inner = self.write();
        inner.made += 1;
        let made = inner.made;
        inner.order.insert(made, record.id().to_owned());
        inner.by_id.insert(record.id().to_owned(), (made, record));
    }

    /// The record `id`.
    pub(crate) fn get(&self, id: &str) -> Option<T> {
        self.read().by_id.get(id).map(|(_, r)| r.clone())
    }

    /// Changes the record `id` with `change`, which sees it under the table's lock (so that
    /// what it does alongside, such as a credential's roles, is ordered with every other
    /// change and delete of the record); the record as it is now.
    pub(crate) fn update<E>(
        &self,
        id: &str,
        change: impl FnOnce(&mut T) -> Result<(), E>,
    ) -> Option<Result<T, E>> {
        let mut inner = self.write();
        let (_, record) = inner.by_id.get_mut(id)?;
        Some(change(record).map(|()| record.clone()))
    }

    /// Removes the record `id` if `remove` says so (under the table's lock, like
    /// [`Self::update`]); the record removed, which makes room for another.
    pub(crate) fn remove_if(&self, id: &str, remove: impl FnOnce(&T) -> bool) -> Option<T> {
        let mut inner = self.write();
        let (made, record) = inner.by_id.get(id)?;
        if !remove(record) {
            return None;
        }
        let made = *made;
        inner.order.remove(&made);
        let (_, record) = inner.by_id.remove(id)?;
        drop(inner);
        self.give_back();
        Some(record)
    }

    /// The records `wanted` keeps, in creation order: `count` of them from the `skip`th on,
    /// and how many it keeps in all.
    pub(crate) fn page(&self, wanted: impl Fn(&T) -> bool, skip: usize, count: usize) -> Page<T> {
        let inner = self.read();
        let mut records = Vec::new();
        let mut total = 0;
        for id in inner.order.values() {
            let Some((_, record)) = inner.by_id.get(id) else {
                continue;
            };
            if !wanted(record) {
                continue;
            }
            if total >= skip && records.len() < count {
                records.push(record.clone());
            }
            total += 1;
        }
        Page { records, total }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Clone, Debug, PartialEq)]
    struct Item(String, u32);

    impl Record for Item {
        fn id(&self) -> &str {
            &self.0
        }
    }

    fn item(n: u32) -> Item {
        Item(format!("{n:024x}"), n)
    }

    #[test]
    fn records_page_in_creation_order_and_a_delete_makes_room() {
        let table = Table::new(3);
        for n in [5, 1, 9] {
            assert!(table.reserve());
            table.insert(item(n));
        }
        assert!(!table.reserve(), "three are held");
        let page = table.page(|_| true, 1, 5);
        assert_eq!((page.records, page.total), (vec![item(1), item(9)], 3));
        let odd = table.page(|i| i.1 > 4, 0, 1);
        assert_eq!((odd.records, odd.total), (vec![item(5)], 2));
        assert_eq!(table.remove_if(&item(1).0, |_| false), None);
        assert_eq!(table.remove_if(&item(1).0, |_| true), Some(item(1)));
        assert_eq!(table.remove_if(&item(1).0, |_| true), None);
        assert!(table.reserve(), "the delete made room");
        table.insert(item(2));
        let ids: Vec<u32> = table
            .page(|_| true, 0, 9)
            .records
            .iter()
            .map(|i| i.1)
            .collect();
        assert_eq!(ids, [5, 9, 2]);
        let changed = table.update(&item(9).0, |i| {
            i.1 = 90;
            Ok::<(), ()>(())
        });
        assert_eq!(changed, Some(Ok(Item(item(9).0, 90))));
        assert_eq!(table.get(&item(9).0).map(|i| i.1), Some(90));
        assert_eq!(table.update(&item(7).0, |_| Ok::<(), ()>(())), None);
    }
}
