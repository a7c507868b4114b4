"""Building and updating a region: its site, pages, group, workflow and collection.

Every step looks for what exists before it creates anything, so running it
again with the same arguments changes nothing, and running it after a new
section or language has been added fills in only what is missing.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail.coreutils import find_available_slug
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Locale,
    Page,
    Site,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.snippets.models import get_workflow_enabled_models

from home.blocks import default_panels
from home.default_content import HOME_INTRODUCTION
from organisations.permissions import coordinator_permissions
from regions.models import (
    COORDINATOR_SETTINGS,
    AdministrativeRegion,
    BrandingSettings,
    Municipality,
    Region,
    RegionSection,
    validate_accent_colour,
)
from regions.municipalities import load_municipalities
from regions.sections import LANGUAGE_CODES, get_sections

PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
COLLECTION_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
)


@dataclass
class RegionSpec:
    """What a region should look like; the arguments of `create_region`."""

    name: str
    slug: str
    hostname: str
    producer_name: str
    port: int = 80
    is_national: bool = False
    is_default_site: bool = False
    area_names: dict = field(default_factory=dict)
    region_codes: list = field(default_factory=list)
    municipality_codes: list = field(default_factory=list)
    producer_email: str = ""
    producer_phone: str = ""
    producer_url: str = ""
    accent_colour: str = ""


class RegionSpecError(ValueError):
    """The arguments do not describe a region that can be built."""


def ensure_base_data():
    """The data that migrations load: the page tree's root, locales, municipalities.

    Tests that flush the database (the browser tests) call this to get it back.
    """
    if not Page.get_first_root_node():
        Page.add_root(instance=Page(title="Root", slug="root", locale=ensure_locales()["fi"], live=True))
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")
    if not Municipality.objects.exists():
        load_municipalities(AdministrativeRegion, Municipality)


def ensure_locales():
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGE_CODES}


def resolve_coverage(spec):
    """The municipalities a spec covers, checking that every code exists."""
    if spec.is_national:
        return []
    known = set(AdministrativeRegion.objects.filter(code__in=spec.region_codes).values_list("code", flat=True))
    missing = sorted(set(spec.region_codes) - known)
    if missing:
        raise RegionSpecError(f"Unknown region code(s): {', '.join(missing)}")
    municipalities = list(Municipality.objects.filter(administrative_region__code__in=spec.region_codes))
    by_code = Municipality.objects.in_bulk(spec.municipality_codes, field_name="code")
    missing = sorted(set(spec.municipality_codes) - set(by_code))
    if missing:
        raise RegionSpecError(f"Unknown municipality code(s): {', '.join(missing)}")
    municipalities.extend(by_code.values())
    if not municipalities:
        raise RegionSpecError("A regional service needs a coverage: give region codes or municipality codes.")
    return municipalities


def _update_fields(instance, values):
    """Save only the fields whose value differs; return whether anything changed."""
    changed = [name for name, value in values.items() if getattr(instance, name) != value]
    for name in changed:
        setattr(instance, name, values[name])
    if changed and instance.pk:
        instance.save(update_fields=changed)
    return bool(changed)


def _publish_new_page(parent, page):
    """Add a page as a draft and publish it as its first revision."""
    page.live = False
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _translate_page(page, locale, values):
    """Create `page`'s translation in `locale` with `values`, published.

    The copy gets its translated slug and fields as it is made (rather than
    through copy_for_translation and a later edit), so that Wagtail records no
    slug change and creates no redirects.
    """
    parent = page.get_parent()
    translated_parent = parent if parent.is_root() else parent.get_translation(locale)
    values = dict(values)
    if parent.is_root():
        values["slug"] = f"{page.slug}-{locale.language_code}"
    values["slug"] = find_available_slug(translated_parent, values["slug"])
    translation = page.copy(
        to=translated_parent,
        update_attrs={"locale": locale, **values},
        copy_revisions=False,
        keep_live=False,
        reset_translation_key=False,
        log_action="wagtail.copy_for_translation",
    )
    translation.save_revision().publish()
    return translation


def _home_values(region, language):

    area = region.area_name_fi
    area = {"sv": region.area_name_sv, "en": region.area_name_en}.get(language) or area
    return {
        "title": region.name,
        "introduction": HOME_INTRODUCTION[language].format(region=region.name, area=area),
    }


def ensure_home_page(region, locales):
    """The region's home page in Finnish, with its Swedish and English translations."""
    home = region.site.root_page.specific
    for code in LANGUAGE_CODES[1:]:
        if not home.get_translation_or_none(locales[code]):
            _translate_page(home, locales[code], _home_values(region, code))
    return home


