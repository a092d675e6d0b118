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
