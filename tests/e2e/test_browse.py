"""A visitor browses from the home page to a community in a real browser."""

from urllib.parse import urlsplit

import pytest

from tests.factories import CommunityPageFactory, InstructionPageFactory, reference_index

LOCAL_HOSTS = {"127.0.0.1", "localhost"}
# Schemes whose URLs name no host, so they cannot reach another machine.
HOSTLESS_SCHEMES = {"data", "blob", "about"}

pytestmark = pytest.mark.e2e


# serialized_rollback restores the home page and the site that a data migration created,
# because a transactional test ends by emptying every table.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_visitor_follows_navigation_to_community(live_server, browser):
    community = CommunityPageFactory(title="Filières vertes", slug="filieres-vertes")
    InstructionPageFactory(parent=reference_index(community), title="Guide du chanvre en vrac")
    page = browser.new_page()
    requested_urls = []
    page.on("request", lambda request: requested_urls.append(request.url))

    page.goto(live_server.url + "/")
    page.locator("#navigation").get_by_role("link", name="Filières vertes").click()
    page.wait_for_url(f"{live_server.url}{community.url}")

    assert page.locator("h1").inner_text() == "Filières vertes"
    assert page.title().startswith("Filières vertes")
    assert any(url.startswith(live_server.url) for url in requested_urls)
    foreign_urls = [
        url
        for url in requested_urls
        if urlsplit(url).scheme not in HOSTLESS_SCHEMES
        and urlsplit(url).hostname not in LOCAL_HOSTS
    ]
    assert foreign_urls == []
