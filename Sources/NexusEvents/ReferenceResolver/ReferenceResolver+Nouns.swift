import NexusCore
import NexusEntities

/// The nouns the resolver reads: of states and their organs, of people sent, of groups, places and pairs.
extension ReferenceResolver {
    static let stateNouns: Set<String> = Set<String>(["government", "governments", "forces", "army", "troops", "military", "authorities", "officials", "leaders",
                                          "police", "administration", "ministry", "navy", "parliament", "cabinet", "delegation", "diplomats",
                                          "leadership", "regime", "soldiers", "president", "embassy", "embassies", "consulate", "consulates", "lawmakers", "legislature", "judiciary",
                                          "aircraft", "warplanes", "jets", "helicopters", "gunships", "tanks", "warships", "drones", "artillery",
                                          "prosecutors", "investigators", "negotiators", "agents", "court", "courts", "judges", "envoy", "ambassador", "spokesman", "spokeswoman", "official",
                                          // Holders of one office in several states: "the foreign ministers of Indonesia and Malaysia".
                                          "ministers", "presidents", "premiers", "envoys", "ambassadors", "delegations",
                                          // The means of a state's or a group's force act for it: "a NATO airstrike killed ...".
                                          "airstrike", "airstrikes", "strike", "strikes", "raid", "raids", "missile", "missiles", "rocket",
                                          "rockets", "shelling", "bombardment", "convoy", "patrol", "patrols", "offensive", "operation", "warplane"])
        .union(serviceNouns)

    /// Nouns for a state's people met where they serve: "talks with officials in Kabul".
    static let hostedOfficials: Set<String> = ["officials", "official", "leaders", "authorities", "government", "ministers", "counterparts"]

    /// Nouns for those who speak or negotiate for a body, whose "for" phrase names it as "of"
    /// does: "a spokesman for Hamas", "negotiators for the rebels" (not "ambassador", whose "to"
    /// or "for" phrase names the host).
    static let representativeNouns: Set<String> = EntityRecognizer.spokespersonWords
        .union(["spokesmen", "spokespeople", "spokespersons", "representative", "representatives", "negotiator", "negotiators"])

    /// Nouns for people a state or a body sends, whose "from" phrase names it as "of" does:
    /// "delegates from Iran and the EU met", "an IMF mission to Gabon" (its "to" phrase is the host).
    static let sentNouns: Set<String> = ["representative", "representatives", "delegate", "delegates", "delegation", "delegations",
                                         "envoy", "envoys", "emissary", "emissaries", "diplomat", "diplomats", "negotiators",
                                         "official", "officials", "ministers", "mission", "missions"]

    /// The people who serve a state's or a body's force ("the Philippine coast guard", "train
    /// Ukrainian pilots", "AU peacekeepers"): state nouns, but not the organs a later bare
    /// "the government" or "authorities" refers back to (``lastState(before:word:)``).
    /// So do a state's mediators ("Norwegian mediators are arranging talks between the government
    /// and the rebels": "the government" is not Norway's).
    static let serviceNouns: Set<String> = ["guard", "guards", "coastguard", "pilots", "sailors", "marines", "peacekeepers", "personnel", "servicemen",
                                            "mediators", "mediator",
                                            // Those a state or a body sends: "Chinese representatives", "an IMF mission".
                                            "representative", "representatives", "delegate", "delegates", "mission", "missions"]

    /// Nouns for the people of a country: "the people of Afghanistan", "Iraqi civilians".
    /// So do groups of them a text names by what they are or suffer ("Afghan refugees", "24
    /// Pakistani prisoners", "Indian students"), as CAMEO codes refugees and civilians under
    /// their country's code (Schrodt 2012, the agent codes REF and CVL).
    static let populationNouns: Set<String> = ["people", "peoples", "population", "populations", "citizens", "civilians", "nationals", "public",
                                               "refugees", "prisoners", "detainees", "hostages", "students", "workers", "farmers", "migrants",
                                               "pilgrims", "fishermen", "villagers", "residents"]

