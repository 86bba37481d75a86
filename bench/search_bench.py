"""Measure the site search at /recherche/ with 20,000 pages and 100,000 answers.

The script creates a throwaway database, seeds it, builds the search index, measures the
search view in-process with Django's test client, then drops the database:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \\
        .venv/bin/python bench/search_bench.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \\
        .venv/bin/python bench/search_bench.py --pages 2000 --answers 10000

With a PostgreSQL URL, the script creates the database `rdt_bench_search` (`--database`) on
that server and drops it at the end unless `--keep-database` is given. The database named in
the URL is only used to connect. Without DATABASE_URL the database is a SQLite file in the
temporary directory.

NOTE: only PostgreSQL runs have been made. The SQLite path follows the map benchmark's.

Communities and their index pages are created through Wagtail, as an editor would. Pages are
inserted in bulk with tree paths computed the way django-treebeard computes them, and answers
(django-comments-xtd comments on the questions) in bulk with their thread columns. The search
index is then built with `update_index`, which stores each question with the text of its
answers (`QuestionPage.answers_text`).
"""

import argparse
import datetime
import math
import os
import platform
import random
import statistics
import tempfile
import textwrap
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from geojson_bench import check_tree, last_child_step, setup_django
from search_corpus import (
    ARTICLE_FORMS,
    COMMUNITIES,
    EVENT_FORMS,
    FIELD_REPORT_FORMS,
    INSTRUCTION_FORMS,
    QUESTION_FORMS,
    REPORTING_FORMS,
    FrenchCorpus,
)

BASE_DIR = Path(__file__).resolve().parent.parent
BENCH_DATABASE = "rdt_bench_search"
INSERT_BATCH_SIZE = 1000
SEARCH_URL = "/recherche/"
USER_COUNT = 200
SUMMARY_LENGTH = 300
# Share of the pages of each kind. Questions carry the answers.
PAGE_KINDS = {
    "instruction": 8,
    "reporting": 4,
    "article": 14,
    "field_report": 30,
    "question": 30,
    "event": 14,
}
# Share of pages seeded as drafts, which the search must never return.
DRAFT_SHARE = 0.02
# Share of answers that are replies to another answer, and of answers hidden by a moderator.
REPLY_SHARE = 0.25
HIDDEN_SHARE = 0.02
# Share of answered questions whose asker chose a reference answer.
RESOLVED_SHARE = 0.4

# The fixed queries: accents typed or not, both apostrophes, singular and plural, one to four
# words, words of the reserved community only, and one query that matches nothing.
QUERIES = [
    "logement",
    "logements",
    "réhabilitation",
    "rehabilitation",
    "béton de chanvre",
    "beton chanvre",
    "l’habitat ancien",
    "l'habitat ancien",
    "revitalisation du centre-ville",
    "ORT",
    "isolation paille",
    "terre crue",
    "bâtiments communaux rénovés",
    "intermédiation locative",
    "taxe sur les logements vacants",
    "kangourou quantique",
]


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--pages", type=int, default=20000, help="pages to seed, all kinds (default: 20000)"
    )
    parser.add_argument(
        "--answers",
        type=int,
        default=100000,
        help="answers to seed on the questions (default: 100000)",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=5,
        help="timed rounds over every query and persona, after one warm-up round (default: 5)",
    )
    parser.add_argument(
        "--seed", type=int, default=2024, help="seed of the generated text (default: 2024)"
    )
    parser.add_argument(
        "--database",
        default=BENCH_DATABASE,
        help=f"name of the benchmark database, created and dropped (default: {BENCH_DATABASE})",
    )
    parser.add_argument(
        "--keep-database",
        action="store_true",
        help="keep the benchmark database at the end, to inspect its SQL or measure it again",
    )
    parser.add_argument(
        "--reuse-database",
        action="store_true",
        help="measure the benchmark database kept by an earlier run, without seeding it",
    )
    arguments = parser.parse_args()
    if arguments.rounds < 1:
        parser.error("--rounds must be 1 or more.")
    return arguments


