"""What facilitators may do in the Wagtail admin: edit their subtree, decide on requests."""

import pytest
from django.urls import reverse

from community.models import Membership, MembershipStatus, Role
from tests.factories import InstructionPageFactory, MembershipFactory, UserFactory, reference_index

PENDING_URL_NAME = "community_pending_memberships"


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


@pytest.fixture
def facilitator_client(client, facilitator):
    client.force_login(facilitator)
    return client


@pytest.fixture
def own_page(reserved_community):
    """A reference page of the community that the facilitator leads."""
    return InstructionPageFactory(parent=reference_index(reserved_community))


@pytest.fixture
def other_page(community):
    """A reference page of a community that the facilitator does not lead."""
    return InstructionPageFactory(parent=reference_index(community))


@pytest.fixture
def own_request(reserved_community):
    return MembershipFactory(community=reserved_community, status=MembershipStatus.PENDING)


@pytest.fixture
def other_request(community):
    return MembershipFactory(community=community, status=MembershipStatus.PENDING)


@pytest.mark.django_db
def test_facilitator_opens_editor_of_own_page(facilitator_client, own_page):
    response = facilitator_client.get(edit_url(own_page))

    assert response.status_code == 200


@pytest.mark.django_db
def test_facilitator_opens_editor_of_own_community(facilitator_client, reserved_community):
    response = facilitator_client.get(edit_url(reserved_community))

    assert response.status_code == 200


@pytest.mark.django_db
def test_facilitator_forbidden_from_editor_of_other_page(facilitator_client, other_page):
    # Wagtail 8 alone redirects to the dashboard with a message. The project's
    # AdminPageAccessMiddleware returns 403 for a page outside the user's explorable tree.
    response = facilitator_client.get(edit_url(other_page))

    assert response.status_code == 403


@pytest.mark.django_db
def test_facilitator_forbidden_from_adding_under_other_community(facilitator_client, community):
    index = reference_index(community)
    url = reverse("wagtailadmin_pages:add_subpage", args=[index.pk])

    response = facilitator_client.get(url)

    assert response.status_code == 403


@pytest.mark.django_db
def test_facilitator_cannot_edit_other_page(facilitator, other_page):
    assert not other_page.permissions_for_user(facilitator).can_edit()


@pytest.mark.django_db
def test_facilitator_cannot_edit_home_page(facilitator, home):
    assert not home.permissions_for_user(facilitator).can_edit()


@pytest.mark.django_db
def test_facilitator_can_publish_own_page(facilitator, own_page):
    assert own_page.permissions_for_user(facilitator).can_publish()


@pytest.mark.django_db
def test_member_cannot_edit_own_community_page(user, reserved_community, own_page):
    MembershipFactory(user=user, community=reserved_community, role=Role.MEMBER)

    assert not own_page.permissions_for_user(user).can_edit()


@pytest.mark.django_db
def test_pending_screen_lists_own_requests(facilitator_client, own_request):
    response = facilitator_client.get(reverse(PENDING_URL_NAME))

    assert own_request in response.context["memberships"]


@pytest.mark.django_db
def test_pending_screen_hides_other_requests(facilitator_client, own_request, other_request):
    response = facilitator_client.get(reverse(PENDING_URL_NAME))

    assert other_request not in response.context["memberships"]


@pytest.mark.django_db
def test_pending_screen_shows_requester(facilitator_client, own_request):
    response = facilitator_client.get(reverse(PENDING_URL_NAME))

    assert own_request.user.get_full_name() in response.content.decode()


@pytest.mark.django_db
def test_pending_screen_lists_every_request_for_superuser(
    client, superuser, own_request, other_request
):
    client.force_login(superuser)

    response = client.get(reverse(PENDING_URL_NAME))

    assert set(response.context["memberships"]) == {own_request, other_request}


@pytest.mark.django_db
def test_accepting_request_activates_membership(facilitator_client, own_request):
    facilitator_client.post(
        reverse(PENDING_URL_NAME), {"membership": own_request.pk, "decision": "accept"}
    )

    own_request.refresh_from_db()
    assert own_request.status == MembershipStatus.ACTIVE


