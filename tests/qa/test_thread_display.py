"""The thread as readers see it: nesting, placeholders, counts, badges, escaping and queries."""

import re

import pytest
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.template import RequestContext, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_comments.models import Comment, CommentFlag
from django_comments_xtd.models import LIKEDIT_FLAG, XtdComment

from community.models import Role
from qa.models import AnswerEdit
from qa.thread_view import build_thread
from qa.threads import hide_answer, post_answer, remove_answer, set_reference_answer

from ..factories import (
    ArticlePageFactory,
    InstructionPageFactory,
    MembershipFactory,
    ReportingPageFactory,
    reference_index,
)
from .conftest import member_of

pytestmark = pytest.mark.django_db


def render_thread(page, user=None):
    """Render `{% answer_thread page %}` as the page templates do, for `user` or a visitor."""
    request = RequestFactory().get(page.url)
    request.user = user or AnonymousUser()
    template = Template("{% load qa_threads %}{% answer_thread page %}")
    return template.render(RequestContext(request, {"page": page}))


def heading_of(html):
    return re.search(r'<h2 id="thread-heading">\s*(.*?)\s*</h2>', html, re.S).group(1)


def answer_ids(html):
    return [int(pk) for pk in re.findall(r'<article id="reponse-(\d+)"', html)]


def placeholder_ids(html):
    return [int(pk) for pk in re.findall(r'<div id="reponse-(\d+)" class="[^"]*placeholder', html)]


# Structure


def test_empty_question(question):
    html = render_thread(question)
    assert heading_of(html).startswith("0 ")
    assert answer_ids(html) == []


def test_answers_nested_in_lists(question, asker, member, expert):
    first = post_answer(question, member, "Première")
    reply = post_answer(question, asker, "Réponse à la première", parent=first)
    second = post_answer(question, expert, "Seconde")

    html = render_thread(question)

    assert heading_of(html).startswith("3 ")
    assert answer_ids(html) == [first.pk, reply.pk, second.pk]
    nested = re.search(r'rdt-thread__list--nested">(.*?)</ol>', html, re.S).group(1)
    assert f'id="reponse-{reply.pk}"' in nested
    assert f'id="reponse-{second.pk}"' not in nested


def test_answer_shows_author_and_date(question, member):
    answer = post_answer(question, member, "Texte")
    html = render_thread(question)
    assert member.get_full_name() in html
    local = timezone.localtime(answer.submit_date)
    assert f'datetime="{local.isoformat()}"' in html
    assert local.strftime("%H:%M") in html


def test_edited_answer_marked(question, member):
    answer = post_answer(question, member, "Texte")
    before = render_thread(question)
    AnswerEdit.objects.create(answer=answer)

    after = render_thread(question)

    assert "rdt-answer__edited" not in before
    assert "rdt-answer__edited" in after


def test_text_shown_escaped(question, member):
    post_answer(
        question,
        member,
        '<script>alert("x")</script>\n<a href="javascript:alert(1)">clic</a> '
        "<img src=x onerror=alert(1)> javascript:alert(2) https://www.anah.gouv.fr/",
    )

    html = render_thread(question)

    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert 'href="javascript' not in html
    assert "&lt;script&gt;" in html
    assert '<a href="https://www.anah.gouv.fr/" rel="nofollow noopener">' in html


def test_author_name_escaped(question, community):
    author = member_of(
        community, user__first_name="<b>Zoé</b>", user__last_name="<script>x</script>"
    )
    post_answer(question, author, "Texte")
    html = render_thread(question)
    assert "<b>Zoé</b>" not in html
    assert "<script>x</script>" not in html
    assert "&lt;b&gt;Zoé&lt;/b&gt;" in html


# Removed and hidden answers


