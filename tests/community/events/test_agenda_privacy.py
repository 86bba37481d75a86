"""Reserved events stay out of every listing of readers who may not see their community.

Each persona reads the portal agenda, its archive, the home page, the public community page
and its agenda. Reserved titles, summaries, community names and months must not leak.
"""

import html

import pytest

from ...factories import AgendaPageFactory, EventPageFactory, home_page
from .conftest import paris

RESERVED_TEXTS = [
    "Comité restreint des animateurs",
    "Préparation confidentielle",
    "Bilan restreint de février",
    "Réseau des animateurs ORT",
    "reseau-animateurs-ort",
    "visio.example.org",
]
# A month in which only the reserved community meets.
RESERVED_MONTH = "2026-05"
PERSONAS_WITHOUT_ACCESS = ["visitor", "outsider", "member of another community", "facilitator"]
PERSONAS_WITH_ACCESS = ["reserved member", "reserved facilitator"]


@pytest.fixture
def site(agenda, reserved_agenda, reserved_event, event, community, reserved_community):
    """Public and reserved events, upcoming and past, and the portal agenda."""
    EventPageFactory(
        parent=reserved_agenda,
        title="Bilan restreint de février",
        summary="Préparation confidentielle du bilan.",
        start=paris(2026, 2, 13, 9, 0),
        end=paris(2026, 2, 13, 11, 0),
    )
    EventPageFactory(
        parent=reserved_agenda,
        title="Séminaire restreint de mai",
        summary="Préparation confidentielle du séminaire.",
        start=paris(2026, 5, 20, 9, 0),
        end=paris(2026, 5, 20, 17, 0),
    )
    EventPageFactory(
        parent=agenda,
        title="Bilan chanvre de février",
        start=paris(2026, 2, 12, 14, 0),
        end=paris(2026, 2, 12, 16, 0),
    )
    portal = AgendaPageFactory()
    return {
        "portal agenda": portal.url,
        "portal archive": f"{portal.url}archives/",
        "portal filtered": f"{portal.url}?communaute=reseau-animateurs-ort&mois={RESERVED_MONTH}",
        "home": home_page().url,
        "community": community.url,
        "community agenda": agenda.url,
        "community archive": f"{agenda.url}archives/",
    }


@pytest.fixture
def personas(outsider, member, community_facilitator, reserved_member, facilitator):
    return {
        "visitor": None,
        "outsider": outsider,
        "member of another community": member,
        "facilitator": community_facilitator,
        "reserved member": reserved_member,
        "reserved facilitator": facilitator,
    }


def read(client, personas, persona, url):
    user = personas[persona]
    if user is not None:
        client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    return html.unescape(response.content.decode())


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url_name",
    ["portal agenda", "portal archive", "portal filtered", "home", "community agenda"],
)
@pytest.mark.parametrize("persona", PERSONAS_WITHOUT_ACCESS)
def test_reserved_texts_absent(client, site, personas, persona, url_name):
    content = read(client, personas, persona, site[url_name])

    for text in RESERVED_TEXTS:
        assert text not in content
    assert "restreint" not in content


@pytest.mark.django_db
@pytest.mark.parametrize("persona", PERSONAS_WITHOUT_ACCESS)
def test_reserved_month_not_offered(client, site, personas, persona):
    content = read(client, personas, persona, site["portal agenda"])

    assert f'value="{RESERVED_MONTH}"' not in content
    assert 'value="2026-03"' in content


@pytest.mark.django_db
@pytest.mark.parametrize("persona", PERSONAS_WITH_ACCESS)
def test_reserved_events_listed_for_members(client, site, personas, persona):
    portal = read(client, personas, persona, site["portal agenda"])
    archive = read(client, personas, persona, site["portal archive"])
    home = read(client, personas, persona, site["home"])

    assert "Comité restreint des animateurs" in portal
    assert '<option value="reseau-animateurs-ort">Réseau des animateurs ORT</option>' in portal
    assert f'value="{RESERVED_MONTH}"' in portal
    assert "Bilan restreint de février" in archive
    assert "Comité restreint des animateurs" in home


@pytest.mark.django_db
@pytest.mark.parametrize("persona", PERSONAS_WITH_ACCESS)
def test_reserved_filter_for_members(client, site, personas, persona):
    content = read(client, personas, persona, site["portal filtered"])

    assert "Séminaire restreint de mai" in content
    assert "Comité restreint des animateurs" not in content
    assert "Atelier chanvre et chaux" not in content


@pytest.mark.django_db
@pytest.mark.parametrize("persona", PERSONAS_WITHOUT_ACCESS + PERSONAS_WITH_ACCESS)
def test_public_events_listed_for_everyone(client, site, personas, persona):
    for url_name in ("portal agenda", "home", "community", "community agenda"):
        content = read(client, personas, persona, site[url_name])

        assert "Atelier chanvre et chaux" in content, url_name


@pytest.mark.django_db
@pytest.mark.parametrize("persona", PERSONAS_WITHOUT_ACCESS + PERSONAS_WITH_ACCESS)
def test_online_links_never_in_listings(client, site, personas, persona):
    for url_name in ("portal agenda", "portal archive", "home", "community agenda"):
        content = read(client, personas, persona, site[url_name])

        assert "visio.example.org" not in content, url_name
