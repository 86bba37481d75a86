"""Factories and helpers of the map tests: field reports, categories and territories."""

import factory
from django.core.cache import cache

from knowledge.models import (
    Commune,
    Department,
    FieldReportCategory,
    FieldReportIndexPage,
    FieldReportPage,
    FieldReportStatus,
    MapPage,
    Region,
)
from tests.factories import PageFactory, home_page

# Nantes and Brest: both west of Greenwich, so a swapped axis order or a lost sign shows.
NANTES = (-1.553621, 47.218371)
BREST = (-4.486076, 48.390394)
LYON = (4.835659, 45.764043)


def location(point):
    longitude, latitude = point
    return f"SRID=4326;POINT({longitude} {latitude})"


def field_report_index(community):
    """Return the field report index that publishing `community` created under it."""
    return FieldReportIndexPage.objects.child_of(community).get()


def department(code, name, region_code="52", region_name="Pays de la Loire"):
    region, _ = Region.objects.get_or_create(code=region_code, defaults={"name": region_name})
    result, _ = Department.objects.get_or_create(
        code=code, defaults={"name": name, "region": region}
    )
    return result


def commune(code, name, department_code, department_name):
    result, _ = Commune.objects.get_or_create(
        code=code,
        defaults={"name": name, "department": department(department_code, department_name)},
    )
    return result


def map_page():
    """Return the shared map at /carte/, creating it under the home page when missing."""
    existing = MapPage.objects.first()
    if existing is not None:
        return existing
    return MapPageFactory()


class MapPageFactory(PageFactory):
    class Meta:
        model = MapPage

    title = "Carte des remontées terrain"
    slug = "carte"
    parent = factory.LazyFunction(home_page)
    intro = "<p>Toutes les remontées terrain que vous pouvez consulter.</p>"


class FieldReportCategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FieldReportCategory

    label = factory.Sequence(lambda n: f"Catégorie {n}")
    community = None


class FieldReportPageFactory(PageFactory):
    """A located field report, whose `parent` must be a field report index."""

    class Meta:
        model = FieldReportPage

    parent = None
    title = factory.Sequence(lambda n: f"Remontée terrain {n}")
    summary = factory.LazyAttribute(lambda page: f"Résumé de {page.title}.")
    location = location(NANTES)
    status = FieldReportStatus.DELIVERED


def clear_cache():
    """Empty the default cache, which also contains the map payloads, between tests."""
    cache.clear()
