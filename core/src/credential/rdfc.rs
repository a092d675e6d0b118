//! RDF Dataset Canonicalization (RDFC-1.0) of the Open Badges documents SkillPass signs, for the
//! `eddsa-rdfc-2022` proof that wallets and 1EdTech's validator check.
//!
//! A general JSON-LD processor would need the contexts and a large engine in the app. Instead the
//! document is read as RDF through a fixed table of the terms SkillPass's documents use, each
//! with the IRI and value type the VC 2.0, Data Integrity and Open Badges 3.0.3 contexts give it
//! (`tests/interop/rdfc.test.mjs` holds our output to `jsonld` + `rdf-canonize`, byte for byte,
//! over generated documents). A document with any other term, context or value shape is not read
//! at all ([`quads`] gives `None`): its `eddsa-rdfc-2022` proof is then "not checked", never
//! guessed. Blank nodes are labelled by RDFC-1.0's first-degree hashes; when two blank nodes hash
//! alike (which the documents we build never do) the document is likewise not read.

use serde_json::Value;
use sha2::{Digest, Sha256};

const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const XSD_STRING: &str = "http://www.w3.org/2001/XMLSchema#string";
const XSD_DATETIME: &str = "http://www.w3.org/2001/XMLSchema#dateTime";
/// The Open Badges context writes these two with `https`.
const OB_BOOLEAN: &str = "https://www.w3.org/2001/XMLSchema#boolean";
const OB_ANYURI: &str = "https://www.w3.org/2001/XMLSchema#anyURI";
const CRED: &str = "https://www.w3.org/2018/credentials#";
const OB: &str = "https://purl.imsglobal.org/spec/vc/ob/vocab.html#";
const SCHEMA: &str = "https://schema.org/";
const SEC: &str = "https://w3id.org/security#";

/// The only `@context` read: VC 2.0 then Open Badges 3.0.3 (what [`super::class`] writes).
pub const CONTEXTS: [&str; 2] = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
];