def prepare_database_url(name, reuse):
    """Point DATABASE_URL at the benchmark database, and return a function that drops it.

    The database is created empty unless `reuse` is true.
    """
    source_url = os.environ.get("DATABASE_URL", "")
    if source_url.startswith(("postgres://", "postgresql://")):
        import psycopg

        parts = urlsplit(source_url)
        if not reuse:
            with psycopg.connect(source_url, autocommit=True) as connection:
                connection.execute(f"DROP DATABASE IF EXISTS {name}")
                connection.execute(f"CREATE DATABASE {name}")
        os.environ["DATABASE_URL"] = urlunsplit(parts._replace(path=f"/{name}"))

        def drop():
            with psycopg.connect(source_url, autocommit=True) as connection:
                connection.execute(f"DROP DATABASE IF EXISTS {name}")

        return drop

    path = Path(tempfile.gettempdir()) / f"{name}.sqlite3"
    if not reuse:
        path.unlink(missing_ok=True)
    os.environ["DATABASE_URL"] = f"sqlite:///{path}"
    return lambda: path.unlink(missing_ok=True)


# Seeding: communities, users, pages, answers.


def create_communities():
    """Create the communities through Wagtail, and return their index pages by kind."""
    from community.events.models import EventIndexPage
    from community.models import CommunityPage, Visibility
    from home.models import HomePage
    from knowledge.models import FieldReportIndexPage, ReferenceIndexPage
    from qa.models import QuestionIndexPage

    home = HomePage.objects.get()
    communities = []
    for description in COMMUNITIES:
        community = CommunityPage(
            title=description["title"],
            slug=description["slug"],
            summary="Une communauté de pratique des services de l'État.",
            description="<p>Une communauté de pratique des services de l'État.</p>",
            visibility=Visibility.RESERVED if description["reserved"] else Visibility.PUBLIC,
        )
        home.add_child(instance=community)
        community.save_revision().publish()
        home.refresh_from_db()
        communities.append(
            {
                "page": community,
                "description": description,
                "reference": ReferenceIndexPage.objects.child_of(community).get(),
                "field_reports": FieldReportIndexPage.objects.child_of(community).get(),
                "questions": QuestionIndexPage.objects.child_of(community).get(),
                "events": EventIndexPage.objects.child_of(community).get(),
            }
        )
    return communities


def create_users():
    """Create the authors of answers, and a member of the reserved community."""
    from django.contrib.auth import get_user_model

    from community.models import CommunityPage, Membership, MembershipStatus

    user_model = get_user_model()
    authors = user_model.objects.bulk_create(
        user_model(
            username=f"agent-{number}",
            first_name=f"Agent {number}",
            last_name="Territoires",
            email=f"agent-{number}@example.org",
        )
        for number in range(USER_COUNT)
    )
    member = user_model.objects.create_user("bench-member")
    reserved = next(item for item in COMMUNITIES if item["reserved"])
    community = CommunityPage.objects.get(slug=reserved["slug"])
    Membership.objects.create(user=member, community=community, status=MembershipStatus.ACTIVE)
    return authors, member


def stream(block_type, paragraphs, heading):
    """Return the raw StreamField data of a heading followed by paragraphs."""
    blocks = [{"type": "heading", "value": heading, "id": str(uuid.uuid4())}]
    blocks += [
        {"type": block_type, "value": f"<p>{text}</p>", "id": str(uuid.uuid4())}
        for text in paragraphs
    ]
    return blocks


def shorten(text):
    return textwrap.shorten(text, width=SUMMARY_LENGTH, placeholder="…")


