//! The commands behind `cargo xtask`, as a library so they can be tested.

pub mod check;
pub mod drift;
pub mod import;
