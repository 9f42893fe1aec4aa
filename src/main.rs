//! The reader page and the embed bundle: Trunk builds this for the browser.
//! For the reader page it mounts the reader. Built with the `embed`
//! feature it is the embed bundle: it does nothing on its own, and
//! `standpoint-embed.js` calls the exported API.

#[cfg(all(target_arch = "wasm32", not(feature = "embed")))]
fn main() {
    standpoint_reader::mount();
}

// Linked for its exports, which nothing here calls.
#[cfg(all(target_arch = "wasm32", feature = "embed"))]
extern crate standpoint_reader;

#[cfg(all(target_arch = "wasm32", feature = "embed"))]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The reader runs in the browser: build it with `make serve` or `make dist`.");
}
