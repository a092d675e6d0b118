//! Pieces shared by several screens.

pub mod banners;
pub mod header;
pub mod icons;
pub mod question;
