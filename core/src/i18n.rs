//! Every word the app shows, in English and Spanish. Each message is declared once in the
//! `messages!` table below (key, English, Spanish); the [`Msg`] enum, [`Msg::ALL`] and [`text`] all
//! come from it, so a key cannot lack a language or go missing from the list the tests check. English strings are held to
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
/// Declares every message once — its key and its words in English and Spanish — and derives from
/// that one table the `Msg` enum, `Msg::ALL` and `text()`, so no list can fall out of step.
macro_rules! messages {
    ($($key:ident => $en:literal, $es:literal;)+) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Msg {
            $($key,)+
        }

        impl Msg {
            pub const ALL: &'static [Msg] = &[$(Msg::$key,)+];
        }

        /// The words for `msg` in `lang`. Short sentences, everyday verbs, numbers as digits.
        pub fn text(lang: Lang, msg: Msg) -> &'static str {
            match (msg, lang) {
                $((Msg::$key, Lang::En) => $en, (Msg::$key, Lang::Es) => $es,)+
            }
        }
    };
}

messages! {
    UpdateReady => "A new version of SkillPass is ready. Your profile stays as it is.", "Hay una versión nueva de SkillPass. Tu perfil se queda igual.";
    UpdateNow => "Update now", "Actualizar ahora";
    ShareButton => "Share my skills", "Compartir mis habilidades";
    ShareTitle => "Share your skills", "Comparte tus habilidades";
    ShareHint => "Only people you give this link or code to can see it. It is not kept anywhere else.", "Solo las personas a quienes des este enlace o código pueden verlo. No se guarda en ningún otro lugar.";
    ShareWhat => "What to share", "Qué compartir";
    ShareContact => "My phone, email and town", "Mi teléfono, correo y ciudad";
    ShareTheySee => "What they will see", "Lo que verán";
    ScanMe => "Scan to see my skills", "Escanea para ver mis habilidades";
    ShowBig => "Show the code big", "Mostrar el código en grande";
    Close => "Close", "Cerrar";
    CopyLink => "Copy the link", "Copiar el enlace";
    Copied => "The link is copied. You can paste it in a text or email.", "El enlace está copiado. Puedes pegarlo en un mensaje o correo.";
    SendLink => "Send the link", "Enviar el enlace";
    PrintResume => "Print my résumé", "Imprimir mi currículum";
    TooBig => "This is too much for one code. Leave out your phone and email, or some older jobs.", "Es demasiado para un solo código. Quita tu teléfono y correo, o algunos trabajos viejos.";
    FilesHeading => "Save or open a file", "Guardar o abrir un archivo";
    SaveBackup => "Save a backup file", "Guardar una copia de seguridad";
    SaveResume => "Save a résumé file for job websites", "Guardar un archivo de currículum para sitios de empleo";
    OpenFile => "Open a saved file", "Abrir un archivo guardado";
    OpenTitle => "Skills shared with you", "Habilidades que compartieron contigo";
    OpenNote => "This is shown in English. Skills travel as codes, so each person reads them in their own language.", "Esto se muestra en español. Las habilidades viajan como códigos, así que cada persona las lee en su propio idioma.";
    FileTitle => "A profile from a file", "Un perfil de un archivo";
    SaveToPhone => "Save to this phone", "Guardar en este teléfono";
    YouHaveOne => "You already have a profile on this phone. What do you want to do?", "Ya tienes un perfil en este teléfono. ¿Qué quieres hacer?";
    AddToMine => "Add to mine", "Añadir al mío";
    AddToMineHint => "Adds the jobs, skills and cards you do not have yet. Nothing of yours is taken away.", "Añade los trabajos, habilidades y tarjetas que aún no tienes. No se quita nada tuyo.";
    ReplaceMine => "Replace mine", "Reemplazar el mío";
    ReplaceMineHint => "Your profile on this phone is taken away, and this one takes its place.", "Se quita tu perfil de este teléfono y este toma su lugar.";
    ConfirmReplace => "Yes, replace mine", "Sí, reemplazar el mío";
    SureReplace => "Are you sure? Your own profile will be gone from this phone.", "¿Seguro? Tu propio perfil ya no estará en este teléfono.";
    Cancel => "Cancel", "Cancelar";
    LinkProblem => "This link cannot be opened", "No se puede abrir este enlace";
    LinkIncomplete => "This link is incomplete. Ask the person to share it again.", "Este enlace está incompleto. Pide a la persona que lo comparta otra vez.";
    LinkNewer => "This link was made with a newer SkillPass. Load the page again to get it, then open the link again.", "Este enlace se hizo con un SkillPass más nuevo. Vuelve a cargar la página y abre el enlace otra vez.";
    LinkTooLong => "This link is far too long for SkillPass. Ask the person to share it again.", "Este enlace es demasiado largo para SkillPass. Pide a la persona que lo comparta otra vez.";
    FileProblem => "This file cannot be opened", "No se puede abrir este archivo";
    FileUnknown => "This file is not a SkillPass backup or a résumé file.", "Este archivo no es una copia de SkillPass ni un archivo de currículum.";
    FileNewer => "This file was made with a newer SkillPass. Load the page again to get it.", "Este archivo se hizo con un SkillPass más nuevo. Vuelve a cargar la página.";
    FileDamaged => "This file is damaged. Parts of it are missing.", "Este archivo está dañado. Le faltan partes.";
    FileSealed => "This profile is locked with a PIN, so this file cannot be opened. Open the profile with its PIN where it was made. Then save a backup file there.", "Este perfil está protegido con un PIN, así que este archivo no se puede abrir. Abre el perfil con su PIN donde se hizo. Luego guarda allí una copia.";
    LockedClient => "a client locked with a PIN", "un cliente protegido con PIN";
    NothingChanged => "Nothing on this phone was changed.", "No se cambió nada en este teléfono.";
    Unmatched => "These skills in the file are not on our list, so they were left out:", "Estas habilidades del archivo no están en nuestra lista, así que se dejaron fuera:";
    FileTooBig => "This file is far too big to be a SkillPass file. Check that you picked the right one.", "Este archivo es demasiado grande para ser de SkillPass. Revisa si elegiste el archivo correcto.";
    GoToMine => "Go to my profile", "Ir a mi perfil";
    StartMine => "Make my own profile", "Hacer mi propio perfil";
    NoticeSaved => "Saved. This profile is now on this phone.", "Guardado. Este perfil ya está en este teléfono.";
    LangName => "English", "Español";
    LanguageQuestion => "Choose your language", "Elige tu idioma";
    WelcomeTitle => "Your skills, in your pocket", "Tus habilidades, en tu bolsillo";
    WelcomeBody => "Make a list of what you can do at work. Show it to a boss or a job center.", "Haz una lista de lo que sabes hacer en el trabajo. Muéstrala a un empleador o a un centro de empleo.";
    WelcomePrivacy => "It stays on this device. No account. You choose who sees it.", "Se queda en este aparato. Sin cuenta. Tú decides quién la ve.";
    WelcomeTime => "It takes about 10 minutes.", "Toma unos 10 minutos.";
    Start => "Start", "Empezar";
    Continue => "Continue", "Continuar";
    Back => "Back", "Atrás";
    Skip => "Skip this question", "Saltar esta pregunta";
    Change => "Change", "Cambiar";
    Remove => "Remove", "Quitar";
    Add => "Add", "Añadir";
    Yes => "Yes", "Sí";
    No => "No", "No";
    Month => "Month", "Mes";
    Year => "Year", "Año";
    ReadAloud => "Read aloud", "Leer en voz alta";
    NoVoice => "Sorry, this device has no voice for English.", "Lo siento, este aparato no tiene voz en español.";
    NameQuestion => "What is your name?", "¿Cómo te llamas?";
    NameHint => "It goes on your profile. You can change it later.", "Va en tu perfil. Puedes cambiarlo después.";
    NameLabel => "Your full name, as employers should see it", "Tu nombre completo, como lo verán los empleadores";
    ContactQuestion => "How can a boss reach you?", "¿Cómo te puede contactar un empleador?";
    ContactHint => "You do not have to fill this in. Add what you like, or skip it.", "No tienes que llenarlo. Pon lo que quieras, o sáltalo.";
    PhoneLabel => "Phone number", "Teléfono";
    EmailLabel => "Email", "Correo electrónico";
    CityLabel => "Town or city", "Ciudad o pueblo";
    JobsQuestion => "What jobs have you done?", "¿Qué trabajos has hecho?";
    JobsHint => "Tap each job you have had. Open a group to see more jobs.", "Toca cada trabajo que has tenido. Abre un grupo para ver más trabajos.";
    SearchJobs => "Or type the name of a job", "O escribe el nombre de un trabajo";
    SearchHint => "Like cook, cashier or CNA", "Por ejemplo: cocinero, cajera o CNA";
    NoJobFound => "We did not find that job. You can add it as you wrote it.", "No encontramos ese trabajo. Puedes añadirlo tal como lo escribiste.";
    AddAsTyped => "Add this job", "Añadir este trabajo";
    YourJobs => "Your jobs", "Tus trabajos";
    NoJobsYet => "No jobs yet. You can also go on without one.", "Todavía no hay trabajos. También puedes seguir sin ninguno.";
    JobWhenQuestion => "When did you do this job?", "¿Cuándo hiciste este trabajo?";
    JobWhenHint => "Your best guess is fine.", "Basta con una fecha aproximada.";
    Started => "When did you start?", "¿Cuándo empezaste?";
    StillThere => "Do you still work there?", "¿Todavía trabajas ahí?";
    Stopped => "When did you stop?", "¿Cuándo terminaste?";
    EmployerLabel => "Where did you work? You can skip this.", "¿Dónde trabajaste? Puedes saltar esto.";
    EmployerHint => "The name of the company or place", "El nombre de la empresa o del lugar";
    JobTasksQuestion => "Which of these did you do?", "¿Cuáles de estas cosas hiciste?";
    JobTasksHint => "Tap each one you did. It is fine to leave some out.", "Toca cada una que hiciste. Está bien dejar algunas.";
    AllOfThese => "I did all of these", "Hice todas estas";
    NoneOfThese => "None of these", "Ninguna de estas";
    OtherSkillsQuestion => "What else are you good at?", "¿En qué más eres bueno o buena?";
    OtherSkillsHint => "Lots of people do these at work and never call them skills. Tap all that fit.", "Mucha gente hace esto en el trabajo y nunca lo llama habilidad. Toca todas las que sí.";
    CertsQuestion => "Do you have any of these?", "¿Tienes alguno de estos?";
    CertsHint => "Cards, licenses and classes you passed. Tap the ones you have.", "Tarjetas, licencias y cursos que pasaste. Toca los que tienes.";
    OtherCertLabel => "Another one that is not on the list", "Otro que no está en la lista";
    CheckTitle => "Check your answers", "Revisa tus respuestas";
    CheckHint => "Tap Change to fix anything.", "Toca Cambiar para arreglar algo.";
    NameRow => "Name", "Nombre";
    ContactRow => "How to reach you", "Cómo contactarte";
    JobsRow => "Jobs", "Trabajos";
    ChangeJobs => "Add or remove jobs", "Añadir o quitar trabajos";
    OtherSkillsRow => "Other skills", "Otras habilidades";
    CertsRow => "Cards and licenses", "Tarjetas y licencias";
    NotGiven => "Not given", "No lo diste";
    Finish => "Save and see my profile", "Guardar y ver mi perfil";
    Now => "now", "ahora";
    ProfileTitle => "My profile", "Mi perfil";
    Hello => "Hello", "Hola";
    MyJobs => "My jobs", "Mis trabajos";
    OtherSkillsHeading => "Other things I am good at", "Otras cosas que hago bien";
    MyCerts => "My cards and licenses", "Mis tarjetas y licencias";
    NoSkillsYet => "No skills yet. Tap the button below to add some.", "Todavía no hay habilidades. Toca el botón de abajo para añadir.";
    EditAnswers => "Change my answers", "Cambiar mis respuestas";
    SourceChosen => "You added this yourself", "Lo añadiste tú";
    SourceJob => "From a job you had", "De un trabajo que tuviste";
    SourceTraining => "Learned in a class", "Aprendido en un curso";
    SavedOnDevice => "Saved on this device", "Guardado en este aparato";
    WarnUnavailable => "This browser does not let SkillPass save. You can keep going. But when you close this page, your answers will be gone.", "Este navegador no deja guardar a SkillPass. Puedes seguir. Pero al cerrar esta página, tus respuestas se perderán.";
    WarnFull => "This device is full, so your last changes are not saved. Free up some space. Then make a change to save again.", "Este aparato está lleno y tus últimos cambios no se guardaron. Libera espacio. Luego haz un cambio para guardar otra vez.";
    WarnNewer => "A newer SkillPass saved your profile. Load the page again to see it. Changes you make here will not be kept.", "Un SkillPass más nuevo guardó tu perfil. Vuelve a cargar la página para verlo. Los cambios que hagas aquí no se guardarán.";
    NoticeKeptAside => "We found a saved profile we could not read. We did not delete it. We kept a copy. You can save the copy and show it to someone who can help.", "Encontramos un perfil guardado que no pudimos leer. No lo borramos. Guardamos una copia. Puedes descargar la copia y mostrarla a alguien que pueda ayudar.";
    NoticeUpdatedFromOtherTab => "Your profile was changed in another window. This page now shows the newest one.", "Tu perfil cambió en otra ventana. Esta página ya muestra la versión más nueva.";
    NoticeMerged => "Your profile was also changed in another window. We kept both changes.", "Tu perfil también cambió en otra ventana. Guardamos los dos cambios.";
    NoticeSavingAgain => "Saving works again. Your profile is saved on this device.", "Ya se puede guardar otra vez. Tu perfil está guardado en este aparato.";
    DownloadCopy => "Save the copy as a file", "Descargar la copia";
    OpenKept => "Open what we can read of it", "Abrir lo que se puede leer";
    KeptCopies => "Copies we kept", "Copias guardadas";
    KeptCopiesHint => "Saved profiles this app could not read. They stay here until you clear your browser.", "Perfiles guardados que la app no pudo leer. Se quedan aquí hasta que borres los datos del navegador.";
    NoticeNotSaved => "We could not save this change, because it would not open again. Your profile stays as it was. Nothing was lost.", "No pudimos guardar este cambio, porque no se podría abrir otra vez. Tu perfil se queda como estaba. No se perdió nada.";
    NoticeErasedElsewhere => "Your profile was erased in another window. This page starts again.", "Tu perfil se borró en otra ventana. Esta página empieza de nuevo.";
    Dismiss => "OK", "De acuerdo";
    ErrorSummary => "There is a problem", "Hay un problema";
    ErrEmpty => "Please fill this in.", "Por favor, llena esto.";
    ErrNameEmpty => "Please type your name.", "Por favor, escribe tu nombre.";
    ErrTooLong => "This is too long. Please make it shorter.", "Es demasiado largo. Por favor, hazlo más corto.";
    ErrMonthFormat => "Please type a month like 2023-05.", "Por favor, escribe un mes así: 2023-05.";
    ErrMonthOutOfRange => "The month must be from 01 to 12, like 2023-05.", "El mes debe ir del 01 al 12, así: 2023-05.";
    ErrYearOutOfRange => "Please check the year. Type a month like 2023-05.", "Revisa el año. Escribe un mes así: 2023-05.";
    ErrEndBeforeStart => "You stopped before you started? Please check both dates.", "¿Terminaste antes de empezar? Revisa las dos fechas.";
    ErrEmailFormat => "Please check the email. It should look like name@example.com.", "Revisa el correo. Debe ser así: nombre@ejemplo.com.";
    ErrPhoneFormat => "Please check the phone number. Use digits, like 559 555 0142.", "Revisa el teléfono. Usa números, así: 559 555 0142.";
    ErrUnknownSkill => "We could not find that skill. Please pick one from the list.", "No encontramos esa habilidad. Elige una de la lista.";
    ErrStartMissing => "Please tap the year you started. A guess is fine.", "Toca el año en que empezaste. Basta con una fecha aproximada.";
    ErrEndMissing => "Please tap the year you stopped, or tap that you still work there.", "Toca el año en que terminaste, o toca que todavía trabajas ahí.";
    ErrStillThereMissing => "Please pick Yes or No.", "Elige Sí o No.";
    AboutLink => "About SkillPass", "Acerca de SkillPass";
    AboutTitle => "About SkillPass", "Acerca de SkillPass";
    AboutBody => "SkillPass keeps your skills on this device. It does not send them anywhere. No one sees them unless you show them.", "SkillPass guarda tus habilidades en este aparato. No las manda a ningún lado. Nadie las ve si tú no las muestras.";
    AboutDataHeading => "Where the job facts come from", "De dónde viene la información de trabajos";
    AboutOnet => "This app includes information from the O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. SkillPass has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications. O*NET® is a trademark of USDOL/ETA.", "Esta app incluye información de la base de datos O*NET 29.2 del Departamento de Trabajo de EE. UU., Administración de Empleo y Capacitación (USDOL/ETA), usada bajo la licencia CC BY 4.0. SkillPass cambió toda o parte de esta información. USDOL/ETA no ha aprobado, respaldado ni probado estos cambios. O*NET® es una marca de USDOL/ETA.";
    AboutEsco => "Some skills are linked to ESCO, the European skills list. Source: ESCO, European Commission.", "Algunas habilidades están enlazadas con ESCO, la lista europea de habilidades. Fuente: ESCO, Comisión Europea.";
    AboutWords => "The plain words for each job and task are written by SkillPass.", "Las palabras sencillas de cada trabajo y tarea las escribió SkillPass.";
    DeviceQuestion => "Whose phone or computer is this?", "¿De quién es este teléfono o computadora?";
    DeviceHint => "This decides where your profile is kept. You can change it later.", "Esto decide dónde se guarda tu perfil. Puedes cambiarlo después.";
    DeviceOwn => "My own phone or computer", "Mi propio teléfono o computadora";
    DeviceOwnHint => "Your profile stays on it.", "Tu perfil se queda en él.";
    DeviceShared => "A shared or public computer", "Una computadora compartida o pública";
    DeviceSharedHint => "Nothing stays here after you leave. You take your profile with you.", "Nada se queda aquí cuando te vas. Te llevas tu perfil.";
    DeviceCaseworker => "I help job seekers at an agency", "Ayudo a personas que buscan trabajo en una agencia";
    DeviceCaseworkerHint => "For a work computer that you use with many people.", "Para una computadora de la agencia que se usa con varios clientes.";
    DeviceLink => "Whose phone or computer is this?", "¿De quién es este teléfono o computadora?";
    PersistYes => "Your browser agreed to keep your profile safe on this phone.", "Tu navegador aceptó guardar tu perfil en este teléfono.";
    PersistNo => "Your browser may clear your profile if the phone runs low on space. Save a backup file to be safe.", "Tu navegador podría borrar tu perfil si el teléfono se queda sin espacio. Guarda una copia para estar seguro.";
    DoneHere => "I'm done. Take my profile and erase it here", "Ya terminé. Llevar mi perfil y borrarlo aquí";
    HandoffTitle => "Take your profile with you", "Llévate tu perfil";
    HandoffHint => "Open the camera on your phone and point it at this code. Then save the profile on your phone.", "Abre la cámara de tu teléfono y apunta a este código. Luego guarda el perfil en tu teléfono.";
    HandoffOther => "No phone with you? Save a file or send it to yourself.", "¿No tienes tu teléfono? Guarda un archivo o mándatelo.";
    HandoffHaveIt => "I have my profile. Erase it here", "Ya tengo mi perfil. Borrarlo aquí";
    HandoffSure => "Erase your profile from this computer now? Only do this once it is on your phone or in a file.", "¿Borrar tu perfil de esta computadora ahora? Hazlo solo si ya está en tu teléfono o en un archivo.";
    EraseNow => "Yes, erase it", "Sí, borrarlo";
    Erased => "Your profile is gone from this computer now.", "Tu perfil se borró de esta computadora.";
    IdleWarning => "Are you still there? Tap anywhere to keep going.", "¿Sigues ahí? Toca en cualquier lugar para seguir.";
    SharedNote => "This is a shared computer. Your profile is erased when you tap “I'm done”, or after 10 minutes with no use. Closing the browser may not erase it.", "Computadora compartida: tu perfil se borra cuando tocas “Ya terminé” o después de 10 minutos sin uso. Cerrar el navegador puede no borrarlo.";
    ModeClientsStay => "This computer keeps your clients' profiles. They will stay here, but you will only see them if you pick the agency choice again. You can save a backup file of each client first.", "Esta computadora guarda los perfiles de tus clientes. Se quedarán aquí, pero solo los verás si eliges otra vez la opción de agencia. Antes puedes guardar una copia de cada cliente.";
    ModeOfferCopy => "On a shared computer, your profile is kept only until you are done. Save a copy first, so you can open it again later.", "En una computadora compartida, tu perfil se guarda solo hasta que termines. Guarda una copia antes, para poder abrirlo después.";
    ModeChangeNow => "Change it now", "Cambiarlo ahora";
    ClientBackup => "Save a backup of", "Guardar una copia de";
    BackupWhere => "Your file skillpass-backup.json is in the Downloads folder of this device.", "Tu archivo skillpass-backup.json está en la carpeta Descargas de este aparato.";
    BackupWhereShared => "Your file skillpass-backup.json is in the Downloads folder of this computer. Take it with you, then delete it from this computer.", "Tu archivo skillpass-backup.json está en la carpeta Descargas de esta computadora. Llévatelo y después bórralo de esta computadora.";
    PersistAsk => "Ask the browser to keep it", "Pedir al navegador que lo guarde";
    KeepTitle => "Keep your profile safe", "Cuida tu perfil";
    SafariForgets => "On iPhone and iPad, Safari can delete your profile. It does this if you do not visit this site in Safari for 7 days. Add SkillPass to your Home Screen. Keep a copy too.", "En iPhone y iPad, Safari borra lo que guarda este sitio si no lo visitas con Safari en 7 días. Agrega SkillPass a tu pantalla de inicio y guarda también una copia.";
    HomeStep1 => "Tap the Share button at the bottom of Safari.", "Toca el botón Compartir abajo en Safari.";
    HomeStep2 => "Scroll down. Tap “Add to Home Screen”.", "Baja y toca “Agregar a inicio”.";
    HomeStep3 => "Tap “Add”. Then open SkillPass from your Home Screen.", "Toca “Agregar”. Luego abre SkillPass desde tu pantalla de inicio.";
    LastCopyNever => "You have not saved a copy of your profile yet.", "Todavía no guardaste una copia de tu perfil.";
    LastCopyOn => "Your last copy:", "Tu última copia:";
    LastCopyStale => "You changed your profile after that. Save a new copy.", "Cambiaste tu perfil después. Guarda una copia nueva.";
    SendToMyself => "Send the link to myself", "Enviarme el enlace";
    OpenCopyHint => "Do you have a copy of your profile? A file or a link you sent yourself? Open it here.", "¿Tienes una copia de tu perfil? ¿Un archivo o un enlace que te enviaste? Ábrelo aquí.";
        UnlockTitle => "Enter your PIN", "Escribe tu PIN";
    UnlockHint => "Your profile on this device is locked with a PIN.", "Tu perfil en este aparato está protegido con un PIN.";
    PinLabel => "PIN (4 to 8 numbers)", "PIN (de 4 a 8 números)";
    UnlockButton => "Open my profile", "Abrir mi perfil";
    PinWrong => "That PIN is not right.", "Ese PIN no es correcto.";
    ForgotPin => "Forgot your PIN?", "¿Olvidaste tu PIN?";
    ForgotHint => "SkillPass cannot open this profile without the PIN. If you saved a backup file or a share link, open it to get your profile back. Or erase it and start again.", "SkillPass no puede abrir este perfil sin el PIN. Si guardaste una copia o un enlace, ábrelo para recuperar tu perfil. O bórralo y empieza de nuevo.";
    PinHonest => "A PIN stops people who pick up your phone from seeing your profile. It is not a safe: an expert with special tools could guess a short PIN. A longer PIN is safer.", "Un PIN impide que quien tome tu teléfono vea tu perfil. No es una caja fuerte: un experto con herramientas especiales podría adivinar un PIN corto. Un PIN más largo es más seguro.";
    EraseStart => "Erase it and start again", "Borrarlo y empezar de nuevo";
    PinLink => "Lock my profile with a PIN", "Proteger mi perfil con un PIN";
    PinBackupFirst => "First, save a backup file. If you forget your PIN, the backup is the only way to get your profile back.", "Primero guarda una copia en un archivo. Si olvidas tu PIN, la copia es la única forma de recuperar tu perfil.";
    PinNew => "Choose a PIN (4 to 8 numbers)", "Elige un PIN (de 4 a 8 números)";
    PinAgain => "Type the PIN again", "Escribe el PIN otra vez";
    PinMismatch => "The two PINs are not the same.", "Los dos PIN no son iguales.";
    PinFormat => "Please use 4 to 8 numbers.", "Usa de 4 a 8 números.";
    PinSave => "Lock my profile", "Proteger mi perfil";
    PinSet => "Your profile is now locked with your PIN.", "Tu perfil ya está protegido con tu PIN.";
    PinWorking => "One moment…", "Un momento…";
    PinManageLink => "Change or remove my PIN", "Cambiar o quitar mi PIN";
    PinRemoveHint => "To remove or change your PIN, type it here first.", "Para quitar o cambiar tu PIN, primero escríbelo aquí.";
    PinCurrent => "Your PIN now", "Tu PIN actual";
    PinRemove => "Remove my PIN", "Quitar mi PIN";
    PinRemoved => "Your PIN is gone. Your profile opens without a PIN now.", "Ya no tienes PIN. Tu perfil se abre sin PIN.";
    PinChangeTitle => "Or choose a new PIN", "O elige un PIN nuevo";
    PinNotChanged => "We could not change your PIN. Your profile is as it was. Please try again.", "No pudimos cambiar tu PIN. Tu perfil sigue igual. Prueba otra vez.";
        ClientsTitle => "Your clients on this computer", "Tus clientes en esta computadora";
    ClientsHint => "Each client's profile is kept apart. Erase it when you are done.", "El perfil de cada cliente se guarda aparte. Bórralo cuando termines.";
    NewIntake => "Start a new client", "Empezar con un cliente nuevo";
    OpenClient => "Open", "Abrir";
    EraseClient => "Erase", "Borrar";
    EraseClientSure => "Erase this client's profile here? You cannot undo this.", "¿Borrar aquí el perfil de este cliente? No se puede deshacer.";
    NoClients => "No clients yet.", "Todavía no hay clientes.";
    UnnamedClient => "New client", "Cliente nuevo";
    ClientsLink => "All clients", "Todos los clientes";
    IntakeLink => "Intake summary", "Resumen de admisión";
    IntakeTitle => "Intake summary", "Resumen de admisión";
    IntakeHint => "For the agency's records. It holds only what the client agreed to share.", "Para los registros de la agencia. Solo incluye lo que el cliente aceptó compartir.";
    SaveJson => "Save as JSON", "Guardar como JSON";
    SaveCsv => "Save as CSV (spreadsheet)", "Guardar como CSV (hoja de cálculo)";
    PrintSummary => "Print the summary", "Imprimir el resumen";
        CareersLink => "Where can my skills take me?", "¿A dónde me pueden llevar mis habilidades?";
    CareersHint => "These jobs use skills you already have. Tap one to see what to learn.", "Estos trabajos usan habilidades que ya tienes. Toca uno para ver qué aprender.";
    CareersEmpty => "Add a job or a few skills first. Then we can show jobs that use them.", "Primero agrega un trabajo o algunas habilidades. Luego te mostramos trabajos que las usan.";
    WhatYouHave => "What you already do", "Lo que ya haces";
    WhatToLearn => "What to learn", "Lo que puedes aprender";
    WhatToLearnHint => "Things people do in this job that are not in your profile yet. The most important come first.", "Cosas que se hacen en este trabajo y que aún no están en tu perfil. Las más importantes van primero.";
    HowToGetThere => "How to get there", "Cómo llegar";
    YourPath => "A path you can take", "Un camino que puedes seguir";
    UsualEducation => "Most people in this job have", "La mayoría en este trabajo tiene";
    NoSetTraining => "There is no set training for this job. Ask about training on the job.", "No hay una capacitación fija para este trabajo. Pregunta por capacitación en el trabajo.";
    YouDidThis => "Your job", "Tu trabajo";
    SeeMoreJobs => "Show more jobs", "Ver más trabajos";
        TrainerLink => "I teach a class", "Doy una clase";
    ToolsOpening => "Opening the page…", "Abriendo la página…";
    ToolsNeedInternet => "This page needs the internet once", "Esta página necesita internet una vez";
    ToolsNeedInternetHint => "Connect to the internet, then try again. After that, it works without internet too.", "Conéctate a internet y prueba otra vez. Después funciona también sin internet.";
    TryAgain => "Try again", "Probar otra vez";
    TrainerTitle => "Make a class record", "Crea un registro de tu clase";
    TrainerHint => "Fill this in after your class. Each learner scans the code. The class then goes into their skills.", "Llénalo después de tu clase. Cada alumno escanea el código. Así la clase se suma a sus habilidades.";
    ProviderLabel => "Your school or company", "Tu escuela o empresa";
    ClassLabel => "Name of the class", "Nombre de la clase";
    ClassDayLabel => "Day of the class", "Día de la clase";
    HoursLabel => "How many hours (you can skip this)", "Cuántas horas (puedes dejarlo en blanco)";
    DescriptionLabel => "What the class was about", "De qué trató la clase";
    AssessedLabel => "How you checked their skills (you can skip this)", "Cómo revisaste sus habilidades (puedes dejarlo en blanco)";
    ClassSkillsLabel => "Skills the class covers", "Habilidades que cubre la clase";
    SearchSkills => "Find a skill", "Busca una habilidad";
    PickFromJob => "Or pick the skills of a job", "O elige las habilidades de un trabajo";
    NoSkillFound => "No skill matches. Try another word.", "Ninguna habilidad coincide. Prueba otra palabra.";
    RosterLabel => "Names of learners, one on each line (you can skip this)", "Nombres de los alumnos, uno en cada línea (puedes dejarlo en blanco)";
    RosterHint => "A first name and the first letter of the last name is enough, like María H.", "Basta con el nombre y la primera letra del apellido, como María H.";
    MakeClassLink => "Sign and make the codes", "Firmar y crear los códigos";
    ClassForRoom => "One code for the whole room", "Un código para todo el grupo";
    ScanToAdd => "Scan to add this class to your skills", "Escanea para sumar esta clase a tus habilidades";
    ClassForRoomHint => "It shows that you signed this class. It does not show who came.", "Muestra que tú firmaste esta clase. No muestra quién vino.";
    PerLearner => "One code for each learner", "Un código para cada alumno";
    PrintCodes => "Print the codes", "Imprimir los códigos";
    YourKey => "Your signing key", "Tu llave para firmar";
    YourKeyHint => "Print this code on your handouts. Learners see it with your classes.", "Imprime este código en tus hojas. Los alumnos lo ven con tus clases.";
    SaveKey => "Save my key to a file", "Guardar mi llave en un archivo";
    OpenKey => "Open a saved key", "Abrir una llave guardada";
    KeyLostHint => "Keep the file safe. If you lose your key, new classes get a new key. Old ones still work.", "Guarda bien el archivo. Si pierdes tu llave, las clases nuevas tendrán otra llave. Las anteriores siguen sirviendo.";
    KeyRestored => "Your key is back.", "Tu llave está de vuelta.";
    KeyFileBad => "This file is not a SkillPass key.", "Este archivo no es una llave de SkillPass.";
    ErrPickSkill => "Please pick at least one skill.", "Elige al menos una habilidad.";
    ErrHours => "Please type the hours as a number, like 8.", "Escribe las horas con números, como 8.";
    ErrDay => "Please pick the day of the class.", "Elige el día de la clase.";
    ClassOfferTitle => "A class for your skills", "Una clase para tus habilidades";
    ClassSkillsYouGet => "Skills from this class", "Habilidades de esta clase";
    AddClass => "Yes, add it", "Sí, agrégala";
    NotNow => "No, thanks", "No, gracias";
    ClassAdded => "The class is now in your profile.", "La clase ya está en tu perfil.";
    AlreadyAdded => "You already have this class in your profile.", "Ya tienes esta clase en tu perfil.";
    SeeMyProfile => "See my profile", "Ver mi perfil";
    ClassMismatch => "This class record does not match its signature. It may have been changed. Nothing was added.", "Este registro no coincide con su firma. Puede que lo hayan cambiado. No se agregó nada.";
    BadgeUnsupported => "We cannot check the signature on this file. Nothing was added.", "No podemos revisar la firma de este archivo. No se agregó nada.";
    SelfReported => "They added this themselves", "Lo añadió la persona";
    SignatureBroken => "Signature does not match. It may have been changed.", "La firma no coincide. Puede que lo hayan cambiado.";
    SaveBadge => "Save this signed class as a file", "Guardar esta clase firmada en un archivo";
    KeyOldForm => "Handouts printed before December 2026 show this key like this:", "Las hojas impresas antes de diciembre de 2026 muestran esta llave así:";
    // issue 14 — résumé, share up front, plain words
    AddedByYou => "Added by you", "Lo añadiste tú";
    ResumeWork => "Work history", "Experiencia laboral";
    ResumeSkills => "Other skills", "Otras habilidades";
    ResumeCerts => "Certificates and training", "Certificados y cursos";
    ResumeGoal => "Job I am working toward", "Trabajo al que aspiro";
    // issue 14 — career pages
    LevelStepUp => "A step up", "Un paso adelante";
    LevelSimilar => "A similar job", "Un trabajo parecido";
    LevelEasier => "An easier start", "Un comienzo más fácil";
    NothingToLearn => "You already do all the main tasks. There is nothing you must learn first.", "Ya haces todas las tareas principales. No hay nada que debas aprender primero.";
    WhatToDoNext => "What to do next", "Qué hacer ahora";
    SaveGoal => "Save this as my goal", "Guardar como mi meta";
    GoalSaved => "This is your goal. You can see it on your profile.", "Esta es tu meta. La puedes ver en tu perfil.";
    RemoveGoal => "Remove my goal", "Quitar mi meta";
    YourGoal => "Your goal", "Tu meta";
    SeeWhatToLearn => "See what to learn", "Ver qué aprender";
    AskJobCentre => "Ask your job centre about this training", "Pregunta en tu centro de empleo por esta capacitación";
    AskJobCentreHint => "Take this note with you, or send it. It says your goal and what you still need to learn.", "Lleva esta nota o envíala. Dice tu meta y lo que aún te falta aprender.";
    NoteTitle => "Training I want to ask about", "La capacitación que quiero pedir";
    NoteName => "My name", "Mi nombre";
    NoteGoal => "My goal", "Mi meta";
    NoteTraining => "The training", "La capacitación";
    NoteToLearn => "What I still need to learn", "Lo que aún me falta aprender";
    NoteQuestion => "Can you help me find this training near me? Is there help to pay for it?", "¿Me pueden ayudar a encontrar esta capacitación cerca de mí? ¿Hay ayuda para pagarla?";
    PrintNote => "Print the note", "Imprimir la nota";
    SendNote => "Send the note", "Enviar la nota";
    CopyNote => "Copy the note", "Copiar la nota";
    NoteCopied => "The note is copied. You can paste it in a message.", "La nota está copiada. La puedes pegar en un mensaje.";
    CommonNextStep => "A common next step", "Un paso común";
    // issue 14 — dates and certificates
    WhenEarlier => "Earlier", "Antes";
    WhenPickYear => "Pick the year", "Elige el año";
    WhenAddMonth => "Add the month", "Agregar el mes";
    WhenNoMonth => "I don't remember the month", "No recuerdo el mes";
    WhenStillThere => "I still work there", "Todavía trabajo ahí";
    WhenEndCleared => "The new start is after the old end. Please tap when you stopped.", "El nuevo inicio es después del final. Toca cuándo terminaste.";
    WhenClash => "These dates are mixed up: the end is before the start. Please tap the right years.", "Estas fechas están mal: el final es antes del inicio. Toca los años correctos.";
    CertsForYourJobs => "For your jobs", "Para tus trabajos";
    CertsShowAll => "Show all certificates", "Ver todos los certificados";
    CertsOthers => "Other cards and licenses", "Otras tarjetas y licencias";
    CertIssuerLabel => "Who gave it? You can skip this.", "¿Quién te lo dio? Puedes saltar esto.";
    CertWhen => "When did you get it?", "¿Cuándo lo recibiste?";
    // issue 14 — flow: welcome, device, name, languages, jobs, tasks
    NotYourPhone => "Not your phone?", "¿No es tu teléfono?";
    ShortNameLabel => "What should we call you? (you can skip this)", "¿Cómo quieres que te llamemos? (puedes dejarlo en blanco)";
    ShortNameHint => "We use it to greet you, like “Hi, María”.", "Lo usamos para saludarte, como “Hola, María”.";
    ShortNameRow => "We call you", "Te llamamos";
    LanguagesQuestion => "Which languages do you speak?", "¿Qué idiomas hablas?";
    LanguagesHint => "Tap each one you speak. Two languages help a lot at work.", "Toca cada idioma que hablas. Hablar dos idiomas ayuda mucho en el trabajo.";
    LanguagesPreset => "We ticked the language you use here. Tap it again to untick it.", "Marcamos el idioma que usas aquí. Tócalo otra vez para quitarlo.";
    SearchLanguages => "Find another language", "Busca otro idioma";
    SearchLanguagesHint => "Type its name in any language.", "Escribe su nombre en cualquier idioma.";
    NoLanguageFound => "No language matches. Try another word.", "Ningún idioma coincide. Prueba otra palabra.";
    LanguagesRow => "Languages", "Idiomas";
    ErrUnknownLanguage => "We do not know this language.", "No conocemos este idioma.";
    CommonJobs => "Common jobs", "Trabajos comunes";
    JobGroups => "More jobs, by type of work", "Más trabajos, por tipo de trabajo";
    ClearTicksYes => "Yes, clear the ticks", "Sí, quitar las marcas";
    ClearTicksNo => "No, keep the ticks", "No, dejar las marcas";
}

