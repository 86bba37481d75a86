"""Every public URL, fetched by every persona: a reserved community never leaks to non-members.

The site has two public communities and one reserved community whose titles and texts all
contain the word "Zorglub". Its slugs do not, so that the checks look for titles and texts, not
for links. An event scheduled for later is named "Xylophone" and must appear nowhere; the
online meeting link of a public event is for that community's members only. The tree is built
once for the module and rolled back at its end.
"""

import datetime

import pytest
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from community.models import AgendaPage, Role, Visibility
from tests.factories import (
    ArticlePageFactory,
    CommunityPageFactory,
    DocumentFactory,
    EventPageFactory,
    InstructionPageFactory,
    MembershipFactory,
    ReportingPageFactory,
    SuperuserFactory,
    UserFactory,
    event_index,
    home_page,
    paragraph,
    reference_index,
)

SECRET = "Zorglub"
SCHEDULED = "Xylophone"
ONLINE_LINK = "https://visio.example.org/salle-4821"
LOGIN_PATH = "/comptes/connexion/"

NON_MEMBERS = ["visitor", "member of other community", "agent without community"]
MEMBERS = ["reserved member", "reserved facilitator", "superuser"]
PERSONAS = NON_MEMBERS + MEMBERS

PUBLIC_URLS = [
    "home",
    "green community",
    "green index",
    "green instruction",
    "green article",
    "housing community",
    "housing index",
    "housing reporting",
    "sitemap",
    "account",
    "login",
    "portal agenda",
    "portal agenda archive",
    "portal calendar",
    "green agenda",
    "green agenda archive",
    "green calendar",
    "green event",
    "green event calendar",
    "portal activity",
    "green activity",
    "portal rss",
    "portal atom",
    "green rss",
    "green atom",
    "search secret",
    "search shared word",
    "robots",
]
RESERVED_URLS = [
    "reserved community",
    "reserved index",
    "reserved instruction",
    "reserved reporting",
    "reserved article",
    "reserved agenda",
    "reserved calendar",
    "reserved event",
    "reserved event calendar",
    "reserved activity",
]
# Where the online link of the green event may appear, and who may read it there.
ONLINE_LINK_URLS = ["green event", "green event calendar", "green agenda", "portal agenda"]
GREEN_MEMBERS = ["member of other community", "superuser"]
ALL_URLS = PUBLIC_URLS + RESERVED_URLS
# A reserved community has no public feed: members are refused it too.
RESERVED_FEED_URLS = ["reserved rss", "reserved atom"]
# Search words found in reserved pages, and in public ones for the second.
SEARCH_URLS = ["search secret", "search shared word"]


