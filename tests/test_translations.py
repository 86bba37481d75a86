"""The French catalogue is complete, compiled and up to date with the sources."""

import os
import shutil
import subprocess
import sys

import polib
import pytest
from django.conf import settings

CATALOGUE_DIR = settings.BASE_DIR / "locale" / "fr" / "LC_MESSAGES"
PO_PATH = CATALOGUE_DIR / "django.po"
MO_PATH = CATALOGUE_DIR / "django.mo"

# What `make messages` reads: the apps, the project package, the site-wide templates.
SOURCE_DIRS = ["home", "community", "knowledge", "qa", "config", "templates", "locale"]
SOURCE_FILES = ["manage.py"]


def message_key(entry):
    return (entry.msgctxt, entry.msgid, entry.msgid_plural)


def message_keys(catalogue):
    """Return the keys of the messages of `catalogue`, without its header and obsolete ones."""
    return {message_key(entry) for entry in catalogue if entry.msgid and not entry.obsolete}


def translations(catalogue):
    """Map each message key of `catalogue` to its translation, singular and plural forms."""
    return {
        message_key(entry): (entry.msgstr, tuple(sorted(entry.msgstr_plural.items())))
        for entry in catalogue
        if entry.msgid and not entry.obsolete
    }


@pytest.fixture(scope="module")
def po():
    if not PO_PATH.exists():
        pytest.fail(f"{PO_PATH} is missing: run `make messages`.")
    return polib.pofile(str(PO_PATH))


@pytest.fixture(scope="module")
def mo():
    if not MO_PATH.exists():
        pytest.fail(f"{MO_PATH} is missing: run `make messages`.")
    return polib.mofile(str(MO_PATH))


def test_every_message_is_translated(po):
    untranslated = [entry.msgid for entry in po.untranslated_entries()]

    assert untranslated == []


def test_no_message_is_fuzzy(po):
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]

    assert fuzzy == []


def test_compiled_catalogue_has_the_po_messages(po, mo):
    assert message_keys(mo) == message_keys(po)


def test_compiled_catalogue_has_the_po_translations(po, mo):
    assert translations(mo) == translations(po)


def test_catalogue_matches_sources(po, tmp_path):
    for name in SOURCE_DIRS:
        shutil.copytree(
            settings.BASE_DIR / name,
            tmp_path / name,
            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
        )
    for name in SOURCE_FILES:
        shutil.copy2(settings.BASE_DIR / name, tmp_path / name)

    # makemessages only reads the settings: no database is opened.
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"}
    result = subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "fr", "--no-obsolete"],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr

    regenerated = polib.pofile(str(tmp_path / "locale" / "fr" / "LC_MESSAGES" / "django.po"))
    assert message_keys(regenerated) == message_keys(po)
