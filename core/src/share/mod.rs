//! Share links: the profile (or the part the worker chooses) inside the link's fragment, which
//! browsers never send to a server. `origin#digits`: the digits are the [`codec`] payload written
//! with [`digits`], so the QR code can carry them in its dense numeric mode ([`qr`]).

pub mod codec;
pub mod qr;

pub use crate::bits::{self, digits, text};

use crate::admit::Admitted;
use crate::credential::class::{is_class_payload, SignedClass};
use crate::profile::{Profile, SkillSource, OB3_PREFIX};
use crate::taxonomy;

pub use codec::DecodeError;

/// Why a link could not be opened, in the terms the page explains to the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// Cut off, changed on the way, or not a SkillPass link at all.
    Incomplete,
    /// Made by a newer SkillPass than this one.
    Newer,
    /// Far longer than any profile link.
    TooLong,
}

/// The longest fragment worth reading (the payload limit, in digits).
const MAX_DIGITS: usize = codec::MAX_BYTES / 7 * 17 + 17;

/// The link for `profile`: `origin` (ending in `/`) then `#` and the payload digits.
pub fn link(origin: &str, profile: &Profile) -> String {
    format!("{origin}#{}", digits::encode(&codec::encode(profile)))
}

/// What a link carries: a worker's profile (checked by [`crate::admit`], with what was left out), or a
/// trainer's signed class.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Opened {
    Profile(Box<Admitted>),
    Class(Box<SignedClass>),
}

fn link_error(e: DecodeError) -> LinkError {
    match e {
        DecodeError::Newer => LinkError::Newer,
        DecodeError::TooLong => LinkError::TooLong,
        DecodeError::Damaged | DecodeError::Checksum => LinkError::Incomplete,
    }
}

/// Reads a link's fragment (with or without its leading `#`). The class signature is not checked
/// here: the page that offers the class does that, so it can say "does not match".
pub fn open_any(fragment: &str) -> Result<Opened, LinkError> {
    let digits = fragment.strip_prefix('#').unwrap_or(fragment);
    if digits.len() > MAX_DIGITS {
        return Err(LinkError::TooLong);
    }
    let bytes = digits::decode(digits).map_err(|_| LinkError::Incomplete)?;
    if is_class_payload(&bytes) {
        return SignedClass::decode(&bytes)
            .map(|c| Opened::Class(Box::new(c)))
            .map_err(link_error);
    }
    codec::decode(&bytes)
        .map(|p| Opened::Profile(Box::new(Admitted::new(p))))
        .map_err(link_error)
}

/// Reads the profile in a link's fragment (with or without its leading `#`), checked by
/// [`crate::admit`] (what it left out is in [`open_any`]'s answer).
pub fn open(fragment: &str) -> Result<Profile, LinkError> {
    match open_any(fragment)? {
        Opened::Profile(a) => Ok(a.profile),
        Opened::Class(_) => Err(LinkError::Incomplete),
    }
}

/// True if a fragment looks like a share link (so the app opens the link page, not the builder).
/// Profile and class links alike are `#` then digits only ([`link`], [`SignedClass::link`]). A
/// link damaged on the way (cut short, a digit changed, a full stop stuck to its end) still starts
/// with a digit and gets the "cannot be opened" page. Anything else — `#`, `#top`, a field's id
/// (every element id in the app starts with a letter) — is a place on the page, not data: ignored.
pub fn is_share_fragment(fragment: &str) -> bool {
    let f = fragment.strip_prefix('#').unwrap_or(fragment);
    f.bytes().next().is_some_and(|b| b.is_ascii_digit())
}

/// What the worker chose to share.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub contact: bool,
    /// One flag per job, in profile order.
    pub jobs: Vec<bool>,
    /// The job she aims for: hers to tell, so it is shared only when she ticks it.
    pub goal: bool,
    /// Her "For a job centre" answers: hers to give, so shared only when she ticks them.
    pub job_centre: bool,
}

impl Choice {
    pub fn everything(p: &Profile) -> Self {
        Choice {
            contact: true,
            jobs: vec![true; p.jobs.len()],
            goal: false,
            job_centre: false,
        }
    }
}

/// The part of `p` that `choice` shares: without contact details if so chosen, without the jobs
/// left out, and without the skills that came only from those jobs.
pub fn select(p: &Profile, choice: &Choice) -> Profile {
    let t = taxonomy::get();
    let keep = |i: usize| choice.jobs.get(i).copied().unwrap_or(true);
    let activities_of = |jobs: &mut dyn Iterator<Item = &crate::Job>| -> Vec<&'static str> {
        jobs.flat_map(|j| t.job_activity_ids(j)).collect()
    };
    let kept_jobs: Vec<_> = p
        .jobs
        .iter()
        .enumerate()
        .filter(|(i, _)| keep(*i))
        .map(|(_, j)| j.clone())
        .collect();
    let dropped = activities_of(
        &mut p
            .jobs
            .iter()
            .enumerate()
            .filter(|(i, _)| !keep(*i))
            .map(|(_, j)| j),
    );
    let kept = activities_of(&mut kept_jobs.iter());
    let mut out = p.clone();
    if !choice.contact {
        out.contact = Default::default();
    }
    if !choice.goal {
        out.goal = None;
    }
    if !choice.job_centre {
        out.job_centre.clear();
    }
    // "I picked a job" names her goal: without the goal it would say nothing, so it goes only
    // with the goal's own tick.
    if out.goal.is_none()
        && out.job_centre.get("next_job").map(String::as_str)
            == Some(crate::jobcentre::NEXT_JOB_CHOSEN)
    {
        out.job_centre.remove("next_job");
    }
    out.skills.retain(|s| {
        s.source != SkillSource::Job
            || !dropped.contains(&s.id.as_str())
            || kept.contains(&s.id.as_str())
    });
    out.jobs = kept_jobs;
    // A badge from another issuer keeps its whole signed document, far too long for a link: it
    // travels as the training it names, and the reader sees it as self-reported.
    for c in &mut out.credentials {
        if c.signature
            .as_deref()
            .is_some_and(|s| s.starts_with(OB3_PREFIX))
        {
            c.signature = None;
        }
    }
    out
}
