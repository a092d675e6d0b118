//! SkillPass's functional core: everything that can be decided without a browser.
//!
//! Nothing here may depend on leptos, web-sys or wasm-bindgen (the crate's dependency list keeps that
//! true). The web shell in `../src` turns clicks into [`change::Change`]s, hands them to a
//! [`repo::Repo`], and draws what comes back.

pub mod admit;
pub mod bidi;
pub mod bits;
pub mod career;
pub mod change;
pub mod credential;
pub mod dates;
pub mod device;
pub mod envelope;
pub mod field_error;
pub mod files;
pub mod i18n;
pub mod intake;
pub mod jobcentre;
pub mod jsonresume;
pub mod keep;
pub mod languages;
pub mod ler_rs;
pub mod locale;
pub mod month;
pub mod order;
pub mod pack;
pub mod pin;
pub mod present;
pub mod profile;
pub mod readability;
pub mod reference;
pub mod related;
pub mod repo;
pub mod resume;
pub mod scan;
pub mod share;
pub mod summary;
pub mod taxonomy;
pub mod text;
pub mod validate;
pub mod when;
pub mod wizard;

pub use change::Change;
pub use month::YearMonth;
pub use profile::{Contact, Credential, CredentialKind, Job, Profile, Skill, SkillId, SkillSource};
pub use validate::FieldError;
