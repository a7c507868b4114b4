"""Invented organisations and listings for the demo network.

Every name, title and sentence here is made up for the demo. Towns are real
municipalities (by official code) so that listings land on the right
regional sites; Pohjanmaa's organisations write in Swedish.
"""

# (municipality code, name, Finnish genitive) of towns where demo organisations live, by region slug.
TOWNS = {
    "uusimaalaiset": [("091", "Helsinki", "Helsingin"), ("049", "Espoo", "Espoon"), ("638", "Porvoo", "Porvoon")],
    "yhdistysinfo": [("285", "Kotka", "Kotkan"), ("405", "Lappeenranta", "Lappeenrannan")],
    "yhdistystori": [("179", "Jyväskylä", "Jyväskylän"), ("182", "Jämsä", "Jämsän")],
    "lappilaiset": [("698", "Rovaniemi", "Rovaniemen"), ("240", "Kemi", "Kemin"), ("148", "Inari", "Inarin")],
    "jelli": [("167", "Joensuu", "Joensuun"), ("422", "Lieksa", "Lieksan")],
    "ihimiset": [("678", "Raahe", "Raahen"), ("071", "Haapavesi", "Haapaveden")],
    "varesverkosto": [("564", "Oulu", "Oulun"), ("425", "Liminka", "Limingan")],
    "pohjoissavolaiset": [("297", "Kuopio", "Kuopion"), ("140", "Iisalmi", "Iisalmen")],
    "meidanhame": [("109", "Hämeenlinna", "Hämeenlinnan"), ("061", "Forssa", "Forssan")],
    "paijathamalaiset": [("398", "Lahti", "Lahden"), ("111", "Heinola", "Heinolan")],
    "lahella": [("837", "Tampere", "Tampereen"), ("020", "Akaa", "Akaan")],
    "kaenuulaiset": [("205", "Kajaani", "Kajaanin"), ("290", "Kuhmo", "Kuhmon")],
}

# Pohjanmaa: (code, Swedish name, the name as it follows "i").
SWEDISH_TOWNS = [("905", "Vasa"), ("499", "Korsholm"), ("598", "Jakobstad"), ("545", "Närpes")]

# (name pattern, organisation type); {gen} is the town's Finnish genitive.
FINNISH_ORGANISATIONS = [
    ("{gen} Kyläyhdistys ry", "association"),
    ("{gen} Seudun Nuorisoseura ry", "association"),
    ("{gen} Eläkeläiset ry", "association"),
    ("{gen} Luonnonystävät ry", "association"),
    ("{gen} Perhekahvilayhdistys ry", "association"),
    ("{gen} seurakunta, diakoniatyö", "parish"),
    ("{gen} Kulttuurisäätiö sr", "foundation"),
    ("{gen} kaupungin järjestöpiste", "municipality"),
    ("Lukupiiri {name}", "informal_group"),
    ("{gen} Työpaja Oy", "company"),
]

SWEDISH_ORGANISATIONS = [
    ("Ungdomsföreningen Framåt i {name} rf", "association"),
    ("Pensionärsföreningen i {name} rf", "association"),
    ("Naturvännerna i {name} rf", "association"),
    ("Kulturföreningen Kvarnen i {name} rf", "association"),
    ("Familjecaféet i {name} rf", "association"),
    ("Stiftelsen Gemenskap i {name} sr", "foundation"),
]

# Organisations working nationwide, with their home town.
NATIONAL_ORGANISATIONS = [
    ("Suomen Vertaistukiverkosto ry", "association", "091"),
    ("Valtakunnallinen Lukulamppu ry", "association", "837"),
    ("Järjestödigi-säätiö sr", "foundation", "179"),
    ("Kansalaistoiminnan Opintokeskus Kipinä ry", "association", "564"),
    ("Yhteinen Pöytä -verkosto", "informal_group", "297"),
    ("Ruoka-apuverkosto Sopu ry", "association", "398"),
]

