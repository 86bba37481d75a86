"""Where the reference index and the reference pages may sit in the page tree."""

import pytest

from knowledge.models import ArticlePage, InstructionPage, ReferenceIndexPage, ReportingPage
from tests.factories import CommunityPageFactory

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
    ReferenceIndexPage: {"community"},
    InstructionPage: {"reference index"},
    ReportingPage: {"reference index"},
    ArticlePage: {"reference index"},
}
CASES = [(page_class, parent) for page_class in ALLOWED_PARENTS for parent in PARENTS]
REFERENCE_PAGE_CLASSES = [InstructionPage, ReportingPage, ArticlePage]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("page_class", "parent"), CASES, ids=[f"{c.__name__}-{p}" for c, p in CASES]
)
def test_page_type_exists_only_under_allowed_parents(page_tree, page_class, parent):
    expected = parent in ALLOWED_PARENTS[page_class]

    assert page_class.can_exist_under(page_tree[parent]) is expected


@pytest.mark.django_db
@pytest.mark.parametrize("page_class", REFERENCE_PAGE_CLASSES, ids=lambda c: c.__name__)
def test_reference_page_can_be_created_under_index(page_tree, page_class):
    assert page_class.can_create_at(page_tree["reference index"])


@pytest.mark.django_db
def test_second_reference_index_cannot_be_created(page_tree):
    assert not ReferenceIndexPage.can_create_at(page_tree["community"])


@pytest.mark.django_db
def test_reference_index_creatable_in_draft_community():
    draft_community = CommunityPageFactory(publish=False)

    assert ReferenceIndexPage.can_create_at(draft_community)
