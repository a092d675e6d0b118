//! Free text in share links: names, employers, towns, emails. Each string is written either as
//! plain UTF-8 with its length, or with a fixed Huffman code tuned for such text (about 4.5 bits a
//! character instead of 8), whichever is shorter — so a name in an unusual script never grows.
//!
//! The code table is part of formats 1 and 2 and must never change; a new table needs a new
//! format version.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::sync::OnceLock;

use super::{BitReader, BitWriter, OutOfBits};

const EOS: usize = 256;
const SYMBOLS: usize = 257;
const MAX_TEXT_BYTES: usize = 4096;
/// All the text one payload may decode to, repeats included. A repeat costs a few bits but
/// yields its whole string, so without this a link of 20,000 digits could expand to ~50 MB.
/// The largest real profile has under 2 kB of text.
pub const MAX_TOTAL_TEXT_BYTES: usize = 64 * 1024;

/// How common each byte is in the text people put in a profile (weights, not probabilities).
/// Bytes outside the table weigh 1, a quarter of the least common listed byte.
fn weight(symbol: usize) -> u32 {
    match listed_weight(symbol) {
        0 => 1,
        w => 4 * w,
    }
}

fn listed_weight(symbol: usize) -> u32 {
    const LOWER: [u32; 26] = [
        82, 15, 28, 43, 127, 22, 20, 61, 70, 4, 8, 40, 24, 67, 75, 19, 2, 60, 63, 91, 28, 10, 24,
        3, 20, 3,
    ];
    match symbol {
        EOS => 30,
        0x20 => 150,
        0x61..=0x7a => LOWER[symbol - 0x61],
        0x41..=0x5a => match symbol as u8 {
            b'A' | b'C' | b'M' | b'S' | b'H' | b'D' | b'R' | b'L' | b'J' | b'G' | b'B' | b'P'
            | b'T' | b'F' | b'V' | b'E' => 14,
            _ => 5,
        },
        0x30..=0x39 => 22,
        _ => match symbol as u8 {
            b'.' => 18,
            b',' | b'@' => 10,
            b'-' => 8,
            b'+' | b'(' | b')' | b'\'' | b'/' | b'_' => 4,
            b'&' | b'#' | b':' => 2,
            0xC3 => 10,
            0xA1 | 0xA9 | 0xAD | 0xB3 | 0xBA | 0xB1 => 5,
            0xBC | 0x81 | 0x89 | 0x8D | 0x93 | 0x9A | 0x91 => 2,
            _ => 0,
        },
    }
}

struct Code {
    /// (code, length) per symbol.
    codes: Vec<(u32, u32)>,
    /// Canonical decoding: for each length, the first code and the index of its first symbol.
    first_code: Vec<u32>,
    first_index: Vec<usize>,
    count: Vec<usize>,
    sorted: Vec<usize>,
}

fn code() -> &'static Code {
    static CODE: OnceLock<Code> = OnceLock::new();
    CODE.get_or_init(|| {
        // Huffman code lengths by repeatedly merging the two lightest trees.
        let mut heap: BinaryHeap<Reverse<(u64, usize)>> = BinaryHeap::new();
        let mut parent = vec![usize::MAX; SYMBOLS * 2];
        for s in 0..SYMBOLS {
            heap.push(Reverse((u64::from(weight(s)), s)));
        }
        let mut next = SYMBOLS;
        while heap.len() > 1 {
            let Reverse((wa, a)) = heap.pop().expect("two trees");
            let Reverse((wb, b)) = heap.pop().expect("two trees");
            parent[a] = next;
            parent[b] = next;
            heap.push(Reverse((wa + wb, next)));
            next += 1;
        }
        let lengths: Vec<u32> = (0..SYMBOLS)
            .map(|s| {
                let mut n = 0;
                let mut p = s;
                while parent[p] != usize::MAX {
                    p = parent[p];
                    n += 1;
                }
                n
            })
            .collect();
        // Canonical codes: by length, then symbol.
        let mut sorted: Vec<usize> = (0..SYMBOLS).collect();
        crate::order::sort_by_key(&mut sorted, |&s| (lengths[s], s));
        let max_len = *lengths.iter().max().expect("symbols") as usize;
        let mut count = vec![0usize; max_len + 1];
        for &l in &lengths {
            count[l as usize] += 1;
        }
        let mut codes = vec![(0, 0); SYMBOLS];
        let mut first_code = vec![0u32; max_len + 2];
        let mut first_index = vec![0usize; max_len + 2];
        let (mut c, mut idx) = (0u32, 0usize);
        for len in 1..=max_len {
            first_code[len] = c;
            first_index[len] = idx;
            for &s in &sorted[idx..idx + count[len]] {
                codes[s] = (c, len as u32);
                c += 1;
            }
            idx += count[len];
            c <<= 1;
        }
        Code {
            codes,
            first_code,
            first_index,
            count,
            sorted,
        }
    })
}

