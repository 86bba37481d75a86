"""Admin screens never show a facilitator the pages or groups of another community."""

import pytest
from django.urls import reverse

from community.models import Role
from tests.factories import (
    CommunityPageFactory,
    InstructionPageFactory,
    MembershipFactory,
    reference_index,
)

RESERVED_TITLE = "Réseau des animateurs ORT"
RESERVED_PAGE_TITLE = "Revue annuelle de Castelbrune"


@pytest.fixture
def public_facilitator_client(client, community):
    user = MembershipFactory(community=community, role=Role.FACILITATOR).user
    client.force_login(user)
    return client


@pytest.fixture
def reserved_page(reserved_community):
    return InstructionPageFactory(
        parent=reference_index(reserved_community), title=RESERVED_PAGE_TITLE
    )


def assert_denied_without_titles(response):
    assert response.status_code == 403
    assert RESERVED_TITLE.encode() not in response.content
    assert RESERVED_PAGE_TITLE.encode() not in response.content


@pytest.mark.django_db
def test_chooser_at_reserved_id_denied(public_facilitator_client, reserved_community):
    url = reverse("wagtailadmin_choose_page_child", args=[reserved_community.pk])

    assert_denied_without_titles(public_facilitator_client.get(url))


@pytest.mark.django_db
def test_chooser_chosen_multiple_denied(public_facilitator_client, reserved_page):
    url = reverse("wagtailadmin_choose_page_chosen_multiple") + f"?id={reserved_page.pk}"

    assert_denied_without_titles(public_facilitator_client.get(url))


@pytest.mark.django_db
@pytest.mark.parametrize("action", ["delete", "publish", "unpublish", "move"])
def test_bulk_action_on_reserved_page_denied(public_facilitator_client, reserved_page, action):
    url = f"/admin/bulk/wagtailcore/page/{action}/?id={reserved_page.pk}"

    assert_denied_without_titles(public_facilitator_client.get(url))


@pytest.mark.django_db
@pytest.mark.parametrize("page_id", ["abc", "99999999999999999999", "²"])
def test_bulk_action_malformed_id_not_found(public_facilitator_client, page_id):
    response = public_facilitator_client.get(f"/admin/bulk/wagtailcore/page/delete/?id={page_id}")

    assert response.status_code == 404


@pytest.mark.django_db
def test_page_types_report_denied_to_facilitator(public_facilitator_client, reserved_page):
    response = public_facilitator_client.get(reverse("wagtailadmin_reports:page_types_usage"))

    assert_denied_without_titles(response)


@pytest.mark.django_db
@pytest.mark.parametrize("report", ["workflow", "workflow_tasks"])
def test_workflow_reports_denied_to_facilitator(public_facilitator_client, reserved_page, report):
    response = public_facilitator_client.get(reverse(f"wagtailadmin_reports:{report}"))

    assert_denied_without_titles(response)


@pytest.mark.django_db
def test_privacy_dialog_denied_to_facilitator(public_facilitator_client, community):
    url = reverse("wagtailadmin_pages:set_privacy", args=[community.pk])

    assert_denied_without_titles(public_facilitator_client.get(url))


@pytest.mark.django_db
def test_privacy_dialog_of_community_denied_to_superuser(client, superuser, reserved_community):
    client.force_login(superuser)
    url = reverse("wagtailadmin_pages:set_privacy", args=[reserved_community.pk])

    assert client.get(url).status_code == 403


@pytest.mark.django_db
def test_privacy_dialog_of_other_page_open_to_superuser(client, superuser, reserved_page):
    client.force_login(superuser)
    url = reverse("wagtailadmin_pages:set_privacy", args=[reserved_page.pk])

    assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_pending_request_malformed_id_not_found(client, facilitator):
    client.force_login(facilitator)

    response = client.post(
        reverse("community_pending_memberships"), {"membership": "abc", "decision": "accept"}
    )

    assert response.status_code == 404


@pytest.mark.django_db
def test_chooser_search_hides_other_community_drafts(
    public_facilitator_client, reserved_community, home
):
    other = CommunityPageFactory(title="Mobilisation des logements vacants")
    InstructionPageFactory(
        parent=reference_index(other), title="Brouillon ossature paille", publish=False
    )
    url = reverse("wagtailadmin_choose_page_search") + "?q=ossature"

    response = public_facilitator_client.get(url)

    assert response.status_code == 200
    assert b"Brouillon ossature paille" not in response.content


@pytest.mark.django_db
def test_chooser_search_lists_own_drafts(client, community):
    user = MembershipFactory(community=community, role=Role.FACILITATOR).user
    InstructionPageFactory(
        parent=reference_index(community), title="Brouillon ossature paille", publish=False
    )
    client.force_login(user)

    response = client.get(reverse("wagtailadmin_choose_page_search") + "?q=ossature")

    assert b"Brouillon ossature paille" in response.content
