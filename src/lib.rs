//! The Standpoint reader: a Yew widget over the engine's analysis.
