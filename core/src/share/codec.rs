//! The binary form of a profile in a share link. Bit-packed, in this order:
//!
//! header byte (format · taxonomy version) · name · contact (3 presence bits + texts) ·
//! languages · jobs (occupation number, title as "the listed title in English/Spanish" or text,
//! employer, start date, end relative to the start or absolute) · skills (taxonomy number, source,
//! day added only when it changes) · credentials · (format 2) extension fields · CRC-16 of
//! everything before it.
//!
//! Numbers of the taxonomy are fixed-width per taxonomy version (10 bits for skills in version 1);
//! counts use Exp-Golomb codes; text uses [`crate::bits::text`] (the same frozen code table in both
//! formats). Old links keep working: the header says which format and which taxonomy version wrote
//! them, and taxonomy numbers are never reused.
//!
//! ## Format 1 (read forever, no longer written)
//! A date is a month: 11 bits of months since January 1940. A job's end is 2 bits of mode —
//! 0 none, 1 months after the start (Exp-Golomb), 2 an absolute month. A credential's date is a
//! presence bit and a month. It cannot say "a year alone".
//!
//! ## Format 2 (written since issue 14)
//! As format 1 except:
//! * a date is 8 bits of years since 1940 (0–160), a presence bit for the month, and (when set)
//!   4 bits of month − 1 (0–11);
//! * a job's end mode 1 is *years* after the start's year (Exp-Golomb, only when the end's year is
//!   not before the start's), then the end's month presence bit and month; mode 2 is an absolute
//!   date as above;
//! * after the credentials come the **extension fields**, the place for optional fields added later
//!   within format 2: a count (Exp-Golomb), then for each field its tag (Exp-Golomb), the length of
//!   its payload in bits (Exp-Golomb) and the payload. A reader passes over a tag it does not know
//!   (a link from a newer app still opens in an older one, without that field), and a tag appears at
//!   most once. A payload reads no text through the shared repeat table (it may be skipped): text
//!   inside one uses its own fresh [`Texts`]. Tag 0 is the goal (the job she aims for, as its
//!   occupation number, only when she chose to share it); no other tag is defined yet.

pub use crate::bits::crc16;
use crate::bits::text::Texts;
use crate::bits::{BitReader, BitWriter};
use crate::month::YearMonth;
pub use crate::pack::DecodeError;
use crate::pack::{epoch, read_opt_text, read_skill_id, widths, write_opt_text, write_skill_id};
use crate::profile::{
    Contact, Credential, CredentialKind, Job, Profile, Skill, SkillId, SkillSource,
};
use crate::taxonomy;

/// The format new links are written in; every older one still opens.
pub const FORMAT: u8 = 2;
/// Extension fields one link may carry (format 2).
const MAX_EXTENSIONS: u32 = 16;
/// Links larger than this are refused before any decoding (the largest real profile is < 2 kB).
pub const MAX_BYTES: usize = 8 * 1024;

/// Format 1: a month as months since January 1940.
const MONTH_BITS: u32 = 11;
/// Format 2: a year as years since 1940 (1940–2100 fit in 8 bits).
const YEAR_BITS: u32 = 8;
const FIRST_YEAR: i32 = crate::month::MIN_YEAR as i32;

/// Format 2: a date (year, month presence, month).
fn write_date(w: &mut BitWriter, d: YearMonth) {
    w.bits((i32::from(d.year()) - FIRST_YEAR) as u32, YEAR_BITS);
    write_month(w, d.month());
}

fn write_month(w: &mut BitWriter, m: Option<u8>) {
    w.bit(m.is_some());
    if let Some(m) = m {
        w.bits(u32::from(m) - 1, 4);
    }
}

fn read_month(r: &mut BitReader) -> Result<Option<u8>, DecodeError> {
    if !r.bit()? {
        return Ok(None);
    }
    match r.bits(4)? {
        m @ 0..=11 => Ok(Some(m as u8 + 1)),
        _ => Err(DecodeError::Damaged),
    }
}

fn date_from(year_offset: u32, month: Option<u8>) -> Result<YearMonth, DecodeError> {
    let year = u16::try_from(FIRST_YEAR as u32 + year_offset).map_err(|_| DecodeError::Damaged)?;
    YearMonth::with_month(year, month).map_err(|_| DecodeError::Damaged)
}

fn read_date(r: &mut BitReader) -> Result<YearMonth, DecodeError> {
    let offset = r.bits(YEAR_BITS)?;
    date_from(offset, read_month(r)?)
}