def build_site():
    """Create the three communities, their reference pages and the persona users."""
    green = CommunityPageFactory(
        title="Filières vertes",
        slug="filieres-vertes",
        summary="Bois, chanvre, laine, paille, terre et matériaux de réemploi.",
    )
    housing = CommunityPageFactory(
        title="Mobilisation des logements vacants",
        slug="logements-vacants",
        summary="Remettre sur le marché les logements vacants du parc privé.",
    )
    reserved = CommunityPageFactory(
        title=f"Réseau secret {SECRET}",
        slug="communaute-reservee",
        summary=f"Les travaux du réseau {SECRET} sont réservés à ses membres.",
        description=f"<p>Le réseau {SECRET} prépare les arbitrages régionaux.</p>",
        visibility=Visibility.RESERVED,
    )

    green_index = reference_index(green)
    housing_index = reference_index(housing)
    reserved_index = reference_index(reserved)
    pages = {
        "green instruction": InstructionPageFactory(
            parent=green_index, title="Instruction bois construction", slug="bois-construction"
        ),
        "green article": ArticlePageFactory(
            parent=green_index, title="Retour sur le chantier en paille", slug="chantier-paille"
        ),
        "housing reporting": ReportingPageFactory(
            parent=housing_index, title="Bilan des logements remis en location", slug="bilan"
        ),
        "reserved instruction": InstructionPageFactory(
            parent=reserved_index,
            title=f"Consigne {SECRET} confidentielle",
            slug="consigne",
            summary=f"Le plan {SECRET} en trois étapes.",
            body=[paragraph(f"Clé de répartition {SECRET}-42 entre les régions.")],
        ),
        "reserved reporting": ReportingPageFactory(
            parent=reserved_index,
            title=f"Bilan {SECRET} 2024",
            slug="bilan-2024",
            summary=f"Les chiffres {SECRET} de l'année.",
        ),
        "reserved article": ArticlePageFactory(
            parent=reserved_index,
            title=f"Compte rendu de la réunion {SECRET}",
            slug="compte-rendu",
            summary=f"Ce que le réseau {SECRET} a décidé.",
        ),
    }

    events = build_events(green, reserved)
    portal_agenda = home_page().add_child(instance=AgendaPage(title="Agenda", slug="agenda"))
    portal_agenda.save_revision().publish()

    paths = {
        "home": home_page().url,
        "portal agenda": portal_agenda.url,
        "portal agenda archive": f"{portal_agenda.url}archives/",
        "portal calendar": f"{portal_agenda.url}calendrier/",
        "green agenda": event_index(green).url,
        "green agenda archive": f"{event_index(green).url}archives/",
        "green calendar": f"{event_index(green).url}calendrier/",
        "green event calendar": f"{events['green event'].url}calendrier/",
        "reserved agenda": event_index(reserved).url,
        "reserved calendar": f"{event_index(reserved).url}calendrier/",
        "reserved event calendar": f"{events['reserved event'].url}calendrier/",
        "green community": green.url,
        "green index": green_index.url,
        "housing community": housing.url,
        "housing index": housing_index.url,
        "reserved community": reserved.url,
        "reserved index": reserved_index.url,
        "sitemap": "/sitemap.xml",
        "portal activity": reverse("activity:portal"),
        "green activity": f"{green.url}quoi-de-neuf/",
        "reserved activity": f"{reserved.url}quoi-de-neuf/",
        "portal rss": reverse("feeds:portal_rss"),
        "portal atom": reverse("feeds:portal_atom"),
        "green rss": f"{green.url}quoi-de-neuf/rss/",
        "green atom": f"{green.url}quoi-de-neuf/atom/",
        "reserved rss": f"{reserved.url}quoi-de-neuf/rss/",
        "reserved atom": f"{reserved.url}quoi-de-neuf/atom/",
        # Only a reserved instruction has this word, in its title beside the secret word.
        "search secret": "/recherche/?q=confidentielles",
        # "Bilan" titles a public reporting page and a reserved one.
        "search shared word": "/recherche/?q=bilan",
        "robots": "/robots.txt",
        "account": reverse("account:profile"),
        "login": LOGIN_PATH,
    }
    paths.update({name: page.url for name, page in pages.items()})
    paths.update({name: page.url for name, page in events.items() if page.live})

    users = {
        "visitor": None,
        "member of other community": MembershipFactory(community=green).user,
        "agent without community": UserFactory(),
        "reserved member": MembershipFactory(community=reserved, role=Role.MEMBER).user,
        "reserved facilitator": MembershipFactory(community=reserved, role=Role.FACILITATOR).user,
        "superuser": SuperuserFactory(),
    }
    document = DocumentFactory(title=f"Annexe {SECRET}", collection=reserved.access.collection)
    return {"paths": paths, "users": users, "document": document}


def build_events(green, reserved):
    """A public hybrid event, a reserved event and a public event scheduled for later."""
    soon = timezone.now() + datetime.timedelta(days=3)
    green_event = EventPageFactory(
        parent=event_index(green),
        title="Visite du chantier en chanvre",
        slug="visite-chanvre",
        start=soon,
        format="hybrid",
        online_url=ONLINE_LINK,
    )
    reserved_event = EventPageFactory(
        parent=event_index(reserved),
        title=f"Séminaire {SECRET}",
        slug="seminaire",
        summary=f"Arbitrages {SECRET} de l'année.",
        start=soon,
        format="online",
        online_url=f"https://visio.example.org/{SECRET}",
    )
    scheduled = EventPageFactory(
        parent=event_index(green),
        title=f"Annonce {SCHEDULED}",
        slug="annonce-programmee",
        start=soon,
        publish=False,
        go_live_at=timezone.now() + datetime.timedelta(days=1),
    )
    scheduled.get_latest_revision().publish()
    return {"green event": green_event, "reserved event": reserved_event, "scheduled": scheduled}


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_site()
        transaction.set_rollback(True)


def fetch(client, site, persona, url_name):
    """GET the URL named `url_name` as `persona`, without following redirects."""
    user = site["users"][persona]
    if user is not None:
        client.force_login(user)
    return client.get(site["paths"][url_name])


def public_status(persona, url_name):
    """Return the status code that `persona` expects from the public URL `url_name`."""
    logged_in = persona != "visitor"
    if url_name == "account":
        return 200 if logged_in else 302
    if url_name == "login":
        return 302 if logged_in else 200
    return 200


RESERVED_STATUS = {
    "visitor": 302,
    "member of other community": 403,
    "agent without community": 403,
    "reserved member": 200,
    "reserved facilitator": 200,
    "superuser": 200,
}