#[derive(Clone, Copy)]
enum Kind {
    /// A string, as a plain literal.
    Text,
    /// A string with this datatype.
    Typed(&'static str),
    /// `true` or `false`, as the Open Badges context types them.
    Bool,
    /// A string is an IRI; an object is a node.
    Id,
    /// An object is a node (a string would be a literal).
    Node,
    /// `proofPurpose`: a term of its own scoped context.
    Purpose,
}

/// Terms: as written, the local part of their IRI, and how their values read.
type Terms = &'static [(&'static str, &'static str, Kind)];

/// Types by the term used in `type`, with the terms their type-scoped context adds.
const TYPES: &[(&str, &str, &str, Terms)] = &[
    (
        "VerifiableCredential",
        CRED,
        "VerifiableCredential",
        &[
            ("credentialSubject", "credentialSubject", Kind::Id),
            ("issuer", "issuer", Kind::Id),
            ("validFrom", "validFrom", Kind::Typed(XSD_DATETIME)),
            ("validUntil", "validUntil", Kind::Typed(XSD_DATETIME)),
        ],
    ),
    ("OpenBadgeCredential", OB, "OpenBadgeCredential", &[]),
    ("Profile", OB, "Profile", &[]),
    (
        "AchievementSubject",
        OB,
        "AchievementSubject",
        &[
            ("achievement", "achievement", Kind::Node),
            ("identifier", "identifier", Kind::Node),
        ],
    ),
    (
        "Achievement",
        OB,
        "Achievement",
        &[
            ("achievementType", "achievementType", Kind::Text),
            ("alignment", "alignment", Kind::Node),
            ("criteria", "Criteria", Kind::Id),
        ],
    ),
    (
        "Alignment",
        SCHEMA,
        "AlignmentObject",
        &[
            ("targetCode", "targetCode", Kind::Text),
            ("targetFramework", "targetFramework", Kind::Text),
            ("targetName", "targetName", Kind::Text),
            ("targetUrl", "targetUrl", Kind::Typed(OB_ANYURI)),
        ],
    ),
    (
        "IdentityObject",
        OB,
        "IdentityObject",
        &[
            ("hashed", "hashed", Kind::Bool),
            ("identityHash", "identityHash", Kind::Text),
            ("identityType", "identityType", Kind::Text),
        ],
    ),
    (
        "DataIntegrityProof",
        SEC,
        "DataIntegrityProof",
        &[
            (
                "cryptosuite",
                "cryptosuite",
                Kind::Typed("https://w3id.org/security#cryptosuiteString"),
            ),
            ("created", "created", Kind::Typed(XSD_DATETIME)),
            ("verificationMethod", "verificationMethod", Kind::Id),
            ("proofPurpose", "proofPurpose", Kind::Purpose),
        ],
    ),
];

/// Terms every node may use (the contexts' top level).
const GLOBAL: Terms = &[
    ("name", "name", Kind::Text),
    ("description", "description", Kind::Text),
    ("narrative", "narrative", Kind::Text),
];

/// The vocabulary a term's IRI is in (the tables above name the local part only).
fn predicate(type_term: Option<&str>, local: &str) -> String {
    let base = match (type_term, local) {
        (None, "narrative") => OB,
        (None, _) => SCHEMA,
        (Some("VerifiableCredential"), _) => CRED,
        (Some("Alignment"), "targetCode") => OB,
        (Some("Alignment"), _) => SCHEMA,
        (Some("DataIntegrityProof"), "created") => {
            return format!("http://purl.org/dc/terms/{local}")
        }
        (Some("DataIntegrityProof"), _) => SEC,
        (Some(_), _) => OB,
    };
    format!("{base}{local}")
}

#[derive(Clone, PartialEq, Eq)]
enum Term {
    Iri(String),
    Blank(usize),
    Literal(String, &'static str),
}

struct Triple {
    s: Term,
    p: String,
    o: Term,
}

#[derive(Default)]
struct Graph {
    triples: Vec<Triple>,
    blanks: usize,
}

fn absolute_iri(s: &str) -> bool {
    s.split_once(':').is_some_and(|(scheme, _)| {
        scheme.len() > 1
            && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    }) && !s.starts_with("_:")
}

impl Graph {
    fn node(&mut self, obj: &serde_json::Map<String, Value>, depth: usize) -> Option<Term> {
        if depth > 8 {
            return None;
        }
        let subject = match obj.get("id") {
            None => {
                self.blanks += 1;
                Term::Blank(self.blanks - 1)
            }
            Some(Value::String(s)) if absolute_iri(s) => Term::Iri(s.clone()),
            Some(_) => return None,
        };
        let types: Vec<&str> = match obj.get("type") {
            None => vec![],
            Some(Value::String(t)) => vec![t.as_str()],
            Some(Value::Array(ts)) => ts.iter().map(Value::as_str).collect::<Option<_>>()?,
            Some(_) => return None,
        };
        let mut scoped: Vec<(&str, Terms)> = vec![];
        for t in &types {
            let (term, base, local, terms) = TYPES.iter().find(|e| e.0 == *t)?;
            self.triples.push(Triple {
                s: subject.clone(),
                p: RDF_TYPE.into(),
                o: Term::Iri(format!("{base}{local}")),
            });
            scoped.push((term, terms));
        }
        for (key, value) in obj {
            if key == "id" || key == "type" {
                continue;
            }
            let found = scoped
                .iter()
                .find_map(|(t, terms)| {
                    terms
                        .iter()
                        .find(|e| e.0 == key)
                        .map(|e| (Some(*t), e.1, e.2))
                })
                .or_else(|| GLOBAL.iter().find(|e| e.0 == key).map(|e| (None, e.1, e.2)))?;
            let (scope, local, kind) = found;
            let p = predicate(scope, local);
            let values: Vec<&Value> = match value {
                Value::Array(a) => a.iter().collect(),
                v => vec![v],
            };
            for v in values {
                let o = self.value(v, kind, depth)?;
                self.triples.push(Triple {
                    s: subject.clone(),
                    p: p.clone(),
                    o,
                });
            }
        }
        Some(subject)
    }

    fn value(&mut self, v: &Value, kind: Kind, depth: usize) -> Option<Term> {
        match (kind, v) {
            (Kind::Text, Value::String(s)) | (Kind::Node, Value::String(s)) => {
                Some(Term::Literal(s.clone(), XSD_STRING))
            }
            (Kind::Typed(dt), Value::String(s)) => Some(Term::Literal(s.clone(), dt)),
            (Kind::Bool, Value::Bool(b)) => Some(Term::Literal(b.to_string(), OB_BOOLEAN)),
            (Kind::Id, Value::String(s)) if absolute_iri(s) => Some(Term::Iri(s.clone())),
            (Kind::Purpose, Value::String(s)) if s == "assertionMethod" => {
                Some(Term::Iri(format!("{SEC}assertionMethod")))
            }
            (Kind::Id | Kind::Node, Value::Object(o)) if !o.keys().any(|k| k.starts_with('@')) => {
                self.node(o, depth + 1)
            }
            _ => None,
        }
    }
}

fn escape_literal(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '\u{8}' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\u{c}' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{0}'..='\u{1f}' | '\u{7f}' => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
}

fn escape_iri(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '\u{0}'..='\u{20}' | '<' | '>' | '"' | '{' | '}' | '|' | '^' | '`' | '\\' => {
                out.push_str(&format!("\\u{:04X}", c as u32))
            }
            c => out.push(c),
        }
    }
}

fn term(t: &Term, label: &dyn Fn(usize) -> String, out: &mut String) {
    match t {
        Term::Iri(i) => {
            out.push('<');
            escape_iri(i, out);
            out.push('>');
        }
        Term::Blank(b) => {
            out.push_str("_:");
            out.push_str(&label(*b));
        }
        Term::Literal(v, dt) => {
            out.push('"');
            escape_literal(v, out);
            out.push('"');
            if *dt != XSD_STRING {
                out.push_str("^^<");
                escape_iri(dt, out);
                out.push('>');
            }
        }
    }
}

