"""Entries are written on first publications, reference page updates and (reference) answers."""

import datetime

import pytest
from django.core.management import call_command

from home.activity.models import ActivityEntry, ActivityKind
from home.activity.recording import record_answer, record_publication
from qa.threads import edit_answer, post_answer, set_reference_answer

from ...factories import (
    ArticlePageFactory,
    EventPageFactory,
    ReportingPageFactory,
    StandardPageFactory,
    event_index,
    reference_index,
)
from ...knowledge.map_helpers import FieldReportPageFactory, field_report_index
from .conftest import NOW, paris

pytestmark = pytest.mark.django_db


def entries_of(page):
    return list(ActivityEntry.objects.filter(page_id=page.pk).order_by("occurred_at", "pk"))


def republish(page):
    page.refresh_from_db()
    page.save_revision().publish()


def test_instruction_first_publication(instruction, community):
    [entry] = entries_of(instruction)

    assert entry.kind == ActivityKind.REFERENCE_NEW
    assert entry.community_id == community.pk
    assert entry.answer_id is None
    assert entry.occurred_at == NOW


@pytest.mark.parametrize(
    ("make_page", "kind"),
    [
        (lambda c: ReportingPageFactory(parent=reference_index(c)), ActivityKind.REFERENCE_NEW),
        (lambda c: ArticlePageFactory(parent=reference_index(c)), ActivityKind.REFERENCE_NEW),
        (
            lambda c: FieldReportPageFactory(parent=field_report_index(c)),
            ActivityKind.FIELD_REPORT_NEW,
        ),
        (lambda c: EventPageFactory(parent=event_index(c)), ActivityKind.EVENT_NEW),
    ],
    ids=["reporting", "article", "field report", "event"],
)
def test_first_publication_kind(community, clock, make_page, kind):
    page = make_page(community)

    assert [entry.kind for entry in entries_of(page)] == [kind]


def test_question_credited_to_asker(question, member):
    [entry] = entries_of(question)

    assert entry.kind == ActivityKind.QUESTION_NEW
    assert entry.actor_id == member.pk


def test_unpublished_draft_not_recorded(community, clock):
    draft = ReportingPageFactory(parent=reference_index(community), publish=False)

    assert entries_of(draft) == []


def test_reference_updates_once_per_day(instruction, clock):
    clock.move_to(paris(2026, 3, 11, 9, 0))
    republish(instruction)
    clock.move_to(paris(2026, 3, 11, 17, 30))
    republish(instruction)

    entries = entries_of(instruction)

    assert [entry.kind for entry in entries] == [
        ActivityKind.REFERENCE_NEW,
        ActivityKind.REFERENCE_UPDATED,
    ]
    assert entries[1].occurred_at == paris(2026, 3, 11, 17, 30)


def test_reference_updates_on_two_days(instruction, clock):
    clock.move_to(paris(2026, 3, 11, 9, 0))
    republish(instruction)
    clock.move_to(paris(2026, 3, 12, 9, 0))
    republish(instruction)

    kinds = [entry.kind for entry in entries_of(instruction)]

    assert kinds.count(ActivityKind.REFERENCE_UPDATED) == 2


def test_update_on_publication_day_merges(instruction, clock):
    clock.move_to(NOW + datetime.timedelta(hours=3))
    republish(instruction)

    [entry] = entries_of(instruction)

    assert entry.kind == ActivityKind.REFERENCE_NEW
    assert entry.occurred_at == NOW + datetime.timedelta(hours=3)


def test_question_republished_not_recorded(question, clock):
    clock.move_to(paris(2026, 3, 11, 9, 0))
    republish(question)

    assert [entry.kind for entry in entries_of(question)] == [ActivityKind.QUESTION_NEW]


def test_event_republished_not_recorded(upcoming_event, clock):
    clock.move_to(paris(2026, 3, 11, 9, 0))
    republish(upcoming_event)

    assert [entry.kind for entry in entries_of(upcoming_event)] == [ActivityKind.EVENT_NEW]


