"""SQLite settings for two writers at once, as the editor's autosave and save button can be.

With Django's default deferred transactions, the second writer fails at once with "database is
locked"; immediate transactions make it wait up to the timeout.
"""

import pytest
from django.conf import settings

pytestmark = pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
    reason="the writers' lock is SQLite's",
)


def test_transactions_take_the_write_lock_at_once():
    assert settings.DATABASES["default"]["OPTIONS"]["transaction_mode"] == "IMMEDIATE"


def test_second_writer_waits_seconds():
    assert settings.DATABASES["default"]["OPTIONS"]["timeout"] >= 5
