"""RSS 2.0 and Atom 1.0 documents of a list of activity items, with Django's syndication framework.

Django's feed generators write the dates the way each format requires, whatever the active
language: RSS dates in RFC 2822 with English day and month names, Atom dates in RFC 3339.
"""

import dataclasses
import re

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from home.activity.items import ActivityItem

from .identifiers import item_tag_uri

# A name that looks like an e-mail address (a username can be one) is never published.
EMAIL_LIKE = re.compile(r"\S+@\S+")


@dataclasses.dataclass(frozen=True)
class FeedContent:
    """The title, description, links, identifier and items of one feed."""

    title: str
    description: str
    link: str
    feed_url: str
    feed_id: str
    items: list[ActivityItem]


class ActivityFeed(Feed):
    """A feed of `FeedContent`, which the view passes as the `content` keyword argument."""

    def get_object(self, request, content):
        return content

    def title(self, content):
        return content.title

    def description(self, content):
        return content.description

    def link(self, content):
        return content.link

    def feed_url(self, content):
        return content.feed_url

    def feed_guid(self, content):
        return content.feed_id

    def items(self, content):
        return content.items

    def item_title(self, item):
        return _("%(kind)s: %(title)s") % {"kind": item.kind_label, "title": item.title}

    def item_description(self, item):
        # Both formats read the summary as HTML, and the summary is plain text.
        return escape(item.summary)

    def item_link(self, item):
        return item.url

    def item_guid(self, item):
        return item_tag_uri(item)

    item_guid_is_permalink = False

    def item_author_name(self, item):
        # Atom wants an author on every entry: the community stands for a page without one.
        if not item.author or EMAIL_LIKE.search(item.author):
            return item.community_title
        return item.author

    def item_pubdate(self, item):
        return item.occurred_at

    def item_updateddate(self, item):
        # Atom requires an "updated" date on every entry; RSS does not use it.
        return item.occurred_at

    def item_categories(self, item):
        return [item.kind_label, item.community_title]


class ActivityRssFeed(ActivityFeed):
    feed_type = Rss201rev2Feed


class ActivityAtomFeed(ActivityFeed):
    feed_type = Atom1Feed

    def subtitle(self, content):
        return content.description


FEED_CLASSES = {"rss": ActivityRssFeed, "atom": ActivityAtomFeed}


def feed_response(request, content, format):
    """Return the `format` ("rss" or "atom") document of `content` as a response."""
    return FEED_CLASSES[format]()(request, content=content)