def ensure_sections(region, locales):
    """Create each registered section that the region lacks, in every language."""
    home = region.site.root_page.specific
    recorded = {section.key: section for section in region.sections.select_related("page")}
    for section in get_sections():
        if section.key in recorded:
            page = recorded[section.key].page.specific
        else:
            page = section.page_model()(locale=locales["fi"], **section.page_values(region, "fi"))
            _publish_new_page(home, page)
            RegionSection.objects.create(region=region, key=section.key, page=page)
        for code in LANGUAGE_CODES[1:]:
            if not page.get_translation_or_none(locales[code]):
                _translate_page(page, locales[code], section.page_values(region, code))


def _permissions(pairs):
    return [Permission.objects.get(content_type__app_label=app, codename=codename) for app, codename in pairs]


def _attach(region, field_name, make):
    """The region's `field_name` link; when it is empty, `make()` gives it and the region keeps it."""
    linked = getattr(region, field_name)
    if linked is None:
        linked = make()
        setattr(region, field_name, linked)
        region.save(update_fields=[field_name])
    return linked


def _named(model, name):
    """A function finding or making the `model` row of that name (for `_attach`)."""
    return lambda: model.objects.get_or_create(name=name)[0]


def ensure_coordinators(region):
    """The coordinator group with rights on the region's pages and media."""
    group = _attach(region, "coordinator_group", _named(Group, f"Coordinators: {region.name}"))
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    group.permissions.add(access_admin)

    # National coordinators look after every site, so they get the whole tree.
    if region.is_national:
        page_roots = [Page.get_first_root_node()]
        collection = Collection.get_first_root_node()
    else:
        page_roots = list(region.site.root_page.get_translations(inclusive=True))
        collection = region.collection
    page_permissions = _permissions(("wagtailcore", codename) for codename in PAGE_PERMISSIONS)
    for root in page_roots:
        for permission in page_permissions:
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
    for permission in _permissions(COLLECTION_PERMISSIONS):
        GroupCollectionPermission.objects.get_or_create(group=group, collection=collection, permission=permission)
    # Model rights on organisations and listings; the organisation-scoped
    # permission policy narrows them to what the region owns.
    if apps.is_installed("organisations"):
        group.permissions.add(*coordinator_permissions())
    ensure_settings_permissions(region, group)
    return group


def settings_permissions():
    """The `change` permissions of the site settings that coordinators edit (regions.models.COORDINATOR_SETTINGS)."""
    content_types = ContentType.objects.get_for_models(*COORDINATOR_SETTINGS).values()
    codenames = [f"change_{model._meta.model_name}" for model in COORDINATOR_SETTINGS]
    return list(Permission.objects.filter(content_type__in=content_types, codename__in=codenames))


def ensure_settings_permissions(region, group):
    """Let the region's coordinators edit its own site's settings, and no other site's.

    Wagtail's site settings check a model permission given either for every
    site (a plain group permission) or for one site (GroupSitePermission):
    national coordinators look after every site, so they get the former;
    regional ones the latter, on their own site only.
    """
    permissions = settings_permissions()
    if region.is_national:
        group.permissions.add(*permissions)
        return
    for permission in permissions:
        GroupSitePermission.objects.get_or_create(group=group, site=region.site, permission=permission)


