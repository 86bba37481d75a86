"""The field report category snippet: site administrators manage all, facilitators their own."""

import pytest
from django.urls import reverse

from community.models import Role
from knowledge.models import FieldReportCategory
from knowledge.wagtail_hooks import permission_policy
from tests.factories import MembershipFactory
from tests.knowledge.map_helpers import FieldReportCategoryFactory

URL_NAMESPACE = "wagtailsnippets_knowledge_fieldreportcategory"


def url(name, *args):
    return reverse(f"{URL_NAMESPACE}:{name}", args=args)


def category_data(community, label="Ouate de cellulose"):
    return {
        "label": label,
        "colour": "#447049",
        "description": "",
        "community": str(community.pk) if community else "",
    }


@pytest.fixture
def facilitator_client(client, facilitator):
    client.force_login(facilitator)
    return client


@pytest.fixture
def own_category(reserved_community):
    """A category of the community that the facilitator leads."""
    return FieldReportCategoryFactory(label="Comité de pilotage", community=reserved_community)


@pytest.fixture
def other_category(community):
    """A category of a community that the facilitator does not lead."""
    return FieldReportCategoryFactory(label="Chanvre", community=community)


@pytest.fixture
def shared_category(db):
    return FieldReportCategoryFactory(label="Réhabilitation", community=None)


@pytest.fixture
def categories(own_category, other_category, shared_category):
    return [own_category, other_category, shared_category]


@pytest.mark.django_db
def test_facilitator_lists_own_category(facilitator_client, categories, own_category):
    response = facilitator_client.get(url("list"))

    assert own_category.label in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("hidden", ["other_category", "shared_category"])
def test_facilitator_listing_hides_category(facilitator_client, categories, hidden, request):
    category = request.getfixturevalue(hidden)

    response = facilitator_client.get(url("list"))

    assert category.label not in response.content.decode()


@pytest.mark.django_db
def test_facilitator_filter_names_own_community_only(
    facilitator_client, categories, community, reserved_community
):
    html = facilitator_client.get(url("list")).content.decode()

    assert reserved_community.title in html
    assert community.title not in html


@pytest.mark.django_db
def test_listing_shows_colour_swatch(facilitator_client, own_category):
    html = facilitator_client.get(url("list")).content.decode()

    assert f"background-color: {own_category.colour};" in html


@pytest.mark.django_db
def test_superuser_lists_every_category(client, superuser, categories):
    client.force_login(superuser)

    html = client.get(url("list")).content.decode()

    assert all(category.label in html for category in categories)


@pytest.mark.django_db
def test_facilitator_opens_own_category(facilitator_client, own_category):
    response = facilitator_client.get(url("edit", own_category.pk))

    assert response.status_code == 200


@pytest.mark.django_db
def test_facilitator_renames_own_category(facilitator_client, own_category, reserved_community):
    facilitator_client.post(
        url("edit", own_category.pk), category_data(reserved_community, label="Pilotage")
    )

    own_category.refresh_from_db()
    assert own_category.label == "Pilotage"


@pytest.mark.django_db
@pytest.mark.parametrize("view_name", ["edit", "delete", "usage", "history"])
@pytest.mark.parametrize("target", ["other_category", "shared_category"])
def test_facilitator_denied_category(facilitator_client, view_name, target, request):
    category = request.getfixturevalue(target)

    response = facilitator_client.get(url(view_name, category.pk))

    # Wagtail's admin turns a PermissionDenied into a redirect to the dashboard.
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")


@pytest.mark.django_db
def test_facilitator_cannot_rename_other_category(facilitator_client, other_category, community):
    facilitator_client.post(url("edit", other_category.pk), category_data(community, "Lin"))

    other_category.refresh_from_db()
    assert other_category.label == "Chanvre"


@pytest.mark.django_db
def test_facilitator_cannot_delete_other_category(facilitator_client, other_category):
    facilitator_client.post(url("delete", other_category.pk))

    assert FieldReportCategory.objects.filter(pk=other_category.pk).exists()


@pytest.mark.django_db
def test_facilitator_adds_category_to_own_community(facilitator_client, reserved_community):
    facilitator_client.post(url("add"), category_data(reserved_community))

    assert FieldReportCategory.objects.filter(
        label="Ouate de cellulose", community=reserved_community
    ).exists()


@pytest.mark.django_db
def test_facilitator_cannot_add_category_to_other_community(facilitator_client, community):
    facilitator_client.post(url("add"), category_data(community))

    assert not FieldReportCategory.objects.filter(label="Ouate de cellulose").exists()


@pytest.mark.django_db
def test_facilitator_cannot_add_shared_category(facilitator_client, reserved_community):
    facilitator_client.post(url("add"), category_data(None))

    assert not FieldReportCategory.objects.filter(label="Ouate de cellulose").exists()


@pytest.mark.django_db
def test_superuser_adds_shared_category(client, superuser):
    client.force_login(superuser)

    client.post(url("add"), category_data(None))

    assert FieldReportCategory.objects.filter(
        label="Ouate de cellulose", community__isnull=True
    ).exists()


@pytest.mark.django_db
def test_member_cannot_open_category_listing(client, reserved_community):
    member = MembershipFactory(community=reserved_community, role=Role.MEMBER).user
    client.force_login(member)

    response = client.get(url("list"))

    assert response.status_code in (302, 403)


@pytest.mark.django_db
def test_policy_names_facilitator_of_category(facilitator, own_category, other_category):
    assert facilitator in permission_policy.users_with_permission_for_instance(
        "change", own_category
    )
    assert facilitator not in permission_policy.users_with_permission_for_instance(
        "change", other_category
    )


@pytest.mark.django_db
def test_policy_counts_facilitator_once(facilitator, reserved_community, community):
    MembershipFactory(user=facilitator, community=community, role=Role.FACILITATOR)

    users = permission_policy.users_with_permission("change")

    assert list(users).count(facilitator) == 1


@pytest.mark.django_db
def test_facilitator_category_search_answers(client, community):
    from community.models import Role
    from knowledge.models import FieldReportCategory
    from tests.factories import MembershipFactory

    FieldReportCategory.objects.create(label="Comité bois", community=community)
    client.force_login(MembershipFactory(community=community, role=Role.FACILITATOR).user)

    response = client.get("/admin/snippets/knowledge/fieldreportcategory/?q=bois")

    assert response.status_code == 200
    assert "Comité bois".encode() in response.content