@pytest.mark.django_db
@pytest.mark.parametrize("url_name", [*ALL_URLS, *RESERVED_FEED_URLS])
@pytest.mark.parametrize("persona", NON_MEMBERS)
def test_non_member_sees_no_reserved_text(client, site, persona, url_name):
    response = fetch(client, site, persona, url_name)

    assert SECRET not in response.content.decode()
    assert SCHEDULED not in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("url_name", RESERVED_URLS)
@pytest.mark.parametrize("persona", PERSONAS)
def test_reserved_page_status(client, site, persona, url_name):
    response = fetch(client, site, persona, url_name)

    assert response.status_code == RESERVED_STATUS[persona]


@pytest.mark.django_db
@pytest.mark.parametrize("url_name", RESERVED_URLS)
def test_reserved_page_sends_visitor_to_login(client, site, url_name):
    response = fetch(client, site, "visitor", url_name)

    assert response.url.startswith(f"{LOGIN_PATH}?next=")


@pytest.mark.django_db
@pytest.mark.parametrize("url_name", PUBLIC_URLS)
@pytest.mark.parametrize("persona", PERSONAS)
def test_public_url_status(client, site, persona, url_name):
    response = fetch(client, site, persona, url_name)

    assert response.status_code == public_status(persona, url_name)
    assert SCHEDULED not in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("url_name", ["home", "portal activity", *SEARCH_URLS, *RESERVED_URLS])
@pytest.mark.parametrize("persona", MEMBERS)
def test_member_sees_reserved_text(client, site, persona, url_name):
    response = fetch(client, site, persona, url_name)

    assert SECRET in response.content.decode()
    assert SCHEDULED not in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("persona", ["reserved member", "reserved facilitator"])
def test_account_page_lists_reserved_membership(client, site, persona):
    response = fetch(client, site, persona, "account")

    assert SECRET in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("url_name", RESERVED_URLS)
@pytest.mark.parametrize("persona", PERSONAS)
def test_sitemap_omits_reserved_url(client, site, persona, url_name):
    response = fetch(client, site, persona, "sitemap")

    assert site["paths"][url_name] not in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("url_name", ["green community", "green instruction", "housing reporting"])
def test_sitemap_lists_public_url(client, site, url_name):
    response = fetch(client, site, "visitor", "sitemap")

    assert site["paths"][url_name] in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("persona", NON_MEMBERS)
def test_reserved_document_withheld_from_non_member(client, site, persona):
    user = site["users"][persona]
    if user is not None:
        client.force_login(user)

    response = client.get(site["document"].url)

    # Wagtail 8 enforces a collection view restriction with a redirect to the login form.
    assert response.status_code == 302


@pytest.mark.django_db
@pytest.mark.parametrize("persona", MEMBERS)
def test_reserved_document_served_to_member(client, site, persona):
    client.force_login(site["users"][persona])

    response = client.get(site["document"].url)

    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("url_name", ONLINE_LINK_URLS)
@pytest.mark.parametrize("persona", PERSONAS)
def test_online_link_only_for_the_communitys_members(client, site, persona, url_name):
    response = fetch(client, site, persona, url_name)

    # The link may appear in the HTML or in a calendar file, whose lines are folded.
    content = response.content.decode().replace("\r\n ", "")
    if persona in GREEN_MEMBERS and url_name in ("green event", "green event calendar"):
        assert ONLINE_LINK in content
    else:
        assert ONLINE_LINK not in content


@pytest.mark.django_db
@pytest.mark.parametrize("url_name", RESERVED_FEED_URLS)
@pytest.mark.parametrize("persona", PERSONAS)
def test_reserved_community_has_no_feed(client, site, persona, url_name):
    response = fetch(client, site, persona, url_name)

    expected = {"visitor": 302}.get(persona, 200 if persona in MEMBERS else 403)
    # Members pass the view restriction, and then find no public feed of a reserved community.
    expected = 404 if expected == 200 else expected
    assert response.status_code == expected


@pytest.mark.django_db
@pytest.mark.parametrize("url_name", SEARCH_URLS)
@pytest.mark.parametrize("persona", NON_MEMBERS)
def test_search_counts_leave_out_reserved_pages(client, site, persona, url_name):
    response = fetch(client, site, persona, url_name)

    results = response.context["results"]
    expected = 0 if url_name == "search secret" else 1
    assert results.total == expected
    assert sum(results.type_counts.values()) == expected


@pytest.mark.django_db
@pytest.mark.parametrize("persona", MEMBERS)
def test_search_counts_include_reserved_pages_for_members(client, site, persona):
    response = fetch(client, site, persona, "search shared word")

    assert response.context["results"].total == 2
