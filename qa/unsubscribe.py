"""Signed unsubscribe tokens carried by the e-mails of mutual help.

A token names a user and, for the e-mails sent to followers of a thread, the followed page.
Anyone with the link may act for that user without logging in, as an unsubscribe link must.
Tokens do not expire, because an e-mail stays in a mailbox for years. They are signed with
SECRET_KEY and a salt of their own, so a changed token is rejected.
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core import signing
from wagtail.models import Page

SALT = "qa.unsubscribe"


class InvalidToken(Exception):
    """A token that is malformed, tampered with, or names a user that no longer exists."""


@dataclass
class Unsubscription:
    """The user of a valid token, and the page to unfollow or None for every e-mail."""

    user: object
    page: Page | None


def make_token(user, page=None):
    """Return a token for `user`, scoped to unfollowing `page` when one is given."""
    payload = {"u": user.pk}
    if page is not None:
        payload["p"] = page.pk
    return signing.dumps(payload, salt=SALT, compress=True)


def read_token(token):
    """Return the Unsubscription that `token` signs, or raise InvalidToken.

    A page that was deleted since the e-mail left turns the token into one for every e-mail.
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
    page_id = payload.get("p")
    page = Page.objects.filter(pk=page_id).first() if isinstance(page_id, int) else None
    return Unsubscription(user=user, page=page)


def unfollow(user, page):
    """Delete the follow of `page` by `user`, which stops the new answer e-mails."""
    from .models import Follow

    Follow.objects.filter(user=user, page=page).delete()


def disable_emails(user):
    """Turn off every mutual help e-mail for `user`."""
    set_email_preference(user, enabled=False)


def set_email_preference(user, enabled):
    from .models import EmailPreference

    EmailPreference.objects.update_or_create(user=user, defaults={"enabled": enabled})


def emails_enabled(user):
    """Tell whether `user` receives mutual help e-mails. They do until they turn them off."""
    from .models import EmailPreference

    return not EmailPreference.objects.filter(user=user, enabled=False).exists()
