"""Joining and leaving a community, and the account page."""

import logging

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from knowledge.proposals.account import proposals_of

from .models import CommunityPage, Membership, MembershipStatus, Role
from .redirects import redirect_back

logger = logging.getLogger(__name__)


@require_http_methods(["GET", "POST"])
@login_required
def join_community(request, community_id):
    """Make the user a member of a public community, or ask to join a reserved one.

    A GET, such as a link followed after logging in, leads back to the community page.
    """
    community = get_object_or_404(CommunityPage.objects.live(), pk=community_id)
    if request.method == "GET":
        return redirect(community.url)
    membership, created = Membership.objects.get_or_create(
        user=request.user,
        community=community,
        defaults={"role": Role.MEMBER, "status": MembershipStatus.PENDING},
    )

    if membership.is_active:
        messages.info(request, _("You are already a member of this community."))
    elif community.is_reserved:
        if created:
            logger.info("User %s asked to join community %s", request.user.pk, community.pk)
        messages.success(
            request,
            _("Your request has been sent. A facilitator of the community will review it."),
        )
    else:
        membership.activate()
        messages.success(
            request,
            _("Welcome! You are now a member of %(community)s.") % {"community": community.title},
        )

    return redirect_back(request, community)


@require_http_methods(["GET", "POST"])
@login_required
def leave_community(request, community_id):
    """Ask for confirmation, then remove the user's membership or pending request."""
    community = get_object_or_404(CommunityPage, pk=community_id)
    membership = Membership.objects.filter(user=request.user, community=community).first()
    if request.method == "GET":
        if membership is None:
            return redirect("account:profile")
        return render(
            request,
            "community/leave_confirm.html",
            {"community": community, "membership": membership},
        )

    deleted, _details = Membership.objects.filter(user=request.user, community=community).delete()
    if deleted:
        messages.success(request, _("You have left the community."))
    if community.is_reserved:
        return redirect("account:profile")
    return redirect_back(request, community)


class LogoutView(auth_views.LogoutView):
    """Log out on POST; a GET, such as a typed address, shows a confirmation form."""

    http_method_names = ["get", "post", "options"]

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data())


class PasswordResetView(auth_views.PasswordResetView):
    """Password reset whose e-mail links use the host of the request.

    Django would take the domain of the django.contrib.sites Site, which the project does not
    maintain; the request host is already checked against ALLOWED_HOSTS.
    """

    def form_valid(self, form):
        self.extra_email_context = {
            "domain": self.request.get_host(),
            "site_name": settings.WAGTAIL_SITE_NAME,
        }
        return super().form_valid(form)


@login_required
def account_profile(request):
    memberships = (
        Membership.objects.filter(user=request.user)
        .select_related("community")
        .order_by("community__title")
    )
    context = {
        "memberships": memberships,
        "field_report_proposals": proposals_of(request.user),
    }
    return render(request, "community/account/profile.html", context)
