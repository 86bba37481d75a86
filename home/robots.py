"""robots.txt: where search engines may go, and where the sitemap is."""

from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

# Addresses with nothing for a search engine: the admin, accounts and everything personal or
# made of actions (answers, reminders, subscriptions, unsubscribe links), and search results.
PRIVATE_PREFIXES = (
    "/admin/",
    "/comptes/",
    "/communautes/",
    "/entraide/",
    "/evenements/",
    "/quoi-de-neuf/personnel/",
    "/recherche/",
    "/abonnements/",
)


@require_GET
@cache_control(public=True, max_age=3600)
def robots_txt(request):
    lines = ["User-agent: *"]
    lines += [f"Disallow: {prefix}" for prefix in PRIVATE_PREFIXES]
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
