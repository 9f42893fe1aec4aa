//! Party colours: the Okabe–Ito palette (Okabe & Ito, "Color Universal
//! Design", 2008), chosen to stay distinguishable with every common colour
//! vision deficiency. Parties take colours by rank; the rest share grey.
//! The colours themselves are CSS custom properties in `styles/reader.css`,
//! one set per theme; elements carry a class so no inline style is needed.

/// How many parties get a colour of their own.
pub const COLOURS: usize = 7;

/// The class that gives an element the colour of the party at `rank`
/// (0 = the party the story is most about).
pub fn party_class(rank: usize) -> String {
    if rank < COLOURS {
        format!("sp-party-{}", rank + 1)
    } else {
        "sp-party-other".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranks_get_distinct_colours_then_grey() {
        let first: Vec<String> = (0..COLOURS).map(party_class).collect();
        let mut unique = first.clone();
        unique.dedup();
        assert_eq!(unique.len(), COLOURS);
        assert_eq!(party_class(COLOURS), "sp-party-other");
    }
}
