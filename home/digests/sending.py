"""Sending the digests of one frequency: one e-mail per member with something new.

A member gets the e-mail of a subscription only while, at sending time, they are an active
member of the community with an active account and an e-mail address. The items are those
`visible_entries` lets them see at that moment, so an answer hidden, a page unpublished or a
community left since the item happened stays out of the e-mail.

A subscription's cursor (`last_entry_id`) moves past the items only once their e-mail was
handed to the mail server. A failure is logged and leaves the cursor where it was, so the
next run sends the same items again, and the other members' e-mails go on.
"""

import dataclasses
import itertools
import logging

from django.core.mail import get_connection
from django.db.models import Exists, OuterRef
from django.utils import timezone

from community.mail_delivery import close_quietly, deliver
from community.models import Membership

from .content import build_digest
from .emails import build_digest_message, site_root_url
from .models import Subscription
from .subscriptions import latest_entry_id

logger = logging.getLogger(__name__)


@dataclasses.dataclass
class SendingReport:
    """Counts of the members whose digest one run sent, failed to send or skipped.

    `skipped` counts the digests that an overlapping run had claimed first, `empty` the
    members with nothing new.
    """

    sent: int = 0
    failed: int = 0
    skipped: int = 0
    empty: int = 0


def due_subscriptions(frequency):
    """Return the subscriptions of `frequency` whose member may receive e-mails now.

    Ordered by member, so that the subscriptions of one member follow each other.
    """
    active_membership = Membership.objects.active().filter(
        user=OuterRef("user"), community=OuterRef("community")
    )
    return (
        Subscription.objects.filter(frequency=frequency, user__is_active=True)
        .exclude(user__email="")
        .filter(Exists(active_membership))
        .select_related("user", "community")
        .order_by("user_id", "pk")
    )


def send_digests(frequency, now=None):
    """Send the digest e-mails of `frequency` for everything new up to now.

    Returns a `SendingReport`.
    """
    now = now or timezone.now()
    latest_id = latest_entry_id()
    report = SendingReport()

    digests = []
    subscriptions = due_subscriptions(frequency)
    for _user_id, member_subscriptions in itertools.groupby(subscriptions, lambda s: s.user_id):
        member_subscriptions = list(member_subscriptions)
        user = member_subscriptions[0].user
        digest = build_digest(user, member_subscriptions, latest_id)
        sending = digest.subscriptions if digest is not None else []
        advance([s for s in member_subscriptions if s not in sending], latest_id)
        if digest is None:
            report.empty += 1
        else:
            digests.append(digest)
    if digests:
        send_all(digests, frequency, latest_id, now, report)

    logger.info(
        "Digests (%s): %d sent, %d failed, %d skipped, %d members with nothing new",
        frequency,
        report.sent,
        report.failed,
        report.skipped,
        report.empty,
    )
    return report


def advance(subscriptions, latest_id):
    """Move the cursors of `subscriptions`, which have nothing to send, to `latest_id`.

    The entries they pass are those the member may not see now, which later e-mails leave out.
    """
    if not subscriptions:
        return
    Subscription.objects.filter(
        pk__in=[subscription.pk for subscription in subscriptions],
        last_entry_id__lt=latest_id,
    ).update(last_entry_id=latest_id)


def send_all(digests, frequency, latest_id, now, report):
    """Send `digests` over one connection, claiming each one's subscriptions first."""
    connection = get_connection()
    try:
        connection.open()
    except OSError:
        logger.exception(
            "Failed to connect to the mail server: %d digests stay pending", len(digests)
        )
        report.failed += len(digests)
        return

    root_url = site_root_url()
    try:
        for digest in digests:
            subscriptions = digest.subscriptions
            if not claim(subscriptions, latest_id, now):
                report.skipped += 1
                continue
            message = build_digest_message(digest, frequency, root_url)
            failure = "Failed to send the digest of user %s (subscriptions %s), which stays pending"
            ids = (digest.user.pk, [subscription.pk for subscription in digest.subscriptions])
            if deliver(message, connection, logger, failure, *ids):
                report.sent += 1
            else:
                release(subscriptions, latest_id, now)
                report.failed += 1
    finally:
        close_quietly(connection)


def claim(subscriptions, latest_id, now):
    """Move the cursors of `subscriptions` to `latest_id`, and return False if another run did.

    Two runs that overlap read the same cursors, and each claim succeeds only while the cursor
    is still the one read. Claims go in primary key order, so the run that loses the first one
    gives up before taking any other. A run that loses a later one gives back what it took.
    """
    claimed = []
    for subscription in sorted(subscriptions, key=lambda s: s.pk):
        updated = Subscription.objects.filter(
            pk=subscription.pk, last_entry_id=subscription.last_entry_id
        ).update(last_entry_id=latest_id, last_sent_at=now)
        if updated != 1:
            release(claimed, latest_id, now)
            return False
        claimed.append(subscription)
    return True


def release(subscriptions, latest_id, now):
    """Give back the claims of `subscriptions` whose e-mail failed, so that the next run retries.

    NOTE: if an overlapping run moved one of these cursors on meanwhile, its claim is kept and
    the items of the failed e-mail are not sent again. That takes two overlapping runs and a
    mail failure, and it never sends an item twice.
    """
    for subscription in subscriptions:
        Subscription.objects.filter(
            pk=subscription.pk, last_entry_id=latest_id, last_sent_at=now
        ).update(last_entry_id=subscription.last_entry_id, last_sent_at=subscription.last_sent_at)
