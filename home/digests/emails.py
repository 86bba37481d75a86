"""The digest e-mail: subject, plain text and HTML, in French, with its unsubscribe links."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, ngettext
from wagtail.models import Site

from .models import Frequency
from .tokens import make_token

ACCOUNT_ANCHOR = "courriels-communautes"


def site_root_url():
    """Return the absolute root URL of the default site, without a trailing slash."""
    site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site is not None else settings.WAGTAILADMIN_BASE_URL


def unsubscribe_url(root_url, user, community=None):
    token = make_token(user, community)
    return root_url + reverse("digests:unsubscribe", kwargs={"token": token})


def build_subject(digest, frequency):
    count = digest.item_count
    if frequency == Frequency.EACH and count == 1:
        section = digest.sections[0]
        return gettext("New in %(community)s: %(title)s") % {
            "community": section.community.title,
            "title": section.groups[0].items[0].title,
        }
    if frequency == Frequency.DAILY:
        text = ngettext(
            "Your daily digest: %(count)d new item in your communities",
            "Your daily digest: %(count)d new items in your communities",
            count,
        )
    elif frequency == Frequency.WEEKLY:
        text = ngettext(
            "Your weekly digest: %(count)d new item in your communities",
            "Your weekly digest: %(count)d new items in your communities",
            count,
        )
    else:
        text = ngettext(
            "%(count)d new item in your communities",
            "%(count)d new items in your communities",
            count,
        )
    return text % {"count": count}


def build_digest_message(digest, frequency, root_url):
    """Render the e-mail of `digest` in French, as plain text with an HTML alternative.

    Each community section carries a link that stops that community's e-mails. The footer
    link, and the List-Unsubscribe header of a digest about several communities, stop them all.
    """
    user = digest.user
    sections = [section_context(section, user, root_url) for section in digest.sections]
    all_url = unsubscribe_url(root_url, user)
    header_url = sections[0]["unsubscribe_url"] if len(sections) == 1 else all_url
    context = {
        "user": user,
        "frequency": frequency,
        "sections": sections,
        "unsubscribe_all_url": all_url,
        "account_url": f"{root_url}{reverse('account:profile')}#{ACCOUNT_ANCHOR}",
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = build_subject(digest, frequency)
        text = render_to_string("home/digests/emails/digest.txt", context)
        html = render_to_string("home/digests/emails/digest.html", {**context, "subject": subject})

    message = EmailMultiAlternatives(
        subject=" ".join(subject.split()),
        body=text,
        to=[user.email],
        headers={
            "List-Unsubscribe": f"<{header_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
    )
    message.attach_alternative(html, "text/html")
    return message


def section_context(section, user, root_url):
    """Return a section of the digest with its community's links."""
    community_url = section.community.get_full_url() or root_url + "/"
    return {
        "section": section,
        "community_url": community_url,
        "activity_url": community_url + section.community.reverse_subpage("activity"),
        "unsubscribe_url": unsubscribe_url(root_url, user, section.community),
    }
