//! One screen a file. Screens read signals from [`crate::state::AppState`] and send edits to
//! `AppState::commit`; they never touch storage.

pub mod name;
pub mod profile;
pub mod skills;
pub mod welcome;
