//! [`Fault`]: what `POST /_emulator/faults` (and `Emulator::inject`) asks the emulator to
//! answer instead of acting, or how late, and the bounds it is checked against: a status
//! only where the spec declares it (and `Retry-After` only where the spec gives that status
//! one), so that no fault makes the emulator answer outside its contract; and [`Faults`],
//! the queue of those waiting.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde::{Deserialize, Serialize};

use super::operations::{self, declared};

/// A fault the emulator applies to the next `count` authenticated API requests (to one
/// operation, or any), so that clients can be tested against rate limits, server errors and
/// slow answers (`POST /_emulator/faults` takes the same fields as JSON).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Fault {
    /// Answer this status instead of acting: nothing is created, changed or deleted. One the
    /// spec declares for every operation the fault applies to (for any operation: 400, 401,
    /// 403, 404, 429, 500 or 503; for one operation, any error status it declares, such as
    /// 409 for the access-list adds or 415 for an operation with a body).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// With `status` 429 or 503 (the answers the spec gives one): the `Retry-After` header,
    /// in seconds (at most a day).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u64>,
    /// Without `status`: act (create the key), then wait this long before answering, as a
    /// server that did the work but whose answer is late (at most 60,000).
    #[serde(default)]
    pub delay_ms: u64,
    /// How many requests it applies to (1 to 1,000).
    pub count: u32,
    /// How many requests it would apply to that it lets through first, untouched (0 to
    /// 1,000): `{"operation": "getOrgApiKey", "skip": 1, ...}` answers the second read of a
    /// key, not the first.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub skip: u32,
    /// Only requests to this operation (its `operationId`, such as `deleteOrgApiKey`, of any
    /// API); any operation when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation: Option<String>,
}

impl Fault {
    /// Most requests one fault may apply to.
    pub const MAX_COUNT: u32 = 1000;
    /// Longest delay, in milliseconds.
    pub const MAX_DELAY_MS: u64 = 60_000;
    /// Longest `Retry-After`, in seconds.
    pub const MAX_RETRY_AFTER: u64 = 86_400;
    /// Most faults waiting at once (each for up to [`Fault::MAX_COUNT`] requests).
    pub const MAX_QUEUED: usize = 1000;

    /// Why the emulator would refuse this fault, if it would.
    pub fn check(&self) -> Result<(), String> {
        if !(1..=Self::MAX_COUNT).contains(&self.count) {
            return Err(format!(
                "count must be 1 to {}, not {}",
                Self::MAX_COUNT,
                self.count
            ));
        }
        if self.skip > Self::MAX_COUNT {
            return Err(format!(
                "skip must be 0 to {}, not {}",
                Self::MAX_COUNT,
                self.skip
            ));
        }
        if self.delay_ms > Self::MAX_DELAY_MS {
            return Err(format!(
                "delayMs must be at most {} (60 s), not {}",
                Self::MAX_DELAY_MS,
                self.delay_ms
            ));
        }
        if let Some(name) = self
            .operation
            .as_deref()
            .filter(|n| operations::by_id(n).is_none())
        {
            let ids: Vec<&str> = operations::OPERATIONS.iter().map(|o| &*o.id).collect();
            return Err(format!(
                "operation {name:?} is not one of the spec's operationIds: {}",
                ids.join(", ")
            ));
        }
        self.check_status()
    }

    /// `status` and `retryAfter`: an error status the spec declares where the fault applies,
    /// and a `Retry-After` only with a status whose answer the spec gives one.
    fn check_status(&self) -> Result<(), String> {
        let operation = self.operation.as_deref();
        let declared = declared(operation, None);
        match (self.status, self.retry_after) {
            (Some(status), _) if !(400..=599).contains(&status) => Err(format!(
                "status must be an error status, 400 to 599, not {status}"
            )),
            (Some(status), _) if !declared.contains(&status) => Err(format!(
                "status {status} is not one the spec declares for {}: {}",
                operation.unwrap_or("every operation"),
                comma_separated(&declared)
            )),
            (Some(_), _) if self.delay_ms > 0 => Err(
                "give status or delayMs, not both: a refused request is answered at once".into(),
            ),
            (None, Some(_)) => Err("retryAfter needs a status (429 or 503, say)".into()),
            (Some(status), Some(_)) if !declared_with_retry_after(operation).contains(&status) => {
                Err(format!(
                    "retryAfter goes only with a status whose answer the spec gives a \
                     Retry-After header: {}, not {status}",
                    comma_separated(&declared_with_retry_after(operation))
                ))
            }
            (_, Some(seconds)) if seconds > Self::MAX_RETRY_AFTER => Err(format!(
                "retryAfter must be at most {} seconds, not {seconds}",
                Self::MAX_RETRY_AFTER
            )),
            _ => Ok(()),
        }
    }

