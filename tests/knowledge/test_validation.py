"""Validation of the reference pages."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from tests.factories import ReportingPageFactory, reference_index


@pytest.fixture
def reporting(community):
    return ReportingPageFactory(parent=reference_index(community))


@pytest.mark.django_db
def test_reporting_period_ending_before_start_is_invalid(reporting):
    reporting.period_start = datetime.date(2024, 12, 31)
    reporting.period_end = datetime.date(2024, 1, 1)

    with pytest.raises(ValidationError) as excinfo:
        reporting.full_clean()

    assert "period_end" in excinfo.value.message_dict


@pytest.mark.django_db
def test_reporting_period_of_one_day_is_valid(reporting):
    reporting.period_start = datetime.date(2024, 6, 30)
    reporting.period_end = datetime.date(2024, 6, 30)

    reporting.full_clean()
