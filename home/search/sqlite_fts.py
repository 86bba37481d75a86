"""Wagtail's SQLite FTS5 search backend, with the French analysis of `analysis`.

FTS5 folds accents but has no French stemmer. This backend stores the stems of each title and
body in the index in place of their text, and looks up the stems of the query words, so that
"logements" finds "logement" as it does on PostgreSQL.
"""

from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import Phrase, PlainText
from modelsearch.utils import get_content_type_pk

from .analysis import analysed_text

# Matches nothing: FTS5 splits words at "_", so this phrase has no word, and the analysis never
# returns an empty stem. Used when a query has no word at all, such as "?!".
NO_WORD_PHRASE = "_"


class FrenchSQLiteIndex(SQLiteIndex):
    def add_items(self, model, objs):
        super().add_items(model, objs)
        self.store_stems(model, objs)

    def store_stems(self, model, objs):
        """Replace the title and body that the parent class stored for `objs` by their stems.

        The FTS5 table follows through the triggers of Wagtail's search migrations.
        """
        object_ids = [str(obj.pk) for obj in objs]
        entries = list(
            self.entries.filter(
                content_type_id=get_content_type_pk(model), object_id__in=object_ids
            ).only("pk", "title", "body")
        )
        for entry in entries:
            entry.title = analysed_text(entry.title)
            entry.body = analysed_text(entry.body)
        self.entries.bulk_update(entries, ["title", "body"])


class FrenchSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            query = PlainText(
                analysed_text(query.query_string) or NO_WORD_PHRASE,
                operator=query.operator,
                boost=query.boost,
            )
        elif isinstance(query, Phrase):
            query = Phrase(analysed_text(query.query_string) or NO_WORD_PHRASE)
        return super().build_search_query_content(query, config=config)


class FrenchSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = FrenchSQLiteSearchQueryCompiler
    index_class = FrenchSQLiteIndex