def build_page(kind, corpus, published_at):
    """Return the title and the unsaved specific page (without its Page row) of one page."""
    from community.events.models import EventFormat, EventPage
    from knowledge.models import (
        ArticlePage,
        FieldReportPage,
        FieldReportStatus,
        InstructionPage,
        InstructionStatus,
        ReportingPage,
    )
    from qa.models import QuestionPage, QuestionStatus

    rng = corpus.random
    day = published_at.date()
    if kind == "instruction":
        title = corpus.title(INSTRUCTION_FORMS)
        page = InstructionPage(
            summary=shorten(corpus.summary()),
            body=stream("paragraph", corpus.paragraphs(rng.randint(3, 6)), corpus.sentence()),
            up_to_date=day,
            status=InstructionStatus.REPEALED if rng.random() < 0.1 else InstructionStatus.IN_FORCE,
            legal_references=[
                {
                    "type": "reference",
                    "value": {"label": corpus.legal_reference(), "url": ""},
                    "id": str(uuid.uuid4()),
                }
            ],
        )
    elif kind == "reporting":
        title = corpus.title(REPORTING_FORMS)
        page = ReportingPage(
            summary=shorten(corpus.summary()),
            body=stream("paragraph", corpus.paragraphs(rng.randint(2, 4)), corpus.sentence()),
            period_start=day - datetime.timedelta(days=90),
            period_end=day,
            key_figures=[
                {
                    "type": "key_figure",
                    "value": {
                        "label": "Logements remis sur le marché",
                        "value": str(rng.randint(3, 400)),
                        "unit": "logements",
                        "period": f"{day.year}",
                    },
                    "id": str(uuid.uuid4()),
                }
            ],
        )
    elif kind == "article":
        title = corpus.title(ARTICLE_FORMS)
        page = ArticlePage(
            summary=shorten(corpus.summary()),
            body=stream("paragraph", corpus.paragraphs(rng.randint(3, 6)), corpus.sentence()),
            author_name=f"Chef de projet, DDT, {corpus.town()}",
            date=day,
        )
    elif kind == "field_report":
        title = corpus.title(FIELD_REPORT_FORMS)
        # Points spread over metropolitan France.
        longitude = round(rng.uniform(-4.5, 8.0), 6)
        latitude = round(rng.uniform(42.5, 51.0), 6)
        page = FieldReportPage(
            summary=shorten(corpus.summary()),
            body=stream("description", corpus.paragraphs(rng.randint(2, 5)), corpus.sentence()),
            location=f"SRID=4326;POINT({longitude} {latitude})",
            latitude=latitude,
            longitude=longitude,
            status=rng.choice(FieldReportStatus.values),
            year=rng.randint(2015, 2027),
            project_owner=f"Commune de {corpus.town()}",
            designer=f"Atelier d'architecture de {corpus.town()}",
            floor_area=rng.randint(40, 3000),
            cost=rng.randint(20, 5000) * 1000,
        )
    elif kind == "question":
        title = corpus.title(QUESTION_FORMS)
        page = QuestionPage(
            details=f"<p>{' '.join(corpus.paragraphs(1))}</p>",
            status=QuestionStatus.UNANSWERED,
            answer_count=0,
            last_activity_at=published_at,
        )
    else:
        title = corpus.title(EVENT_FORMS)
        starts_at = published_at + datetime.timedelta(days=rng.randint(7, 60), hours=8)
        page = EventPage(
            summary=shorten(corpus.summary()),
            body=stream("paragraph", corpus.paragraphs(rng.randint(1, 3)), corpus.sentence()),
            start=starts_at,
            end=starts_at + datetime.timedelta(hours=3),
            starts_at=starts_at,
            ends_at=starts_at + datetime.timedelta(hours=3),
            format=EventFormat.IN_PERSON,
            venue_name=f"Préfecture, salle du conseil, {corpus.town()}",
            organiser=f"DDT, service habitat, {corpus.town()}",
        )
    return title, page


def plan_pages(count, communities, seed):
    """Return {(model, parent page id): [(title, published_at, live, page)]} for `count` pages."""
    from django.utils import timezone

    rng = random.Random(seed)
    corpora = [
        FrenchCorpus(item["description"], seed + number) for number, item in enumerate(communities)
    ]
    parent_of_kind = {
        "instruction": "reference",
        "reporting": "reference",
        "article": "reference",
        "field_report": "field_reports",
        "question": "questions",
        "event": "events",
    }
    kinds = rng.choices(list(PAGE_KINDS), weights=list(PAGE_KINDS.values()), k=count)
    now = timezone.now()
    plan = {}
    for number, kind in enumerate(kinds):
        community = communities[number % len(communities)]
        corpus = corpora[number % len(communities)]
        published_at = now - datetime.timedelta(minutes=rng.randint(60, 3 * 365 * 24 * 60))
        title, page = build_page(kind, corpus, published_at)
        live = rng.random() >= DRAFT_SHARE
        parent = community[parent_of_kind[kind]]
        plan.setdefault((type(page), parent.pk), []).append((title, published_at, live, page))
    return plan