def test_removed_answer_with_replies_placeholder(question, asker, member, expert):
    answer = post_answer(question, member, "Texte supprimé")
    reply = post_answer(question, expert, "Réponse qui reste", parent=answer)
    remove_answer(answer, question)

    html = render_thread(question)

    assert placeholder_ids(html) == [answer.pk]
    assert answer_ids(html) == [reply.pk]
    assert "Texte supprimé" not in html
    assert "Réponse qui reste" in html
    assert heading_of(html).startswith("1 ")
    placeholder = re.search(rf'<div id="reponse-{answer.pk}".*?</div>', html, re.S).group()
    assert member.get_full_name() not in placeholder


def test_hidden_answer_with_replies_placeholder(question, member, expert):
    answer = post_answer(question, member, "Texte masqué")
    post_answer(question, expert, "Réponse", parent=answer)
    hide_answer(answer, question)

    html = render_thread(question)

    assert placeholder_ids(html) == [answer.pk]
    assert "Texte masqué" not in html
    assert "placeholder" in html


def test_removed_answer_without_replies_gone(question, member, expert):
    answer = post_answer(question, member, "Texte supprimé")
    post_answer(question, expert, "Autre")
    remove_answer(answer, question)

    html = render_thread(question)

    assert placeholder_ids(html) == []
    assert answer.pk not in answer_ids(html)
    assert heading_of(html).startswith("1 ")


def test_removed_chain_with_removed_replies_gone(question, member, expert):
    answer = post_answer(question, member, "Racine")
    reply = post_answer(question, expert, "Réponse", parent=answer)
    remove_answer(reply, question)
    remove_answer(answer, question)

    html = render_thread(question)

    assert placeholder_ids(html) == []
    assert heading_of(html).startswith("0 ")


def test_removed_middle_keeps_deeper_reply(question, member, expert, asker):
    root = post_answer(question, member, "Racine")
    middle = post_answer(question, expert, "Milieu", parent=root)
    leaf = post_answer(question, asker, "Feuille", parent=middle)
    remove_answer(root, question)
    remove_answer(middle, question)

    html = render_thread(question)

    assert placeholder_ids(html) == [root.pk, middle.pk]
    assert answer_ids(html) == [leaf.pk]


def test_count_matches_visible_answers(question, member, expert, asker):
    answers = [post_answer(question, member, f"Réponse {number}") for number in range(4)]
    post_answer(question, expert, "Réponse", parent=answers[0])
    remove_answer(answers[0], question)
    hide_answer(answers[1], question)

    thread = build_thread(question, asker)
    html = render_thread(question, asker)
    question.refresh_from_db()

    assert thread.count == 3
    assert question.answer_count == 3
    assert len(answer_ids(html)) == 3
    assert heading_of(html).startswith("3 ")


# Badges, votes and reference answer


def test_badges_of_facilitator_and_expert(question, member, expert, community_facilitator):
    post_answer(question, member, "Membre")
    post_answer(question, expert, "Experte")
    post_answer(question, community_facilitator, "Animateur")

    nodes = build_thread(question, member).roots
    html = render_thread(question)

    assert [node.badges for node in nodes] == [(), (Role.EXPERT,), (Role.FACILITATOR,)]
    assert html.count("rdt-badge-expert") == 1
    assert html.count("rdt-badge-facilitation") == 1


def test_badge_only_in_own_community(question, reserved_community, community):
    elsewhere_expert = member_of(reserved_community, Role.EXPERT)
    MembershipFactory(user=elsewhere_expert, community=community, role=Role.MEMBER)
    post_answer(question, elsewhere_expert, "Texte")

    assert build_thread(question, elsewhere_expert).roots[0].badges == ()


def test_vote_count_and_own_vote(question, member, expert, asker):
    answer = post_answer(question, member, "Utile")
    for voter in (expert, asker):
        CommentFlag.objects.create(
            user=voter, comment=answer, flag=LIKEDIT_FLAG, flag_date=timezone.now()
        )

    node = build_thread(question, asker).roots[0]
    html = render_thread(question, asker)

    assert node.vote_count == 2
    assert node.voted
    assert not build_thread(question, member).roots[0].voted
    assert re.search(r"rdt-answer__votes\">\s*2 ", html)


