import pytest

from listings.addresses import listing_url
from listings.factories import EventFactory
from organisations.factories import OrganisationFactory


@pytest.mark.django_db
def test_every_listing_detail_page_links_to_its_flag_form(client, lapland):
    event = EventFactory(organisation=OrganisationFactory(municipality_code="698"), municipality_codes=["698"])
    url = listing_url(event, lapland.site, "fi")
    response = client.get(url, HTTP_HOST="lappilaiset.localhost")
    assert response.status_code == 200
    flag = f"/fi/ilmoita/asiaton/tapahtumat/{event.pk}/"
    assert f'href="{flag}"' in response.content.decode()
    assert client.get(flag, HTTP_HOST="lappilaiset.localhost").status_code == 200
