"""The "proposals awaiting moderation" panel of the admin dashboard.

Members' field report proposals go through one group approval workflow per community (see
`knowledge.moderation`). This panel lists the pages whose current task the user may approve.
It replaces Wagtail's "Awaiting your review" panel, which runs queries for every listed page
and shows nothing when the queue is empty. Only pages are listed, because no snippet of this
project has a workflow.
"""

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import GroupApprovalTask, Page, TaskState

from community.dashboard import DashboardScope, age_label

PANEL_ITEM_COUNT = 5
WAGTAIL_REVIEW_PANEL = "workflow_objects_to_moderate"


def reviewable_task_states(user):
    """Return the task states in progress on pages that `user` may approve, oldest first.

    A superuser may approve every task, like in Wagtail. Another user approves the tasks of
    the group approval tasks of their groups, which for a facilitator are the moderation
    tasks of their communities.
    """
    page_type = ContentType.objects.get_for_model(Page)
    states = TaskState.objects.filter(
        status=TaskState.STATUS_IN_PROGRESS,
        task__active=True,
        workflow_state__base_content_type=page_type,
    )
    if not user.is_superuser:
        tasks = GroupApprovalTask.objects.filter(groups__user=user)
        states = states.filter(task__in=tasks.values("pk"))
    return states.order_by("started_at", "pk")


class ProposalsPanel(Component):
    """The pages awaiting the user's approval, with their community, proposer and age.

    Rendering runs four queries whatever the number of proposals: the count, the listed task
    states with their requesters, and their pages, after the communities of the scope.
    """

    name = "knowledge_proposals"
    template_name = "knowledge/admin/dashboard_proposals.html"
    order = 80

    def __init__(self, scope):
        self.scope = scope

    def get_context_data(self, parent_context=None):
        user = self.scope.user
        states = reviewable_task_states(user)
        listed = list(states.select_related("workflow_state__requested_by")[:PANEL_ITEM_COUNT])
        pages = Page.objects.filter(
            pk__in=[int(state.workflow_state.object_id) for state in listed]
        ).in_bulk()

        now = timezone.now()
        proposals = []
        for state in listed:
            page = pages.get(int(state.workflow_state.object_id))
            if page is None:
                continue
            proposals.append(
                {
                    "page": page,
                    "task_state": state,
                    "requester": state.workflow_state.requested_by,
                    "age": age_label(state.started_at, now),
                    "community": self.scope.community_of_path(page.path),
                }
            )
        return {
            "request": parent_context.get("request") if parent_context else None,
            "count": states.count(),
            "proposals": proposals,
            "show_community": len(self.scope.communities) > 1,
        }


def add_proposals_panel(request, panels):
    """Replace Wagtail's review panel with ProposalsPanel for facilitators and reviewers."""
    panels[:] = [panel for panel in panels if panel.name != WAGTAIL_REVIEW_PANEL]
    scope = DashboardScope(request.user)
    if scope or reviewable_task_states(request.user).exists():
        panels.append(ProposalsPanel(scope))
