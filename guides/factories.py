"""Guides for tests and the demo, built the way an editor would: drafted, then published."""

import datetime

import factory
from django.utils.text import slugify
from wagtail.models import Locale

from topics.models import Audience, Topic

from .models import GuideIndexPage, GuidePage


def guide_index(region, language="fi"):
    """The region's guide index page in `language`."""
    index = region.section_page("guides")
    if language != index.locale.language_code:
        index = index.get_translation(Locale.objects.get(language_code=language))
    return index.specific


def sample_body():
    """One block of each kind that needs no image or document."""
    return [
        {"type": "heading", "value": {"text": "Ennen kokousta"}},
        {"type": "paragraph", "value": "<p>Hallitus valmistelee kokouksen asiat hyvissä ajoin.</p>"},
        {"type": "tip", "value": {"title": "Vinkki", "text": "<p>Varaa tila ajoissa.</p>"}},
        {"type": "warning", "value": {"title": "Huomaa", "text": "<p>Kutsu on lähetettävä ajoissa.</p>"}},
        {"type": "checklist", "value": {"title": "Tarkista", "items": ["Kutsu", "Esityslista"]}},
        {
            "type": "steps",
            "value": {"title": "Vaiheet", "steps": [{"title": "Kutsu koolle", "text": "<p>Sääntöjen mukaan.</p>"}]},
        },
        {"type": "heading", "value": {"text": "Kokouksen jälkeen"}},
        {"type": "quote", "value": {"quote": "Hyvin valmisteltu on puoliksi tehty.", "attribution": "Sananlasku"}},
        {
            "type": "table",
            "value": {"caption": "Aikataulu", "header": ["Mitä", "Milloin"], "rows": [["Kutsu", "7 päivää ennen"]]},
        },
        {
            "type": "links",
            "value": {"title": "Lisää", "links": [{"text": "PRH", "url": "https://www.prh.fi/", "description": ""}]},
        },
    ]


class GuidePageFactory(factory.Factory):
    """A published guide under `parent` (a GuideIndexPage).

    Running it again with the same parent and slug returns the existing page,
    so the demo loader can use it idempotently.
    """

    class Meta:
        model = GuidePage

    parent = None
    title = factory.Sequence(lambda n: f"Ohje {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    summary = factory.LazyAttribute(lambda o: f"Lyhyt kuvaus: {o.title}.")
    body = factory.LazyFunction(sample_body)
    last_reviewed = factory.LazyFunction(lambda: datetime.date(2026, 1, 15))
    topics = ()
    audiences = ()

    @classmethod
    def _build(cls, model_class, *args, parent=None, topics=(), audiences=(), **kwargs):
        return model_class(**kwargs)

    @classmethod
    def _create(cls, model_class, *args, parent, topics=(), audiences=(), **kwargs):
        if not isinstance(parent, GuideIndexPage):
            raise TypeError("A guide's parent must be a GuideIndexPage.")
        existing = GuidePage.objects.child_of(parent).filter(slug=kwargs["slug"]).first()
        if existing is not None:
            return existing
        page = model_class(locale=parent.locale, **kwargs)
        page.live = False
        parent.add_child(instance=page)
        set_taxonomy(page, topics, audiences)
        page.save_revision().publish()
        page.refresh_from_db()
        return page


def set_taxonomy(page, topic_slugs, audience_slugs):
    page.topics.set(list(Topic.objects.filter(slug__in=topic_slugs)))
    page.audiences.set(list(Audience.objects.filter(slug__in=audience_slugs)))


def translate_guide(guide, language, *, title, summary, body, slug=None):
    """Publish `guide`'s translation into `language` with the given text (returns the existing one if any)."""
    locale = Locale.objects.get(language_code=language)
    existing = guide.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translation = guide.copy_for_translation(locale)
    translation.title = title
    translation.draft_title = title
    translation.summary = summary
    translation.body = body
    translation.slug = slug or slugify(title)
    translation.save()
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation
