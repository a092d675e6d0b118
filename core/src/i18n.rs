//! Every word the app shows, in English and Spanish. A message is a [`Msg`] key; [`text`] is an
//! exhaustive match, so a key without both languages does not compile.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The first supported language in the browser's preference list, else English.
    pub fn pick<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(Lang::from_code)
            .unwrap_or(Lang::En)
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Es,
            Lang::Es => Lang::En,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Msg {
    /// The name of this language in itself, for the switch ("Español").
    LangName,
    WelcomeTitle,
    WelcomeBody,
    WelcomePrivacy,
    WelcomeTime,
    Start,
    Continue,
    Back,
    NameQuestion,
    NameHint,
    NameLabel,
    SkillsQuestion,
    SkillsHint,
    ProfileTitle,
    Hello,
    MySkills,
    NoSkillsYet,
    ChangeSkills,
    ChangeName,
    SourceChosen,
    SourceJob,
    SourceTraining,
    SavedOnDevice,
    WarnUnavailable,
    WarnFull,
    WarnNewer,
    NoticeKeptAside,
    NoticeUpdatedFromOtherTab,
    NoticeMerged,
    NoticeSavingAgain,
    DownloadCopy,
    KeptCopies,
    KeptCopiesHint,
    Dismiss,
    ErrorSummary,
    ErrEmpty,
    ErrNameEmpty,
    ErrTooLong,
    ErrMonthFormat,
    ErrMonthOutOfRange,
    ErrYearOutOfRange,
    ErrEndBeforeStart,
    ErrEmailFormat,
    ErrPhoneFormat,
    ErrUnknownSkill,
    Loading,
}

impl Msg {
    pub const ALL: &'static [Msg] = &[
        Msg::LangName,
        Msg::WelcomeTitle,
        Msg::WelcomeBody,
        Msg::WelcomePrivacy,
        Msg::WelcomeTime,
        Msg::Start,
        Msg::Continue,
        Msg::Back,
        Msg::NameQuestion,
        Msg::NameHint,
        Msg::NameLabel,
        Msg::SkillsQuestion,
        Msg::SkillsHint,
        Msg::ProfileTitle,
        Msg::Hello,
        Msg::MySkills,
        Msg::NoSkillsYet,
        Msg::ChangeSkills,
        Msg::ChangeName,
        Msg::SourceChosen,
        Msg::SourceJob,
        Msg::SourceTraining,
        Msg::SavedOnDevice,
        Msg::WarnUnavailable,
        Msg::WarnFull,
        Msg::WarnNewer,
        Msg::NoticeKeptAside,
        Msg::NoticeUpdatedFromOtherTab,
        Msg::NoticeMerged,
        Msg::NoticeSavingAgain,
        Msg::DownloadCopy,
        Msg::KeptCopies,
        Msg::KeptCopiesHint,
        Msg::Dismiss,
        Msg::ErrorSummary,
        Msg::ErrEmpty,
        Msg::ErrNameEmpty,
        Msg::ErrTooLong,
        Msg::ErrMonthFormat,
        Msg::ErrMonthOutOfRange,
        Msg::ErrYearOutOfRange,
        Msg::ErrEndBeforeStart,
        Msg::ErrEmailFormat,
        Msg::ErrPhoneFormat,
        Msg::ErrUnknownSkill,
        Msg::Loading,
    ];
}

