//! Party colours: the Okabe–Ito palette (Okabe & Ito, "Color Universal
//! Design", 2008), chosen to stay distinguishable with every common colour
//! vision deficiency. Parties take colours by rank; the rest share grey.

/// CSS custom property names, defined for light and dark themes in `styles/reader.css`.
const COLOURS: [&str; 7] = ["--party-1", "--party-2", "--party-3", "--party-4", "--party-5", "--party-6", "--party-7"];

/// The CSS colour of the party at `rank` (0 = the party the story is most about).
pub fn party_colour(rank: usize) -> String {
    match COLOURS.get(rank) {
        Some(name) => format!("var({name})"),
        None => "var(--party-other)".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranks_get_distinct_colours_then_grey() {
        let first: Vec<String> = (0..7).map(party_colour).collect();
        let mut unique = first.clone();
        unique.dedup();
        assert_eq!(unique.len(), 7);
        assert_eq!(party_colour(7), "var(--party-other)");
    }
}
