"""The sections this app adds to every site: "Submit", "Feedback" and "Development suggestions"."""

from core.content import app_content
from regions.section_fields import introduction
from regions.sections import Section

# Titles, slugs and default texts in every language are data.
TEXTS = app_content(__file__, "sections.yaml")


def _feedback_fields(key):
    texts = TEXTS[key]

    def fields(region, language):
        return {
            "introduction": texts["introduction"][language],
            "thank_you_text": TEXTS["thank_you"][language],
            "to_address": region.producer_email or "",
            "subject": texts["subject"][language].format(region=region.name),
        }

    return fields


def site_sections():
    return [
        Section(
            key="submit",
            model="workflows.SubmissionPage",
            titles=TEXTS["submit"]["titles"],
            slugs=TEXTS["submit"]["slugs"],
            order=95,
            fields=introduction(TEXTS["submit"]["introduction"]),
        ),
        *(
            Section(
                key=key,
                model="workflows.FeedbackFormPage",
                titles=TEXTS[key]["titles"],
                slugs=TEXTS[key]["slugs"],
                order=order,
                fields=_feedback_fields(key),
            )
            for order, key in ((96, "feedback"), (97, "suggestions"))
        ),
    ]
