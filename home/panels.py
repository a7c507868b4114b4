"""Panels on the home pages, contributed by the apps that own their content.

An app registers a panel in its AppConfig.ready(); the home page renders
every panel whose context function returns a dict, in `order`.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class HomePanel:
    """`context(request, region, page)` returns the panel's template context, or None to skip it."""

    key: str
    template: str
    context: Callable
    order: int = 100


_registry: dict[str, HomePanel] = {}


def register_home_panel(panel):
    if panel.key in _registry and _registry[panel.key] != panel:
        raise ValueError(f"Home panel {panel.key!r} is already registered differently.")
    _registry[panel.key] = panel


def get_home_panels():
    return sorted(_registry.values(), key=lambda panel: (panel.order, panel.key))


def render_context(request, region, page):
    """The panels to show, each as (panel, its context)."""
    shown = []
    for panel in get_home_panels():
        context = panel.context(request, region, page)
        if context is not None:
            shown.append({"panel": panel, "context": context})
    return shown