DESCRIPTIONS = {
    "fi": [
        "Toimimme, jotta jokaisella olisi paikka kuulua joukkoon. Toimintamme perustuu vapaaehtoisuuteen ja "
        "jäsenten omiin ideoihin.",
        "Järjestämme tapahtumia, kerhoja ja retkiä kaikenikäisille. Uudet ihmiset ovat aina tervetulleita mukaan.",
        "Olemme paikallinen yhteisö, joka tuo ihmiset yhteen. Teemme yhteistyötä kunnan, seurakunnan ja "
        "muiden yhdistysten kanssa.",
    ],
    "sv": [
        "Vi arbetar för att alla ska ha en plats att höra till. Verksamheten bygger på frivilliga krafter och "
        "medlemmarnas egna idéer.",
        "Vi ordnar evenemang, klubbar och utfärder för alla åldrar. Nya människor är alltid välkomna med.",
    ],
}

# (Finnish, Swedish, English) titles and summaries of each type; the demo picks by turn.
EVENTS = [
    (
        "Joulukonsertti kirkossa",
        "Julkonsert i kyrkan",
        "Christmas concert in the church",
        "Kuoro ja puhallinorkesteri esittävät rakkaimmat joululaulut.",
        "Kören och blåsorkestern framför de mest älskade julsångerna.",
        "The choir and the wind band perform the best-loved Christmas songs.",
    ),
    (
        "Talkoopäivä lähimetsässä",
        "Talkodag i närskogen",
        "Volunteer work day in the local woods",
        "Raivataan polkuja ja rakennetaan uusi laavu. Keittolounas talkoolaisille.",
        "Vi röjer stigar och bygger ett nytt vindskydd. Soppa till alla som hjälper till.",
        "We clear paths and build a new lean-to shelter. Soup lunch for all volunteers.",
    ),
    (
        "Perheiden ulkoilupäivä",
        "Familjernas friluftsdag",
        "Family outdoor day",
        "Rastipolku, makkaranpaistoa ja pihapelejä koko perheelle.",
        "Tipspromenad, korvgrillning och gårdslekar för hela familjen.",
        "A trail with checkpoints, sausages on the fire and yard games for the whole family.",
    ),
    (
        "Yhdistysten avoimet ovet",
        "Föreningarnas öppna dörrar",
        "Associations' open doors",
        "Tule tutustumaan alueen yhdistyksiin ja löydä itsellesi sopiva harrastus.",
        "Kom och bekanta dig med föreningarna i området och hitta en hobby som passar dig.",
        "Meet the local associations and find a hobby that suits you.",
    ),
    (
        "Vapaaehtoisten kiitosilta",
        "Tackkväll för frivilliga",
        "Thank-you evening for volunteers",
        "Kiitämme vapaaehtoisiamme kuluneesta vuodesta musiikin ja hyvän ruoan kera.",
        "Vi tackar våra frivilliga för det gångna året med musik och god mat.",
        "We thank our volunteers for the past year with music and good food.",
    ),
    (
        "Ikäihmisten tanssiaiset",
        "Dans för seniorer",
        "Dance afternoon for older people",
        "Lavatansseja elävän musiikin tahdissa. Kahvio avoinna koko iltapäivän.",
        "Dans till levande musik. Caféet är öppet hela eftermiddagen.",
        "Ballroom dancing to live music. The café is open all afternoon.",
    ),
    (
        "Retkeilyn aloittajan ilta",
        "Kväll för nya vandrare",
        "Hiking for beginners evening",
        "Mitä reppuun pakataan ja miten valitaan ensimmäinen retkikohde? Kokeneet retkeilijät neuvovat.",
        "Vad packar man i ryggsäcken och hur väljer man sitt första mål? Erfarna vandrare ger råd.",
        "What to pack and how to choose your first destination? Experienced hikers share their tips.",
    ),
    (
        "Konsertti kirjastossa",
        "Konsert på biblioteket",
        "Concert at the library",
        "Paikalliset nuoret muusikot soittavat omia kappaleitaan. Vapaa pääsy.",
        "Lokala unga musiker spelar sina egna låtar. Fritt inträde.",
        "Young local musicians play their own songs. Free entry.",
    ),
    (
        "Digitreffit: älypuhelin tutuksi",
        "Digiträff: lär känna din smarttelefon",
        "Digital help: get to know your smartphone",
        "Opastajat auttavat puhelimen, pankkitunnusten ja videopuheluiden kanssa.",
        "Handledarna hjälper dig med telefonen, bankkoderna och videosamtal.",
        "Guides help you with your phone, online banking codes and video calls.",
    ),
    (
        "Kirpputori ja kahvila",
        "Loppis och café",
        "Flea market and café",
        "Myyntipöydät ovat maksuttomia. Kahvilan tuotto menee nuorten leiritoimintaan.",
        "Försäljningsborden är gratis. Caféets intäkter går till ungdomarnas lägerverksamhet.",
        "The sales tables are free. The café's proceeds go to the youth camps.",
    ),
    (
        "Verkkoluento: yhdistyksen talous haltuun",
        "Webbföreläsning: föreningens ekonomi",
        "Webinar: running an association's finances",
        "Tilintarkastaja kertoo, miten yhdistyksen kirjanpito ja budjetti pysyvät kunnossa.",
        "En revisor berättar hur föreningen sköter sin bokföring och budget.",
        "An auditor explains how to keep an association's books and budget in order.",
    ),
    (
        "Lukupiirin kevätkauden avaus",
        "Läsecirkelns vårstart",
        "Book circle spring opening",
        "Valitsemme yhdessä kevään kirjat. Mukaan mahtuu uusia lukijoita.",
        "Vi väljer vårens böcker tillsammans. Nya läsare ryms med.",
        "We choose the spring's books together. New readers are welcome.",
    ),
]

