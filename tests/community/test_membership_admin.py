"""The memberships screen where site administrators manage roles."""

import pytest
from django.urls import reverse

from community.models import MembershipStatus, Role
from tests.factories import MembershipFactory

LIST_URL_NAME = "memberships:index"
EDIT_URL_NAME = "memberships:edit"


@pytest.mark.django_db
def test_membership_list_open_to_superuser(client, superuser, community):
    MembershipFactory(community=community)
    client.force_login(superuser)

    response = client.get(reverse(LIST_URL_NAME))

    assert response.status_code == 200


@pytest.mark.django_db
def test_membership_list_closed_to_facilitator(client, facilitator):
    client.force_login(facilitator)

    response = client.get(reverse(LIST_URL_NAME))

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")


@pytest.mark.django_db
def test_role_change_in_admin_updates_groups(client, superuser, community):
    membership = MembershipFactory(community=community, role=Role.MEMBER)
    client.force_login(superuser)

    response = client.post(
        reverse(EDIT_URL_NAME, args=[membership.pk]),
        {
            "user": membership.user.pk,
            "community": community.pk,
            "role": Role.FACILITATOR,
            "status": MembershipStatus.ACTIVE,
        },
    )

    assert response.status_code == 302
    assert membership.user.groups.filter(pk=community.access.facilitators_group_id).exists()


@pytest.mark.django_db
def test_activation_records_approval_date(community):
    membership = MembershipFactory(
        community=community, status=MembershipStatus.PENDING, approved_at=None
    )

    membership.status = MembershipStatus.ACTIVE
    membership.save()

    assert membership.approved_at is not None


@pytest.mark.django_db
def test_superscript_digit_membership_id_is_not_found(client, superuser):
    client.force_login(superuser)

    response = client.post("/admin/adhesions/", {"membership": "²", "decision": "accept"})

    assert response.status_code == 404