fn line(t: &Triple, label: &dyn Fn(usize) -> String) -> String {
    let mut out = String::new();
    term(&t.s, label, &mut out);
    out.push_str(" <");
    escape_iri(&t.p, &mut out);
    out.push_str("> ");
    term(&t.o, label, &mut out);
    out.push_str(" .\n");
    out
}

/// Sorts as `rdf-canonize` does (JavaScript's order: by UTF-16 code units), which the verifiers
/// use; it differs from code point order only for characters above U+FFFF. (One sort for every
/// list here keeps one copy of the sort in the wasm.)
fn sort_js(list: &mut [String]) {
    crate::order::sort_by(list, |a, b| a.encode_utf16().cmp(b.encode_utf16()));
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The canonical N-Quads of a JSON-LD document with [`CONTEXTS`], or `None` if it is not one this
/// module reads (see the module comment). The document must not hold its `proof`.
pub fn canonize(doc: &Value) -> Option<String> {
    let Value::Object(obj) = doc else {
        return None;
    };
    let contexts: Vec<&str> = obj
        .get("@context")?
        .as_array()?
        .iter()
        .map(Value::as_str)
        .collect::<Option<_>>()?;
    if contexts != CONTEXTS {
        return None;
    }
    let mut body = obj.clone();
    body.remove("@context");
    if body.keys().any(|k| k.starts_with('@')) {
        return None;
    }
    let mut g = Graph::default();
    g.node(&body, 0)?;
    // First-degree hash of each blank node: its triples with itself as `_:a`, others as `_:z`.
    // Each entry is the 64-hex hash then the node's number, so sorting sorts by hash.
    let mut hashes: Vec<String> = (0..g.blanks)
        .map(|b| {
            let mut lines: Vec<String> = g
                .triples
                .iter()
                .filter(|t| t.s == Term::Blank(b) || t.o == Term::Blank(b))
                .map(|t| line(t, &|x| if x == b { "a".into() } else { "z".into() }))
                .collect();
            sort_js(&mut lines);
            format!("{}{b}", hex(&Sha256::digest(lines.concat().as_bytes())))
        })
        .collect();
    sort_js(&mut hashes);
    if hashes.windows(2).any(|w| w[0][..64] == w[1][..64]) {
        return None;
    }
    let mut labels = vec![0usize; g.blanks];
    for (i, h) in hashes.iter().enumerate() {
        labels[h[64..].parse::<usize>().ok()?] = i;
    }
    let label = |b: usize| format!("c14n{}", labels[b]);
    let mut lines: Vec<String> = g.triples.iter().map(|t| line(t, &label)).collect();
    sort_js(&mut lines);
    lines.dedup();
    Some(lines.concat())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn doc(body: Value) -> Value {
        let mut d = json!({ "@context": CONTEXTS });
        d.as_object_mut()
            .unwrap()
            .extend(body.as_object().unwrap().clone());
        d
    }

    #[test]
    fn escapes_as_n_quads_does() {
        let out = canonize(&doc(json!({
            "id": "urn:x:1", "type": ["Profile"], "name": "a\"b\\c\nd\u{1}e\u{7f}😀"
        })))
        .unwrap();
        assert!(out.contains(r#""a\"b\\c\nd\u0001e\u007F😀""#), "{out}");
    }

    #[test]
    fn anything_outside_the_table_is_not_read() {
        for body in [
            json!({ "type": ["Profile"], "url": "https://x.org" }),
            json!({ "type": ["Unknown"] }),
            json!({ "type": ["Profile"], "name": 3 }),
            json!({ "id": "relative", "type": ["Profile"] }),
            json!({ "id": "_:b0", "type": ["Profile"] }),
            json!({ "type": ["Profile"], "@id": "urn:x" }),
        ] {
            assert_eq!(canonize(&doc(body.clone())), None, "{body}");
        }
        let mut other = doc(json!({ "type": ["Profile"] }));
        other["@context"] = json!(["https://www.w3.org/ns/credentials/v2"]);
        assert_eq!(canonize(&other), None);
    }

    #[test]
    fn deep_nesting_is_refused_not_followed() {
        let mut v = json!({ "narrative": "x" });
        for _ in 0..200 {
            v = json!({ "type": ["Achievement"], "criteria": v });
        }
        assert_eq!(canonize(&doc(v)), None);
    }

    #[test]
    fn two_blank_nodes_that_hash_alike_are_not_guessed() {
        let same = json!({ "narrative": "same" });
        let body =
            json!({ "id": "urn:x:1", "type": ["Achievement"], "criteria": [same.clone(), same] });
        assert_eq!(canonize(&doc(body)), None);
    }
}
