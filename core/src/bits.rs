//! Bit-level writing and reading, most significant bit first, and the CRC-16 every packed payload
//! ends with. Every read is checked: running out of bits is an error, never a panic.
//!
//! The bottom of both packed forms — a profile in a share link (`share::codec`) and a trainer's
//! class (`credential::class`): [`digits`] (bytes as decimal digits for QR numeric mode) and
//! [`text`] (the frozen Huffman code for free text). Knows nothing of profiles or the taxonomy.

pub mod base64;
pub mod digits;
pub mod text;

#[derive(Default)]
pub struct BitWriter {
    bytes: Vec<u8>,
    used: u32,
}

impl BitWriter {
    pub fn new() -> Self {
        Self::default()
    }

    /// Writes the low `width` bits of `value` (width ≤ 32).
    pub fn bits(&mut self, value: u32, width: u32) {
        for i in (0..width).rev() {
            self.bit((value >> i) & 1 == 1);
        }
    }

    pub fn bit(&mut self, on: bool) {
        if self.used.is_multiple_of(8) {
            self.bytes.push(0);
        }
        if on {
            let last = self.bytes.len() - 1;
            self.bytes[last] |= 0x80 >> (self.used % 8);
        }
        self.used += 1;
    }

    /// Exp-Golomb (order 0): 0 takes 1 bit, 1–2 take 3, 3–6 take 5 … small counts stay small.
    pub fn uint(&mut self, value: u32) {
        let v = u64::from(value) + 1;
        let len = 64 - v.leading_zeros();
        self.bits(0, len - 1);
        for i in (0..len).rev() {
            self.bit((v >> i) & 1 == 1);
        }
    }

    /// A signed number, zig-zag mapped (0, -1, 1, -2 …) then Exp-Golomb.
    pub fn int(&mut self, value: i32) {
        self.uint(((value << 1) ^ (value >> 31)) as u32);
    }

    pub fn bit_len(&self) -> u32 {
        self.used
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }

    /// Writes every bit `other` holds, in order.
    pub fn append(&mut self, other: &BitWriter) {
        let mut r = BitReader::new(&other.bytes);
        for _ in 0..other.used {
            self.bit(r.bit().expect("a writer's own bits"));
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutOfBits;

pub struct BitReader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> BitReader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Self { bytes, pos: 0 }
    }

    pub fn bit(&mut self) -> Result<bool, OutOfBits> {
        let byte = self.bytes.get(self.pos / 8).ok_or(OutOfBits)?;
        let on = byte & (0x80 >> (self.pos % 8)) != 0;
        self.pos += 1;
        Ok(on)
    }

    pub fn bits(&mut self, width: u32) -> Result<u32, OutOfBits> {
        let mut v = 0u32;
        for _ in 0..width {
            v = (v << 1) | u32::from(self.bit()?);
        }
        Ok(v)
    }

    pub fn uint(&mut self) -> Result<u32, OutOfBits> {
        let mut zeros = 0;
        while !self.bit()? {
            zeros += 1;
            if zeros > 32 {
                return Err(OutOfBits);
            }
        }
        let mut v: u64 = 1;
        for _ in 0..zeros {
            v = (v << 1) | u64::from(self.bit()?);
        }
        u32::try_from(v - 1).map_err(|_| OutOfBits)
    }

    pub fn int(&mut self) -> Result<i32, OutOfBits> {
        let z = self.uint()?;
        Ok(((z >> 1) as i32) ^ -((z & 1) as i32))
    }

    /// Passes over `n` bits (all must be there).
    pub fn skip(&mut self, n: usize) -> Result<(), OutOfBits> {
        if n > self.remaining() {
            return Err(OutOfBits);
        }
        self.pos += n;
        Ok(())
    }

    /// Bits not read yet.
    pub fn remaining(&self) -> usize {
        (self.bytes.len() * 8).saturating_sub(self.pos)
    }

    /// True if every bit not read yet is zero (the padding of the last byte).
    pub fn rest_is_padding(&self) -> bool {
        self.remaining() < 8 && {
            let mut r = BitReader {
                bytes: self.bytes,
                pos: self.pos,
            };
            std::iter::from_fn(|| r.bit().ok()).all(|b| !b)
        }
    }
}

/// CRC-16/CCITT-FALSE: catches a changed digit or a cut-off link.
pub fn crc16(bytes: &[u8]) -> u16 {
    let mut crc: u16 = 0xFFFF;
    for &b in bytes {
        crc ^= u16::from(b) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    crc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc_matches_the_standard_check_value() {
        assert_eq!(crc16(b"123456789"), 0x29B1);
    }

    #[test]
    fn numbers_round_trip_and_small_ones_stay_small() {
        let mut w = BitWriter::new();
        let values = [0u32, 1, 2, 6, 7, 100, 617, 65_535, u32::MAX];
        for v in values {
            w.uint(v);
        }
        for v in [0i32, -1, 1, -300, 300, i32::MIN, i32::MAX] {
            w.int(v);
        }
        w.bits(0b101, 3);
        let bytes = w.into_bytes();
        let mut r = BitReader::new(&bytes);
        for v in values {
            assert_eq!(r.uint(), Ok(v));
        }
        for v in [0i32, -1, 1, -300, 300, i32::MIN, i32::MAX] {
            assert_eq!(r.int(), Ok(v));
        }
        assert_eq!(r.bits(3), Ok(0b101));
        assert!(r.rest_is_padding());
        let mut w = BitWriter::new();
        w.uint(0);
        assert_eq!(w.bit_len(), 1);
    }

    #[test]
    fn reading_past_the_end_is_an_error() {
        let mut r = BitReader::new(&[0x00]);
        assert_eq!(r.uint(), Err(OutOfBits));
        let mut r = BitReader::new(&[]);
        assert_eq!(r.bit(), Err(OutOfBits));
    }
}
