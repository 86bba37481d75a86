"""The form of a field report proposal, with its location and up to three photos."""

import math
import re
from typing import NamedTuple

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.db.models import Q
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.images.fields import WagtailImageField

from ..geo import Point, parse_coordinate, validate_point
from ..models import FieldReportCategory, FieldReportStatus

MAX_PHOTOS = 3
PHOTO_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
PHOTO_MIME_TYPES = "image/jpeg,image/png,image/webp"
PHOTO_MAX_BYTES = 10 * 1024 * 1024
# 50 megapixels covers the photos of current phones and cameras while bounding the memory
# that a rendition of the photo takes later.
PHOTO_MAX_PIXELS = 50_000_000
# Bounds that no building project reaches, so a typing slip is caught before moderation.
MAX_FLOOR_AREA = 1_000_000
MAX_COST = 10_000_000_000
DESCRIPTION_MAX_LENGTH = 10_000
WHITESPACE = re.compile(r"\s")
# Positive integers that fit a signed 64-bit column, because SQLite raises OverflowError on
# larger ones.
ID_PATTERN = re.compile(r"^[0-9]{1,18}$")


class Photo(NamedTuple):
    file: object
    alt_text: str
    credit: str


class GroupedIntegerField(forms.IntegerField):
    """An integer that may be typed with spaces between thousands, as in "1 250 000"."""

    widget = forms.TextInput(attrs={"inputmode": "numeric"})

    def to_python(self, value):
        if isinstance(value, str):
            value = WHITESPACE.sub("", value)
        return super().to_python(value)


class CategoriesField(forms.ModelMultipleChoiceField):
    """Categories chosen by id, where an id too large for the database is an invalid choice."""

    def clean(self, value):
        for pk in value if isinstance(value, list | tuple) else []:
            if not ID_PATTERN.match(str(pk)):
                raise ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": str(pk)[:20]},
                )
        return super().clean(value)


class PhotoField(WagtailImageField):
    """A JPEG, PNG or WebP photo of at most 10 MB, opened by Willow and checked by Pillow."""

    default_validators = [FileExtensionValidator(PHOTO_EXTENSIONS)]

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        # WagtailImageField reads its limits from the WAGTAILIMAGES_* settings, which also
        # govern the admin. Proposals from the site get narrower limits.
        self.allowed_image_extensions = PHOTO_EXTENSIONS
        self.max_upload_size = PHOTO_MAX_BYTES
        self.max_upload_size_text = filesizeformat(PHOTO_MAX_BYTES)
        self.max_image_pixels = PHOTO_MAX_PIXELS
        self.error_messages["invalid_image_extension"] = _(
            "This file is not a JPEG, PNG or WebP photo."
        )
        self.help_text = _("JPEG, PNG or WebP, 10 MB at most.")

    def to_python(self, data):
        # Willow and Pillow raise many exception types on corrupt data, e.g. OSError on a
        # truncated JPEG while WagtailImageField reads its size.
        try:
            photo = super().to_python(data)
        except ValidationError:
            raise
        except Exception as error:  # noqa: BLE001
            raise self._invalid_image() from error
        if photo is None:
            return None

        try:
            with PILImage.open(photo) as image:
                image.verify()
        except Exception as error:  # noqa: BLE001
            raise self._invalid_image() from error
        finally:
            photo.seek(0)
        return photo

    def _invalid_image(self):
        return ValidationError(self.error_messages["invalid_image"], code="invalid_image")