def insert_pages(model, parent, rows):
    """Insert `rows` as children of `parent` in bulk, and return the inserted pages."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from django.db.models import F
    from django.utils.text import slugify
    from wagtail.models import Page

    content_type = ContentType.objects.get_for_model(model)
    child_fields = model._meta.local_concrete_fields
    child_columns = ", ".join(connection.ops.quote_name(field.column) for field in child_fields)
    placeholders = ", ".join(["%s"] * len(child_fields))
    # Names come from the model's metadata, quoted by the backend. Values are parameters.
    table = connection.ops.quote_name(model._meta.db_table)
    insert_child = f"INSERT INTO {table} ({child_columns}) VALUES ({placeholders})"  # noqa: S608

    first_step = last_child_step(parent) + 1
    pages = []
    for offset, (title, published_at, live, _page) in enumerate(rows):
        step = first_step + offset
        slug = f"{slugify(title)[:60]}-{step}"
        pages.append(
            Page(
                path=Page._get_path(parent.path, parent.depth + 1, step),
                depth=parent.depth + 1,
                numchild=0,
                title=title[:255],
                draft_title=title[:255],
                slug=slug,
                url_path=f"{parent.url_path}{slug}/",
                content_type=content_type,
                locale_id=parent.locale_id,
                live=live,
                has_unpublished_changes=not live,
                first_published_at=published_at if live else None,
                last_published_at=published_at if live else None,
            )
        )
    Page.objects.bulk_create(pages, batch_size=INSERT_BATCH_SIZE)

    details = []
    for page, (_title, _published_at, _live, detail) in zip(pages, rows, strict=True):
        detail.page_ptr_id = page.pk
        details.append(
            [
                field.get_db_prep_save(getattr(detail, field.attname), connection)
                for field in child_fields
            ]
        )
    with connection.cursor() as cursor:
        for start in range(0, len(details), INSERT_BATCH_SIZE):
            cursor.executemany(insert_child, details[start : start + INSERT_BATCH_SIZE])

    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    return pages


def seed_pages(count, communities, seed):
    """Insert `count` pages of every kind, and return the questions.

    Each question is a dict of its Page row, its QuestionPage row and its community.
    """
    from django.db import transaction
    from wagtail.models import Page

    from qa.models import QuestionPage

    plan = plan_pages(count, communities, seed)
    community_of_parent = {}
    for community in communities:
        for key in ("reference", "field_reports", "questions", "events"):
            community_of_parent[community[key].pk] = community

    questions = []
    with transaction.atomic():
        for (model, parent_id), rows in plan.items():
            parent = Page.objects.get(pk=parent_id)
            pages = insert_pages(model, parent, rows)
            if model is QuestionPage:
                community = community_of_parent[parent_id]
                questions += [
                    {"page": page, "detail": detail, "community": community}
                    for page, (_title, _published_at, _live, detail) in zip(
                        pages, rows, strict=True
                    )
                ]
    return questions


def plan_threads(count, questions, rng):
    """Spread `count` answers over the questions, and return them as thread rows.

    Each row is (question index, parent row index or None), in posting order. One question in
    ten stays unanswered and a few get many answers, as on a real help forum.
    """
    weights = [0 if rng.random() < 0.1 else rng.paretovariate(1.5) for _ in questions]
    targets = rng.choices(range(len(questions)), weights=weights, k=count)
    top_level_of_question = {}
    rows = []
    for question_index in targets:
        threads = top_level_of_question.setdefault(question_index, [])
        if threads and rng.random() < REPLY_SHARE:
            rows.append((question_index, rng.choice(threads)))
        else:
            threads.append(len(rows))
            rows.append((question_index, None))
    return rows


def seed_answers(count, questions, authors, seed):
    """Insert `count` answers on the questions, then bring each question's state up to date."""
    from django.conf import settings
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.utils import timezone
    from django_comments.models import Comment
    from django_comments_xtd.models import XtdComment

    from qa.models import QuestionPage, QuestionStatus

    rng = random.Random(seed)
    corpora = {}
    content_type = ContentType.objects.get_for_model(QuestionPage)
    rows = plan_threads(count, questions, rng)
    now = timezone.now()

    comments = []
    for question_index, _parent in rows:
        question = questions[question_index]
        community = question["community"]
        corpus = corpora.setdefault(
            community["page"].pk,
            FrenchCorpus(community["description"], seed + community["page"].pk),
        )
        author = rng.choice(authors)
        posted_at = question["page"].first_published_at or now
        comments.append(
            Comment(
                content_type=content_type,
                object_pk=str(question["page"].pk),
                site_id=settings.SITE_ID,
                user=author,
                user_name=author.get_full_name(),
                user_email=author.email,
                comment=corpus.answer(),
                submit_date=min(now, posted_at + datetime.timedelta(hours=rng.randint(1, 2000))),
                is_public=rng.random() >= HIDDEN_SHARE,
                is_removed=False,
            )
        )

    xtd_fields = XtdComment._meta.local_concrete_fields
    xtd_columns = ", ".join(connection.ops.quote_name(field.column) for field in xtd_fields)
    placeholders = ", ".join(["%s"] * len(xtd_fields))
    table = connection.ops.quote_name(XtdComment._meta.db_table)
    insert_xtd = f"INSERT INTO {table} ({xtd_columns}) VALUES ({placeholders})"  # noqa: S608

    with transaction.atomic():
        Comment.objects.bulk_create(comments, batch_size=INSERT_BATCH_SIZE)
        xtd_rows = thread_columns(rows, comments)
        values = [
            [
                field.get_db_prep_save(getattr(row, field.attname), connection)
                for field in xtd_fields
            ]
            for row in xtd_rows
        ]
        with connection.cursor() as cursor:
            for start in range(0, len(values), INSERT_BATCH_SIZE):
                cursor.executemany(insert_xtd, values[start : start + INSERT_BATCH_SIZE])

        updated = question_states(rows, comments, xtd_rows, questions, rng)
        QuestionPage.objects.bulk_update(
            updated,
            ["answer_count", "status", "reference_answer", "last_activity_at"],
            batch_size=INSERT_BATCH_SIZE,
        )
    resolved = sum(page.status == QuestionStatus.RESOLVED for page in updated)
    return len(updated), resolved