/// Format 1: months since January 1940 (a month is always there in format 1).
fn month_index(ym: YearMonth) -> u32 {
    (i32::from(ym.year()) - FIRST_YEAR) as u32 * 12 + u32::from(ym.month().unwrap_or(1)) - 1
}

fn month_from(index: u32) -> Result<YearMonth, DecodeError> {
    let year = FIRST_YEAR as u32 + index / 12;
    let year = u16::try_from(year).map_err(|_| DecodeError::Damaged)?;
    YearMonth::new(year, (index % 12) as u8 + 1).map_err(|_| DecodeError::Damaged)
}

/// How a listed title is stored: not at all when it is the list's own title.
fn title_mode(job: &Job) -> u32 {
    let occ = taxonomy::get().occupation_of(job);
    match occ {
        Some(o) if o.title.en() == job.title => 1,
        Some(o) if o.title.es() == job.title => 2,
        // Picked in another language: travels as the list's title, read in the reader's language.
        Some(o) if o.title.known().contains(&job.title.as_str()) => 1,
        _ => 0,
    }
}

fn cert_name_mode(c: &Credential) -> u32 {
    let cert = c
        .cert
        .as_deref()
        .and_then(|id| taxonomy::get().certificate(id));
    match cert {
        Some(k) if k.name.en() == c.name => 1,
        Some(k) if k.name.es() == c.name => 2,
        Some(k) if k.name.known().contains(&c.name.as_str()) => 1,
        _ => 0,
    }
}

fn source_bits(s: SkillSource) -> u32 {
    match s {
        SkillSource::Chosen => 0,
        SkillSource::Job => 1,
        SkillSource::Training => 2,
    }
}

/// The payload for `profile`, checksum included.
pub fn encode(profile: &Profile) -> Vec<u8> {
    let mut extensions = Vec::new();
    if let Some(goal) = goal_field(profile) {
        extensions.push((TAG_GOAL, goal));
    }
    if let Some(answers) = job_centre_field(profile) {
        extensions.push((TAG_JOB_CENTRE, answers));
    }
    encode_with(profile, &extensions)
}

/// Extension tag 0: the job the worker aims for (her goal), as its taxonomy number. Only a
/// listed job has one; [`super::select`] leaves the goal out unless she chose to share it.
const TAG_GOAL: u32 = 0;

/// Extension tag 1: her "For a job centre" answers, a nibble per question
/// ([`crate::jobcentre::to_nibbles`]); [`super::select`] leaves them out unless she ticked them.
const TAG_JOB_CENTRE: u32 = 1;

fn job_centre_field(profile: &Profile) -> Option<BitWriter> {
    let nibbles = crate::jobcentre::to_nibbles(&profile.job_centre);
    if nibbles.is_empty() {
        return None;
    }
    let mut w = BitWriter::new();
    for n in nibbles {
        w.bits(u32::from(n), 4);
    }
    Some(w)
}

fn goal_field(profile: &Profile) -> Option<BitWriter> {
    let t = taxonomy::get();
    let occ = t.occupation(profile.goal.as_deref()?)?;
    let (_, occ_bits, _) = widths(taxonomy::VERSION as u8)?;
    let mut w = BitWriter::new();
    w.bits(u32::from(occ.num), occ_bits);
    Some(w)
}

