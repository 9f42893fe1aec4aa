//! One small component per file. Each renders what its props say and
//! reports what the reader does through callbacks; none analyses text.

mod article;
mod header;
mod legend;
mod lens;
mod notice;
mod panel;
mod paste;
mod tooltip;

pub use article::Article;
pub use header::{header, HeaderProps};
pub use legend::legend;
pub use lens::Lens;
pub use notice::notice;
pub use panel::SidePanel;
pub use paste::PasteDialog;
pub use tooltip::{tooltip, use_tooltip_place, Tip};

/// `aria-pressed` for a toggle button, without formatting a bool.
fn pressed(on: bool) -> &'static str {
    if on {
        "true"
    } else {
        "false"
    }
}
