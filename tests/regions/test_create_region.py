import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.utils import translation
from wagtail import hooks
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import (
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    PageLogEntry,
    Revision,
    Site,
    Task,
    Workflow,
    WorkflowPage,
)

from home.models import HomePage, StandardPage
from regions import sections
from regions.models import BrandingSettings, Region, RegionSection

KAINUU_ARGS = [
    "--name=Kaenuulaiset",
    "--slug=kaenuulaiset",
    "--hostname=kaenuulaiset.localhost",
    "--regions=18",
    "--area-fi=Kainuu",
    "--area-sv=Kajanaland",
    "--area-en=Kainuu",
    "--producer=MLL Kainuun piiri ry",
    "--producer-email=info@kaenuulaiset.example.org",
    "--accent-colour=#4b4b8f",
]


def snapshot():
    """Everything create_region writes, in a comparable form."""
    return {
        "pages": list(Page.objects.order_by("pk").values_list("pk", "path", "slug", "title", "live", "locale_id")),
        "revisions": Revision.objects.count(),
        "log": PageLogEntry.objects.count(),
        "redirects": Redirect.objects.count(),
        "sites": list(Site.objects.values_list("pk", "hostname", "port", "root_page_id", "is_default_site")),
        "regions": list(Region.objects.values()),
        "coverage": list(Region.coverage.through.objects.values_list("region_id", "municipality_id")),
        "sections": list(RegionSection.objects.values_list("region_id", "key", "page_id")),
        "groups": list(Group.objects.values_list("pk", "name")),
        "page_permissions": GroupPagePermission.objects.count(),
        "collection_permissions": GroupCollectionPermission.objects.count(),
        "workflows": Workflow.objects.count(),
        "tasks": Task.objects.count(),
        "workflow_pages": WorkflowPage.objects.count(),
        "branding": list(BrandingSettings.objects.values_list("site_id", "accent_colour")),
    }


@pytest.mark.django_db
def test_create_region_builds_the_whole_site(national):
    call_command("create_region", *KAINUU_ARGS, stdout=None)
    region = Region.objects.get(slug="kaenuulaiset")

    assert region.site.hostname == "kaenuulaiset.localhost"
    assert region.coverage.count() == 8
    assert set(region.coverage.values_list("administrative_region__code", flat=True)) == {"18"}
    home = region.site.root_page.specific
    assert isinstance(home, HomePage) and home.live and home.locale.language_code == "fi"
    translations = {p.locale.language_code: p for p in home.get_translations()}
    assert set(translations) == {"sv", "en"}
    assert all(p.live for p in translations.values())
    assert "Kajanaland" in translations["sv"].specific.introduction

    # The four standard pages, each in three languages, published with a revision.
    about = region.section_page("about")
    assert isinstance(about, StandardPage) and about.get_parent().pk == home.pk
    assert {p.slug for p in about.get_translations(inclusive=True)} == {"tietoa-palvelusta", "om-tjansten", "about"}
    assert "MLL Kainuun piiri ry" in about.body
    assert StandardPage.objects.live().descendant_of(home).count() == 4
    assert all(p.latest_revision_id for p in StandardPage.objects.all())

    group = region.coordinator_group
    assert group.name == "Coordinators: Kaenuulaiset"
    assert group.permissions.filter(codename="access_admin").exists()
    permitted_roots = set(GroupPagePermission.objects.filter(group=group).values_list("page_id", flat=True))
    assert permitted_roots == {p.pk for p in home.get_translations(inclusive=True)}
    assert GroupCollectionPermission.objects.filter(group=group, collection=region.collection).count() == 6

    task = region.workflow.tasks.get().specific
    assert list(task.groups.all()) == [group]
    assert home.get_workflow() == region.workflow
    assert translations["sv"].get_workflow() == region.workflow
    assert BrandingSettings.for_site(region.site).accent_colour == "#4b4b8f"


@pytest.mark.django_db
def test_running_create_region_twice_changes_nothing(national):
    call_command("create_region", *KAINUU_ARGS, stdout=None)
    before = snapshot()
    call_command("create_region", *KAINUU_ARGS, stdout=None)
    assert snapshot() == before


@pytest.mark.django_db
def test_create_region_updates_changed_details_without_touching_pages(national):
    call_command("create_region", *KAINUU_ARGS, stdout=None)
    before = snapshot()
    call_command(
        "create_region",
        *[arg for arg in KAINUU_ARGS if not arg.startswith("--producer-email")],
        "--producer-email=uusi@kaenuulaiset.example.org",
        stdout=None,
    )
    assert Region.objects.get(slug="kaenuulaiset").producer_email == "uusi@kaenuulaiset.example.org"
    after = snapshot()
    assert after["pages"] == before["pages"] and after["revisions"] == before["revisions"]


@pytest.mark.django_db
def test_national_coordinators_get_the_whole_tree(national):
    assert national.is_national and national.site.is_default_site
    roots = GroupPagePermission.objects.filter(group=national.coordinator_group).values_list("page__depth", flat=True)
    assert set(roots) == {1}
    assert national.covered_municipalities().count() == 308


@pytest.mark.django_db
def test_a_new_section_is_one_registration_and_is_added_to_existing_regions(lapland):
    def contact_section():
        return [
            sections.Section(
                key="contact",
                model="home.StandardPage",
                titles={"fi": "Yhteystiedot", "sv": "Kontakt", "en": "Contact"},
                slugs={"fi": "yhteystiedot", "sv": "kontakt", "en": "contact"},
            )
        ]

    with hooks.register_temporarily("register_site_section", contact_section):
        call_command("sync_regions", stdout=None)
    page = lapland.section_page("contact")
    assert {p.url_path.split("/")[-2] for p in page.get_translations(inclusive=True)} == {
        "yhteystiedot",
        "kontakt",
        "contact",
    }
    assert page.live


@pytest.mark.django_db
def test_a_deleted_standard_section_is_created_again(lapland):
    # The terms, privacy notice and accessibility statement are obligatory;
    # deleting a page removes its record (cascade), and sync builds it anew.
    about = lapland.section_page("about")
    for page in list(about.get_translations(inclusive=True)):
        page.delete()
    call_command("sync_regions", stdout=None)
    assert lapland.section_page("about").live


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--regions=99"], "Unknown region code(s): 99"),
        (["--municipalities=000,564"], "Unknown municipality code(s): 000"),
        ([], "needs a coverage"),
        (["--regions=19", "--accent-colour=#ffff00"], "contrast"),
        (["--regions=19", "--accent-colour=blue"], "six hexadecimal digits"),
    ],
)
def test_create_region_explains_bad_arguments(args, message):
    with translation.override("en"), pytest.raises(CommandError, match=message.replace("(", r"\(").replace(")", r"\)")):
        call_command("create_region", "--name=X", "--slug=x", "--hostname=x.localhost", "--producer=X ry", *args)
    assert not Region.objects.filter(slug="x").exists()


@pytest.mark.django_db
def test_a_hostname_cannot_be_taken_twice(lapland):
    with pytest.raises(CommandError, match="already belongs"):
        call_command(
            "create_region", "--name=Y", "--slug=y", "--hostname=lappilaiset.localhost", "--producer=Y", "--regions=12"
        )
