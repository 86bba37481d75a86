"""Wagtail admin screens where facilitators keep the mutual help of their communities in order.

A facilitator sees and acts on the questions and answers of the communities where they are an
active facilitator, and superusers on those of every community. An id from another community
is a 404.
"""

import logging
from dataclasses import dataclass, field

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import CharField, Max, Q
from django.db.models.functions import Cast
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.defaults import permission_denied
from django.views.generic import TemplateView
from django_comments_xtd.models import XtdComment
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from community.converters import parse_id
from community.dashboard import DashboardScope, age_label

from . import threads
from .models import AnswerReport, QuestionPage, QuestionStatus, ReportReason, ReportStatus

logger = logging.getLogger(__name__)

QUESTIONS_PER_PAGE = 50


class ModerationScope(DashboardScope):
    """The questions, answers and reports of the communities that one user moderates.

    Reading the communities costs one query. Every other query is built lazily and filtered
    by the tree paths of those communities.
    """

    def _paths(self, prefix=""):
        if not self.communities:
            return Q(pk__in=[])
        condition = Q()
        for community in self.communities:
            condition |= Q(**{f"{prefix}path__startswith": community.path})
        return condition

    def unanswered_questions(self):
        """Return the live unanswered questions, oldest first."""
        return (
            QuestionPage.objects.live()
            .filter(self._paths(), status=QuestionStatus.UNANSWERED)
            .order_by("first_published_at", "pk")
        )

    def comments(self):
        """Return every comment on a page of these communities, hidden and removed ones included."""
        page_ids = (
            Page.objects.filter(self._paths())
            .annotate(pk_text=Cast("pk", output_field=CharField()))
            .values("pk_text")
        )
        content_types = ContentType.objects.get_for_models(*threads.commentable_models()).values()
        return XtdComment.objects.filter(
            content_type__in=[content_type.pk for content_type in content_types],
            object_pk__in=page_ids,
        )

    def open_reports(self):
        return AnswerReport.objects.filter(status=ReportStatus.OPEN, answer__in=self.comments())

    def hidden_answers(self):
        return self.comments().filter(is_public=False, is_removed=False).order_by("-submit_date")

    def pages_by_id(self, answers):
        """Return the pages of `answers` by their id, with their community, in one query."""
        page_ids = {parse_id(answer.object_pk) for answer in answers} - {None}
        pages = Page.objects.filter(pk__in=page_ids)
        by_id = {}
        for page in pages:
            page.community = self.community_of_path(page.path)
            by_id[page.pk] = page
        return by_id


@dataclass
class ReportedAnswer:
    """An answer with its open reports, as the facilitators review it."""

    answer: XtdComment
    page: Page | None
    reports: list = field(default_factory=list)

    @property
    def report_count(self):
        return len(self.reports)

    @property
    def latest_report_at(self):
        return max(report.created_at for report in self.reports)

    @property
    def reasons(self):
        """Return (label, count) pairs of the reasons given, most frequent first."""
        counts = {}
        for report in self.reports:
            counts[report.reason] = counts.get(report.reason, 0) + 1
        ordered = sorted(counts.items(), key=lambda item: -item[1])
        return [(ReportReason(reason).label, count) for reason, count in ordered]

    @property
    def explanations(self):
        return [report.explanation for report in self.reports if report.explanation]

    @property
    def state(self):
        if self.answer.is_removed:
            return "removed"
        return "visible" if self.answer.is_public else "hidden"

    @property
    def actions(self):
        """Return the decisions that apply to the answer in its current state."""
        return {
            "visible": ["hide", "keep", "remove"],
            "hidden": ["restore", "hide", "remove"],
            "removed": ["remove"],
        }[self.state]


def reported_answers(scope, limit=None):
    """Return the answers with open reports, most recently reported first, as ReportedAnswer.

    Three queries whatever the number of reports: the grouped answer ids, their reports with
    the answers, and their pages.
    """
    grouped = (
        scope.open_reports()
        .values("answer_id")
        .annotate(latest=Max("created_at"))
        .order_by("-latest", "-answer_id")
    )
    if limit is not None:
        grouped = grouped[:limit]
    answer_ids = [row["answer_id"] for row in grouped]
    if not answer_ids:
        return []

    reports = (
        AnswerReport.objects.filter(status=ReportStatus.OPEN, answer_id__in=answer_ids)
        .select_related("answer")
        .order_by("created_at")
    )
    entries = {}
    for report in reports:
        entry = entries.setdefault(report.answer_id, ReportedAnswer(report.answer, None))
        entry.reports.append(report)
    pages = scope.pages_by_id([entry.answer for entry in entries.values()])
    for entry in entries.values():
        entry.page = pages.get(parse_id(entry.answer.object_pk))
    return [entries[answer_id] for answer_id in answer_ids if answer_id in entries]


