//! A trainer's class record: what the trainer types, signed on the trainer's device, carried in a
//! link or QR code, and added to a learner's profile as a training with its signature.
//!
//! One signature serves every use. The record maps to exactly one Open Badges 3.0
//! `OpenBadgeCredential` (built here, deterministically), and the trainer signs that document with
//! `eddsa-jcs-2022`. The link carries only the record's compact bits, the public key and the
//! signature; anyone can rebuild the same document from them, check the signature offline, and
//! export it as a standard credential whose proof verifies anywhere.
//!
//! Link payload (after the 4-bit kind [`KIND`] and 4-bit taxonomy version): per-learner flag ·
//! provider · class · description · day (days after 2025-01-01) · signing day (days after the
//! class) · hours (0 = not given) · how it was assessed · learner's name · skills · public key
//! (32 bytes) · signature (64 bytes) · CRC-16.

use chrono::{Datelike, NaiveDate};
use ed25519_dalek::{Signature, SigningKey, VerifyingKey};
use serde_json::{json, Value};

use super::eddsa::{self, Suite};
use crate::bits::text::Texts;
use crate::bits::{crc16, digits, BitReader, BitWriter};
use crate::month::YearMonth;
use crate::pack::{
    epoch, read_opt_text, read_skill_id, widths, write_opt_text, write_skill_id, DecodeError,
};
use crate::profile::{Credential, CredentialKind, SkillId};
use crate::taxonomy;

/// The first nibble of a class payload with one proof (`eddsa-jcs-2022`), as made before
/// December 2026. Profile payloads use 1; an older app reading a class link therefore says it was
/// "made by a newer SkillPass" rather than "damaged".
pub const KIND: u8 = 8;
/// The first nibble of a class payload with both proofs (`eddsa-jcs-2022` and `eddsa-rdfc-2022`),
/// whose room record names the class session as its subject (see [`Edition::Two`]).
pub const KIND_TWO_PROOFS: u8 = 9;
/// How a class travels inside a profile's `Credential::signature`.
pub const TOKEN_PREFIX: &str = "sp1:";
pub const OB3_CONTEXT: &str = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
pub const VC_CONTEXT: &str = "https://www.w3.org/ns/credentials/v2";
pub const MAX_SKILLS: usize = 20;
/// The English names signed for skills whose display text changed after release
/// (`core/data/signed_wording_overrides.tsv`: id, tab, the wording as released).
pub const SIGNED_OVERRIDES: &str = include_str!("../../data/signed_wording_overrides.tsv");
pub const MAX_HOURS: u16 = 2000;
/// The `identityType` of a room record's subject (see [`Edition::Two`]).
pub const ROOM_IDENTITY: &str = "ext:SkillPassRoom";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClassRecord {
    pub provider: String,
    pub class: String,
    pub description: String,
    pub day: NaiveDate,
    pub hours: Option<u16>,
    pub assessed: Option<String>,
    pub skills: Vec<SkillId>,
    /// Per-learner records name the learner ("María H."); a class record for the room does not.
    pub learner: Option<String>,
    /// The day the trainer signed it (the proof's `created`).
    pub signed_on: NaiveDate,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignedClass {
    pub record: ClassRecord,
    pub key: [u8; 32],
    /// The `eddsa-jcs-2022` signature.
    pub signature: [u8; 64],
    /// The `eddsa-rdfc-2022` signature, on classes signed since December 2026.
    pub rdfc: Option<[u8; 64]>,
}

/// Which document a record stands for: the one signed before December 2026, or today's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edition {
    /// One proof; a room record's subject has neither `id` nor `identifier`.
    One,
    /// Two proofs; a room record's subject has one `identifier`, of type `ext:SkillPassRoom`,
    /// holding the credential's own id: "whoever took part in this session". Open Badges 3.0
    /// (§B.1.3) needs an `id` or an `identifier`; a room record names nobody, and nothing the
    /// learner's app adds later could be signed by the trainer, so the subject is the session.
    /// It proves the trainer signed this class and these skills for the people in that room; it
    /// does not prove who holds the file (a per-learner record does, by name).
    Two,
}

fn moment(day: NaiveDate) -> String {
    format!("{day}T00:00:00Z")
}

/// A UUID (version 8, RFC 9562) from a hash, so the same record always gets the same ids.
fn uuid(hash: &[u8; 32]) -> String {
    let mut b = [0u8; 16];
    b.copy_from_slice(&hash[..16]);
    b[6] = (b[6] & 0x0f) | 0x80;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "urn:uuid:{}-{}-{}-{}-{}",
        &h[..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..]
    )
}