impl Msg {
    /// Formal text kept word for word (a licence credit), so exempt from the reading-level limit.
    pub fn is_formal(self) -> bool {
        matches!(self, Msg::AboutOnet)
    }
}

/// "Step 1 of 7", with digits in both languages.
pub fn step_of(lang: Lang, n: usize, total: usize) -> String {
    match lang {
        Lang::En => format!("Step {n} of {total}"),
        Lang::Es => format!("Paso {n} de {total}"),
    }
}

/// "Job 2 of 3 — Cashier": the progress line on a job's own screens.
pub fn job_of(lang: Lang, n: usize, total: usize, title: &str) -> String {
    let title = crate::bidi::plain(title);
    match lang {
        Lang::En => format!("Job {n} of {total} — {title}"),
        Lang::Es => format!("Trabajo {n} de {total} — {title}"),
    }
}

/// "Show 10 more" (tasks hidden below the most central ones).
pub fn show_more(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => format!("Show {n} more"),
        Lang::Es => format!("Ver {n} más"),
    }
}

/// "Clear the 3 you ticked?": asked before "None of these" drops ticks.
pub fn clear_ticks(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::En, 1) => "Clear the 1 you ticked?".into(),
        (Lang::En, n) => format!("Clear the {n} you ticked?"),
        (Lang::Es, 1) => "¿Quitar la que marcaste?".into(),
        (Lang::Es, n) => format!("¿Quitar las {n} que marcaste?"),
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

