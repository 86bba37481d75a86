"""Unsubscribing from the e-mails of mutual help, with or without an account session."""

import logging

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from community.privacy import can_see_page

from ..unsubscribe import (
    InvalidToken,
    disable_emails,
    read_token,
    set_email_preference,
    unfollow,
)

logger = logging.getLogger(__name__)

UNFOLLOW = "unfollow"
DISABLE_ALL = "all"


# The signed token is what authorizes the change, not a session cookie, so a forged cross-site
# request gains nothing that the link itself does not give. Exempting the view from CSRF lets
# mail clients use the one-click unsubscribe of RFC 8058, which POSTs without a form token.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """Confirm on GET, apply on POST: unfollow the page of the token, or turn e-mails off.

    A GET never changes anything, because mail scanners open the links of e-mails.
    """
    try:
        unsubscription = read_token(token)
    except InvalidToken as error:
        logger.info("Rejected an unsubscribe token: %s", error)
        return render(request, "qa/unsubscribe.html", {"invalid": True}, status=400)

    user, page = unsubscription.user, unsubscription.page
    context = {
        "token": token,
        "page": page,
        # The title is shown only while the user of the token may still read the page.
        "page_title": page.title if page is not None and can_see_page(user, page) else "",
        "UNFOLLOW": UNFOLLOW,
        "DISABLE_ALL": DISABLE_ALL,
    }
    if request.method == "GET":
        return render(request, "qa/unsubscribe.html", context)

    action = request.POST.get("action")
    if action not in (UNFOLLOW, DISABLE_ALL):
        # A one-click request (body "List-Unsubscribe=One-Click") names no action: apply the
        # narrowest one the link offers.
        action = UNFOLLOW if page is not None else DISABLE_ALL
    if action == UNFOLLOW and page is not None:
        unfollow(user, page)
        logger.info("User %s unfollowed page %s from an e-mail link", user.pk, page.pk)
    else:
        action = DISABLE_ALL
        disable_emails(user)
        logger.info("User %s turned mutual help e-mails off from an e-mail link", user.pk)
    return render(request, "qa/unsubscribe.html", {**context, "done": action})


@require_POST
@login_required
def email_preferences(request):
    """Turn the mutual help e-mails of the logged-in user on or off, from the account page."""
    enabled = request.POST.get("enabled") == "1"
    set_email_preference(request.user, enabled)
    if enabled:
        messages.success(request, _("You will receive the mutual help e-mails again."))
    else:
        messages.success(request, _("You will no longer receive mutual help e-mails."))

    next_url = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(next_url)
    return redirect("account:profile")
