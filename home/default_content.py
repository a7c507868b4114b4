"""Default content for the standard pages of a regional site.

The texts are filled in with ``str.format`` when a site is created, so the
placeholders below are replaced with the site's own values:

    {region}          the service name, e.g. "Lappilaiset"
    {area}            the area name in the page's language, e.g. "Lappi"
    {producer}        the producer organisation, e.g. a regional umbrella
                      association
    {producer_email}  the producer's e-mail address

Any literal brace in these texts must be doubled. The Finnish texts never
inflect a placeholder (the values are in the nominative case), which is why
they use forms such as "{region}-palvelu" and "alueena on {area}".

Bodies are Wagtail rich text: only <h2>, <h3>, <p>, <ul>, <ol>, <li>,
<a href="mailto:...">, <strong> and <em> are used, and headings start at
<h2> without skipping levels.
"""

from textwrap import dedent

# One or two sentences of welcome shown on a site's home page (plain text).
HOME_INTRODUCTION = {
    "fi": (
        "Tervetuloa {region}-palveluun, jonka alueena on {area}! Täältä "
        "löydät yhdistysten, järjestöjen, seurakuntien ja kuntien "
        "tapahtumat, toiminnan ja vapaaehtoistehtävät – tuumasta toimeksi."
    ),
    "sv": (
        "Välkommen till {region}, mötesplatsen för föreningsliv och "
        "medborgarverksamhet i {area}! Här hittar du evenemang, verksamhet "
        "och frivilliguppdrag som föreningar, organisationer, församlingar "
        "och kommuner ordnar."
    ),
    "en": (
        "Welcome to {region}, the home of civic activity in {area}! Find "
        "events, activities and volunteer tasks run by associations, NGOs, "
        "parishes and municipalities near you."
    ),
}