class FieldReportProposalForm(forms.Form):
    """A member's proposal of a field report, which submit_proposal turns into a draft page."""

    title = forms.CharField(
        label=_("Title"),
        max_length=255,
        help_text=_("The name of the project, e.g. “Groupe scolaire en paille et terre crue”."),
    )
    summary = forms.CharField(
        label=_("Summary"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Two or three sentences shown in lists and on the map, 300 characters at most."
        ),
    )
    address = forms.CharField(
        label=_("Address"),
        max_length=250,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "street-address"}),
    )
    latitude = forms.CharField(
        label=_("Latitude"),
        max_length=40,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
        help_text=_("In decimal degrees, with a point or a comma, e.g. 45,7640."),
    )
    longitude = forms.CharField(
        label=_("Longitude"),
        max_length=40,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
        help_text=_("In decimal degrees, negative west of Greenwich, e.g. 4,8357 or -1,5536."),
    )
    categories = CategoriesField(
        label=_("Categories"),
        queryset=FieldReportCategory.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    status = forms.ChoiceField(
        label=_("Status"),
        choices=FieldReportStatus.choices,
        initial=FieldReportStatus.DELIVERED,
    )
    year = forms.IntegerField(
        label=_("Year"),
        min_value=1800,
        max_value=2100,
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "maxlength": 4}),
        help_text=_("Year of delivery, or of the planned delivery."),
    )
    project_owner = forms.CharField(label=_("Project owner"), max_length=200, required=False)
    designer = forms.CharField(label=_("Designer"), max_length=200, required=False)
    floor_area = GroupedIntegerField(
        label=_("Floor area (m²)"), min_value=1, max_value=MAX_FLOOR_AREA, required=False
    )
    cost = GroupedIntegerField(
        label=_("Cost (€)"),
        min_value=0,
        max_value=MAX_COST,
        required=False,
        help_text=_("In whole euros. Spaces between thousands are accepted."),
    )
    description = forms.CharField(
        label=_("Description"),
        max_length=DESCRIPTION_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "The context, the choices made, the results and the difficulties. "
            "Leave a blank line between paragraphs."
        ),
    )

    def __init__(self, community, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["categories"].queryset = FieldReportCategory.objects.filter(
            Q(community=community) | Q(community__isnull=True)
        )
        for field in self.fields.values():
            if not field.required:
                field.label = _("%(label)s (optional)") % {"label": field.label}
        # Photos are optional as a whole, but their text fields are required with a file.
        for number in range(1, MAX_PHOTOS + 1):
            self.fields[f"photo_{number}"] = PhotoField(
                label=_("Photo %(number)s") % {"number": number},
                required=False,
                widget=forms.FileInput(attrs={"accept": PHOTO_MIME_TYPES}),
            )
            self.fields[f"photo_{number}_alt_text"] = forms.CharField(
                label=_("Alternative text of photo %(number)s") % {"number": number},
                max_length=250,
                required=False,
                help_text=_("Required with a photo: describe what it shows."),
            )
            self.fields[f"photo_{number}_credit"] = forms.CharField(
                label=_("Credit of photo %(number)s") % {"number": number},
                max_length=120,
                required=False,
                help_text=_("Required with a photo: its author or owner."),
            )

    def photo_fields(self):
        """Return the bound fields of each photo: (file, alternative text, credit)."""
        return [
            (
                self[f"photo_{number}"],
                self[f"photo_{number}_alt_text"],
                self[f"photo_{number}_credit"],
            )
            for number in range(1, MAX_PHOTOS + 1)
        ]

    def clean(self):
        cleaned_data = super().clean()
        self._clean_point(cleaned_data)
        for number in range(1, MAX_PHOTOS + 1):
            self._clean_photo(cleaned_data, number)
        return cleaned_data

    def _clean_point(self, cleaned_data):
        coordinates = {}
        for name, label in (("latitude", _("latitude")), ("longitude", _("longitude"))):
            if name not in cleaned_data:
                continue
            try:
                coordinates[name] = parse_coordinate(cleaned_data[name], label)
            except ValidationError as error:
                self.add_error(name, error)
        if len(coordinates) < 2:
            return
        latitude, longitude = coordinates["latitude"], coordinates["longitude"]
        try:
            cleaned_data["point"] = validate_point(Point(longitude, latitude))
        except ValidationError as error:
            # validate_point checks the range of the latitude first, then of the longitude.
            latitude_in_range = math.isfinite(latitude) and -90 <= latitude <= 90
            field = (
                "longitude" if error.code == "out_of_range" and latitude_in_range else "latitude"
            )
            self.add_error(field, error)

    def _clean_photo(self, cleaned_data, number):
        name = f"photo_{number}"
        alt_text = cleaned_data.get(f"{name}_alt_text", "")
        credit = cleaned_data.get(f"{name}_credit", "")
        if name in self.errors:
            return
        if cleaned_data.get(name) is None:
            if alt_text or credit:
                self.add_error(
                    name,
                    _(
                        "Choose the photo again: files are not kept when the form is sent back "
                        "with errors. Or clear its alternative text and credit."
                    ),
                )
            return
        if not alt_text and f"{name}_alt_text" not in self.errors:
            self.add_error(
                f"{name}_alt_text", _("Describe what photo %(number)s shows.") % {"number": number}
            )
        if not credit and f"{name}_credit" not in self.errors:
            self.add_error(
                f"{name}_credit",
                _("Give the author or owner of photo %(number)s.") % {"number": number},
            )

    def photos(self):
        """Return the valid photos, in their order on the form."""
        photos = []
        for number in range(1, MAX_PHOTOS + 1):
            file = self.cleaned_data.get(f"photo_{number}")
            if file is not None:
                photos.append(
                    Photo(
                        file,
                        self.cleaned_data[f"photo_{number}_alt_text"],
                        self.cleaned_data[f"photo_{number}_credit"],
                    )
                )
        return photos
