"""Signed unsubscribe tokens carried by the e-mails of mutual help.

A token names a user and, for the e-mails sent to followers of a thread, the followed page.
The signing rules are those of `community.signed_links`.
"""

from dataclasses import dataclass

from wagtail.models import Page

from community.signed_links import InvalidToken, sign, unsign

SALT = "qa.unsubscribe"

__all__ = ["SALT", "InvalidToken", "Unsubscription", "make_token", "read_token", "unfollow"]


@dataclass
class Unsubscription:
    """The user of a valid token, and the page to unfollow or None for every e-mail."""

    user: object
    page: Page | None


def make_token(user, page=None):
    """Return a token for `user`, scoped to unfollowing `page` when one is given."""
    return sign(SALT, user, "p", page.pk if page is not None else None)


def read_token(token):
    """Return the Unsubscription that `token` signs, or raise InvalidToken.

    A page that was deleted since the e-mail left turns the token into one for every e-mail.
    """
    user, page_id = unsign(SALT, token, "p")
    page = Page.objects.filter(pk=page_id).first() if page_id is not None else None
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
