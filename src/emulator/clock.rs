//! [`Clock`]: the time the emulator reads for what expires by the clock in MongoDB's API: a
//! service account's secrets (`expiresAt`, the 7-day cut) and the tokens they obtain. Tests
//! move it forward (`Emulator::advance_clock`, `POST /_emulator/clock`) instead of waiting;
//! it never goes back. Everything else (nonces, rate-limit windows, timeouts, the dates of
//! API keys and access-list entries) keeps the real time: those are the emulator's own bounds,
//! or have nothing that expires.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime};

use chrono::{DateTime, SubsecRound, Utc};

/// How far the clock may be moved in all: ten years, well past the longest secret (a year),
/// and far from any overflow of `Instant` or `DateTime`.
pub(crate) const MAX_OFFSET_SECONDS: u64 = 10 * 366 * 24 * 3600;

/// The real time, moved forward by an offset.
#[derive(Default)]
pub(crate) struct Clock {
    offset: AtomicU64,
}

impl Clock {
    /// How far it has been moved, in seconds.
    pub(crate) fn offset_seconds(&self) -> u64 {
        self.offset.load(Ordering::Acquire)
    }

    fn offset(&self) -> Duration {
        Duration::from_secs(self.offset_seconds())
    }

    /// Now, to the second, as MongoDB's dates are.
    pub(crate) fn now(&self) -> DateTime<Utc> {
        DateTime::<Utc>::from(SystemTime::now() + self.offset()).trunc_subsecs(0)
    }

    /// Now, as an instant (for what expires after a duration: tokens).
    pub(crate) fn instant(&self) -> Instant {
        Instant::now() + self.offset()
    }

    /// Moves the clock `by` forward (whole seconds, at least one); its offset in all, or why
    /// not, when the offset would pass [`MAX_OFFSET_SECONDS`] (it is then left as it was).
    pub(crate) fn advance(&self, by: Duration) -> Result<u64, String> {
        let seconds = by.as_secs();
        if seconds == 0 {
            return Err("the clock moves forward by at least one second".into());
        }
        self.offset
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |offset| {
                offset
                    .checked_add(seconds)
                    .filter(|total| *total <= MAX_OFFSET_SECONDS)
            })
            .map(|before| before + seconds)
            .map_err(|offset| {
                format!(
                    "the clock is {offset} s ahead; it may be at most {MAX_OFFSET_SECONDS} s \
                     (ten years) ahead, so {seconds} s more is refused"
                )
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_clock_moves_forward_within_its_bound_and_never_back() {
        let clock = Clock::default();
        let (before, instant) = (clock.now(), clock.instant());
        assert_eq!(clock.advance(Duration::from_secs(3600)), Ok(3600));
        assert!(clock.now() - before >= chrono::Duration::seconds(3600));
        assert!(clock.instant() - instant >= Duration::from_secs(3600));
        assert!(
            clock.advance(Duration::from_millis(999)).is_err(),
            "zero seconds"
        );
        let error = clock
            .advance(Duration::from_secs(MAX_OFFSET_SECONDS))
            .unwrap_err();
        assert!(error.contains("at most"), "{error}");
        assert_eq!(clock.offset_seconds(), 3600, "left as it was");
        let rest = MAX_OFFSET_SECONDS - 3600;
        assert_eq!(
            clock.advance(Duration::from_secs(rest)),
            Ok(MAX_OFFSET_SECONDS)
        );
        assert!(clock.advance(Duration::from_secs(u64::MAX)).is_err());
    }
}
