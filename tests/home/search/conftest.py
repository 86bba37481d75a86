"""Fixtures of the search tests.

Wagtail indexes a page when it is published, so the factories make pages findable at once.
Read-only tests share a site built once per module and rolled back at its end.
"""

from contextlib import contextmanager

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import transaction

from ...factories import InstructionPageFactory, paragraph, reference_index
from .site import build_site

SEARCH_URL = "/recherche/"


@contextmanager
def rolled_back(django_db_blocker):
    """Give a module-scoped fixture the database, and undo what it created at the end."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    with rolled_back(django_db_blocker):
        yield build_site()


def user_of(site, persona):
    return site["users"][persona] or AnonymousUser()


def get_search(client, site=None, persona="visitor", **params):
    """GET the search page as `persona` with `params` as its query string."""
    user = site["users"][persona] if site is not None else None
    if user is not None:
        client.force_login(user)
    return client.get(SEARCH_URL, params)


def instruction(community, title, summary="Résumé de la fiche.", text="Contenu de la fiche."):
    return InstructionPageFactory(
        parent=reference_index(community), title=title, summary=summary, body=[paragraph(text)]
    )