def thread_columns(rows, comments):
    """Return the unsaved XtdComment rows (thread, parent, level, order) of the comments."""
    from django_comments_xtd.models import XtdComment

    xtd_rows = []
    next_order = {}
    for (_question_index, parent_row), comment in zip(rows, comments, strict=True):
        if parent_row is None:
            xtd_rows.append(
                XtdComment(
                    comment_ptr_id=comment.pk,
                    thread_id=comment.pk,
                    parent_id=comment.pk,
                    level=0,
                    order=1,
                    followup=False,
                    nested_count=0,
                )
            )
            next_order[comment.pk] = 2
        else:
            thread_id = comments[parent_row].pk
            xtd_rows.append(
                XtdComment(
                    comment_ptr_id=comment.pk,
                    thread_id=thread_id,
                    parent_id=thread_id,
                    level=1,
                    order=next_order[thread_id],
                    followup=False,
                    nested_count=0,
                )
            )
            next_order[thread_id] += 1
            xtd_rows[parent_row].nested_count += 1
    return xtd_rows


def question_states(rows, comments, xtd_rows, questions, rng):
    """Return the answered questions with their count, status, reference answer and activity."""
    from qa.models import QuestionStatus

    answers_of = {}
    for (question_index, _parent), comment, xtd in zip(rows, comments, xtd_rows, strict=True):
        answers_of.setdefault(question_index, []).append((comment, xtd))

    updated = []
    for question_index, answers in answers_of.items():
        question = questions[question_index]["detail"]
        visible = [comment for comment, _xtd in answers if comment.is_public]
        question.answer_count = len(visible)
        question.status = QuestionStatus.ANSWERED if visible else QuestionStatus.UNANSWERED
        top_level = [comment for comment, xtd in answers if xtd.level == 0 and comment.is_public]
        if top_level and rng.random() < RESOLVED_SHARE:
            question.reference_answer_id = rng.choice(top_level).pk
            question.status = QuestionStatus.RESOLVED
        if visible:
            question.last_activity_at = max(comment.submit_date for comment in visible)
        updated.append(question)
    return updated


def build_search_index():
    """Build the search index of every indexed model, as `update_index` does in production."""
    from django.core.management import call_command

    call_command("update_index", verbosity=0)


def analyze_tables():
    """Refresh the query planner's statistics of every table.

    Bulk inserts leave them empty until autovacuum runs. Without them, PostgreSQL 15 estimated
    13 visible pages out of 16,000 and chose nested loops that made the count by type of one
    search take 2.4 s instead of 0.6 s.
    """
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def count_index_entries():
    from modelsearch.conf import get_app_config

    return get_app_config().get_model("IndexEntry").objects.count()


# Measures: the search view, in-process.


def time_requests(clients, rounds):
    """Return {(persona, query): [milliseconds]} over `rounds` rounds, after one warm-up round."""
    timings = {}
    for round_number in range(rounds + 1):
        for persona, client in clients.items():
            for query in QUERIES:
                start = time.perf_counter()
                response = client.get(SEARCH_URL, {"q": query})
                elapsed = (time.perf_counter() - start) * 1000
                if response.status_code != 200:
                    raise RuntimeError(
                        f"The search for {query!r} as {persona} answered "
                        f"{response.status_code} instead of 200."
                    )
                if round_number > 0:
                    timings.setdefault((persona, query), []).append(elapsed)
    return timings


