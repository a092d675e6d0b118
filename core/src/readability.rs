//! Flesch–Kincaid grade level, to hold every English string to a 6th-grade reading level.
//!
//! grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59.
//! Syllables use the common vowel-group estimate: drop a silent ending ("-es"/"-e" after a
//! consonant other than l, and "-ed"), drop a leading "y", then count groups of one or two vowels.
//! It is an estimate — good at catching long words and long sentences, which is what matters.

/// The Flesch–Kincaid grade of `text` (0.0 for text without words).
pub fn grade(text: &str) -> f64 {
    let words = words(text);
    if words.is_empty() {
        return 0.0;
    }
    let sentences = sentence_ends(text).max(1);
    let syllables: usize = words.iter().map(|w| syllables(w)).sum();
    let n = words.len() as f64;
    0.39 * n / sentences as f64 + 11.8 * syllables as f64 / n - 15.59
}

/// Words: a Latin letter followed by letters, apostrophes or hyphens; or a run of digits.
fn words(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        let more: fn(char) -> bool = if c.is_ascii_alphabetic() {
            |c| c.is_ascii_alphabetic() || c == '\'' || c == '’' || c == '-'
        } else if c.is_ascii_digit() {
            |c| c.is_ascii_digit()
        } else {
            continue;
        };
        let mut end = start + c.len_utf8();
        while let Some(&(i, d)) = chars.peek() {
            if !more(d) {
                break;
            }
            end = i + d.len_utf8();
            chars.next();
        }
        out.push(&text[start..end]);
    }
    out
}

/// Runs of sentence-ending punctuation ("Done!?" counts once).
fn sentence_ends(text: &str) -> usize {
    let mut n = 0;
    let mut prev = false;
    for c in text.chars() {
        let end = matches!(c, '.' | '!' | '?');
        if end && !prev {
            n += 1;
        }
        prev = end;
    }
    n
}

/// Estimated syllables in one word; a number counts as one.
pub fn syllables(word: &str) -> usize {
    if word.chars().all(|c| c.is_ascii_digit()) {
        return 1;
    }
    let w: Vec<u8> = word
        .bytes()
        .filter(u8::is_ascii_alphabetic)
        .map(|b| b.to_ascii_lowercase())
        .collect();
    if w.is_empty() {
        return 0;
    }
    if w.len() <= 3 {
        return 1;
    }
    let soft = |b: u8| !b"laeiouy".contains(&b);
    let n = w.len();
    let end = if w.ends_with(b"es") && soft(w[n - 3]) {
        n - 3
    } else if w.ends_with(b"ed") || (w.ends_with(b"e") && soft(w[n - 2])) {
        n - 2
    } else {
        n
    };
    let stem = &w[..end];
    let stem = stem.strip_prefix(b"y").unwrap_or(stem);
    let mut groups = 0;
    let mut run = 0usize;
    for &b in stem.iter().chain(std::iter::once(&b'-')) {
        if b"aeiouy".contains(&b) {
            run += 1;
        } else {
            groups += run.div_ceil(2);
            run = 0;
        }
    }
    groups.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_syllables_of_common_words() {
        for (w, n) in [
            ("cat", 1),
            ("money", 2),
            ("balanced", 2),
            ("table", 2),
            ("phone", 1),
            ("customers", 3),
            ("information", 4),
            ("2023", 1),
        ] {
            assert_eq!(syllables(w), n, "{w}");
        }
    }

    #[test]
    fn plain_sentences_score_low_and_jargon_scores_high() {
        assert!(grade("Counted money and balanced the till") < 6.0);
        assert!(grade("Tap all that fit. You can add more later.") < 4.0);
        let jargon =
            "Utilize interoperable credentialing infrastructure to facilitate verification.";
        assert!(grade(jargon) > 12.0, "{}", grade(jargon));
        assert_eq!(grade("   "), 0.0);
    }

    #[test]
    fn sentences_are_counted_by_their_endings() {
        assert_eq!(sentence_ends("One. Two! Three?!"), 3);
        assert_eq!(words("It's 2023-05, OK?"), ["It's", "2023", "05", "OK"]);
    }
}
