"""Measure the map's GeoJSON and the map page with thousands of field reports.

The script creates a throwaway database, seeds it, measures in-process with Django's test
client, then drops the database:

    .venv/bin/python bench/geojson_bench.py --reports 5000 50000
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \\
        .venv/bin/python bench/geojson_bench.py --reports 5000 50000

Without DATABASE_URL the database is a SQLite file in the temporary directory. With a
PostgreSQL URL, the script creates the database `rdt_bench` on that server and drops it at
the end. The database named in the URL is only used to connect.

Communities and index pages are created through Wagtail, as an editor would. Field reports
are inserted in bulk, with tree paths computed the way django-treebeard computes them, so
that 50,000 reports take seconds instead of hours.
"""

import argparse
import gzip
import os
import platform
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

BASE_DIR = Path(__file__).resolve().parent.parent
BENCH_DATABASE = "rdt_bench"
COMMUNITY_COUNT = 8
CATEGORIES_PER_COMMUNITY = 4
COMMUNE_COUNT = 300
INSERT_BATCH_SIZE = 1000


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--reports",
        type=int,
        nargs="+",
        default=[5000, 50000],
        help="numbers of field reports to measure with, in increasing order (default: 5000 50000)",
    )
    parser.add_argument(
        "--runs",
        type=int,
        default=7,
        help="timed requests per measure, of which the median is kept",
    )
    return parser.parse_args()


def prepare_database_url():
    """Point DATABASE_URL at a new throwaway database, and return a function that drops it."""
    source_url = os.environ.get("DATABASE_URL", "")
    if source_url.startswith(("postgres://", "postgresql://")):
        import psycopg

        parts = urlsplit(source_url)
        with psycopg.connect(source_url, autocommit=True) as connection:
            connection.execute(f"DROP DATABASE IF EXISTS {BENCH_DATABASE}")
            connection.execute(f"CREATE DATABASE {BENCH_DATABASE}")
        os.environ["DATABASE_URL"] = urlunsplit(parts._replace(path=f"/{BENCH_DATABASE}"))

        def drop():
            with psycopg.connect(source_url, autocommit=True) as connection:
                connection.execute(f"DROP DATABASE IF EXISTS {BENCH_DATABASE}")

        return drop

    path = Path(tempfile.gettempdir()) / f"rdt-bench-{os.getpid()}.sqlite3"
    path.unlink(missing_ok=True)
    os.environ["DATABASE_URL"] = f"sqlite:///{path}"
    return lambda: path.unlink(missing_ok=True)


def setup_django():
    sys.path.insert(0, str(BASE_DIR))
    # The test settings: a fast password hasher and static files served from the finders.
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    # Keep the output to the results, because Wagtail logs every page it creates and publishes.
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def create_communities():
    """Create the communities through Wagtail. The first one is reserved to its members."""
    from community.models import CommunityPage, Visibility
    from home.models import HomePage
    from knowledge.models import FieldReportIndexPage, MapPage

    home = HomePage.objects.get()
    indexes = []
    for number in range(COMMUNITY_COUNT):
        community = CommunityPage(
            title=f"Communauté {number}",
            slug=f"communaute-{number}",
            summary="Une communauté de pratique.",
            description="<p>Une communauté de pratique des services de l'État.</p>",
            visibility=Visibility.RESERVED if number == 0 else Visibility.PUBLIC,
        )
        home.add_child(instance=community)
        community.save_revision().publish()
        home.refresh_from_db()
        indexes.append(FieldReportIndexPage.objects.child_of(community).get())

    if not MapPage.objects.exists():
        map_page = MapPage(title="Carte des remontées terrain", slug="carte")
        home.add_child(instance=map_page)
        map_page.save_revision().publish()
    return indexes


def create_reference_data(indexes):
    """Create communes and categories, and return their ids."""
    from knowledge.models import Commune, Department, FieldReportCategory, Region

    departments = list(Department.objects.all()[:20])
    if not departments:
        region = Region.objects.create(code="52", name="Pays de la Loire")
        departments = [Department.objects.create(code="44", name="Loire-Atlantique", region=region)]
    communes = Commune.objects.bulk_create(
        Commune(
            code=f"{90000 + number}",
            name=f"Commune {number}",
            department=departments[number % len(departments)],
        )
        for number in range(COMMUNE_COUNT)
    )
    shared = [FieldReportCategory.objects.create(label=f"Partagée {n}") for n in range(3)]
    categories = {
        index.pk: [
            FieldReportCategory.objects.create(
                label=f"Catégorie {n}", community_id=index.get_parent().pk
            ).pk
            for n in range(CATEGORIES_PER_COMMUNITY)
        ]
        for index in indexes
    }
    commune_rows = [(commune.pk, commune.department_id) for commune in communes]
    return commune_rows, [category.pk for category in shared], categories


