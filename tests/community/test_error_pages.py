"""Errors render a French page of the site, never an empty or English one."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Collection

from tests.factories import DocumentFactory, InstructionPageFactory, reference_index


@pytest.mark.django_db
def test_join_huge_community_id_not_found(client, user):
    client.force_login(user)

    response = client.post("/communautes/99999999999999999999/rejoindre/")

    assert response.status_code == 404


@pytest.mark.django_db
def test_join_by_get_leads_to_community(client, user, community):
    client.force_login(user)

    response = client.get(reverse("membership:join", args=[community.pk]))

    assert response.status_code == 302
    assert response["Location"] == community.url


@pytest.mark.django_db
def test_leave_by_get_asks_confirmation(client, user, community):
    client.force_login(user)
    client.post(reverse("membership:join", args=[community.pk]))

    response = client.get(reverse("membership:leave", args=[community.pk]))

    assert response.status_code == 200
    assert user.memberships.filter(community=community).exists()


@pytest.mark.django_db
def test_logout_by_get_shows_form(client, user):
    client.force_login(user)

    response = client.get(reverse("account:logout"))

    assert response.status_code == 200
    assert b'method="post"' in response.content


@pytest.mark.django_db
def test_method_not_allowed_renders_french_page(client, user, community):
    client.force_login(user)

    response = client.put(reverse("membership:join", args=[community.pk]))

    assert response.status_code == 405
    assert "Action non autorisée".encode() in response.content


@pytest.mark.django_db
def test_csrf_failure_renders_french_page(db):
    client = Client(enforce_csrf_checks=True)

    response = client.post(reverse("account:login"), {"username": "a", "password": "b"})

    assert response.status_code == 403
    assert b'lang="fr"' in response.content
    assert "Formulaire expiré".encode() in response.content


@pytest.mark.django_db
def test_reserved_document_hidden_on_public_page(client, community, reserved_community):
    collection = Collection.objects.get(pk=reserved_community.access.collection_id)
    document = DocumentFactory(title="Compte rendu confidentiel", collection=collection)
    body = [{"type": "document", "value": {"document": document.pk, "label": ""}}]
    page = InstructionPageFactory(parent=reference_index(community), body=body)

    response = client.get(page.url)

    assert response.status_code == 200
    assert b"Compte rendu confidentiel" not in response.content
