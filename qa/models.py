"""Questions of a community, their state, and what members do with answers.

Answers themselves are django-comments-xtd comments (`XtdComment`) on the question page, or
on a reference page when an agent asks about it where they read it.
"""

import hashlib

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django_comments_xtd.models import XtdComment
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase, TagBase
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from community.guidance import GuidancePanel
from community.models import CommunityPage, VisiblePageManager

from .admin_forms import QuestionPageForm
from .threads import REFERENCE_MODELS

TOPIC_DIGEST_LENGTH = 8
DETAILS_FEATURES = ["bold", "italic", "ol", "ul", "link"]


# Fields that the thread keeps up to date, never an editor or a revision.
THREAD_STATE_FIELDS = ["status", "reference_answer", "answer_count", "last_activity_at"]


class QuestionStatus(models.TextChoices):
    UNANSWERED = "unanswered", _("Unanswered")
    ANSWERED = "answered", _("Answered")
    RESOLVED = "resolved", _("Resolved")


class QuestionIndexPage(Page):
    """ "Entraide": the questions of one community, their filters and the form to ask."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_(
            "One or two sentences above the questions, e.g. who answers and how fast, and "
            "what not to post (personal data, individual cases)."
        ),
    )

    content_panels = [
        GuidancePanel(
            _(
                "This page lists the questions of the community automatically, with filters and "
                "the form members ask with. Members ask from the site; answers are posted on "
                "the question page, not in the editor."
            )
        ),
        *Page.content_panels,
        FieldPanel("intro"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    objects = VisiblePageManager()

    parent_page_types = ["community.CommunityPage"]
    subpage_types = ["qa.QuestionPage"]
    max_count_per_parent = 1
    page_description = _(
        "The mutual help page of a community. It is created with the community: members ask "
        "their questions from the site."
    )

    class Meta:
        verbose_name = _("mutual help index")

    @cached_property
    def community(self):
        return CommunityPage.objects.ancestor_of(self).first()

    def get_context(self, request, *args, **kwargs):
        from .listing import question_list_context

        context = super().get_context(request, *args, **kwargs)
        context.update(question_list_context(self, request))
        return context


class Topic(TagBase):
    """A topic of questions.

    Questions have their own tag model so that their topics, which may name matters of a
    reserved community, never mix with the tags of images and documents. Every output that
    lists topics reads them through the questions its reader may see.
    """

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def slugify(self, tag, i=None):
        """Return a slug that depends on the name alone, never on the topics already stored.

        Taggit adds "_1" to a slug already taken, which would tell anyone who adds a topic that
        a hidden topic with that slug exists. A name that is not already its own slug, such as
        "Suivi" or "élus", gets a digest of its exact spelling instead, so no two names share a
        slug.
        """
        slug = slugify(tag)
        if slug != tag:
            digest = hashlib.sha256(tag.encode()).hexdigest()[:TOPIC_DIGEST_LENGTH]
            slug = f"{slug}-{digest}" if slug else digest
        if i is not None:
            slug += f"_{i}"
        return slug


class QuestionTag(ItemBase):
    tag = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="question_tags")
    content_object = ParentalKey(
        "qa.QuestionPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class QuestionPage(Page):
    """A question: its title asks it, the answers are threaded comments below it."""

    details = RichTextField(
        _("details"),
        blank=True,
        features=DETAILS_FEATURES,
        help_text=_("The context of the question: what was tried, what is unclear."),
    )
    asker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("asked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="questions",
    )
    tags = ClusterTaggableManager(
        through=QuestionTag,
        blank=True,
        verbose_name=_("topics"),
        help_text=_(
            "Up to five topics, separated by commas, e.g. permis de louer, copropriété. "
            "Members filter the questions with them."
        ),
    )
    related_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("about the page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The reference page the question is about, if any."),
    )
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=QuestionStatus.choices,
        default=QuestionStatus.UNANSWERED,
    )
    reference_answer = models.ForeignKey(
        XtdComment,
        verbose_name=_("reference answer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Both are kept in step by qa.threads.refresh_page so that lists can sort and count
    # without reading every thread.
    answer_count = models.PositiveIntegerField(_("number of answers"), default=0)
    last_activity_at = models.DateTimeField(_("last activity"), default=timezone.now)

    content_panels = [
        GuidancePanel(
            _(
                "A question is asked by a member; its title is the question itself. Answers and "
                "the reference answer are managed on the question page of the site."
            ),
            [
                _(
                    "A title that is a full question, e.g. Quelle pièce demander pour un bail "
                    "mobilité ?"
                ),
                _("Details that give the context, without names or personal data."),
                _("Topics, so that the question is found with the similar ones."),
            ],
        ),
        *Page.content_panels,
        FieldPanel("details"),
        FieldPanel("tags"),
        PageChooserPanel("related_page", page_type=list(REFERENCE_MODELS)),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("details"),
        index.SearchField("answers_text"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("status"),
        index.FilterField("last_activity_at"),
    ]

    objects = VisiblePageManager()

    base_form_class = QuestionPageForm

    # A copy starts without answers: the thread stays with the original question.
    exclude_fields_in_copy = THREAD_STATE_FIELDS

    parent_page_types = ["qa.QuestionIndexPage"]
    subpage_types = []
    page_description = _(
        "A question of a member. Members usually ask from the site; answers are posted there."
    )

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    @cached_property
    def community(self):
        return CommunityPage.objects.ancestor_of(self).first()

    def with_content_json(self, content):
        """Keep the thread's state of the live row when a revision is restored or published.

        A revision stores the status and count of the time it was saved; answers posted since
        then must not be forgotten when an editor publishes it.
        """
        page = super().with_content_json(content)
        for field in THREAD_STATE_FIELDS:
            attribute = self._meta.get_field(field).attname
            setattr(page, attribute, getattr(self, attribute))
        return page

    def answers_text(self):
        """The text of the visible answers, reference answer first, for the search index."""
        from .threads import visible_answers

        answers = list(visible_answers(self))
        answers.sort(key=lambda answer: answer.pk != self.reference_answer_id)
        return "\n\n".join(answer.comment for answer in answers)

    def get_context(self, request, *args, **kwargs):
        from .listing import question_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(question_page_context(self, request))
        return context


class Follow(models.Model):
    """A user who gets an e-mail when someone answers on a page (a question or a reference page)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="qa_follows",
        verbose_name=_("user"),
    )
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        verbose_name = _("followed thread")
        verbose_name_plural = _("followed threads")
        constraints = [
            models.UniqueConstraint(fields=["user", "page"], name="unique_follow"),
        ]

    def __str__(self):
        return f"{self.user} – {self.page_id}"


