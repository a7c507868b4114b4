"""The starting set of topics and audiences: (slug, Finnish, Swedish, English)."""

TOPICS = [
    ("kulttuuri", "Kulttuuri", "Kultur", "Culture"),
    ("liikunta", "Liikunta ja ulkoilu", "Motion och friluftsliv", "Sports and outdoors"),
    ("hyvinvointi", "Hyvinvointi ja terveys", "Välmående och hälsa", "Well-being and health"),
    ("vertaistuki", "Vertaistuki", "Kamratstöd", "Peer support"),
    ("ymparisto", "Ympäristö ja luonto", "Miljö och natur", "Environment and nature"),
    ("koulutus", "Koulutus ja oppiminen", "Utbildning och lärande", "Education and learning"),
    ("osallisuus", "Osallisuus ja vaikuttaminen", "Delaktighet och påverkan", "Participation and advocacy"),
    ("kansainvalisyys", "Kansainvälisyys", "Internationalitet", "International activities"),
    ("lapset-ja-nuoret", "Lasten ja nuorten toiminta", "Verksamhet för barn och unga", "Children and youth work"),
    ("seniorit", "Senioritoiminta", "Seniorverksamhet", "Senior activities"),
    ("ruoka-apu", "Ruoka-apu", "Mathjälp", "Food aid"),
    ("yhdistystoiminta", "Yhdistystoiminta", "Föreningsverksamhet", "Running an association"),
    ("rahoitus", "Rahoitus", "Finansiering", "Funding"),
    ("viestinta", "Viestintä", "Kommunikation", "Communications"),
    ("saavutettavuus", "Saavutettavuus", "Tillgänglighet", "Accessibility"),
]

AUDIENCES = [
    ("kaikille", "Kaikille", "För alla", "Everyone"),
    ("lapset", "Lapset", "Barn", "Children"),
    ("nuoret", "Nuoret", "Unga", "Young people"),
    ("perheet", "Perheet", "Familjer", "Families"),
    ("aikuiset", "Aikuiset", "Vuxna", "Adults"),
    ("ikaantyneet", "Ikääntyneet", "Äldre", "Older people"),
    ("maahan-muuttaneet", "Maahan muuttaneet", "Invandrare", "Immigrants"),
    ("vammaiset", "Vammaiset henkilöt", "Personer med funktionsnedsättning", "People with disabilities"),
    ("yhdistysaktiivit", "Yhdistysaktiivit", "Föreningsaktiva", "Association volunteers"),
]