/// [`encode`] with extension fields `(tag, payload)` (see the module notes).
fn encode_with(profile: &Profile, extensions: &[(u32, BitWriter)]) -> Vec<u8> {
    let t = taxonomy::get();
    let version = taxonomy::VERSION as u8;
    let (skill_bits, occ_bits, cert_bits) =
        widths(version).expect("widths for the current taxonomy");
    let mut w = BitWriter::new();
    let mut x = Texts::default();
    w.bits(u32::from(FORMAT), 4);
    w.bits(u32::from(version), 4);

    x.write(&mut w, &profile.name);
    let c = &profile.contact;
    for field in [&c.phone, &c.email, &c.city] {
        write_opt_text(&mut w, &mut x, field);
    }
    w.uint(profile.languages.len() as u32);
    for l in &profile.languages {
        x.write(&mut w, l);
    }

    w.uint(profile.jobs.len() as u32);
    for job in &profile.jobs {
        let occ = t.occupation_of(job);
        match (occ, &job.occupation) {
            (Some(o), _) => {
                w.bits(1, 2);
                w.bits(u32::from(o.num), occ_bits);
            }
            (None, Some(code)) => {
                w.bits(2, 2);
                x.write(&mut w, code);
            }
            (None, None) => w.bits(0, 2),
        }
        let mode = title_mode(job);
        w.bits(mode, 2);
        if mode == 0 {
            x.write(&mut w, &job.title);
        }
        write_opt_text(&mut w, &mut x, &job.employer);
        w.bit(job.start.is_some());
        if let Some(s) = job.start {
            write_date(&mut w, s);
        }
        match (job.start, job.end) {
            (_, None) => w.bits(0, 2),
            (Some(s), Some(e)) if e.year() >= s.year() => {
                w.bits(1, 2);
                w.uint(u32::from(e.year() - s.year()));
                write_month(&mut w, e.month());
            }
            (_, Some(e)) => {
                w.bits(2, 2);
                write_date(&mut w, e);
            }
        }
    }

    let lists = activity_lists(&profile.jobs);
    w.uint(profile.skills.len() as u32);
    let mut day = epoch();
    for (i, s) in profile.skills.iter().enumerate() {
        // Most skills are one of a listed job's activities: then its place in that short list
        // is enough (about 6 bits instead of 11), and its source is almost always "from a job".
        let found = lists.iter().enumerate().find_map(|(j, list)| {
            list.iter()
                .position(|a| *a == s.id.as_str())
                .map(|k| (j, k))
        });
        let predicted = match found {
            Some((j, k)) => {
                w.bit(true);
                w.bits(j as u32, width_for(lists.len()));
                w.bits(k as u32, width_for(lists[j].len()));
                SkillSource::Job
            }
            None => {
                w.bit(false);
                write_skill_id(&mut w, &mut x, &s.id, skill_bits);
                SkillSource::Chosen
            }
        };
        w.bit(s.source == predicted);
        if s.source != predicted {
            w.bits(source_bits(s.source), 2);
        }
        let changed = i == 0 || s.added != day;
        w.bit(changed);
        if changed {
            w.int(
                (s.added - day)
                    .num_days()
                    .clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32,
            );
            day = s.added;
        }
    }

    w.uint(profile.credentials.len() as u32);
    for c in &profile.credentials {
        w.bit(c.kind == CredentialKind::Training);
        let cert = c.cert.as_deref().and_then(|id| t.certificate(id));
        match (cert, &c.cert) {
            (Some(k), _) => {
                w.bits(1, 2);
                w.bits(u32::from(k.num), cert_bits);
            }
            (None, Some(id)) => {
                w.bits(2, 2);
                x.write(&mut w, id);
            }
            (None, None) => w.bits(0, 2),
        }
        let mode = cert_name_mode(c);
        w.bits(mode, 2);
        if mode == 0 {
            x.write(&mut w, &c.name);
        }
        write_opt_text(&mut w, &mut x, &c.issuer);
        w.bit(c.date.is_some());
        if let Some(d) = c.date {
            write_date(&mut w, d);
        }
        w.uint(c.skills.len() as u32);
        for id in &c.skills {
            write_skill_id(&mut w, &mut x, id, skill_bits);
        }
        write_opt_text(&mut w, &mut x, &c.signature);
    }

    // The extension fields: see the module notes.
    w.uint(extensions.len() as u32);
    for (tag, payload) in extensions {
        w.uint(*tag);
        w.uint(payload.bit_len());
        w.append(payload);
    }

    let mut bytes = w.into_bytes();
    let crc = crc16(&bytes);
    bytes.extend(crc.to_be_bytes());
    bytes
}

