"""The sections this app adds to every site: "Submit", "Feedback" and "Development suggestions"."""

from regions.section_fields import introduction
from regions.sections import Section

SUBMIT_INTRODUCTIONS = {
    "fi": "Tiedätkö tapahtumasta, uutisesta tai tarinasta, jonka muidenkin pitäisi kuulla? Lähetä se meille. "
    "Koordinaattorimme tarkistaa sen ennen julkaisua, eikä sinun tarvitse luoda tunnusta.",
    "sv": "Känner du till ett evenemang, en nyhet eller en berättelse som fler borde höra om? Skicka den till oss. "
    "Vår koordinator granskar den före publiceringen, och du behöver inget konto.",
    "en": "Do you know of an event, a news item or a story that others should hear about? Send it to us. "
    "Our coordinator checks it before it is published, and you need no account.",
}

FEEDBACK_TEXTS = {
    "feedback": {
        "titles": {"fi": "Palaute", "sv": "Respons", "en": "Feedback"},
        "slugs": {"fi": "palaute", "sv": "respons", "en": "feedback"},
        "introduction": {
            "fi": "Kerro meille, mikä palvelussa toimii ja mikä ei. Luemme jokaisen palautteen.",
            "sv": "Berätta vad som fungerar i tjänsten och vad som inte gör det. Vi läser varje respons.",
            "en": "Tell us what works in the service and what does not. We read every message.",
        },
        "subject": {"fi": "Palaute: {region}", "sv": "Respons: {region}", "en": "Feedback: {region}"},
    },
    "suggestions": {
        "titles": {"fi": "Kehitysehdotukset", "sv": "Utvecklingsförslag", "en": "Development suggestions"},
        "slugs": {"fi": "kehitysehdotukset", "sv": "utvecklingsforslag", "en": "suggestions"},
        "introduction": {
            "fi": "Miten voisimme tehdä palvelusta paremman? Kerro ideasi, niin pohdimme sitä kehitystyössä.",
            "sv": "Hur kunde vi göra tjänsten bättre? Berätta din idé, så tar vi den med i utvecklingsarbetet.",
            "en": "How could we make the service better? Tell us your idea and we will consider it as we develop it.",
        },
        "subject": {
            "fi": "Kehitysehdotus: {region}",
            "sv": "Utvecklingsförslag: {region}",
            "en": "Development suggestion: {region}",
        },
    },
}

THANK_YOU = {
    "fi": "Kiitos! Viestisi on lähetetty.",
    "sv": "Tack! Ditt meddelande har skickats.",
    "en": "Thank you! Your message has been sent.",
}


def _feedback_fields(key):
    texts = FEEDBACK_TEXTS[key]

    def fields(region, language):
        return {
            "introduction": texts["introduction"][language],
            "thank_you_text": THANK_YOU[language],
            "to_address": region.producer_email or "",
            "subject": texts["subject"][language].format(region=region.name),
        }

    return fields


def site_sections():
    return [
        Section(
            key="submit",
            model="workflows.SubmissionPage",
            titles={"fi": "Ilmoita", "sv": "Anmäl", "en": "Submit"},
            slugs={"fi": "ilmoita", "sv": "anmal", "en": "submit"},
            order=95,
            show_in_menus=False,
            fields=introduction(SUBMIT_INTRODUCTIONS),
        ),
        *(
            Section(
                key=key,
                model="workflows.FeedbackFormPage",
                titles=FEEDBACK_TEXTS[key]["titles"],
                slugs=FEEDBACK_TEXTS[key]["slugs"],
                order=order,
                show_in_menus=False,
                fields=_feedback_fields(key),
            )
            for order, key in ((96, "feedback"), (97, "suggestions"))
        ),
    ]
