"""Turning a citizen's form into a moderated draft, and finding coordinators to tell."""

import json
import logging

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils.text import Truncator
from wagtail.actions.create import CreateAction
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale
from wagtail.utils.file import hash_filelike
from wagtail_localize.models import TranslationSource

from accounts.forms import paragraphs, text_to_html
from listings import registry
from regions.models import Region
from topics.models import Audience, Topic

from . import pending
from .records import CoordinatorPreference, Submission

logger = logging.getLogger(__name__)

#: {Submission.Kind: model label} of the listing types citizens may send in.
SUBMITTED_MODELS = registry.submission_models()


def owning_region(site_region, municipality):
    """A regional site owns what is sent on it; on the national site, the municipality decides."""
    if site_region is not None and not site_region.is_national:
        return site_region
    return Region.objects.owning(municipality) or site_region


def submitted_image_ids():
    """The images citizens sent with their submissions, as a subquery per submitted listing type.

    They stay out of organisation members' image chooser: a photo someone sent
    in is the coordinators' to publish, not another organisation's to reuse.
    """
    subqueries = []
    for label in SUBMITTED_MODELS.values():
        model = apps.get_model(label)
        submitted = Submission.objects.filter(content_type=ContentType.objects.get_for_model(model))
        subqueries.append(model.objects.filter(pk__in=submitted.values("object_id")).values("image_id"))
    return subqueries


#: The submitter's own details on a submitted listing.
CONTACT_FIELDS = ("submitter_name", "submitter_email")


def forget_translation_sources(translation_key, fields=CONTACT_FIELDS):
    """Blank `fields` in wagtail-localize's stored copies of a listing (its translation sources)."""
    for source in TranslationSource.objects.filter(object_id=translation_key):
        content = json.loads(source.content_json)
        if any(content.get(field) for field in fields):
            content.update(dict.fromkeys(fields, ""))
            source.content_json = json.dumps(content, cls=DjangoJSONEncoder)
            source.save(update_fields=["content_json"])


def summary_from(text):
    first = (paragraphs(text) or [""])[0].replace("\n", " ")
    return Truncator(first).chars(300)


def _save_image(uploaded, title, alt, region):
    Image = get_image_model()
    collection = (region.collection if region else None) or Collection.get_first_root_node()
    # The size and hash Wagtail's own upload form records (the hash finds duplicates).
    uploaded.seek(0)
    file_hash = hash_filelike(uploaded)
    uploaded.seek(0)
    image = Image(
        title=title[:255],
        file=uploaded,
        collection=collection,
        description=alt[:255],
        file_size=uploaded.size,
        file_hash=file_hash,
    )
    image.save()
    return image


def start_workflow(obj):
    """Start the object's moderation with no user, once: a second start would break Wagtail's invariant."""
    if obj.workflow_in_progress:
        return obj.current_workflow_state
    workflow = obj.get_workflow()
    if workflow is None:
        logger.error("No moderation workflow for %s %s; it stays a draft.", obj._meta.label, obj.pk)
        return None
    return workflow.start(obj, user=None)


def build_listing(kind, data, site_region, language):
    """The unsaved draft listing a citizen's cleaned form describes, with its places, topics and audiences.

    The preview shows it as it will look; `create_submission` saves it. The
    image is the caller's: a preview has none saved yet.
    """
    model = apps.get_model(SUBMITTED_MODELS[kind])
    municipality = data["municipality"]
    region = owning_region(site_region, municipality)
    locale = Locale.objects.get(language_code=language)
    instance = model(
        title=data["title"],
        summary=summary_from(data["description"]),
        body=text_to_html(data["description"]),
        locale=locale,
        original_locale=locale,
        region=region,
        submitter_name=data["submitter_name"],
        submitter_email=data["submitter_email"],
        image_alt=data.get("image_alt", "") or "",
    )
    if kind == Submission.Kind.EVENT:
        instance.starts_at = data["starts_at"]
        instance.ends_at = data.get("ends_at")
        instance.place_name = data.get("place_name", "")
        instance.address = data.get("address", "")
        instance.is_online = bool(data.get("is_online"))
        instance.online_url = data.get("online_url", "")
        instance.is_free = bool(data.get("is_free"))
        instance.price = "" if instance.is_free else data.get("price", "")
        instance.refresh_schedule()
    elif kind == Submission.Kind.STORY:
        instance.author_name = data.get("author_name") or data["submitter_name"]
    instance.municipalities = [municipality]
    # Slugs from the curated lists' checkboxes; a term deleted meanwhile is simply left out.
    instance.audiences = list(Audience.objects.filter(slug__in=data.get("audiences") or []))
    instance.topics.set(list(Topic.objects.filter(slug__in=data.get("topics") or [])))
    return instance


@transaction.atomic
def create_submission(kind, data, site_region, language, image=None):
    """Create the listing as a draft owned by the right region, start its workflow and record the submission.

    `image` is an uploaded file or a kept one (workflows.pending), which is
    removed once it is the submission's image.
    """
    instance = build_listing(kind, data, site_region, language)
    region = instance.region
    image = image if image is not None else data.get("image")
    kept = image if isinstance(image, pending.PendingImage) else None
    if kept is not None:
        with kept.open() as kept_file:
            instance.image = _save_image(kept_file, data["title"], data["image_alt"], region)
        transaction.on_commit(kept.discard)
    elif image:
        instance.image = _save_image(image, data["title"], data["image_alt"], region)
    listing = CreateAction(instance, user=None).execute()
    submission = Submission.objects.create(
        listing=listing,
        kind=kind,
        region=region,
        submitter_name=data["submitter_name"],
        submitter_email=data["submitter_email"],
        language=language,
        title=listing.title,
        image=listing.image,
    )
    start_workflow(listing)
    return submission


def digest_user_ids():
    return CoordinatorPreference.objects.filter(digest=True).values("user_id")


def coordinators_of(region, include_digest=False):
    """Active coordinators of a region with an e-mail address; without those who chose the digest."""
    User = get_user_model()
    if region is None or region.coordinator_group_id is None:
        return User.objects.none()
    users = User.objects.filter(groups=region.coordinator_group, is_active=True).exclude(email="")
    if not include_digest:
        users = users.exclude(pk__in=digest_user_ids())
    return users.distinct()
