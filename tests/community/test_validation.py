"""Validation of the community page."""

import pytest
from django.core.exceptions import ValidationError


@pytest.mark.django_db
def test_illustration_without_alt_text_is_invalid(community, image):
    community.illustration = image
    community.illustration_alt = ""

    with pytest.raises(ValidationError) as excinfo:
        community.full_clean()

    assert "illustration_alt" in excinfo.value.message_dict


@pytest.mark.django_db
def test_illustration_with_blank_alt_text_is_invalid(community, image):
    community.illustration = image
    community.illustration_alt = "   "

    with pytest.raises(ValidationError) as excinfo:
        community.full_clean()

    assert "illustration_alt" in excinfo.value.message_dict


@pytest.mark.django_db
def test_illustration_with_alt_text_is_valid(community, image):
    community.illustration = image
    community.illustration_alt = "Botte de paille devant un chantier"

    community.full_clean()
