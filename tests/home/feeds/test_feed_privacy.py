"""Privacy of the feeds: reserved news only in the personal feeds of active members."""

import pytest
from django.urls import reverse

from community.models import Membership, MembershipStatus, PersonalToken, Role
from qa.threads import hide_answer
from tests.factories import SuperuserFactory

from .conftest import SECRET, client_of, community_url, member_of, parse, personal_url, portal_url

FORMATS = ["rss", "atom"]
READERS = ["visitor", "outsider", "public member", "reserved member", "facilitator", "superuser"]


@pytest.fixture
def readers(outsider, author, reserved_member, reserved_community):
    return {
        "visitor": None,
        "outsider": outsider,
        "public member": author,
        "reserved member": reserved_member,
        "facilitator": member_of(reserved_community, Role.FACILITATOR),
        "superuser": SuperuserFactory(),
    }


# --- Public feeds --------------------------------------------------------------------------


@pytest.mark.parametrize("reader", READERS)
def test_public_feeds_same_for_every_reader(reader, news, readers, community):
    client = client_of(readers[reader])
    for format in FORMATS:
        for url in (portal_url(format), community_url(community, format)):
            response = client.get(url)
            parsed = parse(response)

            assert SECRET.encode() not in response.content, url
            assert len(parsed.entries) == 6, url
            assert all("publique" in entry.title for entry in parsed.entries), url


@pytest.mark.parametrize("format", FORMATS)
def test_reserved_community_feed_sends_visitor_to_login(format, news, reserved_community):
    response = client_of().get(community_url(reserved_community, format))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account:login"))
    assert SECRET.encode() not in response.content


@pytest.mark.parametrize("reader", ["reserved member", "facilitator", "superuser"])
@pytest.mark.parametrize("format", FORMATS)
def test_reserved_community_has_no_public_feed(reader, format, news, readers, reserved_community):
    response = client_of(readers[reader]).get(community_url(reserved_community, format))

    assert response.status_code == 404
    assert SECRET.encode() not in response.content


@pytest.mark.parametrize("format", FORMATS)
def test_outsider_gets_no_reserved_community_feed(format, news, outsider, reserved_community):
    response = client_of(outsider).get(community_url(reserved_community, format))

    assert response.status_code in (302, 403, 404)
    assert SECRET.encode() not in response.content


@pytest.mark.parametrize("format", FORMATS)
def test_hidden_answer_leaves_feeds(format, public_news, community, author):
    answer = public_news["answer"]
    hide_answer(answer, public_news["question"])
    token = PersonalToken.for_user(author)

    for url in (community_url(community, format), personal_url(token, format)):
        response = client_of().get(url)
        assert f"answer-{answer.pk}".encode() not in response.content, url
        assert b"avis de taxe" not in response.content, url


@pytest.mark.parametrize("format", FORMATS)
def test_unpublished_page_leaves_feeds(format, public_news, community):
    public_news["instruction"].unpublish()

    response = client_of().get(portal_url(format))

    assert b"Instruction publique" not in response.content
    assert len(parse(response).entries) == 5


# --- Personal feeds ------------------------------------------------------------------------


@pytest.mark.parametrize("reader", ["reserved member", "facilitator"])
@pytest.mark.parametrize("format", FORMATS)
def test_personal_feed_holds_reserved_news(reader, format, news, readers):
    token = PersonalToken.for_user(readers[reader])

    parsed = parse(client_of().get(personal_url(token, format)))

    assert len(parsed.entries) == 6
    assert all(SECRET in entry.title for entry in parsed.entries)


@pytest.mark.parametrize("format", FORMATS)
def test_personal_feed_of_two_communities(format, news, author, reserved_community):
    member_of_both = author
    Membership.objects.create(
        user=member_of_both, community=reserved_community, status=MembershipStatus.ACTIVE
    )
    token = PersonalToken.for_user(member_of_both)

    parsed = parse(client_of().get(personal_url(token, format)))

    assert len(parsed.entries) == 12


