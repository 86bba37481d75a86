"""Fixtures of the feeds: a public and a reserved community with news of every kind."""

import xml.etree.ElementTree as ElementTree

import feedparser
import pytest
from django.test import Client
from django.urls import reverse

from community.models import MembershipStatus, Role
from knowledge.models import FieldReportIndexPage, FieldReportPage
from qa.threads import post_answer, set_reference_answer
from tests.factories import (
    EventPageFactory,
    InstructionPageFactory,
    MembershipFactory,
    QuestionPageFactory,
    UserFactory,
    event_index,
    question_index,
    reference_index,
)

# Every text of the reserved community contains this word, so a leak shows in any output.
SECRET = "Castelbrune"
BREST = "SRID=4326;POINT(-4.486076 48.390394)"


def member_of(community, role=Role.MEMBER, status=MembershipStatus.ACTIVE, **user_fields):
    return MembershipFactory(community=community, role=role, status=status, **user_fields).user


def publish_field_report(community, title, summary):
    index = FieldReportIndexPage.objects.child_of(community).get()
    report = FieldReportPage(title=title, summary=summary, location=BREST)
    index.add_child(instance=report)
    report.save_revision().publish()
    return FieldReportPage.objects.get(pk=report.pk)


def publish_news(community, author, label):
    """Publish one item of every kind in `community`, each text containing `label`."""
    instruction = InstructionPageFactory(
        parent=reference_index(community),
        title=f"Instruction {label} sur la vacance",
        summary=f"Résumé {label} : les pièces à demander.",
    )
    question = QuestionPageFactory(
        parent=question_index(community),
        title=f"Question {label} sur un justificatif",
        details=f"<p>Détail {label}.</p>",
        asker=author,
        owner=author,
    )
    answer = post_answer(question, author, f"Réponse {label} : l'avis de taxe foncière.")
    set_reference_answer(question, answer)
    event = EventPageFactory(parent=event_index(community), title=f"Atelier {label}")
    report = publish_field_report(
        community, f"Remontée {label} de Brest", f"Une remontée {label} sur le chanvre."
    )
    return {
        "instruction": instruction,
        "question": question,
        "answer": answer,
        "event": event,
        "report": report,
    }


@pytest.fixture
def author(community):
    return member_of(community, user__first_name="Aline", user__last_name="Autrice")


@pytest.fixture
def public_news(community, author):
    return publish_news(community, author, "publique")


@pytest.fixture
def reserved_member(reserved_community):
    return member_of(reserved_community, user__first_name="Rosalie", user__last_name="Réservée")


@pytest.fixture
def reserved_news(reserved_community, reserved_member):
    return publish_news(reserved_community, reserved_member, SECRET)


@pytest.fixture
def news(public_news, reserved_news):
    return {"public": public_news, "reserved": reserved_news}


@pytest.fixture
def outsider(db):
    """A logged-in agent who belongs to no community."""
    return UserFactory(first_name="Edgar", last_name="Extérieur")


def client_of(user=None):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def parse(response):
    """Parse a feed response with feedparser, checking that it is a well-formed feed."""
    assert response.status_code == 200, response.status_code
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed


def feed_tree(response):
    """Return the XML tree of a feed response, to read the raw text of its elements."""
    # The document is the application's own output, not untrusted input.
    return ElementTree.fromstring(response.content)  # noqa: S314


def portal_url(format):
    return reverse(f"feeds:portal_{format}")


def community_url(community, format):
    return community.url + community.reverse_subpage(f"activity_{format}")


def personal_url(token, format, community=None):
    if community is None:
        return reverse(f"feeds:personal_{format}", args=[token.key])
    return reverse(f"feeds:personal_community_{format}", args=[token.key, community.pk])
