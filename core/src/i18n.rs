//! The app's words for domain values: counts, dates, trust lines, career sentences. The words
//! themselves live in the locale files (`core/locales/<tag>.tsv`, see [`crate::locale`]); this
//! module picks the message and fills in its `{holes}`. English strings are held to a 6th-grade
//! reading level by a test (see [`crate::readability`]).
//!
//! Screens import words from here (`i18n::{text, Lang, Msg}` re-exports [`crate::locale`]).

pub use crate::locale::{fill, plural, text, Dir, Lang, Msg};

impl Msg {
    /// Formal text kept word for word (a licence credit), so exempt from the reading-level limit.
    pub fn is_formal(self) -> bool {
        matches!(self, Msg::AboutOnet)
    }
}

/// "Languages: English, Spanish": a label and its value, with the language's own colon.
pub fn label_value(lang: Lang, label: &str, value: &str) -> String {
    fill(lang, Msg::LabelValue, &[("label", label), ("value", value)])
}

/// [`label_value`] around a value the screen draws itself (in bold): the words before and after it.
pub fn label_around(lang: Lang, label: &str) -> (String, String) {
    let filled =
        crate::locale::Template::new(text(lang, Msg::LabelValue)).fill(&[("label", label)]);
    match filled.split_once("{value}") {
        Some((before, after)) => (before.to_string(), after.to_string()),
        None => (filled, String::new()),
    }
}

/// "English, Spanish, Tagalog" / "英语、西班牙语": items joined the language's way.
pub fn list(lang: Lang, items: &[String]) -> String {
    let mut it = items.iter();
    let Some(first) = it.next() else {
        return String::new();
    };
    it.fold(first.clone(), |a, b| {
        fill(lang, Msg::ListJoin, &[("a", &a), ("b", b)])
    })
}

/// "Step 1 of 7", with digits in every language.
pub fn step_of(lang: Lang, n: usize, total: usize) -> String {
    fill(
        lang,
        Msg::StepOf,
        &[("n", &n.to_string()), ("total", &total.to_string())],
    )
}

/// "Job 2 of 3 — Cashier": the progress line on a job's own screens.
pub fn job_of(lang: Lang, n: usize, total: usize, title: &str) -> String {
    let title = crate::bidi::plain(title);
    fill(
        lang,
        Msg::JobOf,
        &[
            ("n", &n.to_string()),
            ("total", &total.to_string()),
            ("title", &title),
        ],
    )
}

/// "Show 10 more" (tasks hidden below the most central ones).
pub fn show_more(lang: Lang, n: usize) -> String {
    fill(lang, Msg::ShowMore, &[("n", &n.to_string())])
}

/// "Clear the 3 you ticked?": asked before "None of these" drops ticks.
pub fn clear_ticks(lang: Lang, n: usize) -> String {
    plural(lang, Msg::ClearTicks, n as u64, &[])
}

/// "You have 12 skills employers look for".
pub fn skills_summary(lang: Lang, n: usize) -> String {
    plural(lang, Msg::SkillsSummary, n as u64, &[])
}

/// "12 skills employers look for": the same count for someone reading a shared profile.
pub fn skills_count(lang: Lang, n: usize) -> String {
    plural(lang, Msg::SkillsCount, n as u64, &[])
}

/// "7 things you did" (on Check your answers).
pub fn things_done(lang: Lang, n: usize) -> String {
    plural(lang, Msg::ThingsDone, n as u64, &[])
}

/// "We left out 2 things from this link that we could not read. The rest is here." — shown above
/// a profile opened from a link (`from_link`) or a file when [`crate::admit`] left parts out.
pub fn left_out(lang: Lang, n: usize, from_link: bool) -> String {
    let msg = if from_link {
        Msg::LeftOutLink
    } else {
        Msg::LeftOutFile
    };
    plural(lang, msg, n as u64, &[])
}