/// Reads a payload. Any damage is an error; nothing here can panic.
pub fn decode(bytes: &[u8]) -> Result<Profile, DecodeError> {
    if bytes.len() > MAX_BYTES {
        return Err(DecodeError::TooLong);
    }
    let (body, crc) = bytes
        .split_at_checked(bytes.len().saturating_sub(2))
        .ok_or(DecodeError::Damaged)?;
    if body.is_empty() {
        return Err(DecodeError::Damaged);
    }
    let format = body[0] >> 4;
    if format > FORMAT {
        return Err(DecodeError::Newer);
    }
    if crc16(body).to_be_bytes() != crc {
        return Err(DecodeError::Checksum);
    }
    if format == 0 {
        return Err(DecodeError::Damaged);
    }
    let version = body[0] & 0x0F;
    if u32::from(version) > taxonomy::VERSION {
        return Err(DecodeError::Newer);
    }
    let (skill_bits, occ_bits, cert_bits) = widths(version).ok_or(DecodeError::Damaged)?;
    let t = taxonomy::get();
    let mut r = BitReader::new(&body[1..]);
    let mut x = Texts::default();
    let count = |r: &mut BitReader, limit: u32| -> Result<usize, DecodeError> {
        let n = r.uint()?;
        // Every item takes at least one bit, so a count beyond the bits left is damage.
        if n > limit || n as usize > r.remaining() {
            return Err(DecodeError::Damaged);
        }
        Ok(n as usize)
    };

    let name = x.read(&mut r)?;
    let contact = Contact {
        phone: read_opt_text(&mut r, &mut x)?,
        email: read_opt_text(&mut r, &mut x)?,
        city: read_opt_text(&mut r, &mut x)?,
    };
    let languages = (0..count(&mut r, 64)?)
        .map(|_| x.read(&mut r).map_err(DecodeError::from))
        .collect::<Result<_, _>>()?;

    let mut jobs = Vec::new();
    for _ in 0..count(&mut r, 256)? {
        let (occ, code) = match r.bits(2)? {
            0 => (None, None),
            1 => {
                let o = read_occupation(&mut r, occ_bits)?;
                (Some(o), Some(o.soc.to_string()))
            }
            2 => (None, Some(x.read(&mut r)?)),
            _ => return Err(DecodeError::Damaged),
        };
        let title = match (r.bits(2)?, occ) {
            (0, _) => x.read(&mut r)?,
            (1, Some(o)) => o.title.en().to_string(),
            (2, Some(o)) => o.title.es().to_string(),
            _ => return Err(DecodeError::Damaged),
        };
        let mut job = Job {
            id: String::new(),
            title,
            employer: None,
            occupation: code,
            start: None,
            end: None,
        };
        job.employer = read_opt_text(&mut r, &mut x)?;
        if format == 1 {
            if r.bit()? {
                job.start = Some(month_from(r.bits(MONTH_BITS)?)?);
            }
            job.end = match (r.bits(2)?, job.start) {
                (0, _) => None,
                (1, Some(s)) => {
                    let delta = r.uint()?;
                    Some(month_from(
                        month_index(s)
                            .checked_add(delta)
                            .ok_or(DecodeError::Damaged)?,
                    )?)
                }
                (2, _) => Some(month_from(r.bits(MONTH_BITS)?)?),
                _ => return Err(DecodeError::Damaged),
            };
        } else {
            if r.bit()? {
                job.start = Some(read_date(&mut r)?);
            }
            job.end = match (r.bits(2)?, job.start) {
                (0, _) => None,
                (1, Some(s)) => {
                    let years = r.uint()?;
                    let offset = (u32::from(s.year()) - FIRST_YEAR as u32)
                        .checked_add(years)
                        .ok_or(DecodeError::Damaged)?;
                    Some(date_from(offset, read_month(&mut r)?)?)
                }
                (2, _) => Some(read_date(&mut r)?),
                _ => return Err(DecodeError::Damaged),
            };
        }
        jobs.push(job);
    }

    let lists = activity_lists(&jobs);
    let mut skills = Vec::new();
    let mut day = epoch();
    for i in 0..count(&mut r, 4096)? {
        let (id, predicted) = if r.bit()? {
            let j = r.bits(width_for(lists.len()))? as usize;
            let list = lists.get(j).ok_or(DecodeError::Damaged)?;
            let k = r.bits(width_for(list.len()))? as usize;
            let id = list.get(k).ok_or(DecodeError::Damaged)?;
            (SkillId::new(*id), SkillSource::Job)
        } else {
            (
                read_skill_id(&mut r, &mut x, skill_bits)?,
                SkillSource::Chosen,
            )
        };
        let source = if r.bit()? {
            predicted
        } else {
            match r.bits(2)? {
                0 => SkillSource::Chosen,
                1 => SkillSource::Job,
                2 => SkillSource::Training,
                _ => return Err(DecodeError::Damaged),
            }
        };
        let changed = r.bit()?;
        if changed {
            day = day
                .checked_add_signed(chrono::Duration::days(i64::from(r.int()?)))
                .ok_or(DecodeError::Damaged)?;
        } else if i == 0 {
            return Err(DecodeError::Damaged);
        }
        skills.push(Skill {
            id,
            source,
            added: day,
        });
    }

    let mut credentials = Vec::new();
    for _ in 0..count(&mut r, 256)? {
        let kind = if r.bit()? {
            CredentialKind::Training
        } else {
            CredentialKind::Certificate
        };
        let (cert, entry) = match r.bits(2)? {
            0 => (None, None),
            1 => {
                let num = r.bits(cert_bits)? as u16;
                let k = t
                    .certificates
                    .iter()
                    .find(|c| c.num == num)
                    .ok_or(DecodeError::Damaged)?;
                (Some(k.id.to_string()), Some(k))
            }
            2 => (Some(x.read(&mut r)?), None),
            _ => return Err(DecodeError::Damaged),
        };
        let name = match (r.bits(2)?, entry) {
            (0, _) => x.read(&mut r)?,
            (1, Some(k)) => k.name.en().to_string(),
            (2, Some(k)) => k.name.es().to_string(),
            _ => return Err(DecodeError::Damaged),
        };
        let issuer = read_opt_text(&mut r, &mut x)?;
        let date = match (r.bit()?, format) {
            (false, _) => None,
            (true, 1) => Some(month_from(r.bits(MONTH_BITS)?)?),
            (true, _) => Some(read_date(&mut r)?),
        };
        let skills = (0..count(&mut r, 4096)?)
            .map(|_| read_skill_id(&mut r, &mut x, skill_bits))
            .collect::<Result<_, _>>()?;
        let signature = read_opt_text(&mut r, &mut x)?;
        credentials.push(Credential {
            id: String::new(),
            kind,
            cert,
            name,
            issuer,
            date,
            skills,
            signature,
        });
    }

    let mut goal = None;
    let mut job_centre = Default::default();
    if format >= 2 {
        let n = r.uint()?;
        if n > MAX_EXTENSIONS {
            return Err(DecodeError::Damaged);
        }
        let mut seen = Vec::new();
        for _ in 0..n {
            let tag = r.uint()?;
            let len = r.uint()? as usize;
            if seen.contains(&tag) {
                return Err(DecodeError::Damaged);
            }
            seen.push(tag);
            match tag {
                TAG_GOAL if len == occ_bits as usize => {
                    goal = Some(read_occupation(&mut r, occ_bits)?.soc.to_string());
                }
                TAG_GOAL => return Err(DecodeError::Damaged),
                // A newer app may add questions (more nibbles): read them all, keep the known.
                TAG_JOB_CENTRE if len.is_multiple_of(4) && len <= 4 * 64 => {
                    let nibbles = (0..len / 4)
                        .map(|_| r.bits(4).map(|n| n as u8))
                        .collect::<Result<Vec<_>, _>>()?;
                    job_centre = crate::jobcentre::from_nibbles(&nibbles);
                }
                TAG_JOB_CENTRE => return Err(DecodeError::Damaged),
                // A newer app's field is passed over.
                _ => r.skip(len)?,
            }
        }
    }
    if !r.rest_is_padding() {
        return Err(DecodeError::Damaged);
    }
    // The link carries no ids (its format is frozen): decoded entries get fresh ones here.
    let mut profile = Profile {
        name,
        short_name: None,
        contact,
        languages,
        jobs,
        skills,
        credentials,
        goal,
        job_centre,
    };
    profile.assign_ids();
    Ok(profile)
}

