"""Where the home page and the standard pages may sit in the page tree."""

import pytest

from home.models import HomePage, StandardPage

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
ALLOWED_PARENTS = {
    HomePage: {"root"},
    StandardPage: {"home", "standard page"},
}
CASES = [(page_class, parent) for page_class in ALLOWED_PARENTS for parent in PARENTS]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("page_class", "parent"), CASES, ids=[f"{c.__name__}-{p}" for c, p in CASES]
)
def test_page_type_exists_only_under_allowed_parents(page_tree, page_class, parent):
    expected = parent in ALLOWED_PARENTS[page_class]

    assert page_class.can_exist_under(page_tree[parent]) is expected


@pytest.mark.django_db
def test_second_home_page_cannot_be_created(page_tree):
    assert not HomePage.can_create_at(page_tree["root"])


@pytest.mark.django_db
def test_standard_page_can_be_created_under_home(page_tree):
    assert StandardPage.can_create_at(page_tree["home"])


@pytest.mark.django_db
def test_standard_page_can_be_created_under_standard_page(page_tree):
    assert StandardPage.can_create_at(page_tree["standard page"])
