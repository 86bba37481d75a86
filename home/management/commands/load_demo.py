"""Load the demo portal: five communities with their pages, accounts, memberships, questions
and answers, events, a map and the portal agenda."""

import datetime
import json
import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page, Site

from community.models import CommunityPage, Membership, MembershipStatus, Role
from community.pages import ensure_community_subpages
from home.activity.rebuild import rebuild_activity
from home.demo import content, events, field_reports, questions
from home.models import HomePage, StandardPage
from knowledge.geo import Point, format_location
from knowledge.models import (
    ArticlePage,
    Commune,
    Department,
    FieldReportCategory,
    FieldReportIndexPage,
    FieldReportPage,
    InstructionPage,
    MapPage,
    ReferenceIndexPage,
    ReportingPage,
)
from knowledge.proposals.submission import submit_proposal

DEMO_HOSTNAME = "127.0.0.1"
DEFAULT_ADDRESS = f"{DEMO_HOSTNAME}:8000"


class Command(BaseCommand):
    help = (
        "Load the demo communities, reference pages, field reports, accounts and memberships, "
        "questions with their answers, events, the shared map and the portal agenda. Safe to "
        "run again: it only creates what is missing and never changes existing content."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--address",
            default=DEFAULT_ADDRESS,
            help=(
                "host:port that the development server serves, for the links of the sitemap "
                f"and of e-mails (default {DEFAULT_ADDRESS})."
            ),
        )

    def handle(self, *args, **options):
        if settings.IS_PRODUCTION:
            raise CommandError(
                "load_demo creates accounts with known passwords: it never runs "
                "with the production settings."
            )

        # Wagtail logs every publication; one line per created object is enough here.
        logging.getLogger("wagtail").setLevel(logging.WARNING)
        logging.getLogger("community").setLevel(logging.WARNING)

        self.created = []
        with transaction.atomic():
            home = HomePage.objects.get()
            self.load_home(home)
            self.load_site_address(options["address"])
            users = self.load_users()
            for community_data in content.COMMUNITIES:
                self.load_community(home, community_data, users)
            for page_data in content.STANDARD_PAGES:
                self.load_standard_page(home, page_data)
            self.load_field_reports(home)
            self.load_map_page(home)
            self.load_demo_proposal()
            questions.load(self.note)
            events.load(home, self.note)
            # The demo content is dated in the past: the activity log follows those dates.
            if self.created:
                rebuild_activity()

        if self.created:
            call_command("update_index", verbosity=0)
            self.stdout.write(
                self.style.SUCCESS(f"Demo content loaded: {len(self.created)} objects created.")
            )
        else:
            self.stdout.write("Demo content already loaded: nothing changed.")
        self.print_accounts()

    def print_accounts(self):
        self.stdout.write("\nDemo accounts (local use only):")
        for data in DEMO_USERS:
            self.stdout.write(
                f"  {data['username']:<24} {data['password']:<30} {describe_account(data)}"
            )

    def note(self, label, obj):
        self.created.append(obj)
        self.stdout.write(f"  + {label}: {obj}")

    def load_home(self, home):
        if not home.intro:
            home.intro = content.HOME["intro"]
            home.save_revision().publish()
            self.note("home page introduction", home.title)

    def load_site_address(self, address):
        """Give the default site the address `make run` serves, for the sitemap and e-mails.

        Only the address Wagtail gives a new site, or one this command set, is replaced.
        """
        hostname, _, port = address.rpartition(":")
        if not hostname or not port.isdigit():
            raise CommandError(f"--address must read host:port, not {address!r}.")
        site = Site.objects.get(is_default_site=True)
        if site.hostname not in ("localhost", DEMO_HOSTNAME):
            return
        if (site.hostname, site.port) != (hostname, int(port)):
            site.hostname, site.port = hostname, int(port)
            site.save()
            self.note("site address", f"{site.hostname}:{site.port}")

    def load_users(self):
        User = get_user_model()
        users = {}
        for data in DEMO_USERS:
            user = User.objects.filter(username=data["username"]).first()
            if user is None:
                user = User.objects.create_user(
                    username=data["username"],
                    email=data["email"],
                    password=data["password"],
                    first_name=data["first_name"],
                    last_name=data["last_name"],
                    is_staff=data.get("is_superuser", False),
                    is_superuser=data.get("is_superuser", False),
                )
                self.note("account", user.username)
            users[data["username"]] = user
        return users

    def load_community(self, home, data, users):
        community = CommunityPage.objects.child_of(home).filter(slug=data["slug"]).first()
        if community is None:
            community = CommunityPage(
                title=data["title"],
                slug=data["slug"],
                summary=data["summary"],
                description=data["description"],
                visibility=data["visibility"],
            )
            self.add_published_child(home, community, "community")
        community = CommunityPage.objects.get(pk=community.pk)

        for username, role in data["memberships"]:
            _membership, created = Membership.objects.get_or_create(
                user=users[username],
                community=community,
                defaults={
                    "role": role,
                    "status": MembershipStatus.ACTIVE,
                    "approved_at": timezone.now(),
                },
            )
            if created:
                self.note("membership", f"{username} – {community.title} ({role})")

        index = ReferenceIndexPage.objects.child_of(community).get()
        for item in data["instructions"]:
            self.load_reference_page(
                index,
                InstructionPage,
                item,
                {
                    "status": item["status"],
                    "up_to_date": datetime.date.fromisoformat(item["up_to_date"]),
                    "legal_references": json.dumps(
                        [
                            {"type": "reference", "value": {"label": label, "url": url}}
                            for label, url in item.get("legal_references", [])
                        ]
                    ),
                },
            )
        for item in data["reportings"]:
            self.load_reference_page(
                index,
                ReportingPage,
                item,
                {
                    "period_start": datetime.date.fromisoformat(item["period_start"]),
                    "period_end": datetime.date.fromisoformat(item["period_end"]),
                    "key_figures": json.dumps(
                        [{"type": "key_figure", "value": figure} for figure in item["key_figures"]]
                    ),
                },
            )
        for item in data["articles"]:
            self.load_reference_page(
                index,
                ArticlePage,
                item,
                {
                    "author_name": item["author_name"],
                    "date": datetime.date.fromisoformat(item["date"]),
                },
            )

    def load_reference_page(self, index, page_class, item, fields):
        if Page.objects.child_of(index).filter(slug=item["slug"]).exists():
            return
        page = page_class(
            title=item["title"],
            slug=item["slug"],
            summary=item["summary"],
            body=stream_json(item["body"]),
            **fields,
        )
        self.add_published_child(Page.objects.get(pk=index.pk), page, page_class._meta.verbose_name)

    def load_standard_page(self, home, data):
        if Page.objects.child_of(home).filter(slug=data["slug"]).exists():
            return
        page = StandardPage(title=data["title"], slug=data["slug"], body=stream_json(data["body"]))
        self.add_published_child(Page.objects.get(pk=home.pk), page, "standard page")

    def load_field_reports(self, home):
        """Load the field report categories, then the field reports of every community."""
        communities = {
            community.slug: community for community in CommunityPage.objects.child_of(home)
        }
        categories = {}
        for data in field_reports.SHARED_CATEGORIES:
            categories[data["label"]] = self.load_category(None, data)

        departments = {department.code: department for department in Department.objects.all()}
        for slug, community in communities.items():
            community_categories = dict(categories)
            for data in field_reports.CATEGORIES.get(slug, []):
                community_categories[data["label"]] = self.load_category(community, data)

            # Communities published before field reports existed have no index yet.
            ensure_community_subpages(community)
            index = FieldReportIndexPage.objects.child_of(community).get()
            for report in field_reports.FIELD_REPORTS:
                if report["community"] == slug:
                    self.load_field_report(index, report, community_categories, departments)

    def load_category(self, community, data):
        category, created = FieldReportCategory.objects.get_or_create(
            community=community,
            label=data["label"],
            defaults={"colour": data["colour"], "description": data["description"]},
        )
        if created:
            owner = community.title if community else "every community"
            self.note("field report category", f"{category.label} ({owner})")
        return category

    def load_field_report(self, index, report, categories, departments):
        if Page.objects.child_of(index).filter(slug=report["slug"]).exists():
            return

        town = field_reports.TOWNS[report["town"]]
        department = departments.get(town["department"])
        if department is None:
            self.stderr.write(
                f"  ! département {town['department']} not found: run `manage.py migrate`; "
                f"{report['slug']} is loaded without it."
            )
        page = FieldReportPage(
            title=report["title"],
            slug=report["slug"],
            summary=report["summary"],
            # A town name is what an editor would type for the geocoder to find its centre.
            address=town.get("address", report["town"]),
            location=format_location(Point(town["longitude"], town["latitude"])),
            # The commune table stays empty until `manage.py import_communes` has run.
            commune=Commune.objects.filter(code=town["insee"]).first(),
            department=department,
            status=report["status"],
            year=report["year"],
            project_owner=report["project_owner"],
            designer=report["designer"],
            floor_area=report["floor_area"],
            cost=report["cost"],
            contact=field_reports.CONTACTS[report["community"]],
            body=stream_json(report["body"]),
        )
        page.categories = [categories[label] for label in report["categories"]]
        self.add_published_child(Page.objects.get(pk=index.pk), page, "field report")

    def load_map_page(self, home):
        if MapPage.objects.exists():
            return
        data = field_reports.MAP_PAGE
        page = MapPage(title=data["title"], slug=data["slug"], intro=data["intro"])
        self.add_published_child(Page.objects.get(pk=home.pk), page, "shared map")

    def add_published_child(self, parent, page, label):
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.note(str(label), page.title)

    def load_demo_proposal(self):
        """Send one field report proposal in Filières vertes and leave it awaiting moderation.

        The proposer is an active member of the community, or else an expert of it. With
        neither, nothing is loaded. The facilitators then find it on the admin dashboard.
        """
        data = DEMO_PROPOSAL
        community = CommunityPage.objects.filter(slug=data["community"]).first()
        index = FieldReportIndexPage.objects.child_of(community).first() if community else None
        if index is None or Page.objects.child_of(index).filter(slug=data["slug"]).exists():
            return
        memberships = Membership.objects.active().filter(community=community)
        membership = (
            memberships.filter(role=Role.MEMBER).order_by("user__username").first()
            or memberships.filter(role=Role.EXPERT).order_by("user__username").first()
        )
        if membership is None:
            self.stdout.write(
                f"  No member or expert in {community.title}: the demo proposal is not loaded."
            )
            return

        categories = FieldReportCategory.objects.filter(
            Q(community=community) | Q(community__isnull=True), label__in=data["categories"]
        )
        fields = {
            **data["fields"],
            "point": Point(data["longitude"], data["latitude"]),
            "categories": categories,
        }
        page = submit_proposal(community, index, membership.user, fields, photos=[])
        self.note(f"field report proposal by {membership.user.username}", page.title)


