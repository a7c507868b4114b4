"""The blocks a producer lays out their front page with (HomePage.layout).

A `PanelBlock` places one of the panels that apps register with the
`register_home_panel` hook (home.panels), so each app keeps owning what
its panel shows; a `FeaturedBlock` is the producer's own campaign or
featured item. Leaving a panel out hides it.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

from .panels import PANEL_BLOCK, get_home_panels


def panel_choices():
    """The registered home panels as (key, label), read when the editor is built (not at import)."""
    return [(panel.key, panel.label) for panel in get_home_panels()]


class PanelBlock(blocks.StructBlock):
    """One registered panel, optionally under the producer's own heading."""

    panel = blocks.ChoiceBlock(choices=panel_choices, label=_("panel"))
    heading = blocks.CharBlock(
        required=False,
        max_length=100,
        label=_("heading"),
        help_text=_("Leave empty for the panel's own heading."),
    )

    class Meta:
        icon = "list-ul"
        label = _("Panel")
        template = "home/blocks/panel_block.html"
        preview_value = {"panel": "latest-guides", "heading": ""}
        description = _("Upcoming events, volunteer tasks, news, guides or social-media posts, as the site shows them.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["label"] = dict(panel_choices()).get(value["panel"], value["panel"])
        return context


class FeaturedBlock(blocks.StructBlock):
    """A campaign or featured item: a heading, a few words, an image and a call to action."""

    heading = blocks.CharBlock(max_length=100, label=_("heading"))
    text = blocks.TextBlock(required=False, max_length=400, label=_("text"))
    image = ImageChooserBlock(required=False, label=_("image"))
    link_page = blocks.PageChooserBlock(required=False, label=_("link to a page"))
    link_url = blocks.URLBlock(required=False, label=_("or a web address"))
    link_label = blocks.CharBlock(
        required=False, max_length=60, label=_("call to action"), help_text=_("For example “Sign up as a volunteer”.")
    )

    class Meta:
        icon = "pick"
        label = _("Featured")
        template = "home/blocks/featured_block.html"
        preview_value = {
            "heading": "Vapaaehtoiseksi joulukeräykseen",
            "text": "Tule mukaan jakamaan joulukasseja.",
            "link_url": "https://example.org/",
            "link_label": "Ilmoittaudu",
        }
        description = _("A campaign or featured item with an image and a call to action.")

    def clean(self, value):
        value = super().clean(value)
        has_link = bool(value.get("link_page") or value.get("link_url"))
        errors = {}
        if value.get("link_page") and value.get("link_url"):
            errors["link_url"] = ValidationError(_("Choose a page or enter a web address, not both."))
        if value.get("link_label") and not has_link:
            errors["link_label"] = ValidationError(_("A call to action needs a page or a web address to go to."))
        if has_link and not value.get("link_label"):
            errors["link_label"] = ValidationError(_("Write the call to action, for example “Read more”."))
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class HomePanelsBlock(blocks.StreamBlock):
    """The front page's panels in their order; each registered panel at most once."""

    panel = PanelBlock()
    featured = FeaturedBlock()

    def clean(self, value):
        value = super().clean(value)
        seen, errors = set(), {}
        for index, child in enumerate(value):
            if child.block_type != PANEL_BLOCK:
                continue
            key = child.value["panel"]
            if key in seen:
                errors[index] = ValidationError(_("This panel is already on the page; remove one of them."))
            seen.add(key)
        if errors:
            raise StreamBlockValidationError(block_errors=errors)
        return value


def default_panels():
    """Every registered panel in its registered order, under its own heading: a new front page's layout."""
    return [(PANEL_BLOCK, {"panel": panel.key, "heading": ""}) for panel in get_home_panels()]