ACTIVITIES = [
    (
        "Kuoroharjoitukset tiistaisin",
        "Körövningar på tisdagar",
        "Choir practice on Tuesdays",
        "Laulamme kansanlauluja ja uutta kuoromusiikkia. Nuotinlukutaitoa ei tarvita.",
        "Vi sjunger folkvisor och ny körmusik. Du behöver inte kunna läsa noter.",
        "We sing folk songs and new choral music. No need to read music.",
    ),
    (
        "Nuorten iltakerho",
        "Kvällsklubb för unga",
        "Youth evening club",
        "Pelejä, leffoja ja juttuseuraa 13–17-vuotiaille. Ohjaajat ovat paikalla.",
        "Spel, filmer och sällskap för 13–17-åringar. Ledarna är på plats.",
        "Games, films and company for 13 to 17-year-olds, with youth workers present.",
    ),
    (
        "Kävelyryhmä ikäihmisille",
        "Promenadgrupp för äldre",
        "Walking group for older people",
        "Reipas tunnin kävely ja kahvit sen päälle. Tahti sovitetaan joukon mukaan.",
        "En rask promenad på en timme och kaffe efteråt. Takten anpassas efter gruppen.",
        "A brisk one-hour walk followed by coffee, at the group's own pace.",
    ),
    (
        "Suomen kielen keskustelukerho",
        "Samtalsklubb på finska",
        "Finnish conversation club",
        "Harjoittele suomen puhumista rennossa porukassa. Kaikki tasot ovat tervetulleita.",
        "Öva att tala finska i en avslappnad grupp. Alla nivåer är välkomna.",
        "Practise speaking Finnish in a relaxed group. All levels welcome.",
    ),
    (
        "Perhekahvila torstaisin",
        "Familjecafé på torsdagar",
        "Family café on Thursdays",
        "Vanhemmat ja pienet lapset tapaavat leikin ja kahvin merkeissä.",
        "Föräldrar och små barn träffas för lek och kaffe.",
        "Parents and small children meet to play and have coffee.",
    ),
    (
        "Käsityöpiiri",
        "Handarbetscirkel",
        "Crafts circle",
        "Neulotaan, virkataan ja korjataan vaatteita yhdessä. Lankoja on lainata.",
        "Vi stickar, virkar och lagar kläder tillsammans. Garn finns att låna.",
        "We knit, crochet and mend clothes together. Yarn is available to borrow.",
    ),
]