    /// Nouns for a country's businesses ("Iranian drone makers", "Chinese banks").
    static let businessNouns: Set<String> = ["company", "companies", "firm", "firms", "maker", "makers", "manufacturer", "manufacturers",
                                             "producer", "producers", "exporter", "exporters", "supplier", "suppliers", "bank", "banks",
                                             "lenders", "airline", "airlines", "carmakers", "automakers", "investors", "businesses", "shipyards"]

    /// Heads of the names of a state's organs ("Foreign Ministry", "Defense Ministry", "Army").
    static let organNouns: Set<String> = ["ministry", "ministries", "government", "army", "military", "navy", "police", "embassy",
                                          "cabinet", "administration", "presidency", "consulate", "court", "parliament"]

    /// Verb forms that report speech: the commitment resolver's reporting verbs without the
    /// commissive ones (agreed, promised, assured) and "according", plus more forms of saying.
    static let reportingForms: Set<String> = CommitmentActorResolver.reportingVerbs
        .subtracting(["according", "agreed", "assured", "promised"])
        .union(["saying", "tell", "announces", "declares", "stresses", "warns", "insists", "claimed", "claims", "reported", "writes",
                "confirms", "reiterated", "argued", "argues", "recalled", "pointed"])

    /// Nouns for members of an armed or political group: "PKK rebels", "Taliban militants".
    static let memberNouns: Set<String> = ["rebels", "rebel", "militants", "militant", "fighters", "guerrillas", "insurgents", "gunmen",
                                           "members", "supporters", "activists", "loyalists", "separatists", "extremists", "militiamen",
                                           "faction", "wing", "branch", "unit", "cell", "commander", "commanders", "leaders", "bomber"]

    static let firstPerson: Set<String> = ["i", "me", "my", "we", "us", "our"]

    static let thirdPersonHuman: Set<String> = ["he", "she", "him", "her", "his"]

    static let thirdPersonOther: Set<String> = ["it", "its", "they", "them", "their"]

    /// Nouns for parties defined by their tie to another ("U.S. allies", "Iran's rivals").
    static let relationalNouns: Set<String> = ["allies", "ally", "rivals", "rival", "enemies", "enemy", "foes", "foe", "opponents",
                                               "adversaries", "critics", "detractors"]

    /// Plural nouns for a set of states or bodies that a text may name by listing its members.
    static let memberSetNouns: Set<String> = ["countries", "nations", "powers", "states", "governments", "members", "donors",
                                              "partners", "allies", "organizations", "groups", "agencies"]

    /// Nouns of proposals and requests, whose author a rejection or an acceptance bears on.
    static let proposalNouns: Set<String> = ["offer", "offers", "proposal", "proposals", "request", "requests", "demand", "demands",
                                             "plan", "plans", "call", "calls", "appeal", "appeals", "resolution", "resolutions",
                                             "initiative", "invitation", "ultimatum", "bid", "conditions", "terms", "overture",
                                             "overtures", "suggestion", "suggestions"]

    /// Nouns that name a US president's government after the president ("the Obama administration").
    static let presidentialGovernmentNouns: Set<String> = ["administration"]

    /// Settlements and areas named by the place before them: "West Bank towns", "Gaza refugee camps".
    static let settlementNouns: Set<String> = ["town", "towns", "village", "villages", "city", "cities", "camp", "camps", "areas",
                                               "settlements", "neighborhoods", "neighbourhoods", "outskirts", "suburbs"]

    /// Heads of place names: "Strip", "Bank", "province", "region".
    static let placeHeads: Set<String> = ["strip", "bank", "province", "region", "valley", "heights", "peninsula", "district",
                                          "governorate", "territory", "territories", "island", "islands", "county"]

    /// Nouns for someone's opposite number: "his Iranian counterpart", "her French counterparts".
    static let counterpartNouns: Set<String> = ["counterpart", "counterparts"]

