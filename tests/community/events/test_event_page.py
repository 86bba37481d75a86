"""The event page: dates in words, practical information, online link, documents and states.

Tests travel to NOW, Tuesday 10 March 2026 at 10:00 in Paris.
"""

import datetime
import html

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html

from community.models import EventDocument

from ...factories import DocumentFactory, EventPageFactory
from .conftest import NOW, paris

ONLINE_LINK = "https://visio.example.org/atelier-hybride"


def page_text(response):
    assert response.status_code == 200
    return html.unescape(response.content.decode())


def attach(event, kind, title, **document_fields):
    document = DocumentFactory(title=title, **document_fields)
    return EventDocument.objects.create(page=event, kind=kind, document=document)


@pytest.fixture
def hybrid_event(agenda, clock):
    return EventPageFactory(
        parent=agenda,
        title="Atelier hybride sur la paille",
        start=paris(2026, 3, 12, 14, 0),
        end=paris(2026, 3, 12, 16, 30),
        format="hybrid",
        online_url=ONLINE_LINK,
        venue_name="DDT du Rhône, salle Vaubecour",
        venue_address="165 rue Garibaldi, 69003 Lyon",
        location="SRID=4326;POINT(4.852 45.7597)",
        registration_url="https://inscription.example.org/atelier-paille",
        registration_note="Inscription avant le 5 mars, 40 places.",
        organiser="DDT du Rhône, service habitat",
    )


@pytest.mark.django_db
def test_timed_event_date_in_words(client, event):
    content = page_text(client.get(event.url))

    assert (
        '<time datetime="2026-03-12T14:00:00+01:00">jeudi 12 mars 2026, 14 h – 16 h 30</time>'
        in content
    )


@pytest.mark.django_db
def test_all_day_event_date_in_words(client, agenda, clock):
    single = EventPageFactory(
        parent=agenda, all_day=True, start=None, start_date=datetime.date(2026, 3, 12)
    )
    several = EventPageFactory(
        parent=agenda,
        all_day=True,
        start=None,
        start_date=datetime.date(2026, 3, 30),
        end_date=datetime.date(2026, 4, 1),
    )

    single_content = page_text(client.get(single.url))
    several_content = page_text(client.get(several.url))

    assert '<time datetime="2026-03-12">jeudi 12 mars 2026, toute la journée</time>' in (
        single_content
    )
    assert '<time datetime="2026-03-30">du lundi 30 mars au mercredi 1er avril 2026</time>' in (
        several_content
    )


@pytest.mark.django_db
def test_practical_information(client, hybrid_event):
    content = page_text(client.get(hybrid_event.url))

    assert "DDT du Rhône, salle Vaubecour" in content
    assert "165 rue Garibaldi, 69003 Lyon" in content
    assert "DDT du Rhône, service habitat" in content
    assert "Inscription avant le 5 mars, 40 places." in content
    assert 'href="https://inscription.example.org/atelier-paille"' in content


@pytest.mark.django_db
def test_location_coordinates_and_map_link(client, hybrid_event, event):
    located = client.get(hybrid_event.url)
    unlocated = client.get(event.url)

    assert located.context["location"]["latitude"] == "45.759700"
    assert located.context["location"]["longitude"] == "4.852000"
    assert "mlat=45.759700&mlon=4.852000" in page_text(located)
    assert unlocated.context["location"] is None
    assert "openstreetmap" not in page_text(unlocated)


@pytest.mark.django_db
def test_breadcrumb_leads_to_agenda(client, event, agenda, community):
    content = page_text(client.get(event.url))

    assert f'<a class="fr-breadcrumb__link" href="{community.url}">' in content
    assert f'<a class="fr-breadcrumb__link" href="{agenda.url}">' in content


ONLINE_LINK_READERS = {
    "visitor": False,
    "outsider": False,
    "member of another community": False,
    "member": True,
    "facilitator": True,
    "superuser": True,
}


@pytest.fixture
def personas(outsider, reserved_member, member, community_facilitator, superuser):
    return {
        "visitor": None,
        "outsider": outsider,
        "member of another community": reserved_member,
        "member": member,
        "facilitator": community_facilitator,
        "superuser": superuser,
    }


@pytest.mark.django_db
@pytest.mark.parametrize("persona", ONLINE_LINK_READERS)
def test_online_link_only_for_members(client, hybrid_event, personas, persona):
    if personas[persona] is not None:
        client.force_login(personas[persona])

    response = client.get(hybrid_event.url)
    content = page_text(response)

    assert (ONLINE_LINK in content) is ONLINE_LINK_READERS[persona]
    expected_state = "shown" if ONLINE_LINK_READERS[persona] else "members_only"
    assert response.context["online_link"] == expected_state


@pytest.mark.django_db
def test_online_link_invitation_for_visitor(client, hybrid_event):
    content = page_text(client.get(hybrid_event.url))

    assert f'/comptes/connexion/?next={hybrid_event.url}"' in content


@pytest.mark.django_db
def test_online_link_invitation_for_outsider(client, hybrid_event, outsider, community):
    client.force_login(outsider)
    response = client.get(hybrid_event.url)

    assert response.context["online_link"] == "members_only"
    assert f'<a class="fr-link fr-link--sm" href="{community.url}">' in page_text(response)


@pytest.mark.django_db
def test_online_event_without_link_for_member(client, agenda, member, clock):
    event = EventPageFactory(parent=agenda, start=paris(2026, 3, 12, 14, 0), format="online")
    client.force_login(member)

    response = client.get(event.url)

    assert response.context["online_link"] == "not_yet_published"


@pytest.mark.django_db
def test_in_person_event_says_nothing_of_links(client, event, member):
    client.force_login(member)

    assert client.get(event.url).context["online_link"] == ""


