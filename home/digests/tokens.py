"""Signed unsubscribe tokens carried by the digest e-mails.

A token names a user and, for the link of one community, that community. The signing rules
are those of `community.signed_links`; the salt keeps mutual help tokens out.
"""

import dataclasses

from community.models import CommunityPage
from community.signed_links import InvalidToken, sign, unsign

SALT = "home.digests.unsubscribe"

__all__ = ["SALT", "InvalidToken", "Unsubscription", "make_token", "read_token"]


@dataclasses.dataclass
class Unsubscription:
    """The user of a valid token, and the community to stop or None for every community."""

    user: object
    community: CommunityPage | None


def make_token(user, community=None):
    """Return a token for `user`, scoped to `community` when one is given."""
    return sign(SALT, user, "c", community.pk if community is not None else None)


def read_token(token):
    """Return the Unsubscription that `token` signs, or raise InvalidToken.

    A community deleted since the e-mail left turns the token into one for every community.
    """
    user, community_id = unsign(SALT, token, "c")
    community = None
    if community_id is not None:
        community = CommunityPage.objects.filter(pk=community_id).first()
    return Unsubscription(user=user, community=community)