/// A listed job by its taxonomy number; a number no job has is damage, never a guess.
fn read_occupation(
    r: &mut BitReader,
    occ_bits: u32,
) -> Result<&'static taxonomy::Occupation, DecodeError> {
    let num = r.bits(occ_bits)? as u16;
    taxonomy::get()
        .occupations
        .iter()
        .find(|o| o.num == num)
        .ok_or(DecodeError::Damaged)
}

/// The activity lists of the profile's listed jobs, in job order (typed jobs have none).
fn activity_lists(jobs: &[Job]) -> Vec<Vec<&'static str>> {
    let t = taxonomy::get();
    jobs.iter()
        .filter(|j| t.occupation_of(j).is_some())
        .map(|j| t.job_activity_ids(j))
        .collect()
}

/// Bits needed to tell `n` things apart (0 for one thing).
fn width_for(n: usize) -> u32 {
    usize::BITS - n.saturating_sub(1).leading_zeros()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Profile {
        let mut p = Profile {
            name: "Ana".into(),
            ..Profile::default()
        };
        p.jobs.push(Job {
            id: String::new(),
            title: "Cook".into(),
            employer: None,
            occupation: None,
            start: YearMonth::parse("2023-05").ok(),
            end: YearMonth::parse("2023").ok(),
        });
        p.assign_ids();
        p
    }

    #[test]
    fn new_links_are_format_2_and_a_year_alone_survives() {
        let p = sample();
        let bytes = encode(&p);
        assert_eq!(bytes[0] >> 4, 2);
        assert_eq!(decode(&bytes), Ok(p));
    }

    #[test]
    fn an_extension_field_from_a_newer_app_is_passed_over() {
        let p = sample();
        let mut unknown = BitWriter::new();
        unknown.bits(0b1011_0110, 8);
        unknown.uint(12345);
        let bytes = encode_with(&p, &[(5, unknown), (7, BitWriter::new())]);
        assert_eq!(decode(&bytes), Ok(p.clone()));
        // A tag twice, or a payload longer than the link, is damage.
        let twice = encode_with(&p, &[(3, BitWriter::new()), (3, BitWriter::new())]);
        assert_eq!(decode(&twice), Err(DecodeError::Damaged));
        let many: Vec<(u32, BitWriter)> = (0..=MAX_EXTENSIONS)
            .map(|t| (t, BitWriter::new()))
            .collect();
        assert_eq!(decode(&encode_with(&p, &many)), Err(DecodeError::Damaged));
    }

    #[test]
    fn job_centre_answers_travel_as_tag_1_in_a_nibble_each() {
        let mut p = sample();
        let before = encode(&p).len();
        for (q, a) in [
            ("working", "looking"),
            ("school", "rather-not"),
            ("veteran", "no"),
        ] {
            p.job_centre.insert(q.into(), a.into());
        }
        let bytes = encode(&p);
        assert_eq!(decode(&bytes).unwrap().job_centre, p.job_centre);
        assert!(
            bytes.len() <= before + 4,
            "four nibbles and a tag cost at most 4 bytes"
        );
        // A length that is not whole nibbles is damage; a newer app's longer list is read.
        let mut odd = BitWriter::new();
        odd.bits(1, 3);
        let q = sample();
        assert_eq!(
            decode(&encode_with(&q, &[(TAG_JOB_CENTRE, odd)])),
            Err(DecodeError::Damaged)
        );
        let mut longer = BitWriter::new();
        for n in [3, 0, 0, 0, 0, 0, 9, 9] {
            longer.bits(n, 4);
        }
        let read = decode(&encode_with(&q, &[(TAG_JOB_CENTRE, longer)])).unwrap();
        assert_eq!(
            read.job_centre.get("working").map(String::as_str),
            Some("looking")
        );
        assert_eq!(read.job_centre.len(), 1);
    }

    #[test]
    fn the_goal_travels_as_tag_0_and_a_bent_one_is_damage() {
        let mut p = sample();
        p.goal = Some("29-2061.00".into());
        assert_eq!(
            decode(&encode(&p)).unwrap().goal.as_deref(),
            Some("29-2061.00")
        );
        let (_, occ_bits, _) = widths(taxonomy::VERSION as u8).unwrap();
        // The wrong length, or a number no job has, is damage, never a guessed goal.
        let mut long = BitWriter::new();
        long.bits(9, occ_bits + 1);
        let mut nobody = BitWriter::new();
        nobody.bits((1 << occ_bits) - 1, occ_bits);
        for field in [long, nobody, BitWriter::new()] {
            let q = Profile {
                goal: None,
                job_centre: Default::default(),
                ..p.clone()
            };
            assert_eq!(
                decode(&encode_with(&q, &[(0, field)])),
                Err(DecodeError::Damaged)
            );
        }
        // A goal the lists do not know is not written at all.
        p.goal = Some("99-9999.99".into());
        assert_eq!(decode(&encode(&p)).unwrap().goal, None);
    }

    #[test]
    fn current_taxonomy_numbers_fit_their_widths() {
        let t = taxonomy::get();
        let (s, o, c) = widths(taxonomy::VERSION as u8).unwrap();
        assert!(t.skills.iter().all(|x| u32::from(x.num) < (1 << s)));
        assert!(t.occupations.iter().all(|x| u32::from(x.num) < (1 << o)));
        assert!(t.certificates.iter().all(|x| u32::from(x.num) < (1 << c)));
    }
}
