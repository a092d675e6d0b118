//! What a person is told when a link or a file cannot be opened, and the notices about saving:
//! each problem as a heading and a plain sentence.
use crate::files::FileError;
use crate::jsonresume::NotKept;
use crate::locale::Msg;
use crate::repo::Notice;
use crate::share::LinkError;

/// A link that cannot be opened: (heading, what to do).
pub fn link_error(e: LinkError) -> (Msg, Msg) {
    let say = match e {
        LinkError::Incomplete => Msg::LinkIncomplete,
        LinkError::Newer => Msg::LinkNewer,
        LinkError::TooLong => Msg::LinkTooLong,
    };
    (Msg::LinkProblem, say)
}

/// A file that cannot be opened: (heading, what to do).
pub fn file_error(e: FileError) -> (Msg, Msg) {
    let say = match e {
        FileError::Unknown => Msg::FileUnknown,
        FileError::Newer => Msg::FileNewer,
        FileError::Damaged => Msg::FileDamaged,
        FileError::TooBig => Msg::FileTooBig,
        FileError::Sealed => Msg::FileSealed,
    };
    (Msg::FileProblem, say)
}

/// What a notice about saving says.
pub fn notice(n: &Notice) -> Msg {
    match n {
        Notice::KeptAside { .. } => Msg::NoticeKeptAside,
        Notice::UpdatedFromOtherTab => Msg::NoticeUpdatedFromOtherTab,
        Notice::MergedWithOtherTab => Msg::NoticeMerged,
        Notice::SavingAgain => Msg::NoticeSavingAgain,
        Notice::NotSaved => Msg::NoticeNotSaved,
        Notice::ErasedElsewhere => Msg::NoticeErasedElsewhere,
    }
}

/// A kind of thing a file held that the profile has no place for, in plain words (listed under
/// [`Msg::NotKeptIntro`] on the page that previews an opened file).
pub fn not_kept(n: NotKept) -> Msg {
    match n {
        NotKept::School => Msg::NotKeptSchool,
        NotKept::About => Msg::NotKeptAbout,
        NotKept::Files => Msg::NotKeptFiles,
        NotKept::Links => Msg::NotKeptLinks,
        NotKept::JobWanted => Msg::NotKeptJobWanted,
        NotKept::JobDetails => Msg::NotKeptJobDetails,
        NotKept::Address => Msg::NotKeptAddress,
        NotKept::Signature => Msg::NotKeptSignature,
        NotKept::Other => Msg::NotKeptOther,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::{text, Lang};
    use std::collections::HashSet;

    #[test]
    fn every_problem_has_its_own_plain_sentence_in_every_language() {
        let links = [LinkError::Incomplete, LinkError::Newer, LinkError::TooLong].map(link_error);
        let files = [
            FileError::Unknown,
            FileError::Newer,
            FileError::Damaged,
            FileError::TooBig,
            FileError::Sealed,
        ]
        .map(file_error);
        let notices = [
            Notice::KeptAside { key: "k".into() },
            Notice::UpdatedFromOtherTab,
            Notice::MergedWithOtherTab,
            Notice::SavingAgain,
            Notice::NotSaved,
            Notice::ErasedElsewhere,
        ]
        .map(|n| notice(&n));
        let says: Vec<Msg> = links
            .iter()
            .chain(&files)
            .map(|(_, s)| *s)
            .chain(notices)
            .collect();
        assert_eq!(
            says.iter().collect::<HashSet<_>>().len(),
            says.len(),
            "two problems say the same"
        );
        for lang in Lang::ALL {
            for m in &says {
                let t = text(lang, *m);
                assert!(
                    t.ends_with(['.', '。', '؟', '?']) && t.split_whitespace().count() >= 3
                        || lang == Lang::ZhHans,
                    "{lang:?} {m:?}: {t}"
                );
                assert!(!t.trim().is_empty());
            }
        }
        assert!(links.iter().all(|(h, _)| *h == Msg::LinkProblem));
        assert!(files.iter().all(|(h, _)| *h == Msg::FileProblem));
    }
}
