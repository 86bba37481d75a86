"""Factories of users, images, documents, pages and memberships.

Pages are created the way the editor creates them: `parent.add_child(instance=...)`, then a
revision that is published, so that the signals of a community provision its groups, view
restriction, collection and reference index.
"""

import datetime

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from community.models import (
    CommunityPage,
    EventIndexPage,
    Membership,
    MembershipStatus,
    Role,
    Visibility,
)
from home.models import HomePage, StandardPage
from knowledge.models import ArticlePage, InstructionPage, ReferenceIndexPage, ReportingPage

PASSWORD = "mot-de-passe-de-test"


def home_page():
    """Return the home page that the migrations create as the root of the default site."""
    return HomePage.objects.get()


def reference_index(community):
    """Return the reference index that publishing `community` created under it."""
    return ReferenceIndexPage.objects.child_of(community).get()


def paragraph(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


# A text that the page must show for each block type of the body. None contains characters
# that HTML escaping changes, so that a test can look for it as it is.
BLOCK_MARKERS = {
    "heading": "Calendrier de déploiement",
    "paragraph": "Les communes signataires transmettent leur bilan annuel.",
    "callout": "Déposer le dossier avant le 30 juin",
    "document": "Télécharger la note de cadrage",
    "image": "Façade rénovée avec un enduit chanvre et chaux",
    "table": "Logements vacants par département",
    "legal_quote": "Code général des impôts, article 232",
    "key_figure": "Communes accompagnées",
}


def body_with_every_block(image, document):
    """Return the raw data of a body that uses every block type of `ContentStreamBlock`."""
    return [
        {"type": "heading", "value": BLOCK_MARKERS["heading"]},
        paragraph(BLOCK_MARKERS["paragraph"]),
        {"type": "callout", "value": {"title": "Point clé", "text": BLOCK_MARKERS["callout"]}},
        {
            "type": "document",
            "value": {"document": document.pk, "label": BLOCK_MARKERS["document"]},
        },
        {
            "type": "image",
            "value": {
                "image": image.pk,
                "alt_text": BLOCK_MARKERS["image"],
                "caption": "Maison de bourg, 2024",
                "credit": "DDT du Cantal",
            },
        },
        {
            "type": "table",
            "value": {
                "caption": BLOCK_MARKERS["table"],
                "table": {
                    "data": [["Département", "Logements"], ["Cantal", "1 250"]],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "",
                },
            },
        },
        {
            "type": "legal_quote",
            "value": {
                "text": "Une taxe annuelle sur les logements vacants est instituée.",
                "reference": BLOCK_MARKERS["legal_quote"],
                "url": "https://www.legifrance.gouv.fr/",
            },
        },
        {
            "type": "key_figure",
            "value": {
                "label": BLOCK_MARKERS["key_figure"],
                "value": "245",
                "unit": "communes",
                "period": "2024",
            },
        },
    ]


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"agent{n}")
    first_name = "Camille"
    last_name = factory.Sequence(lambda n: f"Agent{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.gouv.fr")
    password = factory.django.Password(PASSWORD)


class SuperuserFactory(UserFactory):
    username = factory.Sequence(lambda n: f"admin{n}")
    is_staff = True
    is_superuser = True


class ImageFactory(factory.django.DjangoModelFactory):
    """A Wagtail image whose file is a small PNG that Pillow generates."""

    class Meta:
        model = get_image_model()

    title = factory.Sequence(lambda n: f"Image {n}")
    file = factory.django.ImageField(filename="illustration.png", width=64, height=48)


class DocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_document_model()

    title = factory.Sequence(lambda n: f"Document {n}")
    file = factory.django.FileField(filename="note.txt", data=b"Note de service.\n")