# The accounts of the communities, then the members who ask and answer the demo questions.
DEMO_USERS = [*content.USERS, *questions.USERS]


def describe_account(user_data):
    """Summarise the roles of a demo account, e.g. "facilitator of Filières vertes"."""
    if user_data.get("is_superuser"):
        return "site administrator"
    titles = {community["slug"]: community["title"] for community in content.COMMUNITIES}
    memberships = [
        (username, community["slug"], role)
        for community in content.COMMUNITIES
        for username, role in community["memberships"]
    ]
    roles = [
        f"{role} of {titles[slug]}"
        for username, slug, role in [*memberships, *questions.MEMBERSHIPS]
        if username == user_data["username"]
    ]
    return ", ".join(roles) or "agent with no community"


def stream_json(blocks):
    """Convert the demo's (block type, value) pairs into a StreamField's raw JSON."""
    raw = []
    for block_type, value in blocks:
        if block_type == "table":
            value = {
                "caption": value["caption"],
                "table": {
                    "data": [value["header"], *value["rows"]],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "",
                },
            }
        raw.append({"type": block_type, "value": value})
    return json.dumps(raw)


# An invented project, proposed from the site rather than published by a facilitator.
DEMO_PROPOSAL = {
    "community": "filieres-vertes",
    # The slug that submit_proposal derives from the title.
    "slug": "maison-de-sante-en-ossature-bois-et-paille",
    "latitude": 48.0706,
    "longitude": -0.7734,
    "categories": ["Bois", "Paille", "Construction neuve"],
    "fields": {
        "title": "Maison de santé en ossature bois et paille",
        "summary": (
            "Une maison de santé de 480 m² en ossature bois, isolée en bottes de paille et "
            "enduite de terre. Projet fictif créé pour la démonstration."
        ),
        "address": "",
        "status": "delivered",
        "year": 2025,
        "project_owner": "Communauté de communes (fictive)",
        "designer": "Atelier d’architecture (fictif)",
        "floor_area": 480,
        "cost": 1_450_000,
        "description": (
            "La communauté de communes voulait regrouper six professionnels de santé dans un "
            "bâtiment sobre, construit avec des matériaux de la région.\n\n"
            "La paille vient d’une exploitation à moins de 30 km. Les murs ont été montés en "
            "caissons préfabriqués en atelier, ce qui a réduit le chantier à onze mois."
        ),
    },
}
