"""Twenty results per page, with the site's pagination."""

import pytest
from django.contrib.auth.models import AnonymousUser

from home.search.engine import PAGE_SIZE, search_site
from tests.factories import CommunityPageFactory

from .conftest import SEARCH_URL, instruction, rolled_back

RESULT_COUNT = 45


@pytest.fixture(scope="module")
def pages(django_db_setup, django_db_blocker):
    with rolled_back(django_db_blocker):
        community = CommunityPageFactory(title="Communauté paginée", slug="communaute-paginee")
        yield [
            instruction(community, f"Fiche {number} sur le chanvre")
            for number in range(RESULT_COUNT)
        ]


@pytest.mark.django_db
@pytest.mark.parametrize(("page", "expected"), [(1, PAGE_SIZE), (2, PAGE_SIZE), (3, 5)])
def test_each_page_shows_twenty_results(pages, page, expected):
    results = search_site(AnonymousUser(), "chanvre", page=page)

    assert results.count == RESULT_COUNT
    assert len(results.hits) == expected


@pytest.mark.django_db
def test_pages_do_not_repeat_results(pages):
    seen = []
    for page in (1, 2, 3):
        seen += [hit.page.pk for hit in search_site(AnonymousUser(), "chanvre", page=page).hits]

    assert sorted(seen) == sorted(page.pk for page in pages)


@pytest.mark.django_db
@pytest.mark.parametrize(("value", "number"), [("abc", 1), ("-4", 3), ("0", 3), ("999", 3)])
def test_invalid_page_number_shows_a_valid_page(pages, value, number):
    assert search_site(AnonymousUser(), "chanvre", page=value).hits.number == number


@pytest.mark.django_db
def test_pagination_links_keep_the_query_and_filters(client, pages):
    response = client.get(SEARCH_URL, {"q": "chanvre", "type": "fiche"})
    content = response.content.decode()

    assert 'href="?q=chanvre&amp;type=fiche&amp;page=2"' in content
    assert 'href="?q=chanvre&amp;type=fiche&amp;page=3"' in content
