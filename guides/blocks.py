"""The blocks a guide is written with.

Every block has its own template under templates/guides/blocks/ and a preview
value, so that editors see in the block picker what each one looks like.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock

from core.content import app_content

RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]
PREVIEW_TEMPLATE = "guides/blocks/preview.html"


def _first_pk(model):
    """Any row's pk, for a chooser in a preview: the picker shows the block with what the site has."""
    return model.objects.values_list("pk", flat=True).first()


def _live_guides(block):
    guide_model = block.child_blocks["guides"].child_block.target_model
    return list(guide_model.objects.live().filter(alias_of__isnull=True).values_list("pk", flat=True)[:3])


class GuideBlock(blocks.Block):
    """A block of the guide body, previewed in the block picker in the site's own styles.

    The preview's text is data (content/block_previews.yaml, keyed by class
    name); `preview_choosers` fills a chooser field with the site's own rows.
    """

    preview_choosers = {}

    class Meta:
        preview_template = PREVIEW_TEMPLATE

    def get_preview_value(self):
        value = app_content(__file__, "block_previews.yaml")[type(self).__name__]
        if self.preview_choosers:
            value = {**value, **{name: rows(self) for name, rows in self.preview_choosers.items()}}
        return self.to_python(value)


def _meta(name, icon, label, description):
    """A guide block's Meta: its icon, label and description in the block picker, and its template
    (guides/blocks/<name>.html)."""
    return type(
        "Meta", (), {"icon": icon, "label": label, "template": f"guides/blocks/{name}.html", "description": description}
    )


class TitledBlock(GuideBlock, blocks.StructBlock):
    """A block with an optional title above what it holds."""

    title = blocks.CharBlock(label=_("title"), max_length=120, required=False)


class HeadingBlock(GuideBlock, blocks.StructBlock):
    """A section heading; the guide's headings make its table of contents."""

    text = blocks.CharBlock(label=_("heading"), max_length=120)

    Meta = _meta("heading", "title", _("Heading"), _("A section heading. Headings make the guide's table of contents."))


class ParagraphBlock(GuideBlock, blocks.RichTextBlock):
    """Running text."""

    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    Meta = _meta("paragraph", "pilcrow", _("Text"), _("Paragraphs with bold, italic, lists and links."))


class ImageBlock(GuideBlock, blocks.StructBlock):
    """An image with the text that replaces it for screen-reader users and an optional caption."""

    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        max_length=250,
        help_text=_("What the image shows, for readers who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("caption"), max_length=250, required=False)

    preview_choosers = {"image": lambda block: _first_pk(get_image_model())}

    Meta = _meta("image", "image", _("Image"), _("An image with alternative text and an optional caption."))


class NoteBlock(TitledBlock):
    """A boxed note beside the running text: the base of the tip and warning boxes."""

    text = blocks.RichTextBlock(label=_("text"), features=RICH_TEXT_FEATURES)


class TipBlock(NoteBlock):
    """A tip box: a good practice worth highlighting."""

    Meta = _meta("tip", "pick", _("Tip"), _("A highlighted tip."))


class WarningBlock(NoteBlock):
    """A warning box: a pitfall with consequences."""

    Meta = _meta("warning", "warning", _("Warning"), _("A highlighted warning about a pitfall."))


class ChecklistBlock(TitledBlock):
    """A list of things to check or have ready."""

    items = blocks.ListBlock(blocks.CharBlock(label=_("item"), max_length=250), label=_("items"), min_num=1)

    Meta = _meta("checklist", "tasks", _("Checklist"), _("Things to check, as a list."))


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("step"), max_length=160)
    text = blocks.RichTextBlock(label=_("details"), features=RICH_TEXT_FEATURES, required=False)


class StepsBlock(TitledBlock):
    """Numbered steps to follow in order."""

    steps = blocks.ListBlock(StepBlock(), label=_("steps"), min_num=1)

    Meta = _meta("steps", "list-ol", _("Step by step"), _("Numbered steps to follow in order."))


class DocumentBlock(GuideBlock, blocks.StructBlock):
    """A downloadable document: a template, form or model."""

    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        label=_("link text"), max_length=160, required=False, help_text=_("The document's title if left empty.")
    )
    description = blocks.CharBlock(label=_("description"), max_length=250, required=False)

    preview_choosers = {"document": lambda block: _first_pk(get_document_model())}

    Meta = _meta("document", "doc-full", _("Document"), _("A document to download, such as a template."))


class QuoteBlock(GuideBlock, blocks.StructBlock):
    """A quotation with its source."""

    quote = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("who said it"), max_length=160, required=False)

    Meta = _meta("quote", "openquote", _("Quote"), _("A quotation with its source."))


class TableBlock(GuideBlock, blocks.StructBlock):
    """A simple data table with a caption and a header row."""

    caption = blocks.CharBlock(label=_("caption"), max_length=200, help_text=_("What the table shows."))
    header = blocks.ListBlock(blocks.CharBlock(label=_("column heading"), max_length=120), label=_("column headings"))
    rows = blocks.ListBlock(
        blocks.ListBlock(blocks.CharBlock(label=_("cell"), max_length=250, required=False), label=_("row")),
        label=_("rows"),
    )

    Meta = _meta("table", "table", _("Table"), _("A table with a caption and column headings."))

    def clean(self, value):
        value = super().clean(value)
        width = len(value["header"])
        if width and any(len(row) > width for row in value["rows"]):
            raise ValidationError(_("A row has more cells than the table has column headings."))
        return value


class LinkBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("link text"), max_length=160)
    url = blocks.URLBlock(label=_("address"))
    description = blocks.CharBlock(label=_("description"), max_length=250, required=False)


class LinkListBlock(TitledBlock):
    """A list of links to further reading."""

    links = blocks.ListBlock(LinkBlock(), label=_("links"), min_num=1)

    Meta = _meta("link_list", "link", _("Link list"), _("Links to further reading."))


class RelatedGuidesBlock(TitledBlock):
    """Other guides on the same subject; on a regional site they link to the region's own copy."""

    guides = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="guides.GuidePage", label=_("guide")), label=_("guides"), min_num=1
    )

    preview_choosers = {"guides": _live_guides}

    Meta = _meta("related_guides", "doc-empty-inverse", _("Related guides"), _("Links to other guides."))


class GuideBodyBlock(blocks.StreamBlock):
    """The body of a guide."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    tip = TipBlock()
    warning = WarningBlock()
    checklist = ChecklistBlock()
    steps = StepsBlock()
    document = DocumentBlock()
    quote = QuoteBlock()
    table = TableBlock()
    links = LinkListBlock()
    related_guides = RelatedGuidesBlock()
