//! Every word the app shows, in English and Spanish. A message is a [`Msg`] key; [`text`] is an
//! exhaustive match, so a key without both languages does not compile. English strings are held to
//! a 6th-grade reading level by a test (see [`crate::readability`]).

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

    /// The BCP 47 tag used to pick a voice for reading aloud.
    pub fn speech_tag(self) -> &'static str {
        match self {
            Lang::En => "en-US",
            Lang::Es => "es-US",
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
    UpdateReady,
    UpdateNow,
    ShareButton,
    ShareTitle,
    ShareHint,
    ShareWhat,
    ShareContact,
    ShareTheySee,
    ScanMe,
    ShowBig,
    Close,
    CopyLink,
    Copied,
    SendLink,
    PrintResume,
    TooBig,
    FilesHeading,
    SaveBackup,
    SaveResume,
    OpenFile,
    OpenTitle,
    OpenNote,
    FileTitle,
    SaveToPhone,
    YouHaveOne,
    AddToMine,
    AddToMineHint,
    ReplaceMine,
    ReplaceMineHint,
    ConfirmReplace,
    SureReplace,
    Cancel,
    LinkProblem,
    LinkIncomplete,
    LinkNewer,
    LinkTooLong,
    FileProblem,
    FileUnknown,
    FileNewer,
    FileDamaged,
    NothingChanged,
    Unmatched,
    GoToMine,
    StartMine,
    NoticeSaved,
    LangName,
    LanguageQuestion,
    WelcomeTitle,
    WelcomeBody,
    WelcomePrivacy,
    WelcomeTime,
    Start,
    Continue,
    Back,
    Skip,
    Change,
    Remove,
    Add,
    Yes,
    No,
    Month,
    Year,
    ReadAloud,
    NoVoice,
    NameQuestion,
    NameHint,
    NameLabel,
    ContactQuestion,
    ContactHint,
    PhoneLabel,
    EmailLabel,
    CityLabel,
    JobsQuestion,
    JobsHint,
    SearchJobs,
    SearchHint,
    NoJobFound,
    AddAsTyped,
    YourJobs,
    NoJobsYet,
    JobWhenQuestion,
    JobWhenHint,
    Started,
    StillThere,
    Stopped,
    EmployerLabel,
    EmployerHint,
    JobTasksQuestion,
    JobTasksHint,
    AllOfThese,
    NoneOfThese,
    OtherSkillsQuestion,
    OtherSkillsHint,
    CertsQuestion,
    CertsHint,
    OtherCertLabel,
    CheckTitle,
    CheckHint,
    NameRow,
    ContactRow,
    JobsRow,
    ChangeJobs,
    OtherSkillsRow,
    CertsRow,
    NotGiven,
    Finish,
    Now,
    ProfileTitle,
    Hello,
    MyJobs,
    OtherSkillsHeading,
    MyCerts,
    NoSkillsYet,
    EditAnswers,
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
    ErrStartMissing,
    ErrEndMissing,
    ErrStillThereMissing,
    AboutLink,
    AboutTitle,
    AboutBody,
    AboutDataHeading,
    AboutOnet,
    AboutEsco,
    AboutWords,
}
impl Msg {
    pub const ALL: &'static [Msg] = &[
        Msg::UpdateReady,
        Msg::UpdateNow,
        Msg::ShareButton,
        Msg::ShareTitle,
        Msg::ShareHint,
        Msg::ShareWhat,
        Msg::ShareContact,
        Msg::ShareTheySee,
        Msg::ScanMe,
        Msg::ShowBig,
        Msg::Close,
        Msg::CopyLink,
        Msg::Copied,
        Msg::SendLink,
        Msg::PrintResume,
        Msg::TooBig,
        Msg::FilesHeading,
        Msg::SaveBackup,
        Msg::SaveResume,
        Msg::OpenFile,
        Msg::OpenTitle,
        Msg::OpenNote,
        Msg::FileTitle,
        Msg::SaveToPhone,
        Msg::YouHaveOne,
        Msg::AddToMine,
        Msg::AddToMineHint,
        Msg::ReplaceMine,
        Msg::ReplaceMineHint,
        Msg::ConfirmReplace,
        Msg::SureReplace,
        Msg::Cancel,
        Msg::LinkProblem,
        Msg::LinkIncomplete,
        Msg::LinkNewer,
        Msg::LinkTooLong,
        Msg::FileProblem,
        Msg::FileUnknown,
        Msg::FileNewer,
        Msg::FileDamaged,
        Msg::NothingChanged,
        Msg::Unmatched,
        Msg::GoToMine,
        Msg::StartMine,
        Msg::NoticeSaved,
        Msg::LangName,
        Msg::LanguageQuestion,
        Msg::WelcomeTitle,
        Msg::WelcomeBody,
        Msg::WelcomePrivacy,
        Msg::WelcomeTime,
        Msg::Start,
        Msg::Continue,
        Msg::Back,
        Msg::Skip,
        Msg::Change,
        Msg::Remove,
        Msg::Add,
        Msg::Yes,
        Msg::No,
        Msg::Month,
        Msg::Year,
        Msg::ReadAloud,
        Msg::NoVoice,
        Msg::NameQuestion,
        Msg::NameHint,
        Msg::NameLabel,
        Msg::ContactQuestion,
        Msg::ContactHint,
        Msg::PhoneLabel,
        Msg::EmailLabel,
        Msg::CityLabel,
        Msg::JobsQuestion,
        Msg::JobsHint,
        Msg::SearchJobs,
        Msg::SearchHint,
        Msg::NoJobFound,
        Msg::AddAsTyped,
        Msg::YourJobs,
        Msg::NoJobsYet,
        Msg::JobWhenQuestion,
        Msg::JobWhenHint,
        Msg::Started,
        Msg::StillThere,
        Msg::Stopped,
        Msg::EmployerLabel,
        Msg::EmployerHint,
        Msg::JobTasksQuestion,
        Msg::JobTasksHint,
        Msg::AllOfThese,
        Msg::NoneOfThese,
        Msg::OtherSkillsQuestion,
        Msg::OtherSkillsHint,
        Msg::CertsQuestion,
        Msg::CertsHint,
        Msg::OtherCertLabel,
        Msg::CheckTitle,
        Msg::CheckHint,
        Msg::NameRow,
        Msg::ContactRow,
        Msg::JobsRow,
        Msg::ChangeJobs,
        Msg::OtherSkillsRow,
        Msg::CertsRow,
        Msg::NotGiven,
        Msg::Finish,
        Msg::Now,
        Msg::ProfileTitle,
        Msg::Hello,
        Msg::MyJobs,
        Msg::OtherSkillsHeading,
        Msg::MyCerts,
        Msg::NoSkillsYet,
        Msg::EditAnswers,
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
        Msg::ErrStartMissing,
        Msg::ErrEndMissing,
        Msg::ErrStillThereMissing,
        Msg::AboutLink,
        Msg::AboutTitle,
        Msg::AboutBody,
        Msg::AboutDataHeading,
        Msg::AboutOnet,
        Msg::AboutEsco,
        Msg::AboutWords,
    ];

    /// Formal text kept word for word (a licence credit), so exempt from the reading-level limit.
    pub fn is_formal(self) -> bool {
        matches!(self, Msg::AboutOnet)
    }
}

