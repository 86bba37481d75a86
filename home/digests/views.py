"""Members choose how they hear about a community, from its page, their account or an e-mail."""

import logging

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from community.models import CommunityPage, Membership
from community.privacy import can_see_page
from community.redirects import redirect_back

from .forms import FrequencyForm
from .models import Frequency, Subscription
from .subscriptions import set_frequency
from .tokens import InvalidToken, read_token

logger = logging.getLogger(__name__)

STOP_COMMUNITY = "community"
STOP_ALL = "all"


def frequency_message(frequency, community):
    messages_by_frequency = {
        Frequency.EACH: _("You will receive an e-mail for each new item of %(community)s."),
        Frequency.DAILY: _("You will receive a daily digest of %(community)s."),
        Frequency.WEEKLY: _("You will receive a weekly digest of %(community)s."),
        Frequency.NONE: _("You will no longer receive e-mails about %(community)s."),
    }
    return messages_by_frequency[frequency] % {"community": community.title}


@require_http_methods(["GET", "POST"])
@login_required
def choose_frequency(request, community_id):
    """Save how often the user hears about a community they are an active member of.

    A community the user may not see is not found, so that a reserved community's existence
    does not leak. A GET, such as the link followed after logging in, leads back to its page.
    """
    community = CommunityPage.objects.live().filter(pk=community_id).first()
    if community is None or not can_see_page(request.user, community):
        raise Http404("No community found with this id.")
    if request.method == "GET":
        return redirect(community.url)

    if not Membership.objects.active().filter(user=request.user, community=community).exists():
        messages.error(
            request,
            _("Only the active members of a community can choose how to hear about it."),
        )
        return redirect_back(request, community)

    form = FrequencyForm(request.POST)
    if not form.is_valid():
        logger.info(
            "Rejected digest choice of user %s for community %s: invalid frequency",
            request.user.pk,
            community.pk,
        )
        messages.error(request, " ".join(form.errors["frequency"]))
        return redirect_back(request, community)

    frequency = Frequency(form.cleaned_data["frequency"])
    set_frequency(request.user, community, frequency)
    logger.info("User %s chose %s for community %s", request.user.pk, frequency.value, community.pk)
    messages.success(request, frequency_message(frequency, community))
    return redirect_back(request, community)


# The signed token is what authorizes the change, not a session cookie, so a forged cross-site
# request gains nothing that the link itself does not give. Exempting the view from CSRF lets
# mail clients use the one-click unsubscribe of RFC 8058, which POSTs without a form token.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    """Confirm on GET, apply on POST: stop the e-mails of the token's community, or all of them.

    A GET never changes anything, because mail scanners open the links of e-mails.
    """
    try:
        unsubscription = read_token(token)
    except InvalidToken as error:
        logger.info("Rejected a digest unsubscribe token: %s", error)
        return render(request, "home/digests/unsubscribe.html", {"invalid": True}, status=400)

    user, community = unsubscription.user, unsubscription.community
    context = {
        "token": token,
        "community": community,
        # The name is shown only while the user of the token may still read the community.
        "community_title": (
            community.title if community is not None and can_see_page(user, community) else ""
        ),
        "STOP_COMMUNITY": STOP_COMMUNITY,
        "STOP_ALL": STOP_ALL,
    }
    if request.method != "POST":
        return render(request, "home/digests/unsubscribe.html", context)

    action = request.POST.get("action")
    if action not in (STOP_COMMUNITY, STOP_ALL):
        # A one-click request (body "List-Unsubscribe=One-Click") names no action: apply the
        # narrowest one the link offers.
        action = STOP_COMMUNITY if community is not None else STOP_ALL
    subscriptions = Subscription.objects.filter(user=user)
    now = timezone.now()
    if action == STOP_COMMUNITY and community is not None:
        subscriptions.filter(community=community).update(frequency=Frequency.NONE, updated_at=now)
        logger.info(
            "User %s stopped the e-mails of community %s from an e-mail link", user.pk, community.pk
        )
    else:
        action = STOP_ALL
        subscriptions.update(frequency=Frequency.NONE, updated_at=now)
        logger.info("User %s stopped every community e-mail from an e-mail link", user.pk)
    return render(request, "home/digests/unsubscribe.html", {**context, "done": action})