def test_new_answer_recorded(question, member, clock):
    clock.move_to(NOW + datetime.timedelta(hours=2))
    answer = post_answer(question, member, "Un enduit chaux-chanvre laisse respirer le mur.")

    entry = ActivityEntry.objects.get(kind=ActivityKind.ANSWER_NEW)

    assert entry.page_id == question.pk
    assert entry.answer_id == answer.pk
    assert entry.actor_id == member.pk
    assert entry.occurred_at == NOW + datetime.timedelta(hours=2)


def test_answer_on_reference_page_recorded(instruction, member):
    answer = post_answer(instruction, member, "La note vaut-elle pour les communes rurales ?")

    entry = ActivityEntry.objects.get(kind=ActivityKind.ANSWER_NEW)

    assert entry.page_id == instruction.pk
    assert entry.answer_id == answer.pk


def test_reply_and_edit_each_once(question, member):
    answer = post_answer(question, member, "Première réponse.")
    post_answer(question, member, "Précision en réponse.", parent=answer)
    edit_answer(answer, question, "Première réponse, corrigée.")

    assert ActivityEntry.objects.filter(kind=ActivityKind.ANSWER_NEW).count() == 2


def test_reference_answer_recorded_once(question, member, clock):
    answer = post_answer(question, member, "Un enduit à la chaux.")
    clock.move_to(NOW + datetime.timedelta(hours=5))
    set_reference_answer(question, answer)
    set_reference_answer(question, None)
    set_reference_answer(question, answer)

    entries = ActivityEntry.objects.filter(kind=ActivityKind.REFERENCE_ANSWER)

    assert entries.count() == 1
    assert entries.get().answer_id == answer.pk
    assert entries.get().occurred_at == NOW + datetime.timedelta(hours=5)


def test_other_reference_answer_recorded(question, member, clock):
    first = post_answer(question, member, "Un enduit à la chaux.")
    second = post_answer(question, member, "Un enduit terre.")
    set_reference_answer(question, first)
    set_reference_answer(question, second)

    chosen = ActivityEntry.objects.filter(kind=ActivityKind.REFERENCE_ANSWER)

    assert sorted(chosen.values_list("answer_id", flat=True)) == sorted([first.pk, second.pk])


def test_page_outside_community_ignored(home, clock):
    page = StandardPageFactory(parent=home)

    assert record_publication(page) is None
    assert entries_of(page) == []


def test_answer_outside_community_ignored(home, member, clock):
    page = StandardPageFactory(parent=home)

    assert record_answer(answer=None, page=page) is None
    assert not ActivityEntry.objects.exists()


def test_rebuild_restores_entries(question, instruction, member, clock):
    answer = post_answer(question, member, "Un enduit à la chaux.")
    clock.move_to(NOW + datetime.timedelta(hours=1))
    set_reference_answer(question, answer)
    clock.move_to(paris(2026, 3, 12, 15, 0))
    republish(instruction)
    expected = set(ActivityEntry.objects.values_list("kind", "page_id", "answer_id", "occurred_at"))
    ActivityEntry.objects.all().delete()

    call_command("rebuild_activity", stdout=open_null())

    rebuilt = set(ActivityEntry.objects.values_list("kind", "page_id", "answer_id", "occurred_at"))
    assert rebuilt - expected == {
        # The rebuild dates a reference answer by its answer: the choice is not stored.
        (ActivityKind.REFERENCE_ANSWER, question.pk, answer.pk, answer.submit_date),
    }
    assert len(rebuilt) == len(expected)


def test_rebuild_follows_past_dates(instruction, clock):
    past = paris(2025, 11, 3, 9, 0)
    type(instruction).objects.filter(pk=instruction.pk).update(
        first_published_at=past, last_published_at=past
    )

    call_command("rebuild_activity", stdout=open_null())

    [entry] = entries_of(instruction)
    assert entry.occurred_at == past


def test_rebuild_reports_count(instruction, question):
    output = open_null()

    call_command("rebuild_activity", stdout=output)

    assert "2" in output.getvalue()


def open_null():
    import io

    return io.StringIO()