@pytest.mark.django_db
def test_accepting_request_adds_members_group(facilitator_client, own_request):
    facilitator_client.post(
        reverse(PENDING_URL_NAME), {"membership": own_request.pk, "decision": "accept"}
    )

    members_group = own_request.community.access.members_group
    assert own_request.user.groups.filter(pk=members_group.pk).exists()


@pytest.mark.django_db
def test_refusing_request_deletes_membership(facilitator_client, own_request):
    facilitator_client.post(
        reverse(PENDING_URL_NAME), {"membership": own_request.pk, "decision": "refuse"}
    )

    assert not Membership.objects.filter(pk=own_request.pk).exists()


@pytest.mark.django_db
def test_unknown_decision_keeps_request_pending(facilitator_client, own_request):
    facilitator_client.post(
        reverse(PENDING_URL_NAME), {"membership": own_request.pk, "decision": "maybe"}
    )

    own_request.refresh_from_db()
    assert own_request.status == MembershipStatus.PENDING


@pytest.mark.django_db
def test_accepting_request_of_other_community_not_found(facilitator_client, other_request):
    response = facilitator_client.post(
        reverse(PENDING_URL_NAME), {"membership": other_request.pk, "decision": "accept"}
    )

    assert response.status_code == 404


@pytest.mark.django_db
def test_accepting_request_of_other_community_keeps_it_pending(facilitator_client, other_request):
    facilitator_client.post(
        reverse(PENDING_URL_NAME), {"membership": other_request.pk, "decision": "accept"}
    )

    other_request.refresh_from_db()
    assert other_request.status == MembershipStatus.PENDING


@pytest.mark.django_db
def test_member_cannot_open_pending_screen(client, reserved_community):
    member = UserFactory()
    MembershipFactory(user=member, community=reserved_community, role=Role.MEMBER)
    client.force_login(member)

    response = client.get(reverse(PENDING_URL_NAME))

    # Without the admin access permission, Wagtail 8 redirects to the admin login form.
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))


@pytest.mark.django_db
def test_member_cannot_accept_request(client, reserved_community, own_request):
    member = UserFactory()
    MembershipFactory(user=member, community=reserved_community, role=Role.MEMBER)
    client.force_login(member)

    client.post(reverse(PENDING_URL_NAME), {"membership": own_request.pk, "decision": "accept"})

    own_request.refresh_from_db()
    assert own_request.status == MembershipStatus.PENDING


@pytest.mark.django_db
def test_demoted_facilitator_cannot_open_pending_screen(client, reserved_community):
    former = UserFactory()
    membership = MembershipFactory(user=former, community=reserved_community, role=Role.FACILITATOR)
    membership.role = Role.MEMBER
    membership.save()
    client.force_login(former)

    response = client.get(reverse(PENDING_URL_NAME))

    assert response.status_code == 302


@pytest.fixture
def other_facilitator_client(client, community):
    """A client logged in as a facilitator of the public community only."""
    client.force_login(MembershipFactory(community=community, role=Role.FACILITATOR).user)
    return client


@pytest.mark.django_db
def test_page_chooser_hides_reserved_community(other_facilitator_client, home, reserved_community):
    response = other_facilitator_client.get(
        reverse("wagtailadmin_choose_page_child", args=[home.pk])
    )

    assert reserved_community.title not in response.json()["html"]


@pytest.mark.django_db
def test_page_chooser_lists_own_community(other_facilitator_client, home, community):
    response = other_facilitator_client.get(
        reverse("wagtailadmin_choose_page_child", args=[home.pk])
    )

    assert community.title in response.json()["html"]


@pytest.mark.django_db
def test_page_chooser_search_hides_reserved_community(other_facilitator_client, reserved_community):
    response = other_facilitator_client.get(
        reverse("wagtailadmin_choose_page_search"), {"q": "animateurs"}
    )

    # The search view returns an HTML fragment, not the JSON of the browse view.
    assert reserved_community.title not in response.content.decode()


@pytest.mark.django_db
def test_page_chooser_search_finds_own_community(other_facilitator_client, community):
    response = other_facilitator_client.get(
        reverse("wagtailadmin_choose_page_search"), {"q": "vertes"}
    )

    assert community.title in response.content.decode()
