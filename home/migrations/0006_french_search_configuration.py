"""Create the text search configuration of site search on PostgreSQL; nothing elsewhere.

`french_unaccent` splits text as the built-in `french` configuration does, removes accents
with the unaccent extension, then stems words with a French Snowball dictionary. That
dictionary has no stop words because the site's query parser leaves them out itself, the same
way on every database. Run `manage.py update_index` after this migration.

NOTE: PostgreSQL treats every non-ASCII character as a letter in a database whose LC_CTYPE is
"C", so "l’immeuble" would stay one word there. Use a UTF-8 locale such as C.UTF-8.
"""

from django.db import migrations

CONFIGURATION = "french_unaccent"
DICTIONARY = "french_unaccent_stem"

CREATE = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    f"CREATE TEXT SEARCH DICTIONARY {DICTIONARY} (TEMPLATE = snowball, LANGUAGE = french)",
    f"CREATE TEXT SEARCH CONFIGURATION {CONFIGURATION} (COPY = french)",
    f"ALTER TEXT SEARCH CONFIGURATION {CONFIGURATION} "
    f"ALTER MAPPING FOR asciiword, asciihword, hword_asciipart WITH {DICTIONARY}",
    f"ALTER TEXT SEARCH CONFIGURATION {CONFIGURATION} "
    f"ALTER MAPPING FOR word, hword, hword_part WITH unaccent, {DICTIONARY}",
    # Words with digits, such as "3ème" or "co2", are kept whole, without their accents.
    f"ALTER TEXT SEARCH CONFIGURATION {CONFIGURATION} "
    "ALTER MAPPING FOR numword, numhword, hword_numpart WITH unaccent, simple",
]

DROP = [
    f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIGURATION}",
    f"DROP TEXT SEARCH DICTIONARY IF EXISTS {DICTIONARY}",
    "DROP EXTENSION IF EXISTS unaccent",
]


def on_postgresql(statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0005_subscribe_active_members"),
    ]

    operations = [
        migrations.RunPython(on_postgresql(CREATE), on_postgresql(DROP)),
    ]
