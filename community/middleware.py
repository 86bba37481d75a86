"""Close the Wagtail admin screens that would show editors pages outside their communities."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from .converters import parse_id
from .models import CommunityPage
from .privacy import exclude_hidden_subtrees

PAGE_ID_ARGUMENTS = ("page_id", "parent_page_id")
# Wagtail 8 reports and dialogs that list pages or groups beyond the editor's own subtree.
SUPERUSER_ONLY_VIEWS = {
    "wagtailadmin_reports:page_types_usage",
    "wagtailadmin_reports:page_types_usage_results",
    # Their filters list every workflow and task, named after the communities.
    "wagtailadmin_reports:workflow",
    "wagtailadmin_reports:workflow_results",
    "wagtailadmin_reports:workflow_tasks",
    "wagtailadmin_reports:workflow_tasks_results",
    "wagtailadmin_pages:set_privacy",
}


class AdminPageAccessMiddleware:
    """Raise 403 before an admin view shows an editor a page they may not explore.

    Wagtail 8 redirects a denied page to the dashboard with a message, but several of its
    screens (page chooser opened at an id, bulk action forms, the page types report, the
    privacy dialog) print titles or group names of any page. Superusers keep every screen,
    except the privacy dialog of a community page, whose restriction follows its visibility.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        user = request.user
        if match is None or not match.route.startswith("admin/") or not user.is_authenticated:
            return None

        page_ids = requested_page_ids(match, view_kwargs, request.GET)
        if match.view_name == "wagtailadmin_pages:set_privacy" and (
            not user.is_superuser or CommunityPage.objects.filter(pk__in=page_ids).exists()
        ):
            raise PermissionDenied
        if user.is_superuser:
            return None
        if match.view_name in SUPERUSER_ONLY_VIEWS:
            raise PermissionDenied

        if match.route.startswith("admin/pages/") and page_ids:
            explorable = PagePermissionPolicy().explorable_instances(user)
            if explorable.filter(pk__in=page_ids).count() < len(page_ids):
                raise PermissionDenied
        elif page_ids:
            visible = exclude_hidden_subtrees(user, Page.objects.filter(pk__in=page_ids))
            if visible.count() < len(page_ids):
                raise PermissionDenied
        return None


def requested_page_ids(match, view_kwargs, query):
    """Return the page ids a request names; raise 404 on an id that is not a database id."""
    ids = [view_kwargs[name] for name in PAGE_ID_ARGUMENTS if name in view_kwargs]
    if match.url_name == "wagtailadmin_choose_page_chosen_multiple" or (
        match.url_name == "wagtail_bulk_action"
        and (view_kwargs.get("app_label"), view_kwargs.get("model_name")) == ("wagtailcore", "page")
    ):
        ids += query.getlist("id")

    parsed = set()
    for value in ids:
        page_id = parse_id(str(value))
        if page_id is None:
            raise Http404("Invalid page id.")
        parsed.add(page_id)
    return parsed
