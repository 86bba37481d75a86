"""The page editor offers a field report only its community's and the shared categories."""

import pytest
from django.urls import reverse

from knowledge.models import FieldReportCategory, FieldReportIndexPage


@pytest.mark.django_db
def test_editor_lists_own_and_shared_categories_only(
    client, superuser, community, reserved_community
):
    FieldReportCategory.objects.create(label="Bois", community=community)
    FieldReportCategory.objects.create(label="Construction neuve")
    FieldReportCategory.objects.create(label="Revue secrète", community=reserved_community)
    index = FieldReportIndexPage.objects.child_of(community).get()
    client.force_login(superuser)

    response = client.get(
        reverse("wagtailadmin_pages:add", args=["knowledge", "fieldreportpage", index.pk])
    )

    assert response.status_code == 200
    assert b"Bois" in response.content
    assert b"Construction neuve" in response.content
    assert "Revue secrète".encode() not in response.content
