from django.db.models import Q
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import PageViewRestriction
from wagtail.permission_policies.pages import PagePermissionPolicy

from . import admin_views
from .events.dashboard import add_next_events_panel
from .models import CommunityPage, Membership
from .privacy import exclude_hidden_subtrees
from .viewsets import membership_viewset


@hooks.register("on_serve_page")
def explain_reserved_community(callback):
    """Serve a logged-in non-member of a reserved community a 403 page to ask to join.

    Wagtail would send them back to the login form, which they have already passed. The page
    names neither the community nor its content.
    """

    def inner(page, request, serve_args, serve_kwargs):
        if request.user.is_authenticated:
            for restriction in page.get_view_restrictions():
                if (
                    restriction.restriction_type == PageViewRestriction.GROUPS
                    and not restriction.accept_request(request)
                ):
                    return _members_only_response(request, restriction.page_id)
        return callback(page, request, serve_args, serve_kwargs)

    return inner


def _members_only_response(request, restricted_page_id):
    community = CommunityPage.objects.filter(pk=restricted_page_id).first()
    membership = None
    if community is not None:
        membership = Membership.objects.filter(user=request.user, community=community).first()
    response = TemplateResponse(
        request,
        "community/members_only.html",
        {"community_id": restricted_page_id if community else None, "membership": membership},
        status=403,
    )
    add_never_cache_headers(response)
    return response


@hooks.register("construct_page_chooser_queryset")
def hide_reserved_pages_in_chooser(pages, request):
    """Keep reserved pages and other communities' drafts out of an editor's page chooser.

    An editor gets the live pages outside the reserved subtrees they do not pass. Unpublished
    pages appear only where the editor may explore them, such as their community's proposals.
    """
    user = request.user
    pages = exclude_hidden_subtrees(user, pages)
    if user.is_superuser:
        return pages
    explorable = PagePermissionPolicy().explorable_instances(user)
    return pages.filter(Q(live=True) | Q(pk__in=explorable.values("pk")))


@hooks.register("register_admin_viewset")
def register_membership_viewset():
    return membership_viewset


@hooks.register("register_admin_urls")
def register_membership_admin_urls():
    return [
        path(
            "adhesions/",
            admin_views.PendingMembershipsView.as_view(),
            name="community_pending_memberships",
        ),
    ]


class PendingMembershipsMenuItem(MenuItem):
    def is_shown(self, request):
        return Membership.objects.facilitated_by(request.user).exists() or (
            request.user.is_superuser
        )


@hooks.register("register_admin_menu_item")
def register_pending_memberships_menu_item():
    return PendingMembershipsMenuItem(
        _("Membership requests"),
        reverse("community_pending_memberships"),
        icon_name="group",
        order=250,
    )


SUPERUSER_ONLY_REPORTS = {"workflows", "workflow-tasks"}


@hooks.register("construct_reports_menu")
def hide_workflow_reports(request, menu_items):
    """Offer the workflow reports, which AdminPageAccessMiddleware closes, to superusers only."""
    if not request.user.is_superuser:
        menu_items[:] = [item for item in menu_items if item.name not in SUPERUSER_ONLY_REPORTS]


hooks.register("construct_homepage_panels", add_next_events_panel)
