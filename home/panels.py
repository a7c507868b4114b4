"""Panels on the home pages, contributed by the apps that own their content.

An app declares its panels with a `register_home_panel` hook in its
wagtail_hooks.py (see regions.plugins); the home page renders every panel
whose context function returns a dict, in `order`.
"""

from collections.abc import Callable
from dataclasses import dataclass

from regions.plugins import collect


@dataclass(frozen=True)
class HomePanel:
    """`context(request, region, page)` returns the panel's template context, or None to skip it."""

    key: str
    template: str
    context: Callable
    order: int = 100


def get_home_panels():
    return collect("register_home_panel")


def render_context(request, region, page):
    """The panels to show, each as (panel, its context)."""
    shown = []
    for panel in get_home_panels():
        context = panel.context(request, region, page)
        if context is not None:
            shown.append({"panel": panel, "context": context})
    return shown