/// "We left out 2 things from this link that we could not read. The rest is here." — shown above
/// a profile opened from a link (`from_link`) or a file when [`crate::admit`] left parts out.
pub fn left_out(lang: Lang, n: usize, from_link: bool) -> String {
    let from = match (lang, from_link) {
        (Lang::En, true) => "this link",
        (Lang::En, false) => "this file",
        (Lang::Es, true) => "este enlace",
        (Lang::Es, false) => "este archivo",
    };
    match (lang, n) {
        (Lang::En, 1) => {
            format!("We left out 1 thing from {from} that we could not read. The rest is here.")
        }
        (Lang::En, n) => {
            format!("We left out {n} things from {from} that we could not read. The rest is here.")
        }
        (Lang::Es, 1) => {
            format!("Dejamos fuera 1 cosa de {from} que no pudimos leer. El resto está aquí.")
        }
        (Lang::Es, n) => {
            format!("Dejamos fuera {n} cosas de {from} que no pudimos leer. El resto está aquí.")
        }
    }
}

/// "Add Forklift Safety from Valley Training Center to your skills?" (names without bidi
/// controls: see [`crate::bidi`]).
pub fn add_class_question(lang: Lang, class: &str, provider: &str) -> String {
    let (class, provider) = (crate::bidi::plain(class), crate::bidi::plain(provider));
    match lang {
        Lang::En => format!("Add {class} from {provider} to your skills?"),
        Lang::Es => format!("¿Agregar {class} de {provider} a tus habilidades?"),
    }
}

