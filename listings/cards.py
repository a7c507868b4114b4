"""Rendered listing cards, kept in the shared cache.

A section page shows twenty cards; rendering them through the template
engine was about half of a list page's time (each card formats dates, builds
its address and walks its places). A card's HTML depends only on the
listing row, its organisation, its places' names, its image, the page it
links from and the reader's language, so it is rendered once and kept under
a key made of exactly those: the listing's and its organisation's
`updated_at` change whenever they are saved (the listing's also when its
places change), the page's key covers its address, and the site's cache
version (regions/cache.py) changes whenever the site's pages do, or any
municipality, topic or image (rare, and what a card shows of them; see
listings/invalidation.py).
The page itself, its counts and the choice of rows are never cached.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS
from django.db.models import Value
from django.template.loader import get_template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Site

from organisations.models import Organisation
from regions import cache as site_cache

CARD_TIMEOUT = 60 * 60 * 24


def cache_version(request):
    site = Site.find_for_request(request)
    return site_cache.version(site.pk if site is not None else site_cache.NETWORK)


def _stamp(obj):
    updated = getattr(obj, "updated_at", None)
    return updated.timestamp() if updated else ""


def stamp(listing):
    """What a listing's cached HTML depends on of the listing itself: its and its organisation's last save."""
    organisation = getattr(listing, "organisation", None)
    organisation_part = f"{organisation.pk}@{_stamp(organisation)}" if organisation is not None else "-"
    return f"{listing._meta.label_lower}:{listing.pk}@{_stamp(listing)}:{organisation_part}"


def _key(prefix, listing):
    return f"{prefix}:{stamp(listing)}"


def _whole(load, uncached, listings):
    """`listings` with those of `uncached` that carry only their stamps replaced by whole rows."""
    partial = [listing for listing in uncached if listing.get_deferred_fields()]
    if not partial or load is None:
        return listings
    model = type(partial[0])
    whole = {row.pk: row for row in load(model.objects.filter(pk__in=[listing.pk for listing in partial]))}
    return [whole.get(listing.pk, listing) for listing in listings]


def render_cards(context, listings, template_name, load=None):
    """Each listing's card inside `<li>`, from the shared cache where it is already rendered.

    Listings that carry only their stamps (deferred fields, see
    `ListingQuerySet.stamps_only`) are loaded whole, in one query, when
    their card has to be rendered: through `load`, the name of the
    queryset method that reads them (a home panel's), else the page's `for_cards`.
    """
    listings = list(listings)
    if not listings:
        return ""
    page = context.get("page")
    prefix = ":".join(
        str(part)
        for part in (
            "listings:card",
            cache_version(context.get("request")),
            template_name,
            getattr(page, "pk", ""),
            get_language() or "",
        )
    )
    keys = [_key(prefix, listing) for listing in listings]
    found = cache.get_many(keys)
    if isinstance(load, str):
        # A queryset method's name (templates call what they are given, so a function cannot be passed).
        method = load

        def load(queryset):
            return getattr(queryset, method)()

    elif load is None:
        load = getattr(page, "for_cards", None)
    listings = _whole(
        load, [listing for key, listing in zip(keys, listings, strict=True) if key not in found], listings
    )
    missing = {}
    template = None
    parts = []
    for key, listing in zip(keys, listings, strict=True):
        html = found.get(key)
        if html is None:
            template = template or get_template(template_name)
            with context.push(listing=listing):
                html = template.template.render(context)
            missing[key] = html
        parts.append(f"<li>{html}</li>")
    if missing:
        cache.set_many(missing, CARD_TIMEOUT)
    return mark_safe("".join(parts))


def _stub(model, values):
    """A row of `model` that holds only `values` ({attname: value}); every other field is deferred."""
    names = [field.attname for field in model._meta.concrete_fields if field.attname in values]
    return model.from_db(DEFAULT_DB_ALIAS, names, [values[name] for name in names])


def stamped_rows(ids_by_model):
    """{model: [row]} of these ids with only their cards' stamps, read for every type in one query.

    Each row is what `ListingQuerySet.stamps_only()` reads (the listing's
    and its organisation's `updated_at`), for a page that shows cards of
    several types (an organisation's page): one query however many types
    it shows, instead of one a type. Rows come in the order of the ids.
    """
    content_types = ContentType.objects.get_for_models(*ids_by_model)
    parts = [
        model.objects.filter(pk__in=ids or [0])
        .order_by()
        .values_list(Value(content_types[model].pk), "id", "updated_at", "organisation_id", "organisation__updated_at")
        for model, ids in ids_by_model.items()
    ]
    if not parts:
        return {}
    models = {content_types[model].pk: model for model in ids_by_model}
    found = {}
    for content_type_id, pk, updated_at, organisation_id, organisation_updated_at in parts[0].union(
        *parts[1:], all=True
    ):
        row = _stub(models[content_type_id], {"id": pk, "updated_at": updated_at})
        if organisation_id is not None:
            row.organisation = _stub(Organisation, {"id": organisation_id, "updated_at": organisation_updated_at})
        found[models[content_type_id], pk] = row
    return {model: [found[model, pk] for pk in ids if (model, pk) in found] for model, ids in ids_by_model.items()}
