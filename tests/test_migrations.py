"""The models and the committed migrations agree."""

import pytest
from django.core.management import call_command
from wagtail.models import Task, Workflow


@pytest.mark.django_db
def test_models_have_no_missing_migration():
    # makemigrations --check exits with status 1 when a migration is missing.
    try:
        call_command("makemigrations", "--check", "--dry-run", verbosity=0)
    except SystemExit as exit_:
        pytest.fail(f"makemigrations --check exited with status {exit_.code}: run makemigrations.")


@pytest.mark.django_db
def test_default_workflow_has_a_french_name():
    assert not Workflow.objects.filter(name="Moderators approval").exists()
    assert not Task.objects.filter(name="Moderators approval").exists()
    assert Workflow.objects.filter(name="Validation par les modérateurs").exists()
