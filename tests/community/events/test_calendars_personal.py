"""Personal calendars: what the secret address serves, how it is renewed and revoked."""

import pytest
from django.contrib.messages import get_messages
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from icalendar import Calendar

from community.models import Membership, PersonalToken
from tests.factories import EventPageFactory

from .conftest import PUBLIC_LINK, member_of

RESERVED_LINK = "https://visio.example.org/comite-restreint"
ACCOUNT_URL = reverse("account:profile")
RENEW_URL = reverse("events:renew_token")
REVOKE_URL = reverse("events:revoke_token")


def personal_url(token):
    return reverse("events:personal", args=[token.key])


def summaries(response):
    calendar = Calendar.from_ical(response.content)
    return [str(component["SUMMARY"]) for component in calendar.walk("VEVENT")]


def unfolded(response):
    return response.content.decode().replace("\r\n ", "")


@pytest.fixture
def events(online_event, reserved_event):
    return {"public": online_event, "reserved": reserved_event}


# --- Content -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_personal_calendar_of_reserved_member(client, events, reserved_member):
    response = client.get(personal_url(PersonalToken.for_user(reserved_member)))

    assert response.status_code == 200
    assert summaries(response) == [events["reserved"].title]
    assert RESERVED_LINK in unfolded(response)
    assert "Préparation confidentielle du séminaire national." in unfolded(response)


@pytest.mark.django_db
def test_personal_calendar_of_member_of_both(client, events, community, reserved_member):
    Membership.objects.create(user=reserved_member, community=community, status="active")

    response = client.get(personal_url(PersonalToken.for_user(reserved_member)))

    assert summaries(response) == [events["reserved"].title, events["public"].title]
    assert RESERVED_LINK in unfolded(response)
    assert PUBLIC_LINK in unfolded(response)


@pytest.mark.django_db
def test_personal_calendar_of_public_member(client, events, member):
    response = client.get(personal_url(PersonalToken.for_user(member)))

    assert summaries(response) == [events["public"].title]
    assert PUBLIC_LINK in unfolded(response)
    assert "Comité restreint" not in unfolded(response)
    assert RESERVED_LINK not in unfolded(response)


@pytest.mark.django_db
def test_personal_calendar_of_outsider_is_empty(client, events, outsider):
    response = client.get(personal_url(PersonalToken.for_user(outsider)))

    assert response.status_code == 200
    assert summaries(response) == []
    assert "Comité restreint" not in unfolded(response)
    assert "visio.example.org" not in unfolded(response)


@pytest.mark.django_db
def test_pending_request_adds_no_reserved_event(client, events, reserved_community):
    applicant = member_of(reserved_community, status="pending")

    response = client.get(personal_url(PersonalToken.for_user(applicant)))

    assert summaries(response) == []


@pytest.mark.django_db
def test_personal_calendar_follows_current_membership(
    client, events, reserved_member, reserved_community
):
    url = personal_url(PersonalToken.for_user(reserved_member))
    Membership.objects.get(user=reserved_member, community=reserved_community).delete()

    response = client.get(url)

    assert summaries(response) == []
    assert "Comité restreint" not in unfolded(response)


@pytest.mark.django_db
def test_personal_calendar_leaves_out_draft_event(client, reserved_agenda, reserved_member, clock):
    EventPageFactory(parent=reserved_agenda, title="Brouillon du comité", publish=False)

    response = client.get(personal_url(PersonalToken.for_user(reserved_member)))

    assert "Brouillon du comité" not in unfolded(response)


@pytest.mark.django_db
def test_personal_calendar_headers(client, events, reserved_member):
    response = client.get(personal_url(PersonalToken.for_user(reserved_member)))

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'inline; filename="agenda-personnel.ics"'
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Robots-Tag"] == "noindex"
    assert response["Referrer-Policy"] == "no-referrer"


@pytest.mark.django_db
def test_personal_calendar_is_named(client, events, reserved_member):
    response = client.get(personal_url(PersonalToken.for_user(reserved_member)))
    calendar = Calendar.from_ical(response.content)

    assert "Rencontre des Territoires" in str(calendar["X-WR-CALNAME"])


@pytest.mark.django_db
def test_personal_calendar_refuses_post(client, events, reserved_member):
    response = client.post(personal_url(PersonalToken.for_user(reserved_member)))

    assert response.status_code == 405


@pytest.mark.django_db
def test_personal_calendar_query_count_independent_of_event_count(
    client, agenda, reserved_agenda, community, reserved_member, clock
):
    Membership.objects.create(user=reserved_member, community=community, status="active")
    url = personal_url(PersonalToken.for_user(reserved_member))
    counts = []
    for _size in range(2):
        for parent in (agenda, reserved_agenda, agenda, reserved_agenda):
            EventPageFactory(parent=parent, format="online", online_url=PUBLIC_LINK)
        client.get(url)
        with CaptureQueriesContext(connection) as context:
            response = client.get(url)
        counts.append(len(context))

    assert len(summaries(response)) == 8
    assert counts[0] == counts[1]


