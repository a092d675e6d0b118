//! The small starter list of skills offered on first run. The full taxonomy replaces it later;
//! these ids are released with it and must keep their meaning.

use crate::i18n::Lang;
use crate::profile::SkillId;

/// A picture shown beside a skill's words (drawn by the shell as inline SVG, so nothing is fetched).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Icon {
    Money,
    Register,
    Smile,
    Broom,
    Speech,
    Teach,
    Shield,
    Phone,
    Box,
}

pub struct StarterSkill {
    pub id: &'static str,
    pub icon: Icon,
    pub en: &'static str,
    pub es: &'static str,
}

impl StarterSkill {
    pub fn skill_id(&self) -> SkillId {
        SkillId::new(self.id)
    }

    pub fn label(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Es => self.es,
        }
    }
}

/// O*NET activities keep their DWA id; the `sp:` ones are everyday skills O*NET does not list.
pub const STARTER_SKILLS: &[StarterSkill] = &[
    StarterSkill {
        id: "sp:cash-register",
        icon: Icon::Register,
        en: "Used a cash register or card reader",
        es: "Usé una caja registradora o un lector de tarjetas",
    },
    StarterSkill {
        id: "4.A.2.a.2.I04.D01",
        icon: Icon::Money,
        en: "Counted money and balanced the till",
        es: "Conté el dinero y cuadré la caja",
    },
    StarterSkill {
        id: "sp:upset-customers",
        icon: Icon::Smile,
        en: "Calmed down upset customers",
        es: "Calmé a clientes molestos",
    },
    StarterSkill {
        id: "4.A.3.a.1.I03.D07",
        icon: Icon::Broom,
        en: "Cleaned patients' rooms",
        es: "Limpié las habitaciones de los pacientes",
    },
    StarterSkill {
        id: "sp:another-language",
        icon: Icon::Speech,
        en: "Spoke another language at work",
        es: "Hablé otro idioma en el trabajo",
    },
    StarterSkill {
        id: "sp:train-coworkers",
        icon: Icon::Teach,
        en: "Showed new coworkers how to do the job",
        es: "Enseñé el trabajo a compañeros nuevos",
    },
    StarterSkill {
        id: "sp:safety-rules",
        icon: Icon::Shield,
        en: "Followed safety rules",
        es: "Seguí las normas de seguridad",
    },
    StarterSkill {
        id: "sp:schedule-app",
        icon: Icon::Phone,
        en: "Used a phone app for my work schedule",
        es: "Usé una app del teléfono para mi horario",
    },
    StarterSkill {
        id: "4.A.1.b.3.I01.D08",
        icon: Icon::Box,
        en: "Weighed or measured goods",
        es: "Pesé o medí productos",
    },
];

/// Finds a starter skill by id, for showing a saved skill's words and picture.
pub fn find(id: &SkillId) -> Option<&'static StarterSkill> {
    STARTER_SKILLS.iter().find(|s| s.id == id.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_are_unique_and_every_skill_has_both_languages() {
        let ids: HashSet<_> = STARTER_SKILLS.iter().map(|s| s.id).collect();
        assert_eq!(ids.len(), STARTER_SKILLS.len());
        for s in STARTER_SKILLS {
            assert!(
                !s.en.trim().is_empty() && !s.es.trim().is_empty(),
                "{}",
                s.id
            );
            assert_ne!(s.en, s.es, "{} is not translated", s.id);
            assert!(
                s.id.starts_with("sp:") || s.id.starts_with("4.A."),
                "{} is neither ours nor an O*NET DWA id",
                s.id
            );
        }
    }

    #[test]
    fn saved_ids_find_their_words() {
        let s = find(&SkillId::new("4.A.2.a.2.I04.D01")).unwrap();
        assert_eq!(s.label(Lang::Es), "Conté el dinero y cuadré la caja");
        assert!(find(&SkillId::new("sp:nope")).is_none());
    }
}
