//! The reader page: Trunk builds this for the browser.

#[cfg(target_arch = "wasm32")]
fn main() {
    standpoint_reader::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The reader runs in the browser: build it with `make serve` or `make dist`.");
}
