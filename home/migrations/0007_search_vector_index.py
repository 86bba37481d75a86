"""Index the search vector that the PostgreSQL search backend matches; nothing elsewhere.

Wagtail's database backend matches `title || body` of its index entries, while its own GIN
indexes cover each column apart, so without this index every search reads every entry. The
ANALYZE gives the planner statistics on the expression: without them it expects one match,
and runs the privacy rule's subqueries once per matching page. See docs/benchmarks.md.
"""

from django.db import migrations

INDEX = "home_search_title_body_gin"


def on_postgresql(statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return operation


CREATE = [
    f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry USING gin ((title || body))",
    "ANALYZE wagtailsearch_indexentry",
]
DROP = [f"DROP INDEX IF EXISTS {INDEX}"]


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0006_french_search_configuration"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [
        migrations.RunPython(on_postgresql(CREATE), on_postgresql(DROP)),
    ]
