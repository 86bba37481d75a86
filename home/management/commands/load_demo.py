"""Load the demo portal: five communities with their reference pages, accounts and memberships."""

import datetime
import json
import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from community.models import CommunityPage, Membership, MembershipStatus
from home.demo import content
from home.models import HomePage, StandardPage
from knowledge.models import ArticlePage, InstructionPage, ReferenceIndexPage, ReportingPage


class Command(BaseCommand):
    help = (
        "Load the demo communities, reference pages, accounts and memberships. Safe to run "
        "again: it only creates what is missing and never changes existing content."
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
            users = self.load_users()
            for community_data in content.COMMUNITIES:
                self.load_community(home, community_data, users)
            for page_data in content.STANDARD_PAGES:
                self.load_standard_page(home, page_data)

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
        for data in content.USERS:
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

    def load_users(self):
        User = get_user_model()
        users = {}
        for data in content.USERS:
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

    def add_published_child(self, parent, page, label):
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.note(str(label), page.title)


def describe_account(user_data):
    """Summarise the roles of a demo account, e.g. "facilitator of Filières vertes"."""
    if user_data.get("is_superuser"):
        return "site administrator"
    roles = [
        f"{role} of {community['title']}"
        for community in content.COMMUNITIES
        for username, role in community["memberships"]
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