/// The words for `msg` in `lang`. Short sentences, everyday verbs, numbers as digits.
pub fn text(lang: Lang, msg: Msg) -> &'static str {
    use Lang::{En, Es};
    match (msg, lang) {
        (Msg::UpdateReady, En) => "A new version of SkillPass is ready. Your profile stays as it is.",
        (Msg::UpdateReady, Es) => "Hay una versión nueva de SkillPass. Tu perfil se queda igual.",
        (Msg::UpdateNow, En) => "Update now",
        (Msg::UpdateNow, Es) => "Actualizar ahora",
        (Msg::ShareButton, En) => "Share my skills",
        (Msg::ShareButton, Es) => "Compartir mis habilidades",
        (Msg::ShareTitle, En) => "Share your skills",
        (Msg::ShareTitle, Es) => "Comparte tus habilidades",
        (Msg::ShareHint, En) => "Only people you give this link or code to can see it. It is not kept anywhere else.",
        (Msg::ShareHint, Es) => "Solo las personas a quienes des este enlace o código pueden verlo. No se guarda en ningún otro lugar.",
        (Msg::ShareWhat, En) => "What to share",
        (Msg::ShareWhat, Es) => "Qué compartir",
        (Msg::ShareContact, En) => "My phone, email and town",
        (Msg::ShareContact, Es) => "Mi teléfono, correo y ciudad",
        (Msg::ShareTheySee, En) => "What they will see",
        (Msg::ShareTheySee, Es) => "Lo que verán",
        (Msg::ScanMe, En) => "Scan to see my skills",
        (Msg::ScanMe, Es) => "Escanea para ver mis habilidades",
        (Msg::ShowBig, En) => "Show the code big",
        (Msg::ShowBig, Es) => "Mostrar el código en grande",
        (Msg::Close, En) => "Close",
        (Msg::Close, Es) => "Cerrar",
        (Msg::CopyLink, En) => "Copy the link",
        (Msg::CopyLink, Es) => "Copiar el enlace",
        (Msg::Copied, En) => "The link is copied. You can paste it in a text or email.",
        (Msg::Copied, Es) => "El enlace está copiado. Puedes pegarlo en un mensaje o correo.",
        (Msg::SendLink, En) => "Send the link",
        (Msg::SendLink, Es) => "Enviar el enlace",
        (Msg::PrintResume, En) => "Print my résumé",
        (Msg::PrintResume, Es) => "Imprimir mi currículum",
        (Msg::TooBig, En) => "This is too much for one code. Leave out your phone and email, or some older jobs.",
        (Msg::TooBig, Es) => "Es demasiado para un solo código. Quita tu teléfono y correo, o algunos trabajos viejos.",
        (Msg::FilesHeading, En) => "Save or open a file",
        (Msg::FilesHeading, Es) => "Guardar o abrir un archivo",
        (Msg::SaveBackup, En) => "Save a backup file",
        (Msg::SaveBackup, Es) => "Guardar una copia de seguridad",
        (Msg::SaveResume, En) => "Save as JSON Resume",
        (Msg::SaveResume, Es) => "Guardar como JSON Resume",
        (Msg::OpenFile, En) => "Open a saved file",
        (Msg::OpenFile, Es) => "Abrir un archivo guardado",
        (Msg::OpenTitle, En) => "Skills shared with you",
        (Msg::OpenTitle, Es) => "Habilidades que compartieron contigo",
        (Msg::OpenNote, En) => "This is shown in English. Skills travel as codes, so each person reads them in their own language.",
        (Msg::OpenNote, Es) => "Esto se muestra en español. Las habilidades viajan como códigos, así que cada persona las lee en su propio idioma.",
        (Msg::FileTitle, En) => "A profile from a file",
        (Msg::FileTitle, Es) => "Un perfil de un archivo",
        (Msg::SaveToPhone, En) => "Save to this phone",
        (Msg::SaveToPhone, Es) => "Guardar en este teléfono",
        (Msg::YouHaveOne, En) => "You already have a profile on this phone. What do you want to do?",
        (Msg::YouHaveOne, Es) => "Ya tienes un perfil en este teléfono. ¿Qué quieres hacer?",
        (Msg::AddToMine, En) => "Add to mine",
        (Msg::AddToMine, Es) => "Añadir al mío",
        (Msg::AddToMineHint, En) => "Adds the jobs, skills and cards you do not have yet. Nothing of yours is taken away.",
        (Msg::AddToMineHint, Es) => "Añade los trabajos, habilidades y tarjetas que aún no tienes. No se quita nada tuyo.",
        (Msg::ReplaceMine, En) => "Replace mine",
        (Msg::ReplaceMine, Es) => "Reemplazar el mío",
        (Msg::ReplaceMineHint, En) => "Your profile on this phone is taken away, and this one takes its place.",
        (Msg::ReplaceMineHint, Es) => "Se quita tu perfil de este teléfono y este toma su lugar.",
        (Msg::ConfirmReplace, En) => "Yes, replace mine",
        (Msg::ConfirmReplace, Es) => "Sí, reemplazar el mío",
        (Msg::SureReplace, En) => "Are you sure? Your own profile will be gone from this phone.",
        (Msg::SureReplace, Es) => "¿Seguro? Tu propio perfil ya no estará en este teléfono.",
        (Msg::Cancel, En) => "Cancel",
        (Msg::Cancel, Es) => "Cancelar",
        (Msg::LinkProblem, En) => "This link cannot be opened",
        (Msg::LinkProblem, Es) => "No se puede abrir este enlace",
        (Msg::LinkIncomplete, En) => "This link is incomplete. Ask the person to share it again.",
        (Msg::LinkIncomplete, Es) => "Este enlace está incompleto. Pide a la persona que lo comparta otra vez.",
        (Msg::LinkNewer, En) => "This link was made with a newer SkillPass. Load the page again to get it, then open the link again.",
        (Msg::LinkNewer, Es) => "Este enlace se hizo con un SkillPass más nuevo. Vuelve a cargar la página y abre el enlace otra vez.",
        (Msg::LinkTooLong, En) => "This link is far too long for SkillPass. Ask the person to share it again.",
        (Msg::LinkTooLong, Es) => "Este enlace es demasiado largo para SkillPass. Pide a la persona que lo comparta otra vez.",
        (Msg::FileProblem, En) => "This file cannot be opened",
        (Msg::FileProblem, Es) => "No se puede abrir este archivo",
        (Msg::FileUnknown, En) => "This file is not a SkillPass backup or a JSON Resume.",
        (Msg::FileUnknown, Es) => "Este archivo no es una copia de SkillPass ni un JSON Resume.",
        (Msg::FileNewer, En) => "This file was made with a newer SkillPass. Load the page again to get it.",
        (Msg::FileNewer, Es) => "Este archivo se hizo con un SkillPass más nuevo. Vuelve a cargar la página.",
        (Msg::FileDamaged, En) => "This file is damaged. Parts of it are missing.",
        (Msg::FileDamaged, Es) => "Este archivo está dañado. Le faltan partes.",
        (Msg::NothingChanged, En) => "Nothing on this phone was changed.",
        (Msg::NothingChanged, Es) => "No se cambió nada en este teléfono.",
        (Msg::Unmatched, En) => "These skills in the file are not on our list, so they were left out:",
        (Msg::Unmatched, Es) => "Estas habilidades del archivo no están en nuestra lista, así que se dejaron fuera:",
        (Msg::GoToMine, En) => "Go to my profile",
        (Msg::GoToMine, Es) => "Ir a mi perfil",
        (Msg::StartMine, En) => "Make my own profile",
        (Msg::StartMine, Es) => "Hacer mi propio perfil",
        (Msg::NoticeSaved, En) => "Saved. This profile is now on this phone.",
        (Msg::NoticeSaved, Es) => "Guardado. Este perfil ya está en este teléfono.",
        (Msg::LangName, En) => "English",
        (Msg::LangName, Es) => "Español",
        (Msg::LanguageQuestion, En) => "Choose your language",
        (Msg::LanguageQuestion, Es) => "Elige tu idioma",
        (Msg::WelcomeTitle, En) => "Your skills, in your pocket",
        (Msg::WelcomeTitle, Es) => "Tus habilidades, en tu bolsillo",
        (Msg::WelcomeBody, En) => "Make a list of what you can do at work. Show it to a boss or a job center.",
        (Msg::WelcomeBody, Es) => "Haz una lista de lo que sabes hacer en el trabajo. Muéstrala a un empleador o a un centro de empleo.",
        (Msg::WelcomePrivacy, En) => "It stays on this device. No account. You choose who sees it.",
        (Msg::WelcomePrivacy, Es) => "Se queda en este aparato. Sin cuenta. Tú decides quién la ve.",
        (Msg::WelcomeTime, En) => "It takes about 5 minutes.",
        (Msg::WelcomeTime, Es) => "Toma unos 5 minutos.",
        (Msg::Start, En) => "Start",
        (Msg::Start, Es) => "Empezar",
        (Msg::Continue, En) => "Continue",
        (Msg::Continue, Es) => "Continuar",
        (Msg::Back, En) => "Back",
        (Msg::Back, Es) => "Atrás",
        (Msg::Skip, En) => "Skip this question",
        (Msg::Skip, Es) => "Saltar esta pregunta",
        (Msg::Change, En) => "Change",
        (Msg::Change, Es) => "Cambiar",
        (Msg::Remove, En) => "Remove",
        (Msg::Remove, Es) => "Quitar",
        (Msg::Add, En) => "Add",
        (Msg::Add, Es) => "Añadir",
        (Msg::Yes, En) => "Yes",
        (Msg::Yes, Es) => "Sí",
        (Msg::No, En) => "No",
        (Msg::No, Es) => "No",
        (Msg::Month, En) => "Month",
        (Msg::Month, Es) => "Mes",
        (Msg::Year, En) => "Year",
        (Msg::Year, Es) => "Año",
        (Msg::ReadAloud, En) => "Read aloud",
        (Msg::ReadAloud, Es) => "Leer en voz alta",
        (Msg::NoVoice, En) => "Sorry, this device has no voice for English.",
        (Msg::NoVoice, Es) => "Lo siento, este aparato no tiene voz en español.",
        (Msg::NameQuestion, En) => "What is your first name?",
        (Msg::NameQuestion, Es) => "¿Cuál es tu nombre?",
        (Msg::NameHint, En) => "Only your first name is fine. You can change it later.",
        (Msg::NameHint, Es) => "Basta con tu nombre. Puedes cambiarlo después.",
        (Msg::NameLabel, En) => "First name",
        (Msg::NameLabel, Es) => "Nombre",
        (Msg::ContactQuestion, En) => "How can a boss reach you?",
        (Msg::ContactQuestion, Es) => "¿Cómo te puede contactar un empleador?",
        (Msg::ContactHint, En) => "You do not have to fill this in. Add what you like, or skip it.",
        (Msg::ContactHint, Es) => "No tienes que llenarlo. Pon lo que quieras, o sáltalo.",
        (Msg::PhoneLabel, En) => "Phone number",
        (Msg::PhoneLabel, Es) => "Teléfono",
        (Msg::EmailLabel, En) => "Email",
        (Msg::EmailLabel, Es) => "Correo electrónico",
        (Msg::CityLabel, En) => "Town or city",
        (Msg::CityLabel, Es) => "Ciudad o pueblo",
        (Msg::JobsQuestion, En) => "What jobs have you done?",
        (Msg::JobsQuestion, Es) => "¿Qué trabajos has hecho?",
        (Msg::JobsHint, En) => "Tap a group to see its jobs. Then tap each job you have had.",
        (Msg::JobsHint, Es) => "Toca un grupo para ver sus trabajos. Luego toca cada trabajo que has tenido.",
        (Msg::SearchJobs, En) => "Or type the name of a job",
        (Msg::SearchJobs, Es) => "O escribe el nombre de un trabajo",
        (Msg::SearchHint, En) => "Like cook, cashier or CNA",
        (Msg::SearchHint, Es) => "Por ejemplo: cocinero, cajera o CNA",
        (Msg::NoJobFound, En) => "We did not find that job. You can add it as you wrote it.",
        (Msg::NoJobFound, Es) => "No encontramos ese trabajo. Puedes añadirlo tal como lo escribiste.",
        (Msg::AddAsTyped, En) => "Add this job",
        (Msg::AddAsTyped, Es) => "Añadir este trabajo",
        (Msg::YourJobs, En) => "Your jobs",
        (Msg::YourJobs, Es) => "Tus trabajos",
        (Msg::NoJobsYet, En) => "No jobs yet. You can also go on without one.",
        (Msg::NoJobsYet, Es) => "Todavía no hay trabajos. También puedes seguir sin ninguno.",
        (Msg::JobWhenQuestion, En) => "When did you do this job?",
        (Msg::JobWhenQuestion, Es) => "¿Cuándo hiciste este trabajo?",
        (Msg::JobWhenHint, En) => "Your best guess is fine.",
        (Msg::JobWhenHint, Es) => "Basta con una fecha aproximada.",
        (Msg::Started, En) => "When did you start?",
        (Msg::Started, Es) => "¿Cuándo empezaste?",
        (Msg::StillThere, En) => "Do you still work there?",
        (Msg::StillThere, Es) => "¿Todavía trabajas ahí?",
        (Msg::Stopped, En) => "When did you stop?",
        (Msg::Stopped, Es) => "¿Cuándo terminaste?",
        (Msg::EmployerLabel, En) => "Where did you work? You can skip this.",
        (Msg::EmployerLabel, Es) => "¿Dónde trabajaste? Puedes saltar esto.",
        (Msg::EmployerHint, En) => "The name of the company or place",
        (Msg::EmployerHint, Es) => "El nombre de la empresa o del lugar",
        (Msg::JobTasksQuestion, En) => "Which of these did you do?",
        (Msg::JobTasksQuestion, Es) => "¿Cuáles de estas cosas hiciste?",
        (Msg::JobTasksHint, En) => "Tap each one you did. It is fine to leave some out.",
        (Msg::JobTasksHint, Es) => "Toca cada una que hiciste. Está bien dejar algunas.",
        (Msg::AllOfThese, En) => "I did all of these",
        (Msg::AllOfThese, Es) => "Hice todas estas",
        (Msg::NoneOfThese, En) => "None of these",
        (Msg::NoneOfThese, Es) => "Ninguna de estas",
        (Msg::OtherSkillsQuestion, En) => "What else are you good at?",
        (Msg::OtherSkillsQuestion, Es) => "¿En qué más eres bueno o buena?",
        (Msg::OtherSkillsHint, En) => "Lots of people do these at work and never call them skills. Tap all that fit.",
        (Msg::OtherSkillsHint, Es) => "Mucha gente hace esto en el trabajo y nunca lo llama habilidad. Toca todas las que sí.",
        (Msg::CertsQuestion, En) => "Do you have any of these?",
        (Msg::CertsQuestion, Es) => "¿Tienes alguno de estos?",
        (Msg::CertsHint, En) => "Cards, licenses and classes you passed. Tap the ones you have.",
        (Msg::CertsHint, Es) => "Tarjetas, licencias y cursos que pasaste. Toca los que tienes.",
        (Msg::OtherCertLabel, En) => "Another one that is not on the list",
        (Msg::OtherCertLabel, Es) => "Otro que no está en la lista",
        (Msg::CheckTitle, En) => "Check your answers",
        (Msg::CheckTitle, Es) => "Revisa tus respuestas",
        (Msg::CheckHint, En) => "Tap Change to fix anything.",
        (Msg::CheckHint, Es) => "Toca Cambiar para arreglar algo.",
        (Msg::NameRow, En) => "Name",
        (Msg::NameRow, Es) => "Nombre",
        (Msg::ContactRow, En) => "How to reach you",
        (Msg::ContactRow, Es) => "Cómo contactarte",
        (Msg::JobsRow, En) => "Jobs",
        (Msg::JobsRow, Es) => "Trabajos",
        (Msg::ChangeJobs, En) => "Add or remove jobs",
        (Msg::ChangeJobs, Es) => "Añadir o quitar trabajos",
        (Msg::OtherSkillsRow, En) => "Other skills",
        (Msg::OtherSkillsRow, Es) => "Otras habilidades",
        (Msg::CertsRow, En) => "Cards and licenses",
        (Msg::CertsRow, Es) => "Tarjetas y licencias",
        (Msg::NotGiven, En) => "Not given",
        (Msg::NotGiven, Es) => "No lo diste",
        (Msg::Finish, En) => "Save and see my profile",
        (Msg::Finish, Es) => "Guardar y ver mi perfil",
        (Msg::Now, En) => "now",
        (Msg::Now, Es) => "ahora",
        (Msg::ProfileTitle, En) => "My profile",
        (Msg::ProfileTitle, Es) => "Mi perfil",
        (Msg::Hello, En) => "Hello",
        (Msg::Hello, Es) => "Hola",
        (Msg::MyJobs, En) => "My jobs",
        (Msg::MyJobs, Es) => "Mis trabajos",
        (Msg::OtherSkillsHeading, En) => "Other things I am good at",
        (Msg::OtherSkillsHeading, Es) => "Otras cosas que hago bien",
        (Msg::MyCerts, En) => "My cards and licenses",
        (Msg::MyCerts, Es) => "Mis tarjetas y licencias",
        (Msg::NoSkillsYet, En) => "No skills yet. Tap the button below to add some.",
        (Msg::NoSkillsYet, Es) => "Todavía no hay habilidades. Toca el botón de abajo para añadir.",
        (Msg::EditAnswers, En) => "Change my answers",
        (Msg::EditAnswers, Es) => "Cambiar mis respuestas",
        (Msg::SourceChosen, En) => "You added this yourself",
        (Msg::SourceChosen, Es) => "Lo añadiste tú",
        (Msg::SourceJob, En) => "From a job you had",
        (Msg::SourceJob, Es) => "De un trabajo que tuviste",
        (Msg::SourceTraining, En) => "Learned in a class",
        (Msg::SourceTraining, Es) => "Aprendido en un curso",
        (Msg::SavedOnDevice, En) => "Saved on this device",
        (Msg::SavedOnDevice, Es) => "Guardado en este aparato",
        (Msg::WarnUnavailable, En) => "This browser does not let SkillPass save. You can keep going. But when you close this page, your answers will be gone.",
        (Msg::WarnUnavailable, Es) => "Este navegador no deja guardar a SkillPass. Puedes seguir. Pero al cerrar esta página, tus respuestas se perderán.",
        (Msg::WarnFull, En) => "This device is full, so your last changes are not saved. Free up some space. Then make a change to save again.",
        (Msg::WarnFull, Es) => "Este aparato está lleno y tus últimos cambios no se guardaron. Libera espacio. Luego haz un cambio para guardar otra vez.",
        (Msg::WarnNewer, En) => "A newer SkillPass saved your profile. Load the page again to see it. Changes you make here will not be kept.",
        (Msg::WarnNewer, Es) => "Un SkillPass más nuevo guardó tu perfil. Vuelve a cargar la página para verlo. Los cambios que hagas aquí no se guardarán.",
        (Msg::NoticeKeptAside, En) => "We found a saved profile we could not read. We did not delete it. We kept a copy. You can save the copy and show it to someone who can help.",
        (Msg::NoticeKeptAside, Es) => "Encontramos un perfil guardado que no pudimos leer. No lo borramos. Guardamos una copia. Puedes descargar la copia y mostrarla a alguien que pueda ayudar.",
        (Msg::NoticeUpdatedFromOtherTab, En) => "Your profile was changed in another window. This page now shows the newest one.",
        (Msg::NoticeUpdatedFromOtherTab, Es) => "Tu perfil cambió en otra ventana. Esta página ya muestra la versión más nueva.",
        (Msg::NoticeMerged, En) => "Your profile was also changed in another window. We kept both changes.",
        (Msg::NoticeMerged, Es) => "Tu perfil también cambió en otra ventana. Guardamos los dos cambios.",
        (Msg::NoticeSavingAgain, En) => "Saving works again. Your profile is saved on this device.",
        (Msg::NoticeSavingAgain, Es) => "Ya se puede guardar otra vez. Tu perfil está guardado en este aparato.",
        (Msg::DownloadCopy, En) => "Save the copy as a file",
        (Msg::DownloadCopy, Es) => "Descargar la copia",
        (Msg::KeptCopies, En) => "Copies we kept",
        (Msg::KeptCopies, Es) => "Copias guardadas",
        (Msg::KeptCopiesHint, En) => "Saved profiles this app could not read. They stay here until you clear your browser.",
        (Msg::KeptCopiesHint, Es) => "Perfiles guardados que la app no pudo leer. Se quedan aquí hasta que borres los datos del navegador.",
        (Msg::Dismiss, En) => "OK",
        (Msg::Dismiss, Es) => "De acuerdo",
        (Msg::ErrorSummary, En) => "There is a problem",
        (Msg::ErrorSummary, Es) => "Hay un problema",
        (Msg::ErrEmpty, En) => "Please fill this in.",
        (Msg::ErrEmpty, Es) => "Por favor, llena esto.",
        (Msg::ErrNameEmpty, En) => "Please type your first name.",
        (Msg::ErrNameEmpty, Es) => "Por favor, escribe tu nombre.",
        (Msg::ErrTooLong, En) => "This is too long. Please make it shorter.",
        (Msg::ErrTooLong, Es) => "Es demasiado largo. Por favor, hazlo más corto.",
        (Msg::ErrMonthFormat, En) => "Please type a month like 2023-05.",
        (Msg::ErrMonthFormat, Es) => "Por favor, escribe un mes así: 2023-05.",
        (Msg::ErrMonthOutOfRange, En) => "The month must be from 01 to 12, like 2023-05.",
        (Msg::ErrMonthOutOfRange, Es) => "El mes debe ir del 01 al 12, así: 2023-05.",
        (Msg::ErrYearOutOfRange, En) => "Please check the year. Type a month like 2023-05.",
        (Msg::ErrYearOutOfRange, Es) => "Revisa el año. Escribe un mes así: 2023-05.",
        (Msg::ErrEndBeforeStart, En) => "You stopped before you started? Please check both dates.",
        (Msg::ErrEndBeforeStart, Es) => "¿Terminaste antes de empezar? Revisa las dos fechas.",
        (Msg::ErrEmailFormat, En) => "Please check the email. It should look like name@example.com.",
        (Msg::ErrEmailFormat, Es) => "Revisa el correo. Debe ser así: nombre@ejemplo.com.",
        (Msg::ErrPhoneFormat, En) => "Please check the phone number. Use digits, like 559 555 0142.",
        (Msg::ErrPhoneFormat, Es) => "Revisa el teléfono. Usa números, así: 559 555 0142.",
        (Msg::ErrUnknownSkill, En) => "We could not find that skill. Please pick one from the list.",
        (Msg::ErrUnknownSkill, Es) => "No encontramos esa habilidad. Elige una de la lista.",
        (Msg::ErrStartMissing, En) => "Please pick the month and year you started. A guess is fine.",
        (Msg::ErrStartMissing, Es) => "Elige el mes y el año en que empezaste. Basta con una fecha aproximada.",
        (Msg::ErrEndMissing, En) => "Please pick the month and year you stopped. Or pick Yes if you still work there.",
        (Msg::ErrEndMissing, Es) => "Elige el mes y el año en que terminaste. O elige Sí si todavía trabajas ahí.",
        (Msg::ErrStillThereMissing, En) => "Please pick Yes or No.",
        (Msg::ErrStillThereMissing, Es) => "Elige Sí o No.",
        (Msg::AboutLink, En) => "About SkillPass",
        (Msg::AboutLink, Es) => "Acerca de SkillPass",
        (Msg::AboutTitle, En) => "About SkillPass",
        (Msg::AboutTitle, Es) => "Acerca de SkillPass",
        (Msg::AboutBody, En) => "SkillPass keeps your skills on this device. It does not send them anywhere. No one sees them unless you show them.",
        (Msg::AboutBody, Es) => "SkillPass guarda tus habilidades en este aparato. No las manda a ningún lado. Nadie las ve si tú no las muestras.",
        (Msg::AboutDataHeading, En) => "Where the job facts come from",
        (Msg::AboutDataHeading, Es) => "De dónde viene la información de trabajos",
        (Msg::AboutOnet, En) => "This app includes information from the O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. SkillPass has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications. O*NET® is a trademark of USDOL/ETA.",
        (Msg::AboutOnet, Es) => "Esta app incluye información de la base de datos O*NET 29.2 del Departamento de Trabajo de EE. UU., Administración de Empleo y Capacitación (USDOL/ETA), usada bajo la licencia CC BY 4.0. SkillPass cambió toda o parte de esta información. USDOL/ETA no ha aprobado, respaldado ni probado estos cambios. O*NET® es una marca de USDOL/ETA.",
        (Msg::AboutEsco, En) => "Some skills are linked to ESCO, the European skills list. Source: ESCO, European Commission.",
        (Msg::AboutEsco, Es) => "Algunas habilidades están enlazadas con ESCO, la lista europea de habilidades. Fuente: ESCO, Comisión Europea.",
        (Msg::AboutWords, En) => "The plain words for each job and task are written by SkillPass.",
        (Msg::AboutWords, Es) => "Las palabras sencillas de cada trabajo y tarea las escribió SkillPass.",
    }
}

