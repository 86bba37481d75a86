"""Signed unsubscribe tokens carried by the digest e-mails.

A token names a user and, for the link of one community, that community. Anyone with the link
may act for that user without logging in, as an unsubscribe link must. Tokens do not expire,
because an e-mail stays in a mailbox for years. They are signed with SECRET_KEY and a salt of
their own, so a changed token, or one made for the e-mails of mutual help, is rejected.
"""

import dataclasses

from django.contrib.auth import get_user_model
from django.core import signing

from community.models import CommunityPage

SALT = "home.digests.unsubscribe"


class InvalidToken(Exception):
    """A token that is malformed, tampered with, or names a user that no longer exists."""


@dataclasses.dataclass
class Unsubscription:
    """The user of a valid token, and the community to stop or None for every community."""

    user: object
    community: CommunityPage | None


def make_token(user, community=None):
    """Return a token for `user`, scoped to `community` when one is given."""
    payload = {"u": user.pk}
    if community is not None:
        payload["c"] = community.pk
    return signing.dumps(payload, salt=SALT, compress=True)


def read_token(token):
    """Return the Unsubscription that `token` signs, or raise InvalidToken.

    A community deleted since the e-mail left turns the token into one for every community.
    """
    try:
        payload = signing.loads(token, salt=SALT)
    except signing.BadSignature as error:
        raise InvalidToken(str(error)) from error
    if not isinstance(payload, dict) or not isinstance(payload.get("u"), int):
        raise InvalidToken("The token payload is not a user id.")

    user = get_user_model().objects.filter(pk=payload["u"]).first()
    if user is None:
        raise InvalidToken(f"User {payload['u']} does not exist.")
    community_id = payload.get("c")
    community = None
    if isinstance(community_id, int):
        community = CommunityPage.objects.filter(pk=community_id).first()
    return Unsubscription(user=user, community=community)