VOLUNTEER_TASKS = [
    (
        "Kahvilavuorolainen kylätalolle",
        "Caféfrivillig till byagården",
        "Café volunteer for the village hall",
        "Keitä kahvia ja juttele kävijöiden kanssa kerran kuussa.",
        "Koka kaffe och prata med besökarna en gång i månaden.",
        "Make coffee and chat with visitors once a month.",
    ),
    (
        "Ulkoiluystävä ikäihmiselle",
        "Friluftsvän till en äldre person",
        "Outdoor friend for an older person",
        "Lähde viikoittain kävelylle ikäihmisen kanssa. Saat perehdytyksen ja tukea.",
        "Gå på promenad med en äldre person varje vecka. Du får introduktion och stöd.",
        "Go for a weekly walk with an older person. You get training and support.",
    ),
    (
        "Läksyapuri koululaisille",
        "Läxhjälpare för skolelever",
        "Homework helper for pupils",
        "Auta alakoululaisia läksyissä kerran viikossa kirjastolla.",
        "Hjälp lågstadieelever med läxorna en gång i veckan på biblioteket.",
        "Help primary school pupils with homework once a week at the library.",
    ),
    (
        "Ruoka-avun jakaja",
        "Utdelare av mathjälp",
        "Food aid distributor",
        "Lajittele ja jaa ruokakasseja keskiviikkoisin. Hyvä tehtävä myös ryhmälle.",
        "Sortera och dela ut matkassar på onsdagar. Passar också en grupp.",
        "Sort and hand out food bags on Wednesdays. Also suits a group.",
    ),
    (
        "Tapahtumajärjestäjä kesäjuhliin",
        "Arrangör till sommarfesten",
        "Organiser for the summer fair",
        "Suunnittele ja toteuta kesäjuhlat yhdessä muiden vapaaehtoisten kanssa.",
        "Planera och genomför sommarfesten tillsammans med andra frivilliga.",
        "Plan and run the summer fair together with other volunteers.",
    ),
]

JOBS = [
    (
        "Toiminnanohjaaja",
        "Verksamhetsledare",
        "Activity coordinator",
        "job",
        "Haemme toiminnanohjaajaa vetämään vapaaehtoistoimintaa ja ryhmiä.",
        "Vi söker en verksamhetsledare som leder frivilligverksamheten och grupperna.",
        "We are looking for a coordinator to lead our volunteers and groups.",
    ),
    (
        "Järjestösihteeri",
        "Organisationssekreterare",
        "Organisation secretary",
        "job",
        "Vastaat jäsenrekisteristä, viestinnästä ja kokousten valmistelusta.",
        "Du ansvarar för medlemsregistret, kommunikationen och förberedelserna inför möten.",
        "You handle the membership register, communications and meeting preparations.",
    ),
    (
        "Nuorisotyön harjoittelija",
        "Praktikant inom ungdomsarbete",
        "Youth work intern",
        "internship",
        "Harjoittelupaikka nuoriso- tai sosiaalialan opiskelijalle kevääksi.",
        "Praktikplats för en studerande inom ungdoms- eller socialbranschen under våren.",
        "An internship for a youth or social work student for the spring.",
    ),
    (
        "Opinnäytetyö vapaaehtoistoiminnan vaikutuksista",
        "Lärdomsprov om frivilligarbetets effekter",
        "Thesis on the impact of volunteering",
        "thesis",
        "Tutki, mitä vapaaehtoistoiminta merkitsee osallistujille ja paikkakunnalle.",
        "Undersök vad frivilligarbetet betyder för deltagarna och orten.",
        "Study what volunteering means for participants and the community.",
    ),
]

PROJECTS = [
    (
        "Kylät kuntoon -hanke",
        "Projektet Byarna i skick",
        "Villages in shape project",
        "Kunnostamme kylätaloja yhteisiksi olohuoneiksi vuosina 2025–2027.",
        "Vi rustar upp byagårdar till gemensamma vardagsrum åren 2025–2027.",
        "We are renovating village halls into shared living rooms in 2025–2027.",
    ),
    (
        "Yhdessä ulos -hanke",
        "Projektet Ut tillsammans",
        "Out together project",
        "Hanke vie yksinäisiä ikäihmisiä luontoon vapaaehtoisten kanssa.",
        "Projektet tar ensamma äldre ut i naturen tillsammans med frivilliga.",
        "The project takes lonely older people out into nature with volunteers.",
    ),
    (
        "Digituki kaikille",
        "Digistöd för alla",
        "Digital support for everyone",
        "Koulutamme vapaaehtoisia digitukihenkilöiksi kirjastoihin ja kylätaloille.",
        "Vi utbildar frivilliga till digistödpersoner på bibliotek och byagårdar.",
        "We train volunteers as digital helpers for libraries and village halls.",
    ),
]

