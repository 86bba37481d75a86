"""A site to search, built once per test module and rolled back at its end.

Two public communities and a reserved one share the word "logement". Every text of the reserved
community contains SECRET, and each page that no reader may list (a draft, an expired page, a
scheduled page, a page under an unpublished index) contains its own marker word, so that a test
finds a leak by searching "logement" and looking for these words.
"""

import datetime

from django.utils import timezone
from wagtail.search import index

from community.models import CommunityAccess, Role, Visibility
from qa.threads import hide_answer, post_answer, remove_answer, set_reference_answer
from tests.factories import (
    ArticlePageFactory,
    CommunityPageFactory,
    DocumentFactory,
    EventPageFactory,
    InstructionPageFactory,
    MembershipFactory,
    QuestionPageFactory,
    ReportingPageFactory,
    StandardPageFactory,
    SuperuserFactory,
    UserFactory,
    event_index,
    paragraph,
    question_index,
    reference_index,
)
from tests.knowledge.map_helpers import FieldReportPageFactory, field_report_index

SECRET = "Zéphyrine"
DRAFT = "Ombrelune"
EXPIRED = "Fanéor"
SCHEDULED = "Aubépinet"
WITHDRAWN = "Retiréval"
HIDDEN_ANSWER = "Grimoald"
REMOVED_ANSWER = "Théodebert"
MARKERS = [SECRET, DRAFT, EXPIRED, SCHEDULED, WITHDRAWN, HIDDEN_ANSWER, REMOVED_ANSWER]

NON_MEMBERS = ["visitor", "member of other community", "agent without community"]
MEMBERS = ["reserved member", "reserved facilitator", "superuser"]
PERSONAS = NON_MEMBERS + MEMBERS


def body(text):
    return [paragraph(text)]


def build_site():
    """Create the communities, their pages and documents, and the persona users."""
    housing = CommunityPageFactory(
        title="Mobilisation des logements vacants",
        slug="logements-vacants",
        summary="Remettre sur le marché les logements vacants du parc privé.",
    )
    green = CommunityPageFactory(
        title="Filières vertes",
        slug="filieres-vertes",
        summary="Bois, chanvre, laine, paille, terre et matériaux de réemploi.",
    )
    reserved = CommunityPageFactory(
        title=f"Réseau {SECRET}",
        slug="reseau-reserve",
        summary=f"Le réseau {SECRET} suit le logement des agents.",
        description=f"<p>Le réseau {SECRET} prépare les arbitrages.</p>",
        visibility=Visibility.RESERVED,
    )
    withdrawn = CommunityPageFactory(title="Communauté en sommeil", slug="en-sommeil")

    pages = {
        **housing_pages(housing),
        **green_pages(green),
        **reserved_pages(reserved),
        **unlisted_pages(housing, withdrawn),
    }
    pages.update(housing=housing, green=green, reserved=reserved)
    documents = {
        "public": DocumentFactory(title="Guide du logement vacant"),
        "housing": DocumentFactory(
            title="Modèle de courrier aux propriétaires de logements",
            collection=CommunityAccess.objects.get(community=housing).collection,
        ),
        "reserved": DocumentFactory(
            title=f"Tableau {SECRET} des logements",
            collection=CommunityAccess.objects.get(community=reserved).collection,
        ),
    }
    return {"pages": pages, "documents": documents, "users": personas(housing, green, reserved)}


def housing_pages(housing):
    references = reference_index(housing)
    return {
        "housing instruction": InstructionPageFactory(
            parent=references,
            title="Recenser les logements vacants",
            summary="La commune dresse la liste des logements inoccupés depuis deux ans.",
            body=body("Le fichier LOVAC croise les données fiscales et la taxe d’habitation."),
        ),
        "housing reporting": ReportingPageFactory(
            parent=references,
            title="Bilan 2024 des logements remis en location",
            summary="Les communes ont remis 245 logements sur le marché.",
        ),
        "housing article": ArticlePageFactory(
            parent=references,
            title="Retour d'expérience : l’opération façades",
            summary="Une ville moyenne rénove les façades et les logements du centre.",
        ),
        "housing question": question_with_answers(housing),
        "housing event": EventPageFactory(
            parent=event_index(housing),
            title="Atelier régional sur le logement vacant",
            summary="Échanges entre services sur les relances aux propriétaires.",
        ),
        "housing field report": FieldReportPageFactory(
            parent=field_report_index(housing),
            title="Réhabilitation d'un îlot ancien",
            summary="Douze logements réhabilités en cœur de bourg.",
        ),
        "help page": StandardPageFactory(
            title="Aide à la recherche",
            body=body("Comment trouver une fiche sur le logement dans le portail."),
        ),
    }


