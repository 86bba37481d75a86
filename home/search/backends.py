"""The Wagtail search backend of the site, chosen by the database vendor.

Settings import `search_backend_settings` before Django is set up, so this module imports the
backends only when Wagtail asks for one.
"""

# Name of the text search configuration that the `home` migrations create on PostgreSQL.
POSTGRES_SEARCH_CONFIG = "french_unaccent"


def search_backend_settings(database_engine):
    """Return the WAGTAILSEARCH_BACKENDS setting for the Django database engine path given."""
    backend = {"BACKEND": "home.search.backends"}
    if "postgresql" in database_engine:
        backend["SEARCH_CONFIG"] = POSTGRES_SEARCH_CONFIG
    return {"default": backend}


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    """Return the database backend, with French analysis when it is SQLite's FTS5 backend.

    Wagtail's database backend picks PostgreSQL, MySQL, SQLite with FTS5, or its fallback
    without full text search; only the FTS5 one is replaced.
    """
    from django.db import connection
    from modelsearch.backends.database import SearchBackend as database_backend

    backend = database_backend(params)
    if connection.vendor != "sqlite":
        return backend

    # The SQLite modules of Wagtail's backend can only be imported with a SQLite database.
    from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

    from .sqlite_fts import FrenchSQLiteSearchBackend

    if isinstance(backend, SQLiteSearchBackend):
        return FrenchSQLiteSearchBackend(params)
    return backend
