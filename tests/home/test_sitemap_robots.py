"""The sitemap lists public live pages only; robots.txt points to it and keeps crawlers out."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import InstructionPageFactory, reference_index


@pytest.fixture
def public_page(community):
    return InstructionPageFactory(parent=reference_index(community), title="Consigne chanvre")


@pytest.fixture
def reserved_page(reserved_community):
    return InstructionPageFactory(
        parent=reference_index(reserved_community), title="Consigne réservée"
    )


def sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    return response.content.decode()


def test_sitemap_lists_public_page(client, public_page):
    assert public_page.url_path.split("/", 2)[2] in sitemap(client)


def test_sitemap_omits_reserved_page_even_for_its_member(client, reserved_page, facilitator):
    client.force_login(facilitator)

    content = sitemap(client)

    assert reserved_page.slug not in content
    assert "reseau-animateurs-ort" not in content


def test_sitemap_omits_expired_page(client, public_page):
    public_page.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    public_page.save()

    assert public_page.slug not in sitemap(client)


def test_sitemap_omits_unpublished_page(client, public_page):
    public_page.unpublish()

    assert public_page.slug not in sitemap(client)


def test_sitemap_omits_page_under_unpublished_parent(client, public_page, community):
    reference_index(community).unpublish()

    assert public_page.slug not in sitemap(client)


@pytest.mark.django_db
def test_robots_points_to_the_sitemap(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode().splitlines()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "prefix",
    [
        "/admin/",
        "/comptes/",
        "/evenements/",
        "/quoi-de-neuf/personnel/",
        "/recherche/",
    ],
)
def test_robots_keeps_crawlers_out_of_private_addresses(client, prefix):
    lines = client.get("/robots.txt").content.decode().splitlines()

    assert f"Disallow: {prefix}" in lines


@pytest.mark.django_db
def test_robots_leaves_public_pages_open(client):
    lines = client.get("/robots.txt").content.decode().splitlines()

    assert "Disallow: /" not in lines
