//! The QR code for a share link, built from explicit segments — the origin in byte mode, the
//! payload digits in numeric mode (10 bits per 3 digits) — instead of letting the whole link fall
//! into byte mode. Drawn as SVG with the standard 4-module quiet zone.

use qrcode::bits::Bits;
use qrcode::types::Color;
use qrcode::{EcLevel, QrCode, Version};

pub use qrcode::EcLevel as Level;

/// Codes above this version are too dense to scan comfortably from a phone screen or printout.
pub const COMFORTABLE_VERSION: i16 = 25;

/// The smallest QR code (version 1–40) holding `link` at `level`, with the part after `#` in
/// numeric mode when it is all digits. `None` if even version 40 is too small.
pub fn build(link: &str, level: EcLevel) -> Option<QrCode> {
    let (head, digits) = match link.split_once('#') {
        Some((origin, d)) if !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()) => {
            (&link[..origin.len() + 1], d)
        }
        _ => (link, ""),
    };
    (1..=40).find_map(|v| {
        let mut bits = Bits::new(Version::Normal(v));
        bits.push_byte_data(head.as_bytes()).ok()?;
        if !digits.is_empty() {
            bits.push_numeric_data(digits.as_bytes()).ok()?;
        }
        bits.push_terminator(level).ok()?;
        QrCode::with_bits(bits, level).ok()
    })
}

pub fn version(code: &QrCode) -> i16 {
    match code.version() {
        Version::Normal(v) | Version::Micro(v) => v,
    }
}

/// The code as SVG: one path of dark squares on a white background, 4 modules of quiet zone,
/// crisp edges, scaling to any size.
pub fn svg(code: &QrCode, title: &str) -> String {
    let width = code.width();
    let size = width + 8;
    let mut path = String::with_capacity(width * width * 4);
    for (i, color) in code.to_colors().iter().enumerate() {
        if *color == Color::Dark {
            let (x, y) = (i % width + 4, i / width + 4);
            path.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    let title = title.replace('&', "&amp;").replace('<', "&lt;");
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" shape-rendering="crispEdges" role="img"><title>{title}</title><rect width="{size}" height="{size}" fill="#fff"/><path d="{path}" fill="#000"/></svg>"##
    )
}