# --- Unknown, revoked and renewed addresses -------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("key", ["inconnue", "x" * 43, "x" * 300, "%C3%A9t%C3%A9"])
def test_unknown_key_is_not_found(client, key):
    response = client.get(f"/evenements/calendrier-personnel/{key}/")

    assert response.status_code == 404


@pytest.mark.django_db
def test_revoked_key_is_not_found(client, events, reserved_member):
    url = personal_url(PersonalToken.for_user(reserved_member))
    client.force_login(reserved_member)
    client.post(REVOKE_URL)
    client.logout()

    response = client.get(url)

    assert response.status_code == 404
    assert "Comité restreint" not in response.content.decode()


@pytest.mark.django_db
def test_renewed_key_replaces_old_one(client, events, reserved_member):
    old_url = personal_url(PersonalToken.for_user(reserved_member))
    client.force_login(reserved_member)
    client.post(RENEW_URL)
    client.logout()
    new_url = personal_url(PersonalToken.objects.get(user=reserved_member))

    assert new_url != old_url
    assert client.get(old_url).status_code == 404
    assert client.get(new_url).status_code == 200


@pytest.mark.django_db
def test_inactive_user_key_is_not_found(client, events, reserved_member):
    url = personal_url(PersonalToken.for_user(reserved_member))
    reserved_member.is_active = False
    reserved_member.save()

    response = client.get(url)

    assert response.status_code == 404
    assert "Comité restreint" not in response.content.decode()


# --- Renew and revoke views -----------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("url", [RENEW_URL, REVOKE_URL])
def test_token_views_refuse_get(client, member, url):
    client.force_login(member)

    response = client.get(url)

    assert response.status_code == 405


@pytest.mark.django_db
@pytest.mark.parametrize("url", [RENEW_URL, REVOKE_URL])
def test_token_views_require_login(client, url):
    response = client.post(url)

    assert response.status_code == 302
    assert response.url.startswith(reverse("account:login"))
    assert not PersonalToken.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("url", [RENEW_URL, REVOKE_URL])
def test_token_views_require_csrf_token(member, url):
    token = PersonalToken.for_user(member)
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)

    response = client.post(url)

    assert response.status_code == 403
    assert PersonalToken.objects.get(user=member).key == token.key


@pytest.mark.django_db
def test_renew_creates_first_token(client, member):
    client.force_login(member)

    response = client.post(RENEW_URL)

    assert response.status_code == 302
    assert response.url == f"{ACCOUNT_URL}#calendrier-personnel"
    assert PersonalToken.objects.filter(user=member).count() == 1
    (message,) = get_messages(response.wsgi_request)
    assert message.level_tag == "success"


@pytest.mark.django_db
def test_renew_replaces_existing_token(client, member):
    old_key = PersonalToken.for_user(member).key
    client.force_login(member)

    response = client.post(RENEW_URL)

    assert PersonalToken.objects.get(user=member).key != old_key
    (message,) = get_messages(response.wsgi_request)
    assert message.level_tag == "success"


@pytest.mark.django_db
def test_revoke_deletes_token(client, member, outsider):
    PersonalToken.for_user(member)
    other_token = PersonalToken.for_user(outsider)
    client.force_login(member)

    response = client.post(REVOKE_URL)

    assert response.url == f"{ACCOUNT_URL}#calendrier-personnel"
    assert not PersonalToken.objects.filter(user=member).exists()
    assert PersonalToken.objects.filter(pk=other_token.pk).exists()
    (message,) = get_messages(response.wsgi_request)
    assert message.level_tag == "success"


@pytest.mark.django_db
def test_revoke_without_token_informs(client, member):
    client.force_login(member)

    response = client.post(REVOKE_URL)

    assert response.status_code == 302
    (message,) = get_messages(response.wsgi_request)
    assert message.level_tag == "info"


# --- Account page section -------------------------------------------------------------------


@pytest.mark.django_db
def test_account_section_without_token(client, member):
    client.force_login(member)

    response = client.get(ACCOUNT_URL)
    content = response.content.decode()

    assert response.status_code == 200
    assert 'id="calendrier-personnel"' in content
    assert f'action="{RENEW_URL}"' in content
    assert f'action="{REVOKE_URL}"' not in content
    assert "/evenements/calendrier-personnel/" not in content.replace(RENEW_URL, "")
    assert not PersonalToken.objects.exists()


@pytest.mark.django_db
def test_account_section_with_token(client, member, outsider):
    token = PersonalToken.for_user(member)
    other_token = PersonalToken.for_user(outsider)
    client.force_login(member)

    response = client.get(ACCOUNT_URL)
    content = response.content.decode()

    assert f'value="http://testserver{personal_url(token)}"' in content
    assert other_token.key not in content
    assert f'action="{RENEW_URL}"' in content
    assert f'action="{REVOKE_URL}"' in content
    assert content.count("csrfmiddlewaretoken") >= 2


@pytest.mark.parametrize("key", ["%00", "a%00b", "cl%C3%A9", "x" * 65])
def test_malformed_key_is_unknown(client, db, key):
    response = client.get(f"/evenements/calendrier-personnel/{key}/")

    assert response.status_code == 404
