"""E-mails of mutual help, sent after the transaction commits.

The notify functions only register a callback with `transaction.on_commit`, so a question or
answer whose transaction rolls back sends no e-mail. The callback reads everything again from
the database: who still follows, who is still a member, whether the answer is still visible.
Every recipient must pass `can_see_page` for the page at that moment, and be an active member
when the community is reserved, so that no e-mail carries a reserved community's content to
someone outside it. Users who turned the e-mails off, inactive users and users without an e-mail
address get nothing.

A mail server that fails is logged and never undoes or interrupts what the user did.
"""

import html
import logging
from collections import defaultdict
from functools import partial

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.html import strip_tags
from wagtail.models import Page, PageViewRestriction

from community.models import Membership, Role
from community.privacy import can_see_page

from .permissions import community_of
from .threads import visible_answers
from .unsubscribe import make_token

logger = logging.getLogger(__name__)


def notify_new_question(question):
    """Tell the facilitators and experts of the community that `question` was asked."""
    _after_commit(_send_new_question, question.pk)


def notify_new_answer(answer, page):
    """Tell the asker and the followers of `page` that `answer` was posted on it.

    `page` is a question or a reference page. A reference page has no asker, only followers.
    """
    _after_commit(_send_new_answer, answer.pk, page.pk)


def notify_reference_answer(question, answer, marked_by=None):
    """Tell the asker and the answerers of `question` that `answer` became its reference.

    `marked_by` is the user who chose it, who gets no e-mail about their own choice. When the
    caller leaves it out, the asker is e-mailed even if they chose it. Withdrawing the reference
    answer (`answer` None) sends nothing.
    """
    if answer is None:
        return
    marked_by_id = marked_by.pk if marked_by is not None else None
    _after_commit(_send_reference_answer, question.pk, answer.pk, marked_by_id)


def _after_commit(send, *args):
    # robust=True: Django logs any other error of the callback instead of raising it into the
    # request whose data has already been committed.
    transaction.on_commit(partial(send, *args), robust=True)


# Recipients and context of each e-mail


def _send_new_question(question_id):
    from .models import QuestionPage

    question = QuestionPage.objects.filter(pk=question_id).select_related("asker").first()
    community = community_of(question) if question is not None else None
    if community is None:
        return

    roles = Membership.objects.active().filter(
        community=community, role__in=[Role.FACILITATOR, Role.EXPERT]
    )
    candidates = Q(pk__in=roles.values("user"))
    recipients = eligible_recipients(question, community, candidates, exclude=[question.asker_id])
    role_of_user = dict(roles.values_list("user", "role"))
    links = _page_links(question)

    messages = [
        _build_message(
            "new_question",
            user,
            question,
            links,
            {
                "question": question,
                "community": community,
                "asker_name": _display_name(question.asker),
                "details_text": _plain_text(question.details),
                "facilitates": role_of_user[user.pk] == Role.FACILITATOR,
            },
        )
        for user in recipients
    ]
    _deliver(messages, f"new question {question.pk}")


def _send_new_answer(answer_id, page_id):
    from .models import Follow, QuestionPage

    page = _specific_page(page_id)
    answer = _visible_answer(answer_id, page)
    if answer is None:
        return
    community = community_of(page)
    asker_id = page.asker_id if isinstance(page, QuestionPage) else None

    candidates = Q(pk__in=Follow.objects.filter(page=page).values("user"))
    if asker_id is not None:
        candidates |= Q(pk=asker_id)
    recipients = eligible_recipients(page, community, candidates, exclude=[answer.user_id])
    links = _page_links(page)

    messages = []
    for user in recipients:
        is_asker = user.pk == asker_id
        context = {
            "reason": "asker" if is_asker else "follower",
            "answer": answer,
            "author_name": _display_name(answer.user) or answer.user_name,
            "community": community,
        }
        # A follower's link unfollows this thread. The asker's link turns every e-mail off,
        # because askers get the answers to their question whether they follow it or not.
        scope_page = None if is_asker else page
        messages.append(
            _build_message("new_answer", user, page, links, context, scope_page=scope_page)
        )
    _deliver(messages, f"answer {answer.pk} on page {page.pk}")


def _send_reference_answer(question_id, answer_id, marked_by_id):
    from .models import QuestionPage

    question = QuestionPage.objects.filter(pk=question_id).first()
    answer = _visible_answer(answer_id, question)
    if answer is None or question.reference_answer_id != answer.pk:
        return
    community = community_of(question)

    answerers = visible_answers(question).order_by().values("user")
    candidates = Q(pk__in=answerers)
    if question.asker_id is not None:
        candidates |= Q(pk=question.asker_id)
    recipients = eligible_recipients(question, community, candidates, exclude=[marked_by_id])
    links = _page_links(question)

    messages = []
    for user in recipients:
        if user.pk == answer.user_id:
            reason = "author"
        elif user.pk == question.asker_id:
            reason = "asker"
        else:
            reason = "answerer"
        context = {
            "reason": reason,
            "answer": answer,
            "author_name": _display_name(answer.user) or answer.user_name,
            "community": community,
        }
        messages.append(_build_message("reference_answer", user, question, links, context))
    _deliver(messages, f"reference answer {answer.pk} of question {question.pk}")