def reported_answer_count(scope):
    return scope.open_reports().values("answer_id").distinct().count()


class FacilitatorRequiredMixin:
    """Return a 403 response to anyone who moderates no community.

    The response is built here because Wagtail 8 turns a PermissionDenied raised by an admin
    view into a redirect to the dashboard.
    """

    def dispatch(self, request, *args, **kwargs):
        self.scope = ModerationScope(request.user)
        if not self.scope:
            return permission_denied(request, PermissionDenied())
        return super().dispatch(request, *args, **kwargs)


class UnansweredQuestionsView(FacilitatorRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "qa/admin/unanswered_questions.html"
    page_title = gettext_lazy("Unanswered questions")
    header_icon = "help"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        paginator = Paginator(self.scope.unanswered_questions(), QUESTIONS_PER_PAGE)
        questions = paginator.get_page(self.request.GET.get("p"))
        now = timezone.now()
        for question in questions:
            question.community = self.scope.community_of_path(question.path)
            question.age = age_label(question.first_published_at, now)
        context["questions"] = questions
        context["elided_page_range"] = paginator.get_elided_page_range(questions.number)
        context["show_community"] = len(self.scope.communities) > 1
        return context


class ReportedAnswersView(FacilitatorRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    """The answers with open reports and the hidden answers, and the decisions on them."""

    template_name = "qa/admin/reported_answers.html"
    page_title = gettext_lazy("Reported answers")
    header_icon = "warning"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        hidden = list(self.scope.hidden_answers())
        pages = self.scope.pages_by_id(hidden)
        for answer in hidden:
            answer.page = pages.get(parse_id(answer.object_pk))
        context["reported_answers"] = reported_answers(self.scope)
        context["hidden_answers"] = hidden
        context["hidden_actions"] = ["restore", "remove"]
        context["show_community"] = len(self.scope.communities) > 1
        return context

    def post(self, request, *args, **kwargs):
        answer_id = parse_id(request.POST.get("answer", ""))
        if answer_id is None:
            raise Http404("Invalid answer id.")
        answer = self.scope.comments().filter(pk=answer_id).first()
        if answer is None:
            raise Http404("No answer with this id in the communities you facilitate.")
        page = threads.answer_page(answer)
        if page is None:
            raise Http404("The answer is not attached to a page.")

        decision = request.POST.get("decision", "")
        handler = getattr(self, f"decide_{decision}", None) if decision in DECISIONS else None
        if handler is None:
            messages.error(request, _("Unknown decision: choose hide, restore, keep or remove."))
            return redirect("qa_reported_answers")

        message = handler(answer, page)
        if message is None:
            messages.error(
                request,
                _(
                    "This decision no longer applies to the answer in its current state. "
                    "Reload the page."
                ),
            )
        else:
            logger.info("Answer %s: %s by user %s", answer.pk, decision, request.user.pk)
            messages.success(request, message)
        return redirect("qa_reported_answers")

    def close_reports(self, answer, status, *current):
        """Give the reports of `answer` in one of the `current` statuses their outcome."""
        return AnswerReport.objects.filter(answer=answer, status__in=current).update(
            status=status, reviewed_by=self.request.user, reviewed_at=timezone.now()
        )

    def decide_hide(self, answer, page):
        if answer.is_removed:
            return None
        if answer.is_public:
            threads.hide_answer(answer, page)
        self.close_reports(answer, ReportStatus.HIDDEN, ReportStatus.OPEN)
        return _("The answer is hidden from readers until you restore it.")

    def decide_restore(self, answer, page):
        if answer.is_removed or answer.is_public:
            return None
        threads.restore_answer(answer, page)
        self.close_reports(answer, ReportStatus.KEPT, ReportStatus.OPEN, ReportStatus.HIDDEN)
        return _("The answer is restored and visible again.")

    def decide_keep(self, answer, page):
        if answer.is_removed or not answer.is_public:
            return None
        if not self.close_reports(answer, ReportStatus.KEPT, ReportStatus.OPEN):
            return None
        return _("The reports are dismissed and the answer stays visible.")

    def decide_remove(self, answer, page):
        if not answer.is_removed:
            threads.remove_answer(answer, page)
        self.close_reports(answer, ReportStatus.REMOVED, ReportStatus.OPEN, ReportStatus.HIDDEN)
        return _("The answer is removed. Its replies stay under a placeholder.")


DECISIONS = ("hide", "restore", "keep", "remove")
