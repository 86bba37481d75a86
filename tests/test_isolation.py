"""Tests must not see what an earlier test left in the cache.

A database rollback fires no signal, so Wagtail's cached site root paths would keep the
address an earlier test gave the site. The two tests below run in this order.
"""

import pytest
from wagtail.models import Site

pytestmark = pytest.mark.django_db


def test_site_moved_and_address_cached(community):
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "127.0.0.1", 8123
    site.save()

    assert community.get_full_url().startswith("http://127.0.0.1:8123/")


def test_site_address_read_from_database(community):
    site = Site.objects.get(is_default_site=True)

    assert community.get_full_url().startswith(site.root_url + "/")