/// The words for `msg` in `lang`. Short sentences, everyday verbs, numbers as digits.
pub fn text(lang: Lang, msg: Msg) -> &'static str {
    use Lang::{En, Es};
    use Msg::*;
    match (msg, lang) {
        (LangName, En) => "English",
        (LangName, Es) => "Español",
        (WelcomeTitle, En) => "Your skills, in your pocket",
        (WelcomeTitle, Es) => "Tus habilidades, en tu bolsillo",
        (WelcomeBody, En) => "Make a list of what you can do at work. Show it to an employer or a job center.",
        (WelcomeBody, Es) => "Haz una lista de lo que sabes hacer en el trabajo. Muéstrala a un empleador o a un centro de empleo.",
        (WelcomePrivacy, En) => "It stays on this device. No account. You choose who sees it.",
        (WelcomePrivacy, Es) => "Se queda en este aparato. Sin cuenta. Tú decides quién la ve.",
        (WelcomeTime, En) => "About 2 minutes",
        (WelcomeTime, Es) => "Unos 2 minutos",
        (Start, En) => "Start",
        (Start, Es) => "Empezar",
        (Continue, En) => "Continue",
        (Continue, Es) => "Continuar",
        (Back, En) => "Back",
        (Back, Es) => "Atrás",
        (NameQuestion, En) => "What is your first name?",
        (NameQuestion, Es) => "¿Cuál es tu nombre?",
        (NameHint, En) => "Only your first name is fine. You can change it later.",
        (NameHint, Es) => "Basta con tu nombre. Puedes cambiarlo después.",
        (NameLabel, En) => "First name",
        (NameLabel, Es) => "Nombre",
        (SkillsQuestion, En) => "Which of these have you done at work?",
        (SkillsQuestion, Es) => "¿Cuáles de estas cosas has hecho en el trabajo?",
        (SkillsHint, En) => "Tap all that fit. You can add more later.",
        (SkillsHint, Es) => "Toca todas las que sí. Puedes añadir más después.",
        (ProfileTitle, En) => "My profile",
        (ProfileTitle, Es) => "Mi perfil",
        (Hello, En) => "Hello",
        (Hello, Es) => "Hola",
        (MySkills, En) => "What I can do",
        (MySkills, Es) => "Lo que sé hacer",
        (NoSkillsYet, En) => "No skills yet. Tap the button below to add some.",
        (NoSkillsYet, Es) => "Todavía no hay habilidades. Toca el botón de abajo para añadir.",
        (ChangeSkills, En) => "Add or change skills",
        (ChangeSkills, Es) => "Añadir o cambiar habilidades",
        (ChangeName, En) => "Change name",
        (ChangeName, Es) => "Cambiar nombre",
        (SourceChosen, En) => "You added this yourself",
        (SourceChosen, Es) => "Lo añadiste tú",
        (SourceJob, En) => "From a job you had",
        (SourceJob, Es) => "De un trabajo que tuviste",
        (SourceTraining, En) => "Learned in a training",
        (SourceTraining, Es) => "Aprendido en una formación",
        (SavedOnDevice, En) => "Saved on this device",
        (SavedOnDevice, Es) => "Guardado en este aparato",
        (WarnUnavailable, En) => "This browser does not let SkillPass save. You can keep going, but nothing will be kept on this device when you close the page.",
        (WarnUnavailable, Es) => "Este navegador no deja guardar a SkillPass. Puedes seguir, pero no se guardará nada en este aparato al cerrar la página.",
        (WarnFull, En) => "This device is full, so your last changes are not saved. Free some space, then make a change to save again. Until then, nothing will be kept when you close the page.",
        (WarnFull, Es) => "Este aparato está lleno y tus últimos cambios no se guardaron. Libera espacio y haz un cambio para guardar otra vez. Hasta entonces, no se guardará nada al cerrar la página.",
        (WarnNewer, En) => "A newer version of SkillPass saved your profile. Reload the page to see it. Changes you make here will not be kept.",
        (WarnNewer, Es) => "Una versión más nueva de SkillPass guardó tu perfil. Vuelve a cargar la página para verlo. Los cambios que hagas aquí no se guardarán.",
        (NoticeKeptAside, En) => "We found a saved profile we could not read. We did not delete it: we kept a copy. You can download the copy and show it to someone who can help.",
        (NoticeKeptAside, Es) => "Encontramos un perfil guardado que no pudimos leer. No lo borramos: guardamos una copia. Puedes descargar la copia y mostrarla a alguien que pueda ayudar.",
        (NoticeUpdatedFromOtherTab, En) => "Your profile was changed in another window. This page now shows the newest version.",
        (NoticeUpdatedFromOtherTab, Es) => "Tu perfil cambió en otra ventana. Esta página ya muestra la versión más nueva.",
        (NoticeMerged, En) => "Your profile was also changed in another window. We kept both changes.",
        (NoticeMerged, Es) => "Tu perfil también cambió en otra ventana. Guardamos los dos cambios.",
        (NoticeSavingAgain, En) => "Saving works again. Your profile is saved on this device.",
        (NoticeSavingAgain, Es) => "Ya se puede guardar otra vez. Tu perfil está guardado en este aparato.",
        (DownloadCopy, En) => "Download the copy",
        (DownloadCopy, Es) => "Descargar la copia",
        (KeptCopies, En) => "Copies we kept",
        (KeptCopies, Es) => "Copias guardadas",
        (KeptCopiesHint, En) => "Saved profiles this app could not read. They stay here until you clear your browser.",
        (KeptCopiesHint, Es) => "Perfiles guardados que la app no pudo leer. Se quedan aquí hasta que borres los datos del navegador.",
        (Dismiss, En) => "OK",
        (Dismiss, Es) => "De acuerdo",
        (ErrorSummary, En) => "There is a problem",
        (ErrorSummary, Es) => "Hay un problema",
        (ErrEmpty, En) => "Please fill this in.",
        (ErrEmpty, Es) => "Por favor, rellena esto.",
        (ErrNameEmpty, En) => "Please enter your first name.",
        (ErrNameEmpty, Es) => "Por favor, escribe tu nombre.",
        (ErrTooLong, En) => "This is too long. Please make it shorter.",
        (ErrTooLong, Es) => "Es demasiado largo. Por favor, acórtalo.",
        (ErrMonthFormat, En) => "Please enter a month like 2023-05.",
        (ErrMonthFormat, Es) => "Por favor, escribe un mes así: 2023-05.",
        (ErrMonthOutOfRange, En) => "The month must be from 01 to 12, like 2023-05.",
        (ErrMonthOutOfRange, Es) => "El mes debe ir del 01 al 12, así: 2023-05.",
        (ErrYearOutOfRange, En) => "Please check the year. Enter a month like 2023-05.",
        (ErrYearOutOfRange, Es) => "Revisa el año. Escribe un mes así: 2023-05.",
        (ErrEndBeforeStart, En) => "The end month is before the start month. Please check both.",
        (ErrEndBeforeStart, Es) => "El mes final es antes del mes de inicio. Revisa los dos.",
        (ErrEmailFormat, En) => "Please check the email. It should look like name@example.com.",
        (ErrEmailFormat, Es) => "Revisa el correo. Debe ser así: nombre@ejemplo.com.",
        (ErrPhoneFormat, En) => "Please check the phone number. Use digits, like 559 555 0142.",
        (ErrPhoneFormat, Es) => "Revisa el teléfono. Usa números, así: 559 555 0142.",
        (ErrUnknownSkill, En) => "We could not find that skill. Please pick one from the list.",
        (ErrUnknownSkill, Es) => "No encontramos esa habilidad. Elige una de la lista.",
        (Loading, En) => "Loading…",
        (Loading, Es) => "Cargando…",
    }
}

