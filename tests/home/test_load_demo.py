"""`manage.py load_demo`: idempotent, renders, and never runs with the production settings."""

import io
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from django.test import override_settings
from wagtail.models import Page, Site

from community.models import CommunityPage, Membership

COUNTED_MODELS = {
    "pages": Page,
    "users": get_user_model(),
    "memberships": Membership,
    "groups": Group,
}


def load_demo():
    """Run the command and return its standard output."""
    output = io.StringIO()
    call_command("load_demo", stdout=output)
    return output.getvalue()


def count_objects():
    return {name: model.objects.count() for name, model in COUNTED_MODELS.items()}


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """Load the demo twice in one transaction, rolled back at the end of the module."""
    with django_db_blocker.unblock(), transaction.atomic():
        first_output = load_demo()
        first_counts = count_objects()
        second_output = load_demo()
        second_counts = count_objects()
        yield {
            "first output": first_output,
            "first counts": first_counts,
            "second output": second_output,
            "second counts": second_counts,
        }
        transaction.set_rollback(True)


@pytest.mark.django_db
def test_first_load_creates_communities(demo):
    assert CommunityPage.objects.live().exists()


@pytest.mark.django_db
@pytest.mark.parametrize("name", COUNTED_MODELS)
def test_second_load_creates_nothing(demo, name):
    assert demo["second counts"][name] == demo["first counts"][name]


@pytest.mark.django_db
def test_second_load_reports_nothing_changed(demo):
    assert "nothing changed" in demo["second output"]


@pytest.mark.django_db
def test_first_load_reports_what_it_created(demo):
    assert "nothing changed" not in demo["first output"]


@pytest.mark.django_db
def test_every_demo_page_renders_for_superuser(client, demo):
    client.force_login(get_user_model().objects.filter(is_superuser=True).first())

    statuses = {
        page.url: client.get(page.url).status_code
        for page in Page.objects.live().filter(depth__gt=1)
    }

    assert {url: status for url, status in statuses.items() if status != 200} == {}


@pytest.mark.django_db
def test_footer_leads_to_the_accessibility_statement(client, demo):
    footer = client.get("/").content.decode().split('id="footer"')[1]
    statement = client.get("/declaration-accessibilite/").content.decode()

    assert 'href="/declaration-accessibilite/"' in footer
    assert "Accessibilité : non conforme" in footer
    for part in ("État de conformité", "axe-core", "Signaler un problème", "Voies de recours"):
        assert part in statement


@pytest.mark.django_db
@override_settings(IS_PRODUCTION=True)
def test_load_demo_refuses_production_flag():
    with pytest.raises(CommandError):
        call_command("load_demo", stdout=io.StringIO())


@pytest.mark.django_db
@override_settings(IS_PRODUCTION=True)
def test_load_demo_in_production_creates_nothing():
    page_count = Page.objects.count()

    with pytest.raises(CommandError):
        call_command("load_demo", stdout=io.StringIO())

    assert Page.objects.count() == page_count


def test_load_demo_refuses_production_settings_module(tmp_path):
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "x" * 64,
        "ALLOWED_HOSTS": "rencontre.example.gouv.fr",
        # An empty database: the command must stop before it reads anything.
        "DATABASE_URL": f"sqlite:///{tmp_path / 'production.sqlite3'}",
    }

    result = subprocess.run(
        [sys.executable, "manage.py", "load_demo"],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode != 0
    assert "production" in result.stderr


@pytest.mark.django_db
def test_load_demo_gives_the_site_the_served_address():
    call_command("load_demo", "--address", "127.0.0.1:8123", stdout=io.StringIO())

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8123)


@pytest.mark.django_db
def test_load_demo_refuses_an_address_without_port():
    with pytest.raises(CommandError):
        call_command("load_demo", "--address", "127.0.0.1", stdout=io.StringIO())
