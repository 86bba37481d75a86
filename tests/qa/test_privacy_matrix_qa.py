"""Mutual help never shows a reserved community's questions or answers to non-members.

Every page and endpoint of mutual help, fetched or posted to by every persona. The reserved
community's titles and texts contain the word "Zorglub"; its slugs and the URLs do not.
"""

import pytest
from django.db import transaction
from django.urls import reverse
from django_comments_xtd.models import XtdComment

from community.models import Role, Visibility
from qa.models import AnswerReport, Follow, QuestionPage
from qa.threads import post_answer
from tests.factories import (
    CommunityPageFactory,
    InstructionPageFactory,
    MembershipFactory,
    QuestionPageFactory,
    SuperuserFactory,
    UserFactory,
    home_page,
    question_index,
    reference_index,
)

SECRET = "Zorglub"
NON_MEMBERS = ["visitor", "member of other community", "agent without community"]
MEMBERS = ["reserved member", "reserved facilitator", "superuser"]
PERSONAS = NON_MEMBERS + MEMBERS


def build_site():
    green = CommunityPageFactory(title="Filières vertes", slug="filieres-vertes")
    reserved = CommunityPageFactory(
        title=f"Réseau {SECRET}", slug="reseau", visibility=Visibility.RESERVED
    )
    users = {
        "visitor": None,
        "member of other community": MembershipFactory(community=green).user,
        "agent without community": UserFactory(),
        "reserved member": MembershipFactory(community=reserved, role=Role.MEMBER).user,
        "reserved facilitator": MembershipFactory(community=reserved, role=Role.FACILITATOR).user,
        "superuser": SuperuserFactory(),
    }
    asker = users["reserved member"]
    green_question = QuestionPageFactory(
        parent=question_index(green),
        title="Quels arbitrages régionaux pour les filières paille ?",
        slug="arbitrages-paille",
        asker=users["member of other community"],
    )
    post_answer(green_question, users["member of other community"], "Voir la note régionale.")
    question = QuestionPageFactory(
        parent=question_index(reserved),
        title=f"Quels arbitrages régionaux pour le plan {SECRET} ?",
        slug="arbitrages",
        details=f"<p>Le plan {SECRET} hésite entre deux clés.</p>",
        asker=asker,
        owner=asker,
    )
    answer = post_answer(question, users["reserved facilitator"], f"La clé {SECRET}-42.")
    instruction = InstructionPageFactory(
        parent=reference_index(reserved), title="Consigne régionale", slug="consigne"
    )
    comment = post_answer(instruction, asker, f"Le seuil {SECRET} vaut-il partout ?")
    pages = {
        "home": home_page().url,
        "green community": green.url,
        "green entraide": question_index(green).url,
        "green question": green_question.url,
        "reserved entraide": question_index(reserved).url,
        "reserved question": question.url,
        "reserved instruction": instruction.url,
        "account": reverse("account:profile"),
        "ask in reserved": reverse("qa:ask", args=[reserved.pk]),
        "suggestions in reserved": reverse("qa:suggestions", args=[reserved.pk])
        + "?titre=arbitrages+régionaux",
        "suggestions in green": reverse("qa:suggestions", args=[green.pk])
        + "?titre=arbitrages+régionaux",
        "edit reserved question": reverse("qa:edit-question", args=[question.pk]),
        "edit reserved answer": reverse("qa:edit-answer", args=[answer.pk]),
        "delete reserved answer": reverse("qa:delete-answer", args=[answer.pk]),
        "report reserved answer": reverse("qa:report", args=[answer.pk]),
        "convert reserved thread": reverse("qa:convert-thread", args=[comment.pk]),
    }
    posts = {
        "answer": (reverse("qa:post-answer", args=[question.pk]), {"text": "Intrus"}),
        "reply": (
            reverse("qa:post-answer", args=[question.pk]),
            {"text": "Intrus", "parent": answer.pk},
        ),
        "comment": (reverse("qa:post-answer", args=[instruction.pk]), {"text": "Intrus"}),
        "follow": (reverse("qa:follow", args=[question.pk]), {}),
        "vote": (reverse("qa:vote", args=[answer.pk]), {}),
        "mark": (reverse("qa:mark-reference", args=[answer.pk]), {}),
        "withdraw": (reverse("qa:withdraw-reference", args=[question.pk]), {}),
        "report": (reverse("qa:report", args=[answer.pk]), {"reason": "spam"}),
        "edit answer": (reverse("qa:edit-answer", args=[answer.pk]), {"text": "Intrus"}),
        "delete answer": (reverse("qa:delete-answer", args=[answer.pk]), {}),
        "edit question": (
            reverse("qa:edit-question", args=[question.pk]),
            {"title": "Question prise par un intrus", "details": "Intrus"},
        ),
        "convert": (reverse("qa:convert-thread", args=[comment.pk]), {"title": "Titre intrus"}),
    }
    return {"pages": pages, "posts": posts, "users": users, "question": question}


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_site()
        transaction.set_rollback(True)


def login(client, site, persona):
    user = site["users"][persona]
    if user is not None:
        client.force_login(user)


def state(site):
    """What a post by an intruder could change."""
    question = QuestionPage.objects.get(pk=site["question"].pk)
    comments = list(XtdComment.objects.values_list("pk", "comment", "is_public", "is_removed"))
    return (
        comments,
        question.title,
        question.reference_answer_id,
        Follow.objects.count(),
        AnswerReport.objects.count(),
        QuestionPage.objects.count(),
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url_name",
    [
        "home",
        "green community",
        "green entraide",
        "green question",
        "reserved entraide",
        "reserved question",
        "reserved instruction",
        "account",
        "ask in reserved",
        "suggestions in reserved",
        "suggestions in green",
        "edit reserved question",
        "edit reserved answer",
        "delete reserved answer",
        "report reserved answer",
        "convert reserved thread",
    ],
)
@pytest.mark.parametrize("persona", NON_MEMBERS)
def test_non_member_sees_no_reserved_text(client, site, persona, url_name):
    login(client, site, persona)

    response = client.get(site["pages"][url_name])

    assert response.status_code < 500
    assert SECRET not in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "action",
    [
        "answer",
        "reply",
        "comment",
        "follow",
        "vote",
        "mark",
        "withdraw",
        "report",
        "edit answer",
        "delete answer",
        "edit question",
        "convert",
    ],
)
@pytest.mark.parametrize("persona", NON_MEMBERS)
def test_non_member_changes_nothing(client, site, persona, action):
    login(client, site, persona)
    url, data = site["posts"][action]
    before = state(site)

    response = client.post(url, data)

    assert response.status_code in (302, 403, 404, 405)
    if persona == "visitor" and response.status_code == 302:
        assert response.url.startswith("/comptes/connexion/")
    assert SECRET not in response.content.decode()
    assert state(site) == before


@pytest.mark.django_db
@pytest.mark.parametrize("url_name", ["reserved entraide", "reserved question"])
@pytest.mark.parametrize("persona", MEMBERS)
def test_member_sees_reserved_questions(client, site, persona, url_name):
    login(client, site, persona)

    response = client.get(site["pages"][url_name])

    assert response.status_code == 200
    assert SECRET in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("action", ["answer", "reply", "comment", "report", "edit question"])
def test_member_posts_succeed(client, site, action):
    """The refusals above come from the rules, not from malformed data."""
    login(client, site, "reserved member")
    url, data = site["posts"][action]
    before = state(site)

    with transaction.atomic():
        response = client.post(url, data)
        changed = state(site) != before
        transaction.set_rollback(True)

    assert response.status_code == 302
    assert changed