    /// Bare state nouns that only a country's organs are called, whatever bodies the text names.
    static let governmentOnlyNouns: Set<String> = ["government", "regime"]

    /// State nouns that, bare or with "the" ("authorities arrested", "the police said"), refer
    /// back to the state whose organs the text has just named.
    static let bareStateNouns: Set<String> = ["authorities", "police", "government", "army", "military", "troops", "forces", "soldiers",
                                              "officials", "prosecutors", "investigators", "regime"]

    /// The armed forces among ``bareStateNouns``, which serve abroad as often as at home.
    static let forceNouns: Set<String> = ["army", "military", "troops", "forces", "soldiers"]

    /// The organs among ``bareStateNouns`` that a place names the state of ("authorities in
    /// Moscow"): all but ``forceNouns``.
    static let placedOrganNouns: Set<String> = bareStateNouns.subtracting(forceNouns)

    /// Nouns for a party sent by a state or a body, which a later sentence writes bare ("the
    /// delegation", "delegates", "the negotiators").
    static let delegationNouns: Set<String> = ["delegation", "delegations", "delegates", "negotiators"]

    /// Nouns of a state's own organs: in a document that names one country and no other,
    /// they are that country's ("Nestle resumed operations in Zimbabwe ... The government has
    /// assured the company ..."), even where the text never writes "Zimbabwe's government".
    /// Not "troops", "forces" or "soldiers", which are often a foreign state's in a country.
    static let stateOrganNouns: Set<String> = ["government", "authorities", "police", "army", "military", "regime", "prosecutors"]

    /// Nouns for those sent to a state, whose "to" phrase names the state that hosts them.
    static let hostedEnvoyNouns: Set<String> = ["envoy", "envoys", "ambassador", "ambassadors", "mission", "missions", "delegation",
                                                "delegations", "emissary", "representative", "coordinator"]

    /// Nouns that, with "the", refer back to the organization named last.
    static let groupNouns: Set<String> = ["group", "organization", "organisation", "movement", "militia", "network", "faction", "party"]

    /// Nouns that, with "the", refer back to the organization named last as a business ("Nestle
    /// resumed operations ... The company thanked the government").
    static let companyNouns: Set<String> = ["company", "firm", "corporation", "conglomerate", "carmaker", "automaker", "airline", "lender",
                                            "retailer", "manufacturer", "producer", "insurer", "broadcaster", "giant"]

    /// Nouns for a danger that stands for whom it comes from ("the threat of ISIS").
    static let threatNouns: Set<String> = ["threat", "threats", "menace", "danger", "scourge"]

    /// Nouns for a body whose force or members a phrase can name ("the alliance force", "the
    /// group's fighters"); not "government" or "army", which are the force itself.
    static let ownerBodyNouns: Set<String> = ["alliance", "coalition", "bloc", "group", "organization", "organisation", "movement",
                                              "militia", "network", "faction"]

    /// Plural nouns that refer back to two parties ("the two countries", "both sides"), with the
    /// kinds of entity each can stand for; "two" is the bare "the two".
    static let pairNouns: [String: Set<EntityType>] = [
        "countries": [.country], "nations": [.country], "governments": [.country], "states": [.country],
        "neighbors": [.country], "neighbours": [.country],
        "leaders": [.person], "men": [.person], "presidents": [.person], "ministers": [.person],
        "premiers": [.person], "officials": [.person],
        "sides": [.country, .organization, .person], "parties": [.country, .organization], "rivals": [.country, .organization, .person],
        "delegations": [.country, .organization], "two": [.country, .organization, .person],
        "participants": [.country, .organization, .person],
    ]

    /// The plural nouns of ``pairNouns`` that, with "the" and no number, stand for everyone of
    /// the last meeting the text names ("the Ministers discussed", "the participants reaffirmed").
    static let meetingGroupNouns: Set<String> = ["ministers", "leaders", "participants", "delegations", "presidents", "premiers"]

    /// The numbers of parties a group phrase may count ("the three countries").
    static let groupSizes: [String: Int] = ["three": 3, "four": 4, "five": 5]

