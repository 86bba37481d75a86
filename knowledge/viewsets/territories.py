"""Wagtail admin screens and choosers for régions, départements and communes.

Territories are kept out of the Wagtail search index, which serves the page search, so the
listings and the choosers search names and INSEE codes with the ORM.
"""

import django_filters
from django import forms
from django.db.models import Case, Q, Value, When
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from ..models import Commune, Department, Region


class TerritorySearchForm(BaseFilterForm):
    """Chooser search on the name (anywhere in it) or the start of the INSEE code.

    Exact matches come first, then names starting with the query, then the rest by name.
    NOTE: the match is not accent-insensitive ("etienne" misses "Étienne"), and on SQLite
    the case folding covers ASCII letters only, because LIKE there ignores case for ASCII only.
    """

    q = forms.CharField(
        label=_("Search term"),
        required=False,
        widget=forms.TextInput(attrs={"placeholder": _("Name or INSEE code")}),
    )

    def filter(self, objects):
        objects = super().filter(objects)
        query = self.cleaned_data.get("q", "").strip()
        if not query:
            return objects

        self.is_searching = True
        self.search_query = query
        rank = Case(
            When(Q(code__iexact=query) | Q(name__iexact=query), then=Value(0)),
            When(name__istartswith=query, then=Value(1)),
            default=Value(2),
        )
        matches = objects.filter(Q(name__icontains=query) | Q(code__istartswith=query))
        return matches.alias(search_rank=rank).order_by("search_rank", "name", "code")


class TerritoryChooseView(ChooseView):
    filter_form_class = TerritorySearchForm


class TerritoryChooseResultsView(ChooseResultsView):
    filter_form_class = TerritorySearchForm


class TerritoryChooserViewSet(SnippetChooserViewSet):
    choose_view_class = TerritoryChooseView
    choose_results_view_class = TerritoryChooseResultsView


class CommuneColumnsMixin:
    """Show the département beside each commune, to tell apart communes of the same name."""

    @property
    def columns(self):
        return [*super().columns, Column("department", label=capfirst(_("département")))]


class CommuneChooseView(CommuneColumnsMixin, TerritoryChooseView):
    pass


class CommuneChooseResultsView(CommuneColumnsMixin, TerritoryChooseResultsView):
    pass


class CommuneChooserViewSet(TerritoryChooserViewSet):
    choose_view_class = CommuneChooseView
    choose_results_view_class = CommuneChooseResultsView

    def get_object_list(self):
        return Commune.objects.select_related("department")


class CommuneFilterSet(WagtailFilterSet):
    region = django_filters.ModelChoiceFilter(
        field_name="department__region",
        queryset=Region.objects.all(),
        label=capfirst(_("région")),
    )
    department = django_filters.ModelChoiceFilter(
        queryset=Department.objects.all(),
        label=capfirst(_("département")),
    )

    class Meta:
        model = Commune
        fields = ["region", "department"]


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "globe"
    list_display = ["name", "code"]
    search_fields = ["name", "code"]
    search_backend_name = None
    copy_view_enabled = False
    chooser_viewset_class = TerritoryChooserViewSet


class DepartmentViewSet(SnippetViewSet):
    model = Department
    icon = "globe"
    list_display = ["name", "code", "region"]
    list_filter = ["region"]
    search_fields = ["name", "code"]
    search_backend_name = None
    copy_view_enabled = False
    chooser_viewset_class = TerritoryChooserViewSet

    def get_queryset(self, request):
        return Department.objects.select_related("region")


class CommuneViewSet(SnippetViewSet):
    model = Commune
    icon = "site"
    list_display = ["name", "code", "department", "population"]
    filterset_class = CommuneFilterSet
    list_per_page = 50
    search_fields = ["name", "code"]
    search_backend_name = None
    copy_view_enabled = False
    chooser_viewset_class = CommuneChooserViewSet

    def get_queryset(self, request):
        return Commune.objects.select_related("department")


class TerritoryViewSetGroup(SnippetViewSetGroup):
    items = (RegionViewSet, DepartmentViewSet, CommuneViewSet)
    menu_label = _("Territories")
    menu_icon = "globe"
    menu_order = 270


def register_territory_snippets():
    """Register régions, départements and communes as snippets, under a "Territories" menu.

    Call it once, from a wagtail_hooks module. Registering Commune gives FieldPanel("commune")
    a searchable chooser instead of a select of every commune.
    """
    register_snippet(TerritoryViewSetGroup)