    /// Whether it applies to a request to `operation` (its `operationId`).
    pub(crate) fn applies_to(&self, operation: Option<&str>) -> bool {
        self.operation.is_none() || self.operation.as_deref() == operation
    }
}

/// Pending faults, applied in order. Requests look at `pending` first, so that no lock is
/// taken on the request path while no fault is pending.
#[derive(Default)]
pub(crate) struct Faults {
    pending: AtomicUsize,
    queue: Mutex<VecDeque<Fault>>,
}

impl Faults {
    fn lock(&self) -> std::sync::MutexGuard<'_, VecDeque<Fault>> {
        self.queue.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Queues `fault` after checking its bounds, unless [`Fault::MAX_QUEUED`] are waiting.
    pub(crate) fn inject(&self, fault: Fault) -> Result<(), String> {
        fault.check()?;
        let mut queue = self.lock();
        if queue.len() >= Fault::MAX_QUEUED {
            return Err(format!(
                "{} faults are waiting, the most the emulator keeps; clear them \
                 (DELETE /_emulator/faults) or let requests use them up",
                Fault::MAX_QUEUED
            ));
        }
        queue.push_back(fault);
        self.pending.store(queue.len(), Ordering::Release);
        Ok(())
    }

    /// The fault for a request to `operation`, if one is pending: the first in the queue
    /// that applies to it.
    pub(crate) fn take(&self, operation: Option<&str>) -> Option<Fault> {
        if self.pending.load(Ordering::Acquire) == 0 {
            return None;
        }
        let mut queue = self.lock();
        let at = queue.iter().position(|f| f.applies_to(operation))?;
        let fault = &mut queue[at];
        if fault.skip > 0 {
            fault.skip -= 1;
            return None;
        }
        fault.count -= 1;
        let taken = Fault {
            count: 1,
            ..fault.clone()
        };
        if fault.count == 0 {
            queue.remove(at);
        }
        self.pending.store(queue.len(), Ordering::Release);
        Some(taken)
    }

    /// The pending faults, with the requests each still applies to.
    pub(crate) fn list(&self) -> Vec<Fault> {
        self.lock().iter().cloned().collect()
    }

