"""`visible_pages` and `can_see_page`: the one rule that decides which pages a user may see."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from community.models import Role
from community.privacy import can_see_page, visible_pages
from tests.factories import InstructionPageFactory, MembershipFactory, reference_index


def visible_ids(user):
    return set(visible_pages(user).values_list("pk", flat=True))


@pytest.fixture
def reserved_page(reserved_community):
    return InstructionPageFactory(parent=reference_index(reserved_community))


@pytest.fixture
def public_page(community):
    return InstructionPageFactory(parent=reference_index(community))


@pytest.fixture
def member(user, reserved_community):
    MembershipFactory(user=user, community=reserved_community, role=Role.MEMBER)
    return user


@pytest.mark.django_db
def test_visitor_sees_public_page(public_page):
    assert public_page.pk in visible_ids(AnonymousUser())


@pytest.mark.django_db
def test_visitor_does_not_see_reserved_community(reserved_community):
    assert reserved_community.pk not in visible_ids(AnonymousUser())


@pytest.mark.django_db
def test_visitor_does_not_see_reserved_page(reserved_page):
    assert reserved_page.pk not in visible_ids(AnonymousUser())


@pytest.mark.django_db
def test_agent_without_community_does_not_see_reserved_page(user, reserved_page):
    assert reserved_page.pk not in visible_ids(user)


@pytest.mark.django_db
def test_other_community_member_misses_reserved_page(user, community, reserved_page):
    MembershipFactory(user=user, community=community, role=Role.FACILITATOR)

    assert reserved_page.pk not in visible_ids(user)


@pytest.mark.django_db
def test_pending_member_does_not_see_reserved_page(user, reserved_community, reserved_page):
    MembershipFactory(user=user, community=reserved_community, status="pending")

    assert reserved_page.pk not in visible_ids(user)


@pytest.mark.django_db
def test_member_sees_reserved_page(member, reserved_page):
    assert reserved_page.pk in visible_ids(member)


@pytest.mark.django_db
def test_facilitator_sees_reserved_page(facilitator, reserved_page):
    assert reserved_page.pk in visible_ids(facilitator)


@pytest.mark.django_db
def test_superuser_sees_reserved_page(superuser, reserved_page):
    assert reserved_page.pk in visible_ids(superuser)


@pytest.mark.django_db
def test_former_member_no_longer_sees_reserved_page(user, reserved_community, reserved_page):
    membership = MembershipFactory(user=user, community=reserved_community)

    membership.delete()

    assert reserved_page.pk not in visible_ids(user)


@pytest.mark.django_db
def test_unpublished_page_is_hidden_from_superuser(superuser, community):
    draft = InstructionPageFactory(parent=reference_index(community), publish=False)

    assert draft.pk not in visible_ids(superuser)


@pytest.mark.django_db
def test_unpublished_page_is_hidden_from_visitor(community):
    draft = InstructionPageFactory(parent=reference_index(community), publish=False)

    assert draft.pk not in visible_ids(AnonymousUser())


@pytest.mark.django_db
def test_expired_page_is_hidden(public_page):
    # The page is still live: `publish_scheduled` has not yet run since it expired.
    Page.objects.filter(pk=public_page.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=1)
    )

    assert public_page.pk not in visible_ids(AnonymousUser())


@pytest.mark.django_db
def test_page_expiring_later_is_visible(public_page):
    Page.objects.filter(pk=public_page.pk).update(
        expire_at=timezone.now() + datetime.timedelta(days=1)
    )

    assert public_page.pk in visible_ids(AnonymousUser())


@pytest.mark.django_db
def test_queryset_argument_is_filtered(community, public_page, reserved_page):
    queryset = Page.objects.filter(pk__in=[community.pk, reserved_page.pk])

    visible = set(visible_pages(AnonymousUser(), queryset).values_list("pk", flat=True))

    assert visible == {community.pk}


@pytest.mark.django_db
def test_login_restriction_hides_page_from_visitor(public_page):
    PageViewRestriction.objects.create(page=public_page, restriction_type=PageViewRestriction.LOGIN)

    assert public_page.pk not in visible_ids(AnonymousUser())


@pytest.mark.django_db
def test_login_restriction_shows_page_to_agent(user, public_page):
    PageViewRestriction.objects.create(page=public_page, restriction_type=PageViewRestriction.LOGIN)

    assert public_page.pk in visible_ids(user)


@pytest.mark.django_db
def test_password_restriction_hides_page_from_agent(user, public_page):
    PageViewRestriction.objects.create(
        page=public_page, restriction_type=PageViewRestriction.PASSWORD, password="chanvre"
    )

    assert public_page.pk not in visible_ids(user)


@pytest.mark.django_db
def test_login_restriction_beside_group_restriction_keeps_page_hidden(user, reserved_page):
    # Wagtail serves a page only when every restriction on it accepts the request. An editor
    # who sets "logged-in users" in the privacy dialogue of a reserved community adds such a
    # restriction beside the group restriction that the next publication restores.
    community = reserved_page.get_parent().get_parent()
    PageViewRestriction.objects.create(page=community, restriction_type=PageViewRestriction.LOGIN)

    assert reserved_page.pk not in visible_ids(user)


@pytest.mark.django_db
def test_can_see_page_refuses_reserved_page_to_visitor(reserved_page):
    assert not can_see_page(AnonymousUser(), reserved_page)


@pytest.mark.django_db
def test_can_see_page_allows_reserved_page_to_member(member, reserved_page):
    assert can_see_page(member, reserved_page)


@pytest.mark.django_db
def test_can_see_page_refuses_expired_page(public_page):
    public_page.expire_at = timezone.now() - datetime.timedelta(minutes=1)

    assert not can_see_page(AnonymousUser(), public_page)


@pytest.mark.django_db
def test_community_manager_lists_only_visible_communities(community, reserved_community):
    from community.models import CommunityPage

    visible = set(CommunityPage.objects.visible_to(AnonymousUser()))

    assert visible == {community}
