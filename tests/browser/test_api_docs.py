"""The API's docs page in a browser: Swagger UI renders from our own files, within the site's CSP."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_docs_page_renders_the_api_from_local_files_only(page, site_url, national):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(site_url("localhost", "/api/v1/docs/"))
    page.wait_for_selector(".swagger-ui .opblock", timeout=20_000)
    assert page.locator(".swagger-ui .opblock-summary-path", has_text="/api/v1/events/").count() >= 1
    origin = site_url("localhost", "")
    assert requests and all(url.startswith((origin, "data:", "blob:")) for url in requests), requests
    assert page.csp_violations == []
