//! Pieces shared by several screens.

pub mod back_bar;
pub mod banners;
pub mod choice;
pub mod header;
pub mod icons;
pub mod job_centre_answers;
pub mod keep_card;
pub mod open_file;
pub mod question;
pub mod read_aloud;
pub mod save_file;
pub mod search_field;
pub mod share_choice;
pub mod side_by_side;
pub mod text_field;
pub mod year_pick;
