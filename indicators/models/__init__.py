from indicators.models.access import Assignment
from indicators.models.assessments import Assessment, Judgement
from indicators.models.exports import Export
from indicators.models.figures import Figure, flags_in_quote, parsed_number
from indicators.models.places import MAX_YEAR, MIN_YEAR, Jurisdiction
from indicators.models.plans import Plan
from indicators.models.series import Indicator
from indicators.models.versions import DataVersion

__all__ = [
    "MAX_YEAR",
    "MIN_YEAR",
    "Assessment",
    "Assignment",
    "DataVersion",
    "Export",
    "Figure",
    "Indicator",
    "Judgement",
    "Jurisdiction",
    "Plan",
    "flags_in_quote",
    "parsed_number",
]
