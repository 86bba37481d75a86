"""The field report proposals of a member, with their moderation status, for the account page."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import pgettext_lazy
from wagtail.models import Page, WorkflowState

from community.models import CommunityPage
from community.privacy import restricted_paths_hidden_from

from ..models import FieldReportPage, attach_communities

MAX_LISTED_PROPOSALS = 50


class ProposalStatus(models.TextChoices):
    PENDING = "pending", pgettext_lazy("field report proposal", "Awaiting moderation")
    PUBLISHED = "published", pgettext_lazy("field report proposal", "Published")
    # Wagtail calls the rejection of a task "request changes".
    CHANGES_REQUESTED = (
        "changes_requested",
        pgettext_lazy("field report proposal", "Rejected, changes requested"),
    )
    # A reviewer cancelled the workflow, or a site administrator deactivated it.
    MODERATION_STOPPED = (
        "moderation_stopped",
        pgettext_lazy("field report proposal", "Moderation stopped"),
    )
    NOT_PUBLISHED = (
        "not_published",
        pgettext_lazy("field report proposal", "Approved, not published"),
    )


# DSFR badge modifiers by status.
STATUS_BADGES = {
    ProposalStatus.PENDING: "fr-badge--info",
    ProposalStatus.PUBLISHED: "fr-badge--success",
    ProposalStatus.CHANGES_REQUESTED: "fr-badge--warning",
    ProposalStatus.MODERATION_STOPPED: "fr-badge--error",
    ProposalStatus.NOT_PUBLISHED: "",
}


@dataclass
class Proposal:
    """One proposal as its owner may read it.

    `community` and `title` are None when the proposal belongs to a reserved community that the
    owner can no longer see, because only its members may read its names.
    """

    page: FieldReportPage
    community: CommunityPage | None
    title: str | None
    status: ProposalStatus
    comment: str
    is_readable: bool

    @property
    def status_label(self):
        return self.status.label

    @property
    def badge_class(self):
        return STATUS_BADGES[self.status]


def proposals_of(user):
    """Return the latest field reports that `user` owns and sent to moderation, newest first."""
    pages = list(
        FieldReportPage.objects.filter(owner=user).order_by("-latest_revision_created_at", "-pk")
    )
    states = latest_workflow_states(pages)
    pages = [page for page in pages if page.pk in states][:MAX_LISTED_PROPOSALS]
    attach_communities(pages)
    hidden_paths = restricted_paths_hidden_from(user)

    proposals = []
    for page in pages:
        community = page.community
        community_readable = community is not None and _is_visible(community, hidden_paths)
        page_readable = community_readable and _is_visible(page, hidden_paths)
        status = moderation_status(page, states[page.pk])
        comment = ""
        if community_readable and status == ProposalStatus.CHANGES_REQUESTED:
            task_state = states[page.pk].current_task_state
            comment = task_state.comment if task_state else ""
        proposals.append(
            Proposal(
                page=page,
                community=community if community_readable else None,
                title=page.title if community_readable else None,
                status=status,
                comment=comment,
                is_readable=page_readable,
            )
        )
    return proposals


def latest_workflow_states(pages):
    """Map the id of each page of `pages` to its latest workflow state, if it has one."""
    states = (
        WorkflowState.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=[str(page.pk) for page in pages],
        )
        .select_related("current_task_state")
        .order_by("created_at", "pk")
    )
    return {int(state.object_id): state for state in states}


def moderation_status(page, workflow_state):
    if page.live:
        return ProposalStatus.PUBLISHED
    return {
        WorkflowState.STATUS_IN_PROGRESS: ProposalStatus.PENDING,
        WorkflowState.STATUS_NEEDS_CHANGES: ProposalStatus.CHANGES_REQUESTED,
        WorkflowState.STATUS_CANCELLED: ProposalStatus.MODERATION_STOPPED,
    }.get(workflow_state.status, ProposalStatus.NOT_PUBLISHED)


def _is_visible(page, hidden_paths):
    """Apply the rule of `community.privacy.can_see_page` with precomputed hidden paths."""
    if not page.live or (page.expire_at and page.expire_at <= timezone.now()):
        return False
    return not any(page.path.startswith(path) for path in hidden_paths)