NEWS = [
    (
        "Yhdistys sai uudet toimitilat",
        "Föreningen fick nya lokaler",
        "The association has new premises",
        "Muutimme keskustaan esteettömiin tiloihin. Tervetuloa tutustumaan!",
        "Vi har flyttat till tillgängliga lokaler i centrum. Välkommen och bekanta dig!",
        "We have moved to accessible premises in the town centre. Come and see!",
    ),
    (
        "Syyskauden ohjelma on julkaistu",
        "Höstens program är publicerat",
        "The autumn programme is out",
        "Tiedossa on retkiä, kursseja ja uusi kerho nuorille.",
        "På programmet står utfärder, kurser och en ny klubb för unga.",
        "Coming up: trips, courses and a new club for young people.",
    ),
    (
        "Vapaaehtoisia kiitettiin kevätjuhlassa",
        "De frivilliga tackades på vårfesten",
        "Volunteers thanked at the spring party",
        "Kevätjuhlassa jaettiin kunniamaininnat pitkäaikaisille vapaaehtoisille.",
        "På vårfesten fick långvariga frivilliga hedersomnämnanden.",
        "Long-standing volunteers received honourable mentions at the spring party.",
    ),
    (
        "Avustushaku avautuu pian",
        "Ansökan om understöd öppnar snart",
        "Grant applications open soon",
        "Kunnan yhdistysavustuksia voi hakea ensi kuun loppuun asti.",
        "Kommunens föreningsunderstöd kan sökas till slutet av nästa månad.",
        "The municipality's grants for associations can be applied for until the end of next month.",
    ),
]

SPACES = [
    (
        "Kylätalon juhlasali",
        "Byagårdens festsal",
        "Village hall main room",
        80,
        "Valoisa sali keittiöllä ja esiintymislavalla.",
        "En ljus sal med kök och scen.",
        "A bright hall with a kitchen and a stage.",
    ),
    (
        "Järjestötalon kokoushuone",
        "Organisationshusets mötesrum",
        "Meeting room at the organisation house",
        14,
        "Kokoushuone näytöllä ja kahvinkeittimellä.",
        "Ett mötesrum med skärm och kaffebryggare.",
        "A meeting room with a screen and a coffee maker.",
    ),
    (
        "Nuorisotalon bänditila",
        "Ungdomsgårdens bandrum",
        "Band room at the youth centre",
        8,
        "Äänieristetty treenikämppä rumpusetillä ja vahvistimilla.",
        "Ett ljudisolerat övningsrum med trumset och förstärkare.",
        "A soundproofed rehearsal room with drums and amplifiers.",
    ),
]

STORIES = [
    (
        "Miten löysin paikkani vapaaehtoisena",
        "Hur jag hittade min plats som frivillig",
        "How I found my place as a volunteer",
        "Eläkkeelle jäätyäni kaipasin tekemistä. Kahvilavuoroista tuli viikon kohokohta.",
        "När jag gick i pension saknade jag något att göra. Caféturerna blev veckans höjdpunkt.",
        "After retiring I missed having something to do. The café shifts became the highlight of my week.",
    ),
    (
        "Kuoro toi minulle ystäviä",
        "Kören gav mig vänner",
        "The choir brought me friends",
        "Muutin uudelle paikkakunnalle enkä tuntenut ketään. Kuorossa sain heti porukan.",
        "Jag flyttade till en ny ort och kände ingen. I kören fick jag genast ett gäng.",
        "I moved to a new town and knew no one. The choir gave me a group of friends at once.",
    ),
    (
        "Ensimmäinen talkoopäiväni",
        "Min första talkodag",
        "My first volunteer work day",
        "En ollut ennen pitänyt vasaraa kädessä. Illalla laavu seisoi valmiina.",
        "Jag hade aldrig hållit i en hammare förut. På kvällen stod vindskyddet färdigt.",
        "I had never held a hammer before. By the evening the shelter was standing.",
    ),
]

