//! One screen a file. Screens read signals from [`crate::state::AppState`] and send edits to
//! `AppState::commit`; they never touch storage.

pub mod about;
pub mod careers;
pub mod certificates;
pub mod check;
#[cfg(feature = "tools")]
pub mod clients;
pub mod contact;
pub mod device;
pub mod job_centre;
pub mod job_tasks;
pub mod job_when;
pub mod jobs;
pub mod languages;
pub mod name;
pub mod open;
pub mod other_skills;
pub mod pin;
pub mod profile;
#[cfg(feature = "tools")]
pub mod scan;
pub mod share;
pub mod tools;
#[cfg(feature = "tools")]
pub mod trainer;
pub mod welcome;
