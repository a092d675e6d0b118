//! Presentation: what a screen shows, worked out from domain values, so the Leptos screens in
//! `../src/screens` only draw. Every rule a person would notice on a screen — a limit, a check,
//! when something is offered, how a picture is laid out — lives here and is tested natively.
//!
//! The top layer of the core: it may use any module below, and none uses it.
//!
//! * [`career`]: the job-centre note, and the career path picture (SVG markup and its layout:
//!   titles wrapped to fit a phone, in any script);
//! * [`trainer`]: the class form (what it keeps, its limits and checks, the skill cap, the roster);
//! * [`job_centre`]: which "For a job centre" question shows, and the jobs its last one offers;
//! * [`job_when`]: when "Where and when" is complete, and what Continue says when it is not;
//! * [`profile`]: when the profile page offers a PIN;
//! * [`messages`]: what a link or file that cannot be opened, and each notice about saving, says.

pub mod career;
pub mod job_centre;
pub mod job_when;
pub mod messages;
pub mod profile;
pub mod trainer;
