//! The Standpoint reader: a Yew widget that renders the engine's analysis.
//!
//! `state` holds the reader's state and its transitions, `layout` turns the
//! analysis into nested highlights, `describe` words them; the components
//! only render. All of these but the components are plain Rust, tested
//! natively; the components run in the browser.

pub mod describe;
pub mod input;
pub mod layout;
pub mod options;
pub mod palette;
pub mod share;
pub mod state;
pub mod summary;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod json;
/// The embed bundle's API, built with the `embed` feature only: the
/// reader page has no use for it.
#[cfg(all(target_arch = "wasm32", feature = "embed"))]
pub mod widget;

#[cfg(target_arch = "wasm32")]
pub use app::{mount, App, PAGE_ROOT};

/// The Wasm build's allocator: talc is smaller in the bundle than the
/// standard library's dlmalloc, and faster (`ARCHITECTURE.md`, size).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
