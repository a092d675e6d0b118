//! Reading a SkillPass code from a camera picture, for the caseworker's "Scan a client's code".
//! The browser's `BarcodeDetector` reads it where there is one; elsewhere [`read_luma`] does, with
//! the `rqrr` decoder. That decoder is behind the `scan` feature, which only the tools page's build
//! turns on: the worker's own app never carries it.

/// The share-link fragment in what a code or a pasted link says: the part after `#` of a link
/// (any origin: a code printed from another copy of SkillPass opens here too), or bare digits.
/// White space is dropped first (a link broken over two lines in an e-mail). `None` when there is
/// no digit payload at all: the code is something else (a web address, a Wi-Fi code…).
pub fn fragment_of(said: &str) -> Option<String> {
    let joined: String = said.chars().filter(|c| !c.is_whitespace()).collect();
    let digits = match joined.split_once('#') {
        Some((_, after)) => after,
        None => joined.as_str(),
    };
    (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())).then(|| digits.to_string())
}

/// Every QR code found in a greyscale picture (`width × height` bytes, row by row), as text.
/// A picture of the wrong size, or one with no readable code, gives none.
#[cfg(feature = "scan")]
pub fn read_luma(luma: &[u8], width: usize, height: usize) -> Vec<String> {
    if width == 0 || height == 0 || luma.len() != width.saturating_mul(height) {
        return Vec::new();
    }
    let mut decoder = quircs::Quirc::default();
    decoder
        .identify(width, height, luma)
        .filter_map(|code| code.ok()?.decode().ok())
        .filter_map(|data| String::from_utf8(data.payload).ok())
        .collect()
}

/// The greyscale of an RGBA picture (what a canvas gives), by the usual integer luma weights.
pub fn luma_of_rgba(rgba: &[u8]) -> Vec<u8> {
    rgba.chunks_exact(4)
        .map(|p| ((u32::from(p[0]) * 77 + u32::from(p[1]) * 150 + u32::from(p[2]) * 29) >> 8) as u8)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_a_fragment_or_digits_give_the_payload_and_anything_else_none() {
        assert_eq!(fragment_of("https://x.org/#0123").as_deref(), Some("0123"));
        assert_eq!(fragment_of(" #0123\n45 ").as_deref(), Some("012345"));
        assert_eq!(fragment_of("0123").as_deref(), Some("0123"));
        for other in [
            "https://x.org/",
            "https://x.org/#top",
            "WIFI:S:cafe;;",
            "",
            "#",
            "12a",
        ] {
            assert_eq!(fragment_of(other), None, "{other}");
        }
    }

    #[cfg(feature = "scan")]
    #[test]
    fn our_own_share_code_drawn_as_a_picture_reads_back_as_its_link() {
        use crate::share::qr;
        let p = crate::reference::from_json(
            include_str!("../../../shared/fixtures/profiles/R1-typical.json"),
            chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
        )
        .unwrap();
        let link = crate::share::link("https://skillpass.example/", &p);
        let code = qr::build(&link, qr::Level::M).unwrap();
        // Drawn 4 pixels a module, with the quiet zone, grey-on-grey like a dim screen.
        let (w, scale) = (code.width(), 4);
        let side = (w + 8) * scale;
        let colors = code.to_colors();
        let luma: Vec<u8> = (0..side * side)
            .map(|i| {
                let (x, y) = ((i % side) / scale, (i / side) / scale);
                let dark = (4..w + 4).contains(&x)
                    && (4..w + 4).contains(&y)
                    && colors[(y - 4) * w + (x - 4)] == qrcode::types::Color::Dark;
                if dark {
                    60
                } else {
                    200
                }
            })
            .collect();
        let read = read_luma(&luma, side, side);
        assert_eq!(read, vec![link.clone()]);
        assert_eq!(
            fragment_of(&read[0]),
            link.split_once('#').map(|(_, d)| d.to_string())
        );
        assert!(
            read_luma(&luma[1..], side, side).is_empty(),
            "a wrong size reads nothing"
        );
        assert!(read_luma(&vec![128; side * side], side, side).is_empty());

        // A camera sees anything: the code flipped in places, cut into noise, stripes, noise.
        // None of it may panic (a panic would end the whole page), and a damaged code reads as
        // nothing or as its own text, never as another text.
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for round in 0..300 {
            let mut img = luma.clone();
            match round % 4 {
                0 => (0..(next() % 4000) as usize).for_each(|_| {
                    let i = next() as usize % img.len();
                    img[i] = 255 - img[i];
                }),
                1 => {
                    let from = next() as usize % img.len();
                    img[from..]
                        .iter_mut()
                        .for_each(|v| *v = (next() & 0xff) as u8);
                }
                2 => img.iter_mut().enumerate().for_each(|(i, v)| {
                    let band = i / side + i % side / (1 + round % 9);
                    *v = if band % 2 == 0 { 30 } else { 220 };
                }),
                _ => img.iter_mut().for_each(|v| *v = (next() & 0xff) as u8),
            }
            for text in read_luma(&img, side, side) {
                assert_eq!(text, link, "round {round}");
            }
        }
        for (w, h) in [(1, 1), (3, 7000), (7000, 3), (2, 2)] {
            assert!(read_luma(&vec![0; w * h], w, h).is_empty());
        }
    }
}
