"""Panels on the home pages, contributed by the apps that own their content.

An app declares its panels with a `register_home_panel` hook in its
wagtail_hooks.py (see regions.plugins). Each home page lays them out in its
`layout` stream (home.blocks): which panels, in which order, under which
headings, between the producer's own featured blocks. A panel shows when
the page places it and its context function returns a dict.
"""

from collections.abc import Callable
from dataclasses import dataclass

from regions.plugins import collect

#: The stream's block types (home.blocks): a registered panel, or the producer's featured item.
PANEL_BLOCK = "panel"
FEATURED_BLOCK = "featured"


@dataclass(frozen=True)
class HomePanel:
    """`context(request, region, page)` returns the panel's template context, or None to skip it.

    `label` names the panel in the page editor's panel choice.
    """

    key: str
    template: str
    context: Callable
    order: int = 100
    label: str = ""

    def __post_init__(self):
        if not self.label:
            object.__setattr__(self, "label", self.key)


def get_home_panels():
    return collect("register_home_panel")


def render_context(request, region, page):
    """The page's panels to show, in the page's order.

    Each is {"panel", "context", "heading"} for a registered panel (heading
    empty for the panel's own) or {"block"} for a featured block. A panel
    whose app no longer registers it is skipped, as is one with nothing to show.
    """
    registered = {panel.key: panel for panel in get_home_panels()}
    shown = []
    for block in page.layout:
        if block.block_type == FEATURED_BLOCK:
            shown.append({"block": block})
            continue
        panel = registered.get(block.value["panel"])
        if panel is None:
            continue
        context = panel.context(request, region, page)
        if context is not None:
            shown.append({"panel": panel, "context": context, "heading": block.value["heading"]})
    return shown
