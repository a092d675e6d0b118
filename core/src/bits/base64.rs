//! Base64 (RFC 4648, standard alphabet, with `=` padding) for the PIN's sealed envelope: the bytes
//! of its salt, nonce and ciphertext. Written here rather than with the `base64` crate, whose
//! generic engines cost ~2 KB of every phone's wasm for these three fields (issue 18); held to that
//! crate's STANDARD engine by `core/tests/base64.rs`, including what it refuses.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            out.push(if i <= chunk.len() {
                ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char
            } else {
                '='
            });
        }
    }
    out
}

/// The bytes `text` encodes; `None` unless it is exactly what [`encode`] writes for some bytes
/// (a length that is a multiple of 4, padding only at the end, no stray bits in the last letter).
pub fn decode(text: &str) -> Option<Vec<u8>> {
    let t = text.as_bytes();
    if !t.len().is_multiple_of(4) {
        return None;
    }
    let pad = t.iter().rev().take_while(|&&c| c == b'=').count();
    if pad > 2 {
        return None;
    }
    let mut out = Vec::with_capacity(t.len() / 4 * 3);
    for (q, quad) in t.chunks(4).enumerate() {
        let last = q + 1 == t.len() / 4;
        let letters = if last { 4 - pad } else { 4 };
        let mut n = 0u32;
        for (i, &c) in quad[..letters].iter().enumerate() {
            let v = ALPHABET.iter().position(|&a| a == c)? as u32;
            n |= v << (18 - 6 * i);
        }
        let bytes = letters * 6 / 8;
        // What the last letter holds beyond the last byte must be zero.
        if n & ((1 << (24 - 8 * bytes)) - 1) != 0 {
            return None;
        }
        out.extend((0..bytes).map(|i| (n >> (16 - 8 * i)) as u8));
    }
    Some(out)
}
