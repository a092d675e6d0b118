//! Pictures drawn as inline SVG (`icons.tsv`: a key and the shapes inside a 24×24 box), so nothing
//! is fetched and they scale on any screen. They are hidden from screen readers: the words beside
//! each one say the same thing.

use std::collections::HashMap;
use std::sync::OnceLock;

const ICONS_TSV: &str = include_str!("icons.tsv");

fn shapes(key: &str) -> &'static str {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    let map = MAP.get_or_init(|| {
        ICONS_TSV
            .lines()
            .skip(1)
            .filter_map(|l| l.split_once('\t'))
            .collect()
    });
    map.get(key)
        .or_else(|| map.get("check"))
        .copied()
        .unwrap_or_default()
}

/// The SVG markup for icon `key` (a tick if the key is unknown).
pub fn svg(key: &str) -> String {
    format!(
        r#"<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">{}</svg>"#,
        shapes(key)
    )
}
