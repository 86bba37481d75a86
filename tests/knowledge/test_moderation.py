"""Facilitators moderate field report proposals in the Wagtail admin; proposers get e-mails."""

import io

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)

from community.models import Role
from home.management.commands.load_demo import DEMO_PROPOSAL
from home.management.commands.load_demo import Command as LoadDemoCommand
from knowledge.models import FieldReportIndexPage, FieldReportPage
from knowledge.moderation import ensure_moderation_workflow
from knowledge.proposals.account import ProposalStatus
from tests.factories import (
    CommunityPageFactory,
    InstructionPageFactory,
    MembershipFactory,
    SuperuserFactory,
    UserFactory,
    reference_index,
)

TITLE = "Halle de marché en ossature bois"
COMMENT = "Ajoutez le nom du bureau d'études et une photo du chantier."


def field_report_index(community):
    return FieldReportIndexPage.objects.child_of(community).get()


def proposal_data():
    return {
        "title": TITLE,
        "summary": "Une halle couverte de 600 m² en douglas local.",
        "latitude": "45,764043",
        "longitude": "4,835659",
        "status": "delivered",
    }


def propose(user, community):
    """Send a proposal as `user` from the site, then return the draft it created."""
    client = Client()
    client.force_login(user)
    response = client.post(
        reverse("knowledge:propose-field-report", args=[community.pk]), proposal_data()
    )
    assert response.status_code == 302
    return FieldReportPage.objects.get(owner=user)


def moderate(user, page, action, comment=""):
    """Approve or reject `page` as `user` through the workflow action view of the admin."""
    client = Client()
    client.force_login(user)
    task_state = page.current_workflow_state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, {"comment": comment})


def mails_to(user):
    return [message for message in mail.outbox if user.email in message.to]


@pytest.fixture
def member(community):
    return MembershipFactory(community=community, role=Role.MEMBER).user


@pytest.fixture
def community_facilitator(community):
    return MembershipFactory(community=community, role=Role.FACILITATOR).user


@pytest.fixture
def proposal(member, community, community_facilitator):
    page = propose(member, community)
    mail.outbox.clear()
    return page


def approve(facilitator, page, django_capture_on_commit_callbacks, comment=""):
    with django_capture_on_commit_callbacks(execute=True):
        response = moderate(facilitator, page, "approve", comment)
    assert response.status_code == 302
    return FieldReportPage.objects.get(pk=page.pk)


def reject(facilitator, page, django_capture_on_commit_callbacks, comment=COMMENT):
    with django_capture_on_commit_callbacks(execute=True):
        response = moderate(facilitator, page, "reject", comment)
    assert response.status_code == 302
    return FieldReportPage.objects.get(pk=page.pk)


# Provisioning of the workflow


@pytest.mark.django_db
def test_index_gets_moderation_workflow(community):
    index = field_report_index(community)

    assert WorkflowPage.objects.get(page=index).workflow.active


@pytest.mark.django_db
def test_workflow_task_is_facilitators_approval(community):
    workflow = field_report_index(community).get_workflow()

    tasks = list(workflow.tasks.specific())
    assert len(tasks) == 1
    assert isinstance(tasks[0], GroupApprovalTask)
    assert list(tasks[0].groups.all()) == [community.access.facilitators_group]


@pytest.mark.django_db
def test_workflow_named_after_community(community):
    workflow = field_report_index(community).get_workflow()

    assert community.title in workflow.name


@pytest.mark.django_db
def test_each_community_gets_its_own_workflow(community, reserved_community):
    workflow = field_report_index(community).get_workflow()

    assert workflow != field_report_index(reserved_community).get_workflow()


@pytest.mark.django_db
def test_republishing_community_keeps_one_workflow(community):
    workflow_count = Workflow.objects.count()
    task_count = GroupApprovalTask.objects.count()

    community.save_revision().publish()

    assert Workflow.objects.count() == workflow_count
    assert GroupApprovalTask.objects.count() == task_count


@pytest.mark.django_db
def test_ensure_returns_assigned_workflow(community):
    assert ensure_moderation_workflow(community) == field_report_index(community).get_workflow()


@pytest.mark.django_db
def test_renaming_community_renames_workflow_and_task(community):
    community.title = "Matériaux biosourcés"
    community.save_revision().publish()

    workflow = field_report_index(community).get_workflow()
    assert "Matériaux biosourcés" in workflow.name
    assert "Matériaux biosourcés" in workflow.tasks.get().name


@pytest.mark.django_db
def test_workflow_chosen_by_administrator_kept(community):
    chosen = Workflow.objects.create(name="Relecture par la direction")
    WorkflowPage.objects.filter(page=field_report_index(community)).update(workflow=chosen)

    community.save_revision().publish()

    assert field_report_index(community).get_workflow() == chosen
    assert chosen.name == "Relecture par la direction"


@pytest.mark.django_db
def test_deactivated_workflow_replaced_on_next_publication(community):
    old = field_report_index(community).get_workflow()
    old.deactivate()

    community.save_revision().publish()

    new = field_report_index(community).get_workflow()
    assert new is not None
    assert new != old


