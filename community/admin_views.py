"""Wagtail admin screen where facilitators accept or refuse membership requests."""

import logging

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .converters import parse_id
from .models import Membership

logger = logging.getLogger(__name__)


class PendingMembershipsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "community/admin/pending_memberships.html"
    page_title = gettext_lazy("Membership requests")
    header_icon = "group"
    breadcrumbs_items = []

    def dispatch(self, request, *args, **kwargs):
        if not (request.user.is_superuser or self.facilitated(request.user).exists()):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @staticmethod
    def facilitated(user):
        return Membership.objects.facilitated_by(user)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["memberships"] = (
            self.facilitated(self.request.user)
            .pending()
            .select_related("user", "community")
            .order_by("requested_at")
        )
        return context

    def post(self, request, *args, **kwargs):
        membership_id = parse_id(request.POST.get("membership", ""))
        if membership_id is None:
            raise Http404("Invalid membership id.")
        membership = get_object_or_404(self.facilitated(request.user).pending(), pk=membership_id)
        decision = request.POST.get("decision")
        name = membership.user.get_full_name() or membership.user.get_username()
        context = {"user": name, "community": membership.community.title}

        if decision == "accept":
            membership.activate()
            messages.success(request, _("%(user)s is now a member of %(community)s.") % context)
        elif decision == "refuse":
            membership.delete()
            messages.success(
                request, _("The request of %(user)s to join %(community)s was refused.") % context
            )
        else:
            messages.error(request, _("Unknown decision: choose accept or refuse."))
            return redirect("community_pending_memberships")

        logger.info("Membership request %s %s by user %s", membership.pk, decision, request.user.pk)
        return redirect("community_pending_memberships")
