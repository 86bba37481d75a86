"""A demo member's journey: joining, mutual help, a field report proposal and a calendar file.

The member is `chef.projet`, who belongs only to the reserved network at first and joins the
public community "Mobilisation des logements vacants". `agent.ddt`, already a member there,
answers their question, then proposes the field report and downloads the calendar file. The
question, answer and reply forms are driven with the keyboard alone, and the forms sent with a
missing required field must tie their errors to it and keep what was typed.
"""

from pathlib import Path

import pytest
from django.utils import translation
from icalendar import Calendar

from community.events.models import EventPage
from community.models import CommunityPage, Membership
from knowledge.models import FieldReportPage
from qa.models import QuestionPage, QuestionStatus

pytestmark = pytest.mark.e2e

MEMBER = ("chef.projet", "demo-chef-projet-2026")
# A member of that community, who answers the member's question and proposes a field report.
ANSWERER = ("agent.ddt", "demo-agent-ddt-2026")
COMMUNITY_SLUG = "logements-vacants"
# A demo question of the community asked by someone else, still without an answer.
OTHER_QUESTION_SLUG = "logements-au-dessus-des-commerces"
EVENT_SLUG = "webinaire-ecrire-aux-proprietaires"

QUESTION_TITLE = "Logements vacants au-dessus des commerces : quel accompagnement des bailleurs ?"
QUESTION_DETAILS = "Nous lançons une opération sur trois rues commerçantes."
ANSWER_TEXT = "Un bureau d'études a chiffré les accès séparés pour toute la rue."
REPLY_TEXT = "Merci, je relance aussi le service urbanisme."
REFERENCE_TEXT = "La convention avec Action Logement finance une partie des travaux."
PROPOSAL_TITLE = "Quatre logements rouverts au-dessus d'une boulangerie"
PROPOSAL_SUMMARY = "Un accès séparé par la cour a permis de louer les étages vides."

# Enough presses to walk the DSFR header and its navigation before reaching the content.
MAX_TAB_PRESSES = 150


def is_focused(locator):
    return locator.evaluate("element => element === document.activeElement")


def has_focus_ring(locator):
    """Whether the focused element draws an outline or a shadow that shows the focus."""
    return locator.evaluate(
        """element => {
            const style = getComputedStyle(element);
            const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
            return outline || style.boxShadow !== "none";
        }"""
    )


def tab_to(page, locator, key="Tab"):
    """Press `key` until `locator` has the focus, and check that the focus shows on it."""
    for _ in range(MAX_TAB_PRESSES):
        page.keyboard.press(key)
        if is_focused(locator):
            assert has_focus_ring(locator), f"The focus does not show on {locator}."
            return
    raise AssertionError(f"{locator} not reached with {MAX_TAB_PRESSES} presses of {key}.")


def french(message):
    """Return the French translation of the English source `message`, as the pages show it."""
    with translation.override("fr"):
        return translation.gettext(message)


def clipped_labels(buttons):
    """Return the labels of `buttons` that their box cuts off, leaving only their icon shown."""
    return buttons.evaluate_all(
        "buttons => buttons"
        ".filter(button => button.scrollWidth > button.clientWidth + 1)"
        ".map(button => button.textContent.trim())"
    )


def described_by_ids(locator):
    return (locator.get_attribute("aria-describedby") or "").split()


