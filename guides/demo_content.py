"""The demo guides: written for this product, checked against Finnish association law in outline.

Each body is a function of the demo assets (the ids of the demo image and
document), so that image and document blocks can point at real objects.
"""

from .demo_blocks import checklist, document, h, image, links, p, quote, steps, table, tip, ul, warning

PRH = (
    "Patentti- ja rekisterihallitus: yhdistykset",
    "https://www.prh.fi/",
    "Yhdistysrekisteri, lomakkeet ja mallisäännöt",
)
FINLEX = ("Yhdistyslaki Finlexissä", "https://www.finlex.fi/", "Lain ajantasainen teksti")

NATIONAL_GUIDES = [
    {
        "slug": "yhdistyksen-perustaminen",
        "topics": ["yhdistystoiminta"],
        "audiences": ["yhdistysaktiivit", "aikuiset"],
        "reviewed": (2026, 1, 12),
        "fi": {
            "title": "Yhdistyksen perustaminen",
            "summary": "Mitä tarvitaan, kun porukasta tulee rekisteröity yhdistys: perustamiskirja, säännöt ja "
            "ilmoitus yhdistysrekisteriin.",
            "body": lambda a: [
                p(
                    "Yhdistys sopii, kun joukko ihmisiä haluaa toimia yhdessä pitkäjänteisesti yhteisen asian "
                    "hyväksi ilman voiton tavoittelua. Rekisteröity yhdistys on oikeustoimikelpoinen: se voi "
                    "vuokrata tiloja, hakea avustuksia, avata pankkitilin ja tehdä sopimuksia omissa nimissään, "
                    "eivätkä jäsenet vastaa sen veloista henkilökohtaisesti."
                ),
                h("Ennen perustamista"),
                p(
                    "Keskustelkaa ensin, mitä yhdistys tekee ja kenelle. Tarkistakaa, onko alueella jo yhdistys, "
                    "jonka toimintaan voisitte liittyä. Joskus rekisteröimätön porukka tai olemassa olevan "
                    "yhdistyksen jaosto riittää, ja hallinto jää kevyemmäksi."
                ),
                steps(
                    "Näin yhdistys perustetaan",
                    [
                        (
                            "Kirjoittakaa säännöt",
                            "Säännöissä on ainakin yhdistyksen nimi, kotipaikka, tarkoitus ja "
                            "toimintamuodot sekä hallitus, tilikausi ja kokousten koollekutsuminen. Patentti- ja "
                            "rekisterihallituksen mallisäännöt nopeuttavat käsittelyä.",
                        ),
                        (
                            "Allekirjoittakaa perustamiskirja",
                            "Perustajia on oltava vähintään kolme. Perustamiskirjaan "
                            "liitetään säännöt, ja perustajat sitoutuvat niihin allekirjoituksillaan.",
                        ),
                        (
                            "Pitäkää perustamiskokous",
                            "Kokous valitsee hallituksen ja toiminnantarkastajan ja päättää "
                            "jäsenmaksusta. Kirjatkaa päätökset pöytäkirjaan.",
                        ),
                        (
                            "Tehkää ilmoitus yhdistysrekisteriin",
                            "Ilmoituksen voi tehdä sähköisesti. Rekisteröinnin jälkeen yhdistys saa Y-tunnuksen.",
                        ),
                    ],
                ),
                tip(
                    "Vinkki",
                    "Valitkaa nimi, jota ei vielä ole rekisterissä. Tarkistakaa vapaat nimet "
                    "yhdistysrekisteristä ennen kuin painatatte esitteitä.",
                ),
                warning(
                    "Huomaa",
                    "Ennen rekisteröintiä yhdistyksen nimissä tehdyistä sitoumuksista vastaavat "
                    "henkilökohtaisesti ne, jotka ne tekivät.",
                ),
                links("Lisätietoa", [PRH, FINLEX]),
            ],
        },
        "sv": {
            "title": "Att grunda en förening",
            "summary": "Det här behövs när en grupp blir en registrerad förening: stiftelseurkund, stadgar och "
            "anmälan till föreningsregistret.",
            "body": lambda a: [
                p(
                    "En förening passar när en grupp människor vill arbeta tillsammans på lång sikt för en "
                    "gemensam sak utan vinstsyfte. En registrerad förening är rättskapabel: den kan hyra "
                    "lokaler, söka bidrag, öppna bankkonto och ingå avtal i eget namn, och medlemmarna svarar "
                    "inte personligen för dess skulder."
                ),
                h("Innan ni grundar"),
                p(
                    "Diskutera först vad föreningen ska göra och för vem. Kontrollera om det redan finns en "
                    "förening på orten som ni kunde ansluta er till. Ibland räcker en oregistrerad grupp eller "
                    "en sektion i en befintlig förening."
                ),
                steps(
                    "Så grundas en förening",
                    [
                        (
                            "Skriv stadgarna",
                            "Stadgarna anger åtminstone namn, hemort, syfte och "
                            "verksamhetsformer samt styrelse, räkenskapsperiod och hur möten sammankallas. "
                            "Patent- och registerstyrelsens modellstadgar gör behandlingen snabbare.",
                        ),
                        (
                            "Underteckna stiftelseurkunden",
                            "Det ska finnas minst tre grundare. Stadgarna fogas till stiftelseurkunden.",
                        ),
                        (
                            "Håll ett konstituerande möte",
                            "Mötet väljer styrelse och verksamhetsgranskare och beslutar om medlemsavgiften.",
                        ),
                        (
                            "Anmäl föreningen till föreningsregistret",
                            "Anmälan kan göras elektroniskt. Efter registreringen får föreningen ett FO-nummer.",
                        ),
                    ],
                ),
                tip("Tips", "Välj ett namn som inte redan finns i registret innan ni trycker broschyrer."),
                warning(
                    "Observera",
                    "För förbindelser som ingås i föreningens namn före registreringen svarar "
                    "de som ingick dem personligen.",
                ),
                links(
                    "Mer information", [("Patent- och registerstyrelsen", "https://www.prh.fi/", "Föreningsregistret")]
                ),
            ],
        },
        "en": {
            "title": "Founding an association",
            "summary": "What it takes for a group to become a registered association: a charter, bylaws and a "
            "notification to the Register of Associations.",
            "body": lambda a: [
                p(
                    "An association suits a group of people who want to work together for a shared cause over "
                    "the long term, without seeking profit. A registered association has legal capacity: it "
                    "can rent premises, apply for grants, open a bank account and sign contracts in its own "
                    "name, and its members are not personally liable for its debts."
                ),
                h("Before you found one"),
                p(
                    "First agree on what the association will do and for whom. Check whether an association in "
                    "your area already does it; joining one may be easier. Sometimes an unregistered group or a "
                    "section of an existing association is enough."
                ),
                steps(
                    "How to found an association",
                    [
                        (
                            "Write the bylaws",
                            "They state at least the name, domicile, purpose and forms of "
                            "activity, the board, the financial year and how meetings are convened. The Finnish "
                            "Patent and Registration Office's model bylaws speed up processing.",
                        ),
                        (
                            "Sign the charter",
                            "There must be at least three founders. The bylaws are attached to the charter.",
                        ),
                        (
                            "Hold the founding meeting",
                            "It elects the board and the operations auditor and sets the membership fee.",
                        ),
                        (
                            "Notify the Register of Associations",
                            "This can be done online. Once registered, the association receives a business ID.",
                        ),
                    ],
                ),
                tip("Tip", "Check that your name is free in the register before you print leaflets."),
                warning(
                    "Note",
                    "Until the association is registered, whoever makes commitments in its name is "
                    "personally liable for them.",
                ),
                links(
                    "Further reading",
                    [("Finnish Patent and Registration Office", "https://www.prh.fi/", "The Register of Associations")],
                ),
            ],
        },
    },
    {
        "slug": "vuosikokous",
        "topics": ["yhdistystoiminta"],
        "audiences": ["yhdistysaktiivit"],
        "reviewed": (2026, 2, 3),
        "image": True,
        "fi": {
            "title": "Vuosikokouksen järjestäminen",
            "summary": "Vuosikokous on yhdistyksen tärkein kokous. Näin kutsut sen koolle, valmistelet asiat ja "
            "viet sen läpi sääntöjen mukaan.",
            "body": lambda a: [
                p(
                    "Yhdistyksen jäsenet käyttävät päätösvaltaansa yhdistyksen kokouksessa. Useimpien "
                    "yhdistysten säännöissä määrätään vuosikokouksesta, jossa hyväksytään edellisen vuoden "
                    "tilinpäätös ja päätetään tulevan vuoden suunnitelmista."
                ),
                h("Kokouskutsu"),
                p(
                    "Hallitus kutsuu kokouksen koolle sääntöjen määräämällä tavalla ja ajassa. Jos säännöt "
                    "eivät muuta sano, kutsu on toimitettava viimeistään seitsemän päivää ennen kokousta. "
                    "Kutsussa mainitaan kokouksen aika, paikka ja käsiteltävät asiat."
                ),
                warning(
                    "Huomaa",
                    "Jos kutsu lähtee myöhässä tai väärällä tavalla, jäsen voi moittia kokouksen "
                    "päätöksiä. Tarkista säännöistä sekä kutsutapa että määräaika.",
                ),
                h("Tavalliset asiat"),
                checklist(
                    "Vuosikokouksen esityslista",
                    [
                        "Kokouksen avaus ja järjestäytyminen: puheenjohtaja, sihteeri, pöytäkirjantarkastajat",
                        "Kokouksen laillisuus ja päätösvaltaisuus",
                        "Toimintakertomus ja tilinpäätös",
                        "Toiminnantarkastajan tai tilintarkastajan lausunto",
                        "Tilinpäätöksen vahvistaminen ja vastuuvapaus",
                        "Toimintasuunnitelma, talousarvio ja jäsenmaksu",
                        "Hallituksen ja toiminnantarkastajan valinta",
                    ],
                ),
                image(
                    a["image"],
                    "Yhdistyksen jäseniä istumassa pöydän ääressä kokouksessa",
                    "Hyvin valmisteltu kokous pysyy aikataulussa.",
                ),
                h("Kokouksen jälkeen"),
                p(
                    "Sihteeri kirjoittaa pöytäkirjan, ja valitut tarkastajat tarkastavat sen. Jos hallituksen "
                    "puheenjohtaja tai nimenkirjoittajat vaihtuivat, tee muutosilmoitus yhdistysrekisteriin."
                ),
                tip(
                    "Vinkki",
                    "Lähetä esityslista ja tilinpäätös jäsenille jo kutsun mukana. Kun asiakirjat on "
                    "luettu etukäteen, kokouksessa jää aikaa keskustelulle.",
                ),
            ],
        },
        "sv": {
            "title": "Att ordna årsmötet",
            "summary": "Årsmötet är föreningens viktigaste möte. Så kallar du till det, förbereder ärendena och "
            "genomför det enligt stadgarna.",
            "body": lambda a: [
                p(
                    "Medlemmarna utövar sin beslutanderätt på föreningsmötet. I de flesta föreningars stadgar "
                    "finns ett årsmöte som godkänner bokslutet för det gångna året och beslutar om planerna "
                    "för det kommande."
                ),
                h("Kallelsen"),
                p(
                    "Styrelsen kallar till mötet på det sätt och inom den tid som stadgarna anger. Om stadgarna "
                    "inte säger annat ska kallelsen skickas senast sju dagar före mötet. Av kallelsen framgår "
                    "tid, plats och ärenden."
                ),
                warning(
                    "Observera",
                    "Kommer kallelsen för sent eller på fel sätt kan en medlem klandra mötets "
                    "beslut. Kontrollera både sätt och tidsfrist i stadgarna.",
                ),
                h("De vanliga ärendena"),
                checklist(
                    "Årsmötets föredragningslista",
                    [
                        "Mötets öppnande och konstituering",
                        "Mötets laglighet och beslutförhet",
                        "Verksamhetsberättelse och bokslut",
                        "Verksamhetsgranskarens eller revisorns utlåtande",
                        "Fastställande av bokslutet och ansvarsfrihet",
                        "Verksamhetsplan, budget och medlemsavgift",
                        "Val av styrelse och verksamhetsgranskare",
                    ],
                ),
                image(
                    a["image"],
                    "Föreningsmedlemmar sitter runt ett bord under ett möte",
                    "Ett väl förberett möte håller tidtabellen.",
                ),
                h("Efter mötet"),
                p(
                    "Sekreteraren skriver protokollet och de valda protokolljusterarna justerar det. Om "
                    "ordföranden eller namntecknarna byttes, gör en ändringsanmälan till föreningsregistret."
                ),
                tip(
                    "Tips",
                    "Skicka föredragningslistan och bokslutet med kallelsen, så blir det mer tid för "
                    "diskussion på mötet.",
                ),
            ],
        },
        "en": {
            "title": "Holding the annual meeting",
            "summary": "The annual meeting is an association's most important meeting. How to convene it, "
            "prepare the business and run it by the bylaws.",
            "body": lambda a: [
                p(
                    "Members exercise their decision-making power at the general meeting. Most bylaws provide "
                    "for an annual meeting that approves the previous year's accounts and decides on the plans "
                    "for the year ahead."
                ),
                h("The notice"),
                p(
                    "The board convenes the meeting in the manner and within the time the bylaws set. If the "
                    "bylaws say nothing else, the notice must go out at least seven days before the meeting. It "
                    "states the time, the place and the business."
                ),
                warning(
                    "Note",
                    "If the notice is late or sent the wrong way, a member may challenge the "
                    "meeting's decisions. Check both the method and the deadline in your bylaws.",
                ),
                h("The usual business"),
                checklist(
                    "Agenda of the annual meeting",
                    [
                        "Opening and electing the chair, secretary and minute checkers",
                        "Confirming that the meeting is lawful and has a quorum",
                        "Annual report and financial statements",
                        "Statement of the operations auditor or auditor",
                        "Adopting the accounts and discharging the board",
                        "Plan of action, budget and membership fee",
                        "Electing the board and the operations auditor",
                    ],
                ),
                image(
                    a["image"],
                    "Association members sitting around a table at a meeting",
                    "A well-prepared meeting keeps to time.",
                ),
                h("After the meeting"),
                p(
                    "The secretary writes the minutes and the elected checkers approve them. If the chair or "
                    "the signatories changed, notify the Register of Associations."
                ),
                tip(
                    "Tip",
                    "Send the agenda and the accounts with the notice, so there is more time for "
                    "discussion at the meeting.",
                ),
            ],
        },
    },
    {
        "slug": "poytakirja",
        "topics": ["yhdistystoiminta"],
        "audiences": ["yhdistysaktiivit"],
        "reviewed": (2025, 11, 20),
        "document": True,
        "related": ["vuosikokous"],
        "fi": {
            "title": "Hyvä pöytäkirja",
            "summary": "Pöytäkirja on yhdistyksen muisti ja todiste päätöksistä. Näin kirjaat olennaisen "
            "selkeästi ja tarkastutat sen ajallaan.",
            "body": lambda a: [
                p(
                    "Pöytäkirjaan kirjataan päätökset, ei keskustelua. Hyvästä pöytäkirjasta selviää "
                    "vuosienkin päästä, kuka päätti, mitä päätettiin ja millä perusteella. Sitä tarvitaan "
                    "esimerkiksi pankissa, avustusten haussa ja rekisteri-ilmoituksissa."
                ),
                h("Mitä pöytäkirjaan kuuluu"),
                checklist(
                    "Jokaisessa pöytäkirjassa",
                    [
                        "Yhdistyksen nimi, kokouksen laji, aika ja paikka",
                        "Läsnäolijat tai viittaus liitteenä olevaan osallistujaluetteloon",
                        "Puheenjohtaja, sihteeri ja pöytäkirjantarkastajat",
                        "Jokaisen asian kohdalla tehty päätös",
                        "Äänestysten tulokset ja mahdolliset eriävät mielipiteet",
                        "Allekirjoitukset ja tarkastusmerkinnät",
                    ],
                ),
                h("Kirjoittaminen"),
                p(
                    "Numeroi asiat samassa järjestyksessä kuin esityslistassa. Kirjoita päätös yhdellä "
                    "lauseella: ”Kokous hyväksyi toimintasuunnitelman esitetyssä muodossa.” Jos päätös koskee "
                    "rahaa, kirjaa summa ja tarkoitus."
                ),
                tip(
                    "Vinkki",
                    "Kirjoita pöytäkirja luonnokseksi jo kokouksen aikana ja lähetä se tarkastajille "
                    "saman viikon aikana, kun asiat ovat vielä muistissa.",
                ),
                document(a["document"], "Pöytäkirjamalli", "Muokattava malli yhdistyksen kokouksen pöytäkirjaksi."),
                warning(
                    "Huomaa",
                    "Pöytäkirjat säilytetään pysyvästi. Sähköisestikin allekirjoitettu pöytäkirja "
                    "kannattaa tallentaa paikkaan, johon seuraavakin hallitus pääsee.",
                ),
            ],
        },
    },
    {
        "slug": "kirjanpito-ja-toiminnantarkastus",
        "topics": ["yhdistystoiminta", "rahoitus"],
        "audiences": ["yhdistysaktiivit"],
        "reviewed": (2026, 1, 28),
        "fi": {
            "title": "Kirjanpito ja toiminnantarkastus",
            "summary": "Jokainen rekisteröity yhdistys on kirjanpitovelvollinen. Näin talous pysyy "
            "läpinäkyvänä ja tarkastus sujuu.",
            "body": lambda a: [
                p(
                    "Kirjanpitolaki koskee kaikkia rekisteröityjä yhdistyksiä, myös pieniä. Pienessä "
                    "yhdistyksessä kirjanpito voi olla yksinkertainen, kunhan jokaiselle rahaliikenteen "
                    "tapahtumalle on tosite ja tilinpäätös laaditaan ajallaan."
                ),
                h("Tositteet ja tilit"),
                ul(
                    "Hyvät käytännöt:",
                    [
                        "Pidä yhdistyksen rahat yhdistyksen omalla pankkitilillä, ei kenenkään henkilökohtaisella.",
                        "Jokaiselle menolle ja tulolle on tosite: kuitti, lasku tai tiliote.",
                        "Sovi, kuka hyväksyy laskut ja kuka maksaa ne. Sama henkilö ei tee molempia.",
                        "Kirjaa tapahtumat kuukausittain, älä vasta tilikauden lopussa.",
                    ],
                ),
                h("Toiminnantarkastaja vai tilintarkastaja?"),
                p(
                    "Yhdistyksen on valittava toiminnantarkastaja, ellei se ole valinnut tilintarkastajaa. "
                    "Tilintarkastaja tarvitaan, jos edellisellä tilikaudella useampi kuin yksi seuraavista "
                    "rajoista ylittyi:"
                ),
                table(
                    "Milloin tarvitaan tilintarkastaja",
                    ["Raja", "Arvo"],
                    [
                        ["Taseen loppusumma", "yli 100 000 euroa"],
                        ["Liikevaihto tai tuotot", "yli 200 000 euroa"],
                        ["Palveluksessa keskimäärin", "yli 3 henkilöä"],
                    ],
                ),
                tip(
                    "Vinkki",
                    "Toiminnantarkastaja tarkastaa myös, onko yhdistys toiminut tarkoituksensa ja "
                    "päätöstensä mukaisesti. Anna hänelle pöytäkirjat tilinpäätöksen rinnalla.",
                ),
                warning(
                    "Huomaa",
                    "Avustuksista on usein raportoitava erikseen. Merkitse avustuksella katetut "
                    "menot kirjanpitoon niin, että ne löytyvät helposti.",
                ),
            ],
        },
    },
    {
        "slug": "rahoituksen-hakeminen",
        "topics": ["rahoitus"],
        "audiences": ["yhdistysaktiivit"],
        "reviewed": (2026, 2, 10),
        "related": ["kirjanpito-ja-toiminnantarkastus"],
        "fi": {
            "title": "Rahoituksen hakeminen",
            "summary": "Avustus on helpompi saada, kun hakemus vastaa rahoittajan tavoitteisiin. Näin "
            "valmistelet hakemuksen ja budjetin.",
            "body": lambda a: [
                p(
                    "Yhdistykset rahoittavat toimintaansa jäsenmaksuilla, varainhankinnalla ja avustuksilla. "
                    "Avustuksia myöntävät kunnat, valtio, säätiöt ja rahastot. Jokaisella rahoittajalla on omat "
                    "tavoitteensa, ja hyvä hakemus näyttää, miten juuri teidän toimintanne edistää niitä."
                ),
                h("Valmistelu"),
                steps(
                    "Hakemus vaihe vaiheelta",
                    [
                        (
                            "Lue hakuohje kahdesti",
                            "Tarkista, kuka voi hakea, mihin avustusta saa käyttää ja mitä liitteitä tarvitaan.",
                        ),
                        (
                            "Kuvaa tarve ja tavoite",
                            "Kerro, mikä ongelma ratkaistaan, kenelle ja miten tiedätte onnistuneenne.",
                        ),
                        (
                            "Tee realistinen budjetti",
                            "Eritelkää kulut ja kertokaa muu rahoitus. Vapaaehtoistyön "
                            "voi usein ilmoittaa omarahoitukseksi.",
                        ),
                        ("Pyydä joku lukemaan hakemus", "Ulkopuolinen lukija huomaa, mikä jäi epäselväksi."),
                        ("Lähetä ajoissa", "Verkkopalvelut ruuhkautuvat viimeisenä päivänä."),
                    ],
                ),
                tip(
                    "Vinkki",
                    "Soita rahoittajalle ennen hakua. Moni rahoittaja neuvoo mielellään, sopiiko "
                    "hanke haettavaan avustukseen.",
                ),
                h("Kun päätös tulee"),
                p(
                    "Myönteinen päätös velvoittaa: avustusta saa käyttää vain myönnettyyn tarkoitukseen, ja "
                    "käytöstä raportoidaan. Kielteisen päätöksen perusteluja kannattaa pyytää, sillä niistä "
                    "oppii seuraavaa hakua varten."
                ),
                quote(
                    "Ensimmäinen hakemuksemme hylättiin. Pyysimme palautteen, tarkensimme tavoitteet ja "
                    "saimme avustuksen seuraavana vuonna.",
                    "Kyläyhdistyksen rahastonhoitaja",
                ),
            ],
        },
        "sv": {
            "title": "Att söka finansiering",
            "summary": "Det är lättare att få bidrag när ansökan svarar mot finansiärens mål. Så förbereder du "
            "ansökan och budgeten.",
            "body": lambda a: [
                p(
                    "Föreningar finansierar sin verksamhet med medlemsavgifter, medelanskaffning och bidrag. "
                    "Bidrag beviljas av kommuner, staten, stiftelser och fonder. Varje finansiär har sina egna "
                    "mål, och en bra ansökan visar hur just er verksamhet främjar dem."
                ),
                h("Förberedelser"),
                steps(
                    "Ansökan steg för steg",
                    [
                        (
                            "Läs ansökningsanvisningen två gånger",
                            "Kontrollera vem som kan söka, vad bidraget får "
                            "användas till och vilka bilagor som behövs.",
                        ),
                        (
                            "Beskriv behovet och målet",
                            "Berätta vilket problem ni löser, för vem och hur ni vet att ni lyckats.",
                        ),
                        ("Gör en realistisk budget", "Specificera kostnaderna och berätta om annan finansiering."),
                        ("Be någon läsa ansökan", "En utomstående läsare ser vad som blev oklart."),
                        ("Skicka i tid", "Webbtjänsterna är överbelastade den sista dagen."),
                    ],
                ),
                tip("Tips", "Ring finansiären före ansökan. Många ger gärna råd om projektet passar bidraget."),
                h("När beslutet kommer"),
                p(
                    "Ett positivt beslut förpliktar: bidraget får bara användas för det beviljade ändamålet, "
                    "och användningen ska redovisas. Be om motiveringen till ett negativt beslut; den hjälper "
                    "nästa gång."
                ),
                quote(
                    "Vår första ansökan fick avslag. Vi bad om respons, preciserade målen och fick bidraget "
                    "året därpå.",
                    "Byaföreningens kassör",
                ),
            ],
        },
        "en": {
            "title": "Applying for funding",
            "summary": "A grant is easier to win when the application meets the funder's aims. How to prepare "
            "the application and the budget.",
            "body": lambda a: [
                p(
                    "Associations fund their work with membership fees, fundraising and grants. Grants come "
                    "from municipalities, the state, foundations and funds. Each funder has its own aims, and a "
                    "good application shows how your work advances them."
                ),
                h("Preparation"),
                steps(
                    "The application step by step",
                    [
                        (
                            "Read the call twice",
                            "Check who may apply, what the grant may pay for and which attachments are needed.",
                        ),
                        (
                            "Describe the need and the goal",
                            "Say what problem you solve, for whom, and how you will know you succeeded.",
                        ),
                        ("Make a realistic budget", "Itemise the costs and mention other funding."),
                        ("Ask someone to read it", "An outside reader notices what is unclear."),
                        ("Send it in time", "Online services are congested on the last day."),
                    ],
                ),
                tip("Tip", "Call the funder before applying. Many are glad to say whether a project fits."),
                h("When the decision arrives"),
                p(
                    "A grant comes with duties: it may only be used for its purpose, and its use is reported. "
                    "Ask for the reasons behind a refusal; they help next time."
                ),
                quote(
                    "Our first application was turned down. We asked for feedback, sharpened our goals and got "
                    "the grant the following year.",
                    "Treasurer of a village association",
                ),
            ],
        },
    },
    {
        "slug": "tietosuoja-yhdistyksessa",
        "topics": ["yhdistystoiminta"],
        "audiences": ["yhdistysaktiivit"],
        "reviewed": (2025, 12, 5),
        "fi": {
            "title": "Tietosuoja yhdistyksessä",
            "summary": "Yhdistys käsittelee jäsenten ja osallistujien henkilötietoja. Näin noudatat "
            "tietosuoja-asetusta ilman raskasta byrokratiaa.",
            "body": lambda a: [
                p(
                    "Tietosuoja-asetus koskee myös yhdistyksiä. Henkilötietoja ovat esimerkiksi jäsenrekisterin "
                    "nimet ja osoitteet, tapahtumien ilmoittautumiset ja valokuvat, joista ihmisen tunnistaa. "
                    "Hallitus vastaa siitä, että tietoja käsitellään asianmukaisesti."
                ),
                h("Perusasiat"),
                checklist(
                    "Tarkista ainakin nämä",
                    [
                        "Kerää vain tietoja, joita todella tarvitaan",
                        "Kirjoita tietosuojaseloste ja pidä se saatavilla",
                        "Sovi, kenellä on pääsy jäsenrekisteriin",
                        "Päätä, kuinka kauan tietoja säilytetään, ja poista vanhat",
                        "Käytä salasanoja ja kaksivaiheista tunnistautumista",
                    ],
                ),
                h("Jäsenrekisteri"),
                p(
                    "Yhdistyslaki velvoittaa hallituksen pitämään jäsenluetteloa. Luettelo on yhdistyksen, ei "
                    "sihteerin henkilökohtainen tiedosto. Kun tehtävä vaihtuu, tiedostot ja tunnukset "
                    "siirretään seuraajalle ja poistetaan omalta koneelta."
                ),
                warning(
                    "Huomaa", "Jäsenlistaa ei saa antaa yhteistyökumppanin markkinointiin ilman jäsenten suostumusta."
                ),
                h("Valokuvat tapahtumissa"),
                p(
                    "Kerro ilmoittautumisen yhteydessä ja paikan päällä, että tapahtumassa kuvataan. Kysy lupa, "
                    "kun kuvaat lähikuvia, ja erityisesti, kun kuvassa on lapsia."
                ),
                tip(
                    "Vinkki",
                    "Varaa tietosuojalle kohta hallituksen vuosikalenteriin: kerran vuodessa "
                    "tarkistetaan seloste ja poistetaan tarpeettomat tiedot.",
                ),
                links(
                    "Lisätietoa",
                    [("Tietosuojavaltuutetun toimisto", "https://tietosuoja.fi/", "Ohjeita yhdistyksille")],
                ),
            ],
        },
    },
    {
        "slug": "vapaaehtoisten-rekrytointi",
        "topics": ["yhdistystoiminta", "osallisuus"],
        "audiences": ["yhdistysaktiivit", "kaikille"],
        "reviewed": (2026, 1, 20),
        "fi": {
            "title": "Vapaaehtoisten rekrytointi",
            "summary": "Uudet tekijät löytyvät, kun tehtävä on selkeä ja kynnys matala. Näin kuvaat tehtävän "
            "ja otat uuden vapaaehtoisen vastaan.",
            "body": lambda a: [
                p(
                    "Moni haluaisi auttaa, mutta ei tiedä miten. Yleinen pyyntö ”tule mukaan toimintaan” jää "
                    "helposti huomaamatta, kun taas rajattu ja konkreettinen tehtävä houkuttelee."
                ),
                h("Kuvaa tehtävä"),
                ul(
                    "Hyvästä tehtäväkuvauksesta selviää:",
                    [
                        "mitä tehdään ja miksi se on tärkeää",
                        "missä ja milloin, ja kuinka paljon aikaa se vie",
                        "tarvitaanko erityistä osaamista tai rikosrekisteriotetta",
                        "kuka perehdyttää ja keneltä voi kysyä",
                    ],
                ),
                h("Missä kysyä"),
                p(
                    "Julkaise tehtävä palvelun vapaaehtoistehtävissä, yhdistyksen kanavissa ja paikallisissa "
                    "ryhmissä. Henkilökohtainen pyyntö on silti tehokkain: kysy tapahtumissa suoraan ja "
                    "pyydä nykyisiä vapaaehtoisia tuomaan tuttu mukaan."
                ),
                tip(
                    "Vinkki",
                    "Tarjoa kertaluonteisia tehtäviä. Kun ensimmäinen kokemus on hyvä, moni jää "
                    "mukaan pidemmäksi aikaa.",
                ),
                h("Ensimmäinen kerta"),
                steps(
                    "Uuden vapaaehtoisen vastaanotto",
                    [
                        ("Vastaa nopeasti", "Ilmoittautumiseen vastataan muutamassa päivässä."),
                        ("Sovi tutustuminen", "Lyhyt tapaaminen tai puhelu, jossa käydään tehtävä läpi."),
                        ("Nimeä yhteyshenkilö", "Uusi tekijä tietää, keneltä kysyä."),
                        ("Kiitä ja kysy kokemuksesta", "Palaute kertoo, mitä parantaa."),
                    ],
                ),
                warning(
                    "Huomaa",
                    "Lasten ja nuorten kanssa toimivilta vapaaehtoisilta voidaan pyytää "
                    "rikosrekisteriote. Sovi käytäntö etukäteen ja kerro siitä tehtäväkuvauksessa.",
                ),
            ],
        },
        "sv": {
            "title": "Att rekrytera frivilliga",
            "summary": "Nya krafter hittas när uppgiften är tydlig och tröskeln låg. Så beskriver du uppgiften "
            "och tar emot en ny frivillig.",
            "body": lambda a: [
                p(
                    "Många vill hjälpa till men vet inte hur. En allmän uppmaning att ”komma med i "
                    "verksamheten” går lätt förbi, medan en avgränsad och konkret uppgift lockar."
                ),
                h("Beskriv uppgiften"),
                ul(
                    "En bra uppgiftsbeskrivning berättar:",
                    [
                        "vad som görs och varför det är viktigt",
                        "var och när, och hur mycket tid det tar",
                        "om det behövs särskild kunskap eller straffregisterutdrag",
                        "vem som introducerar och vem man kan fråga",
                    ],
                ),
                h("Var ska man fråga"),
                p(
                    "Publicera uppgiften bland tjänstens frivilliguppdrag, i föreningens kanaler och i lokala "
                    "grupper. En personlig fråga är ändå effektivast."
                ),
                tip("Tips", "Erbjud engångsuppdrag. När den första erfarenheten är god stannar många längre."),
                h("Första gången"),
                steps(
                    "Att ta emot en ny frivillig",
                    [
                        ("Svara snabbt", "Svara på anmälan inom några dagar."),
                        ("Kom överens om ett möte", "Ett kort möte eller samtal där uppgiften gås igenom."),
                        ("Utse en kontaktperson", "Den nya vet vem hen kan fråga."),
                        ("Tacka och fråga hur det gick", "Responsen visar vad som kan förbättras."),
                    ],
                ),
                warning(
                    "Observera",
                    "Av frivilliga som arbetar med barn och unga kan man be om "
                    "straffregisterutdrag. Kom överens om praxis i förväg.",
                ),
            ],
        },
        "en": {
            "title": "Recruiting volunteers",
            "summary": "New people join when the task is clear and the threshold low. How to describe the task "
            "and welcome a new volunteer.",
            "body": lambda a: [
                p(
                    "Many people would like to help but do not know how. A general call to “get involved” is "
                    "easily missed, while a defined, concrete task attracts people."
                ),
                h("Describe the task"),
                ul(
                    "A good task description says:",
                    [
                        "what is done and why it matters",
                        "where and when, and how much time it takes",
                        "whether special skills or a criminal record extract are needed",
                        "who gives the introduction and whom to ask",
                    ],
                ),
                h("Where to ask"),
                p(
                    "Publish the task among the service's volunteering opportunities, on your own channels and "
                    "in local groups. A personal request still works best."
                ),
                tip("Tip", "Offer one-off tasks. When the first experience is good, many stay on."),
                h("The first time"),
                steps(
                    "Welcoming a new volunteer",
                    [
                        ("Answer quickly", "Reply to a sign-up within a few days."),
                        ("Arrange an introduction", "A short meeting or call to go through the task."),
                        ("Name a contact person", "The newcomer knows whom to ask."),
                        ("Thank them and ask how it went", "Feedback shows what to improve."),
                    ],
                ),
                warning(
                    "Note",
                    "Volunteers who work with children and young people may be asked for a criminal "
                    "record extract. Agree on the practice in advance.",
                ),
            ],
        },
    },
    {
        "slug": "vapaaehtoiset-pysyvat-mukana",
        "topics": ["yhdistystoiminta", "hyvinvointi"],
        "audiences": ["yhdistysaktiivit"],
        "reviewed": (2025, 10, 14),
        "related": ["vapaaehtoisten-rekrytointi"],
        "fi": {
            "title": "Näin vapaaehtoiset pysyvät mukana",
            "summary": "Vapaaehtoinen jää, kun tekeminen on mielekästä, kuormitus kohtuullista ja työ "
            "huomataan. Käytännön keinoja jaksamiseen ja kiittämiseen.",
            "body": lambda a: [
                p(
                    "Vapaaehtoistyö on palkatonta, joten sen palkka on kokemus: oppiminen, yhteisö ja tunne "
                    "siitä, että omalla työllä on merkitystä. Kun nämä puuttuvat, tekijät katoavat hiljaa."
                ),
                h("Kohtuullinen kuorma"),
                p(
                    "Yhdistyksissä sama pieni joukko tekee usein kaiken. Jakakaa tehtävät pienempiin osiin ja "
                    "sopikaa, kuinka pitkäksi aikaa kukin sitoutuu. Myös tauko on lupa pitää, ja paluu "
                    "tehdään helpoksi."
                ),
                quote(
                    "Kun tehtävät jaettiin selvästi, kukaan ei uupunut ja uusia tekijöitä tuli mukaan.",
                    "Kyläyhdistyksen puheenjohtaja",
                ),
                h("Huomaa ja kiitä"),
                checklist(
                    "Pieniä tekoja, joilla on väliä",
                    [
                        "Kiitä heti tapahtuman jälkeen, nimeltä",
                        "Kerro, mitä työ sai aikaan: osallistujamäärät ja palaute",
                        "Järjestä kerran vuodessa vapaaehtoisten oma ilta",
                        "Tarjoa mahdollisuus koulutukseen ja uusiin tehtäviin",
                        "Anna todistus tai suositus sitä pyytävälle",
                    ],
                ),
                tip(
                    "Vinkki",
                    "Kirjatkaa vapaaehtoistunnit. Ne näyttävät rahoittajalle toiminnan laajuuden ja "
                    "vapaaehtoisille oman panoksen.",
                ),
                warning(
                    "Huomaa",
                    "Jos vapaaehtoinen kohtaa työssään raskaita asioita, hänellä on oltava joku, "
                    "jolle puhua. Sopikaa purkukäytäntö etukäteen.",
                ),
            ],
        },
    },
    {
        "slug": "saavutettava-tapahtuma",
        "topics": ["saavutettavuus"],
        "audiences": ["yhdistysaktiivit", "vammaiset"],
        "reviewed": (2026, 2, 18),
        "fi": {
            "title": "Saavutettava tapahtuma",
            "summary": "Kun tapahtuma suunnitellaan kaikille, useampi pääsee mukaan. Näin huomioit liikkumisen, "
            "aistit ja viestinnän.",
            "body": lambda a: [
                p(
                    "Saavutettavuus tarkoittaa, että jokainen voi osallistua toimintakyvystään, kielestään tai "
                    "taustastaan riippumatta. Suurin osa ratkaisuista on edullisia, kun ne mietitään ajoissa."
                ),
                h("Paikka"),
                checklist(
                    "Tarkista tilasta",
                    [
                        "Esteetön kulku sisään ja saliin ilman portaita tai ramppi",
                        "Esteetön wc",
                        "Istumapaikkoja myös seisovissa tapahtumissa",
                        "Induktiosilmukka tai muu kuulemisen apuväline",
                        "Hyvä valaistus ja selkeät opasteet",
                    ],
                ),
                h("Viestintä ennen tapahtumaa"),
                p(
                    "Kerro ilmoituksessa, mitä saavutettavuudesta tiedät, myös puutteet. Silloin jokainen voi "
                    "itse arvioida, pääseekö paikalle. Mainitse yhteyshenkilö, jolta voi kysyä ja jolle voi "
                    "kertoa omista tarpeistaan."
                ),
                tip(
                    "Vinkki",
                    "Lisää ilmoitukseen lause: ”Kerro meille, jos tarvitset jotain voidaksesi "
                    "osallistua.” Se rohkaisee kysymään.",
                ),
                h("Tapahtumassa"),
                ul(
                    "",
                    [
                        "Puhu mikrofoniin, vaikka sali olisi pieni.",
                        "Kuvaile diat ja kuvat sanallisesti.",
                        "Pidä taukoja ja kerro niiden ajankohdat etukäteen.",
                        "Käytä selkeää kieltä ja vältä lyhenteitä.",
                    ],
                ),
                warning("Huomaa", "Avustaja tai tulkki ei ole lisäosallistuja. Älä peri häneltä pääsymaksua."),
            ],
        },
        "sv": {
            "title": "Ett tillgängligt evenemang",
            "summary": "När evenemanget planeras för alla kan fler delta. Så tar du hänsyn till rörelse, sinnen "
            "och kommunikation.",
            "body": lambda a: [
                p(
                    "Tillgänglighet betyder att alla kan delta oberoende av funktionsförmåga, språk eller "
                    "bakgrund. De flesta lösningar är billiga när man tänker på dem i tid."
                ),
                h("Platsen"),
                checklist(
                    "Kontrollera lokalen",
                    [
                        "Tillgänglig entré och sal utan trappor, eller en ramp",
                        "Tillgänglig toalett",
                        "Sittplatser också på stående evenemang",
                        "Hörselslinga eller annat hörhjälpmedel",
                        "God belysning och tydlig skyltning",
                    ],
                ),
                h("Kommunikation före evenemanget"),
                p(
                    "Berätta i annonsen vad du vet om tillgängligheten, också bristerna. Nämn en kontaktperson "
                    "som man kan fråga och berätta om sina behov för."
                ),
                tip("Tips", "Skriv i annonsen: ”Berätta för oss om du behöver något för att kunna delta.”"),
                h("Under evenemanget"),
                ul(
                    "",
                    [
                        "Tala i mikrofon, även i en liten sal.",
                        "Beskriv bilder och bildspel i ord.",
                        "Håll pauser och berätta när de är.",
                        "Använd klart språk och undvik förkortningar.",
                    ],
                ),
                warning("Observera", "En assistent eller tolk är ingen extra deltagare. Ta inte ut inträde av hen."),
            ],
        },
        "en": {
            "title": "An accessible event",
            "summary": "When an event is planned for everyone, more people can join. How to consider mobility, "
            "the senses and communication.",
            "body": lambda a: [
                p(
                    "Accessibility means that everyone can take part whatever their abilities, language or "
                    "background. Most solutions cost little when they are thought of in time."
                ),
                h("The venue"),
                checklist(
                    "Check the venue",
                    [
                        "Step-free access to the building and the hall, or a ramp",
                        "An accessible toilet",
                        "Seats at standing events too",
                        "A hearing loop or another listening aid",
                        "Good lighting and clear signs",
                    ],
                ),
                h("Before the event"),
                p(
                    "Say in the announcement what you know about accessibility, shortcomings included. Name a "
                    "contact person whom people can ask and tell about their needs."
                ),
                tip("Tip", "Add a line: “Tell us if you need anything to take part.”"),
                h("At the event"),
                ul(
                    "",
                    [
                        "Use the microphone, even in a small room.",
                        "Describe slides and pictures in words.",
                        "Take breaks and announce them in advance.",
                        "Use plain language and avoid abbreviations.",
                    ],
                ),
                warning(
                    "Note",
                    "A personal assistant or interpreter is not an extra participant. Do not charge them an entry fee.",
                ),
            ],
        },
    },
    {
        "slug": "yhdistyksen-viestinta",
        "topics": ["viestinta"],
        "audiences": ["yhdistysaktiivit"],
        "reviewed": (2025, 12, 16),
        "fi": {
            "title": "Yhdistyksen viestintä",
            "summary": "Viestintä tavoittaa, kun tiedät kenelle puhut ja missä he ovat. Vuosikello ja muutama "
            "kanava riittävät pienellekin yhdistykselle.",
            "body": lambda a: [
                p(
                    "Hyvä viestintä ei vaadi ammattilaista. Se vaatii päätöksen siitä, kenelle viestitään, mitä "
                    "halutaan saada aikaan ja kuka viestinnästä huolehtii."
                ),
                h("Kohderyhmät ja kanavat"),
                table(
                    "Kenet tavoitat missäkin",
                    ["Kohderyhmä", "Toimivia kanavia"],
                    [
                        ["Jäsenet", "Jäsenkirje sähköpostilla, yhdistyksen kokoukset"],
                        ["Uudet osallistujat", "Tämä palvelu, paikallislehti, sosiaalinen media"],
                        ["Rahoittajat ja kunta", "Toimintakertomus, tapaamiset, uutiset verkkosivuilla"],
                    ],
                ),
                h("Vuosikello"),
                p(
                    "Merkitse vuosikelloon toistuvat asiat: kevään ja syksyn ohjelma, vuosikokous, "
                    "jäsenmaksun muistutus ja avustushaut. Kun aikataulu on tiedossa, viestit eivät jää "
                    "viime tippaan."
                ),
                tip(
                    "Vinkki",
                    "Julkaise tapahtumat tässä palvelussa, niin ne näkyvät alueen sivustolla ja "
                    "valtakunnallisessa haussa ilman erillistä työtä.",
                ),
                checklist(
                    "Jokaisessa tapahtumailmoituksessa",
                    [
                        "Mitä, missä ja milloin",
                        "Kenelle tapahtuma on tarkoitettu",
                        "Maksaako osallistuminen",
                        "Ilmoittautumisohje",
                        "Tiedot saavutettavuudesta",
                        "Yhteyshenkilö",
                    ],
                ),
                warning(
                    "Huomaa",
                    "Sosiaalisen median tilien tunnukset kuuluvat yhdistykselle. Varmista, että "
                    "ainakin kahdella hallituksen jäsenellä on pääsy tileille.",
                ),
            ],
        },
    },
    {
        "slug": "tapahtuman-vakuutukset-ja-turvallisuus",
        "topics": ["yhdistystoiminta"],
        "audiences": ["yhdistysaktiivit"],
        "reviewed": (2026, 1, 8),
        "related": ["saavutettava-tapahtuma"],
        "fi": {
            "title": "Tapahtuman vakuutukset ja turvallisuus",
            "summary": "Järjestäjä vastaa tapahtuman turvallisuudesta. Näin tarkistat vakuutukset, "
            "ilmoitukset ja turvallisuussuunnitelman tarpeen.",
            "body": lambda a: [
                p(
                    "Yhdistys vastaa järjestämänsä tapahtuman turvallisuudesta osallistujille ja "
                    "vapaaehtoisille. Useimmat riskit hallitaan hyvällä suunnittelulla ja muutamalla "
                    "vakuutuksella."
                ),
                h("Vakuutukset"),
                table(
                    "Tavalliset vakuutukset",
                    ["Vakuutus", "Mitä se kattaa"],
                    [
                        ["Vastuuvakuutus", "Vahingot, joita yhdistys aiheuttaa osallistujille tai muille"],
                        ["Vapaaehtoisten tapaturmavakuutus", "Vapaaehtoiselle tehtävissä sattuneet tapaturmat"],
                        ["Omaisuusvakuutus", "Yhdistyksen välineet, esimerkiksi äänentoisto ja teltat"],
                    ],
                ),
                tip("Vinkki", "Kysy kattojärjestöltä, onko sillä jäsenyhdistyksille edullinen ryhmävakuutus."),
                h("Ilmoitukset viranomaisille"),
                p(
                    "Yleisötilaisuudesta tehdään ilmoitus poliisille viimeistään viisi vuorokautta ennen, jos "
                    "tilaisuus vaatii järjestyksenpitoa tai järjestelyjä esimerkiksi liikenteelle. Isoissa "
                    "tapahtumissa tarvitaan myös pelastussuunnitelma; kysy paikalliselta pelastuslaitokselta, "
                    "koskeeko velvollisuus teitä."
                ),
                checklist(
                    "Turvallisuus tapahtumapäivänä",
                    [
                        "Ensiapuvälineet ja ensiaputaitoinen henkilö paikalla",
                        "Poistumistiet vapaina ja merkittyinä",
                        "Vastuuhenkilön puhelinnumero kaikilla vapaaehtoisilla",
                        "Sää- ja olosuhdevaraus ulkotapahtumissa",
                    ],
                ),
                warning(
                    "Huomaa",
                    "Jos tapahtumassa myydään ruokaa, tarkista elintarvikeilmoituksen tarve "
                    "kunnan ympäristöterveydenhuollosta hyvissä ajoin.",
                ),
                links("Lisätietoa", [("Poliisi: yleisötilaisuudet", "https://poliisi.fi/", "Ilmoitukset ja luvat")]),
            ],
        },
    },
    {
        "slug": "hallituksen-tyoskentely",
        "topics": ["yhdistystoiminta"],
        "audiences": ["yhdistysaktiivit"],
        "reviewed": (2025, 11, 3),
        "fi": {
            "title": "Hallituksen työskentely",
            "summary": "Hallitus hoitaa yhdistyksen asioita lain, sääntöjen ja kokouksen päätösten mukaan. "
            "Selkeät roolit ja vuosikello helpottavat työtä.",
            "body": lambda a: [
                p(
                    "Hallitus on yhdistyksen toimeenpaneva elin. Se huolehtii hallinnosta ja taloudesta, "
                    "valmistelee yhdistyksen kokouksen asiat ja panee päätökset täytäntöön. Hallituksen "
                    "jäsenet toimivat huolellisesti ja yhdistyksen etua ajatellen."
                ),
                h("Roolit"),
                table(
                    "Tavallinen työnjako",
                    ["Tehtävä", "Vastuut"],
                    [
                        ["Puheenjohtaja", "Johtaa kokouksia, pitää kokonaisuuden koossa"],
                        ["Sihteeri", "Kokouskutsut, pöytäkirjat, jäsenluettelo"],
                        ["Rahastonhoitaja", "Maksuliikenne, kirjanpidon aineisto, talousraportit"],
                        ["Muut jäsenet", "Vastuualueet, kuten viestintä tai vapaaehtoiset"],
                    ],
                ),
                h("Päätöksenteko"),
                p(
                    "Hallitus on päätösvaltainen, kun yli puolet jäsenistä on paikalla, ellei säännöissä "
                    "määrätä toisin. Jäsen ei saa osallistua asian käsittelyyn, jos hänellä on siinä "
                    "henkilökohtainen etu, joka voi olla ristiriidassa yhdistyksen edun kanssa."
                ),
                warning(
                    "Esteellisyys",
                    "Kun hallitus päättää esimerkiksi ostosta jäsenen omalta yritykseltä, "
                    "kyseinen jäsen poistuu käsittelyn ajaksi ja asia kirjataan pöytäkirjaan.",
                ),
                tip(
                    "Vinkki",
                    "Pitäkää uuden hallituksen ensimmäisessä kokouksessa perehdytys: säännöt, "
                    "talous, tunnukset ja vuosikello käydään yhdessä läpi.",
                ),
                links("Lisätietoa", [FINLEX]),
            ],
        },
    },
    {
        "slug": "jasenrekisteri-ja-jasenmaksut",
        "topics": ["yhdistystoiminta"],
        "audiences": ["yhdistysaktiivit"],
        "reviewed": (2025, 9, 30),
        "related": ["tietosuoja-yhdistyksessa"],
        "fi": {
            "title": "Jäsenrekisteri ja jäsenmaksut",
            "summary": "Ajantasainen jäsenluettelo on lain vaatima ja helpottaa kaikkea muuta. Näin hoidat "
            "liittymiset, erot ja jäsenmaksut sujuvasti.",
            "body": lambda a: [
                p(
                    "Hallituksen on pidettävä luetteloa yhdistyksen jäsenistä. Siihen merkitään jäsenen täydellinen "
                    "nimi ja kotikunta. Muita tietoja, kuten sähköpostiosoite, kerätään vain, jos niitä "
                    "tarvitaan yhdistyksen toimintaan."
                ),
                h("Liittyminen ja eroaminen"),
                steps(
                    "Uuden jäsenen polku",
                    [
                        ("Jäsenhakemus", "Lomake verkossa tai paperilla; tietosuojaseloste näkyville."),
                        ("Hallituksen hyväksyntä", "Hallitus hyväksyy jäsenet, jos säännöt niin määräävät."),
                        ("Tervetuloviesti", "Kerro jäsenmaksusta, toiminnasta ja yhteyshenkilöstä."),
                    ],
                ),
                p(
                    "Jäsenellä on oikeus erota ilmoittamalla siitä kirjallisesti hallitukselle tai sen "
                    "puheenjohtajalle tai ilmoittamalla erosta kokouksessa pöytäkirjaan merkittäväksi."
                ),
                h("Jäsenmaksut"),
                p(
                    "Jäsenmaksun suuruudesta päättää yhdistyksen kokous. Säännöissä voidaan määrätä, että "
                    "maksunsa laiminlyönyt jäsen katsotaan eronneeksi."
                ),
                tip(
                    "Vinkki",
                    "Lähetä jäsenmaksulaskut samaan aikaan joka vuosi ja muistuta kerran. Selkeä "
                    "viitenumerokäytäntö säästää rahastonhoitajan aikaa.",
                ),
                warning(
                    "Huomaa",
                    "Jäsenluettelo on pidettävä ajan tasalla. Poista eronneiden tiedot, kun niitä ei enää tarvita.",
                ),
            ],
        },
    },
    {
        "slug": "saantojen-muuttaminen",
        "topics": ["yhdistystoiminta"],
        "audiences": ["yhdistysaktiivit"],
        "reviewed": (2025, 10, 28),
        "fi": {
            "title": "Sääntöjen muuttaminen",
            "summary": "Kun toiminta muuttuu, säännötkin voi päivittää. Muutos päätetään yhdistyksen "
            "kokouksessa ja tulee voimaan vasta rekisteröinnin jälkeen.",
            "body": lambda a: [
                p(
                    "Vanhentuneet säännöt voivat hankaloittaa arkea: ehkä kokouskutsut pitäisi yhä lähettää "
                    "kirjeellä, tai etäosallistumista ei ole mainittu lainkaan. Sääntömuutos on tavallinen "
                    "ja hallittava prosessi."
                ),
                h("Näin muutos tehdään"),
                steps(
                    "Sääntömuutoksen vaiheet",
                    [
                        (
                            "Valmistelu hallituksessa",
                            "Hallitus laatii muutosehdotuksen ja vertailee sitä mallisääntöihin.",
                        ),
                        ("Kokouskutsu", "Kutsussa mainitaan sääntöjen muuttaminen, jotta jäsenet tietävät asiasta."),
                        (
                            "Päätös yhdistyksen kokouksessa",
                            "Muutos vaatii vähintään kolme neljäsosaa annetuista "
                            "äänistä, ellei säännöissä määrätä toisin.",
                        ),
                        (
                            "Ilmoitus yhdistysrekisteriin",
                            "Muutetut säännöt ilmoitetaan rekisteriin. Ne tarkastetaan ennen merkitsemistä.",
                        ),
                    ],
                ),
                warning(
                    "Huomaa", "Muutettuja sääntöjä ei saa panna täytäntöön ennen kuin muutos on merkitty rekisteriin."
                ),
                tip(
                    "Vinkki",
                    "Jos haluatte mahdollistaa etäosallistumisen kokouksiin, kirjatkaa se sääntöihin. "
                    "Silloin ei tarvitse päättää asiasta erikseen joka kerta.",
                ),
                links("Lisätietoa", [PRH]),
            ],
        },
    },
    {
        "slug": "varainhankinta-ja-pienkerays",
        "topics": ["rahoitus"],
        "audiences": ["yhdistysaktiivit"],
        "reviewed": (2026, 2, 1),
        "related": ["rahoituksen-hakeminen"],
        "fi": {
            "title": "Varainhankinta ja pienkeräys",
            "summary": "Myyjäiset, arpajaiset ja keräykset tuovat rahaa ja näkyvyyttä. Tarkista, mitkä vaativat "
            "ilmoituksen tai luvan.",
            "body": lambda a: [
                p(
                    "Varainhankinta on omaa rahoitusta, jonka käytöstä yhdistys päättää itse. Samalla se tuo "
                    "toiminnan näkyviin. Eri muodoilla on kuitenkin omat sääntönsä."
                ),
                h("Tavallisia muotoja"),
                table(
                    "Varainhankinnan muodot",
                    ["Muoto", "Mitä tarkistaa"],
                    [
                        ["Myyjäiset ja kirpputorit", "Ruoan myynnissä elintarvikesäännöt"],
                        ["Tavara-arpajaiset", "Pienet arpajaiset ilmoitetaan poliisille etukäteen"],
                        ["Pienkeräys", "Ilmoitus poliisille; enintään 10 000 euroa ja kolme kuukautta"],
                        ["Rahankeräys", "Rahankeräyslupa Poliisihallitukselta"],
                    ],
                ),
                h("Pienkeräys"),
                p(
                    "Rekisteröity yhdistys voi järjestää pienkeräyksen ilman rahankeräyslupaa. Keräys "
                    "ilmoitetaan poliisille, sen tuotto saa olla enintään 10 000 euroa ja se voi kestää "
                    "enintään kolme kuukautta. Kalenterivuodessa pienkeräyksiä voi olla kaksi."
                ),
                warning(
                    "Huomaa", "Kerätyt varat käytetään ilmoitettuun tarkoitukseen, ja niiden käytöstä tehdään selvitys."
                ),
                tip(
                    "Vinkki",
                    "Kerro lahjoittajille jälkikäteen, mitä rahoilla saatiin aikaan. Tyytyväinen "
                    "lahjoittaja antaa uudelleen.",
                ),
                links(
                    "Lisätietoa",
                    [("Poliisi: rahankeräys ja arpajaiset", "https://poliisi.fi/", "Ilmoitukset ja luvat")],
                ),
            ],
        },
    },
]

