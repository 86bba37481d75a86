"""A member asks a question with suggestions, then the asker marks the reference answer."""

import pytest

from community.models import Role
from qa.models import QuestionPage, QuestionStatus
from tests.factories import (
    PASSWORD,
    CommunityPageFactory,
    MembershipFactory,
    QuestionPageFactory,
    question_index,
)

pytestmark = pytest.mark.e2e


def log_in(page, live_server, user):
    page.goto(live_server.url + "/comptes/connexion/")
    page.fill("input[name=username]", user.username)
    page.fill("input[name=password]", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_ask_answer_mark_reference(live_server, browser):
    community = CommunityPageFactory(title="Mobilisation des logements vacants", slug="vacance")
    asker = MembershipFactory(community=community).user
    expert = MembershipFactory(community=community, role=Role.EXPERT).user
    QuestionPageFactory(
        parent=question_index(community),
        title="Comment prouver la vacance d'un logement au fisc ?",
        asker=expert,
    )
    page = browser.new_page()
    console_errors = []
    page.on("console", lambda message: message.type == "error" and console_errors.append(message))

    # The asker types a title: the similar question shows up before they publish.
    log_in(page, live_server, asker)
    page.goto(f"{live_server.url}/entraide/communautes/{community.pk}/poser/")
    page.fill("input[name=title]", "Quelle preuve de vacance demander au propriétaire ?")
    suggestion = page.locator("#question-suggestions").get_by_text("prouver la vacance")
    suggestion.wait_for()
    page.fill("textarea[name=details]", "Le propriétaire conteste la taxe.")
    page.locator("form[data-suggestions-url] button[type=submit]").last.click()
    page.wait_for_url("**/vacance/entraide/**")
    question = QuestionPage.objects.get(title__startswith="Quelle preuve")

    # The expert answers in the thread.
    page.context.clear_cookies()
    log_in(page, live_server, expert)
    page.goto(live_server.url + question.url)
    page.fill("#answer-text", "Demandez les factures d'eau et d'électricité de l'année.")
    page.locator("#repondre button[type=submit]").click()
    page.wait_for_url(f"**{question.url}#reponse-*")

    # The asker marks it as the reference answer.
    page.context.clear_cookies()
    log_in(page, live_server, asker)
    page.goto(live_server.url + question.url)
    page.locator("form[action*='/reference/'] button[type=submit]").first.click()
    page.wait_for_load_state()

    assert page.locator(".rdt-reference").get_by_text("factures d'eau").is_visible()
    assert QuestionPage.objects.get(pk=question.pk).status == QuestionStatus.RESOLVED
    assert console_errors == []