@pytest.mark.parametrize("reader", ["outsider", "public member", "superuser"])
@pytest.mark.parametrize("format", FORMATS)
def test_personal_feed_of_non_member_without_reserved(reader, format, news, readers):
    token = PersonalToken.for_user(readers[reader])

    response = client_of().get(personal_url(token, format))
    parsed = parse(response)

    assert SECRET.encode() not in response.content
    expected = 6 if reader == "public member" else 0
    assert len(parsed.entries) == expected


@pytest.mark.parametrize("format", FORMATS)
def test_pending_member_personal_feed_without_reserved(format, news, reserved_community):
    pending = member_of(reserved_community, status=MembershipStatus.PENDING)
    token = PersonalToken.for_user(pending)

    response = client_of().get(personal_url(token, format))

    assert SECRET.encode() not in response.content
    assert client_of().get(personal_url(token, format, reserved_community)).status_code == 404


@pytest.mark.parametrize("format", FORMATS)
def test_left_member_loses_reserved_news(format, news, reserved_member, reserved_community):
    token = PersonalToken.for_user(reserved_member)
    Membership.objects.filter(user=reserved_member).delete()

    response = client_of().get(personal_url(token, format))

    assert SECRET.encode() not in response.content
    assert client_of().get(personal_url(token, format, reserved_community)).status_code == 404


@pytest.mark.parametrize("format", FORMATS)
def test_personal_community_feed_of_member(format, news, reserved_member, reserved_community):
    token = PersonalToken.for_user(reserved_member)

    parsed = parse(client_of().get(personal_url(token, format, reserved_community)))

    assert len(parsed.entries) == 6
    assert all(SECRET in entry.title for entry in parsed.entries)
    assert parsed.feed.link == reserved_community.full_url + "quoi-de-neuf/"


@pytest.mark.parametrize("format", FORMATS)
def test_personal_community_feed_of_non_member(format, news, author, reserved_community):
    token = PersonalToken.for_user(author)

    response = client_of(author).get(personal_url(token, format, reserved_community))

    assert response.status_code == 404
    assert SECRET.encode() not in response.content


@pytest.mark.parametrize("format", FORMATS)
def test_revoked_key_gets_404(format, news, reserved_member):
    old_token = PersonalToken.for_user(reserved_member)
    new_token = PersonalToken.renew(reserved_member)

    assert client_of().get(personal_url(old_token, format)).status_code == 404
    assert client_of().get(personal_url(new_token, format)).status_code == 200

    PersonalToken.objects.filter(user=reserved_member).delete()
    assert client_of().get(personal_url(new_token, format)).status_code == 404


@pytest.mark.parametrize("format", FORMATS)
def test_inactive_owner_gets_404(format, news, reserved_member, reserved_community):
    token = PersonalToken.for_user(reserved_member)
    reserved_member.is_active = False
    reserved_member.save(update_fields=["is_active"])

    assert client_of().get(personal_url(token, format)).status_code == 404
    response = client_of().get(personal_url(token, format, reserved_community))
    assert response.status_code == 404


@pytest.mark.parametrize("format", FORMATS)
def test_personal_feed_headers(format, news, reserved_member, reserved_community):
    token = PersonalToken.for_user(reserved_member)

    for url in (personal_url(token, format), personal_url(token, format, reserved_community)):
        response = client_of().get(url)
        assert response["Cache-Control"] == "private, no-store", url
        assert response["X-Robots-Tag"] == "noindex", url
        assert response["Referrer-Policy"] == "no-referrer", url


def test_personal_feed_ignores_session(news, reserved_member, author):
    """The key decides whose feed it is, whoever is logged in."""
    token = PersonalToken.for_user(author)

    response = client_of(reserved_member).get(personal_url(token, "rss"))

    assert SECRET.encode() not in response.content
    assert len(parse(response).entries) == 6