    /// Forgets every pending fault.
    pub(crate) fn clear(&self) {
        let mut queue = self.lock();
        queue.clear();
        self.pending.store(0, Ordering::Release);
    }
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// The statuses whose answer declares `Retry-After` where a fault for `operation` applies.
fn declared_with_retry_after(operation: Option<&str>) -> Vec<u16> {
    declared(operation, Some("Retry-After"))
}

/// `statuses` for a message: `429, 503`.
fn comma_separated(statuses: &[u16]) -> String {
    let texts: Vec<String> = statuses.iter().map(u16::to_string).collect();
    texts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Faults each out of bounds in one way, starting from `ok`: (fault, what the error names).
    fn out_of_bounds(ok: &Fault) -> [(Fault, &'static str); 8] {
        [
            (
                Fault {
                    count: 4_294_967_295,
                    ..ok.clone()
                },
                "count",
            ),
            (
                Fault {
                    count: 0,
                    ..ok.clone()
                },
                "count",
            ),
            (
                Fault {
                    status: Some(200),
                    ..ok.clone()
                },
                "status",
            ),
            (
                Fault {
                    status: Some(600),
                    ..ok.clone()
                },
                "status",
            ),
            (
                Fault {
                    retry_after: Some(86_401),
                    ..ok.clone()
                },
                "retryAfter",
            ),
            (
                Fault {
                    status: None,
                    retry_after: None,
                    delay_ms: 60_001,
                    count: 1,
                    ..Fault::default()
                },
                "delayMs",
            ),
            (
                Fault {
                    skip: 1001,
                    ..ok.clone()
                },
                "skip",
            ),
            (
                Fault {
                    operation: Some("createOrgKey".into()),
                    ..ok.clone()
                },
                "createOrgApiKey",
            ),
        ]
    }

    #[test]
    fn faults_are_bounded() {
        let ok = Fault {
            status: Some(429),
            retry_after: Some(1),
            count: 2,
            ..Fault::default()
        };
        assert_eq!(ok.check(), Ok(()));
        for (bad, why) in out_of_bounds(&ok) {
            let error = bad.check().unwrap_err();
            assert!(error.contains(why), "{bad:?}: {error}");
        }
    }

    #[test]
    fn statuses_and_retry_after_only_where_the_spec_declares_them() {
        let fault = |status: u16, retry_after: Option<u64>, operation: Option<&str>| Fault {
            status: Some(status),
            retry_after,
            count: 1,
            operation: operation.map(str::to_owned),
            ..Fault::default()
        };
        for status in [400, 401, 403, 404, 429, 500, 503] {
            assert_eq!(fault(status, None, None).check(), Ok(()), "{status}");
        }
        // 406 and 410 only on the Admin API v2, 408, 413 and 415 only with a body.
        for status in [402, 405, 406, 408, 409, 410, 413, 415, 418, 502, 504, 599] {
            let error = fault(status, None, None).check().unwrap_err();
            assert!(error.contains("every operation"), "{status}: {error}");
        }
        for operation in [
            "createApiKeyAccessListEntries",
            "createOrgApiKeyAccessListEntry",
        ] {
            assert_eq!(fault(409, None, Some(operation)).check(), Ok(()));
        }
        for (status, operation) in [(406, "deleteOrgApiKey"), (415, "updateGroupApiKeyRoles")] {
            assert_eq!(fault(status, None, Some(operation)).check(), Ok(()));
        }
        let error = fault(415, None, Some("listOrgApiKeys"))
            .check()
            .unwrap_err();
        assert!(error.contains("for listOrgApiKeys"), "{error}");
        let error = fault(406, None, Some("deleteAgentApiKey"))
            .check()
            .unwrap_err();
        assert!(error.contains("deleteAgentApiKey"), "{error}");
        for status in [429, 503] {
            assert_eq!(fault(status, Some(5), None).check(), Ok(()), "{status}");
        }
        let error = fault(500, Some(5), None).check().unwrap_err();
        assert!(
            error.contains("Retry-After header: 429, 503, not 500"),
            "{error}"
        );
    }

    #[test]
    fn faults_apply_in_order_and_clear() {
        let faults = Faults::default();
        assert_eq!(faults.take(None), None);
        faults
            .inject(Fault {
                status: Some(500),
                count: 2,
                ..Fault::default()
            })
            .unwrap();
        faults
            .inject(Fault {
                delay_ms: 5,
                count: 1,
                ..Fault::default()
            })
            .unwrap();
        assert_eq!(faults.list().len(), 2);
        assert_eq!(faults.take(None).unwrap().status, Some(500));
        assert_eq!(faults.list()[0].count, 1);
        faults.clear();
        assert_eq!((faults.take(None), faults.list()), (None, vec![]));
    }

    #[test]
    fn a_fault_for_one_operation_leaves_the_others_alone() {
        let faults = Faults::default();
        let fault = Fault {
            status: Some(503),
            count: 1,
            operation: Some("deleteOrgApiKey".into()),
            ..Fault::default()
        };
        faults.inject(fault).unwrap();
        assert_eq!(faults.take(Some("createOrgApiKey")), None);
        assert_eq!(faults.take(None), None);
        assert_eq!(
            faults.take(Some("deleteOrgApiKey")).unwrap().status,
            Some(503)
        );
        assert_eq!(faults.list(), vec![]);
    }

    #[test]
    fn a_fault_lets_skip_requests_through_first() {
        let faults = Faults::default();
        let fault = Fault {
            status: Some(401),
            count: 1,
            skip: 2,
            operation: Some("getOrgApiKey".into()),
            ..Fault::default()
        };
        faults.inject(fault).unwrap();
        assert_eq!(faults.take(Some("listOrgApiKeys")), None);
        assert_eq!(faults.list()[0].skip, 2, "another operation skips nothing");
        assert_eq!(faults.take(Some("getOrgApiKey")), None);
        assert_eq!(faults.take(Some("getOrgApiKey")), None);
        let taken = faults.take(Some("getOrgApiKey")).unwrap();
        assert_eq!((taken.status, taken.skip), (Some(401), 0));
        assert_eq!(faults.list(), vec![]);
    }
}