    /// Verbs whose object is the subject's counterpart in an encounter.
    static let encounterVerbs: Set<String> = ["meet", "meets", "met", "meeting", "welcome", "welcomes", "welcomed", "receive", "receives",
                                              "received", "host", "hosts", "hosted", "visit", "visits", "visited", "thank", "thanks",
                                              "thanked", "telephoned", "phoned", "called", "greet", "greets", "greeted", "hug", "hugged"]

    /// Seats of government that newsrooms write for their government, and its country (written
    /// down by the Nexus team; CAMEO codes such actors as their state's government, Schrodt 2012).
    static let seatsOfGovernment: [String: String] = [
        "White House": "United States", "Pentagon": "United States", "State Department": "United States",
        "United States Department of State": "United States", "Kremlin": "Russia", "Downing Street": "United Kingdom",
        "Elysee": "France", "Élysée": "France", "Elysee Palace": "France", "Élysée Palace": "France",
        "Blue House": "South Korea", "Zhongnanhai": "China",
    ]

    /// Participles that give the name a thing goes by: "calling itself", "called", "known as".
    static let namingForms: Set<String> = ["calling", "called", "named", "known", "styling", "styled"]

    /// Nouns for whoever can go by a name: groups, their members, bodies, people.
    static let namedAgentNouns: Set<String> = groupNouns.union(memberNouns).union(CommitmentActorResolver.collectiveNouns)
        .union(["charity", "company", "firm", "cell", "man", "woman", "commander", "leader", "cleric"])

    /// Prepositions of place and origin: a name they mark is where something happens.
    static let venueMarkers: Set<String> = ["in", "at", "near", "inside", "outside", "across", "into", "through", "throughout", "within", "from"]

    /// Nouns of acts done to or by someone named in their "of" phrase: "the withdrawal of
    /// Israeli forces", "the release of the hostages", "the extradition of Nevzlin".
    static let actNouns: Set<String> = ["withdrawal", "pullout", "release", "return", "extradition", "disarmament", "departure",
                                        "removal", "surrender", "recognition", "isolation", "expulsion", "resignation", "participation",
                                        "involvement", "cooperation", "help", "support", "intervention"]

    /// Nouns that, with "the", refer back to the country named last.
    static let countryNouns: Set<String> = ["country", "kingdom", "nation", "republic", "state", "emirate", "sultanate"]

    /// A country's one neighbour, named elsewhere in the text ("its neighbor"; not the plural,
    /// a group the text need not name).
    static let neighborNouns: Set<String> = ["neighbor", "neighbour"]

    /// Nouns of a state's edge, named by a demonym or possessor ("the Eritrean border",
    /// "Eritrea's border") or by the neighbour it is shared "with" ("its border with Eritrea").
    static let borderNouns: Set<String> = ["border", "borders", "frontier", "frontiers", "boundary"]

    /// Nouns that describe a place below a country: "the city", "the territory". Not "the
    /// region" or "the area", which are as often wider than the place named before, nor "the
    /// capital", which is the capital whatever place was named last.
    static let placeNouns: Set<String> = ["city", "town", "village", "camp", "territory", "province", "district", "enclave"]

    /// Plural nouns for the fighters of an armed group: "the rebels", "the militants".
    static let armedMemberNouns: Set<String> = ["rebels", "militants", "insurgents", "guerrillas", "separatists", "militiamen"]

    /// Nouns for the fighters of an armed group, singular and plural.
    static let fighterNouns: Set<String> = ["rebels", "rebel", "militants", "militant", "fighters", "fighter", "guerrillas", "guerrilla",
                                            "insurgents", "insurgent", "gunmen", "militiamen", "separatists", "extremists"]

    /// The titles of the rulers of a kingdom, an emirate, a sultanate.
    static let monarchTitles: [String: Set<String>] = ["kingdom": ["king", "queen"], "emirate": ["emir", "amir"], "sultanate": ["sultan"]]
}
