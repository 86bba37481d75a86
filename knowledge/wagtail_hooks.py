"""Wagtail admin of the knowledge app: field report categories and territories, as snippets.

Site administrators manage every category. A facilitator manages the categories of the
communities they facilitate: Django's model permissions cannot be limited to some rows, so that
right comes from their active facilitator memberships, through a permission policy, and not
from a group permission.
"""

import django_filters
from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    DeleteView,
    EditView,
    HistoryView,
    SnippetViewSet,
    UsageView,
)

from community.models import CommunityPage, Membership, MembershipStatus, Role

from .dashboard import add_proposals_panel
from .models import FieldReportCategory
from .viewsets.territories import register_territory_snippets

FACILITATOR_ACTIONS = {"add", "change", "delete"}
MODEL_ACTIONS = ("add", "change", "delete")


def facilitated_community_ids(user):
    """Return the ids of the communities that `user` facilitates, cached on the user object."""
    if not user.is_authenticated or not user.is_active:
        return frozenset()
    if not hasattr(user, "_facilitated_community_ids"):
        memberships = Membership.objects.active().filter(user=user, role=Role.FACILITATOR)
        user._facilitated_community_ids = frozenset(
            memberships.values_list("community_id", flat=True)
        )
    return user._facilitated_community_ids


class FieldReportCategoryPermissionPolicy(ModelPermissionPolicy):
    """Model permissions for every category, plus a facilitator's rights on their communities'.

    Only a superuser or a holder of the model permissions manages the categories shared by every
    community.
    """

    def has_model_permission(self, user, action):
        return user.has_perm(self._get_permission_name(action))

    def manages_every_category(self, user):
        return any(self.has_model_permission(user, action) for action in MODEL_ACTIONS)

    def user_has_permission(self, user, action):
        if self.has_model_permission(user, action):
            return True
        return action in FACILITATOR_ACTIONS and bool(facilitated_community_ids(user))

    def user_has_permission_for_instance(self, user, action, instance):
        if self.has_model_permission(user, action):
            return True
        if action not in FACILITATOR_ACTIONS:
            return False
        return instance.community_id in facilitated_community_ids(user)

    def instances_user_has_any_permission_for(self, user, actions):
        categories = self.model._default_manager.all()
        if any(self.has_model_permission(user, action) for action in actions):
            return categories
        if FACILITATOR_ACTIONS.intersection(actions):
            return categories.filter(community_id__in=facilitated_community_ids(user))
        return categories.none()

    def users_with_any_permission(self, actions):
        return self._users_matching(actions, Q(memberships__isnull=False))

    def users_with_any_permission_for_instance(self, actions, instance):
        if instance.community_id is None:
            return self._users_matching(actions, None)
        return self._users_matching(actions, Q(memberships__community_id=instance.community_id))

    def _users_matching(self, actions, membership_filter):
        """Return the active users with a model permission or, if given, a matching membership."""
        condition = self._get_users_with_any_permission_codenames_filter(
            self._get_permission_codenames(actions)
        )
        if membership_filter is not None and FACILITATOR_ACTIONS.intersection(actions):
            condition |= (
                membership_filter
                & Q(memberships__status=MembershipStatus.ACTIVE)
                & Q(memberships__role=Role.FACILITATOR)
                & Q(is_active=True)
            )
        return get_user_model().objects.filter(condition).distinct()


# Wagtail creates a fallback policy the first time it looks one up: register this one before.
permission_policy = FieldReportCategoryPermissionPolicy(FieldReportCategory)
register_permission_policy(FieldReportCategory, permission_policy)


def selectable_communities(user):
    """Return the communities that `user` may give a category to."""
    communities = CommunityPage.objects.order_by("title")
    if user is None or permission_policy.manages_every_category(user):
        return communities
    return communities.filter(pk__in=facilitated_community_ids(user))


class FieldReportCategoryForm(WagtailAdminModelForm):
    """Offer a facilitator only the communities they facilitate, and no shared category."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is None or permission_policy.manages_every_category(self.for_user):
            return

        community = self.fields["community"]
        community.queryset = selectable_communities(self.for_user)
        community.required = True
        community.empty_label = None
        community.help_text = _("Choose one of the communities that you facilitate.")


def communities_for_request(request):
    if request is None:
        return CommunityPage.objects.none()
    return selectable_communities(request.user)


class FieldReportCategoryFilterSet(WagtailFilterSet):
    # Built per request, so that the filter names no community that the user may not manage.
    community = django_filters.ModelChoiceFilter(queryset=communities_for_request)

    class Meta:
        model = FieldReportCategory
        fields = ["community"]


def colour_swatch(category):
    return format_html(
        '<span aria-hidden="true" style="display: inline-block; width: 1rem; height: 1rem; '
        "margin-inline-end: 0.5rem; border-radius: 50%; vertical-align: middle; "
        'background-color: {};"></span>{}',
        category.colour,
        category.colour,
    )


class CheckCategoryPermissionMixin:
    """Check the permission on the category itself, and not only on the model.

    Wagtail 8.0's generic edit, delete, usage and history views check the model-level
    permission only, which this policy grants to every facilitator.
    """

    category_action = "change"

    def get_object(self, *args, **kwargs):
        category = super().get_object(*args, **kwargs)
        if not permission_policy.user_has_permission_for_instance(
            self.request.user, self.category_action, category
        ):
            raise PermissionDenied
        return category


class CategoryEditView(CheckCategoryPermissionMixin, EditView):
    pass


class CategoryDeleteView(CheckCategoryPermissionMixin, DeleteView):
    category_action = "delete"


class CategoryUsageView(CheckCategoryPermissionMixin, UsageView):
    pass


class CategoryHistoryView(CheckCategoryPermissionMixin, HistoryView):
    pass


class FieldReportCategoryViewSet(SnippetViewSet):
    model = FieldReportCategory
    icon = "tag"
    add_to_admin_menu = True
    menu_order = 280
    list_display = [
        "label",
        Column("colour", label=_("Colour"), accessor=colour_swatch, sort_key="colour"),
        "community",
    ]
    filterset_class = FieldReportCategoryFilterSet
    ordering = ["community__title", "label"]
    edit_handler = ObjectList(
        [
            FieldPanel("label"),
            FieldPanel(
                "colour",
                widget=forms.TextInput(attrs={"type": "color"}),
                help_text=_(
                    "Readers see this colour as a dot beside the label: choose a dark colour, "
                    "such as a “sun” shade of the DSFR illustrative palette."
                ),
            ),
            FieldPanel("description"),
            FieldPanel("community", widget=forms.Select),
        ],
        base_form_class=FieldReportCategoryForm,
    )
    edit_view_class = CategoryEditView
    delete_view_class = CategoryDeleteView
    usage_view_class = CategoryUsageView
    history_view_class = CategoryHistoryView

    def get_queryset(self, request):
        return permission_policy.instances_user_has_any_permission_for(
            request.user, FACILITATOR_ACTIONS
        ).select_related("community")


register_snippet(FieldReportCategoryViewSet)
register_territory_snippets()


hooks.register("construct_homepage_panels", add_proposals_panel)
