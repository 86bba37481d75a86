"""The search service: the pages and documents one user may see that match a query.

Results and every count go through `visible_pages` and `visible_documents`, so they never
include a page or a document of a reserved community that the user is not a member of, nor an
unpublished, expired or scheduled page. Queries are not stored anywhere.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django_comments_xtd.models import XtdComment
from wagtail.documents import get_document_model
from wagtail.models import Page

from community.models import CommunityAccess, CommunityPage
from community.privacy import visible_documents, visible_pages
from knowledge.map_data import VisibleCommunity
from knowledge.models.reference import COMMUNITY_DEPTH
from qa.models import QuestionPage

from .excerpts import StemMatcher, build_excerpt, highlight, page_segments
from .filters import DOCUMENT_TYPE, PAGE_MODELS, RESULT_TYPES, parse_filters
from .query import parse_query

PAGE_SIZE = 20
# Documents listed above the pages when the type filter does not choose one type.
DOCUMENT_PREVIEW_COUNT = 5
COMMUNITY_PATH_LENGTH = CommunityPage.steplen * COMMUNITY_DEPTH


@dataclass(frozen=True)
class SearchHit:
    """One result: a specific page or a document, with its highlighted title and excerpt."""

    title: SafeString
    type_label: str
    excerpt: SafeString
    date: datetime.date | None
    community: VisibleCommunity | None
    page: Page | None = None
    document: object | None = None


@dataclass
class SearchResults:
    """One page of results.

    `hits` is a Django paginator page of SearchHit: pages, or documents when the type filter
    chooses documents, and `count` is their number. When the type filter chooses no type,
    `document_count` documents match besides and `documents` previews the first ones on the
    first page. `type_counts` counts the results of each type key of RESULT_TYPES under the
    community and period filters.
    """

    hits: PaginatorPage
    count: int
    type_counts: dict[str, int]
    documents: list[SearchHit] = field(default_factory=list)
    document_count: int = 0

    @property
    def total(self):
        """The number of results: the listed ones and the documents beside them."""
        return self.count + self.document_count


class SiteSearch:
    """Searches, counts and result pages for one user.

    Build one per request: the view restrictions are read once, when it is built, and every
    search and count reuses them.
    """

    def __init__(self, user):
        self.user = user
        self.now = timezone.now()
        self.content_type_ids = {
            model: content_type.pk
            for model, content_type in ContentType.objects.get_for_models(*PAGE_MODELS).items()
        }
        pages = Page.objects.filter(content_type_id__in=self.content_type_ids.values())
        self.visible_pages = visible_pages(user, pages)
        self.document_model = get_document_model()
        self.visible_documents = visible_documents(user, self.document_model.objects.all())

    @cached_property
    def communities(self):
        """The communities the user may see, by title, as `visible_communities` returns them.

        They are read from `visible_pages`, which contains the view restrictions already read.
        """
        communities = self.visible_pages.filter(
            content_type_id=self.content_type_ids[CommunityPage]
        )
        rows = communities.order_by("title", "path").values_list("pk", "slug", "title", "path")
        return [VisibleCommunity(*row) for row in rows]

    @cached_property
    def communities_by_path(self):
        return {community.path: community for community in self.communities}

    def pages(self, query, filters):
        """Return the lazy Wagtail search results of the pages, most relevant first."""
        pages = self.visible_pages
        result_type = filters.result_type
        if result_type is not None and result_type.model is not None:
            pages = pages.filter(content_type_id=self.content_type_ids[result_type.model])
        if filters.community is not None:
            pages = pages.filter(path__startswith=filters.community.path)
        if filters.period is not None:
            pages = pages.filter(last_published_at__gte=filters.period.start(self.now))
        # Wagtail's search() accepts filters on its FilterFields only, and the privacy rule
        # uses others, so the search runs on the ids that the rule keeps.
        candidates = Page.objects.filter(pk__in=pages.values("pk"))
        return candidates.search(query.search_string, operator="and")

    def documents(self, query, filters):
        """Return the lazy Wagtail search results of the documents, most relevant first.

        Documents match on their title and tags.
        """
        documents = self.visible_documents
        if filters.community is not None:
            path = self.collection_path(filters.community)
            if path is None:
                documents = documents.none()
            else:
                documents = documents.filter(collection__path__startswith=path)
        if filters.period is not None:
            documents = documents.filter(created_at__gte=filters.period.start(self.now))
        candidates = self.document_model.objects.select_related("collection")
        candidates = candidates.filter(pk__in=documents.values("pk"))
        return candidates.search(query.search_string, operator="and")

    def collection_path(self, community):
        access = CommunityAccess.objects.filter(community_id=community.pk)
        return access.values_list("collection__path", flat=True).first()

    def type_counts(self, query, filters):
        """Count the results of each type key under the community and period filters."""
        filters = filters.without("result_type")
        by_content_type = self.pages(query, filters).facet("content_type_id")
        counts = {
            key: by_content_type.get(self.content_type_ids[result_type.model], 0)
            for key, result_type in RESULT_TYPES.items()
            if result_type.model is not None
        }
        counts[DOCUMENT_TYPE] = self.documents(query, filters).count()
        return counts

    def count(self, query, filters):
        """Count the results of `query` under `filters`, as SearchResults.total does."""
        if query.is_empty:
            return 0
        counts = self.type_counts(query, filters)
        if filters.result_type is not None:
            return counts[filters.result_type.key]
        return sum(counts.values())

    def search(self, query, filters, page_number=1):
        """Return the SearchResults of page `page_number` (any value, 1 when invalid)."""
        if query.is_empty:
            empty = Paginator([], PAGE_SIZE).get_page(1)
            return SearchResults(hits=empty, count=0, type_counts={})

        counts = self.type_counts(query, filters)
        lists_documents = filters.result_type is not None and filters.result_type.model is None
        if lists_documents:
            listing = self.documents(query, filters)
            count = counts[DOCUMENT_TYPE]
        else:
            listing = self.pages(query, filters)
            page_keys = [key for key in counts if key != DOCUMENT_TYPE]
            if filters.result_type is not None:
                page_keys = [filters.result_type.key]
            count = sum(counts[key] for key in page_keys)

        paginator = Paginator(listing, PAGE_SIZE)
        # The counts above already tell the number of results, which spares the COUNT query
        # of the paginator: `count` is a cached property, so setting it replaces it.
        paginator.count = count
        hits = paginator.get_page(page_number)
        matcher = StemMatcher(query.stems)
        objects = list(hits.object_list)
        if lists_documents:
            hits.object_list = self.document_hits(objects, matcher)
        else:
            hits.object_list = self.page_hits(objects, matcher)

        results = SearchResults(hits=hits, count=count, type_counts=counts)
        if filters.result_type is None:
            results.document_count = counts[DOCUMENT_TYPE]
        if results.document_count and hits.number == 1:
            preview = list(self.documents(query, filters)[:DOCUMENT_PREVIEW_COUNT])
            results.documents = self.document_hits(preview, matcher)
        return results

    def page_hits(self, pages, matcher):
        """Return the SearchHit of each page of `pages`, in order, with a constant number of
        queries: one per page type, and one for the answers of every question."""
        pages = specific_pages(pages)
        questions = [page for page in pages if isinstance(page, QuestionPage)]
        answers = visible_answer_texts(questions)
        return [
            SearchHit(
                title=highlight(page.title, matcher),
                type_label=capfirst(page._meta.verbose_name),
                excerpt=build_excerpt(page_segments(page, answers.get(page.pk, ())), matcher),
                date=local_date(page.last_published_at),
                community=self.communities_by_path.get(page.path[:COMMUNITY_PATH_LENGTH]),
                page=page,
            )
            for page in pages
        ]

    def document_hits(self, documents, matcher):
        collections = self.community_collections
        return [
            SearchHit(
                title=highlight(document.title, matcher),
                type_label=_("Document"),
                excerpt=SafeString(""),
                date=local_date(document.created_at),
                community=community_of_collection(document.collection.path, collections),
                document=document,
            )
            for document in documents
        ]

    @cached_property
    def community_collections(self):
        """Return (collection path, community) of the communities the user may see."""
        by_pk = {community.pk: community for community in self.communities}
        rows = CommunityAccess.objects.filter(community_id__in=by_pk)
        rows = rows.values_list("collection__path", "community_id")
        return [(path, by_pk[community_id]) for path, community_id in rows]


def search_site(user, text, *, community="", result_type="", period="", page=1):
    """Run the search of the /recherche/ page from raw parameter values.

    `community` is a community slug, `result_type` a key of RESULT_TYPES and `period` a key of
    PERIODS. Unknown values are ignored. Return the SearchResults.
    """
    site_search = SiteSearch(user)
    parameters = {"communaute": community, "type": result_type, "periode": period}
    filters = parse_filters(parameters, site_search.communities)
    return site_search.search(parse_query(text), filters, page)


def search_any_word(user, pages, text, limit):
    """Return up to `limit` of `pages` that `user` may see and that contain any word of `text`.

    The pages are specific, the most relevant first: those with more of the words usually come
    first. Used to suggest pages similar to a title being typed.
    """
    query = parse_query(text)
    if query.is_empty:
        return []
    candidates = Page.objects.filter(pk__in=visible_pages(user, pages).values("pk"))
    found = list(candidates.search(query.search_string, operator="or")[:limit])
    return specific_pages(found)


def specific_pages(pages):
    """Return the specific page of each page of `pages`, in order, with one query per type."""
    ids_by_type = defaultdict(list)
    for page in pages:
        ids_by_type[page.content_type_id].append(page.pk)
    by_pk = {}
    for content_type_id, ids in ids_by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        by_pk.update((page.pk, page) for page in model.objects.filter(pk__in=ids))
    return [by_pk[page.pk] for page in pages if page.pk in by_pk]


def visible_answer_texts(questions):
    """Return the texts of the answers every reader of `questions` is shown, in one query.

    The result maps a question's id to its answers in thread order, its reference answer first.
    Hidden and removed answers are left out.
    """
    if not questions:
        return {}
    reference_ids = {question.pk: question.reference_answer_id for question in questions}
    rows = (
        XtdComment.objects.filter(
            content_type=ContentType.objects.get_for_model(QuestionPage),
            object_pk__in=[str(pk) for pk in reference_ids],
            site_id=settings.SITE_ID,
            is_public=True,
            is_removed=False,
        )
        .order_by("thread_id", "order")
        .values_list("object_pk", "pk", "comment")
    )
    texts = defaultdict(list)
    for object_pk, answer_id, comment in rows:
        question_id = int(object_pk)
        if answer_id == reference_ids[question_id]:
            texts[question_id].insert(0, comment)
        else:
            texts[question_id].append(comment)
    return texts


def community_of_collection(path, collections):
    return next((community for prefix, community in collections if path.startswith(prefix)), None)


def local_date(moment):
    return timezone.localtime(moment).date() if moment else None
