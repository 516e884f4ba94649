// Word lists the generator draws realistic-ish claims, headlines and names from. Lists are
// sampled with a skewed (log-uniform, Zipf-like) distribution by position, so the first entries
// are common and the last are rare: full-text search gets matches of varying selectivity.

export const SUBJECTS = [
  "Russia", "China", "Ukraine", "the Kremlin", "Beijing", "Washington", "the Pentagon", "NATO", "Iran",
  "North Korea", "the European Union", "Turkey", "Israel", "India", "the White House", "the State Department",
  "Moscow", "Kyiv", "Tehran", "Pyongyang", "Ankara", "Brussels", "the United Nations", "Saudi Arabia",
  "Qatar", "Belarus", "Poland", "Germany", "France", "the United Kingdom", "Japan", "South Korea", "Taiwan",
  "Venezuela", "Cuba", "Syria", "Hungary", "Serbia", "Egypt", "Ethiopia", "Sudan", "Nigeria", "Pakistan",
  "Afghanistan", "Mexico", "Canada", "Australia", "Indonesia", "Brazil", "Kazakhstan",
];

/** Past-tense verbs with the preposition that links them to a second party (same index). */
export const VERBS = [
  "supplied", "requested", "sold", "sought", "shipped", "promised", "offered", "financed", "smuggled",
  "delivered", "withheld", "bought", "leased", "transferred", "diverted", "pledged", "denied", "ordered",
  "blocked", "traded",
];
export const VERB_LINKS = [
  "to", "from", "to", "from", "to", "to", "to", "for", "to",
  "to", "from", "from", "to", "to", "to", "to", "to", "from",
  "to", "with",
];
export const VERB_INFINITIVES = [
  "supply", "request", "sell", "seek", "ship", "promise", "offer", "finance", "smuggle",
  "deliver", "withhold", "buy", "lease", "transfer", "divert", "pledge", "deny", "order",
  "block", "trade",
];

export const ADJECTIVES = [
  "military", "financial", "humanitarian", "armed", "surveillance", "dual-use", "nuclear", "naval",
  "chemical", "encrypted", "agricultural", "ballistic", "cyber", "medical", "unmarked", "refurbished",
  "heavy", "lethal", "non-lethal", "commercial", "classified", "covert", "experimental", "secondhand",
  "subsidized", "sanctioned", "restricted", "hypersonic", "thermal", "tactical", "strategic", "civilian",
  "portable", "modular", "obsolete", "counterfeit", "undeclared", "hardened", "orbital", "seaborne",
];

export const NOUNS = [
  "equipment", "aid", "drones", "missiles", "weapons", "fuel", "loans", "ammunition", "artillery",
  "technology", "grain", "oil", "gas", "semiconductors", "vaccines", "intelligence", "troops", "advisers",
  "rifles", "tanks", "helicopters", "satellites", "radar", "components", "vehicles", "trucks", "ships",
  "submarines", "warheads", "explosives", "rockets", "shells", "uranium", "centrifuges", "fertilizer",
  "ventilators", "turbines", "engines", "chips", "servers", "software", "malware", "spyware", "cash",
  "gold", "diamonds", "timber", "cobalt", "lithium", "nickel", "wheat", "rations", "uniforms", "helmets",
  "armor", "generators", "transformers", "bandwidth", "mercenaries", "contractors", "instructors",
  "interceptors", "launchers", "howitzers", "mortars", "mines", "torpedoes", "frigates", "corvettes",
  "bombers", "fighters", "trainers", "parachutes", "antennas", "jammers", "decoys", "lasers", "optics",
  "sensors", "batteries",
];

export const CONTEXTS = [
  "in early March", "ahead of the summit", "after the invasion began", "before sanctions took effect",
  "despite the embargo", "during the ceasefire talks", "within days of the election", "through intermediaries",
  "via a shell company", "last year", "over the winter", "at the start of the war", "earlier this month",
  "in the weeks before the offensive", "after the talks collapsed", "while negotiations continued",
  "in violation of the agreement", "under a secret protocol", "according to shipping records",
  "according to customs data", "through a third country", "via the northern corridor", "by rail",
  "by sea", "by air", "in exchange for oil", "on credit", "at a steep discount", "under an old contract",
  "before the deadline", "in several tranches", "through a front company in Cyprus",
  "through a bank in Dubai", "via a port in the Black Sea", "during the blackout", "after the audit",
  "despite public denials", "on the eve of the vote", "weeks after the ultimatum", "in the final days of the talks",
];

