"""Signed tokens of the unsubscribe links sent in e-mails.

A token names a user and, optionally, the id of what the link is about (a page, a community).
Anyone with the link may act for that user without logging in, as an unsubscribe link must.
Tokens do not expire, because an e-mail stays in a mailbox for years. Each kind of link signs
with SECRET_KEY and a salt of its own, so a changed token, or one of another kind, is rejected.
"""

from django.contrib.auth import get_user_model
from django.core import signing


class InvalidToken(Exception):
    """A token that is malformed, tampered with, or names a user that no longer exists."""


def sign(salt, user, scope_key, scope_id=None):
    """Return a token for `user`, scoped to `scope_id` under `scope_key` when one is given."""
    payload = {"u": user.pk}
    if scope_id is not None:
        payload[scope_key] = scope_id
    return signing.dumps(payload, salt=salt, compress=True)


def unsign(salt, token, scope_key):
    """Return the user and the scope id (an int, or None) that `token` signs.

    Raise InvalidToken when the signature or the payload is invalid, or the user is missing.
    """
    try:
        payload = signing.loads(token, salt=salt)
    except signing.BadSignature as error:
        raise InvalidToken(str(error)) from error
    if not isinstance(payload, dict) or not isinstance(payload.get("u"), int):
        raise InvalidToken("The token payload is not a user id.")

    user = get_user_model().objects.filter(pk=payload["u"]).first()
    if user is None:
        raise InvalidToken(f"User {payload['u']} does not exist.")
    scope_id = payload.get(scope_key)
    return user, scope_id if isinstance(scope_id, int) else None
