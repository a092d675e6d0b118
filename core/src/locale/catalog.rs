//! One language's words, parsed from its file: `key<TAB>text` (English) or
//! `key<TAB>hash<TAB>text` (a translation: the hash is of the English it was made from, which
//! the tests use to flag stale strings). `#` lines are comments.
use super::Msg;
use std::collections::HashMap;

#[derive(Debug, PartialEq, Eq)]
pub enum PackError {
    /// A line that is not `key<TAB>[hash<TAB>]text` (line number).
    BadLine(usize),
    /// Far fewer words than English: not a locale file, or cut off.
    TooFew,
}

pub(super) struct Catalog {
    map: HashMap<&'static str, &'static str>,
    msgs: Vec<Option<&'static str>>,
}

impl Catalog {
    pub(super) fn parse(text: &'static str) -> Result<Catalog, PackError> {
        let mut map = HashMap::new();
        for (i, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let cells: Vec<&'static str> = line.split('\t').collect();
            let (key, words) = match cells.as_slice() {
                [k, w] | [k, _, w] if !k.is_empty() => (*k, *w),
                _ => return Err(PackError::BadLine(i + 1)),
            };
            if !words.trim().is_empty() {
                map.entry(key).or_insert(words);
            }
        }
        let msgs = Msg::KEYS
            .iter()
            .map(|k| map.get(format!("msg.{k}").as_str()).copied())
            .collect();
        Ok(Catalog { map, msgs })
    }

    /// English as compiled in: messages by position, the rest in the compact form build.rs
    /// writes (`key<TAB>text` lines, then `@a b` sections of `id<TAB>a words<TAB>b words`).
    pub(super) fn english(msgs: &'static [&'static str], compact: &'static str) -> Catalog {
        let mut map = HashMap::new();
        let mut section: Vec<&str> = Vec::new();
        for line in compact.lines() {
            if let Some(names) = line.strip_prefix('@') {
                section = names.split(' ').collect();
                continue;
            }
            let mut cells = line.split('\t');
            let Some(first) = cells.next() else { continue };
            if section.is_empty() {
                if let Some(words) = cells.next() {
                    map.insert(first, words);
                }
                continue;
            }
            for (prefix, words) in section.iter().zip(cells) {
                if !words.is_empty() {
                    let key: &'static str = Box::leak(format!("{prefix}.{first}").into_boxed_str());
                    map.insert(key, words);
                }
            }
        }
        let msgs = msgs
            .iter()
            .map(|m| Some(*m).filter(|m| !m.is_empty()))
            .collect();
        Catalog { map, msgs }
    }

    pub(super) fn get(&self, key: &str) -> Option<&'static str> {
        self.map.get(key).copied().or_else(|| {
            // A message asked for by its key (tests, tools): the compiled English keeps messages
            // by position only.
            let i = Msg::KEYS
                .iter()
                .position(|k| key.strip_prefix("msg.") == Some(*k))?;
            self.msg(i)
        })
    }

    pub(super) fn msg(&self, i: usize) -> Option<&'static str> {
        self.msgs.get(i).copied().flatten()
    }

    pub(super) fn len(&self) -> usize {
        self.map.len() + self.msgs.iter().flatten().count()
    }

    /// Every key and its words (tests).
    #[allow(dead_code)]
    pub(super) fn entries(&self) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
        self.map.iter().map(|(k, v)| (*k, *v))
    }
}

/// A text with `{name}` holes.
pub struct Template<'a>(&'a str);

impl<'a> Template<'a> {
    pub fn new(text: &'a str) -> Template<'a> {
        Template(text)
    }

    /// The text in pieces: `Ok(literal)` and `Err(hole name)`, in order.
    pub fn parts(&self) -> Vec<Result<&'a str, &'a str>> {
        let mut out = Vec::new();
        let mut rest = self.0;
        while let Some(open) = rest.find('{') {
            let Some(len) = rest[open..].find('}') else {
                break;
            };
            let name = &rest[open + 1..open + len];
            if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                out.push(Ok(&rest[..open + 1]));
                rest = &rest[open + 1..];
                continue;
            }
            if open > 0 {
                out.push(Ok(&rest[..open]));
            }
            out.push(Err(name));
            rest = &rest[open + len + 1..];
        }
        if !rest.is_empty() {
            out.push(Ok(rest));
        }
        out
    }

    /// The names of its holes, each once, in order.
    pub fn holes(&self) -> Vec<&'a str> {
        let mut out: Vec<&str> = Vec::new();
        for p in self.parts() {
            if let Err(h) = p {
                if !out.contains(&h) {
                    out.push(h);
                }
            }
        }
        out
    }

    /// Fills each hole with its value (a hole with no value is left as written).
    pub fn fill(&self, args: &[(&str, &str)]) -> String {
        let mut out = String::with_capacity(self.0.len() + 16);
        for p in self.parts() {
            match p {
                Ok(s) => out.push_str(s),
                Err(h) => match args.iter().find(|(k, _)| *k == h) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(h);
                        out.push('}');
                    }
                },
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holes_are_filled_and_odd_braces_kept() {
        let t = Template::new("Job {n} of {total} — {title} {not a hole} {");
        assert_eq!(t.holes(), ["n", "total", "title"]);
        assert_eq!(
            t.fill(&[("n", "2"), ("total", "3"), ("title", "{n}")]),
            "Job 2 of 3 — {n} {not a hole} {"
        );
    }

    #[test]
    fn a_file_that_is_not_a_locale_file_is_refused() {
        assert_eq!(
            Catalog::parse("<html>\n<body>").err(),
            Some(PackError::BadLine(1))
        );
    }
}