@pytest.mark.django_db
def test_community_without_index_gets_no_workflow(community):
    field_report_index(community).delete()

    assert ensure_moderation_workflow(community) is None


@pytest.mark.django_db
def test_facilitators_may_publish_in_community_subtree(community):
    publish = Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")

    assert GroupPagePermission.objects.filter(
        group=community.access.facilitators_group,
        page=Page.objects.get(pk=community.pk),
        permission=publish,
    ).exists()


# Submission


@pytest.mark.django_db
def test_facilitators_e_mailed_once_on_submission(member, community, community_facilitator):
    other_facilitator = MembershipFactory(community=community, role=Role.FACILITATOR).user

    propose(member, community)

    assert len(mails_to(community_facilitator)) == 1
    assert len(mails_to(other_facilitator)) == 1
    assert TITLE in mails_to(community_facilitator)[0].body


@pytest.mark.django_db
def test_proposer_not_e_mailed_on_submission(member, community, community_facilitator):
    propose(member, community)

    assert mails_to(member) == []


@pytest.mark.django_db
def test_facilitator_of_other_community_not_e_mailed(member, community, facilitator):
    propose(member, community)

    assert mails_to(facilitator) == []


@pytest.mark.django_db
def test_facilitator_dashboard_lists_proposal(client, community_facilitator, proposal):
    client.force_login(community_facilitator)

    response = client.get(reverse("wagtailadmin_home"))

    assert response.status_code == 200
    assert TITLE in response.content.decode()


@pytest.mark.django_db
def test_other_facilitator_dashboard_omits_proposal(client, facilitator, proposal):
    client.force_login(facilitator)

    response = client.get(reverse("wagtailadmin_home"))

    assert TITLE not in response.content.decode()


# Approval


@pytest.mark.django_db
def test_approval_publishes_proposal(
    community_facilitator, proposal, django_capture_on_commit_callbacks
):
    page = approve(community_facilitator, proposal, django_capture_on_commit_callbacks)

    assert page.live
    assert page.current_workflow_state is None
    assert page.workflow_states.get().status == WorkflowState.STATUS_APPROVED


@pytest.mark.django_db
def test_published_proposal_served_to_visitors(
    community_facilitator, proposal, django_capture_on_commit_callbacks
):
    page = approve(community_facilitator, proposal, django_capture_on_commit_callbacks)

    response = Client().get(page.url)

    assert response.status_code == 200
    assert TITLE in response.content.decode()


@pytest.mark.django_db
def test_approval_e_mails_proposer_once(
    member, community_facilitator, proposal, django_capture_on_commit_callbacks
):
    approve(community_facilitator, proposal, django_capture_on_commit_callbacks)

    assert len(mails_to(member)) == 1


@pytest.mark.django_db
def test_approval_e_mail_in_french_with_page_link(
    member, community, community_facilitator, proposal, django_capture_on_commit_callbacks
):
    page = approve(community_facilitator, proposal, django_capture_on_commit_callbacks)

    message = mails_to(member)[0]
    with translation.override("fr"):
        subject = gettext("Your field report “%(title)s” has been approved") % {"title": TITLE}
    assert message.subject == subject
    assert page.full_url in message.body
    assert community.title in message.body


@pytest.mark.django_db
def test_approval_e_mail_keeps_apostrophes(
    member, community_facilitator, django_capture_on_commit_callbacks, community
):
    page = propose(member, community)
    page.title = "L'école en paille"
    page.save_revision(user=member)

    approve(community_facilitator, page, django_capture_on_commit_callbacks)

    assert "L'école en paille" in mails_to(member)[0].subject


@pytest.mark.django_db
def test_approval_by_owner_sends_no_e_mail(
    community, community_facilitator, django_capture_on_commit_callbacks
):
    page = propose(community_facilitator, community)
    mail.outbox.clear()

    approve(community_facilitator, page, django_capture_on_commit_callbacks)

    assert mails_to(community_facilitator) == []


@pytest.mark.django_db
def test_proposer_without_e_mail_address_skipped(
    member, community_facilitator, proposal, django_capture_on_commit_callbacks
):
    member.email = ""
    member.save()

    page = approve(community_facilitator, proposal, django_capture_on_commit_callbacks)

    assert page.live
    assert mail.outbox == []


# Rejection


@pytest.mark.django_db
def test_rejection_keeps_proposal_draft(
    community_facilitator, proposal, django_capture_on_commit_callbacks
):
    page = reject(community_facilitator, proposal, django_capture_on_commit_callbacks)

    assert not page.live
    assert page.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES


@pytest.mark.django_db
def test_rejection_e_mails_proposer_with_comment(
    member, community_facilitator, proposal, django_capture_on_commit_callbacks
):
    reject(community_facilitator, proposal, django_capture_on_commit_callbacks)

    messages = mails_to(member)
    assert len(messages) == 1
    assert COMMENT in messages[0].body
    assert "/comptes/mon-compte/" in messages[0].body
    assert "/admin/" not in messages[0].body


