namespace OktaCiam.Connector.Testing;

/// <summary>Names and places for realistic profiles; about one in six carries diacritics or a non-Latin script (the login keeps an ASCII form).</summary>
internal static class NameData
{
    public static readonly (string Display, string Ascii)[] FirstNames =
    [
        ("James", "james"), ("Mary", "mary"), ("Robert", "robert"), ("Patricia", "patricia"), ("John", "john"),
        ("Jennifer", "jennifer"), ("Michael", "michael"), ("Linda", "linda"), ("David", "david"), ("Elizabeth", "elizabeth"),
        ("William", "william"), ("Barbara", "barbara"), ("Richard", "richard"), ("Susan", "susan"), ("Joseph", "joseph"),
        ("Jessica", "jessica"), ("Thomas", "thomas"), ("Sarah", "sarah"), ("Charles", "charles"), ("Karen", "karen"),
        ("Daniel", "daniel"), ("Nancy", "nancy"), ("Matthew", "matthew"), ("Lisa", "lisa"), ("Anthony", "anthony"),
        ("Betty", "betty"), ("Mark", "mark"), ("Sandra", "sandra"), ("Isaac", "isaac"), ("Ashley", "ashley"),
        ("Priya", "priya"), ("Arjun", "arjun"), ("Mei", "mei"), ("Hiroshi", "hiroshi"), ("Fatima", "fatima"),
        ("Omar", "omar"), ("Ana", "ana"), ("Lucas", "lucas"), ("Sofia", "sofia"), ("Mateo", "mateo"),
        ("Chloe", "chloe"), ("Noah", "noah"), ("Emma", "emma"), ("Liam", "liam"), ("Olivia", "olivia"),
        ("José", "jose"), ("Zoë", "zoe"), ("Łukasz", "lukasz"), ("Søren", "soren"), ("François", "francois"),
        ("Ayşe", "ayse"), ("Björn", "bjorn"), ("Ólafur", "olafur"), ("Renée", "renee"), ("İbrahim", "ibrahim"),
        ("Алексей", "aleksei"), ("Мария", "mariya"), ("美咲", "misaki"), ("伟", "wei"), ("محمد", "mohammed"),
        ("Νίκος", "nikos"), ("Dvořák", "dvorak"), ("Željko", "zeljko"), ("Inés", "ines"),
    ];

    public static readonly (string Display, string Ascii)[] LastNames =
    [
        ("Smith", "smith"), ("Johnson", "johnson"), ("Williams", "williams"), ("Brown", "brown"), ("Jones", "jones"),
        ("Garcia", "garcia"), ("Miller", "miller"), ("Davis", "davis"), ("Rodriguez", "rodriguez"), ("Martinez", "martinez"),
        ("Hernandez", "hernandez"), ("Lopez", "lopez"), ("Gonzalez", "gonzalez"), ("Wilson", "wilson"), ("Anderson", "anderson"),
        ("Thomas", "thomas"), ("Taylor", "taylor"), ("Moore", "moore"), ("Jackson", "jackson"), ("Martin", "martin"),
        ("Lee", "lee"), ("Perez", "perez"), ("Thompson", "thompson"), ("White", "white"), ("Harris", "harris"),
        ("Clark", "clark"), ("Lewis", "lewis"), ("Robinson", "robinson"), ("Walker", "walker"), ("Brock", "brock"),
        ("Patel", "patel"), ("Kim", "kim"), ("Nguyen", "nguyen"), ("Chen", "chen"), ("Tanaka", "tanaka"),
        ("O'Brien", "obrien"), ("Van der Berg", "vanderberg"), ("Smith-Jones", "smithjones"), ("MacDonald", "macdonald"),
        ("Müller", "muller"), ("Nguyễn", "nguyen"), ("Kowalczyk", "kowalczyk"), ("Øvergård", "overgard"), ("Çelik", "celik"),
        ("García Márquez", "garciamarquez"), ("Jóhannsdóttir", "johannsdottir"), ("Šimková", "simkova"), ("Brontë", "bronte"),
        ("Иванов", "ivanov"), ("佐藤", "sato"), ("王", "wang"), ("عبد الله", "abdullah"), ("Παπαδόπουλος", "papadopoulos"),
        ("Łączyński", "laczynski"), ("Straße", "strasse"),
    ];

    public static readonly (string City, string State, string Zip, string Country, string TimeZone, string Language, string Locale)[] Places =
    [
        ("San Francisco", "CA", "94107", "US", "America/Los_Angeles", "en-US", "en_US"),
        ("New York", "NY", "10013", "US", "America/New_York", "en-US", "en_US"),
        ("Austin", "TX", "73301", "US", "America/Chicago", "en-US", "en_US"),
        ("Seattle", "WA", "98101", "US", "America/Los_Angeles", "en-US", "en_US"),
        ("Toronto", "ON", "M5H 2N2", "CA", "America/Toronto", "en-CA", "en_CA"),
        ("Montréal", "QC", "H2Y 1C6", "CA", "America/Toronto", "fr-CA", "fr_CA"),
        ("London", "", "EC1A 1BB", "GB", "Europe/London", "en-GB", "en_GB"),
        ("Zürich", "ZH", "8001", "CH", "Europe/Zurich", "de-CH", "de_CH"),
        ("München", "BY", "80331", "DE", "Europe/Berlin", "de-DE", "de_DE"),
        ("Kraków", "", "30-001", "PL", "Europe/Warsaw", "pl-PL", "pl_PL"),
        ("São Paulo", "SP", "01000-000", "BR", "America/Sao_Paulo", "pt-BR", "pt_BR"),
        ("Ciudad de México", "CDMX", "06000", "MX", "America/Mexico_City", "es-MX", "es_MX"),
        ("東京", "", "100-0001", "JP", "Asia/Tokyo", "ja-JP", "ja_JP"),
        ("Bengaluru", "KA", "560001", "IN", "Asia/Kolkata", "en-IN", "en_IN"),
        ("Sydney", "NSW", "2000", "AU", "Australia/Sydney", "en-AU", "en_AU"),
        ("Reykjavík", "", "101", "IS", "Atlantic/Reykjavik", "is-IS", "is_IS"),
    ];

    public static readonly string[] CustomerDomains = ["example.com", "example.net", "example.org", "mail.example", "inbox.example"];

    public static readonly string[] Streets = ["Main St.", "Brannan St.", "Oak Avenue", "Rue de la Paix", "Königstraße", "Calle Mayor", "High Street", "Elm Road"];

    public static readonly string[] Tiers = ["bronze", "silver", "gold", "platinum"];

    public static readonly string[] SignupSources = ["web", "ios", "android", "partner", "store", "import"];

    public static readonly string[] Categories = ["books", "garden", "electronics", "outdoor", "kitchen", "toys", "music", "fashion"];

    public static readonly string[] Nicknames = ["🦊", "JJ", "Doc", "Ace", "Bee", "Kiki", "Sunny", "🌊"];

    public static readonly string[] Departments = ["Engineering", "Security", "IT", "Support", "Finance", "Legal", "Sales", "People", "R&D"];

    public static readonly string[] Titles = ["Engineer", "Senior Engineer", "Staff Engineer", "Security Analyst", "IT Administrator", "Support Lead", "Director", "Manager", "Analyst", "Site Reliability Engineer"];
}