/// "Add Forklift Safety from Valley Training Center to your skills?" (names without bidi
/// controls: see [`crate::bidi`]).
pub fn add_class_question(lang: Lang, class: &str, provider: &str) -> String {
    let (class, provider) = (crate::bidi::plain(class), crate::bidi::plain(provider));
    fill(
        lang,
        Msg::AddClassQuestion,
        &[("class", &class), ("provider", &provider)],
    )
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
/// A translation moves the names where its grammar wants them; they stay separate pieces.
pub fn trust_pieces_for(lang: Lang, trust: &crate::credential::Trust, mine: bool) -> Vec<Piece> {
    use crate::credential::Trust;
    let w = |s: &str| vec![Piece::Words(s.to_string())];
    match trust {
        Trust::SelfReported if mine => w(text(lang, Msg::AddedByYou)),
        Trust::SelfReported => w(text(lang, Msg::SelfReported)),
        Trust::Broken => w(text(lang, Msg::SignatureBroken)),
        Trust::NotChecked { provider } => {
            crate::locale::Template::new(text(lang, Msg::TrustNotChecked))
                .parts()
                .into_iter()
                .map(|p| match p {
                    Ok(words) => Piece::Words(words.to_string()),
                    Err(_) => Piece::Name(crate::bidi::plain(provider)),
                })
                .collect()
        }
        Trust::Signed {
            provider,
            fingerprint,
            learner,
            name_differs,
        } => {
            let msg = match (learner, name_differs) {
                (None, _) => Msg::TrustClassBy,
                (Some(_), false) => Msg::TrustSignedFor,
                (Some(_), true) => Msg::TrustSignedForOther,
            };
            let learner = learner.as_deref().unwrap_or("");
            crate::locale::Template::new(text(lang, msg))
                .parts()
                .into_iter()
                .map(|p| match p {
                    Ok(words) => Piece::Words(words.to_string()),
                    Err("provider") => Piece::Name(crate::bidi::plain(provider)),
                    Err("learner") => Piece::Name(crate::bidi::plain(learner)),
                    Err("key") => Piece::Key(fingerprint.clone()),
                    Err(other) => Piece::Words(format!("{{{other}}}")),
                })
                .collect()
        }
    }
}

/// "You already do 4 of the 10 main tasks of this job." (a job card and its page): "all 10",
/// "the 1 main task", "none of the 10 … yet".
pub fn main_tasks(lang: Lang, have: usize, main: usize) -> String {
    let have = have.min(main);
    let (h, m) = (have.to_string(), main.to_string());
    let msg = match (have, main) {
        (_, 0) => Msg::MainTasksNoneListed,
        (0, 1) => Msg::MainTaskOneNo,
        (1, 1) => Msg::MainTaskOneYes,
        (0, _) => Msg::MainTasksNone,
        (h, m) if h == m => Msg::MainTasksAll,
        _ => Msg::MainTasksSome,
    };
    fill(lang, msg, &[("h", &h), ("m", &m)])
}

/// The same count in the first person, for the job-centre note: "I already do 4 of the 10 main
/// tasks of this job."
pub fn note_have(lang: Lang, have: usize, main: usize) -> String {
    let have = have.min(main);
    let msg = match (have, main) {
        (0, _) => Msg::NoteHaveNone,
        (h, m) if h == m => Msg::NoteHaveAll,
        _ => Msg::NoteHaveSome,
    };
    fill(
        lang,
        msg,
        &[("h", &have.to_string()), ("m", &main.to_string())],
    )
}

/// How alike a job's work is to one the worker held: "The work is close to your past job:
/// Nursing assistant (CNA)."
pub fn closeness_words(lang: Lang, c: crate::career::Closeness, held: &str) -> String {
    use crate::career::Closeness;
    let msg = match c {
        Closeness::Close => Msg::CloseTo,
        Closeness::Somewhat => Msg::BitLike,
        Closeness::New => Msg::NewWork,
    };
    fill(lang, msg, &[("job", held)])
}

/// "A common next step after Nursing assistant (CNA)".
pub fn next_step_after(lang: Lang, held: &str) -> String {
    fill(lang, Msg::NextStepAfter, &[("job", held)])
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
    plural(lang, Msg::WaitSecs, u64::from(n), &[])
}

/// "Everything here will be erased in 45 seconds."
pub fn erase_in(lang: Lang, seconds: u64) -> String {
    plural(lang, Msg::EraseIn, seconds, &[])
}

/// Month names, for pickers and dates such as "May 2022".
pub fn month_name(lang: Lang, month: u8) -> &'static str {
    const KEYS: [&str; 12] = [
        "month.1", "month.2", "month.3", "month.4", "month.5", "month.6", "month.7", "month.8",
        "month.9", "month.10", "month.11", "month.12",
    ];
    let key = KEYS[usize::from(month.clamp(1, 12) - 1)];
    crate::locale::word(lang, key).unwrap_or(key)
}

/// "May 2022" / "mayo de 2022"; a year alone reads "2022" in every language.
pub fn month_year(lang: Lang, ym: crate::YearMonth) -> String {
    match ym.month() {
        None => ym.year().to_string(),
        Some(m) => fill(
            lang,
            Msg::MonthYear,
            &[
                ("month", month_name(lang, m)),
                ("year", &ym.year().to_string()),
            ],
        ),
    }
}

/// "1 December 2026" / "1 de diciembre de 2026".
pub fn day_month_year(lang: Lang, day: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    fill(
        lang,
        Msg::DayMonthYear,
        &[
            ("day", &day.day().to_string()),
            ("month", month_name(lang, day.month() as u8)),
            ("year", &day.year().to_string()),
        ],
    )
}

