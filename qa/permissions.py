"""Who may ask, answer, mark and moderate: the server-side rules of mutual help.

Templates only hide buttons; every view checks these functions again.
"""

from community.models import CommunityPage, Membership, Role
from community.privacy import can_see_page

from .threads import is_commentable


def community_of(page):
    """Return the community that `page` belongs to, or None."""
    community = getattr(page, "community", None)
    if isinstance(community, CommunityPage):
        return community
    return CommunityPage.objects.ancestor_of(page, inclusive=True).first()


def active_role(user, community):
    """Return the role of `user` in `community` if their membership is active, else None.

    The answer is cached on the user object for the request.
    """
    if community is None or not user.is_authenticated:
        return None
    cache = user.__dict__.setdefault("_qa_roles", {})
    if community.pk not in cache:
        membership = Membership.objects.active().filter(user=user, community=community).first()
        cache[community.pk] = membership.role if membership else None
    return cache[community.pk]


def is_member(user, community):
    return active_role(user, community) is not None


def can_moderate(user, community):
    """Facilitators of the community, and site administrators, moderate its threads."""
    if not user.is_authenticated or community is None:
        return False
    return user.is_superuser or active_role(user, community) == Role.FACILITATOR


def can_post(user, page):
    """Tell whether `user` may ask, answer or reply on `page`: active members of its community."""
    if not is_commentable(page) or not can_see_page(user, page):
        return False
    return is_member(user, community_of(page))


def can_change_answer(user, answer, page):
    """Authors edit and delete their own visible answers while they are still members."""
    return (
        user.is_authenticated
        and answer.user_id == user.pk
        and answer.is_public
        and not answer.is_removed
        and can_post(user, page)
    )


def can_mark_reference(user, question):
    """Tell whether `user` may choose the reference answer: a facilitator, or the asker."""
    if not can_see_page(user, question):
        return False
    community = community_of(question)
    if can_moderate(user, community):
        return True
    return question.asker_id == user.pk and is_member(user, community)
