//! FxHash, the hash rustc uses for its own tables: a multiply and a rotate per 8 bytes, several
//! times faster than the standard library's SipHash on the short keys hashed here (concept ids in
//! the taxonomy's index, codes and code sets in the agreement statistics). It does not resist collision attacks, which data a researcher loads
//! from their own files does not call for; the worst a crafted input can do is be slow.

use std::hash::{BuildHasherDefault, Hasher};

/// The hasher; use it through [`FxBuild`].
#[derive(Copy, Clone, Debug, Default)]
pub(crate) struct FxHasher(u64);

/// Builds [`FxHasher`]s: `HashMap<K, V, FxBuild>`.
pub(crate) type FxBuild = BuildHasherDefault<FxHasher>;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use std::hash::BuildHasher;

    use super::FxBuild;

    #[test]
    fn equal_keys_hash_equal_and_different_keys_differ() {
        let build = FxBuild::default();
        assert_eq!(
            build.hash_one("school-social-work"),
            build.hash_one("school-social-work")
        );
        assert_ne!(
            build.hash_one("school-social-work"),
            build.hash_one("school-social-worx")
        );
        assert_ne!(build.hash_one([1u32, 2]), build.hash_one([2u32, 1]));
    }
}
