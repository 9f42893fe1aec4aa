//! What a page asks of a widget: which layers show, whether the side panel
//! shows, and the theme. Read from an element's attributes or from the
//! options of the JavaScript `mount`, the same way for both.

use crate::layout::{Layer, Layers};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
    /// The reader's system setting.
    #[default]
    Auto,
}

impl Theme {
    /// `light`, `dark` or `auto`; anything else is `auto`.
    pub fn parse(value: Option<&str>) -> Theme {
        match value.map(|v| v.trim().to_ascii_lowercase()).as_deref() {
            Some("light") => Theme::Light,
            Some("dark") => Theme::Dark,
            _ => Theme::Auto,
        }
    }

    /// The class on the widget's root that picks the colours.
    pub fn class(self) -> &'static str {
        match self {
            Theme::Light => "sp-light",
            Theme::Dark => "sp-dark",
            Theme::Auto => "sp-auto",
        }
    }
}

/// The layers hidden when a page lists those to show ("quotes numbers", or
/// comma-separated). No list, or one naming no layer, shows them all.
pub fn hidden_layers(shown: Option<&str>) -> Layers {
    let named: Layers = shown
        .unwrap_or("")
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter_map(Layer::from_name)
        .collect();
    if named.is_empty() {
        return Layers::NONE;
    }
    Layer::ALL
        .into_iter()
        .filter(|&l| !named.contains(l))
        .collect()
}

/// The names of the layers shown, the inverse of `hidden_layers`.
pub fn shown_layers(hidden: Layers) -> String {
    Layer::ALL
        .into_iter()
        .filter(|&l| !hidden.contains(l))
        .map(Layer::name)
        .collect::<Vec<_>>()
        .join(",")
}

/// A boolean attribute: present means on, unless it says otherwise.
pub fn flag(value: Option<&str>) -> bool {
    match value {
        None => false,
        Some(v) => !matches!(
            v.trim().to_ascii_lowercase().as_str(),
            "false" | "off" | "no" | "0"
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layers_are_listed_by_name() {
        assert!(hidden_layers(None).is_empty());
        assert!(hidden_layers(Some("  ")).is_empty());
        assert!(hidden_layers(Some("nonsense")).is_empty());
        assert_eq!(
            hidden_layers(Some("quotes numbers")),
            Layers::of(&[Layer::Mentions, Layer::Positions])
        );
        assert_eq!(
            hidden_layers(Some("Parties,positions")),
            Layers::of(&[Layer::Quotes, Layer::Numbers])
        );
        let hidden = hidden_layers(Some("numbers"));
        assert_eq!(shown_layers(hidden), "numbers");
        assert_eq!(hidden_layers(Some(&shown_layers(hidden))), hidden);
        assert_eq!(
            shown_layers(Layers::NONE),
            "quotes,numbers,mentions,positions"
        );
    }

    #[test]
    fn flags_and_themes() {
        assert!(!flag(None));
        assert!(flag(Some("")));
        assert!(flag(Some("panel")));
        assert!(!flag(Some("false")));
        assert!(!flag(Some(" Off ")));
        assert_eq!(Theme::parse(Some("DARK")), Theme::Dark);
        assert_eq!(Theme::parse(Some("light")), Theme::Light);
        assert_eq!(Theme::parse(Some("sepia")), Theme::Auto);
        assert_eq!(Theme::parse(None).class(), "sp-auto");
    }
}