@pytest.mark.django_db
def test_online_link_hidden_once_ended(client, hybrid_event, member, clock):
    client.force_login(member)
    clock.move_to(paris(2026, 3, 12, 17, 0))

    content = page_text(client.get(hybrid_event.url))

    assert ONLINE_LINK not in content
    assert "inscription.example.org" not in content


@pytest.mark.django_db
def test_reserved_event_hidden_from_non_members(client, reserved_event, member, outsider):
    for user in (None, outsider, member):
        if user is not None:
            client.force_login(user)
        response = client.get(reserved_event.url)
        content = response.content.decode()

        assert response.status_code in (302, 403, 404)
        assert "Comité restreint" not in content
        assert "visio.example.org" not in content


@pytest.mark.django_db
def test_reserved_event_link_for_its_members(client, reserved_event, reserved_member):
    client.force_login(reserved_member)

    content = page_text(client.get(reserved_event.url))

    assert "https://visio.example.org/comite-restreint" in content


@pytest.mark.django_db
def test_scheduled_event_not_found(client, agenda, member, clock):
    event = EventPageFactory(
        parent=agenda,
        title="Annonce programmée",
        start=paris(2026, 3, 20, 14, 0),
        publish=False,
        go_live_at=NOW + datetime.timedelta(days=1),
    )
    event.get_latest_revision().publish()

    visitor_response = client.get(event.url)
    client.force_login(member)
    member_response = client.get(event.url)

    assert visitor_response.status_code == 404
    assert member_response.status_code == 404


@pytest.mark.django_db
def test_documents_before_and_after(client, event):
    attach(event, "agenda", "Ordre du jour de l'atelier")
    attach(event, "preparation", "Note préparatoire")
    attach(event, "minutes", "Compte rendu de l'atelier")

    response = client.get(event.url)
    before = [item["document"].title for item in response.context["documents_before"]]
    after = [item["document"].title for item in response.context["documents_after"]]
    content = page_text(response)

    assert before == ["Ordre du jour de l'atelier", "Note préparatoire"]
    assert after == ["Compte rendu de l'atelier"]
    assert content.count("fr-link--download") == 3
    assert "TXT – 17" in content


@pytest.mark.django_db
def test_document_of_reserved_collection_withheld(
    client, event, reserved_community, reserved_member
):
    attach(
        event, "minutes", "Annexe confidentielle", collection=reserved_community.access.collection
    )

    visitor_response = client.get(event.url)
    client.force_login(reserved_member)
    member_response = client.get(event.url)

    assert "Annexe confidentielle" not in page_text(visitor_response)
    assert visitor_response.context["documents_after"] == []
    assert "Annexe confidentielle" in page_text(member_response)


@pytest.mark.django_db
def test_past_event_puts_minutes_first(client, event, clock):
    attach(event, "agenda", "Ordre du jour de l'atelier")
    attach(event, "minutes", "Compte rendu de l'atelier")
    clock.move_to(paris(2026, 3, 13, 10, 0))

    response = client.get(event.url)
    content = page_text(response)

    assert response.context["has_ended"] is True
    assert content.index("Compte rendu de l'atelier") < content.index("Ordre du jour de l'atelier")
    assert 'id="documents-after-heading"' in content


@pytest.mark.django_db
def test_past_event_without_minutes_says_so(client, event, clock):
    clock.move_to(paris(2026, 3, 13, 10, 0))

    response = client.get(event.url)

    assert response.context["documents_after"] == []
    assert 'id="documents-after-heading"' in page_text(response)


@pytest.mark.django_db
def test_upcoming_event_without_minutes_has_no_section(client, event):
    response = client.get(event.url)

    assert response.context["has_ended"] is False
    assert 'id="documents-after-heading"' not in page_text(response)


@pytest.mark.django_db
def test_event_in_progress(client, event, clock):
    clock.move_to(paris(2026, 3, 12, 15, 0))

    response = client.get(event.url)

    assert response.context["in_progress"] is True
    assert response.context["has_ended"] is False
    assert "fr-badge--success" in page_text(response)


@pytest.mark.django_db
def test_cancelled_event(client, agenda, clock):
    event = EventPageFactory(
        parent=agenda,
        title="Atelier annulé",
        start=paris(2026, 3, 12, 14, 0),
        cancelled=True,
        registration_url="https://inscription.example.org/annule",
    )

    content = page_text(client.get(event.url))

    assert "fr-alert--warning" in content
    assert "fr-badge--error" in content
    assert "inscription.example.org" not in content


@pytest.mark.django_db
def test_preview_of_new_event(client, agenda, superuser, clock):
    add_url = reverse("wagtailadmin_pages:add", args=("community", "eventpage", agenda.pk))
    preview_url = reverse(
        "wagtailadmin_pages:preview_on_add", args=("community", "eventpage", agenda.pk)
    )
    client.force_login(superuser)
    data = querydict_from_html(client.get(add_url).content.decode(), form_id="page-edit-form")
    # The body is a StreamField, whose inputs the editor's JavaScript renders: post it empty.
    data["body-count"] = "0"
    data.update(
        {
            "title": "Atelier en préparation",
            "slug": "atelier-en-preparation",
            "summary": "Un atelier encore en brouillon.",
            "start": "2026-03-12 14:00",
            "end": "2026-03-12 16:30",
            "format": "online",
            "online_url": "https://visio.example.org/brouillon",
        }
    )

    assert client.post(preview_url, data).json()["is_valid"] is True
    content = page_text(client.get(preview_url))

    assert "Atelier en préparation" in content
    assert "jeudi 12 mars 2026, 14 h – 16 h 30" in content
    assert "https://visio.example.org/brouillon" in content
