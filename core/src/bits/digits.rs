//! Bytes as decimal digits, for the densest QR code: QR's numeric mode stores 3 digits in 10 bits,
//! and 7 bytes fit in 17 digits, so a payload costs about 1% more than raw bytes — against 33% for
//! base64 in byte mode. The digits also travel safely in any link.

const CHUNK_BYTES: usize = 7;
const CHUNK_DIGITS: usize = 17;
/// Digits needed for a final chunk of 1..=6 bytes.
const TAIL_DIGITS: [usize; 7] = [0, 3, 5, 8, 10, 13, 15];

pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 5 / 2);
    for chunk in bytes.chunks(CHUNK_BYTES) {
        let value = chunk.iter().fold(0u64, |v, &b| (v << 8) | u64::from(b));
        let width = if chunk.len() == CHUNK_BYTES {
            CHUNK_DIGITS
        } else {
            TAIL_DIGITS[chunk.len()]
        };
        out.push_str(&format!("{value:0width$}"));
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotDigits;

pub fn decode(digits: &str) -> Result<Vec<u8>, NotDigits> {
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(NotDigits);
    }
    let full = digits.len() / CHUNK_DIGITS;
    let tail = digits.len() % CHUNK_DIGITS;
    let tail_bytes = TAIL_DIGITS
        .iter()
        .position(|&d| d == tail)
        .ok_or(NotDigits)?;
    let mut out = Vec::with_capacity(full * CHUNK_BYTES + tail_bytes);
    let mut take = |text: &str, n: usize| -> Result<(), NotDigits> {
        let value: u64 = text.parse().map_err(|_| NotDigits)?;
        if n < 8 && value >> (8 * n) != 0 {
            return Err(NotDigits);
        }
        out.extend((0..n).rev().map(|i| (value >> (8 * i)) as u8));
        Ok(())
    };
    for i in 0..full {
        take(
            &digits[i * CHUNK_DIGITS..(i + 1) * CHUNK_DIGITS],
            CHUNK_BYTES,
        )?;
    }
    if tail > 0 {
        take(&digits[full * CHUNK_DIGITS..], tail_bytes)?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_length_round_trips() {
        for n in 0..40 {
            let bytes: Vec<u8> = (0..n).map(|i| (i * 37 + 255) as u8).collect();
            let digits = encode(&bytes);
            assert_eq!(decode(&digits), Ok(bytes.clone()), "{n} bytes");
            let max = vec![0xFF; n];
            assert_eq!(decode(&encode(&max)), Ok(max));
        }
        assert_eq!(encode(&[0; 7]).len(), 17);
    }

    #[test]
    fn impossible_digit_strings_are_refused() {
        assert_eq!(decode("12a"), Err(NotDigits));
        assert_eq!(decode("1"), Err(NotDigits), "no chunk has 1 digit");
        assert_eq!(decode("999"), Err(NotDigits), "999 does not fit one byte");
        assert_eq!(
            decode("99999999999999999"),
            Err(NotDigits),
            "overflows 7 bytes"
        );
    }
}
