"""Where community pages may sit in the page tree."""

import pytest

from community.models import CommunityPage

PARENTS = [
    "root",
    "home",
    "community",
    "reference index",
    "instruction",
    "reporting",
    "article",
    "standard page",
]


@pytest.mark.django_db
@pytest.mark.parametrize("parent", PARENTS)
def test_community_exists_only_under_home(page_tree, parent):
    expected = parent == "home"

    assert CommunityPage.can_exist_under(page_tree[parent]) is expected


@pytest.mark.django_db
def test_community_can_be_created_under_home(page_tree):
    assert CommunityPage.can_create_at(page_tree["home"])
