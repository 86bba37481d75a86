"""Moderation of field reports: one Wagtail workflow per community, and e-mails to proposers.

The field report index of each community gets a workflow with a single group approval task
for the community's facilitators group, so facilitators approve or reject proposals from the
"proposals awaiting moderation" panel of the Wagtail dashboard (knowledge/dashboard.py).

Facilitators hear of a new proposal from the group approval task e-mail of Wagtail 8.0, which
links to the preview and to the editor. This module sends them nothing more.

The owner of a field report hears of its approval or rejection from this module, in French,
with a link to the page or to their account. Wagtail would also e-mail the requester of the
workflow, with links into the admin that members cannot open. Its approval and rejection
notifiers in `wagtail.admin.signal_handlers` are therefore wrapped to skip the states whose
requester is the owner notified here.
"""

import logging

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.mail import send_mail
from django.db import transaction
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.admin import signal_handlers as wagtail_notifiers
from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowState, WorkflowTask
from wagtail.signals import workflow_approved, workflow_rejected
from wagtail.users.models import UserProfile

from community.privacy import can_see_page

from .models import FieldReportIndexPage, FieldReportPage

logger = logging.getLogger(__name__)

NAME_MAX_LENGTH = 255


@transaction.atomic
def ensure_moderation_workflow(community):
    """Create the moderation workflow of the field reports of `community` if missing.

    Return the workflow assigned to the field report index, or None while the community has no
    index. A workflow that a site administrator assigned to the index instead is kept as it is.
    Wagtail deletes the assignment when a workflow is deactivated, so the next call provisions
    a new one: proposals of members reach facilitators through this workflow only.
    """
    index = FieldReportIndexPage.objects.child_of(community).first()
    if index is None:
        return None
    facilitators = community.access.facilitators_group

    assignment = WorkflowPage.objects.filter(page=index).select_related("workflow").first()
    if assignment is None:
        workflow = _create_workflow(community, facilitators)
        WorkflowPage.objects.create(page=index, workflow=workflow)
        logger.info("Created moderation workflow %s for community %s", workflow.pk, community.pk)
        return workflow

    workflow = assignment.workflow
    task = _provisioned_task(workflow, facilitators)
    if task is not None:
        _rename(workflow, task, community)
    return workflow


def _workflow_name(community):
    name = _("Field report moderation – %(community)s") % {"community": community.title}
    return name[:NAME_MAX_LENGTH]


def _task_name(community):
    name = _("Approval by the facilitators – %(community)s") % {"community": community.title}
    return name[:NAME_MAX_LENGTH]


def _create_workflow(community, facilitators):
    task = GroupApprovalTask.objects.create(name=_task_name(community))
    task.groups.set([facilitators])
    workflow = Workflow.objects.create(name=_workflow_name(community))
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def _provisioned_task(workflow, facilitators):
    """Return the only task of `workflow` if it is the approval by `facilitators`, else None."""
    tasks = list(workflow.tasks.specific())
    if len(tasks) != 1 or not isinstance(tasks[0], GroupApprovalTask):
        return None
    task = tasks[0]
    if list(task.groups.values_list("pk", flat=True)) != [facilitators.pk]:
        return None
    return task


def _rename(workflow, task, community):
    for obj, name in ((workflow, _workflow_name(community)), (task, _task_name(community))):
        if obj.name != name:
            obj.name = name
            obj.save(update_fields=["name"])


# Notifications of the proposer


def field_report_of(workflow_state):
    """Return the field report that `workflow_state` moderates, or None for another page."""
    if workflow_state is None:
        return None
    field_report_type = ContentType.objects.get_for_model(FieldReportPage)
    if workflow_state.content_type_id != field_report_type.pk:
        return None
    return (
        FieldReportPage.objects.filter(pk=workflow_state.object_id).select_related("owner").first()
    )


@receiver(workflow_approved, sender=WorkflowState, dispatch_uid="knowledge_notify_approval")
def notify_owner_of_approval(sender, instance, user=None, **kwargs):
    notify_owner(instance, "approved", triggering_user=user)


@receiver(workflow_rejected, sender=WorkflowState, dispatch_uid="knowledge_notify_rejection")
def notify_owner_of_rejection(sender, instance, user=None, **kwargs):
    notify_owner(instance, "rejected", triggering_user=user)


def notify_owner(workflow_state, notification, triggering_user=None):
    """E-mail the owner of a moderated field report once the transaction commits.

    `notification` is "approved" or "rejected", the names of Wagtail's notification
    preferences, which the owner may have turned off in the admin.
    """
    page = field_report_of(workflow_state)
    if page is None:
        return
    owner = page.owner
    if owner is None or owner == triggering_user or not owner.is_active or not owner.email:
        return
    if not getattr(UserProfile.get_for_user(owner), f"{notification}_notifications"):
        return

    context = _email_context(page, owner, workflow_state)
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string(f"knowledge/emails/proposal_{notification}_subject.txt", context)
        body = render_to_string(f"knowledge/emails/proposal_{notification}.txt", context)
    subject = " ".join(subject.split())

    transaction.on_commit(lambda: _send(subject, body, owner, page))


def _email_context(page, owner, workflow_state):
    community = page.community
    # The owner may have left a reserved community since proposing: name none of it then.
    community_visible = community is not None and can_see_page(owner, community)
    site = page.get_site()
    root_url = site.root_url if site else settings.WAGTAILADMIN_BASE_URL
    task_state = workflow_state.current_task_state
    return {
        "page": page,
        "community": community if community_visible else None,
        "page_url": page.full_url if community_visible and can_see_page(owner, page) else "",
        "account_url": root_url + reverse("account:profile"),
        "comment": task_state.specific.get_comment() if task_state else "",
    }


def _send(subject, body, owner, page):
    try:
        send_mail(subject, body, None, [owner.email])
    except OSError:
        # An unreachable mail server must not undo a moderation decision already committed.
        logger.exception("Failed to e-mail user %s about field report %s", owner.pk, page.pk)


class SkipOwnerNotifiedHere:
    """A Wagtail notifier that skips the field reports whose requester `notify_owner` e-mails."""

    def __init__(self, notifier):
        self.notifier = notifier

    def __call__(self, instance=None, **kwargs):
        page = field_report_of(instance)
        if page is not None and instance.requested_by_id == page.owner_id:
            return True
        return self.notifier(instance=instance, **kwargs)


def replace_wagtail_requester_notifiers():
    """Connect the wrapped Wagtail notifiers under the dispatch_uid of the originals.

    Django connects one receiver per dispatch_uid, so Wagtail's own registration, which runs in
    the ready() of wagtail.admin after this app's, then leaves the wrapped ones in place. When
    it ran first, the originals are disconnected here.
    """
    wagtail_notifiers.register_signal_handlers()
    replacements = [
        (
            workflow_approved,
            "workflow_state_approved_email_notification",
            wagtail_notifiers.workflow_approval_email_notifier,
        ),
        (
            workflow_rejected,
            "workflow_state_rejected_email_notification",
            wagtail_notifiers.workflow_rejection_email_notifier,
        ),
    ]
    for signal, dispatch_uid, notifier in replacements:
        signal.disconnect(sender=WorkflowState, dispatch_uid=dispatch_uid)
        signal.connect(
            SkipOwnerNotifiedHere(notifier),
            sender=WorkflowState,
            dispatch_uid=dispatch_uid,
            weak=False,
        )


replace_wagtail_requester_notifiers()
