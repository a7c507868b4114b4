import math
import re

from django import forms
from django.core.paginator import Paginator
from django.db import models
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.search import clean_query
from regions.site_data import CachedRoutingMixin, CachedViewRestrictionsMixin
from topics.models import Audience, Topic
from visits.counting import mark as mark_view

from .blocks import GuideBodyBlock
from .routing import TranslationFallbackMixin

WORDS_PER_MINUTE = 180


class GuidePageTopic(TaggedItemBase):
    """A guide's curated topic (the same topics as listings)."""

    content_object = ParentalKey("guides.GuidePage", on_delete=models.CASCADE, related_name="topic_items")
    tag = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="guide_items")

    class Meta:
        verbose_name = _("guide topic")
        verbose_name_plural = _("guide topics")


class GuideIndexPage(TranslationFallbackMixin, CachedRoutingMixin, CachedViewRestrictionsMixin, Page):
    """A site's guides and tips: its own guides beside the national ones shared to it.

    Lists guides by topic, with a topic filter and a search box.
    """

    introduction = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["guides.GuidePage"]
    max_count_per_parent = 1
    guides_per_page = 30

    class Meta:
        verbose_name = _("guide index page")
        verbose_name_plural = _("guide index pages")

    def guides(self):
        return (
            GuidePage.objects.child_of(self)
            .live()
            .public()
            .order_by("title")
            .prefetch_related("topics", "audiences")
            .select_related("alias_of")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        guides = self.guides()
        topics = list(Topic.objects.filter(guide_items__content_object__in=guides).distinct().order_by("name"))
        selected_topic = None
        topic_slug = request.GET.get("topic", "")
        if topic_slug:
            selected_topic = next((topic for topic in topics if topic.slug == topic_slug), None)
            if selected_topic is None:
                context["unknown_topic"] = True
            else:
                guides = guides.filter(topics=selected_topic)
        query = clean_query(request.GET.get("q", ""))
        if query:
            # The search backend cannot filter on tags, so search within the
            # already filtered pages by primary key and keep its ranking.
            ranked = [page.pk for page in GuidePage.objects.child_of(self).live().search(query)]
            allowed = set(guides.values_list("pk", flat=True))
            order = [pk for pk in ranked if pk in allowed]
            by_pk = guides.in_bulk(order)
            guides = [by_pk[pk] for pk in order]
        filtering = bool(query or selected_topic or topic_slug)
        context.update(
            topics=topics,
            selected_topic=selected_topic,
            query=query,
            filtering=filtering,
        )
        if filtering:
            context["results"] = Paginator(guides, self.guides_per_page).get_page(request.GET.get("page"))
        else:
            context["groups"] = self.group_by_topic(list(guides), topics)
        return context

    @staticmethod
    def group_by_topic(guides, topics):
        """Guides under each of their topics, and those without a topic last."""
        groups = {topic.pk: {"topic": topic, "guides": []} for topic in topics}
        untagged = []
        for guide in guides:
            guide_topics = list(guide.topics.all())
            for topic in guide_topics:
                if topic.pk in groups:
                    groups[topic.pk]["guides"].append(guide)
            if not guide_topics:
                untagged.append(guide)
        result = [group for group in groups.values() if group["guides"]]
        if untagged:
            result.append({"topic": None, "guides": untagged})
        return result


def _text_of(value):
    """Every string inside a block's raw value, for counting words."""
    if isinstance(value, str):
        yield strip_tags(value)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in {"type", "id"}:
                yield from _text_of(item)
    elif isinstance(value, list):
        for item in value:
            yield from _text_of(item)


class GuidePage(CachedViewRestrictionsMixin, Page):
    """A guide or tip for people who run associations.

    The national producer's guides are shared to the regions as aliases; a
    regional copy follows the original and names it as canonical.
    """

    summary = models.TextField(
        _("summary"), max_length=400, help_text=_("One or two sentences shown in lists and search results.")
    )
    body = StreamField(GuideBodyBlock(), verbose_name=_("body"))
    topics = ClusterTaggableManager(through=GuidePageTopic, blank=True, verbose_name=_("topics"))
    audiences = ParentalManyToManyField(Audience, blank=True, verbose_name=_("audiences"), related_name="guides")
    last_reviewed = models.DateField(
        _("last reviewed"), null=True, blank=True, help_text=_("When someone last checked that the guide is correct.")
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("topics"),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("last_reviewed"),
            ],
            heading=_("Topics and review"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields(
            "topics", [index.SearchField("name"), index.SearchField("name_sv"), index.SearchField("name_en")]
        ),
        index.FilterField("alias_of"),
    ]

    parent_page_types = ["guides.GuideIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("guide")
        verbose_name_plural = _("guides")

    @cached_property
    def reading_minutes(self):
        words = sum(len(text.split()) for text in _text_of(list(self.body.raw_data)))
        words += len(self.summary.split())
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    def body_items(self):
        """The body's blocks, each with the anchor its heading gets (or None)."""
        anchors = self._heading_anchors()
        return [(child, anchors.get(child.id)) for child in self.body]

    def table_of_contents(self):
        anchors = self._heading_anchors()
        return [
            {"anchor": anchors[child.id], "text": child.value["text"]}
            for child in self.body
            if child.block_type == "heading"
        ]

    def _heading_anchors(self):
        if not hasattr(self, "_anchor_cache"):
            anchors, used = {}, set()
            for child in self.body:
                if child.block_type != "heading":
                    continue
                base = slugify(child.value["text"]) or "osio"
                # An id must start with a letter to be a usable fragment everywhere.
                base = base if re.match(r"^[a-z]", base) else f"h-{base}"
                anchor, number = base, 2
                while anchor in used:
                    anchor, number = f"{base}-{number}", number + 1
                used.add(anchor)
                anchors[child.id] = anchor
            self._anchor_cache = anchors
        return self._anchor_cache

    @property
    def canonical_page(self):
        """The page search engines should index: the national original of a shared guide."""
        return self.alias_of.specific if self.alias_of_id else self

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["canonical_url"] = self.canonical_page.get_full_url(request)
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if getattr(request, "is_preview", False):
            return response
        # A shared guide's views on every site count for the original, so that it is one guide in the
        # statistics; the site tells the regions apart. Counted on the way out (visits/middleware.py).
        return mark_view(response, self.canonical_page, request)
