import pytest


@pytest.mark.django_db
def test_search_finds_the_sites_own_pages_in_the_readers_language(client, lapland, north_karelia):
    response = client.get("/en/search/", {"q": "Lappilaiset"}, HTTP_HOST="lappilaiset.localhost")
    assert response.status_code == 200
    facets = {f["source"].key: f["count"] for f in response.context["facets"]}
    # The four English standard pages of Lapland mention the service; Finnish ones and Jelli's do not count.
    assert facets["pages"] == 4
    assert all(r.locale.language_code == "en" for r in response.context["facets"][-1]["preview"])
    # The title starts with the number of results, so a screen reader says it first.
    title = response.content.decode().split("<title>")[1].split("</title>")[0]
    assert title == f"{response.context['total']} results – Search: Lappilaiset – Lappilaiset"


@pytest.mark.django_db
def test_search_by_type_paginates_and_survives_bad_input(client, lapland):
    response = client.get(
        "/fi/haku/", {"q": "Lappilaiset", "type": "pages", "page": "not-a-number"}, HTTP_HOST="lappilaiset.localhost"
    )
    assert response.status_code == 200
    assert response.context["results_page"].number == 1

    response = client.get("/fi/haku/", {"q": "x" * 5000, "type": "nonsense"}, HTTP_HOST="lappilaiset.localhost")
    assert response.status_code == 200
    assert response.context["query_too_long"] and len(response.context["query"]) == 200
    assert response.context["selected_type"] == ""


@pytest.mark.django_db
def test_search_without_words_shows_the_form_only(client, lapland):
    response = client.get("/sv/sok/", HTTP_HOST="lappilaiset.localhost")
    assert response.status_code == 200
    assert "facets" not in response.context
    assert 'name="q"' in response.content.decode()


@pytest.mark.django_db
def test_every_page_has_a_search_form_in_the_header_going_to_the_localised_search(client, lapland):
    content = client.get("/sv/om-tjansten/", HTTP_HOST="lappilaiset.localhost").content.decode()
    assert 'action="/sv/sok/"' in content


@pytest.mark.django_db
@pytest.mark.parametrize("query", ['"', "AND", "(", "konsertti OR", "a' OR 1=1 --", "*", "NOT -"])
def test_search_operators_and_quotes_never_break_the_search(client, lapland, query):
    response = client.get("/fi/haku/", {"q": query}, HTTP_HOST="lappilaiset.localhost")
    assert response.status_code == 200