# The standard pages every regional site gets, in menu order.
STANDARD_PAGES = {
    # ------------------------------------------------------------------
    # About the service
    # ------------------------------------------------------------------
    "about": {
        "fi": {
            "title": "Tietoa palvelusta",
            "slug": "tietoa-palvelusta",
            "introduction": (
                "{region} kokoaa yhteen paikkaan yhdistysten, järjestöjen ja "
                "muiden kansalaistoimijoiden toiminnan, tapahtumat ja "
                "vapaaehtoistehtävät. Palvelua ylläpitää {producer}."
            ),
            "body": dedent("""\
                <h2>Mistä palvelussa on kyse?</h2>
                <p>{region} auttaa kansalaistoimijoita kertomaan toiminnastaan ja ihmisiä löytämään lähialueeltaan tekemistä, seuraa, tukea ja tapoja osallistua. Palvelussa julkaisevat yhdistykset, järjestöt ja muut yhteisöt, seurakunnat, kunnat ja kaupungit sekä voittoa tavoittelemattomat yritykset. Sisältö liittyy ihmisten hyvinvointiin: yhdessä tekemiseen, vertaistukeen, harrastuksiin, vapaaehtoistyöhön ja oman asuinalueen kehittämiseen.</p>
                <p>Palvelu kuuluu valtakunnalliseen verkostoon, jonka tunnuslause on <em>Tuumasta toimeksi</em>. Verkostoon kuuluvat valtakunnallinen Toimeksi-palvelu ja alueelliset palvelut, joista jokaista tuottaa alueen oma kattojärjestö. {region}-palvelun alueena on {area}, ja sen tuottaja on {producer}. Sama sisältö näkyy tarvittaessa sekä alueellisessa että valtakunnallisessa palvelussa.</p>
                <h2>Kenelle palvelu on tarkoitettu?</h2>
                <ul>
                <li><strong>Asukkaille</strong>, jotka etsivät tekemistä, vertaistukea tai vapaaehtoistehtävää.</li>
                <li><strong>Yhdistysaktiiveille ja järjestöjen työntekijöille</strong>, jotka haluavat toimintansa näkyville ja uusia ihmisiä mukaan.</li>
                <li><strong>Oppilaitoksille</strong>, jotka etsivät opiskelijoille harjoittelupaikkoja, opinnäytetöiden aiheita tai yhteistyökumppaneita.</li>
                <li><strong>Viranomaisille</strong>, jotka haluavat tietää, mitä alueen järjestökentällä tapahtuu, ja ohjata asukkaita toiminnan pariin.</li>
                </ul>
                <h2>Mitä palvelusta löytyy?</h2>
                <p>Organisaatiot julkaisevat palvelussa tapahtumia, toimintaa, vapaaehtoistehtäviä, työ-, harjoittelu- ja opinnäytetyöpaikkoja, hankkeita, uutisia ja vuokrattavia tai lainattavia tiloja sekä esittelevät työntekijöitään. Palvelun tuottaja julkaisee lisäksi ajankohtaisia uutisia sekä oppaita ja vinkkejä yhdistysten arkeen.</p>
                <h2>Mitä voit tehdä palvelussa?</h2>
                <ul>
                <li>Etsiä tapahtumia ja toimintaa aiheen, ajankohdan ja paikkakunnan mukaan.</li>
                <li>Ilmoittautua tapahtumiin suoraan palvelussa, jos järjestäjä on ottanut ilmoittautumisen käyttöön.</li>
                <li>Kertoa oman tarinasi tai lähettää palautetta ja kehitysideoita.</li>
                <li>Ilmoittaa tapahtuman tai uutisen kansalaistoimijana ilman käyttäjätunnusta.</li>
                </ul>
                <p>Ilman kirjautumista lähetetyt tarinat, tapahtumat ja uutiset julkaistaan vasta, kun alueen koordinaattori on tarkistanut ja hyväksynyt ne.</p>
                <h2>Näin organisaatiosi pääsee mukaan</h2>
                <ol>
                <li>Rekisteröidy palveluun ja hyväksy käyttöehdot.</li>
                <li>Luo organisaatiollesi profiili tai liity organisaatioon, joka on jo palvelussa.</li>
                <li>Alueen koordinaattori tarkistaa organisaation tiedot ja vahvistaa sen.</li>
                <li>Vahvistuksen jälkeen julkaisette sisältönne itse ja vastaatte siitä itse.</li>
                </ol>
                <p>Rekisteröityneenä voit myös ottaa vastaan tapahtumailmoittautumisia, kirjata toiminnan tietoja ja seurata tilastoista, miten toimintakausi etenee.</p>
                <h2>Ota yhteyttä</h2>
                <p>Kysyttävää palvelusta tai organisaatiosi mukaan tulemisesta? Kirjoita meille osoitteeseen <a href="mailto:{producer_email}">{producer_email}</a>.</p>
                """),
        },
        "sv": {
            "title": "Om tjänsten",
            "slug": "om-tjansten",
            "introduction": (
                "{region} samlar föreningars, organisationers och andra "
                "medborgaraktörers verksamhet, evenemang och frivilliguppdrag "
                "på ett ställe. Tjänsten upprätthålls av {producer}."
            ),
            "body": dedent("""\
                <h2>Vad är tjänsten?</h2>
                <p>{region} hjälper medborgaraktörer att berätta om sin verksamhet och hjälper människor att hitta något att göra, sällskap, stöd och sätt att delta där de bor. I tjänsten publicerar föreningar, organisationer och andra sammanslutningar, församlingar, kommuner och städer samt företag som inte strävar efter vinst. Innehållet handlar om människors välbefinnande: att göra saker tillsammans, kamratstöd, hobbyer, frivilligarbete och att utveckla den egna bygden.</p>
                <p>Tjänsten hör till ett riksomfattande nätverk med devisen <em>Tuumasta toimeksi</em> – från idé till handling. Nätverket består av den riksomfattande tjänsten Toimeksi och regionala tjänster som var och en produceras av en regional paraplyorganisation. {region} betjänar {area} och produceras av {producer}. Samma innehåll kan vid behov visas både i den regionala och i den riksomfattande tjänsten.</p>
                <h2>För vem är tjänsten?</h2>
                <ul>
                <li><strong>Invånare</strong> som söker något att göra, kamratstöd eller ett frivilliguppdrag.</li>
                <li><strong>Föreningsaktiva och anställda inom organisationer</strong> som vill synliggöra sin verksamhet och få med nya människor.</li>
                <li><strong>Läroanstalter</strong> som söker praktikplatser, ämnen för examensarbeten eller samarbetspartner åt sina studerande.</li>
                <li><strong>Myndigheter</strong> som vill veta vad som händer inom organisationsfältet i regionen och hänvisa invånare till verksamheten.</li>
                </ul>
                <h2>Vad hittar du i tjänsten?</h2>
                <p>Organisationerna publicerar evenemang, verksamhet, frivilliguppdrag, jobb, praktikplatser och examensarbeten, projekt, nyheter och lokaler som går att hyra eller låna, och de presenterar sin personal. Producenten publicerar dessutom aktuella nyheter samt guider och tips för föreningarnas vardag.</p>
                <h2>Vad kan du göra i tjänsten?</h2>
                <ul>
                <li>Söka evenemang och verksamhet efter ämne, tidpunkt och ort.</li>
                <li>Anmäla dig till evenemang direkt i tjänsten, om arrangören har tagit anmälan i bruk.</li>
                <li>Berätta din egen berättelse eller skicka respons och utvecklingsidéer.</li>
                <li>Tipsa om ett evenemang eller en nyhet som medborgaraktör utan användarkonto.</li>
                </ul>
                <p>Berättelser, evenemang och nyheter som skickats in utan inloggning publiceras först när den regionala koordinatorn har granskat och godkänt dem.</p>
                <h2>Så kommer din organisation med</h2>
                <ol>
                <li>Registrera dig i tjänsten och godkänn användarvillkoren.</li>
                <li>Skapa en profil för din organisation eller anslut dig till en organisation som redan finns i tjänsten.</li>
                <li>Den regionala koordinatorn kontrollerar organisationens uppgifter och bekräftar den.</li>
                <li>Efter bekräftelsen publicerar ni ert innehåll själva och ansvarar själva för det.</li>
                </ol>
                <p>Som registrerad användare kan du också ta emot anmälningar till evenemang, föra in uppgifter om verksamheten och följa verksamhetssäsongen med hjälp av statistik.</p>
                <h2>Kontakta oss</h2>
                <p>Har du frågor om tjänsten eller om hur din organisation kommer med? Skriv till oss på <a href="mailto:{producer_email}">{producer_email}</a>.</p>
                """),
        },
        "en": {
            "title": "About the service",
            "slug": "about",
            "introduction": (
                "{region} brings together the activities, events and "
                "volunteer tasks of associations, NGOs and other civic "
                "actors in one place. The service is run by {producer}."
            ),
            "body": dedent("""\
                <h2>What is {region}?</h2>
                <p>{region} helps civic actors tell people about what they do, and helps people find things to do, company, support and ways to take part close to home. Associations, NGOs and other communities, parishes, municipalities and cities, and non-profit companies publish their activities here. The content is about people's well-being: doing things together, peer support, hobbies, volunteering and developing your own neighbourhood.</p>
                <p>The service is part of a national network whose motto is <em>Tuumasta toimeksi</em> – from an idea to action. The network consists of the national Toimeksi service and regional services, each produced by a regional umbrella association. {region} serves {area} and is produced by {producer}. Where relevant, the same content is shown on both the regional and the national site.</p>
                <h2>Who is it for?</h2>
                <ul>
                <li><strong>Residents</strong> looking for something to do, peer support or a volunteer task.</li>
                <li><strong>Association volunteers and NGO staff</strong> who want their work to be seen and new people to join in.</li>
                <li><strong>Schools and other educational institutions</strong> looking for internships, thesis topics or partners for their students.</li>
                <li><strong>Public authorities</strong> who want to know what is happening in the local civic sector and point residents to it.</li>
                </ul>
                <h2>What can you find here?</h2>
                <p>Organisations publish events, activities, volunteer tasks, jobs, internships and thesis positions, projects, news, and spaces that can be rented or borrowed, and they introduce their staff. The producer also publishes current news as well as guides and tips for running an association.</p>
                <h2>What can you do here?</h2>
                <ul>
                <li>Search for events and activities by topic, date and place.</li>
                <li>Sign up for events directly on the site, when the organiser has enabled registration.</li>
                <li>Share your own story or send feedback and ideas for improvement.</li>
                <li>Submit an event or a news item as a citizen, without an account.</li>
                </ul>
                <p>Stories, events and news sent without logging in are published only after the regional coordinator has checked and approved them.</p>
                <h2>How to get your organisation on the site</h2>
                <ol>
                <li>Register and accept the terms of use.</li>
                <li>Create a profile for your organisation, or join an organisation that is already on the site.</li>
                <li>The regional coordinator checks your organisation's details and verifies it.</li>
                <li>Once verified, you publish your content yourselves and are responsible for it.</li>
                </ol>
                <p>As a registered user you can also receive event registrations, record information about your activities and follow your season through statistics.</p>
                <h2>Contact us</h2>
                <p>Questions about the service or about getting your organisation on board? Write to us at <a href="mailto:{producer_email}">{producer_email}</a>.</p>
                """),
        },
    },
    # ------------------------------------------------------------------
    # Terms of use
    # ------------------------------------------------------------------
    "terms": {
        "fi": {
            "title": "Käyttöehdot",
            "slug": "kayttoehdot",
            "introduction": (
                "Näitä ehtoja noudatetaan, kun rekisteröidyt {region}-palveluun, "
                "julkaiset siellä organisaatiosi sisältöä tai lähetät "
                "palveluun tarinan, palautteen, tapahtuman tai uutisen."
            ),
            "body": dedent("""\
                <h2>Ehtojen soveltaminen</h2>
                <p>{region}-palvelua ylläpitää {producer}. Ehdot koskevat rekisteröityneitä käyttäjiä sekä kaikkia, jotka lähettävät palveluun sisältöä kirjautumatta. Hyväksyt ehdot rekisteröityessäsi tai lähettäessäsi sisältöä. Palvelun selaaminen ei edellytä rekisteröitymistä.</p>
                <h2>Kuka voi julkaista?</h2>
                <p>Palvelussa voivat julkaista yhdistykset, järjestöt ja muut yhteisöt, seurakunnat, kunnat ja muut julkiset toimijat sekä voittoa tavoittelemattomat yritykset, joiden toiminta liittyy kansalaistoimintaan tai ihmisten hyvinvointiin. Organisaatio voi julkaista sisältöä itsenäisesti, kun alueen koordinaattori on vahvistanut sen. Organisaation nimissä julkaiseva käyttäjä vakuuttaa, että hänellä on siihen organisaation lupa.</p>
                <p>Ilman käyttäjätunnusta voi lähettää tarinoita, palautetta, tapahtumia ja uutisia. Tarinat, tapahtumat ja uutiset julkaistaan vasta koordinaattorin hyväksynnän jälkeen, eikä ylläpitäjällä ole velvollisuutta julkaista kaikkea lähetettyä sisältöä.</p>
                <h2>Vastuu sisällöstä</h2>
                <p>Organisaatio ja sen käyttäjät vastaavat itse julkaisemansa sisällön oikeellisuudesta, ajantasaisuudesta ja lainmukaisuudesta. Pidä ilmoitukset ajan tasalla ja poista tai päivitä ne, jotka eivät enää pidä paikkaansa. Ylläpitäjä ei vastaa organisaatioiden ilmoittamien tapahtumien tai toiminnan toteutumisesta eikä niiden sisällöstä.</p>
                <h2>Kielletty sisältö</h2>
                <p>Palveluun ei saa julkaista eikä lähettää</p>
                <ul>
                <li>lainvastaista sisältöä tai sisältöä, joka kehottaa lainvastaiseen toimintaan</li>
                <li>syrjivää, halventavaa tai vihaa lietsovaa sisältöä</li>
                <li>kaupallista mainontaa, joka ei liity kansalaistoimintaan</li>
                <li>muiden ihmisten henkilötietoja tai tunnistettavia kuvia ilman heidän suostumustaan</li>
                <li>harhaanjohtavaa sisältöä, roskapostia tai linkkejä haitallisille sivuille.</li>
                </ul>
                <h2>Moderointi ja poistaminen</h2>
                <p>Alueen koordinaattori voi muokata, piilottaa tai poistaa sisältöä, joka rikkoo näitä ehtoja tai ei sovi palvelun tarkoitukseen. Pyrimme kertomaan poistosta ja sen syystä sisällön julkaisijalle. Toistuvien tai vakavien rikkomusten vuoksi käyttäjätunnus tai organisaation julkaisuoikeus voidaan jäädyttää tai sulkea.</p>
                <h3>Asiattomasta ilmoituksesta kertominen</h3>
                <p>Jos huomaat virheellisen tai asiattoman ilmoituksen, kerro siitä palautelomakkeella tai sähköpostitse osoitteeseen <a href="mailto:{producer_email}">{producer_email}</a>. Mainitse, mistä ilmoituksesta on kyse ja mikä siinä on mielestäsi vialla. Koordinaattori käsittelee ilmoitukset mahdollisimman pian.</p>
                <h2>Kuvat ja tekijänoikeudet</h2>
                <p>Lataa palveluun vain kuvia, tekstejä ja tiedostoja, joihin sinulla tai organisaatiollasi on käyttöoikeus. Jos kuvassa on tunnistettavia henkilöitä, varmista, että he ovat antaneet luvan kuvan julkaisemiseen. Mainitse kuvaaja, kun käyttöoikeus sitä edellyttää, ja kirjoita kuville kuvaava vaihtoehtoinen teksti.</p>
                <p>Tekijänoikeudet säilyvät niiden haltijoilla. Julkaisemalla sisältöä annat ylläpitäjälle oikeuden näyttää sitä {region}-palvelussa ja verkoston muissa palveluissa niin kauan kuin sisältö on julkaistuna.</p>
                <h2>Käyttäjätunnus ja sen päättyminen</h2>
                <p>Käyttäjätunnus on henkilökohtainen, eikä salasanaa saa antaa muille. Jos organisaatiossa on useita julkaisijoita, kukin luo oman tunnuksen ja liittyy organisaatioon. Voit poistaa tunnuksesi milloin tahansa tilisivultasi. Ylläpitäjä voi sulkea tunnuksen, jos näitä ehtoja rikotaan. Kun tunnus poistetaan, organisaation nimissä julkaistu sisältö jää organisaatiolle.</p>
                <h2>Ehtojen muuttaminen</h2>
                <p>Ylläpitäjä voi päivittää ehtoja esimerkiksi palvelun kehittyessä tai lainsäädännön muuttuessa. Uusi versio näytetään sinulle seuraavan kirjautumisen yhteydessä, ja palvelun käyttöä jatketaan hyväksymällä se.</p>
                <h2>Yhteystiedot</h2>
                <p>Käyttöehtoja koskeviin kysymyksiin vastaamme osoitteessa <a href="mailto:{producer_email}">{producer_email}</a>.</p>
                """),
        },
        "sv": {
            "title": "Användarvillkor",
            "slug": "anvandarvillkor",
            "introduction": (
                "De här villkoren gäller när du registrerar dig i {region}, "
                "publicerar din organisations innehåll där eller skickar in "
                "en berättelse, respons, ett evenemang eller en nyhet."
            ),
            "body": dedent("""\
                <h2>Villkorens tillämpning</h2>
                <p>{region} upprätthålls av {producer}. Villkoren gäller registrerade användare och alla som skickar in innehåll utan att logga in. Du godkänner villkoren när du registrerar dig eller skickar in innehåll. Du behöver inte registrera dig för att använda tjänsten.</p>
                <h2>Vem får publicera?</h2>
                <p>I tjänsten får föreningar, organisationer och andra sammanslutningar, församlingar, kommuner och andra offentliga aktörer samt företag som inte strävar efter vinst publicera, om deras verksamhet har med medborgarverksamhet eller människors välbefinnande att göra. En organisation kan publicera innehåll på egen hand när den regionala koordinatorn har bekräftat den. Den som publicerar i en organisations namn försäkrar att hen har organisationens tillstånd till det.</p>
                <p>Utan användarkonto kan du skicka in berättelser, respons, evenemang och nyheter. Berättelser, evenemang och nyheter publiceras först när koordinatorn har godkänt dem, och upprätthållaren är inte skyldig att publicera allt som skickas in.</p>
                <h2>Ansvar för innehållet</h2>
                <p>Organisationen och dess användare ansvarar själva för att innehållet de publicerar är korrekt, aktuellt och lagligt. Håll annonserna uppdaterade och ta bort eller uppdatera sådana som inte längre stämmer. Upprätthållaren ansvarar inte för att evenemang eller verksamhet som organisationerna annonserar genomförs, och inte heller för deras innehåll.</p>
                <h2>Otillåtet innehåll</h2>
                <p>I tjänsten får man inte publicera eller skicka in</p>
                <ul>
                <li>olagligt innehåll eller innehåll som uppmanar till olaglig verksamhet</li>
                <li>diskriminerande, kränkande eller hatiskt innehåll</li>
                <li>kommersiell reklam som inte har med medborgarverksamhet att göra</li>
                <li>andra personers personuppgifter eller bilder där de kan identifieras, utan deras samtycke</li>
                <li>vilseledande innehåll, skräppost eller länkar till skadliga webbplatser.</li>
                </ul>
                <h2>Moderering och borttagning</h2>
                <p>Den regionala koordinatorn kan redigera, dölja eller ta bort innehåll som bryter mot villkoren eller inte passar tjänstens syfte. Vi strävar efter att meddela den som publicerat innehållet om borttagningen och orsaken till den. Vid upprepade eller allvarliga överträdelser kan användarkontot eller organisationens publiceringsrätt frysas eller stängas.</p>
                <h3>Anmäl olämpligt innehåll</h3>
                <p>Om du ser en annons som är felaktig eller olämplig, meddela oss via responsformuläret eller per e-post till <a href="mailto:{producer_email}">{producer_email}</a>. Berätta vilken annons det gäller och vad som är fel. Koordinatorn behandlar anmälningarna så snart som möjligt.</p>
                <h2>Bilder och upphovsrätt</h2>
                <p>Ladda bara upp bilder, texter och filer som du eller din organisation har rätt att använda. Om personer kan identifieras på en bild ska du försäkra dig om att de har gett lov till att bilden publiceras. Ange fotografen när användningsrätten kräver det och skriv en beskrivande alternativtext till bilderna.</p>
                <p>Upphovsrätten stannar hos innehavaren. Genom att publicera innehåll ger du upprätthållaren rätt att visa det i {region} och i nätverkets övriga tjänster så länge innehållet är publicerat.</p>
                <h2>Användarkonto och avslutande</h2>
                <p>Användarkontot är personligt och lösenordet får inte ges till andra. Om en organisation har flera som publicerar skapar var och en ett eget konto och ansluter sig till organisationen. Du kan radera ditt konto när som helst på kontosidan. Upprätthållaren kan stänga ett konto om villkoren bryts. När ett konto raderas stannar innehåll som publicerats i organisationens namn kvar hos organisationen.</p>
                <h2>Ändringar i villkoren</h2>
                <p>Upprätthållaren kan uppdatera villkoren till exempel när tjänsten utvecklas eller lagstiftningen ändras. Den nya versionen visas för dig nästa gång du loggar in, och du fortsätter använda tjänsten genom att godkänna den.</p>
                <h2>Kontakt</h2>
                <p>Frågor om användarvillkoren besvaras på <a href="mailto:{producer_email}">{producer_email}</a>.</p>
                """),
        },
        "en": {
            "title": "Terms of use",
            "slug": "terms-of-use",
            "introduction": (
                "These terms apply when you register with {region}, publish "
                "your organisation's content on it, or send in a story, "
                "feedback, an event or a news item."
            ),
            "body": dedent("""\
                <h2>Scope</h2>
                <p>{region} is run by {producer}. These terms apply to registered users and to everyone who sends content without logging in. You accept the terms when you register or send content. You do not need to register to browse the site.</p>
                <h2>Who can publish?</h2>
                <p>Associations, NGOs and other communities, parishes, municipalities and other public bodies, and non-profit companies can publish on the site if their work relates to civic activity or people's well-being. An organisation can publish on its own once the regional coordinator has verified it. A user who publishes on behalf of an organisation confirms that they have the organisation's permission to do so.</p>
                <p>Without an account you can send stories, feedback, events and news. Stories, events and news are published only after the coordinator has approved them, and we are not obliged to publish everything that is sent.</p>
                <h2>Responsibility for content</h2>
                <p>Each organisation and its users are responsible for making sure that what they publish is accurate, up to date and lawful. Keep your listings current and remove or update any that are no longer correct. The service provider is not responsible for whether the events or activities listed by organisations take place, nor for their content.</p>
                <h2>Content that is not allowed</h2>
                <p>You must not publish or send</p>
                <ul>
                <li>illegal content, or content that encourages illegal activity</li>
                <li>discriminatory, degrading or hateful content</li>
                <li>commercial advertising that is not related to civic activity</li>
                <li>other people's personal data or identifiable photos of them without their consent</li>
                <li>misleading content, spam or links to harmful websites.</li>
                </ul>
                <h2>Moderation and removal</h2>
                <p>The regional coordinator may edit, hide or remove content that breaks these terms or does not fit the purpose of the service. We aim to tell the publisher that the content was removed and why. Repeated or serious breaches may lead to a user account or an organisation's right to publish being suspended or closed.</p>
                <h3>Reporting a listing</h3>
                <p>If you notice a listing that is wrong or inappropriate, tell us through the feedback form or by e-mail at <a href="mailto:{producer_email}">{producer_email}</a>. Say which listing it is and what you think is wrong with it. The coordinator handles reports as soon as possible.</p>
                <h2>Images and copyright</h2>
                <p>Only upload images, texts and files that you or your organisation have the right to use. If people can be recognised in a photo, make sure they have agreed to it being published. Credit the photographer when the licence requires it, and give every image a descriptive alternative text.</p>
                <p>Copyright stays with its owner. By publishing content you allow the service provider to show it on {region} and on the other sites of the network for as long as the content is published.</p>
                <h2>Accounts and termination</h2>
                <p>Your account is personal and you must not share your password. If several people publish for the same organisation, each of them creates their own account and joins the organisation. You can delete your account at any time on your account page. The service provider may close an account if these terms are broken. When an account is deleted, content published in the organisation's name stays with the organisation.</p>
                <h2>Changes to these terms</h2>
                <p>We may update these terms, for example when the service develops or the law changes. You will be shown the new version the next time you log in, and you continue using the service by accepting it.</p>
                <h2>Contact</h2>
                <p>Questions about these terms can be sent to <a href="mailto:{producer_email}">{producer_email}</a>.</p>
                """),
        },
    },
    # ------------------------------------------------------------------
    # Privacy notice (GDPR articles 13 and 14)
    # ------------------------------------------------------------------
    "privacy": {
        "fi": {
            "title": "Tietosuojaseloste",
            "slug": "tietosuoja",
            "introduction": (
                "Tässä selosteessa kerromme, mitä henkilötietoja "
                "{region}-palvelussa käsitellään, miksi niitä käsitellään ja "
                "miten voit käyttää oikeuksiasi."
            ),
            "body": dedent("""\
                <h2>Rekisterinpitäjä</h2>
                <p>Rekisterinpitäjä on {producer}. Tietosuojaa koskevissa asioissa tavoitat meidät osoitteesta <a href="mailto:{producer_email}">{producer_email}</a>.</p>
                <h2>Mitä tietoja käsittelemme?</h2>
                <ul>
                <li><strong>Käyttäjätili:</strong> sähköpostiosoite, nimi, kielivalinta ja salasana tiivisteenä, jota ei voi muuttaa takaisin salasanaksi.</li>
                <li><strong>Organisaatiojäsenyys:</strong> organisaatiot, joihin kuulut, ja roolisi niissä.</li>
                <li><strong>Tapahtumailmoittautumiset:</strong> nimi, sähköpostiosoite ja vastaukset järjestäjän kysymyksiin.</li>
                <li><strong>Kansalaisten lähettämä sisältö:</strong> tarinan, tapahtuman tai uutisen lähettäjän nimi ja sähköpostiosoite.</li>
                <li><strong>Palautteet:</strong> viesti ja yhteystiedot, jos annat ne.</li>
                <li><strong>Palvelinlokit:</strong> IP-osoite, ajankohta, pyydetty osoite ja selaimen tunniste.</li>
                </ul>
                <h2>Mistä tiedot saadaan?</h2>
                <p>Saamme tiedot pääosin sinulta itseltäsi, kun luot käyttäjätilin, ilmoittaudut tapahtumaan tai lähetät palveluun sisältöä tai palautetta. Jäsenyystiedot syntyvät, kun luot organisaation tai liityt siihen. Palvelinlokit syntyvät automaattisesti, kun selain hakee sivuja palvelimelta.</p>
                <h2>Käsittelyn tarkoitukset ja oikeusperusteet</h2>
                <ul>
                <li>Käyttäjätiliä ja organisaatiojäsenyyttä käsitellään, jotta voit käyttää palvelua ja julkaista organisaatiosi sisältöä. Peruste on käyttöehtoihin perustuva sopimus.</li>
                <li>Ilmoittautumistietoja käsitellään, jotta tapahtuman järjestäjä voi hoitaa ilmoittautumisen. Peruste on oma pyyntösi eli sopimus.</li>
                <li>Lähettäjän yhteystietoja käsitellään sisällön tarkistamiseksi ja mahdollisten lisäkysymysten esittämiseksi. Peruste on oikeutettu etu.</li>
                <li>Palautteita käsitellään niihin vastaamiseksi ja palvelun kehittämiseksi. Peruste on oikeutettu etu.</li>
                <li>Lokeja käsitellään tietoturvan ylläpitämiseksi ja vikojen selvittämiseksi. Peruste on oikeutettu etu.</li>
                </ul>
                <h2>Kuinka kauan tietoja säilytetään?</h2>
                <ul>
                <li>Käyttäjätili ja jäsenyydet säilytetään, kunnes poistat tilin tai se suljetaan.</li>
                <li>Ilmoittautumiset anonymisoidaan 30 päivän kuluttua tapahtuman päättymisestä. Tämän jälkeen jäljelle jää vain tilastotieto osallistujamäärästä.</li>
                <li>Kansalaisen lähettämän sisällön yhteystiedot poistetaan 30 päivän kuluttua siitä, kun sisältö on hyväksytty tai hylätty.</li>
                <li>Palautteet poistetaan 12 kuukauden kuluttua niiden käsittelystä.</li>
                <li>Palvelinlokit poistetaan 90 päivän kuluttua.</li>
                </ul>
                <h2>Kenelle tietoja luovutetaan?</h2>
                <p>Emme myy tietojasi emmekä luovuta niitä markkinointiin. Ilmoittautumistiedot näkyvät vain tapahtuman järjestäneen organisaation käyttäjille. Palvelimia ylläpitävät palveluntarjoajat käsittelevät tietoja puolestamme ja ohjeidemme mukaisesti. Tietoja ei siirretä EU:n ja ETA:n ulkopuolelle.</p>
                <p>Palvelussa ei ole kolmansien osapuolten seurantatyökaluja, analytiikkaa, mainoksia eikä ulkoisia fontteja. Sivusto ei lataa mitään kolmansien osapuolten palvelimilta, joten vierailustasi ei välity tietoa muille.</p>
                <h2>Automaattinen päätöksenteko</h2>
                <p>Tietojasi ei käytetä automaattiseen päätöksentekoon eikä profilointiin.</p>
                <h2>Sinun oikeutesi</h2>
                <ul>
                <li><strong>Tarkastusoikeus:</strong> voit pyytää tiedot itsestäsi. Kirjautuneena voit ladata kaikki tietosi JSON-tiedostona tilisivultasi.</li>
                <li><strong>Oikaisu:</strong> voit korjata tietosi tilisivulla tai pyytää korjausta meiltä.</li>
                <li><strong>Poisto:</strong> voit poistaa tilisi tilisivulla tai pyytää tietojesi poistamista.</li>
                <li><strong>Vastustaminen ja rajoittaminen:</strong> voit vastustaa oikeutettuun etuun perustuvaa käsittelyä tai pyytää sen rajoittamista.</li>
                <li><strong>Valitus:</strong> jos katsot, että tietojasi käsitellään lainvastaisesti, voit tehdä valituksen tietosuojavaltuutetun toimistolle.</li>
                </ul>
                <p>Pyynnöt voit lähettää osoitteeseen <a href="mailto:{producer_email}">{producer_email}</a>. Vastaamme kuukauden kuluessa.</p>
                <h2>Evästeet</h2>
                <p>Palvelu käyttää vain sen toiminnalle välttämättömiä evästeitä. Istuntoeväste pitää sinut kirjautuneena, kieleneväste muistaa valitsemasi kielen ja CSRF-eväste suojaa lomakkeita väärennetyiltä pyynnöiltä. Evästeitä ei käytetä seurantaan eikä markkinointiin, joten niihin ei pyydetä erillistä suostumusta.</p>
                """),
        },
        "sv": {
            "title": "Dataskyddsbeskrivning",
            "slug": "dataskydd",
            "introduction": (
                "Här berättar vi vilka personuppgifter som behandlas i "
                "{region}, varför de behandlas och hur du kan utöva dina "
                "rättigheter."
            ),
            "body": dedent("""\
                <h2>Personuppgiftsansvarig</h2>
                <p>Personuppgiftsansvarig är {producer}. I frågor som gäller dataskydd når du oss på <a href="mailto:{producer_email}">{producer_email}</a>.</p>
                <h2>Vilka uppgifter behandlar vi?</h2>
                <ul>
                <li><strong>Användarkonto:</strong> e-postadress, namn, språkval och lösenordet i form av en hashsumma som inte kan omvandlas tillbaka till lösenordet.</li>
                <li><strong>Medlemskap i organisationer:</strong> de organisationer du hör till och din roll i dem.</li>
                <li><strong>Anmälningar till evenemang:</strong> namn, e-postadress och svar på arrangörens frågor.</li>
                <li><strong>Innehåll som invånare skickar in:</strong> namn och e-postadress för den som skickar in en berättelse, ett evenemang eller en nyhet.</li>
                <li><strong>Respons:</strong> meddelandet och kontaktuppgifterna, om du uppger dem.</li>
                <li><strong>Serverloggar:</strong> IP-adress, tidpunkt, begärd adress och webbläsarens identifierare.</li>
                </ul>
                <h2>Varifrån får vi uppgifterna?</h2>
                <p>Vi får uppgifterna främst av dig själv när du skapar ett konto, anmäler dig till ett evenemang eller skickar in innehåll eller respons. Uppgifter om medlemskap uppstår när du skapar eller ansluter dig till en organisation. Serverloggar uppstår automatiskt när webbläsaren hämtar sidor från servern.</p>
                <h2>Ändamål och rättslig grund</h2>
                <ul>
                <li>Användarkonto och medlemskap behandlas för att du ska kunna använda tjänsten och publicera din organisations innehåll. Grunden är avtal enligt användarvillkoren.</li>
                <li>Anmälningar behandlas för att arrangören ska kunna sköta anmälan. Grunden är din egen begäran, det vill säga avtal.</li>
                <li>Kontaktuppgifter för den som skickat in innehåll behandlas för granskning och eventuella följdfrågor. Grunden är berättigat intresse.</li>
                <li>Respons behandlas för att kunna svara och utveckla tjänsten. Grunden är berättigat intresse.</li>
                <li>Loggar behandlas för informationssäkerhet och felsökning. Grunden är berättigat intresse.</li>
                </ul>
                <h2>Hur länge sparas uppgifterna?</h2>
                <ul>
                <li>Användarkonto och medlemskap sparas tills du raderar kontot eller det stängs.</li>
                <li>Anmälningar anonymiseras 30 dagar efter att evenemanget har avslutats. Därefter finns endast statistik över antalet deltagare kvar.</li>
                <li>Kontaktuppgifter för inskickat innehåll raderas 30 dagar efter att innehållet har godkänts eller avvisats.</li>
                <li>Respons raderas 12 månader efter att den har behandlats.</li>
                <li>Serverloggar raderas efter 90 dagar.</li>
                </ul>
                <h2>Vem får ta del av uppgifterna?</h2>
                <p>Vi säljer inte dina uppgifter och lämnar inte ut dem för marknadsföring. Anmälningar syns endast för användare i den organisation som ordnar evenemanget. Tjänsteleverantörer som sköter servrarna behandlar uppgifter för vår räkning och enligt våra instruktioner. Uppgifterna överförs inte utanför EU och EES.</p>
                <p>Tjänsten har inga spårningsverktyg, ingen analys, inga annonser och inga externa typsnitt från tredje part. Webbplatsen laddar ingenting från tredje parts servrar, så ingen annan får uppgifter om ditt besök.</p>
                <h2>Automatiserat beslutsfattande</h2>
                <p>Dina uppgifter används inte för automatiserat beslutsfattande eller profilering.</p>
                <h2>Dina rättigheter</h2>
                <ul>
                <li><strong>Rätt till insyn:</strong> du kan begära att få se uppgifterna om dig. Som inloggad kan du ladda ner alla dina uppgifter som en JSON-fil på kontosidan.</li>
                <li><strong>Rättelse:</strong> du kan rätta dina uppgifter på kontosidan eller be oss göra det.</li>
                <li><strong>Radering:</strong> du kan radera ditt konto på kontosidan eller begära att dina uppgifter raderas.</li>
                <li><strong>Invändning och begränsning:</strong> du kan invända mot behandling som grundar sig på berättigat intresse eller begära att den begränsas.</li>
                <li><strong>Klagomål:</strong> om du anser att dina uppgifter behandlas i strid med lagen kan du lämna in ett klagomål till dataombudsmannens byrå.</li>
                </ul>
                <p>Skicka dina begäranden till <a href="mailto:{producer_email}">{producer_email}</a>. Vi svarar inom en månad.</p>
                <h2>Kakor</h2>
                <p>Tjänsten använder endast kakor som behövs för att den ska fungera. En sessionskaka håller dig inloggad, en språkkaka kommer ihåg ditt språkval och en CSRF-kaka skyddar formulären mot förfalskade förfrågningar. Kakorna används inte för spårning eller marknadsföring och därför ber vi inte om separat samtycke till dem.</p>
                """),
        },
        "en": {
            "title": "Privacy notice",
            "slug": "privacy",
            "introduction": (
                "This notice explains what personal data {region} processes, "
                "why it is processed and how you can use your rights."
            ),
            "body": dedent("""\
                <h2>Controller</h2>
                <p>The controller is {producer}. For data protection matters, contact us at <a href="mailto:{producer_email}">{producer_email}</a>.</p>
                <h2>What data we process</h2>
                <ul>
                <li><strong>User account:</strong> e-mail address, name, language choice, and your password stored as a hash that cannot be turned back into the password.</li>
                <li><strong>Organisation membership:</strong> the organisations you belong to and your role in them.</li>
                <li><strong>Event registrations:</strong> name, e-mail address and answers to the organiser's questions.</li>
                <li><strong>Citizen submissions:</strong> the name and e-mail address of the person who sends a story, an event or a news item.</li>
                <li><strong>Feedback:</strong> the message and any contact details you give.</li>
                <li><strong>Server logs:</strong> IP address, time, requested address and browser identifier.</li>
                </ul>
                <h2>Where the data comes from</h2>
                <p>We get the data mainly from you: when you create an account, sign up for an event, or send content or feedback. Membership data is created when you create or join an organisation. Server logs are created automatically when your browser loads pages.</p>
                <h2>Purposes and legal bases</h2>
                <ul>
                <li>Account and membership data are processed so that you can use the service and publish your organisation's content. The legal basis is the contract formed by the terms of use.</li>
                <li>Registration data are processed so that the organiser can handle your registration. The legal basis is a contract: your own request.</li>
                <li>Submitters' contact details are processed to review the submission and ask follow-up questions if needed. The legal basis is legitimate interest.</li>
                <li>Feedback is processed to reply and to improve the service. The legal basis is legitimate interest.</li>
                <li>Logs are processed for security and troubleshooting. The legal basis is legitimate interest.</li>
                </ul>
                <h2>How long we keep data</h2>
                <ul>
                <li>Accounts and memberships are kept until you delete your account or it is closed.</li>
                <li>Event registrations are anonymised 30 days after the event ends. After that, only the number of participants remains for statistics.</li>
                <li>Submitters' contact details are deleted 30 days after the submission has been approved or rejected.</li>
                <li>Feedback is deleted 12 months after it has been handled.</li>
                <li>Server logs are deleted after 90 days.</li>
                </ul>
                <h2>Who receives the data</h2>
                <p>We do not sell your data or share it for marketing. Event registrations are visible only to users of the organisation that runs the event. The providers who operate our servers process data on our behalf and on our instructions. Data is not transferred outside the EU and the EEA.</p>
                <p>The site has no third-party trackers, analytics, advertising or external fonts. It loads nothing from third-party servers, so no one else learns about your visit.</p>
                <h2>Automated decision-making</h2>
                <p>Your data is not used for automated decision-making or profiling.</p>
                <h2>Your rights</h2>
                <ul>
                <li><strong>Access:</strong> you can ask for the data we hold about you. When logged in, you can download it all as a JSON file on your account page.</li>
                <li><strong>Rectification:</strong> you can correct your data on your account page or ask us to do it.</li>
                <li><strong>Erasure:</strong> you can delete your account on your account page or ask us to erase your data.</li>
                <li><strong>Objection and restriction:</strong> you can object to processing based on legitimate interest or ask for it to be restricted.</li>
                <li><strong>Complaint:</strong> if you think your data is processed unlawfully, you can lodge a complaint with the Office of the Data Protection Ombudsman.</li>
                </ul>
                <p>Send your requests to <a href="mailto:{producer_email}">{producer_email}</a>. We reply within one month.</p>
                <h2>Cookies</h2>
                <p>The site uses only cookies it needs to work. A session cookie keeps you logged in, a language cookie remembers your language and a CSRF cookie protects forms against forged requests. The cookies are not used for tracking or marketing, so we do not ask for separate consent.</p>
                """),
        },
    },
    # ------------------------------------------------------------------
    # Accessibility statement (Act on the Provision of Digital Services)
    # ------------------------------------------------------------------
    "accessibility": {
        "fi": {
            "title": "Saavutettavuusseloste",
            "slug": "saavutettavuus",
            "introduction": (
                "Haluamme, että jokainen voi käyttää {region}-palvelua, "
                "esimerkiksi pelkällä näppäimistöllä, ruudunlukijalla tai "
                "suurennettuna. Tämä seloste kertoo palvelun "
                "saavutettavuuden tilasta."
            ),
            "body": dedent("""\
                <h2>Saavutettavuuden tila</h2>
                <p>Tämä seloste koskee {region}-palvelua, ja se on laadittu digitaalisten palvelujen tarjoamisesta annetun lain mukaisesti. Tavoitteemme on, että palvelu täyttää WCAG 2.1 -ohjeiston AA-tason vaatimukset. Palvelu täyttää vaatimukset osittain: itse palvelu on suunniteltu saavutettavaksi, mutta organisaatioiden julkaisemassa sisällössä voi olla puutteita, jotka on kuvattu alla.</p>
                <h2>Miten saavutettavuutta arvioidaan?</h2>
                <ul>
                <li>Jokaisen uuden version yhteydessä jokainen sivutyyppi tarkistetaan automaattisesti axe-core-työkalulla oikeassa selaimessa.</li>
                <li>Lisäksi tarkistamme käsin, että sivuja voi käyttää pelkällä näppäimistöllä ja että ne toimivat ruudunlukijalla.</li>
                </ul>
                <p>Korjaamme löydetyt virheet ennen kuin uusi versio otetaan käyttöön.</p>
                <h2>Mitä saavutettavuudessa on otettu huomioon?</h2>
                <ul>
                <li>Kaikkia toimintoja voi käyttää näppäimistöllä, ja kohdistus näkyy selvästi.</li>
                <li>Sivun alussa on linkki, jolla pääsee suoraan pääsisältöön.</li>
                <li>Otsikot, listat ja lomakkeiden kentät on merkitty niin, että ruudunlukija tunnistaa ne.</li>
                <li>Tekstiä voi suurentaa selaimen omilla toiminnoilla, eikä sisältöä katoa näkyvistä.</li>
                <li>Tekstin ja taustan väliset värikontrastit täyttävät AA-tason vaatimukset.</li>
                <li>Palvelua voi käyttää suomeksi, ruotsiksi ja englanniksi.</li>
                </ul>
                <h2>Tunnetut puutteet</h2>
                <p>Suuren osan sisällöstä julkaisevat yhdistykset, järjestöt ja muut organisaatiot itse. Ohjeistamme niitä saavutettavaan julkaisemiseen, mutta kaikki sisältö ei aina ole saavutettavaa. Esimerkiksi:</p>
                <ul>
                <li>kuvista voi puuttua sisältöä kuvaava vaihtoehtoinen teksti</li>
                <li>liitteinä julkaistut PDF-tiedostot eivät välttämättä toimi ruudunlukijalla</li>
                <li>organisaatioiden lisäämistä videoista voi puuttua tekstitys</li>
                <li>tekstit voivat olla vaikeaselkoisia tai linkkien nimet epäselviä.</li>
                </ul>
                <p>Jos huomaat tällaisen puutteen, kerro siitä meille ja mainitse sivun osoite. Välitämme tiedon sisällön julkaisijalle ja autamme häntä korjaamaan puutteen mahdollisimman pian.</p>
                <p>Päivitämme tämän selosteen, kun palvelu muuttuu olennaisesti tai arvioinnissa löytyy uusia puutteita.</p>
                <h2>Anna palautetta saavutettavuudesta</h2>
                <p>Jos huomaat palvelussa saavutettavuuspuutteen tai et pääse käsiksi johonkin sisältöön, ota yhteyttä osoitteeseen <a href="mailto:{producer_email}">{producer_email}</a>. Voit myös pyytää sisältöä saavutettavassa muodossa. Vastaamme 14 päivän kuluessa.</p>
                <h2>Valvontaviranomainen</h2>
                <p>Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta 14 päivän kuluessa, voit tehdä ilmoituksen valvontaviranomaiselle. Valvontaviranomainen on Liikenne- ja viestintävirasto Traficom, digitaalisen esteettömyyden valvonta.</p>
                <p>Ohjeet ilmoituksen tekemiseen ja lisätietoa saavutettavuusvaatimuksista löydät osoitteesta saavutettavuusvaatimukset.fi.</p>
                """),
        },
        "sv": {
            "title": "Tillgänglighetsutlåtande",
            "slug": "tillganglighet",
            "introduction": (
                "Vi vill att alla ska kunna använda {region}, till exempel "
                "med enbart tangentbord, med skärmläsare eller med förstorad "
                "text. Här berättar vi hur tillgänglig tjänsten är."
            ),
            "body": dedent("""\
                <h2>Tillgänglighetens status</h2>
                <p>Det här utlåtandet gäller {region} och har utarbetats enligt lagen om tillhandahållande av digitala tjänster. Vårt mål är att tjänsten uppfyller kraven på nivå AA i riktlinjerna WCAG 2.1. Tjänsten uppfyller kraven delvis: själva tjänsten är utformad för att vara tillgänglig, men innehåll som organisationerna publicerar kan ha brister som beskrivs nedan.</p>
                <h2>Hur tillgängligheten bedöms</h2>
                <ul>
                <li>Vid varje ny version kontrolleras varje sidtyp automatiskt med verktyget axe-core i en riktig webbläsare.</li>
                <li>Dessutom kontrollerar vi manuellt att sidorna kan användas med enbart tangentbord och att de fungerar med skärmläsare.</li>
                </ul>
                <p>Fel som hittas rättas innan den nya versionen tas i bruk.</p>
                <h2>Vad har beaktats?</h2>
                <ul>
                <li>Alla funktioner kan användas med tangentbord och fokus syns tydligt.</li>
                <li>Överst på sidan finns en länk som leder direkt till huvudinnehållet.</li>
                <li>Rubriker, listor och formulärfält är märkta så att skärmläsare känner igen dem.</li>
                <li>Texten kan förstoras med webbläsarens egna funktioner utan att innehåll försvinner.</li>
                <li>Kontrasten mellan text och bakgrund uppfyller kraven på nivå AA.</li>
                <li>Tjänsten kan användas på finska, svenska och engelska.</li>
                </ul>
                <h2>Kända brister</h2>
                <p>En stor del av innehållet publiceras av föreningar, organisationer och andra aktörer själva. Vi ger dem anvisningar om tillgänglig publicering, men allt innehåll är inte alltid tillgängligt. Till exempel kan</p>
                <ul>
                <li>bilder sakna en alternativtext som beskriver innehållet</li>
                <li>PDF-filer som publicerats som bilagor fungera dåligt med skärmläsare</li>
                <li>videor som organisationerna lagt till sakna textning</li>
                <li>texter vara svårlästa eller länknamn otydliga.</li>
                </ul>
                <p>Om du upptäcker en sådan brist, berätta det för oss. Vi förmedlar informationen till den som publicerat innehållet och hjälper till att rätta den.</p>
                <p>Vi uppdaterar utlåtandet när tjänsten ändras väsentligt eller när nya brister upptäcks vid bedömningen.</p>
                <h2>Ge respons om tillgängligheten</h2>
                <p>Om du upptäcker en tillgänglighetsbrist eller inte kommer åt något innehåll, kontakta oss på <a href="mailto:{producer_email}">{producer_email}</a>. Du kan också be att få innehållet i tillgänglig form. Vi svarar inom 14 dagar.</p>
                <h2>Tillsynsmyndighet</h2>
                <p>Om du inte är nöjd med svaret eller inte får något svar inom 14 dagar kan du göra en anmälan till tillsynsmyndigheten. Tillsynsmyndigheten är Transport- och kommunikationsverket Traficom, tillsynen över digital tillgänglighet.</p>
                <p>Anvisningar för hur du gör en anmälan och mer information om tillgänglighetskraven finns på adressen saavutettavuusvaatimukset.fi.</p>
                """),
        },
        "en": {
            "title": "Accessibility statement",
            "slug": "accessibility",
            "introduction": (
                "We want everyone to be able to use {region}, for example "
                "with a keyboard only, with a screen reader or with zoomed "
                "text. This statement describes how accessible the service is."
            ),
            "body": dedent("""\
                <h2>Compliance status</h2>
                <p>This statement applies to {region} and has been prepared in line with the Finnish Act on the Provision of Digital Services. Our target is that the service meets WCAG 2.1 level AA. The service partially meets the requirements: the service itself is designed to be accessible, but content published by organisations may have the shortcomings described below.</p>
                <h2>How accessibility is checked</h2>
                <ul>
                <li>For every new release, each page type is checked automatically with the axe-core tool in a real browser.</li>
                <li>We also check by hand that the pages can be used with a keyboard alone and that they work with a screen reader.</li>
                </ul>
                <p>Issues we find are fixed before the new release goes live.</p>
                <h2>What we have taken into account</h2>
                <ul>
                <li>All functions can be used with a keyboard, and the focus is clearly visible.</li>
                <li>A link at the top of each page leads straight to the main content.</li>
                <li>Headings, lists and form fields are marked up so that screen readers recognise them.</li>
                <li>Text can be enlarged with the browser's own tools without content disappearing.</li>
                <li>Colour contrast between text and background meets level AA.</li>
                <li>The service can be used in Finnish, Swedish and English.</li>
                </ul>
                <h2>Known shortcomings</h2>
                <p>Much of the content is published by associations, NGOs and other organisations themselves. We give them guidance on accessible publishing, but not all content is always accessible. For example:</p>
                <ul>
                <li>images may lack an alternative text that describes them</li>
                <li>PDF files published as attachments may not work well with screen readers</li>
                <li>videos added by organisations may lack captions</li>
                <li>texts may be hard to read or link names unclear.</li>
                </ul>
                <p>If you notice a problem like this, please let us know. We will pass it on to the publisher and help them fix it.</p>
                <p>We update this statement whenever the service changes significantly or new shortcomings are found.</p>
                <h2>Give feedback on accessibility</h2>
                <p>If you find an accessibility problem or cannot access some content, contact us at <a href="mailto:{producer_email}">{producer_email}</a>. You can also ask for the content in an accessible format. We will reply within 14 days.</p>
                <h2>Enforcement</h2>
                <p>If you are not satisfied with our reply, or you do not get a reply within 14 days, you can report the matter to the supervisory authority: the Finnish Transport and Communications Agency Traficom, digital accessibility supervision.</p>
                <p>Instructions for making a report and more information about accessibility requirements are available at saavutettavuusvaatimukset.fi.</p>
                """),
        },
    },
}
