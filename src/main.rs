//! The reader page and the embed bundle: Trunk builds this for the browser.
//! On the reader page it mounts the reader; on a page that embeds widgets
//! it does nothing, and `standpoint-embed.js` calls the exported API.

#[cfg(target_arch = "wasm32")]
fn main() {
    standpoint_reader::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The reader runs in the browser: build it with `make serve` or `make dist`.");
}