fn huffman_bits(s: &str) -> u32 {
    let c = code();
    s.bytes().map(|b| c.codes[b as usize].1).sum::<u32>() + c.codes[EOS].1
}

fn raw_bits(s: &str) -> u32 {
    let mut w = BitWriter::new();
    w.uint(s.len() as u32);
    w.bit_len() + 8 * s.len() as u32
}

/// Writes one string: `1` + Huffman symbols + end, or `01` + length + UTF-8 bytes, whichever is
/// shorter. (`00` is used by [`Texts`] for "same as an earlier string".)
pub fn write(w: &mut BitWriter, s: &str) {
    let c = code();
    if huffman_bits(s) <= raw_bits(s) + 1 {
        w.bit(true);
        for b in s.bytes() {
            let (code, len) = c.codes[b as usize];
            w.bits(code, len);
        }
        let (code, len) = c.codes[EOS];
        w.bits(code, len);
    } else {
        w.bits(0b01, 2);
        w.uint(s.len() as u32);
        for b in s.bytes() {
            w.bits(u32::from(b), 8);
        }
    }
}

/// The strings of one payload: a string written before (say the same issuer on two
/// certificates) is written again as `00` + its index.
#[derive(Default)]
pub struct Texts {
    seen: Vec<String>,
    /// Bytes of text read so far, repeats included.
    total: usize,
}

impl Texts {
    pub fn write(&mut self, w: &mut BitWriter, s: &str) {
        match self.seen.iter().position(|x| x == s) {
            Some(i) if s.len() > 2 => {
                w.bits(0b00, 2);
                w.uint(i as u32);
            }
            _ => {
                write(w, s);
                self.seen.push(s.to_string());
            }
        }
    }

    pub fn read(&mut self, r: &mut BitReader) -> Result<String, TextError> {
        let s = if r.bit()? {
            read_huffman(r)?
        } else if r.bit()? {
            read_raw(r)?
        } else {
            let i = r.uint()? as usize;
            let s = self.seen.get(i).ok_or(TextError::OutOfBits)?.clone();
            self.count(s.len())?;
            return Ok(s);
        };
        self.count(s.len())?;
        self.seen.push(s.clone());
        Ok(s)
    }