impl ClassRecord {
    fn write(&self, w: &mut BitWriter, kind: u8) {
        let version = taxonomy::VERSION as u8;
        let skill_bits = widths(version).map_or(10, |w| w.0);
        let mut x = Texts::default();
        w.bits(u32::from(kind), 4);
        w.bits(u32::from(version), 4);
        w.bit(self.learner.is_some());
        x.write(w, &self.provider);
        x.write(w, &self.class);
        x.write(w, &self.description);
        w.int(days(epoch(), self.day));
        w.int(days(self.day, self.signed_on));
        w.uint(u32::from(self.hours.unwrap_or(0)));
        write_opt_text(w, &mut x, &self.assessed);
        if let Some(l) = &self.learner {
            x.write(w, l);
        }
        w.uint(self.skills.len() as u32);
        for s in &self.skills {
            write_skill_id(w, &mut x, s, skill_bits);
        }
    }

    /// The record's own bits (no key, no signature): what the ids are derived from (written with
    /// the first kind, so a record keeps its ids in both editions).
    fn bits(&self) -> Vec<u8> {
        let mut w = BitWriter::new();
        self.write(&mut w, KIND);
        w.into_bytes()
    }

    /// The Open Badges 3.0 credential this record stands for, without its proof.
    pub fn document(&self, key: &VerifyingKey) -> Value {
        self.document_of(key, Edition::Two)
    }

    pub fn document_of(&self, key: &VerifyingKey, edition: Edition) -> Value {
        let display = |id: &SkillId| {
            taxonomy::get()
                .skill(id)
                .map_or(id.as_str(), |e| e.words.en())
                .to_string()
        };
        self.document_worded(key, &display, SIGNED_OVERRIDES, edition)
    }

    /// [`Self::document`] with the skills' English display text from `display` and the frozen
    /// signed wording from `overrides` (so a test can show a reworded skill keeps verifying).
    pub fn document_worded(
        &self,
        key: &VerifyingKey,
        display: &dyn Fn(&SkillId) -> String,
        overrides: &str,
        edition: Edition,
    ) -> Value {
        let t = taxonomy::get();
        let did = eddsa::did_key(key);
        let mut seed = self.bits();
        seed.extend_from_slice(key.as_bytes());
        let hash = eddsa::sha256(&seed);
        let alignment: Vec<Value> = self
            .skills
            .iter()
            .map(|id| {
                let entry = t.skill(id);
                let shown = display(id);
                let name = signed_name(id.as_str(), &shown, overrides);
                let (framework, url) = match entry.and_then(|e| e.esco) {
                    Some(uri) => ("ESCO 1.0", uri.to_string()),
                    None if id.as_str().starts_with("4.A.") => (
                        "O*NET 29.2 Detailed Work Activities",
                        "https://www.onetcenter.org/dictionary/29.2/excel/dwa_reference.html"
                            .to_string(),
                    ),
                    None => ("SkillPass", format!("urn:skillpass:skill:{}", id.as_str())),
                };
                json!({
                    "type": ["Alignment"],
                    "targetName": name,
                    "targetUrl": url,
                    "targetCode": id.as_str(),
                    "targetFramework": framework,
                })
            })
            .collect();
        let mut narrative = String::from("Took part in the class.");
        if let Some(h) = self.hours {
            narrative = format!("Took part in the {h}-hour class.");
        }
        if let Some(a) = &self.assessed {
            narrative = format!("{narrative} Assessed: {a}");
        }
        let mut subject = json!({
            "type": ["AchievementSubject"],
            "achievement": {
                "id": uuid(&eddsa::sha256(&[&hash[..], b"achievement"].concat())),
                "type": ["Achievement"],
                "achievementType": "Course",
                "name": self.class,
                "description": if self.description.is_empty() { &self.class } else { &self.description },
                "criteria": { "narrative": narrative },
                "alignment": alignment,
            }
        });
        let id = uuid(&hash);
        match (&self.learner, edition) {
            (Some(l), _) => {
                subject["identifier"] = json!([{
                    "type": "IdentityObject",
                    "identityHash": l,
                    "identityType": "name",
                    "hashed": false,
                }]);
            }
            (None, Edition::Two) => {
                subject["identifier"] = json!([{
                    "type": "IdentityObject",
                    "identityHash": id,
                    "identityType": ROOM_IDENTITY,
                    "hashed": false,
                }]);
            }
            (None, Edition::One) => {}
        }
        json!({
            "@context": [VC_CONTEXT, OB3_CONTEXT],
            "id": id,
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "name": self.class,
            "issuer": { "id": did, "type": ["Profile"], "name": self.provider },
            "validFrom": moment(self.day),
            "credentialSubject": subject,
        })
    }

