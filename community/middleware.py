"""Answer 403 when an editor opens, in the Wagtail admin, a page outside the subtrees they edit."""

from django.core.exceptions import PermissionDenied
from wagtail.permission_policies.pages import PagePermissionPolicy

PAGE_ID_ARGUMENTS = ("page_id", "parent_page_id")


class AdminPageAccessMiddleware:
    """Wagtail 8 turns a denied admin page into a redirect to the dashboard with a message.

    For a page the editor may not even explore (another community, for a facilitator), this
    middleware answers a plain 403 before the admin view runs, so a denied access reads as
    one. Pages they may explore keep Wagtail's own finer checks.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or not match.route.startswith("admin/pages/"):
            return None
        page_id = next(
            (view_kwargs[name] for name in PAGE_ID_ARGUMENTS if name in view_kwargs), None
        )
        user = request.user
        if page_id is None or not user.is_authenticated or user.is_superuser:
            return None
        if not PagePermissionPolicy().explorable_instances(user).filter(pk=page_id).exists():
            raise PermissionDenied
        return None
