//! The thin browser layer: one capability a file. Only this module and the screens touch web-sys.

#[cfg(feature = "tools")]
pub mod camera;
pub mod device;
pub mod download;
pub mod locale;
pub mod nav;
pub mod offline;
pub mod pin;
pub mod speech;
pub mod storage;
pub mod tabs;
#[cfg(feature = "tools")]
pub mod trainer_key;
