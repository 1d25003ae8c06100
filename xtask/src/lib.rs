//! The commands behind `cargo xtask`, as a library so they can be tested.

pub mod check;
