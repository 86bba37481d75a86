"""The guidance panel at the top of the page editor: what a good page of each type contains."""

from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import HelpPanel


class GuidancePanel(HelpPanel):
    """A help panel with an introduction and a list of points, in the editor's language.

    The HTML is built when the panel is bound to a request, because a lazy translation
    formatted at import time would freeze in the language of the process.
    """

    def __init__(self, intro, points=(), **kwargs):
        kwargs.pop("content", None)
        kwargs.setdefault("heading", _("Guidance"))
        kwargs.setdefault("classname", "help-block help-info")
        super().__init__(**kwargs)
        self.intro = intro
        self.points = tuple(points)

    def clone_kwargs(self):
        kwargs = super().clone_kwargs()
        kwargs.pop("content", None)
        kwargs.update(intro=self.intro, points=self.points)
        return kwargs

    class BoundPanel(HelpPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            points = format_html_join("", "<li>{}</li>", ((point,) for point in self.panel.points))
            if self.panel.points:
                self.content = format_html("<p>{}</p><ul>{}</ul>", self.panel.intro, points)
            else:
                self.content = format_html("<p>{}</p>", self.panel.intro)
