"""The one rule that decides which pages a user may see.

Wagtail enforces view restrictions when it serves a page, but `Page.objects.live()`, search
and every listing ignore them. Every output that aggregates pages goes through `visible_pages`.
"""

from django.db.models import CharField, Exists, ExpressionWrapper, F, OuterRef, Q
from django.utils import timezone
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction
from wagtail.query import PageQuerySet


def visible_pages(user, queryset=None):
    """Filter `queryset` (all pages by default) down to the live pages `user` may see."""
    queryset = Page.objects.all() if queryset is None else queryset
    queryset = queryset.live().exclude(expire_at__lte=timezone.now())
    queryset = queryset.exclude(Exists(withdrawn_ancestors()))
    return exclude_hidden_subtrees(user, queryset)


def withdrawn_ancestors():
    """Ancestors of the outer query's page that are unpublished or expired.

    Wagtail unpublishes a page without its children when the editor chooses so: the live
    children of an unpublished agenda or index then leave every listing with it. A correlated
    subquery keeps this in the listing's own SQL query.
    """
    withdrawn = Q(live=False) | Q(expire_at__lte=timezone.now())
    return (
        Page.objects.filter(withdrawn, numchild__gt=0, depth__lt=OuterRef("depth"))
        .annotate(descendant_path=ExpressionWrapper(OuterRef("path"), output_field=CharField()))
        .filter(descendant_path__startswith=F("path"))
    )


def exclude_hidden_subtrees(user, queryset):
    """Remove the pages under a view restriction that `user` does not pass, drafts included."""
    hidden_paths = restricted_paths_hidden_from(user)
    if not hidden_paths:
        return queryset
    hidden = Q()
    for path in hidden_paths:
        hidden |= Q(path__startswith=path)
    return queryset.exclude(hidden)


def can_see_page(user, page):
    """Tell whether `user` may see `page`, with the same rule as `visible_pages`.

    NOTE: unlike `visible_pages`, this does not look for an unpublished or expired ancestor,
    which would cost a query on every call; Wagtail serves such a page at its address too.
    """
    if not page.live or (page.expire_at and page.expire_at <= timezone.now()):
        return False
    return not any(page.path.startswith(path) for path in restricted_paths_hidden_from(user))


def restricted_paths_hidden_from(user):
    """Return the tree paths of the restricted pages whose subtree `user` may not see.

    Superusers pass every restriction, as in Wagtail. Password restrictions are hidden from
    listings for everyone else, since a listing cannot know which passwords a session entered.
    """
    if user.is_superuser:
        return []

    group_ids = user_group_ids(user)
    paths, passed = {}, set()
    # One row per restriction and group. As in Wagtail, a page is hidden when any one of its
    # restrictions is not passed, and a group restriction passes with any one of its groups.
    rows = PageViewRestriction.objects.values_list("pk", "page__path", "restriction_type", "groups")
    for restriction_id, path, restriction_type, group_id in rows:
        paths[restriction_id] = path
        passes_login = restriction_type == PageViewRestriction.LOGIN and user.is_authenticated
        passes_groups = restriction_type == PageViewRestriction.GROUPS and group_id in group_ids
        if passes_login or passes_groups:
            passed.add(restriction_id)
    return sorted({path for restriction_id, path in paths.items() if restriction_id not in passed})


def user_group_ids(user):
    """Return the ids of the groups of `user`, cached on the user object for the request."""
    if not user.is_authenticated:
        return frozenset()
    if not hasattr(user, "_privacy_group_ids"):
        user._privacy_group_ids = frozenset(user.groups.values_list("id", flat=True))
    return user._privacy_group_ids


def forget_user_groups(user):
    """Drop the cached group ids after the groups of `user` change."""
    user.__dict__.pop("_privacy_group_ids", None)


def visible_documents(user, queryset):
    """Filter the documents of `queryset` down to those whose collection `user` may open.

    The rule of `restricted_paths_hidden_from`, applied to the view restrictions of collections
    and their ancestors: reserved communities keep their documents in restricted collections.
    """
    if user.is_superuser:
        return queryset

    group_ids = user_group_ids(user)
    paths, passed = {}, set()
    rows = CollectionViewRestriction.objects.values_list(
        "pk", "collection__path", "restriction_type", "groups"
    )
    for restriction_id, path, restriction_type, group_id in rows:
        paths[restriction_id] = path
        if restriction_type == CollectionViewRestriction.LOGIN:
            passes = user.is_authenticated
        else:
            passes = restriction_type == CollectionViewRestriction.GROUPS and group_id in group_ids
        if passes:
            passed.add(restriction_id)

    hidden = Q()
    for restriction_id, path in paths.items():
        if restriction_id not in passed:
            hidden |= Q(collection__path__startswith=path)
    return queryset.exclude(hidden) if hidden else queryset


class VisiblePageQuerySet(PageQuerySet):
    def visible_to(self, user):
        return visible_pages(user, self)