# Written by regional producers for their own sites.
REGIONAL_GUIDES = {
    "lappilaiset": {
        "language": "fi",
        "slug": "etakokoukset-pitkien-matkojen-yhdistyksessa",
        "topics": ["yhdistystoiminta"],
        "audiences": ["yhdistysaktiivit"],
        "reviewed": (2026, 1, 30),
        "title": "Etäkokoukset pitkien matkojen yhdistyksessä",
        "summary": "Lapissa hallituksen jäsenten välillä voi olla satoja kilometrejä. Näin etäkokous "
        "sujuu ja päätökset pitävät.",
        "body": lambda a: [
            p(
                "Kun yhdistyksen jäsenet asuvat Sodankylästä Kemiin, jokainen kokousmatka on iso kustannus. "
                "Etäosallistuminen pitää hallitustyön kevyenä ja houkuttelee mukaan myös niitä, joilla on "
                "pitkä matka tai pienet lapset."
            ),
            h("Onko etäosallistuminen sallittua?"),
            p(
                "Yhdistyksen kokoukseen voi osallistua tietoliikenneyhteyden avulla, jos säännöissä niin "
                "määrätään tai jos hallitus niin päättää. Hallituksen kokouksista voidaan sopia "
                "työjärjestyksessä."
            ),
            checklist(
                "Ennen etäkokousta",
                [
                    "Kokouskutsussa on linkki ja ohje liittymiseen",
                    "Joku testaa yhteyden etukäteen",
                    "Esityslista ja liitteet lähetetään sähköpostilla",
                    "Puhelinnumero, johon voi soittaa, jos yhteys katkeaa",
                ],
            ),
            tip(
                "Vinkki",
                "Kylän koululla tai kirjastossa on usein hyvä yhteys ja näyttö. Yhteinen "
                "kokoontumispaikka sopii niille, joiden kotiyhteys pätkii.",
            ),
            warning(
                "Huomaa",
                "Äänestyksessä jokaisen on voitava ilmaista kantansa luotettavasti. Sopikaa "
                "etukäteen, miten etäosallistujat äänestävät.",
            ),
            quote(
                "Aloitimme etäkokoukset talven kelirikon vuoksi ja jatkoimme, koska osallistujia tuli "
                "enemmän kuin ennen.",
                "Tunturikylän yhdistyksen sihteeri",
            ),
        ],
    },
    "sinnedit": {
        "language": "sv",
        "slug": "tvasprakig-forening",
        "topics": ["viestinta", "yhdistystoiminta"],
        "audiences": ["yhdistysaktiivit"],
        "reviewed": (2026, 2, 12),
        "title": "En tvåspråkig förening i Österbotten",
        "summary": "Många föreningar i Österbotten har medlemmar på både svenska och finska. Så får alla vara "
        "med utan att mötena blir dubbelt så långa.",
        "body": lambda a: [
            p(
                "I Österbotten är det vanligt att samma förening har svensk- och finskspråkiga medlemmar. "
                "Tvåspråkigheten är en styrka, men den kräver att man kommer överens om hur man gör."
            ),
            h("Möten"),
            p(
                "Bestäm vilket språk som är mötets huvudspråk och att alla får tala det språk de vill. Skicka "
                "föredragningslistan på båda språken. Protokollet kan skrivas på huvudspråket med beslutet "
                "översatt."
            ),
            checklist(
                "Tvåspråkig kommunikation",
                [
                    "Inbjudningar och affischer på båda språken",
                    "Webbsidan och evenemangen publiceras på svenska och finska",
                    "En kontaktperson för vardera språket",
                    "Sociala medier: samma inlägg på två språk eller två parallella inlägg",
                ],
            ),
            tip(
                "Tips",
                "Publicera era evenemang i den här tjänsten på svenska och lägg till den finska "
                "översättningen. Då hittar båda språkgrupperna dem.",
            ),
            warning(
                "Observera",
                "Om stadgarna är registrerade på ett språk gäller den versionen. En översättning "
                "är till hjälp men inte juridiskt bindande.",
            ),
        ],
    },
}