class PageFactory(factory.django.DjangoModelFactory):
    """Add a page under `parent`, then publish a revision of it unless `publish` is False."""

    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Page {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    parent = factory.LazyFunction(home_page)
    publish = True

    @classmethod
    def _create(cls, model_class, *args, parent, publish, **kwargs):
        if parent is None:
            raise TypeError(f"{cls.__name__} needs a parent page, e.g. parent=reference_index(c).")
        # Read the parent afresh: treebeard derives the child's path from the parent's
        # child count, which is stale on an instance that saw other children added.
        parent = Page.objects.get(pk=parent.pk)
        if not publish:
            kwargs.setdefault("live", False)
        page = model_class(*args, **kwargs)
        parent.add_child(instance=page)

        revision = page.save_revision()
        if publish:
            revision.publish()
        return model_class.objects.get(pk=page.pk)


class CommunityPageFactory(PageFactory):
    class Meta:
        model = CommunityPage

    title = factory.Sequence(lambda n: f"Communauté {n}")
    summary = factory.LazyAttribute(lambda page: f"Les agents de {page.title} partagent.")
    description = "<p>Une communauté de pratique des services de l'État.</p>"
    visibility = Visibility.PUBLIC


class ReferencePageFactory(PageFactory):
    """A reference page; `parent` must be a reference index, e.g. `reference_index(community)`."""

    class Meta:
        abstract = True

    parent = None
    summary = factory.LazyAttribute(lambda page: f"Résumé de {page.title}.")
    body = factory.LazyAttribute(lambda page: [paragraph(f"Contenu de {page.title}.")])


class InstructionPageFactory(ReferencePageFactory):
    class Meta:
        model = InstructionPage

    title = factory.Sequence(lambda n: f"Instruction {n}")
    up_to_date = datetime.date(2025, 3, 1)


class ReportingPageFactory(ReferencePageFactory):
    class Meta:
        model = ReportingPage

    title = factory.Sequence(lambda n: f"Bilan {n}")
    period_start = datetime.date(2024, 1, 1)
    period_end = datetime.date(2024, 12, 31)


class ArticlePageFactory(ReferencePageFactory):
    class Meta:
        model = ArticlePage

    title = factory.Sequence(lambda n: f"Article {n}")
    author_name = "Dominique Martin, DDT du Cantal"
    date = datetime.date(2025, 2, 14)


class StandardPageFactory(PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Page standard {n}")
    body = factory.LazyAttribute(lambda page: [paragraph(f"Contenu de {page.title}.")])


class MembershipFactory(factory.django.DjangoModelFactory):
    """An active member by default; pass `status=MembershipStatus.PENDING` for a request."""

    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    community = factory.SubFactory(CommunityPageFactory)
    role = Role.MEMBER
    status = MembershipStatus.ACTIVE
    approved_at = factory.LazyFunction(timezone.now)


REFERENCE_PAGE_FACTORIES = [InstructionPageFactory, ReportingPageFactory, ArticlePageFactory]


def build_community_tree(community_count, pages_per_community, member):
    """Create communities with reference pages of every type; `member` joins every one of them.

    The first community is reserved and `member` facilitates it, so that view restrictions,
    groups and the Wagtail user bar all take part in the requests under test.
    """
    communities = []
    for number in range(community_count):
        visibility = Visibility.RESERVED if number == 0 else Visibility.PUBLIC
        community = CommunityPageFactory(visibility=visibility)
        role = Role.FACILITATOR if number == 0 else Role.MEMBER
        MembershipFactory(user=member, community=community, role=role)

        add_reference_pages(community, pages_per_community)
        communities.append(community)
    return communities


def add_reference_pages(community, count):
    """Publish `count` reference pages under `community`, cycling through the page types."""
    index = reference_index(community)
    for number in range(count):
        factory_class = REFERENCE_PAGE_FACTORIES[number % len(REFERENCE_PAGE_FACTORIES)]
        factory_class(parent=index)


def question_index(community):
    """Return the "Entraide" index that publishing `community` created under it."""
    from qa.models import QuestionIndexPage

    return QuestionIndexPage.objects.child_of(community).get()


class QuestionPageFactory(PageFactory):
    """A question; `parent` must be a question index, e.g. `question_index(community)`."""

    class Meta:
        model = "qa.QuestionPage"

    parent = None
    title = factory.Sequence(lambda n: f"Comment instruire le dossier {n} ?")
    details = "<p>Le service hésite sur la pièce à demander.</p>"


def event_index(community):
    """Return the agenda that publishing `community` created under it."""
    return Page.objects.child_of(community).type(EventIndexPage).specific().get()


class EventPageFactory(PageFactory):
    """A timed event of two hours; `parent` must be an agenda, e.g. `event_index(community)`.

    Pass `all_day=True` with `start_date` (and `end_date`) for an all-day event.
    """

    class Meta:
        model = "community.EventPage"

    parent = None
    title = factory.Sequence(lambda n: f"Atelier régional {n}")
    summary = "Rencontre des services sur l'instruction des dossiers."
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    end = factory.LazyAttribute(
        lambda event: event.start + datetime.timedelta(hours=2) if event.start else None
    )
    venue_name = "Préfecture, salle 2"
    organiser = "DDT, service habitat"


class AgendaPageFactory(PageFactory):
    """The portal agenda, under the home page."""

    class Meta:
        model = "community.AgendaPage"

    title = "Agenda des communautés"
    slug = "agenda"
