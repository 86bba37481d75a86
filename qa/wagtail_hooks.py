"""The "Entraide" admin menu and dashboard panel of facilitators."""

from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.ui.components import Component

from . import admin_views

DASHBOARD_ITEM_COUNT = 5


@hooks.register("register_admin_urls")
def register_moderation_admin_urls():
    return [
        path(
            "entraide/sans-reponse/",
            admin_views.UnansweredQuestionsView.as_view(),
            name="qa_unanswered_questions",
        ),
        path(
            "entraide/signalements/",
            admin_views.ReportedAnswersView.as_view(),
            name="qa_reported_answers",
        ),
    ]


class FacilitatorMenuItem(MenuItem):
    def is_shown(self, request):
        # Both items of the submenu read the same scope, so it is cached on the request.
        if not hasattr(request, "_qa_moderation_scope"):
            request._qa_moderation_scope = admin_views.ModerationScope(request.user)
        return bool(request._qa_moderation_scope)


@hooks.register("register_admin_menu_item")
def register_mutual_help_menu():
    menu = Menu(
        items=[
            FacilitatorMenuItem(
                _("Unanswered questions"),
                reverse("qa_unanswered_questions"),
                name="qa-unanswered-questions",
                icon_name="help",
                order=100,
            ),
            FacilitatorMenuItem(
                _("Reported answers"),
                reverse("qa_reported_answers"),
                name="qa-reported-answers",
                icon_name="warning",
                order=200,
            ),
        ]
    )
    return SubmenuMenuItem(
        _("Mutual help"), menu, name="qa-mutual-help", icon_name="help", order=260
    )


class MutualHelpPanel(Component):
    """The facilitator's unanswered questions and reported answers on the admin dashboard.

    Rendering runs the same number of queries whatever the number of questions and reports:
    one per list and count, one for the pages of the listed answers, one for the sites.
    """

    name = "qa_mutual_help"
    template_name = "qa/admin/dashboard_panel.html"
    order = 90

    def __init__(self, scope):
        self.scope = scope

    def get_context_data(self, parent_context=None):
        now = timezone.now()
        unanswered = list(self.scope.unanswered_questions()[:DASHBOARD_ITEM_COUNT])
        for question in unanswered:
            question.age = admin_views.age_label(question.first_published_at, now)
            question.community = self.scope.community_of_path(question.path)
        return {
            "request": parent_context.get("request") if parent_context else None,
            "unanswered_count": self.scope.unanswered_questions().count(),
            "unanswered": unanswered,
            "reported_count": admin_views.reported_answer_count(self.scope),
            "reported": admin_views.reported_answers(self.scope, limit=DASHBOARD_ITEM_COUNT),
            "show_community": len(self.scope.communities) > 1,
        }


@hooks.register("construct_homepage_panels")
def add_mutual_help_panel(request, panels):
    scope = admin_views.ModerationScope(request.user)
    if scope:
        panels.append(MutualHelpPanel(scope))