def count_results(clients):
    """Return {(persona, query): result count} read from the context the view renders.

    The test client only records template contexts with Django's test instrumentation, which
    slows rendering down, so counts are read in a separate, untimed pass.
    """
    from django.test.utils import setup_test_environment, teardown_test_environment

    setup_test_environment()
    try:
        counts = {}
        for persona, client in clients.items():
            for query in QUERIES:
                response = client.get(SEARCH_URL, {"q": query})
                counts[(persona, query)] = result_count(response.context)
    finally:
        teardown_test_environment()
    return counts


def result_count(context):
    """Return the number of results that a search page shows, or None when it shows none."""
    results = context.get("results") if context is not None else None
    return None if results is None else results.count


def percentile(values, share):
    """Return the nearest-rank percentile of `values`, `share` between 0 and 1."""
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]


def describe_machine():
    import django
    import wagtail
    from django.db import connection

    cpu_model = "unknown"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SHOW server_version")
        else:
            cursor.execute("SELECT sqlite_version()")
        database = f"{connection.vendor} {cursor.fetchone()[0]}"
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    return (
        f"{os.cpu_count()} CPUs ({cpu_model}), Python {platform.python_version()}, "
        f"Django {django.get_version()}, Wagtail {wagtail.__version__}, {database}, "
        f"load average {load}"
    )


def print_results(timings, counts, rounds):
    personas = sorted({persona for persona, _query in timings}, reverse=True)
    print()
    print(f"{rounds} timed rounds after one warm-up round, in-process with django.test.Client.")
    print("Times in ms: median and 95th percentile of the requests of each row.")
    print()
    print("| query | " + " | ".join(f"{p} results | {p} median | {p} p95" for p in personas) + " |")
    print("|---|" + "---:|---:|---:|" * len(personas))
    for query in QUERIES:
        cells = []
        for persona in personas:
            values = timings[(persona, query)]
            count = counts.get((persona, query))
            cells.append(
                f"{'?' if count is None else f'{count:,}'} | {statistics.median(values):.0f} "
                f"| {percentile(values, 0.95):.0f}"
            )
        print(f"| {query} | " + " | ".join(cells) + " |")

    print()
    print("| persona | requests | median | p95 | max |")
    print("|---|---:|---:|---:|---:|")
    groups = {persona: [] for persona in personas}
    for (persona, _query), values in timings.items():
        groups[persona] += values
    groups["overall"] = [value for values in timings.values() for value in values]
    for persona, values in groups.items():
        print(
            f"| {persona} | {len(values)} | {statistics.median(values):.0f} "
            f"| {percentile(values, 0.95):.0f} | {max(values):.0f} |"
        )


def seed(arguments):
    """Seed the pages and answers and build the search index, printing how long each took."""
    start = time.perf_counter()
    communities = create_communities()
    authors, _member = create_users()
    questions = seed_pages(arguments.pages, communities, arguments.seed)
    check_tree()
    print(
        f"Seeded {arguments.pages:,} pages ({len(questions):,} questions) "
        f"in {time.perf_counter() - start:.1f} s"
    )

    start = time.perf_counter()
    answered, resolved = seed_answers(arguments.answers, questions, authors, arguments.seed)
    print(
        f"Seeded {arguments.answers:,} answers on {answered:,} questions "
        f"({resolved:,} resolved) in {time.perf_counter() - start:.1f} s"
    )

    start = time.perf_counter()
    build_search_index()
    print(
        f"Built the search index ({count_index_entries():,} entries) "
        f"in {time.perf_counter() - start:.1f} s"
    )
    analyze_tables()


def measure(rounds):
    from django.contrib.auth import get_user_model
    from django.test import Client

    member = get_user_model().objects.get(username="bench-member")
    member_client = Client()
    member_client.force_login(member)
    clients = {"visitor": Client(), "member": member_client}

    print(describe_machine())
    timings = time_requests(clients, rounds)
    counts = count_results(clients)
    print_results(timings, counts, rounds)
    print()
    print(describe_machine())


def main():
    arguments = parse_arguments()
    if not arguments.database.isidentifier():
        raise SystemExit(f"Invalid database name {arguments.database!r}: use letters, digits, _.")
    drop_database = prepare_database_url(arguments.database, arguments.reuse_database)
    try:
        setup_django()
        print(describe_machine())
        if not arguments.reuse_database:
            seed(arguments)
        measure(arguments.rounds)
    finally:
        from django.db import connections

        connections.close_all()
        if arguments.keep_database:
            print(f"Kept the database {arguments.database}.")
        else:
            drop_database()


if __name__ == "__main__":
    main()
