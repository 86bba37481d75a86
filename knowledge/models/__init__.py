"""Models of the knowledge app, one module per concept."""

from .field_reports import (
    FieldReportCategory,
    FieldReportIndexPage,
    FieldReportPage,
    FieldReportStatus,
)
from .map import MapPage
from .reference import (
    ArticlePage,
    InstructionPage,
    InstructionStatus,
    ReferenceIndexPage,
    ReferencePage,
    ReportingPage,
    attach_communities,
    latest_reference_pages,
)
from .territories import Commune, Department, Region

__all__ = [
    "Commune",
    "Department",
    "FieldReportCategory",
    "FieldReportIndexPage",
    "FieldReportPage",
    "FieldReportStatus",
    "MapPage",
    "Region",
    "ArticlePage",
    "InstructionPage",
    "InstructionStatus",
    "ReferenceIndexPage",
    "ReferencePage",
    "ReportingPage",
    "attach_communities",
    "latest_reference_pages",
]