BODIES = {
    "fi": [
        "Toiminta on suunniteltu yhdessä osallistujien kanssa, ja ideoita otetaan mielellään vastaan.",
        "Paikalle pääsee esteettömästi. Avustaja voi tulla mukaan maksutta.",
        "Kysy lisää yhteyshenkilöltä sähköpostilla tai puhelimitse.",
        "Osallistuminen ei vaadi jäsenyyttä eikä aiempaa kokemusta.",
        "Ilmoita erityisruokavaliosta etukäteen, niin varaamme sinulle sopivaa syötävää.",
    ],
    "sv": [
        "Verksamheten har planerats tillsammans med deltagarna, och nya idéer tas gärna emot.",
        "Platsen är tillgänglig. En assistent kan följa med utan kostnad.",
        "Fråga mer av kontaktpersonen per e-post eller telefon.",
        "Du behöver inte vara medlem eller ha tidigare erfarenhet.",
    ],
    "en": [
        "The activity was planned together with its participants, and new ideas are welcome.",
        "The venue is accessible. An assistant can come along free of charge.",
        "Ask the contact person for more by e-mail or phone.",
    ],
}

FIRST_NAMES = [
    "Aila",
    "Eero",
    "Hilkka",
    "Jari",
    "Kaisu",
    "Lauri",
    "Maija",
    "Niilo",
    "Oona",
    "Pekka",
    "Riikka",
    "Veikko",
]
LAST_NAMES = [
    "Harjukallio",
    "Koivurinne",
    "Lehtovaara",
    "Mäntymaa",
    "Niittyaho",
    "Pajuluoto",
    "Rantasalo",
    "Vaaralahti",
]
SWEDISH_FIRST_NAMES = ["Ebba", "Henrik", "Linnea", "Mats", "Sigrid", "Tor"]
SWEDISH_LAST_NAMES = ["Bergqvist", "Granholm", "Lindbäck", "Sjöblom", "Strandvik"]
ROLES = {
    "fi": ["Toiminnanjohtaja", "Vapaaehtoiskoordinaattori", "Nuorisotyöntekijä"],
    "sv": ["Verksamhetsledare", "Frivilligkoordinator", "Ungdomsarbetare"],
}

PLACES = {
    "fi": ["Kylätalo", "Kirjasto", "Seurakuntakoti", "Nuorisotalo", "Järjestötalo"],
    "sv": ["Byagården", "Biblioteket", "Församlingshemmet", "Ungdomsgården"],
}
STREETS = {
    "fi": ["Koulukatu", "Kirkkotie", "Rantatie", "Myllytie", "Puistokatu"],
    "sv": ["Skolgatan", "Kyrkvägen", "Strandvägen", "Kvarnvägen"],
}
TIME_COMMITMENTS = {
    "fi": "Noin kolme tuntia viikossa, sovitaan yhdessä.",
    "sv": "Cirka tre timmar i veckan, enligt överenskommelse.",
}
SCHEDULES = {
    "fi": ["Tiistaisin klo 18–20", "Keskiviikkoisin klo 10–12", "Torstaisin klo 17.30–19"],
    "sv": ["Tisdagar kl. 18–20", "Onsdagar kl. 10–12", "Torsdagar kl. 17.30–19"],
}
FUNDERS = ["Sosiaali- ja terveysjärjestöjen avustuskeskus", "Opetus- ja kulttuuriministeriö", "Leader-ryhmä"]
HOW_TO_BOOK = {
    "fi": "Varaa tila sähköpostilla viimeistään viikkoa ennen käyttöä.",
    "sv": "Boka lokalen per e-post senast en vecka på förhand.",
}
PRICES = {"fi": ["5 €", "10 € / jäsenet 5 €", "15 €"], "sv": ["5 €", "10 € / medlemmar 5 €"]}

# Colours of the generated demo images (background, shape), with what each shows.
IMAGES = [
    ("#1d4f91", "#ffbf47", "Sininen kuva, jossa keltainen aurinko."),
    ("#2e6b30", "#e8f0d8", "Vihreä maisema, jossa vaaleita kumpuja."),
    ("#8a1c3c", "#f6d3dc", "Viininpunainen kuva, jossa vaaleanpunaisia ympyröitä."),
    ("#0f5e63", "#c6ecee", "Turkoosi kuva, jossa aaltoja."),
    ("#5a2d82", "#ffd866", "Violetti kuva, jossa tähtiä."),
    ("#7a3b00", "#ffe0b8", "Ruskea kuva, jossa pöytä ja tuoleja."),
]