/// The words of each screen, as a worker meets them (labels included): the reading-level test
/// and `examples/reading_level.rs` grade each screen as a whole.
pub const SCREENS: &[(&str, &[Msg])] = &[
    (
        "job-centre",
        &[
            Msg::JcTitle,
            Msg::JcIntro,
            Msg::JcCard,
            Msg::JcStart,
            Msg::JcRatherNot,
            Msg::JcWorkingAsk,
            Msg::JcWorkingYes,
            Msg::JcWorkingEnding,
            Msg::JcWorkingLooking,
            Msg::JcWorkingNotLooking,
            Msg::JcSinceAsk,
            Msg::JcSinceUnder6,
            Msg::JcSinceOver6,
            Msg::JcSinceNever,
            Msg::JcSchoolAsk,
            Msg::JcSchoolHint,
            Msg::JcSchoolNone,
            Msg::JcSchoolDiploma,
            Msg::JcSchoolEquivalency,
            Msg::JcSchoolSomeCollege,
            Msg::JcSchoolCertificate,
            Msg::JcSchoolAssociate,
            Msg::JcSchoolBachelor,
            Msg::JcSchoolBeyond,
            Msg::JcVeteranAsk,
            Msg::JcEnglishAsk,
            Msg::JcNextJobAsk,
            Msg::JcNextJobHint,
            Msg::JcNextJobChosen,
            Msg::JcNextJobNotSure,
            Msg::JcDone,
            Msg::JcYourAnswers,
            Msg::JcAnswers,
            Msg::JcErase,
            Msg::JcSee,
            Msg::JcLater,
            Msg::JcEraseSure,
            Msg::JcErased,
            Msg::ShareJobCentre,
            Msg::ShareJobCentreNote,
        ],
    ),
    (
        "scan",
        &[
            Msg::ScanClient,
            Msg::ScanTitle,
            Msg::ScanHint,
            Msg::ScanLooking,
            Msg::ScanStarting,
            Msg::ScanNotOurs,
            Msg::ScanNoCamera,
            Msg::ScanBlocked,
            Msg::ScanOtherWays,
            Msg::PasteLink,
            Msg::PasteLinkHint,
            Msg::OpenLink,
            Msg::AddNewClient,
            Msg::AddNewClientHint,
            Msg::AddToClientHint,
            Msg::ClientAdded,
        ],
    ),
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
            Msg::SideBySide,
            Msg::SideBySideNone,
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
            // issue 16 — badges
            Msg::TrustNotChecked,
            Msg::BadgeHint,
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
            // issue 16 — LER-RS file
            Msg::SaveLerRs,
            Msg::LerRsHint,
            Msg::BackupHint,
            Msg::ResumeHint,
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
            // issue 16 — LER-RS file
            Msg::NotKeptIntro,
            Msg::NotKeptSchool,
            Msg::NotKeptAbout,
            Msg::NotKeptFiles,
            Msg::NotKeptLinks,
            Msg::NotKeptJobWanted,
            Msg::NotKeptJobDetails,
            Msg::NotKeptAddress,
            Msg::NotKeptSignature,
            Msg::NotKeptOther,
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
            // Words outside the holes ("{label}: {value}" has none to translate).
            let words: String = crate::locale::Template::new(en)
                .parts()
                .into_iter()
                .filter_map(Result::ok)
                .collect();
            for lang in Lang::ALL.into_iter().skip(1) {
                let other = text(lang, m);
                assert!(!en.trim().is_empty() && !other.trim().is_empty(), "{m:?}");
                // "No" and the like may coincide, and names (SkillPass, GED); a sentence never should.
                if words
                    .split_whitespace()
                    .filter(|w| w.chars().any(char::is_alphabetic))
                    .count()
                    >= 3
                {
                    assert_ne!(en, other, "{m:?} is not translated into {}", lang.code());
                }
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
            // Templates are graded filled in, below.
            .filter(|m| {
                !Msg::PLURAL[**m as usize]
                    && crate::locale::Template::new(text(Lang::En, **m))
                        .holes()
                        .is_empty()
            })
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
    fn labels_and_lists_use_each_language_s_own_marks() {
        let items = vec!["A".to_string(), "B".into(), "C".into()];
        assert_eq!(list(Lang::En, &items), "A, B, C");
        assert_eq!(list(Lang::ZhHans, &items), "A、B、C");
        assert_eq!(list(Lang::Ar, &items), "A، B، C");
        assert_eq!(list(Lang::En, &[]), "");
        assert_eq!(label_value(Lang::ZhHans, "语言", "中文"), "语言：中文");
        assert_eq!(
            label_around(Lang::En, "Goal"),
            ("Goal: ".to_string(), String::new())
        );
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