    /// Signs with both suites. Should the record not canonicalize as RDF (it always does: a test
    /// holds that for every record the trainer's form accepts), it is signed as before, with one.
    pub fn sign(self, key: &SigningKey) -> SignedClass {
        let public = key.verifying_key();
        let created = moment(self.signed_on);
        let doc = self.document_of(&public, Edition::Two);
        let rdfc = eddsa::signature_for(Suite::Rdfc, &doc, key, &created);
        let edition = if rdfc.is_some() {
            Edition::Two
        } else {
            Edition::One
        };
        let signature = eddsa::signature(&self.document_of(&public, edition), key, &created);
        SignedClass {
            record: self,
            key: public.to_bytes(),
            signature,
            rdfc,
        }
    }
}

fn days(from: NaiveDate, to: NaiveDate) -> i32 {
    (to - from)
        .num_days()
        .clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32
}

fn add_days(from: NaiveDate, n: i32) -> Result<NaiveDate, DecodeError> {
    from.checked_add_signed(chrono::Duration::days(i64::from(n)))
        .ok_or(DecodeError::Damaged)
}

impl SignedClass {
    pub fn public_key(&self) -> Option<VerifyingKey> {
        VerifyingKey::from_bytes(&self.key).ok()
    }

    pub fn edition(&self) -> Edition {
        if self.rdfc.is_some() {
            Edition::Two
        } else {
            Edition::One
        }
    }

    /// The proofs a link carries, each with its config, over [`Self::document`].
    fn proofs(&self, key: &VerifyingKey, doc: &Value) -> Vec<(Suite, Value, [u8; 64])> {
        let created = moment(self.record.signed_on);
        let mut out = vec![(
            Suite::Jcs,
            eddsa::proof_config_for(Suite::Jcs, doc, key, &created),
            self.signature,
        )];
        if let Some(sig) = self.rdfc {
            out.push((
                Suite::Rdfc,
                eddsa::proof_config_for(Suite::Rdfc, doc, key, &created),
                sig,
            ));
        }
        out
    }

    /// The Open Badges document the signatures are over.
    pub fn document(&self, key: &VerifyingKey) -> Value {
        self.record.document_of(key, self.edition())
    }

    /// True only if the trainer's key signed exactly this record, in every suite the link carries.
    pub fn verify(&self) -> bool {
        let Some(key) = self.public_key() else {
            return false;
        };
        let doc = self.document(&key);
        self.proofs(&key, &doc).iter().all(|(suite, config, sig)| {
            eddsa::hash_data_for(*suite, &doc, config).is_some_and(|data| {
                key.verify_strict(&data, &Signature::from_bytes(sig))
                    .is_ok()
            })
        })
    }

    /// The signed Open Badges 3.0 credential, with both proofs (one for classes signed before
    /// December 2026): each verifies with any verifier of its suite.
    pub fn to_open_badge(&self) -> Option<Value> {
        let key = self.public_key()?;
        let doc = self.document(&key);
        Some(eddsa::attach_all(&doc, self.proofs(&key, &doc)))
    }

    pub fn encode(&self) -> Vec<u8> {
        let mut w = BitWriter::new();
        let kind = if self.rdfc.is_some() {
            KIND_TWO_PROOFS
        } else {
            KIND
        };
        self.record.write(&mut w, kind);
        let rdfc = self.rdfc.iter().flatten();
        for b in self.key.iter().chain(self.signature.iter()).chain(rdfc) {
            w.bits(u32::from(*b), 8);
        }
        let mut bytes = w.into_bytes();
        let crc = crc16(&bytes);
        bytes.extend(crc.to_be_bytes());
        bytes
    }