    fn count(&mut self, bytes: usize) -> Result<(), TextError> {
        self.total += bytes;
        if self.total > MAX_TOTAL_TEXT_BYTES {
            return Err(TextError::TooLong);
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextError {
    OutOfBits,
    TooLong,
    NotUtf8,
}

impl From<OutOfBits> for TextError {
    fn from(_: OutOfBits) -> Self {
        TextError::OutOfBits
    }
}

fn symbol(r: &mut BitReader) -> Result<usize, TextError> {
    let c = code();
    let mut value = 0u32;
    for len in 1..c.count.len() {
        value = (value << 1) | u32::from(r.bit()?);
        let offset = value.wrapping_sub(c.first_code[len]) as usize;
        if value >= c.first_code[len] && offset < c.count[len] {
            return Ok(c.sorted[c.first_index[len] + offset]);
        }
    }
    Err(TextError::OutOfBits)
}

fn read_huffman(r: &mut BitReader) -> Result<String, TextError> {
    let mut bytes = Vec::new();
    loop {
        match symbol(r)? {
            EOS => break,
            b => bytes.push(b as u8),
        }
        if bytes.len() > MAX_TEXT_BYTES {
            return Err(TextError::TooLong);
        }
    }
    String::from_utf8(bytes).map_err(|_| TextError::NotUtf8)
}

fn read_raw(r: &mut BitReader) -> Result<String, TextError> {
    let len = r.uint()? as usize;
    if len > MAX_TEXT_BYTES || len * 8 > r.remaining() {
        return Err(TextError::TooLong);
    }
    let bytes = (0..len)
        .map(|_| r.bits(8).map(|b| b as u8))
        .collect::<Result<Vec<_>, _>>()?;
    String::from_utf8(bytes).map_err(|_| TextError::NotUtf8)
}

/// Reads one string written by [`write`].
pub fn read(r: &mut BitReader) -> Result<String, TextError> {
    Texts::default().read(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(s: &str) -> u32 {
        let mut w = BitWriter::new();
        write(&mut w, s);
        let bits = w.bit_len();
        let bytes = w.into_bytes();
        assert_eq!(read(&mut BitReader::new(&bytes)).as_deref(), Ok(s));
        bits
    }

    #[test]
    fn everyday_text_shrinks_and_any_text_round_trips() {
        let name = "María Guadalupe Hernández";
        // Capitals and accents cost more than lower-case letters; still a fifth smaller.
        let bits = round_trip(name);
        assert!(bits < 8 * name.len() as u32 * 4 / 5, "{bits} bits");
        let email = "maria.hernandez@example.com";
        let bits = round_trip(email);
        assert!(bits < 8 * email.len() as u32 * 3 / 4, "{bits} bits");
        // Scripts the table was not made for fall back to plain UTF-8: never worse than +2 bits.
        let other = "Ольга Иванова 李小龍";
        assert!(round_trip(other) <= raw_bits(other) + 2);
        round_trip("");
        round_trip("\u{0}\u{7f}é€😀");
    }

    const GOLDEN: &[u8] = &[
        223, 88, 134, 142, 191, 111, 18, 248, 249, 131, 35, 73, 203, 101, 192,
    ];

    #[test]
    fn a_repeated_string_costs_a_few_bits() {
        let issuer = "California Department of Public Health";
        let mut texts = Texts::default();
        let mut w = BitWriter::new();
        texts.write(&mut w, issuer);
        let first = w.bit_len();
        texts.write(&mut w, "Fresno");
        let second = w.bit_len();
        texts.write(&mut w, issuer);
        assert!(w.bit_len() - second <= 4, "{}", w.bit_len() - second);
        let bytes = w.into_bytes();
        let mut r = BitReader::new(&bytes);
        let mut texts = Texts::default();
        assert_eq!(texts.read(&mut r).as_deref(), Ok(issuer));
        assert_eq!(texts.read(&mut r).as_deref(), Ok("Fresno"));
        assert_eq!(texts.read(&mut r).as_deref(), Ok(issuer));
        assert!(first > 100);
    }

    #[test]
    fn the_code_is_a_complete_prefix_code() {
        let c = code();
        let kraft: f64 = c.codes.iter().map(|(_, l)| 0.5f64.powi(*l as i32)).sum();
        assert!((kraft - 1.0).abs() < 1e-9);
        // The table is frozen with format 1: the same text must always give the same bits.
        let mut w = BitWriter::new();
        write(&mut w, "Ana López, Fresno");
        assert_eq!(w.into_bytes(), GOLDEN);
    }
}