/// "Step 1 of 7", with digits in both languages.
pub fn step_of(lang: Lang, n: usize, total: usize) -> String {
    match lang {
        Lang::En => format!("Step {n} of {total}"),
        Lang::Es => format!("Paso {n} de {total}"),
    }
}

/// "You have 12 skills employers look for".
pub fn skills_summary(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::En, 1) => "You have 1 skill employers look for".into(),
        (Lang::En, n) => format!("You have {n} skills employers look for"),
        (Lang::Es, 1) => "Tienes 1 habilidad que buscan los empleadores".into(),
        (Lang::Es, n) => format!("Tienes {n} habilidades que buscan los empleadores"),
    }
}

/// "12 skills employers look for": the same count for someone reading a shared profile.
pub fn skills_count(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::En, 1) => "1 skill employers look for".into(),
        (Lang::En, n) => format!("{n} skills employers look for"),
        (Lang::Es, 1) => "1 habilidad que buscan los empleadores".into(),
        (Lang::Es, n) => format!("{n} habilidades que buscan los empleadores"),
    }
}

/// "7 things you did" (on Check your answers).
pub fn things_done(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::En, 1) => "1 thing you did".into(),
        (Lang::En, n) => format!("{n} things you did"),
        (Lang::Es, 1) => "1 cosa que hiciste".into(),
        (Lang::Es, n) => format!("{n} cosas que hiciste"),
    }
}