def test_reference_answer_first(question, asker, member, expert):
    post_answer(question, member, "Première")
    reference = post_answer(question, expert, "La bonne réponse")
    set_reference_answer(question, reference)

    html = render_thread(question)

    box = re.search(r'<section class="rdt-reference.*?</section>', html, re.S).group()
    assert "La bonne réponse" in box
    assert f'href="#reponse-{reference.pk}"' in box
    assert html.index("rdt-reference") < html.index(f'id="reponse-{reference.pk}"')
    assert "rdt-answer--reference" in html


def test_reference_box_absent_on_instruction(instruction, member):
    post_answer(instruction, member, "Commentaire")
    assert "rdt-reference" not in render_thread(instruction)


# What each reader may do


def test_visitor_sees_login_link(question, member):
    post_answer(question, member, "Texte")
    html = render_thread(question)
    assert "/comptes/connexion/?next=" in html
    assert "<textarea" not in html
    assert "qa:" not in html
    assert "/utile/" not in html


def test_outsider_sees_join_link(question, outsider, community):
    html = render_thread(question, outsider)
    assert f"/communautes/{community.pk}/rejoindre/" in html
    assert "<textarea" not in html


def test_pending_member_sees_note(question, pending_member):
    html = render_thread(question, pending_member)
    assert "fr-notice" in html
    assert "<textarea" not in html
    assert "/rejoindre/" not in html


def test_member_sees_forms_and_buttons(question, member, expert):
    own = post_answer(question, member, "À moi")
    other = post_answer(question, expert, "D'une autre")

    html = render_thread(question, member)

    assert f'action="/entraide/pages/{question.pk}/repondre/"' in html
    assert f"/entraide/reponses/{own.pk}/modifier/" in html
    assert f"/entraide/reponses/{own.pk}/supprimer/" in html
    assert f"/entraide/reponses/{own.pk}/utile/" not in html
    assert f"/entraide/reponses/{own.pk}/signaler/" not in html
    assert f"/entraide/reponses/{other.pk}/utile/" in html
    assert f"/entraide/reponses/{other.pk}/signaler/" in html
    assert f"/entraide/reponses/{other.pk}/modifier/" not in html
    assert f"/entraide/pages/{question.pk}/suivre/" in html
    # Only the asker and facilitators mark the reference answer.
    assert "/reference/" not in html


def test_asker_sees_mark_buttons(question, asker, member):
    answer = post_answer(question, member, "Réponse")
    html = render_thread(question, asker)
    assert f"/entraide/reponses/{answer.pk}/reference/" in html


def test_reply_forms_stop_at_max_depth(question, asker, member):
    level0 = post_answer(question, asker, "0")
    level1 = post_answer(question, member, "1", parent=level0)
    level2 = post_answer(question, asker, "2", parent=level1)

    html = render_thread(question, member)

    assert f'name="parent" value="{level0.pk}"' in html
    assert f'name="parent" value="{level1.pk}"' in html
    assert f'name="parent" value="{level2.pk}"' not in html
    assert html.count("<details") == 2


def test_reply_field_ids_unique(question, asker, member):
    for number in range(3):
        post_answer(question, asker, f"Réponse {number}")
    html = render_thread(question, member)
    ids = re.findall(r'<textarea[^>]* id="([^"]+)"', html)
    assert len(ids) == 4
    assert len(set(ids)) == 4


def test_convert_link_for_facilitator_on_reference_page(instruction, member, community_facilitator):
    top = post_answer(instruction, member, "Question sur l'instruction")
    reply = post_answer(instruction, community_facilitator, "Réponse", parent=top)

    facilitator_html = render_thread(instruction, community_facilitator)
    member_html = render_thread(instruction, member)

    assert f"/entraide/reponses/{top.pk}/transformer/" in facilitator_html
    assert f"/entraide/reponses/{reply.pk}/transformer/" not in facilitator_html
    assert "/transformer/" not in member_html


