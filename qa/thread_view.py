"""The thread of a page as one reader sees it, built with a fixed number of queries.

`build_thread` reads the comments of the page once, then the useful votes, the reader's own
votes, the badges of the authors and the edit dates with one query each, whatever the number
of answers. The templates under qa/includes/ render the result.
"""

from dataclasses import dataclass, field

from django.db.models import Count
from django_comments.models import CommentFlag
from django_comments_xtd.models import LIKEDIT_FLAG

from community.models import Membership, MembershipStatus, Role

from .models import AnswerEdit, Follow, QuestionPage
from .permissions import active_role, can_moderate, community_of, is_member
from .threads import MAX_DEPTH, comments_of, is_commentable

# Roles whose answers carry a badge, in the order the badges are shown.
BADGE_ROLES = (Role.FACILITATOR, Role.EXPERT)


@dataclass
class AnswerNode:
    """One comment of the thread with what the reader may do with it.

    `placeholder` is "removed" or "hidden" for a comment that readers no longer see but whose
    visible replies keep it in the thread. Such a node shows neither its author nor its text.
    """

    answer: object
    children: list = field(default_factory=list)
    placeholder: str = ""
    vote_count: int = 0
    voted: bool = False
    badges: tuple = ()
    edited_at: object = None
    is_reference: bool = False
    can_reply: bool = False
    can_change: bool = False
    can_vote: bool = False
    can_report: bool = False
    can_mark_reference: bool = False
    can_convert: bool = False

    @property
    def pk(self):
        return self.answer.pk

    @property
    def is_visible(self):
        return not self.placeholder

    @property
    def reply_field_id(self):
        return f"reply-text-{self.answer.pk}"

    @property
    def author_name(self):
        """The author's current name, or the name stored with the answer for a deleted account."""
        user = self.answer.user
        if user is not None:
            return user.get_full_name() or user.get_username()
        return self.answer.user_name


@dataclass
class Thread:
    """The nested answers of a page and the reader's rights on the page as a whole."""

    page: object
    roots: list
    count: int
    reference: AnswerNode = None
    is_question: bool = False
    reader_can_post: bool = False
    reader_is_pending: bool = False
    reader_can_mark_reference: bool = False
    reader_follows: bool = False
    max_depth: int = MAX_DEPTH


def build_thread(page, user):
    """Return the Thread of `page` for `user`, who may be anonymous.

    The caller has already checked that `user` may see `page`.
    """
    community = community_of(page)
    is_question = isinstance(page, QuestionPage)
    # These mirror qa.permissions.can_post and can_mark_reference without checking again that
    # `user` may see the page, which costs a query each. The views apply the full functions.
    reader_can_post = is_commentable(page) and is_member(user, community)
    reader_can_moderate = reader_can_post and can_moderate(user, community)
    reader_can_mark = is_question and (
        can_moderate(user, community) or (page.asker_id == user.pk and reader_can_post)
    )

    comments = list(comments_of(page).select_related("user"))
    comment_ids = comments_of(page).values("pk")
    vote_counts = _vote_counts(comment_ids)
    own_votes = _own_votes(comment_ids, user) if reader_can_post else set()
    badges = _author_badges(community, {comment.user_id for comment in comments})
    edit_dates = dict(
        AnswerEdit.objects.filter(answer__in=comment_ids).values_list("answer_id", "edited_at")
    )
    reference_id = page.reference_answer_id if is_question else None

    nodes = {}
    for comment in comments:
        node = AnswerNode(answer=comment)
        if comment.is_removed:
            node.placeholder = "removed"
        elif not comment.is_public:
            node.placeholder = "hidden"
        else:
            own = user.is_authenticated and comment.user_id == user.pk
            node.vote_count = vote_counts.get(comment.pk, 0)
            node.voted = comment.pk in own_votes
            node.badges = badges.get(comment.user_id, ())
            node.edited_at = edit_dates.get(comment.pk)
            node.is_reference = comment.pk == reference_id
            node.can_reply = reader_can_post and comment.level < MAX_DEPTH
            node.can_change = reader_can_post and own
            node.can_vote = reader_can_post and not own
            node.can_report = reader_can_post and not own
            node.can_mark_reference = reader_can_mark and not node.is_reference
            node.can_convert = reader_can_moderate and not is_question and comment.level == 0
        nodes[comment.pk] = node

    roots = _nest(comments, nodes)
    roots = _prune(roots)
    count = sum(1 for node in nodes.values() if node.is_visible)
    reference = nodes.get(reference_id)
    if reference is not None and not reference.is_visible:
        reference = None

    return Thread(
        page=page,
        roots=roots,
        count=count,
        reference=reference,
        is_question=is_question,
        reader_can_post=reader_can_post,
        reader_is_pending=_is_pending(user, community) if not reader_can_post else False,
        reader_can_mark_reference=reader_can_mark,
        reader_follows=reader_can_post
        and Follow.objects.filter(user=user, page_id=page.pk).exists(),
    )


def _vote_counts(comment_ids):
    rows = (
        CommentFlag.objects.filter(flag=LIKEDIT_FLAG, comment__in=comment_ids)
        .values("comment_id")
        .annotate(total=Count("pk"))
        .values_list("comment_id", "total")
    )
    return dict(rows)


def _own_votes(comment_ids, user):
    rows = CommentFlag.objects.filter(flag=LIKEDIT_FLAG, user=user, comment__in=comment_ids)
    return set(rows.values_list("comment_id", flat=True))


def _author_badges(community, user_ids):
    """Map each author who facilitates or is an expert of `community` to their badge roles."""
    user_ids.discard(None)
    if community is None or not user_ids:
        return {}
    rows = Membership.objects.active().filter(
        community=community, user_id__in=user_ids, role__in=BADGE_ROLES
    )
    return {user_id: (role,) for user_id, role in rows.values_list("user_id", "role")}


def _is_pending(user, community):
    if not user.is_authenticated or community is None or active_role(user, community):
        return False
    memberships = Membership.objects.filter(user=user, community=community)
    return memberships.filter(status=MembershipStatus.PENDING).exists()


def _nest(comments, nodes):
    """Attach every node to its parent's children, in thread order, and return the roots.

    comments-xtd stores a top-level comment with `parent_id` equal to its own id. A reply whose
    parent is missing is shown at the top level rather than dropped.
    """
    roots = []
    for comment in comments:
        node = nodes[comment.pk]
        parent = nodes.get(comment.parent_id)
        if comment.parent_id == comment.pk or parent is None:
            roots.append(node)
        else:
            parent.children.append(node)
    return roots


def _prune(nodes):
    """Drop the placeholders that have no visible reply below them, at any depth."""
    kept = []
    for node in nodes:
        node.children = _prune(node.children)
        if node.is_visible or node.children:
            kept.append(node)
    return kept
