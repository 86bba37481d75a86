"""A facilitator turns a comment thread of a reference page into a question of its own."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse
from django.utils import timezone
from django_comments_xtd.models import XtdComment

from community.models import Role
from qa.conversion import suggested_title
from qa.models import Follow, QuestionPage, QuestionStatus
from qa.text import text_to_rich_text
from qa.threads import comments_of, hide_answer, post_answer, visible_answers
from tests.factories import (
    ArticlePageFactory,
    InstructionPageFactory,
    ReportingPageFactory,
    question_index,
    reference_index,
)

from .conftest import member_of

pytestmark = pytest.mark.django_db

ROOT_TEXT = (
    "Faut-il un justificatif de vacance de plus de deux ans ? Le service hésite.\n\n"
    "Voir https://www.legifrance.gouv.fr/article, et <script>alert(1)</script> ici."
)
ROOT_DATE = timezone.make_aware(datetime.datetime(2024, 11, 5, 9, 30))


def convert_url(comment):
    return reverse("qa:convert-thread", args=[comment.pk])


def reload(comment):
    return XtdComment.objects.get(pk=comment.pk)


def set_date(comment, moment):
    XtdComment.objects.filter(pk=comment.pk).update(submit_date=moment)


@pytest.fixture
def thread(instruction, asker, member, expert):
    """A thread on the instruction: a root, two replies, one of them answered in turn."""
    root = post_answer(instruction, asker, ROOT_TEXT)
    set_date(root, ROOT_DATE)
    first = post_answer(instruction, expert, "Oui, deux ans au 1er janvier.", parent=root)
    nested = post_answer(instruction, asker, "Merci, et pour un indivis ?", parent=first)
    second = post_answer(instruction, member, "Chez nous, un an suffit.", parent=root)
    set_date(first, ROOT_DATE + datetime.timedelta(hours=1))
    set_date(nested, ROOT_DATE + datetime.timedelta(hours=2))
    set_date(second, ROOT_DATE + datetime.timedelta(days=1))
    return {"root": root, "first": first, "nested": nested, "second": second}


@pytest.fixture
def other_thread(instruction, member):
    return post_answer(instruction, member, "Une autre remarque sur cette instruction.")


def convert(client, facilitator, comment, title="Quel justificatif de vacance ?", tags=""):
    client.force_login(facilitator)
    return client.post(convert_url(comment), {"title": title, "tags": tags})


def test_form_prefills_first_sentence(client, community_facilitator, thread):
    client.force_login(community_facilitator)

    response = client.get(convert_url(thread["root"]))

    assert response.status_code == 200
    title = response.context["form"].initial["title"]
    assert title == "Faut-il un justificatif de vacance de plus de deux ans ?"
    assert response.context["reply_count"] == 3


def test_conversion_publishes_question(client, community, community_facilitator, thread, asker):
    response = convert(client, community_facilitator, thread["root"], tags="vacance, taxe")

    question = QuestionPage.objects.get()
    assert response.status_code == 302
    assert response["Location"] == question.url
    assert question.live
    assert question.get_parent().pk == question_index(community).pk
    assert question.title == "Quel justificatif de vacance ?"
    assert question.asker == asker
    assert question.owner == asker
    assert question.first_published_at == ROOT_DATE
    assert sorted(question.tags.names()) == ["taxe", "vacance"]


def test_question_links_reference_page(client, community_facilitator, thread, instruction):
    convert(client, community_facilitator, thread["root"])

    assert QuestionPage.objects.get().related_page_id == instruction.pk


def test_details_are_escaped_with_links(client, community_facilitator, thread):
    convert(client, community_facilitator, thread["root"])

    details = QuestionPage.objects.get().details
    assert details.startswith("<p>Faut-il un justificatif")
    assert details.count("<p>") == 2
    assert '<a href="https://www.legifrance.gouv.fr/article">' in details
    assert "<script>" not in details
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in details


def test_replies_keep_authors_and_dates(client, community_facilitator, thread):
    before = {name: reload(comment) for name, comment in thread.items() if name != "root"}

    convert(client, community_facilitator, thread["root"])

    for name, old in before.items():
        moved = reload(thread[name])
        assert moved.user_id == old.user_id, name
        assert moved.user_name == old.user_name, name
        assert moved.submit_date == old.submit_date, name
        assert moved.comment == old.comment, name


def test_replies_become_answers_of_question(client, community_facilitator, thread):
    convert(client, community_facilitator, thread["root"])

    question = QuestionPage.objects.get()
    answers = list(visible_answers(question))
    assert [answer.pk for answer in answers] == [
        thread["first"].pk,
        thread["nested"].pk,
        thread["second"].pk,
    ]
    assert question.answer_count == 3
    assert question.status == QuestionStatus.ANSWERED


def test_nesting_is_kept_one_level_up(client, community_facilitator, thread):
    convert(client, community_facilitator, thread["root"])

    first, nested, second = (reload(thread[name]) for name in ("first", "nested", "second"))
    assert (first.thread_id, first.parent_id, first.level, first.order) == (
        first.pk,
        first.pk,
        0,
        1,
    )
    assert (nested.thread_id, nested.parent_id, nested.level, nested.order) == (
        first.pk,
        first.pk,
        1,
        2,
    )
    assert (second.thread_id, second.parent_id, second.level, second.order) == (
        second.pk,
        second.pk,
        0,
        1,
    )
    assert first.nested_count == 1


def test_moved_thread_accepts_new_reply(client, community_facilitator, thread, member):
    convert(client, community_facilitator, thread["root"])
    question = QuestionPage.objects.get()

    reply = post_answer(question, member, "Précision.", parent=reload(thread["nested"]))

    assert (reply.thread_id, reply.level, reply.order) == (thread["first"].pk, 2, 3)
    tree = XtdComment.tree_from_queryset(comments_of(question), user=AnonymousUser())
    assert [node["comment"].pk for node in tree] == [thread["first"].pk, thread["second"].pk]
    nested_node = tree[0]["children"][0]
    assert nested_node["comment"].pk == thread["nested"].pk
    assert [child["comment"].pk for child in nested_node["children"]] == [reply.pk]


def test_nothing_is_left_twice(client, community_facilitator, thread, other_thread, instruction):
    comment_count = XtdComment.objects.count()

    convert(client, community_facilitator, thread["root"])

    assert XtdComment.objects.count() == comment_count - 1
    assert not XtdComment.objects.filter(pk=thread["root"].pk).exists()
    assert [comment.pk for comment in comments_of(instruction)] == [other_thread.pk]


def test_hidden_reply_stays_hidden(client, community_facilitator, thread, instruction):
    hide_answer(reload(thread["second"]), instruction)

    convert(client, community_facilitator, thread["root"])

    question = QuestionPage.objects.get()
    assert not reload(thread["second"]).is_public
    assert question.answer_count == 2


def test_followers_are_copied(client, community_facilitator, thread, instruction, member, expert):
    Follow.objects.create(user=member, page=instruction)
    Follow.objects.create(user=expert, page=instruction)

    convert(client, community_facilitator, thread["root"])

    question = QuestionPage.objects.get()
    followers = set(Follow.objects.filter(page=question).values_list("user_id", flat=True))
    assert followers == {member.pk, expert.pk}
    assert Follow.objects.filter(page=instruction).count() == 2


def test_comment_without_replies_converts(client, community_facilitator, other_thread):
    response = convert(client, community_facilitator, other_thread)

    question = QuestionPage.objects.get()
    assert response.status_code == 302
    assert question.answer_count == 0
    assert question.status == QuestionStatus.UNANSWERED


@pytest.mark.parametrize(
    "factory", [InstructionPageFactory, ReportingPageFactory, ArticlePageFactory]
)
def test_every_reference_type_converts(client, community, community_facilitator, member, factory):
    page = factory(parent=reference_index(community))
    comment = post_answer(page, member, "Une question sur cette page ?")

    response = convert(client, community_facilitator, comment)

    assert response.status_code == 302
    assert QuestionPage.objects.get().related_page_id == page.pk


def test_same_title_gets_another_slug(client, community_facilitator, thread, other_thread):
    convert(client, community_facilitator, thread["root"], title="Même question ?")
    convert(client, community_facilitator, other_thread, title="Même question ?")

    slugs = sorted(QuestionPage.objects.values_list("slug", flat=True))
    assert len(set(slugs)) == 2


def test_blank_title_keeps_typed_tags(client, community_facilitator, thread):
    response = convert(client, community_facilitator, thread["root"], title="   ", tags="bail")

    assert response.status_code == 400
    assert response.context["form"].errors["title"]
    assert 'value="bail"' in response.content.decode()
    assert not QuestionPage.objects.exists()
    assert reload(thread["first"]).object_pk == str(thread["root"].object_pk)


def test_superuser_converts(client, superuser, thread):
    response = convert(client, superuser, thread["root"])

    assert response.status_code == 302
    assert QuestionPage.objects.get().asker == thread["root"].user


@pytest.mark.parametrize("person", ["asker", "member", "expert", "outsider", "pending_member"])
def test_non_facilitator_is_forbidden(client, request, person, thread):
    response = convert(client, request.getfixturevalue(person), thread["root"])

    assert response.status_code == 403
    assert not QuestionPage.objects.exists()
    assert XtdComment.objects.filter(pk=thread["root"].pk).exists()


def test_facilitator_of_other_community_is_forbidden(client, facilitator, thread):
    response = convert(client, facilitator, thread["root"])

    assert response.status_code == 403
    assert not QuestionPage.objects.exists()


def test_reserved_thread_is_not_found_for_other_facilitator(
    client, reserved_community, community_facilitator
):
    page = InstructionPageFactory(parent=reference_index(reserved_community))
    author = member_of(reserved_community)
    comment = post_answer(page, author, "Question confidentielle Castelbrune ?")

    client.force_login(community_facilitator)
    response = client.get(convert_url(comment))

    assert response.status_code == 404
    assert "Castelbrune" not in response.content.decode()


def test_reserved_facilitator_converts_reserved_thread(client, reserved_community, facilitator):
    page = InstructionPageFactory(parent=reference_index(reserved_community))
    comment = post_answer(page, member_of(reserved_community), "Une question réservée ?")

    response = convert(client, facilitator, comment)

    assert response.status_code == 302
    question = QuestionPage.objects.get()
    assert question.get_parent().pk == question_index(reserved_community).pk


def test_reply_cannot_be_converted(client, community_facilitator, thread):
    response = convert(client, community_facilitator, thread["first"])

    assert response.status_code == 404
    assert not QuestionPage.objects.exists()


def test_hidden_root_cannot_be_converted(client, community_facilitator, thread, instruction):
    hide_answer(reload(thread["root"]), instruction)

    assert convert(client, community_facilitator, thread["root"]).status_code == 404


def test_answer_on_question_cannot_be_converted(client, community_facilitator, question, member):
    answer = post_answer(question, member, "Une réponse.")

    assert convert(client, community_facilitator, answer).status_code == 404
    assert QuestionPage.objects.count() == 1


def test_visitor_is_sent_to_login(client, thread):
    response = client.post(convert_url(thread["root"]), {"title": "Titre ?"})

    assert response.status_code == 302
    assert reverse("account:login") in response["Location"]


def test_facilitator_role_must_be_active(client, community, thread):
    from community.models import MembershipStatus

    pending = member_of(community, Role.FACILITATOR, status=MembershipStatus.PENDING)

    assert convert(client, pending, thread["root"]).status_code == 403


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Comment faire ? Merci.", "Comment faire ?"),
        ("Le seuil est de 2 ans. Est-ce toujours vrai ?", "Le seuil est de 2 ans"),
        ("Pas de ponctuation\nsur deux lignes", "Pas de ponctuation sur deux lignes"),
        ("Voir la version 2.1 du guide ! Merci", "Voir la version 2.1 du guide !"),
    ],
)
def test_suggested_title(text, title):
    assert suggested_title(text) == title


def test_suggested_title_fits_page_title():
    assert len(suggested_title("mot " * 200)) <= 255


def test_rich_text_never_links_javascript():
    html = text_to_rich_text("javascript:alert(1) et http://exemple.fr/a?b=1&c=2.")

    assert 'href="javascript' not in html
    assert '<a href="http://exemple.fr/a?b=1&amp;c=2">' in html
    assert html.endswith("</a>.</p>")


def test_pages_show_each_answer_once(client, community_facilitator, thread, instruction, member):
    convert(client, community_facilitator, thread["root"])
    question = QuestionPage.objects.get()
    client.force_login(member)

    question_html = client.get(question.url).content.decode()
    instruction_html = client.get(instruction.url).content.decode()

    assert question_html.count("Oui, deux ans au 1er janvier.") == 1
    assert question_html.count("Chez nous, un an suffit.") == 1
    assert "Oui, deux ans au 1er janvier." not in instruction_html
    assert "Faut-il un justificatif de vacance" not in instruction_html


def test_service_rejects_comment_of_other_page(thread, community):
    from qa.conversion import ConversionError, convert_thread

    other_page = InstructionPageFactory(parent=reference_index(community))

    with pytest.raises(ConversionError):
        convert_thread(reload(thread["root"]), other_page, "Titre ?")

    assert not QuestionPage.objects.exists()
    assert reload(thread["first"]).parent_id == thread["root"].pk