/// A part of a line: the app's own words; a name someone typed or a link carried, which the
/// screen isolates (`dir="auto"`) so right-to-left letters in it cannot reorder the words around
/// it; or a key's fingerprint, which the screen keeps on one line so it can be compared at a glance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    Words(String),
    Name(String),
    Key(String),
}

impl Piece {
    pub fn text(&self) -> &str {
        match self {
            Piece::Words(s) | Piece::Name(s) | Piece::Key(s) => s,
        }
    }
}

/// What a reader is told about a credential's signature, in plain words.
pub fn trust_line(lang: Lang, trust: &crate::credential::Trust) -> String {
    trust_pieces(lang, trust).iter().map(Piece::text).collect()
}

/// [`trust_line`] in pieces, the provider's and learner's names apart (already without bidi
/// controls: [`crate::credential::trust`] gives them so).
pub fn trust_pieces(lang: Lang, trust: &crate::credential::Trust) -> Vec<Piece> {
    trust_pieces_for(lang, trust, false)
}

/// [`trust_pieces`] as the worker reads her own profile (`mine`: "Added by you") or as someone
/// she shared it with reads it ("They added this themselves"). Only the unsigned line differs.
pub fn trust_pieces_for(lang: Lang, trust: &crate::credential::Trust, mine: bool) -> Vec<Piece> {
    use crate::credential::Trust;
    let w = |s: &str| Piece::Words(s.to_string());
    let n = |s: &str| Piece::Name(crate::bidi::plain(s));
    match trust {
        Trust::SelfReported if mine => vec![w(text(lang, Msg::AddedByYou))],
        Trust::SelfReported => vec![w(text(lang, Msg::SelfReported))],
        Trust::Broken => vec![w(text(lang, Msg::SignatureBroken))],
        Trust::Signed {
            provider,
            fingerprint,
            learner,
            name_differs,
        } => {
            let key = match lang {
                Lang::En => " — key ",
                Lang::Es => " — llave ",
            };
            let (open, close) = match lang {
                Lang::En => ("\"", "\""),
                Lang::Es => ("«", "»"),
            };
            let mut line = match (lang, learner) {
                (Lang::En, None) => vec![w("Class record signed by ")],
                (Lang::En, Some(_)) => vec![w("Signed by ")],
                (Lang::Es, None) => vec![w("Registro de clase firmado por ")],
                (Lang::Es, Some(_)) => vec![w("Firmado por ")],
            };
            line.push(w(open));
            line.push(n(provider));
            line.push(w(close));
            if let Some(l) = learner {
                line.push(w(match lang {
                    Lang::En => " for ",
                    Lang::Es => " para ",
                }));
                line.push(n(l));
            }
            line.push(w(key));
            line.push(Piece::Key(fingerprint.clone()));
            if let (true, Some(l)) = (*name_differs, learner) {
                let (before, after) = match lang {
                    Lang::En => (". This record is for ", ", not the name on this profile."),
                    Lang::Es => (
                        ". Este registro es para ",
                        ", no para el nombre de este perfil.",
                    ),
                };
                line.extend([w(before), n(l), w(after)]);
            }
            line
        }
    }
}