def insert_reports(count, indexes, communes, shared_categories, categories):
    """Insert `count` live, located field reports spread over `indexes`, in bulk."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.db.models import F
    from django.utils import timezone
    from wagtail.models import Page

    from knowledge.models import FieldReportPage, FieldReportStatus

    content_type = ContentType.objects.get_for_model(FieldReportPage)
    statuses = FieldReportStatus.values
    now = timezone.now()
    links_model = FieldReportPage.categories.through
    child_fields = FieldReportPage._meta.local_concrete_fields
    child_columns = ", ".join(connection.ops.quote_name(field.column) for field in child_fields)
    placeholders = ", ".join(["%s"] * len(child_fields))
    # Names come from the model's metadata, quoted by the backend. Values are parameters.
    table = connection.ops.quote_name(FieldReportPage._meta.db_table)
    insert_child = f"INSERT INTO {table} ({child_columns}) VALUES ({placeholders})"  # noqa: S608

    with transaction.atomic():
        parents = [Page.objects.get(pk=index.pk) for index in indexes]
        first_steps = {parent.pk: last_child_step(parent) + 1 for parent in parents}
        next_steps = dict(first_steps)
        pages, details = [], []
        for number in range(count):
            parent = parents[number % len(parents)]
            step = next_steps[parent.pk]
            next_steps[parent.pk] += 1
            slug = f"remontee-{uuid.uuid4().hex[:12]}"
            title = f"Remontée terrain {uuid.uuid4().hex[:8]} à réhabiliter"
            pages.append(
                Page(
                    path=Page._get_path(parent.path, parent.depth + 1, step),
                    depth=parent.depth + 1,
                    numchild=0,
                    title=title,
                    draft_title=title,
                    slug=slug,
                    url_path=f"{parent.url_path}{slug}/",
                    content_type=content_type,
                    locale_id=parent.locale_id,
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=now,
                    last_published_at=now,
                )
            )
            commune_id, department_id = communes[number % len(communes)]
            # Points spread over metropolitan France, west and east of Greenwich.
            longitude = -4.5 + (number * 7.919) % 12.5
            latitude = 42.5 + (number * 3.141) % 8.5
            details.append(
                FieldReportPage(
                    summary="Réhabilitation d'un bâtiment avec des matériaux biosourcés.",
                    location=f"SRID=4326;POINT({longitude:.6f} {latitude:.6f})",
                    latitude=round(latitude, 6),
                    longitude=round(longitude, 6),
                    commune_id=commune_id,
                    department_id=department_id,
                    status=statuses[number % len(statuses)],
                    body=[],
                )
            )

        Page.objects.bulk_create(pages, batch_size=INSERT_BATCH_SIZE)
        for page, detail in zip(pages, details, strict=True):
            detail.page_ptr_id = page.pk
        rows = [
            [
                field.get_db_prep_save(getattr(detail, field.attname), connection)
                for field in child_fields
            ]
            for detail in details
        ]
        with connection.cursor() as cursor:
            for start in range(0, len(rows), INSERT_BATCH_SIZE):
                cursor.executemany(insert_child, rows[start : start + INSERT_BATCH_SIZE])

        links = []
        for number, page in enumerate(pages):
            own = categories[parents[number % len(parents)].pk]
            links.append(
                links_model(
                    fieldreportpage_id=page.pk, fieldreportcategory_id=own[number % len(own)]
                )
            )
            links.append(
                links_model(
                    fieldreportpage_id=page.pk,
                    fieldreportcategory_id=shared_categories[number % len(shared_categories)],
                )
            )
        links_model.objects.bulk_create(links, batch_size=INSERT_BATCH_SIZE)

        for parent in parents:
            added = next_steps[parent.pk] - first_steps[parent.pk]
            Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + added)


def last_child_step(parent):
    """Return the step number of the last child of `parent`, 0 when it has none."""
    from wagtail.models import Page

    last_path = (
        Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )
    return int(last_path[-Page.steplen :], 36) if last_path else 0


def check_tree():
    """Raise when django-treebeard finds a problem in the seeded tree."""
    from wagtail.models import Page

    problems = Page.find_problems()
    if any(problems):
        raise RuntimeError(f"The seeded page tree is inconsistent: {problems}")


def create_member():
    """Return a user who is an active member of the reserved community."""
    from django.contrib.auth import get_user_model

    from community.models import CommunityPage, Membership, MembershipStatus

    user = get_user_model().objects.create_user("bench-member")
    community = CommunityPage.objects.get(slug="communaute-0")
    Membership.objects.create(user=user, community=community, status=MembershipStatus.ACTIVE)
    return user


def median_milliseconds(function, runs):
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def measure(client, runs):
    """Return the timings (ms) and sizes (bytes) of the GeoJSON and the map page."""
    from django.urls import reverse
    from django.utils import translation

    from knowledge.map_data import (
        invalidate_map_data,
        located_reports,
        map_rows,
        parse_filters,
        visible_communities,
    )
    from knowledge.models import MapPage
    from knowledge.views import GZIP_LEVEL, build_geojson

    url = reverse("knowledge:map-geojson")
    gzip_headers = {"accept-encoding": "gzip"}

    def cold(headers):
        def request():
            invalidate_map_data()
            response = client.get(url, headers=headers)
            assert response.status_code == 200, response.status_code

        return request

    def warm(headers):
        return lambda: client.get(url, headers=headers)

    client.get(url)  # Warm up content types and site root paths.
    raw = client.get(url).content
    compressed = client.get(url, headers=gzip_headers).content
    assert gzip.decompress(compressed) == raw

    # The steps of a cold request, timed apart with the same user and filters.
    request = client.get(url).wsgi_request
    with translation.override("fr"):
        filters = parse_filters(request.GET, visible_communities(request.user))
        reports = located_reports(request.user, filters)
        rows_ms = median_milliseconds(lambda: map_rows(request, reports), runs)
        rows = map_rows(request, reports)
        serialize_ms = median_milliseconds(lambda: build_geojson(rows), runs)
        text = build_geojson(rows).encode()
        compress_ms = median_milliseconds(
            lambda: gzip.compress(text, compresslevel=GZIP_LEVEL, mtime=0), runs
        )

    map_url = MapPage.objects.get().url
    return {
        "features": raw.count(b'"type":"Feature"'),
        "cold_gzip_ms": median_milliseconds(cold(gzip_headers), runs),
        "cold_identity_ms": median_milliseconds(cold({}), runs),
        "warm_gzip_ms": median_milliseconds(warm(gzip_headers), runs),
        "warm_identity_ms": median_milliseconds(warm({}), runs),
        "rows_ms": rows_ms,
        "serialize_ms": serialize_ms,
        "compress_ms": compress_ms,
        "raw_bytes": len(raw),
        "gzip_bytes": len(compressed),
        "map_page_ms": median_milliseconds(lambda: client.get(map_url), runs),
    }


def describe_machine():
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
        f"{os.cpu_count()} CPUs ({cpu_model}), Python {platform.python_version()}, {database}, "
        f"load average {load}"
    )


def print_results(results, runs):
    print()
    print(f"Median of {runs} requests, in-process with django.test.Client; times in ms.")
    print("gzip: Accept-Encoding: gzip. identity: no Accept-Encoding header.")
    print()
    print(
        "| reports | persona | features | cold, gzip | cold, identity | warm, gzip "
        "| warm, identity | rows | serialize | compress | raw size | gzip size | map page |"
    )
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for (count, persona), result in results.items():
        print(
            f"| {count:,} | {persona} | {result['features']:,} "
            f"| {result['cold_gzip_ms']:.0f} | {result['cold_identity_ms']:.0f} "
            f"| {result['warm_gzip_ms']:.0f} | {result['warm_identity_ms']:.0f} "
            f"| {result['rows_ms']:.0f} | {result['serialize_ms']:.0f} "
            f"| {result['compress_ms']:.0f} "
            f"| {result['raw_bytes'] / 1024:,.0f} KB | {result['gzip_bytes'] / 1024:,.0f} KB "
            f"| {result['map_page_ms']:.0f} |"
        )


def main():
    arguments = parse_arguments()
    drop_database = prepare_database_url()
    try:
        setup_django()
        from django.test import Client

        print(describe_machine())
        indexes = create_communities()
        communes, shared_categories, categories = create_reference_data(indexes)
        member = create_member()

        results = {}
        seeded = 0
        for count in sorted(arguments.reports):
            start = time.perf_counter()
            insert_reports(count - seeded, indexes, communes, shared_categories, categories)
            seeded = count
            check_tree()
            print(f"Seeded {count:,} reports in {time.perf_counter() - start:.1f} s")

            visitor_client = Client()
            member_client = Client()
            member_client.force_login(member)
            results[(count, "visitor")] = measure(visitor_client, arguments.runs)
            results[(count, "member")] = measure(member_client, arguments.runs)

        print_results(results, arguments.runs)
    finally:
        from django.db import connections

        connections.close_all()
        drop_database()


if __name__ == "__main__":
    main()