def test_no_convert_link_on_question(question, member, community_facilitator):
    post_answer(question, member, "Réponse")
    assert "/transformer/" not in render_thread(question, community_facilitator)


# Privacy


def test_reserved_thread_not_rendered_for_others(reserved_question, outsider):
    assert "Castelbrune" not in render_thread(reserved_question)
    assert "Castelbrune" not in render_thread(reserved_question, outsider)


def test_reserved_thread_rendered_for_members(reserved_question, reserved_community):
    html = render_thread(reserved_question, member_of(reserved_community))
    assert "Réponse confidentielle Castelbrune" in html


# Reference pages


@pytest.mark.parametrize("factory", [ReportingPageFactory, ArticlePageFactory])
def test_reference_pages_render_thread(client, community, member, factory):
    page = factory(parent=reference_index(community))
    answer = post_answer(page, member, "Commentaire sur la page de référence")
    client.force_login(member)

    html = client.get(page.url).content.decode()

    assert f'<article id="reponse-{answer.pk}"' in html
    assert "Commentaire sur la page de référence" in html
    assert f'action="/entraide/pages/{page.pk}/repondre/"' in html


def test_instruction_page_renders_thread(client, instruction, member, expert):
    question = post_answer(instruction, member, "Cette instruction vaut-elle pour 2025 ?")
    post_answer(instruction, expert, "Oui, jusqu'à la prochaine mise à jour.", parent=question)

    html = client.get(instruction.url).content.decode()

    assert 'id="thread-heading"' in html
    assert len(answer_ids(html)) == 2
    assert "/comptes/connexion/?next=" in html


def test_reserved_instruction_thread_hidden(client, reserved_community, outsider):
    page = InstructionPageFactory(parent=reference_index(reserved_community))
    post_answer(page, member_of(reserved_community), "Commentaire confidentiel Castelbrune")
    client.force_login(outsider)

    response = client.get(page.url)

    assert "Castelbrune" not in response.content.decode()


# Queries


def add_answers(page, authors, count):
    """Insert `count` answers on `page` in threads of three levels, with votes and edits.

    comments-xtd saves each comment twice and renumbers its thread, so the rows are inserted
    in bulk instead: the comments, then their comments-xtd columns with one executemany.
    """
    content_type = ContentType.objects.get_for_model(page)
    now = timezone.now()
    comments = Comment.objects.bulk_create(
        Comment(
            content_type=content_type,
            object_pk=str(page.pk),
            site_id=settings.SITE_ID,
            user=authors[number % len(authors)],
            user_name=authors[number % len(authors)].get_full_name(),
            comment=f"Réponse en nombre {number}",
            submit_date=now,
            is_public=True,
            is_removed=number % 30 == 0,
        )
        for number in range(count)
    )
    rows = []
    for number, comment in enumerate(comments):
        level = number % 3
        thread = comments[number - level]
        parent = comments[number - 1] if level else comment
        rows.append((comment.pk, thread.pk, parent.pk, level, level + 1, False, 2 - level))
    table = connection.ops.quote_name(XtdComment._meta.db_table)
    order = connection.ops.quote_name("order")
    # The table and column names come from the model, the values are parameters.
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {table} (comment_ptr_id, thread_id, parent_id, level, {order}, "  # noqa: S608
            "followup, nested_count) VALUES (%s, %s, %s, %s, %s, %s, %s)",
            rows,
        )
    voters = authors[:2]
    CommentFlag.objects.bulk_create(
        CommentFlag(user=voter, comment=comment, flag=LIKEDIT_FLAG, flag_date=now)
        for comment in comments[::2]
        for voter in voters
        if voter.pk != comment.user_id
    )
    AnswerEdit.objects.bulk_create(AnswerEdit(answer_id=comment.pk) for comment in comments[::5])
    return comments


