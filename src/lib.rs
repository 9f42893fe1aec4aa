//! The Standpoint reader: a Yew widget that renders the engine's analysis.
//!
//! `state` holds the reader's state and its transitions, `layout` turns the
//! analysis into nested highlights, `describe` words them; the components
//! only render. All of these but the components are plain Rust, tested
//! natively; the components run in the browser.

pub mod describe;
pub mod input;
pub mod layout;
pub mod palette;
pub mod state;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod components;

#[cfg(target_arch = "wasm32")]
pub use app::{mount, App};
