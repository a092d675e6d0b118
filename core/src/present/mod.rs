//! Presentation: what a screen shows, worked out from domain values, so the Leptos screens in
//! `../src/screens` only draw. Every rule a person would notice on a screen — a limit, a check,
//! when something is offered, how a picture is laid out — lives here and is tested natively.
//!
//! The top layer of the core: it may use any module below, and none uses it.

pub mod career;