/// Month names, for pickers and dates such as "May 2022".
pub fn month_name(lang: Lang, month: u8) -> &'static str {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const ES: [&str; 12] = [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ];
    let i = usize::from(month.clamp(1, 12) - 1);
    match lang {
        Lang::En => EN[i],
        Lang::Es => ES[i],
    }
}

/// "May 2022" / "mayo de 2022".
pub fn month_year(lang: Lang, ym: crate::YearMonth) -> String {
    match lang {
        Lang::En => format!("{} {}", month_name(lang, ym.month()), ym.year()),
        Lang::Es => format!("{} de {}", month_name(lang, ym.month()), ym.year()),
    }
}

/// The words of each screen, as a worker meets them (labels included): the reading-level test
/// and `examples/reading_level.rs` grade each screen as a whole.
pub const SCREENS: &[(&str, &[Msg])] = &[
    (
        "share",
        &[
            Msg::ShareTitle,
            Msg::ShareHint,
            Msg::ShareWhat,
            Msg::ShareContact,
            Msg::ShareTheySee,
            Msg::ScanMe,
            Msg::ShowBig,
            Msg::Close,
            Msg::CopyLink,
            Msg::Copied,
            Msg::SendLink,
            Msg::PrintResume,
            Msg::TooBig,
            Msg::FilesHeading,
            Msg::SaveBackup,
            Msg::SaveResume,
            Msg::OpenFile,
            Msg::ShareButton,
        ],
    ),
    (
        "open",
        &[
            Msg::OpenTitle,
            Msg::OpenNote,
            Msg::FileTitle,
            Msg::SaveToPhone,
            Msg::YouHaveOne,
            Msg::AddToMine,
            Msg::AddToMineHint,
            Msg::ReplaceMine,
            Msg::ReplaceMineHint,
            Msg::ConfirmReplace,
            Msg::SureReplace,
            Msg::Cancel,
            Msg::Unmatched,
            Msg::NoticeSaved,
        ],
    ),
    (
        "bad-link",
        &[
            Msg::LinkProblem,
            Msg::LinkIncomplete,
            Msg::LinkNewer,
            Msg::LinkTooLong,
            Msg::FileProblem,
            Msg::FileUnknown,
            Msg::FileNewer,
            Msg::FileDamaged,
            Msg::NothingChanged,
            Msg::GoToMine,
            Msg::StartMine,
        ],
    ),
    (
        "language",
        &[Msg::LanguageQuestion, Msg::LangName, Msg::ReadAloud],
    ),
    (
        "welcome",
        &[
            Msg::WelcomeTitle,
            Msg::WelcomeBody,
            Msg::WelcomePrivacy,
            Msg::WelcomeTime,
            Msg::Start,
            Msg::AboutLink,
        ],
    ),
    (
        "name",
        &[
            Msg::Back,
            Msg::NameQuestion,
            Msg::NameLabel,
            Msg::NameHint,
            Msg::ErrNameEmpty,
            Msg::Continue,
        ],
    ),
    (
        "contact",
        &[
            Msg::ContactQuestion,
            Msg::ContactHint,
            Msg::PhoneLabel,
            Msg::EmailLabel,
            Msg::CityLabel,
            Msg::ErrEmailFormat,
            Msg::ErrPhoneFormat,
            Msg::Continue,
            Msg::Skip,
        ],
    ),
    (
        "jobs",
        &[
            Msg::JobsQuestion,
            Msg::JobsHint,
            Msg::YourJobs,
            Msg::NoJobsYet,
            Msg::SearchJobs,
            Msg::SearchHint,
            Msg::NoJobFound,
            Msg::AddAsTyped,
            Msg::Remove,
        ],
    ),
    (
        "job-when",
        &[
            Msg::JobWhenQuestion,
            Msg::JobWhenHint,
            Msg::Started,
            Msg::Month,
            Msg::Year,
            Msg::StillThere,
            Msg::Yes,
            Msg::No,
            Msg::Stopped,
            Msg::EmployerLabel,
            Msg::EmployerHint,
            Msg::ErrStartMissing,
            Msg::ErrEndMissing,
            Msg::ErrEndBeforeStart,
        ],
    ),
    (
        "job-tasks",
        &[
            Msg::JobTasksQuestion,
            Msg::JobTasksHint,
            Msg::AllOfThese,
            Msg::NoneOfThese,
        ],
    ),
    ("skills", &[Msg::OtherSkillsQuestion, Msg::OtherSkillsHint]),
    (
        "certificates",
        &[
            Msg::CertsQuestion,
            Msg::CertsHint,
            Msg::OtherCertLabel,
            Msg::Add,
        ],
    ),
    (
        "check",
        &[
            Msg::CheckTitle,
            Msg::CheckHint,
            Msg::NameRow,
            Msg::ContactRow,
            Msg::JobsRow,
            Msg::ChangeJobs,
            Msg::OtherSkillsRow,
            Msg::CertsRow,
            Msg::NotGiven,
            Msg::Change,
            Msg::Finish,
        ],
    ),
    (
        "profile",
        &[
            Msg::ProfileTitle,
            Msg::Hello,
            Msg::SavedOnDevice,
            Msg::MyJobs,
            Msg::OtherSkillsHeading,
            Msg::MyCerts,
            Msg::SourceChosen,
            Msg::SourceJob,
            Msg::EditAnswers,
        ],
    ),
    (
        "about",
        &[
            Msg::AboutTitle,
            Msg::AboutBody,
            Msg::AboutDataHeading,
            Msg::AboutWords,
            Msg::AboutEsco,
        ],
    ),
    (
        "warnings",
        &[
            Msg::WarnUnavailable,
            Msg::WarnFull,
            Msg::WarnNewer,
            Msg::NoticeKeptAside,
            Msg::DownloadCopy,
            Msg::Dismiss,
            Msg::UpdateReady,
            Msg::UpdateNow,
        ],
    ),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::readability::grade;
    use std::collections::HashSet;

    #[test]
    fn every_message_has_distinct_words_in_each_language() {
        let all: HashSet<_> = Msg::ALL.iter().collect();
        assert_eq!(all.len(), Msg::ALL.len(), "Msg::ALL lists a key twice");
        for &m in Msg::ALL {
            let en = text(Lang::En, m);
            let es = text(Lang::Es, m);
            assert!(!en.trim().is_empty() && !es.trim().is_empty(), "{m:?}");
            // "No" and the like may coincide; a whole sentence never should.
            if en.contains(' ') {
                assert_ne!(en, es, "{m:?} is not translated");
            }
        }
    }

    /// Flesch–Kincaid means little for a two-word label ("Continue" alone scores grade 20), so
    /// every message of 4 words or more is held to grade 6 on its own, and each screen's words
    /// are held to grade 6 together.
    #[test]
    fn english_reads_at_grade_6_or_below() {
        let sentences: Vec<(f64, Msg)> = Msg::ALL
            .iter()
            .filter(|m| !m.is_formal())
            .filter(|m| text(Lang::En, **m).split_whitespace().count() >= 4)
            .map(|&m| (grade(text(Lang::En, m)), m))
            .filter(|(g, _)| *g > 6.0)
            .collect();
        assert!(sentences.is_empty(), "above grade 6: {sentences:?}");
        for (screen, msgs) in SCREENS {
            let words: Vec<&str> = msgs
                .iter()
                .map(|m| text(Lang::En, *m).trim_end_matches(['.', '?', '!']))
                .collect();
            let g = grade(&(words.join(". ") + "."));
            assert!(g <= 6.0, "the {screen} screen reads at grade {g:.1}");
        }
        let listed: std::collections::HashSet<Msg> = SCREENS
            .iter()
            .flat_map(|(_, m)| m.iter().copied())
            .collect();
        let short_unlisted: Vec<_> = Msg::ALL
            .iter()
            .filter(|m| !m.is_formal() && !listed.contains(m))
            .filter(|m| text(Lang::En, **m).split_whitespace().count() < 4)
            .filter(|m| {
                !matches!(
                    m,
                    Msg::LangName
                        | Msg::Now
                        | Msg::KeptCopies
                        | Msg::ErrorSummary
                        | Msg::SourceTraining
                        | Msg::ErrEmpty
                )
            })
            .collect();
        assert!(
            short_unlisted.is_empty(),
            "put these labels on a screen above: {short_unlisted:?}"
        );
        for n in [1, 12] {
            assert!(grade(&skills_summary(Lang::En, n)) <= 6.0);
            assert!(grade(&things_done(Lang::En, n)) <= 6.0);
        }
    }

    #[test]
    fn month_errors_show_an_example_month() {
        for lang in Lang::ALL {
            assert!(text(lang, Msg::ErrMonthFormat).contains("2023-05"));
        }
    }

    #[test]
    fn the_no_voice_message_names_its_own_language() {
        assert!(text(Lang::En, Msg::NoVoice).contains("English"));
        assert!(text(Lang::Es, Msg::NoVoice).contains("español"));
    }

    #[test]
    fn browser_languages_pick_the_first_supported() {
        assert_eq!(Lang::pick(["fr-FR", "es-MX", "en"]), Lang::Es);
        assert_eq!(Lang::pick(["EN-us"]), Lang::En);
        assert_eq!(Lang::pick(["de"]), Lang::En);
        assert_eq!(step_of(Lang::Es, 1, 2), "Paso 1 de 2");
        assert_eq!(
            month_year(Lang::Es, crate::YearMonth::new(2022, 5).unwrap()),
            "mayo de 2022"
        );
        assert_eq!(
            skills_summary(Lang::En, 1),
            "You have 1 skill employers look for"
        );
    }
}