/** Prefixes that turn a proposition into a claim with a stance. */
export const STANCE_PREFIXES: Record<string, readonly string[]> = {
  AFFIRMS: ["", "", "Officials confirmed that", "Documents show that", "It is clear that"],
  DENIES: [
    "It is false that", "There is no evidence that", "Reports that are untrue:",
    "It is a fabrication to say that", "Claims are baseless that",
  ],
  QUALIFIES: [
    "Only in limited quantities,", "It is unclear whether", "Possibly, though unconfirmed,",
    "Partly true:", "Not directly, but",
  ],
  DECLINES_TO_COMMENT: [
    "Officials declined to say whether", "A spokesperson would not comment on whether",
    "No comment was given on whether",
  ],
  CONTEXT: ["Background:", "For context,", "Earlier reporting noted that", "Analysts recall that"],
};

export const QUOTES = [
  "We have never done this and we never will.",
  "These reports are disinformation.",
  "We do not comment on intelligence matters.",
  "The facts speak for themselves.",
  "This is a malicious smear campaign.",
  "We stand by our reporting.",
  "Our cooperation is normal and legitimate.",
  "All deliveries comply with international law.",
  "We are aware of the reports and are looking into them.",
  "Nothing was sent, nothing was requested.",
  "The request was made and it was refused.",
  "Anyone who says otherwise is lying.",
];

/** Rare words: a handful of claims each (code names in documents). */
export const RARE_WORDS = [
  "Nightjar", "Quillwort", "Zephyrine", "Marrowbone", "Obsidianfall", "Kestrelgate", "Brambleton",
  "Saltmarsh", "Cinderhook", "Wolfsbane", "Ironwillow", "Glasshare", "Thistledown", "Foxglove",
  "Larkspur", "Moonwort", "Hollowpine", "Stonechat", "Wrenfield", "Amberline",
];

export const ANONYMOUS_PHRASES = [
  "U.S. officials said", "according to people familiar with the matter", "Western intelligence officials said",
  "a senior administration official said", "according to two diplomats", "sources close to the ministry said",
  "according to a person briefed on the talks", "European officials said",
];

export const RELAY_PHRASES = [
  "citing earlier reporting", "as first reported elsewhere", "according to an earlier report",
  "citing a report by another outlet",
];

export const ANNOTATIONS = [
  "Check the original transcript before citing this.",
  "The ministry later corrected this statement.",
  "Translation differs between outlets.",
  "Date inferred from the publication timestamp.",
  "Relayed without independent confirmation.",
  "The quoted figure does not match customs data.",
];

export const FIRST_NAMES = [
  "Anna", "James", "Wei", "Olena", "Mohammed", "Maria", "John", "Sergei", "Li", "Fatima", "David", "Elena",
  "Ahmed", "Sarah", "Dmitry", "Yuki", "Carlos", "Ingrid", "Kofi", "Priya", "Michael", "Natalia", "Hassan",
  "Laura", "Andriy", "Mei", "Robert", "Aisha", "Pierre", "Katarzyna", "Tomas", "Leila", "Hiroshi", "Sofia",
  "Daniel", "Irina", "Omar", "Emma", "Viktor", "Chen", "Lucas", "Zainab", "Marco", "Hanna", "Ali", "Claire",
  "Pavel", "Ana", "Kenji", "Noura", "Peter", "Olga", "Rahul", "Julia", "Ivan", "Amira", "Thomas", "Yan",
  "Martin", "Leyla",
];

export const LAST_NAMES = [
  "Petrova", "Smith", "Zhang", "Kovalenko", "Al-Rashid", "Garcia", "Johnson", "Ivanov", "Wang", "Haddad",
  "Miller", "Sokolova", "Khan", "Cohen", "Volkov", "Tanaka", "Silva", "Larsen", "Mensah", "Sharma",
  "Brown", "Orlova", "Nasser", "Rossi", "Shevchenko", "Liu", "Wilson", "Bello", "Dubois", "Nowak",
  "Novak", "Karimi", "Sato", "Costa", "Schmidt", "Morozova", "Farouk", "Martin", "Popescu", "Huang",
  "Moreau", "Okafor", "Ricci", "Fischer", "Rahimi", "Lefebvre", "Kuznetsov", "Santos", "Yamamoto",
  "Aziz", "Becker", "Pavlova", "Gupta", "Weber", "Sidorov", "Mansour", "Taylor", "Zhou", "Andersen",
  "Kaya", "Jensen", "Yilmaz", "Horvath", "Baker", "Lindqvist", "Moretti", "Chowdhury", "Wagner",
  "Tkachenko", "Ferreira", "Lopez", "Kim", "Park", "Nguyen", "Ortiz", "Hoffmann", "Bauer", "Hughes",
  "Russo", "Kowalski", "Mazur", "Demir", "Ahmadi", "Chopra", "Lebedev", "Hall", "Young", "King",
  "Wright", "Scott", "Green", "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter",
  "Phillips", "Evans",
];