@pytest.mark.django_db
def test_rejection_e_mail_subject_in_french(
    member, community_facilitator, proposal, django_capture_on_commit_callbacks
):
    reject(community_facilitator, proposal, django_capture_on_commit_callbacks)

    with translation.override("fr"):
        subject = gettext("Your field report “%(title)s” needs changes") % {"title": TITLE}
    assert mails_to(member)[0].subject == subject


@pytest.mark.django_db
def test_former_member_e_mail_names_nothing(reserved_community, django_capture_on_commit_callbacks):
    membership = MembershipFactory(community=reserved_community)
    facilitator = MembershipFactory(community=reserved_community, role=Role.FACILITATOR).user
    page = propose(membership.user, reserved_community)
    membership.delete()
    mail.outbox.clear()

    reject(facilitator, page, django_capture_on_commit_callbacks)

    message = mails_to(membership.user)[0]
    assert reserved_community.title not in message.subject + message.body
    assert TITLE not in message.subject + message.body
    assert COMMENT not in message.body


# Who may moderate


@pytest.mark.django_db
def test_facilitator_of_other_community_cannot_approve(facilitator, proposal):
    response = moderate(facilitator, proposal, "approve")

    assert response.status_code == 403
    assert FieldReportPage.objects.get(pk=proposal.pk).workflow_in_progress


@pytest.mark.django_db
def test_member_cannot_approve(member, proposal):
    response = moderate(member, proposal, "approve")

    assert response.status_code in (302, 403)
    page = FieldReportPage.objects.get(pk=proposal.pk)
    assert page.workflow_in_progress
    assert not page.live


@pytest.mark.django_db
def test_proposer_cannot_open_draft_in_admin(member, proposal):
    client = Client()
    client.force_login(member)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[proposal.pk]))

    assert response.status_code in (302, 403)


# The account page follows the moderation


def account_page(user):
    client = Client()
    client.force_login(user)
    return client.get(reverse("account:profile")).content.decode()


@pytest.mark.django_db
def test_account_shows_published_proposal_with_link(
    member, community_facilitator, proposal, django_capture_on_commit_callbacks
):
    page = approve(community_facilitator, proposal, django_capture_on_commit_callbacks)

    content = account_page(member)

    assert f'href="{page.url}"' in content
    assert str(ProposalStatus.PUBLISHED.label) in content


@pytest.mark.django_db
def test_account_shows_changes_requested_with_comment(
    member, community_facilitator, proposal, django_capture_on_commit_callbacks
):
    reject(community_facilitator, proposal, django_capture_on_commit_callbacks)

    content = account_page(member)

    assert str(ProposalStatus.CHANGES_REQUESTED.label) in content
    assert "Ajoutez le nom du bureau d&#x27;études" in content


@pytest.mark.django_db
def test_account_shows_cancelled_moderation(community_facilitator, member, proposal):
    proposal.current_workflow_state.cancel(user=community_facilitator)

    content = account_page(member)

    assert str(ProposalStatus.MODERATION_STOPPED.label) in content


# Wagtail's own notifications of other pages


@pytest.mark.django_db
def test_wagtail_requester_e_mail_kept_for_other_pages(community):
    editor = UserFactory()
    page = InstructionPageFactory(parent=reference_index(community), publish=False)
    workflow = Workflow.objects.create(name="Relecture")
    task = GroupApprovalTask.objects.create(name="Relecture par l'administration")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    state = workflow.start(page, editor)
    mail.outbox.clear()

    task.on_action(state.current_task_state, SuperuserFactory(), "approve")

    assert len(mails_to(editor)) == 1


@pytest.mark.django_db
def test_other_community_workflow_untouched(member, community):
    other = CommunityPageFactory()
    other_workflow = field_report_index(other).get_workflow()

    propose(member, community)

    assert field_report_index(other).get_workflow() == other_workflow


# The demo proposal


def load_demo_proposal():
    command = LoadDemoCommand(stdout=io.StringIO())
    command.created = []
    command.load_demo_proposal()
    return command


@pytest.mark.django_db
def test_demo_proposal_awaits_moderation(community):
    member = MembershipFactory(community=community, role=Role.MEMBER).user

    load_demo_proposal()

    page = FieldReportPage.objects.get(owner=member)
    assert page.slug == DEMO_PROPOSAL["slug"]
    assert page.workflow_in_progress
    assert not page.live


@pytest.mark.django_db
def test_demo_proposal_loaded_once(community):
    MembershipFactory(community=community, role=Role.EXPERT)

    load_demo_proposal()
    command = load_demo_proposal()

    assert FieldReportPage.objects.count() == 1
    assert command.created == []


@pytest.mark.django_db
def test_demo_proposal_needs_member_or_expert(community, community_facilitator):
    command = load_demo_proposal()

    assert not FieldReportPage.objects.exists()
    assert "not loaded" in command.stdout.getvalue()