def green_pages(green):
    return {
        "green instruction": InstructionPageFactory(
            parent=reference_index(green),
            title="Construire en béton de chanvre",
            summary="Isolation des logements par des matériaux biosourcés.",
        ),
    }


def reserved_pages(reserved):
    asker = MembershipFactory(community=reserved).user
    question = QuestionPageFactory(
        parent=question_index(reserved),
        title=f"Question {SECRET} sur le logement",
        details=f"<p>Détail {SECRET} confidentiel.</p>",
        asker=asker,
        owner=asker,
    )
    post_answer(question, asker, f"Réponse {SECRET} sur le logement.")
    index.insert_or_update_object(question)
    return {
        "reserved instruction": InstructionPageFactory(
            parent=reference_index(reserved),
            title=f"Consigne {SECRET} sur le logement",
            summary=f"Le plan {SECRET} en trois étapes.",
            body=body(f"Clé de répartition {SECRET} des logements entre les régions."),
        ),
        "reserved question": question,
    }


def question_with_answers(community):
    """Publish a question with a visible answer, a reference answer, a hidden and a removed one.

    The answers change inside the module's transaction, whose on_commit callbacks never run, so
    the question is indexed here as `qa.threads.refresh_page` would after the commit.
    """
    asker = MembershipFactory(community=community).user
    helper = MembershipFactory(community=community).user
    question = QuestionPageFactory(
        parent=question_index(community),
        title="Quel justificatif demander pour un logement vacant ?",
        details="<p>Le propriétaire conteste la vacance.</p>",
        asker=asker,
        owner=asker,
    )
    post_answer(question, helper, "Demandez le dernier avis de taxe foncière.")
    reference = post_answer(question, helper, "Une attestation de mise en location suffit.")
    set_reference_answer(question, reference)
    hidden = post_answer(question, helper, f"Logement {HIDDEN_ANSWER} hors sujet.")
    hide_answer(hidden, question)
    removed = post_answer(question, helper, f"Logement {REMOVED_ANSWER} à supprimer.")
    remove_answer(removed, question)
    question.refresh_from_db()
    index.insert_or_update_object(question)
    return question


def unlisted_pages(housing, withdrawn):
    """Pages that no reader may list, each with its marker word and the word "logement"."""
    references = reference_index(housing)
    draft = InstructionPageFactory(
        parent=references, title=f"Brouillon {DRAFT} sur le logement", publish=False
    )
    expired = InstructionPageFactory(parent=references, title=f"Fiche {EXPIRED} sur le logement")
    expired.expire_at = timezone.now() - datetime.timedelta(days=1)
    expired.save()
    scheduled = InstructionPageFactory(
        parent=references,
        title=f"Annonce {SCHEDULED} sur le logement",
        publish=False,
        go_live_at=timezone.now() + datetime.timedelta(days=1),
    )
    scheduled.get_latest_revision().publish()
    under_withdrawn = InstructionPageFactory(
        parent=reference_index(withdrawn), title=f"Fiche {WITHDRAWN} sur le logement"
    )
    reference_index(withdrawn).unpublish()
    return {
        "draft": draft,
        "expired": expired,
        "scheduled": scheduled,
        "under withdrawn": under_withdrawn,
    }


def personas(housing, green, reserved):
    return {
        "visitor": None,
        "member of other community": MembershipFactory(community=green).user,
        "agent without community": UserFactory(),
        "reserved member": MembershipFactory(community=reserved).user,
        "reserved facilitator": MembershipFactory(community=reserved, role=Role.FACILITATOR).user,
        "superuser": SuperuserFactory(),
    }