def count_render_queries(page, user):
    """Return the number of queries that rendering the thread for `user` runs, and the HTML.

    The page and the user cache their community, roles and groups, so each count starts from
    fresh objects, as a request does. The content types stay cached, as between requests.
    """
    page = type(page).objects.get(pk=page.pk)
    if user.is_authenticated:
        user = type(user).objects.get(pk=user.pk)
    with CaptureQueriesContext(connection) as queries:
        html = render_thread(page, user)
    return len(queries), html


def test_bulk_answers_helper(question, asker, member):
    comments = add_answers(question, [asker, member], 6)
    html = render_thread(question, member)
    assert [c.level for c in XtdComment.objects.filter(pk__in=[c.pk for c in comments])] == [
        0,
        1,
        2,
        0,
        1,
        2,
    ]
    # The first answer is removed and its two replies keep it as a placeholder.
    assert placeholder_ids(html) == [comments[0].pk]
    assert len(answer_ids(html)) == 5


@pytest.mark.parametrize("reader", ["anonymous", "asker", "member", "community_facilitator"])
def test_question_queries_constant(
    question, asker, member, expert, community_facilitator, reader, request
):
    user = AnonymousUser() if reader == "anonymous" else request.getfixturevalue(reader)
    authors = [asker, member, expert, community_facilitator]
    first = add_answers(question, authors, 3)
    set_reference_answer(question, first[1])
    render_thread(question)

    small_count, small_html = count_render_queries(question, user)
    add_answers(question, authors, 297)
    large_count, large_html = count_render_queries(question, user)

    assert len(answer_ids(large_html)) > len(answer_ids(small_html)) + 250
    assert large_count == small_count
    assert large_count <= 12


def test_instruction_page_queries_constant(client, instruction, member, expert, asker):
    authors = [member, expert, asker]
    add_answers(instruction, authors, 3)
    client.force_login(member)
    client.get(instruction.url)
    with CaptureQueriesContext(connection) as small:
        client.get(instruction.url)

    add_answers(instruction, authors, 297)
    with CaptureQueriesContext(connection) as large:
        response = client.get(instruction.url)

    assert len(answer_ids(response.content.decode())) > 250
    assert len(large) == len(small)


def test_question_page_renders_thread(client, question, member, expert):
    answer = post_answer(question, expert, "Une réponse d'experte")
    client.force_login(member)

    html = client.get(question.url).content.decode()

    assert f'<article id="reponse-{answer.pk}"' in html
    assert f'action="/entraide/pages/{question.pk}/repondre/"' in html


def test_question_page_queries_constant(client, question, member, expert, asker):
    authors = [member, expert, asker]
    first = add_answers(question, authors, 3)
    set_reference_answer(question, first[1])
    client.force_login(member)
    client.get(question.url)
    with CaptureQueriesContext(connection) as small:
        client.get(question.url)

    add_answers(question, authors, 297)
    with CaptureQueriesContext(connection) as large:
        response = client.get(question.url)

    assert len(answer_ids(response.content.decode())) > 250
    assert len(large) == len(small)


def test_reference_page_lists_the_visible_questions_about_it(
    client, community, instruction, member, reserved_community
):
    from tests.factories import QuestionPageFactory, question_index

    QuestionPageFactory(
        parent=question_index(community),
        title="Question liée à l'OPAH-RU",
        related_page=instruction,
    )
    QuestionPageFactory(
        parent=question_index(reserved_community),
        title="Question réservée Castelbrune",
        related_page=instruction,
    )
    client.force_login(member)

    content = client.get(instruction.url).content.decode()

    assert "Question liée à l&#x27;OPAH-RU" in content
    assert "Castelbrune" not in content
    assert f"?page={instruction.pk}" in content
