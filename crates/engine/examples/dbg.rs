fn main() {
    let text = std::env::args().nth(1).unwrap();
    let doc = standpoint_engine::Document::new(&text);
    let cast = standpoint_engine::parties::find(&doc);
    for r in &cast.references {
        println!(
            "{:?} {:?}",
            doc.range_span(r.tokens.start, r.tokens.end).of(&text),
            r.target
        );
    }
    println!("{:?}", cast.people);
    for s in &doc.sentences {
        println!(
            "S {:?}",
            doc.range_span(s.tokens.start, s.tokens.end).of(&text)
        );
    }
}
