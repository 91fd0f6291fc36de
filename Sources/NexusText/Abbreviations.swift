/// Abbreviations that keep their period as part of the token, after the Penn Treebank
/// tokenizer's practice and the abbreviation lists of Punkt (Kiss & Strunk 2006, "Unsupervised
/// Multilingual Sentence Boundary Detection"), written down here for English news.
///
/// Matching is case-sensitive: "No." is an abbreviation only before a number ("No. 10"), and
/// the word "no." at the end of a sentence is not.
enum Abbreviations {
    /// Titles, ranks, months and address words: they stand before what they qualify and never
    /// end a sentence.
    static let prefixes: Set<String> = [
        "Mr", "Mrs", "Ms", "Mx", "Messrs", "Mme", "Mlle", "Dr", "Drs", "Prof", "Rev", "Hon", "Pres", "Amb",
        "Gen", "Gens", "Lt", "Col", "Maj", "Capt", "Cmdr", "Cdr", "Adm", "Brig", "Sgt", "Cpl", "Pvt", "Gov",
        "Sen", "Sens", "Rep", "Reps", "Supt", "Insp", "Det", "Fr", "Sr", "Jr", "St", "Ste", "Mt", "Ft",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "vs", "cf", "ca", "approx",
    ]

    /// Abbreviations that may also end a sentence ("... Acme Inc. The company ...").
    static let final: Set<String> = [
        "Inc", "Ltd", "Corp", "Co", "Bros", "Plc", "Dept", "Univ", "Assn", "Ave", "Blvd", "Rd", "Sq",
        "etc", "al", "Esq", "Ph", "Bldg", "Govt", "Intl",
    ]

    /// Abbreviations that take the period only before a number ("No. 5", "pp. 12", "Art. 51").
    static let beforeNumber: Set<String> = [
        "No", "Nos", "no", "nos", "Vol", "vol", "Vols", "p", "pp", "Art", "art", "Fig", "fig", "Ch", "ch",
        "Sec", "sec", "Para", "para", "Ref", "ref", "Tel", "tel",
    ]

    /// Capitalized words that start sentences far more often than they continue a name. After
    /// an abbreviation that may end a sentence ("U.S.", "Inc.", "J."), one of these starts a new
    /// sentence.
    static let sentenceStarters: Set<String> = [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those",
        "There", "Here", "His", "Her", "Its", "Their", "Our", "My", "Your", "In", "On", "At", "But", "And",
        "Or", "So", "Yet", "If", "When", "While", "After", "Before", "As", "Since", "Although", "Though",
        "However", "Meanwhile", "Moreover", "Still", "Also", "Some", "Many", "Most", "What", "Where", "Why",
        "How", "Who", "Which", "Such", "Both", "All", "No", "Not", "For", "To", "From", "With", "By",
        "Last", "Earlier", "Later", "Then", "Now", "Today", "Yesterday",
    ]
}
