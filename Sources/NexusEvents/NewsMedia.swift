/// News media: the agencies, broadcasters and newspapers through which actors speak. A statement
/// made to a news medium ("told the BBC", "said in an interview with Reuters", "speaking to
/// VOA") is addressed to the public, not to the medium: CAMEO codes a public statement by what
/// it is about (01), and an interview is no consultation (04). So a news medium is never the
/// target of a statement or a consultation; acts on a medium are still coded ("Venezuela shut
/// down Radio Caracas Television", "accused CNN of bias").
///
/// A name is a news medium's when it is one of ``outlets`` (the news agencies and broadcasters
/// of the alias table, after Wikipedia's "List of news agencies", and the public international
/// broadcasters), starts with the name of a broadcaster ("BBC Two", "VOA Kurdish Service"), or
/// has a word of ``mediaWords`` ("Financial Times", "Radio Caracas Television", "Daily Star").
/// Names are compared in lower case.
enum NewsMedia {
    /// News agencies and broadcasters, lower case.
    static let outlets: Set<String> = [
        "reuters", "associated press", "agence france-presse", "xinhua", "tass", "ria novosti", "ansa", "efe",
        "deutsche presse-agentur", "kyodo news", "yonhap", "anadolu agency", "al jazeera", "bbc", "bloomberg",
        "united press international", "press trust of india", "voa", "voice of america", "cnn", "cable news network",
        "npr", "national public radio", "pbs", "abc", "cbs", "nbc", "fox news", "msnbc", "itv", "sky news", "channel 4",
        "france 24", "deutsche welle", "nhk", "rt", "al arabiya", "euronews", "radio free europe", "interfax", "irna",
        "itar-tass", "afp", "ap", "upi", "pti", "dpa", "gmtv",
        // Newspapers and magazines quoted by name in world news whose names hold no word of
        // ``mediaWords``.
        "kommersant", "izvestia", "pravda", "vedomosti", "le monde", "le figaro", "liberation", "der spiegel", "spiegel",
        "haaretz", "yedioth ahronoth", "maariv", "al-ahram", "asharq al-awsat", "al-hayat", "dawn", "el pais",
        "corriere della sera", "la repubblica", "la stampa", "the guardian", "the observer", "the economist", "newsweek",
    ]

    /// Broadcasters whose name opens the names of their channels and services.
    static let broadcasterPrefixes: [String] = ["bbc ", "voa ", "cnn ", "itv ", "abc ", "cbs ", "nbc "]

    /// Words of the names of newspapers, broadcasters and programmes.
    static let mediaWords: Set<String> = ["radio", "television", "tv", "newspaper", "news", "times", "journal", "gazette", "herald",
                                          "tribune", "daily", "telegraph", "newsnight", "broadcasting", "gazeta", "zeitung", "shimbun", "ilbo"]

    /// Whether `name` is a news medium's.
    static func isNewsMedium(_ name: String) -> Bool {
        let lower = name.lowercased()
        if outlets.contains(lower) || broadcasterPrefixes.contains(where: lower.hasPrefix) { return true }
        // "BBC1", "BBC2", "ITV1": a broadcaster's numbered channel.
        if ["bbc", "itv"].contains(where: { lower.hasPrefix($0) && lower.dropFirst($0.count).allSatisfy(\.isNumber) && lower.count > $0.count }) { return true }
        return lower.split(whereSeparator: { $0 == " " || $0 == "-" }).contains { mediaWords.contains(String($0)) }
    }
}