    /// Reads a class payload; any damage is an error, nothing here panics.
    pub fn decode(bytes: &[u8]) -> Result<SignedClass, DecodeError> {
        let (body, crc) = bytes
            .split_at_checked(bytes.len().saturating_sub(2))
            .ok_or(DecodeError::Damaged)?;
        let Some(&first) = body.first() else {
            return Err(DecodeError::Damaged);
        };
        let two = match first >> 4 {
            KIND => false,
            KIND_TWO_PROOFS => true,
            _ => return Err(DecodeError::Damaged),
        };
        if crc16(body).to_be_bytes() != crc {
            return Err(DecodeError::Checksum);
        }
        let version = first & 0x0f;
        let (skill_bits, _, _) = widths(version).ok_or(DecodeError::Newer)?;
        let mut r = BitReader::new(body);
        r.bits(8)?;
        let mut x = Texts::default();
        let per_learner = r.bit()?;
        let provider = x.read(&mut r)?;
        let class = x.read(&mut r)?;
        let description = x.read(&mut r)?;
        let day = add_days(epoch(), r.int()?)?;
        let signed_on = add_days(day, r.int()?)?;
        let hours = match r.uint()? {
            0 => None,
            h => Some(u16::try_from(h).map_err(|_| DecodeError::Damaged)?),
        };
        let assessed = read_opt_text(&mut r, &mut x)?;
        let learner = if per_learner {
            Some(x.read(&mut r)?)
        } else {
            None
        };
        let n = r.uint()? as usize;
        if n > MAX_SKILLS {
            return Err(DecodeError::Damaged);
        }
        let skills = (0..n)
            .map(|_| read_skill_id(&mut r, &mut x, skill_bits))
            .collect::<Result<Vec<_>, _>>()?;
        let mut raw = [0u8; 160];
        let raw_len = if two { 160 } else { 96 };
        for b in raw[..raw_len].iter_mut() {
            *b = r.bits(8)? as u8;
        }
        if !r.rest_is_padding() {
            return Err(DecodeError::Damaged);
        }
        let mut key = [0u8; 32];
        key.copy_from_slice(&raw[..32]);
        let mut signature = [0u8; 64];
        signature.copy_from_slice(&raw[32..96]);
        let rdfc = two.then(|| {
            let mut s = [0u8; 64];
            s.copy_from_slice(&raw[96..]);
            s
        });
        Ok(SignedClass {
            record: ClassRecord {
                provider,
                class,
                description,
                day,
                hours,
                assessed,
                skills,
                learner,
                signed_on,
            },
            key,
            signature,
            rdfc,
        })
    }

    /// `origin#digits`, the same link shape as a profile's.
    pub fn link(&self, origin: &str) -> String {
        format!("{origin}#{}", digits::encode(&self.encode()))
    }

    /// How the class is kept inside a profile (and travels inside a shared profile).
    pub fn token(&self) -> String {
        format!("{TOKEN_PREFIX}{}", digits::encode(&self.encode()))
    }

    pub fn from_token(token: &str) -> Option<SignedClass> {
        let d = token.strip_prefix(TOKEN_PREFIX)?;
        SignedClass::decode(&digits::decode(d).ok()?).ok()
    }

    /// The training entry a learner's profile gets.
    pub fn credential(&self) -> Credential {
        let r = &self.record;
        Credential {
            id: String::new(),
            kind: CredentialKind::Training,
            cert: None,
            name: r.class.clone(),
            issuer: Some(r.provider.clone()),
            date: YearMonth::new(r.day.year().clamp(0, 9999) as u16, r.day.month() as u8).ok(),
            skills: r.skills.clone(),
            signature: Some(self.token()),
        }
    }

    /// See [`fingerprint`].
    pub fn fingerprint(&self) -> String {
        fingerprint(&self.key)
    }
}

/// The English name a signed class document gives a skill: its frozen wording in `overrides` if
/// it has one (its display text changed after release), else `display`.
pub fn signed_name<'a>(id: &str, display: &'a str, overrides: &'a str) -> &'a str {
    overrides
        .lines()
        .filter(|l| !l.starts_with('#'))
        .find_map(|l| l.split_once('\t').filter(|(k, _)| *k == id).map(|(_, v)| v))
        .unwrap_or(display)
}

/// The name this release signs for `id` (see [`signed_name`]).
pub fn signed_skill_name(id: &SkillId) -> String {
    let display = taxonomy::get()
        .skill(id)
        .map_or(id.as_str(), |e| e.words.en());
    signed_name(id.as_str(), display, SIGNED_OVERRIDES).to_string()
}

const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// `K7QM-2XRD-9TWE-P4HA`: the first 80 bits of the key's SHA-256 in Crockford base32 (no I, L, O
/// or U, so nothing reads as another character), four groups of four, for trainers to print and
/// learners to compare. 19 characters: one line on a 320 px phone.
pub fn fingerprint(key: &[u8; 32]) -> String {
    let h = eddsa::sha256(key);
    let bits = h[..10].iter().fold(0u128, |a, b| a << 8 | u128::from(*b));
    let mut out = String::with_capacity(19);
    for i in 0..16 {
        if i > 0 && i % 4 == 0 {
            out.push('-');
        }
        out.push(char::from(CROCKFORD[(bits >> (75 - 5 * i) & 31) as usize]));
    }
    out
}

/// `3F9A-1C2B`: how releases before December 2026 showed a key (its SHA-256's first four bytes),
/// shown beside the new form on the trainer page so handouts printed before can be matched.
pub fn old_fingerprint(key: &[u8; 32]) -> String {
    let h = eddsa::sha256(key);
    format!("{:02X}{:02X}-{:02X}{:02X}", h[0], h[1], h[2], h[3])
}

/// True if a link's payload is a class record rather than a profile.
pub fn is_class_payload(bytes: &[u8]) -> bool {
    bytes
        .first()
        .is_some_and(|b| matches!(b >> 4, KIND | KIND_TWO_PROOFS))
}
