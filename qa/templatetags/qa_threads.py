"""The thread of answers under a page, and the safe display of an answer's plain text."""

import re

from django import template
from django.contrib.auth.models import AnonymousUser
from django.utils.html import escape, format_html, linebreaks
from django.utils.safestring import mark_safe

from community.privacy import can_see_page

from ..forms.answers import MAX_ANSWER_LENGTH
from ..models import QuestionPage
from ..thread_view import build_thread
from ..threads import is_commentable

register = template.Library()

RELATED_QUESTIONS_COUNT = 5

# Only http and https addresses become links, so "javascript:" or "data:" text stays text.
# The match stops at whitespace, quotes and angle brackets.
URL_PATTERN = re.compile(r"\bhttps?://[^\s<>\"']+", re.IGNORECASE)
# Characters that usually end the sentence around an address rather than the address itself.
TRAILING_PUNCTUATION = ".,;:!?»"


@register.inclusion_tag("qa/includes/thread.html", takes_context=True)
def answer_thread(context, page):
    """Render the thread of `page` with the answers and the forms that the reader may use.

    Render nothing for a page that takes no answers or that the reader may not see.
    """
    request = context.get("request")
    user = getattr(request, "user", None) or AnonymousUser()
    page = getattr(page, "specific", page)
    if not is_commentable(page) or not can_see_page(user, page):
        return {"thread": None}
    thread = build_thread(page, user)
    return {
        "thread": thread,
        "related_questions": [] if thread.is_question else questions_about(page, user),
        "page": page,
        "page_url": page.get_url(request),
        "request": request,
        "user": user,
        "max_length": MAX_ANSWER_LENGTH,
    }


def questions_about(page, user):
    """Return the visible questions about the reference page `page`, latest activity first."""
    questions = QuestionPage.objects.filter(related_page=page).visible_to(user)
    return list(questions.order_by("-last_activity_at")[:RELATED_QUESTIONS_COUNT])


@register.filter(is_safe=True)
def answer_text(value):
    """Escape the plain text of an answer, keep its line breaks and link its web addresses.

    Links get rel="nofollow noopener". Nothing the author typed is ever output as HTML.
    """
    text = str(value or "")
    if not text:
        return ""
    pieces = []
    position = 0
    for match in URL_PATTERN.finditer(text):
        url, trailing = split_trailing_punctuation(match.group())
        pieces.append(escape(text[position : match.start()]))
        pieces.append(format_html('<a href="{}" rel="nofollow noopener">{}</a>', url, url))
        pieces.append(escape(trailing))
        position = match.end()
    pieces.append(escape(text[position:]))
    # Every piece above is escaped or built by format_html, so the joined text is safe.
    return mark_safe(linebreaks("".join(pieces), autoescape=False))  # noqa: S308


def split_trailing_punctuation(url):
    """Split `url` into the address and the punctuation that follows it in the sentence.

    A closing bracket stays in the address when the address opens one, as in Wikipedia titles.
    """
    trailing = ""
    while url:
        last = url[-1]
        if last in TRAILING_PUNCTUATION or (last == ")" and url.count(")") > url.count("(")):
            trailing = last + trailing
            url = url[:-1]
        else:
            break
    return url, trailing
