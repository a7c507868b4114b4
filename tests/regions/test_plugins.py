"""Plug-ins through named Wagtail hooks: every app's items, collected once per process, in order."""

from dataclasses import dataclass

import pytest
from wagtail import hooks

from regions.plugins import collect
from regions.sections import Section, get_sections

HOOK = "register_test_item"


@dataclass(frozen=True)
class Item:
    key: str
    order: int


def first_app():
    return [Item("b", 2), Item("a", 2)]


def second_app():
    return [Item("c", 1)]


def test_items_of_every_app_come_in_order_then_key():
    with hooks.register_temporarily([(HOOK, first_app), (HOOK, second_app)]):
        assert [item.key for item in collect(HOOK)] == ["c", "a", "b"]


def test_the_collection_is_kept_until_the_registered_functions_change():
    with hooks.register_temporarily(HOOK, first_app):
        collected = collect(HOOK)
        assert collect(HOOK) is collected
        with hooks.register_temporarily(HOOK, second_app):
            assert [item.key for item in collect(HOOK)] == ["c", "a", "b"]
        assert [item.key for item in collect(HOOK)] == ["a", "b"]


def test_one_key_declared_twice_differently_is_refused_and_the_same_twice_is_one_item():
    with hooks.register_temporarily([(HOOK, first_app), (HOOK, lambda: [Item("a", 2)])]):
        assert [item.key for item in collect(HOOK)] == ["a", "b"]
    conflicting = hooks.register_temporarily([(HOOK, first_app), (HOOK, lambda: [Item("a", 9)])])
    with conflicting, pytest.raises(ValueError, match="'a' is registered twice"):
        collect(HOOK)


def test_a_section_needs_a_title_and_slug_in_every_language():
    def half_translated():
        return [Section(key="half", model="home.StandardPage", titles={"fi": "Puoli"}, slugs={"fi": "puoli"})]

    registered = hooks.register_temporarily("register_site_section", half_translated)
    with registered, pytest.raises(ValueError, match="'half' lacks a title or slug in: en, sv"):
        get_sections()


def test_the_apps_declare_their_sections_through_the_hook():
    keys = [section.key for section in get_sections()]
    assert keys[:4] == ["events", "activities", "volunteering", "jobs"]
    assert {"guides", "organisations", "submit", "feedback", "suggestions", "search", "about"} <= set(keys)