/// "You already do 4 of the 10 main tasks of this job." (a job card and its page). Counts are
/// plural-correct in both languages: "all 10", "the 1 main task", "none of the 10 … yet".
pub fn main_tasks(lang: Lang, have: usize, main: usize) -> String {
    let have = have.min(main);
    match lang {
        Lang::En => match (have, main) {
            (_, 0) => "This job has no main tasks listed.".to_string(),
            (0, 1) => "The main task of this job is not in your profile yet.".to_string(),
            (1, 1) => "You already do the main task of this job.".to_string(),
            (0, m) => format!("None of the {m} main tasks of this job are in your profile yet."),
            (h, m) if h == m => format!("You already do all {m} main tasks of this job."),
            (h, m) => format!("You already do {h} of the {m} main tasks of this job."),
        },
        Lang::Es => match (have, main) {
            (_, 0) => "Este trabajo no tiene tareas principales en la lista.".to_string(),
            (0, 1) => "La tarea principal de este trabajo aún no está en tu perfil.".to_string(),
            (1, 1) => "Ya haces la tarea principal de este trabajo.".to_string(),
            (0, m) => {
                format!("Ninguna de las {m} tareas principales de este trabajo está en tu perfil todavía.")
            }
            (h, m) if h == m => format!("Ya haces las {m} tareas principales de este trabajo."),
            (1, m) => format!("Ya haces 1 de las {m} tareas principales de este trabajo."),
            (h, m) => format!("Ya haces {h} de las {m} tareas principales de este trabajo."),
        },
    }
}

/// The same count in the first person, for the job-centre note: "I already do 4 of the 10 main
/// tasks of this job."
pub fn note_have(lang: Lang, have: usize, main: usize) -> String {
    let have = have.min(main);
    match lang {
        Lang::En => match (have, main) {
            (0, m) => format!("I do not do any of its {m} main tasks yet."),
            (h, m) if h == m => format!("I already do all {m} of its main tasks."),
            (h, m) => format!("I already do {h} of its {m} main tasks."),
        },
        Lang::Es => match (have, main) {
            (0, m) => format!("Todavía no hago ninguna de sus {m} tareas principales."),
            (h, m) if h == m => format!("Ya hago sus {m} tareas principales."),
            (h, m) => format!("Ya hago {h} de sus {m} tareas principales."),
        },
    }
}

/// "a" or "an" before an English job title ("an Orderly", "a Cashier").
fn a_an(title: &str) -> &'static str {
    match title.chars().next().map(|c| c.to_ascii_lowercase()) {
        Some('a' | 'e' | 'i' | 'o' | 'u') => "an",
        _ => "a",
    }
}

/// How alike a job's work is to one the worker held: "The work is close to what you did as a
/// Nursing assistant (CNA)."
pub fn closeness_words(lang: Lang, c: crate::career::Closeness, held: &str) -> String {
    use crate::career::Closeness;
    match (lang, c) {
        (Lang::En, Closeness::Close) => {
            format!(
                "The work is close to what you did as {} {held}.",
                a_an(held)
            )
        }
        (Lang::En, Closeness::Somewhat) => {
            format!(
                "The work is a bit like what you did as {} {held}.",
                a_an(held)
            )
        }
        (Lang::En, Closeness::New) => {
            "This work is new for you. Skills from your other jobs still help.".to_string()
        }
        (Lang::Es, Closeness::Close) => {
            format!("El trabajo se parece mucho a lo que hacías como {held}.")
        }
        (Lang::Es, Closeness::Somewhat) => {
            format!("El trabajo se parece un poco a lo que hacías como {held}.")
        }
        (Lang::Es, Closeness::New) => {
            "Este trabajo es nuevo para ti. Lo que aprendiste en otros trabajos también sirve."
                .to_string()
        }
    }
}