def ensure_workflow(region):
    """One moderation workflow per region, approved by its coordinators."""
    workflow = _attach(region, "workflow", _named(Workflow, f"Moderation: {region.name}"))
    if not workflow.workflow_tasks.exists():
        task = GroupApprovalTask.objects.create(name=f"Approval by coordinators: {region.name}")
        task.groups.set([region.coordinator_group])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    # The region's pages, in every language, go through its moderation when
    # someone without publishing rights edits them.
    for page in region.site.root_page.get_translations(inclusive=True):
        WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})
    if region.is_national:
        ensure_snippet_workflows(workflow)
    return workflow


def ensure_snippet_workflows(workflow):
    """Make `workflow` the default of every moderated snippet type that has none.

    Each object is moderated by its own region's workflow (its
    `get_workflow()`), but without a default the admin's create view offers
    no "Submit for moderation" at all.
    """

    for model in get_workflow_enabled_models():
        WorkflowContentType.objects.get_or_create(
            content_type=ContentType.objects.get_for_model(model), defaults={"workflow": workflow}
        )


def ensure_collection(region):
    def make():
        root = Collection.get_first_root_node()
        return root.get_children().filter(name=region.name).first() or root.add_child(name=region.name)

    return _attach(region, "collection", make)


def ensure_branding(region, accent_colour):
    branding = BrandingSettings.for_site(region.site)
    if accent_colour and branding.accent_colour != accent_colour:
        branding.accent_colour = accent_colour
        branding.full_clean()
        branding.save()
    return branding


@transaction.atomic
def create_region(spec):
    """Create or update the region described by `spec`; return (region, created)."""
    if spec.accent_colour:
        try:
            validate_accent_colour(spec.accent_colour)
        except ValidationError as error:
            raise RegionSpecError(" ".join(error.messages)) from error
    locales = ensure_locales()
    coverage = resolve_coverage(spec)
    HomePage = apps.get_model("home", "HomePage")

    region = Region.objects.filter(slug=spec.slug).select_related("site").first()
    created = region is None
    region_values = {
        "name": spec.name,
        "is_national": spec.is_national,
        "producer_name": spec.producer_name,
        "producer_email": spec.producer_email,
        "producer_phone": spec.producer_phone,
        "producer_url": spec.producer_url,
        **{f"area_name_{code}": spec.area_names.get(code, "") for code in LANGUAGE_CODES},
    }
    if created:
        # Every panel in its registered order; the translations copy the layout.
        home = HomePage(title=spec.name, slug=spec.slug, locale=locales["fi"], layout=default_panels())
        home_parent = Page.get_first_root_node()
        site = Site.objects.filter(hostname=spec.hostname, port=spec.port).first()
        if site is not None:
            raise RegionSpecError(f"The hostname {spec.hostname}:{spec.port} already belongs to another site.")
        region = Region(slug=spec.slug, **region_values)
        home.introduction = _home_values(region, "fi")["introduction"]
        _publish_new_page(home_parent, home)
        site = Site.objects.create(
            hostname=spec.hostname,
            port=spec.port,
            site_name=spec.name,
            root_page=home,
            is_default_site=spec.is_default_site,
        )
        region.site = site
        region.save()
    else:
        _update_fields(region, region_values)
        site_values = {
            "hostname": spec.hostname,
            "port": spec.port,
            "site_name": spec.name,
            "is_default_site": spec.is_default_site,
        }
        _update_fields(region.site, site_values)

    if not spec.is_national and set(region.coverage.values_list("pk", flat=True)) != {m.pk for m in coverage}:
        region.coverage.set(coverage)

    ensure_home_page(region, locales)
    ensure_sections(region, locales)
    ensure_collection(region)
    ensure_coordinators(region)
    ensure_workflow(region)
    ensure_branding(region, spec.accent_colour)
    return region, created


def sync_all_regions():
    """Add sections and languages added since each region was created."""
    locales = ensure_locales()
    regions = list(Region.objects.select_related("site"))
    for region in regions:
        with transaction.atomic():
            ensure_home_page(region, locales)
            ensure_sections(region, locales)
            ensure_coordinators(region)
            ensure_workflow(region)
    return len(regions)
