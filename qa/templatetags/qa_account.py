"""The "Entraide" section of the account page: own questions, followed threads, e-mails."""

from django import template
from wagtail.models import Page

from community.models import CommunityPage
from community.privacy import visible_pages

from ..models import Follow, QuestionPage, QuestionStatus
from ..unsubscribe import emails_enabled

register = template.Library()

STATUS_BADGES = {
    QuestionStatus.UNANSWERED: "fr-badge--new",
    QuestionStatus.ANSWERED: "fr-badge--info",
    QuestionStatus.RESOLVED: "fr-badge--success",
}


@register.simple_tag(takes_context=True)
def qa_account_context(context):
    """Return the user's questions and followed threads that they may still see, and whether
    they receive the e-mails, for `qa/includes/account_section.html`.

    It runs a fixed number of queries, whatever the number of questions or threads.
    """
    request = context["request"]
    user = request.user
    questions = list(
        visible_pages(user, QuestionPage.objects.filter(asker=user)).order_by(
            "-last_activity_at", "-pk"
        )
    )
    followed_ids = list(
        Follow.objects.filter(user=user).order_by("-created_at").values_list("page_id", flat=True)
    )
    followed_by_id = {
        page.pk: page
        for page in visible_pages(user, Page.objects.filter(pk__in=followed_ids)).specific()
    }
    followed = [followed_by_id[page_id] for page_id in followed_ids if page_id in followed_by_id]

    community_titles = _community_titles([*questions, *followed])
    return {
        "questions": [
            {
                "page": question,
                "community": community_titles.get(question.pk, ""),
                "badge_class": STATUS_BADGES.get(question.status, ""),
            }
            for question in questions
        ],
        "followed": [
            {"page": page, "community": community_titles.get(page.pk, "")} for page in followed
        ],
        "emails_enabled": emails_enabled(user),
    }


def _community_titles(pages):
    """Map the id of each page to the title of the community it is in, in one query."""
    ancestor_paths = {
        page.path[:length]
        for page in pages
        for length in range(Page.steplen, len(page.path), Page.steplen)
    }
    if not ancestor_paths:
        return {}
    communities = CommunityPage.objects.filter(path__in=ancestor_paths).values_list("path", "title")
    title_by_path = dict(communities)
    titles = {}
    for page in pages:
        for path, title in title_by_path.items():
            if page.path.startswith(path):
                titles[page.pk] = title
    return titles
