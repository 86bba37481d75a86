"""Wagtail admin screens for memberships, for the site administrators who manage roles."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet

from .models import Membership


class MembershipViewSet(ModelViewSet):
    model = Membership
    icon = "group"
    menu_label = _("Memberships")
    menu_order = 260
    add_to_admin_menu = True
    form_fields = ["user", "community", "role", "status"]
    list_display = ["user", "community", "role", "status", "approved_at"]
    list_filter = ["role", "status", "community"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "user__email"]
    ordering = ["community__title", "user__username"]


membership_viewset = MembershipViewSet("memberships")
