//! What both packed forms share: a profile in a share link (`share::codec`) and a trainer's class
//! (`credential::class`). The taxonomy's field widths per version, the day both count from, optional
//! text, skill ids (a taxonomy number, or the id as text), and the one [`DecodeError`].
//!
//! Below both (the bits themselves are in [`crate::bits`]), so neither form reaches into the other.

use chrono::NaiveDate;

use crate::bits::text::{TextError, Texts};
use crate::bits::{BitReader, BitWriter, OutOfBits};
use crate::profile::SkillId;
use crate::taxonomy;

/// Field widths for each taxonomy version: (skills, occupations, certificates). Append a row when
/// a new version outgrows them; never change a row.
pub fn widths(taxonomy_version: u8) -> Option<(u32, u32, u32)> {
    match taxonomy_version {
        1 | 2 => Some((10, 6, 5)),
        _ => None,
    }
}

/// The day packed days count from (2025-01-01).
pub fn epoch() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 1, 1).expect("valid date")
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// Cut short, or a bit pattern this format never writes.
    Damaged,
    /// The checksum does not match: changed on the way.
    Checksum,
    /// Made by a newer SkillPass (format or taxonomy).
    Newer,
    TooLong,
}

impl From<OutOfBits> for DecodeError {
    fn from(_: OutOfBits) -> Self {
        DecodeError::Damaged
    }
}

impl From<TextError> for DecodeError {
    fn from(e: TextError) -> Self {
        match e {
            TextError::TooLong => DecodeError::TooLong,
            _ => DecodeError::Damaged,
        }
    }
}

pub fn write_opt_text(w: &mut BitWriter, x: &mut Texts, t: &Option<String>) {
    w.bit(t.is_some());
    if let Some(t) = t {
        x.write(w, t);
    }
}

pub fn read_opt_text(r: &mut BitReader, x: &mut Texts) -> Result<Option<String>, DecodeError> {
    Ok(if r.bit()? { Some(x.read(r)?) } else { None })
}

/// A skill id: its taxonomy number, or (for an id this taxonomy lacks) the id as text.
pub fn write_skill_id(w: &mut BitWriter, x: &mut Texts, id: &SkillId, bits: u32) {
    match taxonomy::get().skill(id) {
        Some(entry) if u32::from(entry.num) < (1 << bits) => {
            w.bit(true);
            w.bits(u32::from(entry.num), bits);
        }
        _ => {
            w.bit(false);
            x.write(w, id.as_str());
        }
    }
}

pub fn read_skill_id(r: &mut BitReader, x: &mut Texts, bits: u32) -> Result<SkillId, DecodeError> {
    if r.bit()? {
        let num = r.bits(bits)? as u16;
        let entry = taxonomy::get()
            .skill_by_num(num)
            .ok_or(DecodeError::Damaged)?;
        Ok(SkillId::new(entry.id))
    } else {
        Ok(SkillId::new(x.read(r)?))
    }
}