def _specific_page(page_id):
    page = Page.objects.filter(pk=page_id).first()
    return page.specific if page is not None else None


def _visible_answer(answer_id, page):
    """Return the comment `answer_id` if it is still visible on `page`, else None."""
    if page is None:
        return None
    return visible_answers(page).filter(pk=answer_id).select_related("user").first()


def _plain_text(rich_text):
    """Return the text of a rich text field without its tags, with entities decoded."""
    return html.unescape(strip_tags(rich_text or "")).strip()


def _display_name(user):
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


# Recipients


def eligible_recipients(page, community, candidates, exclude=()):
    """Return the users matching the Q object `candidates` who may get an e-mail about `page`.

    One query selects the candidates that are active, have an e-mail address and have not
    turned the e-mails off. In a reserved community they must also be active members. Then
    `can_see_page` checks each of them against the page.
    """
    from .models import EmailPreference

    if page is None or community is None:
        return []
    users = (
        get_user_model()
        .objects.filter(candidates, is_active=True)
        .exclude(email="")
        .exclude(pk__in=[user_id for user_id in exclude if user_id is not None])
        .exclude(pk__in=EmailPreference.objects.filter(enabled=False).values("user"))
    )
    if community.is_reserved:
        members = Membership.objects.active().filter(community=community)
        users = users.filter(pk__in=members.values("user"))
    return users_who_can_see(page, list(users.order_by("pk")))


def users_who_can_see(page, users):
    """Keep the users of the list `users` to whom `can_see_page(user, page)` is true.

    The privacy rule depends only on whether a user is a superuser and on which groups named
    by view restrictions they are in. So it is evaluated once per distinct combination, not
    once per user. That costs two queries, plus two for each combination.
    """
    if not users:
        return []
    restriction_groups = set(
        PageViewRestriction.groups.through.objects.values_list("group_id", flat=True)
    )
    user_groups = defaultdict(set)
    memberships = get_user_model().groups.through.objects.filter(
        user_id__in=[user.pk for user in users], group_id__in=restriction_groups
    )
    for user_id, group_id in memberships.values_list("user_id", "group_id"):
        user_groups[user_id].add(group_id)

    verdicts = {}
    visible = []
    for user in users:
        key = (user.is_superuser, frozenset(user_groups[user.pk]))
        if key not in verdicts:
            verdicts[key] = can_see_page(user, page)
        if verdicts[key]:
            visible.append(user)
    return visible


# Building and sending


def _page_links(page):
    """Return the absolute root URL of the site of `page`, and the page's own absolute URL."""
    site = page.get_site()
    root_url = site.root_url if site is not None else settings.WAGTAILADMIN_BASE_URL
    return root_url, page.get_full_url() or root_url + "/"


def _build_message(kind, user, page, links, context, scope_page=None):
    """Render the e-mail `kind` for `user` in French, as plain text with an HTML alternative.

    `links` comes from `_page_links(page)`. The unsubscribe link unfollows `scope_page` when
    given, else turns every e-mail off.
    """
    root_url, page_url = links
    token = make_token(user, scope_page)
    unsubscribe_url = root_url + reverse("qa:unsubscribe", kwargs={"token": token})
    answer = context.get("answer")
    context = {
        **context,
        "user": user,
        "page": page,
        "page_url": page_url,
        "answer_url": f"{page_url}#reponse-{answer.pk}" if answer is not None else page_url,
        "unsubscribe_url": unsubscribe_url,
        "unsubscribe_scope": "page" if scope_page is not None else "all",
        "account_url": root_url + reverse("account:profile"),
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string(f"qa/emails/{kind}_subject.txt", context)
        text = render_to_string(f"qa/emails/{kind}.txt", context)
        html = render_to_string(f"qa/emails/{kind}.html", context)

    message = EmailMultiAlternatives(
        subject=" ".join(subject.split()),
        body=text,
        to=[user.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
    )
    message.attach_alternative(html, "text/html")
    message.recipient_id = user.pk
    return message


def _deliver(messages, subject_of_log):
    """Send `messages` one by one over one connection, logging the failures.

    A message that fails does not stop the next ones. smtplib.SMTPException is a subclass
    of OSError, so catching OSError covers refused recipients as well as an unreachable server.
    """
    if not messages:
        return
    connection = get_connection()
    try:
        connection.open()
    except OSError:
        logger.exception(
            "Failed to connect to the mail server: %d e-mails about %s not sent",
            len(messages),
            subject_of_log,
        )
        return

    failed, first_error = [], None
    try:
        for message in messages:
            message.connection = connection
            try:
                message.send()
            except OSError as error:
                failed.append(message.recipient_id)
                first_error = first_error or error
    finally:
        try:
            connection.close()
        except OSError:
            logger.warning("Failed to close the mail server connection", exc_info=True)

    if failed:
        logger.error(
            "Failed to send %d of %d e-mails about %s to users %s: %r",
            len(failed),
            len(messages),
            subject_of_log,
            failed,
            first_error,
        )
    else:
        logger.info("Sent %d e-mails about %s", len(messages), subject_of_log)
