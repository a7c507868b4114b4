"""Posts lifted by hand and imported posts on the front page: scoped admin, age limit, hiding."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Collection

from accounts.factories import UserFactory
from regions.factories import LiftedPostFactory, RegionImageFactory
from regions.models import FrontPageSettings
from regions.social_feed_models import LiftedPost, SocialFeed, SocialFeedSettings, SocialPost

pytestmark = pytest.mark.django_db


@pytest.fixture
def lapland_coordinator(lapland):
    return UserFactory(email="lapland@example.org", groups=[lapland.coordinator_group])


def lifted_url(name, *args):
    return reverse(f"wagtailsnippets_regions_liftedpost:{name}", args=args)


def imported_url(name, *args):
    return reverse(f"wagtailsnippets_regions_socialpost:{name}", args=args)


def refused(response):
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


def home(client, host="lappilaiset.localhost"):
    return client.get("/fi/", HTTP_HOST=host).content.decode()


def imported_post(region, days_ago=1, **values):
    settings = SocialFeedSettings.for_site(region.site)
    feed, _created = SocialFeed.objects.get_or_create(
        settings=settings, url="https://example.org/feed.xml", defaults={"name": "Blogi"}
    )
    defaults = {
        "guid": f"post-{days_ago}",
        "title": "Vuosikokous pidettiin",
        "summary": "<p>Kiitos osallistujille.</p>",
        "link": "https://example.org/posts/annual",
        "published_at": timezone.now() - datetime.timedelta(days=days_ago),
    }
    return SocialPost.objects.create(feed=feed, **{**defaults, **values})


def lift_form(region, **values):
    return {
        "region": str(region.pk),
        "channel": "Instagram",
        "link": "https://www.instagram.com/p/abc123/",
        "published_at": timezone.localtime().strftime("%Y-%m-%d %H:%M"),
        "title": "",
        "text": "Revontulikävely torstaina!\nLähtö kirjastolta.",
        "image_alt": "",
        **values,
    }


def test_lapland_coordinator_lifts_a_post_that_shows_on_the_front_page(client, lapland, lapland_coordinator):
    client.force_login(lapland_coordinator)
    assert client.get(lifted_url("add")).status_code == 200
    response = client.post(lifted_url("add"), lift_form(lapland))
    assert response.status_code == 302, response.content.decode()[:2000]
    post = LiftedPost.objects.get()
    assert post.region == lapland

    html = home(client)
    assert "Revontulikävely torstaina!<br>Lähtö kirjastolta." in html
    assert 'href="https://www.instagram.com/p/abc123/"' in html
    assert "Instagram" in html
    # The date as the reader's time zone has it (around midnight in Finland, UTC is still on the day before).
    assert f'datetime="{timezone.localtime(post.published_at):%Y-%m-%d}' in html
    assert "Revontulikävely" not in home(client, "jelli.localhost")


def test_a_lifted_posts_image_is_served_from_the_site(client, lapland, lapland_coordinator):
    image = RegionImageFactory(region=lapland)
    client.force_login(lapland_coordinator)
    response = client.post(lifted_url("add"), lift_form(lapland, image=str(image.pk), image_alt="Revontulet"))
    assert response.status_code == 302
    html = home(client)
    assert 'alt="Revontulet"' in html and "/media/images/" in html


def test_bad_input_is_explained_and_nothing_typed_is_lost(client, lapland, lapland_coordinator):
    elsewhere = RegionImageFactory(region=lapland, collection=Collection.get_first_root_node())
    client.force_login(lapland_coordinator)
    response = client.post(
        lifted_url("add"), lift_form(lapland, link="javascript:alert(1)", image=str(elsewhere.pk), text="Oma teksti")
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Oma teksti" in html and "javascript:alert(1)" in html
    assert "Describe the image" in html or "Kuvaile kuva" in html
    assert not LiftedPost.objects.exists()


def test_the_lifted_posts_admin_is_scoped_to_the_coordinators_region(
    client, lapland, lapland_coordinator, north_karelia
):
    own = LiftedPostFactory(region=lapland, text="Oma nosto")
    other = LiftedPostFactory(region=north_karelia, text="Jellin nosto")
    client.force_login(lapland_coordinator)
    listing = client.get(lifted_url("list")).content.decode()
    assert "Oma nosto" in listing and "Jellin nosto" not in listing
    assert client.get(lifted_url("edit", own.pk)).status_code == 200
    assert refused(client.get(lifted_url("edit", other.pk)))
    assert refused(client.post(lifted_url("edit", other.pk), lift_form(lapland)))
    assert refused(client.post(lifted_url("delete", other.pk)))
    assert LiftedPost.objects.filter(pk=other.pk, region=north_karelia).exists()
    # Nor can a post be given to another region.
    response = client.post(lifted_url("add"), lift_form(north_karelia))
    assert response.status_code == 200 and LiftedPost.objects.filter(region=north_karelia).count() == 1


def test_imported_and_lifted_posts_show_with_channel_date_and_link(client, lapland):
    imported_post(lapland)
    LiftedPostFactory(region=lapland, channel="Facebook", text="Nostettu teksti", link="https://facebook.com/p/1")
    html = home(client)
    assert "Vuosikokous pidettiin" in html and 'href="https://example.org/posts/annual"' in html and "Blogi" in html
    assert "Nostettu teksti" in html and 'href="https://facebook.com/p/1"' in html and "Facebook" in html


def test_posts_older_than_the_sites_limit_are_not_shown(client, lapland):
    imported_post(lapland, days_ago=61, title="Vanha tiedote")
    LiftedPostFactory(region=lapland, text="Vanha nosto", published_at=timezone.now() - datetime.timedelta(days=70))
    html = home(client)
    assert "Vanha tiedote" not in html and "Vanha nosto" not in html
    # No posts at all: no panel, no empty heading.
    assert "social-posts" not in html

    settings = FrontPageSettings.for_site(lapland.site)
    settings.social_post_max_age = 90
    settings.save()
    html = home(client)
    assert "Vanha tiedote" in html and "Vanha nosto" in html


def test_a_coordinator_hides_an_imported_post(client, lapland, lapland_coordinator, north_karelia):
    post = imported_post(lapland, title="Piilotettava")
    other = imported_post(north_karelia, title="Jellin tiedote")
    assert "Piilotettava" in home(client)
    client.force_login(lapland_coordinator)
    listing = client.get(imported_url("list")).content.decode()
    assert "Piilotettava" in listing and "Jellin tiedote" not in listing
    # Imported posts come from the import only, and are hidden rather than deleted.
    assert refused(client.get(imported_url("add")))
    assert refused(client.post(imported_url("delete", post.pk)))
    assert refused(client.post(imported_url("edit", other.pk), {"hidden": "on"}))

    assert client.post(imported_url("edit", post.pk), {"hidden": "on"}).status_code == 302
    post.refresh_from_db()
    assert post.hidden and post.title == "Piilotettava"
    client.logout()
    assert "Piilotettava" not in home(client)


def test_the_front_page_reads_its_posts_in_a_fixed_number_of_queries(client, lapland, django_assert_max_num_queries):
    LiftedPostFactory(region=lapland)
    imported_post(lapland)
    home(client)
    with django_assert_max_num_queries(100) as few:
        home(client)
    # Counted now: every request empties the connection's query log that the context reads.
    baseline = len(few.captured_queries)
    for days_ago in range(2, 8):
        LiftedPostFactory(region=lapland, text=f"Nosto {days_ago}")
        imported_post(lapland, days_ago=days_ago, guid=f"more-{days_ago}")
    home(client)
    with django_assert_max_num_queries(baseline):
        html = home(client)
    assert "Nosto 7" in html