/// "Step 1 of 2", with digits in both languages.
pub fn step_of(lang: Lang, n: usize, total: usize) -> String {
    match lang {
        Lang::En => format!("Step {n} of {total}"),
        Lang::Es => format!("Paso {n} de {total}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_message_has_distinct_words_in_each_language() {
        let all: HashSet<_> = Msg::ALL.iter().collect();
        assert_eq!(all.len(), Msg::ALL.len(), "Msg::ALL lists a key twice");
        for &m in Msg::ALL {
            let en = text(Lang::En, m);
            let es = text(Lang::Es, m);
            assert!(!en.trim().is_empty() && !es.trim().is_empty(), "{m:?}");
            // "OK" and the like may coincide; a whole sentence never should.
            if en.contains(' ') {
                assert_ne!(en, es, "{m:?} is not translated");
            }
        }
    }

    #[test]
    fn month_errors_show_an_example_month() {
        for lang in Lang::ALL {
            assert!(text(lang, Msg::ErrMonthFormat).contains("2023-05"));
        }
    }

    #[test]
    fn browser_languages_pick_the_first_supported() {
        assert_eq!(Lang::pick(["fr-FR", "es-MX", "en"]), Lang::Es);
        assert_eq!(Lang::pick(["EN-us"]), Lang::En);
        assert_eq!(Lang::pick(["de"]), Lang::En);
        assert_eq!(step_of(Lang::Es, 1, 2), "Paso 1 de 2");
    }
}
