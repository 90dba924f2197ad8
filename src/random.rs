//! Random bytes from the operating system, drawn from a per-thread pool so that a request
//! costs no system call of its own (cnonces, emulator nonces, keys and IDs).

use std::cell::RefCell;

const POOL: usize = 4096;

thread_local! {
    static BYTES: RefCell<(Box<[u8; POOL]>, usize)> = RefCell::new((Box::new([0; POOL]), POOL));
}

/// Fills `out` with bytes from the operating system's random number generator.
pub(crate) fn fill(out: &mut [u8]) {
    BYTES.with(|pool| {
        let (bytes, used) = &mut *pool.borrow_mut();
        for chunk in out.chunks_mut(POOL) {
            if *used + chunk.len() > POOL {
                getrandom::fill(&mut bytes[..])
                    .expect("the operating system's random number generator failed");
                *used = 0;
            }
            chunk.copy_from_slice(&bytes[*used..*used + chunk.len()]);
            // Never hand out the same bytes twice.
            bytes[*used..*used + chunk.len()].fill(0);
            *used += chunk.len();
        }
    });
}

/// `N` random bytes.
pub(crate) fn bytes<const N: usize>() -> [u8; N] {
    let mut out = [0u8; N];
    fill(&mut out);
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn draws_differ_across_refills() {
        let draws: std::collections::HashSet<[u8; 16]> =
            (0..1000).map(|_| super::bytes::<16>()).collect();
        assert_eq!(draws.len(), 1000);
    }
}