# More text for the Finnish originals, placed before a guide's closing link list.
FINNISH_EXTRAS = {
    "yhdistyksen-perustaminen": [
        h("Ensimmäinen vuosi"),
        p(
            "Kun yhdistys on rekisterissä, avatkaa pankkitili ja sopikaa, ketkä käyttävät sitä. Laatikaa "
            "hallitukselle vuosikello, johon merkitään kokoukset, jäsenmaksujen perintä ja tilinpäätöksen "
            "aikataulu. Ensimmäinen tilikausi voi olla lyhyempi tai pidempi kuin vuosi, jos säännöt sen "
            "sallivat. Kertokaa toiminnasta heti alusta: uusi yhdistys löytää jäsenensä parhaiten, kun sen "
            "tapahtumat näkyvät siellä, missä ihmiset jo etsivät tekemistä."
        ),
    ],
    "vuosikokous": [
        p(
            "Kokouksen puheenjohtajaksi kannattaa valita joku muu kuin hallituksen puheenjohtaja, koska "
            "kokous arvioi hallituksen toimintaa ja päättää vastuuvapaudesta. Äänioikeus on jokaisella "
            "jäsenellä, jollei säännöissä toisin määrätä, ja päätökseksi tulee yleensä mielipide, jota on "
            "kannattanut yli puolet annetuista äänistä."
        ),
    ],
    "poytakirja": [
        h("Tarkastus ja säilytys"),
        p(
            "Pöytäkirjantarkastajat lukevat pöytäkirjan ja vahvistavat allekirjoituksellaan, että se vastaa "
            "kokouksen kulkua. Tarkastettu pöytäkirja arkistoidaan yhdistyksen yhteiseen paikkaan, ja sen "
            "päätöksistä kerrotaan jäsenille esimerkiksi jäsenkirjeessä. Jos pöytäkirjassa huomataan virhe "
            "vasta myöhemmin, sitä ei muokata jälkikäteen, vaan oikaisusta päätetään seuraavassa kokouksessa."
        ),
    ],
    "kirjanpito-ja-toiminnantarkastus": [
        h("Tilinpäätös"),
        p(
            "Tilinpäätökseen kuuluvat tuloslaskelma, tase ja liitetiedot. Hallitus allekirjoittaa sen, ja "
            "toiminnantarkastaja antaa lausuntonsa ennen vuosikokousta. Moni pieni yhdistys ostaa "
            "kirjanpidon tilitoimistolta tai järjestön yhteisestä palvelusta, jolloin vapaaehtoisen "
            "rahastonhoitajan tehtäväksi jää tositteiden kokoaminen ja maksujen hoitaminen."
        ),
    ],
    "rahoituksen-hakeminen": [
        p(
            "Pitäkää kirjaa hauista: mihin haettiin, milloin, kuinka paljon ja mitä vastattiin. Samasta "
            "listasta näkee, milloin seuraavat haut aukeavat. Kunnan avustukset haetaan usein alkuvuodesta, "
            "säätiöiden haut vaihtelevat. Kun yksi rahoittaja on myöntänyt avustuksen, sen mainitseminen "
            "hakemuksessa kertoo muille, että toimintaan on jo luotettu."
        ),
    ],
    "tietosuoja-yhdistyksessa": [
        h("Jos jotain sattuu"),
        p(
            "Jos jäsenlista päätyy vääriin käsiin, esimerkiksi kadonneen muistitikun tai väärälle "
            "vastaanottajalle lähteneen sähköpostin vuoksi, hallituksen on arvioitava tilanne nopeasti. "
            "Vakavista tietoturvaloukkauksista ilmoitetaan tietosuojavaltuutetulle 72 tunnin kuluessa ja "
            "tarvittaessa myös niille, joiden tietoja asia koskee."
        ),
    ],
    "vapaaehtoisten-rekrytointi": [
        p(
            "Miettikää myös, keitä ette vielä tavoita. Nuoret, maahan muuttaneet ja eläkkeelle jääneet "
            "löytävät tehtävät usein eri kanavista. Selkokielinen tai englanninkielinen ilmoitus, lyhyt "
            "video tai yhteistyö oppilaitoksen kanssa voi avata oven aivan uusille tekijöille."
        ),
    ],
    "vapaaehtoiset-pysyvat-mukana": [
        p(
            "Kysykää vapaaehtoisilta kerran vuodessa, miltä tekeminen tuntuu ja mitä he haluaisivat "
            "kokeilla. Moni jatkaa mielellään, kun saa vaihtaa tehtävää tai ottaa vastuuta vähitellen. "
            "Kun joku lopettaa, kiittäkää ja kysykää syytä: siitä oppii enemmän kuin mistään kyselystä."
        ),
    ],
    "saavutettava-tapahtuma": [
        p(
            "Myös hinta, aikataulu ja kieli vaikuttavat siihen, kuka pääsee mukaan. Maksuton tai "
            "porrastettu osallistumismaksu, tapahtuma julkisen liikenteen ulottuvilla ja ohjelma, jossa on "
            "selkokielinen tiivistelmä, madaltavat kynnystä. Pyytäkää palautetta myös saavutettavuudesta, "
            "niin seuraava tapahtuma onnistuu vielä paremmin."
        ),
    ],
    "yhdistyksen-viestinta": [
        p(
            "Nimetkää viestinnälle vastuuhenkilö, mutta älkää jättäkö häntä yksin. Sopikaa, että jokainen "
            "tapahtuman järjestäjä kirjoittaa lyhyen tekstin ja ottaa muutaman kuvan, joista viestintävastaava "
            "koostaa julkaisut. Kuvia julkaistaessa muistakaa kysyä lupa niiltä, jotka kuvasta tunnistaa."
        ),
    ],
    "tapahtuman-vakuutukset-ja-turvallisuus": [
        p(
            "Käykää turvallisuusasiat läpi kaikkien vapaaehtoisten kanssa ennen tapahtumaa: missä ovat "
            "ensiapuvälineet, kuka soittaa hätänumeroon ja mihin kokoonnutaan, jos tila on tyhjennettävä. "
            "Tapahtuman jälkeen kirjatkaa, mitä sattui ja mitä opittiin."
        ),
    ],
    "hallituksen-tyoskentely": [
        h("Vuosikello"),
        p(
            "Hallituksen vuosikellossa ovat kokousten ajankohdat, vuosikokouksen valmistelu, "
            "tilinpäätöksen aikataulu, avustushakujen määräajat ja jäsenmaksujen perintä. Kun vuosikello "
            "on kaikkien nähtävissä, tehtävät eivät jää yhden ihmisen muistin varaan ja uusi jäsen pääsee "
            "nopeasti kärryille."
        ),
    ],
    "jasenrekisteri-ja-jasenmaksut": [
        p(
            "Jäsenrekisterin voi pitää taulukossa, mutta jäsenmäärän kasvaessa kannattaa harkita "
            "jäsenrekisteriohjelmaa, joka hoitaa myös laskutuksen ja muistutukset. Valitkaa palvelu, jossa "
            "tiedot säilytetään EU:n alueella ja jossa jokaisella käyttäjällä on omat tunnuksensa."
        ),
    ],
    "saantojen-muuttaminen": [
        p(
            "Sääntömuutos on hyvä tilaisuus katsoa koko sääntöjä kerralla: vastaavatko tarkoitus ja "
            "toimintamuodot sitä, mitä yhdistys nyt tekee, ja onko kokouskutsujen tapa ajan tasalla. "
            "Yhdistysrekisteri tarkastaa, etteivät säännöt ole lain vastaisia. Mallisääntöjen käyttö "
            "nopeuttaa käsittelyä."
        ),
    ],
    "varainhankinta-ja-pienkerays": [
        p(
            "Yhteistyökumppanit ovat toinen tapa hankkia varoja. Paikallinen yritys voi tukea tapahtumaa "
            "rahalla, tuotteilla tai tiloilla. Kirjatkaa, mitä kumppani saa vastineeksi, esimerkiksi "
            "näkyvyyttä tapahtumassa, ja muistakaa, että vastikkeellinen yhteistyö voi olla "
            "arvonlisäverollista myyntiä."
        ),
    ],
}