def assert_error_tied_to_field(page, field_id, message):
    """The field is marked invalid and its aria-describedby names the element with `message`."""
    field = page.locator(f"#{field_id}")
    assert field.get_attribute("aria-invalid") == "true"
    error_ids = [
        error_id
        for error_id in described_by_ids(field)
        if page.locator(f"[id='{error_id}'] .fr-error-text").count()
    ]
    assert error_ids, f"#{field_id} is described by no error message."
    assert message in page.locator(f"[id='{error_ids[0]}']").inner_text()
    group = page.locator(f".fr-input-group:has(#{field_id})")
    assert "fr-input-group--error" in group.get_attribute("class")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_member_joins_asks_answers_and_marks_reference(demo_portal, journey):
    page = journey.page
    community = CommunityPage.objects.get(slug=COMMUNITY_SLUG)
    other_question = QuestionPage.objects.get(slug=OTHER_QUESTION_SLUG)

    journey.visit("/comptes/connexion/")
    journey.check("login")
    journey.log_in(*MEMBER)

    # Joining a public community takes effect at once.
    journey.visit(community.url)
    page.locator(f"form[action$='/{community.pk}/rejoindre/'] button").click()
    page.wait_for_load_state("networkidle")
    journey.check("community joined")
    assert page.locator(f"form[action$='/{community.pk}/quitter/']").is_visible()
    assert Membership.objects.filter(
        user__username=MEMBER[0], community=community, status="active"
    ).exists()

    # The question form with its title missing: the error is tied to the field, the details
    # typed are kept.
    journey.visit(f"/entraide/communautes/{community.pk}/poser/")
    journey.check("ask form")
    page.fill("#id_details", QUESTION_DETAILS)
    page.locator("form.rdt-qa-ask-form button[type=submit]").click()
    page.wait_for_load_state("networkidle")
    assert_error_tied_to_field(page, "id_title", french("Write your question."))
    assert page.input_value("#id_details") == QUESTION_DETAILS
    journey.check("ask form with errors")

    # The question form by keyboard alone: typing the title shows the similar demo question.
    journey.visit(f"/entraide/communautes/{community.pk}/poser/")
    tab_to(page, page.locator("#id_title"))
    page.keyboard.type(QUESTION_TITLE)
    suggestions = page.locator("#question-suggestions")
    suggestions.get_by_role("link", name=other_question.title).wait_for()
    journey.check("ask form with suggestions")
    tab_to(page, page.locator("#id_details"))
    page.keyboard.type(QUESTION_DETAILS)
    tab_to(page, page.locator("form.rdt-qa-ask-form button[type=submit]"))
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{community.url}entraide/**")
    own_question = QuestionPage.objects.get(title=QUESTION_TITLE)
    assert own_question.asker.username == MEMBER[0]
    assert QUESTION_DETAILS in own_question.details

    # An answer of blank characters comes back refused, its error tied to the text area.
    journey.visit(other_question.url)
    journey.check("thread to answer")
    page.fill("#answer-text", "   ")
    page.locator("#repondre button[type=submit]").click()
    page.wait_for_load_state("networkidle")
    assert_error_tied_to_field(page, "answer-text", french("Write your answer before sending it."))
    journey.check("answer refused")

    # The answer form of another member's thread, by keyboard alone.
    journey.visit(other_question.url)
    tab_to(page, page.locator("#answer-text"))
    page.keyboard.type(ANSWER_TEXT)
    tab_to(page, page.locator("#repondre button[type=submit]"))
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{other_question.url}#reponse-*")
    answer = page.locator(".rdt-answer").filter(has_text=ANSWER_TEXT)
    assert answer.is_visible()
    assert clipped_labels(answer.locator(".rdt-answer__actions .fr-btn")) == []

    # A reply under that answer: its "Reply" control opens with Enter, its form is reachable.
    reply_control = answer.locator("summary")
    tab_to(page, reply_control)
    page.keyboard.press("Enter")
    tab_to(page, answer.locator("textarea"))
    page.keyboard.type(REPLY_TEXT)
    tab_to(page, answer.locator("button[type=submit]").last)
    with page.expect_navigation():
        page.keyboard.press("Space")
    page.wait_for_load_state("networkidle")
    assert page.locator(".rdt-thread__list--nested").get_by_text(REPLY_TEXT).is_visible()
    journey.check("thread with a reply")

    # Another member answers the member's question.
    journey.log_out()
    journey.log_in(*ANSWERER)
    journey.visit(own_question.url)
    page.fill("#answer-text", REFERENCE_TEXT)
    page.locator("#repondre button[type=submit]").click()
    page.wait_for_url(f"**{own_question.url}#reponse-*")

    # Back as the asker, who marks it as the reference answer.
    journey.log_out()
    journey.log_in(*MEMBER)
    journey.visit(own_question.url)
    journey.check("own question answered")
    page.locator(".rdt-answer").filter(has_text=REFERENCE_TEXT).locator(
        "form[action*='/reference/'] button"
    ).click()
    page.wait_for_load_state("networkidle")
    assert page.locator(".rdt-reference").get_by_text(REFERENCE_TEXT).is_visible()
    assert QuestionPage.objects.get(pk=own_question.pk).status == QuestionStatus.RESOLVED
    journey.check("own question resolved")
    journey.visit(own_question.url)
    journey.picture("question")

    journey.assert_clean()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_member_proposes_report_and_downloads_calendar(demo_portal, journey):
    page = journey.page
    community = CommunityPage.objects.get(slug=COMMUNITY_SLUG)
    journey.log_in(*ANSWERER)
    proposal_path = f"/communautes/{community.pk}/remontees/proposer/"

    # The proposal form with its title missing: the error is tied to the field, the summary
    # typed is kept.
    journey.visit(proposal_path)
    journey.check("proposal form")
    page.fill("#id_summary", PROPOSAL_SUMMARY)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state("networkidle")
    assert_error_tied_to_field(page, "id_title", french("This field is required."))
    assert page.input_value("#id_summary") == PROPOSAL_SUMMARY
    journey.check("proposal form with errors")

    # A marker placed on the map fills in the coordinates, so no address is searched. The
    # keyboard then goes on from the map to the send button, so the map traps no focus.
    page.fill("#id_title", PROPOSAL_TITLE)
    page.locator("#proposal-map").click()
    page.locator(".leaflet-marker-icon").wait_for()
    latitude = float(page.input_value("#id_latitude"))
    longitude = float(page.input_value("#id_longitude"))
    tab_to(page, page.locator("main form button[type=submit]"))
    page.keyboard.press("Enter")
    page.wait_for_url("**/comptes/mon-compte/")
    journey.check("account page")
    proposal = FieldReportPage.objects.get(title=PROPOSAL_TITLE)
    assert not proposal.live
    assert proposal.latitude == pytest.approx(latitude, abs=1e-6)
    assert proposal.longitude == pytest.approx(longitude, abs=1e-6)

    # The event's calendar file.
    event = EventPage.objects.get(slug=EVENT_SLUG)
    journey.visit(event.url)
    with page.expect_download() as download_info:
        page.locator("main a[download]").first.click()
    content = Path(download_info.value.path()).read_text(encoding="utf-8")
    assert content.startswith("BEGIN:VCALENDAR")
    summaries = [str(item["SUMMARY"]) for item in Calendar.from_ical(content).walk("VEVENT")]
    assert summaries == [event.title]

    # The password forms, the change one refused for a wrong current password.
    journey.visit("/comptes/mot-de-passe/oublie/")
    journey.check("password reset form")
    journey.visit("/comptes/mot-de-passe/modifier/")
    journey.check("password change form")
    page.fill("#id_old_password", "pas-le-bon-mot-de-passe")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state("networkidle")
    assert page.locator("#id_old_password").get_attribute("aria-invalid") == "true"
    journey.check("password change form with errors")

    journey.assert_clean()