/// "A common next step after Nursing assistant (CNA)".
pub fn next_step_after(lang: Lang, held: &str) -> String {
    match lang {
        Lang::En => format!("A common next step after {held}"),
        Lang::Es => format!("Un paso común después de {held}"),
    }
}

/// "A step up" / "A similar job" / "An easier start".
pub fn level_words(lang: Lang, l: crate::career::Level) -> &'static str {
    use crate::career::Level;
    text(
        lang,
        match l {
            Level::StepUp => Msg::LevelStepUp,
            Level::Similar => Msg::LevelSimilar,
            Level::EasierStart => Msg::LevelEasier,
        },
    )
}

/// "Please wait 20 seconds before you try again."
pub fn wait_secs(lang: Lang, n: u32) -> String {
    match lang {
        Lang::En => format!("Please wait {n} seconds before you try again."),
        Lang::Es => format!("Espera {n} segundos antes de volver a intentar."),
    }
}

/// "Everything here will be erased in 45 seconds."
pub fn erase_in(lang: Lang, seconds: u64) -> String {
    match lang {
        Lang::En => format!("Everything here will be erased in {seconds} seconds."),
        Lang::Es => format!("Todo se borrará aquí en {seconds} segundos."),
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

/// "May 2022" / "mayo de 2022"; a year alone reads "2022" in both.
pub fn month_year(lang: Lang, ym: crate::YearMonth) -> String {
    match (lang, ym.month()) {
        (_, None) => ym.year().to_string(),
        (Lang::En, Some(m)) => format!("{} {}", month_name(lang, m), ym.year()),
        (Lang::Es, Some(m)) => format!("{} de {}", month_name(lang, m), ym.year()),
    }
}

/// "1 December 2026" / "1 de diciembre de 2026".
pub fn day_month_year(lang: Lang, day: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    let month = month_name(lang, day.month() as u8);
    match lang {
        Lang::En => format!("{} {month} {}", day.day(), day.year()),
        Lang::Es => format!("{} de {month} de {}", day.day(), day.year()),
    }
}

/// The words of each screen, as a worker meets them (labels included): the reading-level test
/// and `examples/reading_level.rs` grade each screen as a whole.
pub const SCREENS: &[(&str, &[Msg])] = &[
    (
        "trainer",
        &[
            Msg::TrainerTitle,
            Msg::TrainerHint,
            Msg::ProviderLabel,
            Msg::ClassLabel,
            Msg::ClassDayLabel,
            Msg::HoursLabel,
            Msg::DescriptionLabel,
            Msg::AssessedLabel,
            Msg::ClassSkillsLabel,
            Msg::SearchSkills,
            Msg::NoSkillFound,
            Msg::PickFromJob,
            Msg::RosterLabel,
            Msg::RosterHint,
            Msg::MakeClassLink,
            Msg::ClassForRoom,
            Msg::ClassForRoomHint,
            Msg::ScanToAdd,
            Msg::PerLearner,
            Msg::PrintCodes,
            Msg::YourKey,
            Msg::YourKeyHint,
            Msg::SaveKey,
            Msg::OpenKey,
            Msg::KeyLostHint,
            Msg::KeyRestored,
            Msg::KeyFileBad,
            Msg::ErrPickSkill,
            Msg::ErrHours,
            Msg::ErrDay,
            Msg::KeyOldForm,
        ],
    ),
    (
        "device",
        &[
            Msg::DeviceQuestion,
            Msg::DeviceHint,
            Msg::DeviceOwn,
            Msg::DeviceOwnHint,
            Msg::DeviceShared,
            Msg::DeviceSharedHint,
            Msg::DeviceCaseworker,
            Msg::DeviceCaseworkerHint,
            Msg::DeviceLink,
            Msg::PersistYes,
            Msg::PersistNo,
        ],
    ),
    (
        "pin",
        &[
            Msg::UnlockTitle,
            Msg::UnlockHint,
            Msg::PinLabel,
            Msg::UnlockButton,
            Msg::PinWrong,
            Msg::ForgotPin,
            Msg::ForgotHint,
            Msg::EraseStart,
            Msg::PinLink,
            Msg::PinBackupFirst,
            Msg::PinNew,
            Msg::PinAgain,
            Msg::PinMismatch,
            Msg::PinFormat,
            Msg::PinSave,
            Msg::PinSet,
            Msg::PinWorking,
            Msg::PinManageLink,
            Msg::PinRemoveHint,
            Msg::PinCurrent,
            Msg::PinRemove,
            Msg::PinRemoved,
            Msg::PinChangeTitle,
            Msg::PinNotChanged,
            Msg::PinHonest,
        ],
    ),
    (
        "clients",
        &[
            Msg::ClientsTitle,
            Msg::ClientsHint,
            Msg::NewIntake,
            Msg::OpenClient,
            Msg::EraseClient,
            Msg::EraseClientSure,
            Msg::NoClients,
            Msg::UnnamedClient,
            Msg::ClientsLink,
            Msg::IntakeLink,
            Msg::IntakeTitle,
            Msg::IntakeHint,
            Msg::SaveJson,
            Msg::SaveCsv,
            Msg::PrintSummary,
        ],
    ),
    (
        "tools-page",
        &[
            Msg::ToolsOpening,
            Msg::ToolsNeedInternet,
            Msg::TryAgain,
            Msg::Back,
        ],
    ),
    (
        "handoff",
        &[
            Msg::DoneHere,
            Msg::HandoffTitle,
            Msg::HandoffHint,
            Msg::HandoffOther,
            Msg::HandoffHaveIt,
            Msg::HandoffSure,
            Msg::EraseNow,
            Msg::Erased,
            Msg::IdleWarning,
            Msg::SharedNote,
            Msg::ModeClientsStay,
            Msg::ModeOfferCopy,
            Msg::ModeChangeNow,
            Msg::ClientBackup,
            Msg::BackupWhere,
            Msg::BackupWhereShared,
            Msg::PersistAsk,
            Msg::KeepTitle,
            Msg::SafariForgets,
            Msg::HomeStep1,
            Msg::HomeStep2,
            Msg::HomeStep3,
            Msg::LastCopyNever,
            Msg::LastCopyOn,
            Msg::LastCopyStale,
            Msg::SendToMyself,
            Msg::OpenCopyHint,
        ],
    ),
    (
        "careers",
        &[
            Msg::CareersLink,
            Msg::CareersHint,
            Msg::CareersEmpty,
            Msg::WhatYouHave,
            Msg::WhatToLearn,
            Msg::WhatToLearnHint,
            Msg::HowToGetThere,
            Msg::YourPath,
            Msg::UsualEducation,
            Msg::NoSetTraining,
            Msg::YouDidThis,
            Msg::SeeMoreJobs,
            // issue 14 — career pages
            Msg::LevelStepUp,
            Msg::LevelSimilar,
            Msg::LevelEasier,
            Msg::NothingToLearn,
            Msg::WhatToDoNext,
            Msg::SaveGoal,
            Msg::GoalSaved,
            Msg::RemoveGoal,
            Msg::YourGoal,
            Msg::SeeWhatToLearn,
            Msg::AskJobCentre,
            Msg::AskJobCentreHint,
            Msg::NoteTitle,
            Msg::NoteName,
            Msg::NoteGoal,
            Msg::NoteTraining,
            Msg::NoteToLearn,
            Msg::NoteQuestion,
            Msg::PrintNote,
            Msg::SendNote,
            Msg::CopyNote,
            Msg::NoteCopied,
            Msg::CommonNextStep,
        ],
    ),
    (
        "class-offer",
        &[
            Msg::ClassOfferTitle,
            Msg::ClassSkillsYouGet,
            Msg::AddClass,
            Msg::NotNow,
            Msg::ClassAdded,
            Msg::AlreadyAdded,
            Msg::SeeMyProfile,
            Msg::ClassMismatch,
            Msg::BadgeUnsupported,
            Msg::SelfReported,
            Msg::SignatureBroken,
            Msg::SaveBadge,
            Msg::TrainerLink,
        ],
    ),
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
            // issue 14 — résumé, share up front, plain words
            Msg::ResumeWork,
            Msg::ResumeSkills,
            Msg::ResumeCerts,
            Msg::ResumeGoal,
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
            Msg::FileSealed,
            Msg::LockedClient,
            Msg::FileTooBig,
            Msg::NothingChanged,
            Msg::GoToMine,
            Msg::StartMine,
        ],
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
            Msg::LanguageQuestion,
            Msg::ReadAloud,
            Msg::NotYourPhone,
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
            Msg::ShortNameLabel,
            Msg::ShortNameHint,
        ],
    ),
    (
        "languages",
        &[
            Msg::LanguagesQuestion,
            Msg::LanguagesHint,
            Msg::LanguagesPreset,
            Msg::SearchLanguages,
            Msg::SearchLanguagesHint,
            Msg::NoLanguageFound,
            Msg::ErrUnknownLanguage,
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
            Msg::CommonJobs,
            Msg::JobGroups,
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
            Msg::WhenEarlier,
            Msg::WhenPickYear,
            Msg::WhenAddMonth,
            Msg::WhenNoMonth,
            Msg::WhenStillThere,
            Msg::WhenEndCleared,
            Msg::WhenClash,
        ],
    ),
    (
        "job-tasks",
        &[
            Msg::JobTasksQuestion,
            Msg::JobTasksHint,
            Msg::AllOfThese,
            Msg::NoneOfThese,
            Msg::ClearTicksYes,
            Msg::ClearTicksNo,
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
            Msg::CertsForYourJobs,
            Msg::CertsShowAll,
            Msg::CertsOthers,
            Msg::CertIssuerLabel,
            Msg::CertWhen,
            Msg::WhenEarlier,
            Msg::WhenPickYear,
            Msg::WhenAddMonth,
            Msg::WhenNoMonth,
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
            Msg::ShortNameRow,
            Msg::LanguagesRow,
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
            // issue 14 — résumé, share up front, plain words
            Msg::AddedByYou,
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
            Msg::OpenKept,
            Msg::Dismiss,
            Msg::UpdateReady,
            Msg::UpdateNow,
            Msg::NoticeNotSaved,
            Msg::NoticeErasedElsewhere,
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
            assert!(grade(&left_out(Lang::En, n, true)) <= 6.0);
            assert!(grade(&left_out(Lang::En, n, false)) <= 6.0);
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
        let year = crate::YearMonth::year_only(2022).unwrap();
        assert_eq!(month_year(Lang::Es, year), "2022");
        assert_eq!(month_year(Lang::En, year), "2022");
        assert_eq!(
            month_year(Lang::En, crate::YearMonth::new(2022, 5).unwrap()),
            "May 2022"
        );
        assert_eq!(
            skills_summary(Lang::En, 1),
            "You have 1 skill employers look for"
        );
    }
}
