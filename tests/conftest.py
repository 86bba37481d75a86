"""Fixtures shared by every test package: the home page, communities, people and media."""

import pytest
from django.core.cache import cache
from django.test import override_settings
from wagtail.models import Page

from community.models import Role, Visibility

from .factories import (
    ArticlePageFactory,
    CommunityPageFactory,
    DocumentFactory,
    ImageFactory,
    InstructionPageFactory,
    MembershipFactory,
    ReportingPageFactory,
    StandardPageFactory,
    SuperuserFactory,
    UserFactory,
    home_page,
    reference_index,
)


@pytest.fixture(scope="session", autouse=True)
def media_root(tmp_path_factory):
    """Write uploaded images, renditions and documents to a temporary directory.

    The directory lasts for the whole session, because module-scoped fixtures create
    documents that the tests of the module then download.
    """
    path = tmp_path_factory.mktemp("media")
    with override_settings(MEDIA_ROOT=path):
        yield path


@pytest.fixture(autouse=True)
def empty_cache_after_test():
    """Empty the cache after each test, since a rollback does not clear what it cached.

    Wagtail caches the site root paths, for instance: a test that moved the site would
    otherwise give its address to the pages of the next tests.
    """
    yield
    cache.clear()


@pytest.fixture
def home(db):
    return home_page()


@pytest.fixture
def community(db):
    return CommunityPageFactory(title="Filières vertes", slug="filieres-vertes")


@pytest.fixture
def reserved_community(db):
    return CommunityPageFactory(
        title="Réseau des animateurs ORT",
        slug="reseau-animateurs-ort",
        visibility=Visibility.RESERVED,
    )


@pytest.fixture
def user(db):
    return UserFactory()


@pytest.fixture
def superuser(db):
    return SuperuserFactory()


@pytest.fixture
def community_facilitator(community):
    return MembershipFactory(community=community, role=Role.FACILITATOR).user


@pytest.fixture
def facilitator(reserved_community):
    """An active facilitator of the reserved community."""
    return MembershipFactory(community=reserved_community, role=Role.FACILITATOR).user


@pytest.fixture
def image(db):
    return ImageFactory(title="Chantier de rénovation en chanvre")


@pytest.fixture
def document(db):
    return DocumentFactory(title="Note de cadrage 2025")


@pytest.fixture
def page_tree(home, community):
    """One page of every type, by name, to try each page type under each of them."""
    index = reference_index(community)
    return {
        "root": Page.get_first_root_node(),
        "home": home,
        "community": community,
        "reference index": index,
        "instruction": InstructionPageFactory(parent=index),
        "reporting": ReportingPageFactory(parent=index),
        "article": ArticlePageFactory(parent=index),
        "standard page": StandardPageFactory(),
    }
