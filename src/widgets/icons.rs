//! Pictures drawn as inline SVG: nothing is fetched, and they scale on any screen.

use skillpass_core::starter::Icon;

/// The SVG markup for `icon`: 24×24, drawn with the text colour, hidden from screen readers
/// because the words beside it say the same thing.
pub fn svg(icon: Icon) -> &'static str {
    match icon {
        Icon::Register => {
            r#"<svg viewBox="0 0 24 24" aria-hidden="true"><rect x="3" y="10" width="18" height="10" rx="2"/><rect x="6" y="4" width="9" height="5"/><path d="M7 14h2M11 14h2M15 14h2M7 17h10"/></svg>"#
        }
        Icon::Money => {
            r#"<svg viewBox="0 0 24 24" aria-hidden="true"><rect x="2" y="6" width="20" height="12" rx="2"/><circle cx="12" cy="12" r="3"/><path d="M5 9v.01M19 15v.01"/></svg>"#
        }
        Icon::Smile => {
            r#"<svg viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="12" r="9"/><path d="M8 14s1.5 2 4 2 4-2 4-2M9 9.5v.01M15 9.5v.01"/></svg>"#
        }
        Icon::Broom => {
            r#"<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M15 2l-4 11"/><path d="M6 13h9l2 8H4z"/><path d="M8 17v4M12 17v4"/></svg>"#
        }
        Icon::Speech => {
            r#"<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 4h16v11H10l-5 4v-4H4z"/><path d="M8 9h8M8 12h5"/></svg>"#
        }
        Icon::Teach => {
            r#"<svg viewBox="0 0 24 24" aria-hidden="true"><rect x="10" y="3" width="11" height="9"/><circle cx="5" cy="7" r="2"/><path d="M2 21v-6a3 3 0 0 1 6 0v6M7 13l5-3"/></svg>"#
        }
        Icon::Shield => {
            r#"<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z"/><path d="M9 12l2 2 4-4"/></svg>"#
        }
        Icon::Phone => {
            r#"<svg viewBox="0 0 24 24" aria-hidden="true"><rect x="7" y="2" width="10" height="20" rx="2"/><path d="M11 18h2"/></svg>"#
        }
        Icon::Box => {
            r#"<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M3 7l9-4 9 4v10l-9 4-9-4z"/><path d="M3 7l9 4 9-4M12 11v10"/></svg>"#
        }
    }
}

/// A plain tick, for skills the starter list does not know yet.
pub const GENERIC: &str = r#"<svg viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="12" r="9"/><path d="M8 12l3 3 5-6"/></svg>"#;

/// A padlock, beside the words about privacy.
pub const LOCK: &str = r#"<svg viewBox="0 0 24 24" aria-hidden="true"><rect x="5" y="11" width="14" height="10" rx="2"/><path d="M8 11V8a4 4 0 0 1 8 0v3"/></svg>"#;
