"""Fixtures of the browser tests: Debian's Chromium driven by Playwright's sync API."""

import io
import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.db import connections
from pytest_django.plugin import blocking_manager_key

# Journeys make their checks in a helper module: let pytest explain a failing assert there.
pytest.register_assert_rewrite("tests.e2e.journeys")

from .journeys import Journey  # noqa: E402

CHROMIUM_PATH = Path("/usr/bin/chromium")
# No sandbox because the tests may run as root in a container; the other switches stop
# Chromium from calling Google services in the background.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(autouse=True)
def allow_sync_orm_beside_event_loop(monkeypatch):
    # Playwright's sync API runs an event loop in the test thread, and Django refuses ORM
    # calls from a thread with a running loop unless this variable is set.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture
def browser():
    if not CHROMIUM_PATH.exists():
        reason = f"{CHROMIUM_PATH} is missing: install Debian's chromium package."
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)

    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM_PATH), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def demo_portal(live_server):
    """The demo portal, its site served at the live server's address.

    The test must be transactional, with serialized_rollback so that the home page and the
    site created by a data migration come back for the tests that follow.
    """
    address = urlsplit(live_server.url).netloc
    call_command("load_demo", "--address", address, stdout=io.StringIO())
    return live_server


@pytest.fixture
def journey(browser, live_server):
    journey = Journey(browser, live_server)
    yield journey
    journey.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """Reload the migrations' data once a browser test has emptied the database.

    A transactional test ends by emptying every table, and serialized_rollback reloads the
    data only when the next transactional test starts. pytest-django runs those tests last,
    but pytest-xdist may still hand a worker another module afterwards, whose tests would find
    no home page.
    """
    yield
    with item.config.stash[blocking_manager_key].unblock():
        for connection in connections.all():
            contents = getattr(connection, "_test_serialized_contents", None)
            if contents:
                connection.creation.deserialize_db_from_string(contents)
