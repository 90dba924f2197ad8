//! Values as MongoDB makes them: ObjectIds, private keys (version 4 UUIDs), and the time
//! they are stamped with.

use std::sync::atomic::{AtomicU32, Ordering};

use crate::digest::hex;
use crate::generated::types;
use crate::random::bytes as random_bytes;

/// New ObjectIds: seconds since the epoch, 5 random bytes, a counter.
#[derive(Default)]
pub(crate) struct ObjectIds {
    count: AtomicU32,
}

impl ObjectIds {
    /// The next ObjectId, as 24 lower-case hexadecimal digits.
    pub(crate) fn next(&self) -> String {
        let seconds = u32::try_from(now().timestamp()).unwrap_or(u32::MAX);
        let count = self.count.fetch_add(1, Ordering::Relaxed);
        let mut bytes = [0u8; 12];
        bytes[..4].copy_from_slice(&seconds.to_be_bytes());
        bytes[4..9].copy_from_slice(&random_bytes::<5>());
        bytes[9..].copy_from_slice(&count.to_be_bytes()[1..]);
        hex(&bytes)
    }
}

/// Now.
pub(crate) fn now() -> chrono::DateTime<chrono::Utc> {
    std::time::SystemTime::now().into()
}

/// 24 lower-case hexadecimal digits, as the spec's `ObjectId` says.
pub(crate) fn is_object_id(id: &str) -> bool {
    types::ObjectId::is_valid(id)
}

/// `id`, checked to be an ObjectId by the caller, as the generated type.
pub(crate) fn object_id(id: &str) -> types::ObjectId {
    id.parse()
        .unwrap_or_else(|_| unreachable!("{id} was checked to be an ObjectId"))
}

/// A random (version 4) UUID, the shape of MongoDB's private keys.
pub(crate) fn uuid_v4() -> String {
    let mut b = random_bytes::<16>();
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h = hex(&b);
    format!(
        "{}-{}-{}-{}-{}",
        &h[..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..]
    )
}

/// A private key as every read after its creation shows it (MongoDB's mask).
pub(crate) fn masked_private_key(private_key: &str) -> String {
    crate::Secret::mask_private_key(private_key)
}

/// An agent key as a list shows it: its last 4 characters, the others `*`.
pub(crate) fn masked_agent_key(key: &str) -> String {
    crate::Secret::mask_agent_key(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_values_have_mongodbs_shapes() {
        let uuid = uuid_v4();
        assert_eq!((uuid.len(), &uuid[14..15]), (36, "4"));
        assert!("89ab".contains(&uuid[19..20]));
        assert!(is_object_id(&ObjectIds::default().next()));
        assert!(is_object_id(&hex(&random_bytes::<12>())));
    }

    #[test]
    fn secrets_are_masked_as_mongodb_masks_them() {
        assert_eq!(
            masked_private_key("754c8808-0ba8-4153-8eea-85daa09d408a"),
            "********-****-****-85daa09d408a"
        );
        assert_eq!(
            masked_agent_key("3f9a2c7e5b1d4e8fa06b9c2d1e7f8b87"),
            "****************************8b87"
        );
        assert_eq!(masked_agent_key("ab"), "ab");
    }
}