export const PERSON_ROLES = [
  "spokesperson", "foreign minister", "defense minister", "ambassador", "correspondent", "analyst",
  "deputy spokesperson", "national security adviser", "press secretary", "editor", "researcher",
  "member of parliament", "senator", "general", "envoy",
];

export const COUNTRIES = [
  "United States", "China", "Russia", "Ukraine", "United Kingdom", "France", "Germany", "Iran", "Israel",
  "Turkey", "India", "Japan", "South Korea", "North Korea", "Poland", "Belarus", "Saudi Arabia", "Qatar",
  "Egypt", "Brazil", "Canada", "Australia", "Italy", "Spain", "Netherlands", "Sweden", "Finland", "Norway",
  "Hungary", "Serbia", "Pakistan", "Indonesia", "Mexico", "Nigeria", "Ethiopia", "Kazakhstan", "Taiwan",
  "Syria", "Venezuela", "Cuba",
];

export const COUNTRY_CODES = [
  "US", "CN", "RU", "UA", "GB", "FR", "DE", "IR", "IL", "TR", "IN", "JP", "KR", "KP", "PL", "BY", "SA", "QA",
  "EG", "BR", "CA", "AU", "IT", "ES", "NL", "SE", "FI", "NO", "HU", "RS", "PK", "ID", "MX", "NG", "ET", "KZ",
  "TW", "SY", "VE", "CU",
];

export const GOVERNMENT_BODIES = [
  "Ministry of Foreign Affairs", "Ministry of Defence", "Office of the President", "Embassy in Washington",
  "Embassy in Beijing", "Mission to the United Nations", "Ministry of Trade", "Customs Service",
  "Security Council", "Ministry of Energy", "General Staff", "Intelligence Directorate",
  "Prime Minister's Office", "Parliamentary Defence Committee", "Export Control Agency",
];

/** Outlets ranked by how much they publish: the first ones carry most appearances. */
export const OUTLETS = [
  "Financial Times", "Reuters", "Associated Press", "The New York Times", "The Washington Post", "Bloomberg",
  "BBC News", "The Wall Street Journal", "Agence France-Presse", "The Guardian", "CNN", "Al Jazeera",
  "Politico", "Xinhua", "TASS", "Le Monde", "Der Spiegel", "Kyiv Independent", "South China Morning Post",
  "The Economist", "Nikkei Asia", "Deutsche Welle", "El País", "Axios", "NHK", "Haaretz", "Global Times",
  "RIA Novosti", "Corriere della Sera", "The Times of India",
];

export const CITIES = [
  "Springfield", "Riverton", "Lakeside", "Northport", "Eastfield", "Westbrook", "Harborview", "Fairmont",
  "Greenville", "Oakridge", "Millbrook", "Clearwater", "Stonebridge", "Brookhaven", "Maplewood", "Ashford",
  "Kingsport", "Bayside", "Hillcrest", "Redwood", "Silverton", "Pinecrest", "Fox River", "Cedar Falls",
  "Elmhurst", "Highland", "Waverly", "Linden", "Norwood", "Belmont",
];

export const MASTHEADS = [
  "Herald", "Courier", "Post", "Tribune", "Gazette", "Observer", "Chronicle", "Ledger", "Dispatch",
  "Sentinel", "Times", "Record",
];

export const ORGANIZATION_PATTERNS = [
  "Institute for Strategic Studies", "Center for Arms Control", "Foundation for Open Data",
  "Council on Trade Policy", "Sanctions Monitoring Group", "Open Source Intelligence Collective",
  "Conflict Research Network", "Maritime Transparency Project",
];

export const ANONYMOUS_GROUPS = [
  "U.S. officials", "Western intelligence officials", "People familiar with the matter",
  "A senior administration official", "European diplomats", "Two people briefed on the talks",
  "Sources close to the ministry", "NATO officials", "Asian diplomats", "Industry insiders",
  "A former official", "Customs officials", "Military sources", "Government insiders",
  "Diplomatic sources", "Security officials", "Defense officials", "Intelligence sources",
  "Senior officials", "Regional officials",
];
