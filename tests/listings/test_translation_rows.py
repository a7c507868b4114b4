"""`is_translation_row` is kept by the database and tells translations from originals."""

import pytest

from listings.factories import EventFactory, NewsItemFactory, translate
from listings.models import Event, NewsItem

pytestmark = pytest.mark.django_db


def test_the_database_marks_translations_and_only_them():
    event = EventFactory(title="Kevätkonsertti")
    swedish = translate(event, "sv", title="Vårkonsert")
    news = NewsItemFactory()

    assert Event.objects.get(pk=event.pk).is_translation_row is False
    assert Event.objects.get(pk=swedish.pk).is_translation_row is True
    assert NewsItem.objects.get(pk=news.pk).is_translation_row is False
    assert set(Event.objects.filter(is_translation_row=True).values_list("pk", flat=True)) == {swedish.pk}


def test_the_mark_follows_a_changed_language_without_any_code_keeping_it():
    event = EventFactory()
    swedish = translate(event, "sv")
    # Even a bulk update that bypasses save() keeps the stored column right.
    Event.objects.filter(pk=swedish.pk).update(original_locale_id=swedish.locale_id)
    assert Event.objects.get(pk=swedish.pk).is_translation_row is False


def test_a_published_translation_keeps_its_mark():
    event = EventFactory()
    swedish = translate(event, "sv", live=False)
    swedish.save_revision().publish()
    assert Event.objects.get(pk=swedish.pk).is_translation_row is True
    assert Event.objects.get(pk=event.pk).is_translation_row is False
