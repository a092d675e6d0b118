//! The career pages' words and pictures: the job-centre note and the path drawing.

use crate::career;
use crate::i18n::{self, text, Msg};
use crate::locale::Lang;
use crate::profile::Profile;
use crate::{bidi, taxonomy};

/// "Ask your job centre about this training": a short note of the goal, the training and what is
/// still to learn, in plain words, to print or send.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JobCentreNote {
    pub name: String,
    pub goal: &'static str,
    pub training: Option<&'static str>,
    pub have: String,
    pub to_learn: Vec<&'static str>,
}

impl JobCentreNote {
    pub fn new(lang: Lang, p: &Profile, soc: &str) -> Option<JobCentreNote> {
        let o = taxonomy::get().occupation(soc)?;
        let g = career::gap(p, soc)?;
        Some(JobCentreNote {
            name: bidi::plain(&p.name),
            goal: o.title.get(lang),
            training: g.way_in.map(|w| w.training.get(lang)),
            have: i18n::note_have(lang, g.main_have, g.main),
            to_learn: g.to_learn().iter().map(|e| e.learn.get(lang)).collect(),
        })
    }

    /// The note as plain text (for the share sheet and copying).
    pub fn text(&self, lang: Lang) -> String {
        let mut out = format!("{}\n\n", text(lang, Msg::NoteTitle));
        if !self.name.is_empty() {
            out += &format!("{}: {}\n", text(lang, Msg::NoteName), self.name);
        }
        out += &format!("{}: {}\n", text(lang, Msg::NoteGoal), self.goal);
        if let Some(t) = self.training {
            out += &format!("{}: {}\n", text(lang, Msg::NoteTraining), t);
        }
        out += &format!("{}\n", self.have);
        if !self.to_learn.is_empty() {
            out += &format!("\n{}:\n", text(lang, Msg::NoteToLearn));
            for l in &self.to_learn {
                out += &format!("- {l}\n");
            }
        }
        out += &format!("\n{}\n", text(lang, Msg::NoteQuestion));
        out
    }
}

/// The path picture's width (its `viewBox`), what a 320 px phone shows without scrolling.
pub const PATH_WIDTH: i32 = 320;
/// The room each step takes, top to bottom.
pub const PATH_STEP: i32 = 100;
/// A label line's most columns ([`crate::text::columns`]: a Chinese character takes two): what
/// fits right of the circles at the label's size.
pub const LABEL_COLUMNS: usize = 24;
/// A title longer than this many lines is cut (no title in the taxonomy needs more).
pub const LABEL_LINES: usize = 2;
/// Between two lines of a label.
const LINE_HEIGHT: i32 = 21;
const CIRCLE_X: i32 = 28;
const CIRCLE_R: i32 = 16;
const LABEL_X: i32 = 56;

/// How a step of the path is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepKind {
    /// The job this page is about: filled in.
    Target,
    /// A job the worker has held: "You did this" under it.
    Held,
    Other,
}

/// One step of the path picture, laid out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathStep {
    pub soc: &'static str,
    pub kind: StepKind,
    /// The circle's centre (its x is the same for every step).
    pub y: i32,
    /// The title in the reader's language, in lines of at most [`LABEL_COLUMNS`].
    pub lines: Vec<String>,
    /// "You did this", on a line of its own under a held job's title.
    pub note: Option<&'static str>,
}

impl PathStep {
    /// The baselines of the label's lines, then of the note.
    pub fn baselines(&self) -> Vec<i32> {
        let n = self.lines.len() + usize::from(self.note.is_some());
        (0..n as i32)
            .map(|k| self.y + 6 + LINE_HEIGHT * k)
            .collect()
    }
}

/// The career path laid out, one step per job, top to bottom. SVG text does not wrap, so each
/// title is wrapped here ([`crate::text::wrap`], which breaks Chinese between characters) and
/// "You did this" goes on a line of its own: everything fits a phone.
pub fn path_layout(
    lang: Lang,
    path: &[&'static str],
    target: &str,
    held: &[&str],
) -> Vec<PathStep> {
    let t = taxonomy::get();
    path.iter()
        .enumerate()
        .map(|(i, soc)| {
            let kind = if *soc == target {
                StepKind::Target
            } else if held.contains(soc) {
                StepKind::Held
            } else {
                StepKind::Other
            };
            let title = t.occupation(soc).map_or(*soc, |o| o.title.get(lang));
            let mut lines = crate::text::wrap(title, LABEL_COLUMNS);
            lines.truncate(LABEL_LINES);
            PathStep {
                soc,
                kind,
                y: 30 + PATH_STEP * i as i32,
                lines,
                note: held.contains(soc).then(|| text(lang, Msg::YouDidThis)),
            }
        })
        .collect()
}

/// The height of the picture of `steps` steps.
pub fn path_height(steps: usize) -> i32 {
    PATH_STEP * steps as i32
}

/// Text made safe inside SVG markup.
pub fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The path as a picture (SVG markup): one circle per job, top to bottom, an arrow between two,
/// the chosen job filled in. Hidden from screen readers, which get the list under it instead.
pub fn path_svg(lang: Lang, path: &[&'static str], target: &str, held: &[&str]) -> String {
    let steps = path_layout(lang, path, target, held);
    let height = path_height(steps.len());
    // Right to left (Arabic): the circles on the right, the words ending beside them.
    let (cx, lx, anchor) = if lang.is_rtl() {
        (PATH_WIDTH - CIRCLE_X, PATH_WIDTH - LABEL_X, "end")
    } else {
        (CIRCLE_X, LABEL_X, "start")
    };
    let mut out = format!(
        r#"<svg viewBox="0 0 {PATH_WIDTH} {height}" width="100%" aria-hidden="true" focusable="false" class="path-svg">"#
    );
    for (i, step) in steps.iter().enumerate() {
        let y = step.y;
        if i + 1 < steps.len() {
            out.push_str(&format!(
                r#"<path d="M{cx} {} V {}" class="path-line"/><path d="M{} {} l7 8 7-8" class="path-line"/>"#,
                y + CIRCLE_R + 2,
                y + PATH_STEP - 20,
                cx - 7,
                y + PATH_STEP - 28
            ));
        }
        let class = match step.kind {
            StepKind::Target => "path-node path-target",
            StepKind::Held => "path-node path-held",
            StepKind::Other => "path-node",
        };
        out.push_str(&format!(
            r#"<circle cx="{cx}" cy="{y}" r="{CIRCLE_R}" class="{class}"/>"#
        ));
        let baselines = step.baselines();
        for (line, ty) in step.lines.iter().zip(&baselines) {
            out.push_str(&format!(
                r#"<text x="{lx}" y="{ty}" text-anchor="{anchor}" class="path-label">{}</text>"#,
                xml_escape(line)
            ));
        }
        if let (Some(note), Some(ty)) = (step.note, baselines.last()) {
            out.push_str(&format!(
                r#"<text x="{lx}" y="{ty}" text-anchor="{anchor}" class="path-note">{}</text>"#,
                xml_escape(note)
            ));
        }
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_arabic_the_path_picture_is_mirrored() {
        let path = ["41-2011.00", "41-2031.00"];
        let ltr = path_svg(Lang::En, &path, "41-2031.00", &["41-2011.00"]);
        let rtl = path_svg(Lang::Ar, &path, "41-2031.00", &["41-2011.00"]);
        assert!(ltr.contains(&format!(r#"<circle cx="{CIRCLE_X}""#)));
        assert!(rtl.contains(&format!(r#"<circle cx="{}""#, PATH_WIDTH - CIRCLE_X)));
        assert!(!rtl.contains(&format!(r#"<circle cx="{CIRCLE_X}""#)));
        assert!(rtl.contains(&format!(r#"x="{}" y="#, PATH_WIDTH - LABEL_X)));
        assert_eq!(
            rtl.matches(r#"text-anchor="end""#).count(),
            ltr.matches(r#"text-anchor="start""#).count()
        );
        assert!(!ltr.contains(r#"text-anchor="end""#));
    }
    use crate::text::columns;

    fn socs(n: usize) -> Vec<&'static str> {
        taxonomy::get()
            .occupations
            .iter()
            .take(n)
            .map(|o| o.soc)
            .collect()
    }

    #[test]
    fn one_circle_per_step_and_an_arrow_between_two() {
        let path = socs(3);
        let svg = path_svg(Lang::En, &path, path[2], &[path[0]]);
        assert_eq!(svg.matches("<circle").count(), 3);
        assert_eq!(
            svg.matches("class=\"path-line\"").count(),
            2 * 2,
            "two pieces per arrow"
        );
        assert_eq!(svg.matches("path-target").count(), 1, "{svg}");
        assert_eq!(svg.matches("path-held").count(), 1);
        assert!(svg.starts_with("<svg viewBox=\"0 0 320 300\"") && svg.ends_with("</svg>"));
        assert!(
            svg.contains("aria-hidden=\"true\""),
            "the list under it is what screen readers get"
        );
        // The titles are in the reader's language.
        let o = taxonomy::get().occupation(path[1]).unwrap();
        let first_line = crate::text::wrap(o.title.get(Lang::Es), LABEL_COLUMNS).remove(0);
        assert!(path_svg(Lang::Es, &path, path[2], &[]).contains(&xml_escape(&first_line)));
    }

    #[test]
    fn a_job_she_held_says_so_on_a_line_of_its_own() {
        let path = socs(2);
        let steps = path_layout(Lang::En, &path, path[1], &[path[0]]);
        assert_eq!(steps[0].kind, StepKind::Held);
        assert_eq!(steps[0].note, Some(text(Lang::En, Msg::YouDidThis)));
        assert_eq!(steps[0].baselines().len(), steps[0].lines.len() + 1);
        assert_eq!((steps[1].kind, steps[1].note), (StepKind::Target, None));
        let svg = path_svg(Lang::En, &path, path[1], &[path[0]]);
        assert_eq!(svg.matches("class=\"path-note\"").count(), 1);
    }

    #[test]
    fn every_title_fits_the_width_in_every_language_and_stays_in_its_step() {
        for lang in Lang::ALL {
            for o in &taxonomy::get().occupations {
                let steps = path_layout(lang, &[o.soc, o.soc], "", &[o.soc]);
                let title = o.title.get(lang);
                let step = &steps[1];
                assert!(!step.lines.is_empty(), "{title}");
                for line in &step.lines {
                    assert!(
                        columns(line) <= LABEL_COLUMNS,
                        "{lang:?}: {line:?} of {title:?} is too wide"
                    );
                }
                assert_eq!(
                    step.lines.concat().replace(' ', ""),
                    title.replace(' ', ""),
                    "{lang:?}: {title:?} needs more than {LABEL_LINES} lines and would be cut"
                );
                // Title and note stay above the next step's circle and inside the picture.
                let last = *step.baselines().last().unwrap();
                assert!(last < step.y + PATH_STEP - CIRCLE_R, "{title:?}");
                assert!(last < path_height(2), "{title:?}");
            }
        }
    }

    #[test]
    fn chinese_titles_wrap_between_characters() {
        // Chinese has no spaces to break at. Today's titles fit one line; a longer one (three of
        // them run together, drawn as it is) breaks between characters, never before "）".
        let zh: Vec<&str> = taxonomy::get()
            .occupations
            .iter()
            .map(|o| o.title.get(Lang::ZhHans))
            .collect();
        assert!(
            zh.iter().all(|t| crate::text::contains_cjk(t)),
            "the Chinese words are there"
        );
        let long: &'static str = Box::leak(
            zh.iter()
                .rev()
                .take(3)
                .copied()
                .collect::<String>()
                .into_boxed_str(),
        );
        assert!(columns(long) > LABEL_COLUMNS && !long.contains(' '));
        let lines = &path_layout(Lang::ZhHans, &[long], long, &[])[0].lines;
        assert!(lines.len() >= 2, "{long} on one line");
        assert!(
            lines.iter().all(|l| columns(l) <= LABEL_COLUMNS),
            "{lines:?}"
        );
        assert!(lines.iter().all(|l| !l.starts_with('）')), "{lines:?}");
        assert!(
            long.starts_with(&lines.concat()),
            "the lines are the title, in order"
        );
    }

    #[test]
    fn titles_are_escaped_in_the_markup() {
        // A number the taxonomy does not know is drawn as it is: whatever it holds stays text.
        let svg = path_svg(Lang::En, &["<b>&\"x\"</b>"], "", &[]);
        assert!(
            svg.contains("&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;"),
            "{svg}"
        );
        assert!(!svg.contains("<b>"));
        assert_eq!(xml_escape("a < b & c > d"), "a &lt; b &amp; c &gt; d");
    }
}