class ReportReason(models.TextChoices):
    OFF_TOPIC = "off_topic", _("Off topic")
    WRONG = "wrong", _("Wrong or outdated information")
    PERSONAL_DATA = "personal_data", _("Personal data")
    ABUSE = "abuse", _("Insulting or inappropriate")
    SPAM = "spam", _("Advertising or spam")
    OTHER = "other", _("Other")


class ReportStatus(models.TextChoices):
    OPEN = "open", _("To review")
    HIDDEN = "hidden", _("Answer hidden")
    KEPT = "kept", _("Answer kept")
    REMOVED = "removed", _("Answer removed")


class AnswerReport(models.Model):
    """A member's report of an answer to the facilitators, with a reason."""

    answer = models.ForeignKey(
        XtdComment, on_delete=models.CASCADE, related_name="reports", verbose_name=_("answer")
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="answer_reports",
        verbose_name=_("reported by"),
    )
    reason = models.CharField(_("reason"), max_length=16, choices=ReportReason.choices)
    explanation = models.TextField(_("explanation"), max_length=1000, blank=True)
    created_at = models.DateTimeField(_("reported at"), default=timezone.now)
    status = models.CharField(
        _("status"), max_length=8, choices=ReportStatus.choices, default=ReportStatus.OPEN
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reviewed by"),
    )

    class Meta:
        verbose_name = _("answer report")
        verbose_name_plural = _("answer reports")
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(fields=["answer", "reporter"], name="unique_answer_report"),
        ]

    def __str__(self):
        return f"{self.get_reason_display()} – {self.answer_id}"


class AnswerEdit(models.Model):
    """When an author last edited an answer, so that the thread can say it was edited."""

    answer = models.OneToOneField(
        XtdComment, on_delete=models.CASCADE, related_name="edit", verbose_name=_("answer")
    )
    edited_at = models.DateTimeField(_("edited at"), default=timezone.now)

    class Meta:
        verbose_name = _("answer edit")
        verbose_name_plural = _("answer edits")

    def __str__(self):
        return f"{self.answer_id} – {self.edited_at:%Y-%m-%d %H:%M}"


class EmailPreference(models.Model):
    """Whether a user receives the e-mails of mutual help at all."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="qa_email_preference",
        verbose_name=_("user"),
    )
    enabled = models.BooleanField(_("receive mutual help e-mails"), default=True)

    class Meta:
        verbose_name = _("mutual help e-mail preference")
        verbose_name_plural = _("mutual help e-mail preferences")

    def __str__(self):
        return str(self.user)
