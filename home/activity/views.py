"""The "Quoi de neuf" pages: the activity of one community, and of the whole portal."""

from django.template.response import TemplateResponse
from wagtail.models import Site

from community.events.listing import next_events
from community.models import EventIndexPage
from community.privacy import visible_pages
from knowledge.map_data import visible_communities

from .listing import activity_context
from .queries import community_entries, visible_entries


def community_activity(request, community):
    """Serve `<community>/quoi-de-neuf/`, after Wagtail has checked the community's restriction."""
    user = request.user
    context = activity_context(request, community_entries(user, community))
    context.update(
        {
            "page": community,
            "self": community,
            "community": community,
            "breadcrumb_pages": [community],
            "next_events": next_events(user, community),
            "agenda_page": visible_pages(user, EventIndexPage.objects.child_of(community)).first(),
        }
    )
    return TemplateResponse(request, "home/activity/community_activity.html", context)


def portal_activity(request):
    """Serve `/quoi-de-neuf/`: the activity of every community the reader may see."""
    user = request.user
    context = activity_context(request, visible_entries(user), visible_communities(user))
    site = Site.find_for_request(request)
    root = site.root_page if site is not None else None
    context["next_events"] = next_events(user, root, with_community=True) if root else []
    return TemplateResponse(request, "home/activity/portal_activity.html", context)
