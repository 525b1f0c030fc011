"""起草 / Draft: the first draft of a year's review, each named indicator linked to its figures."""

from django.utils.translation import gettext as _

from indicators.display.drafting import draft_build
from indicators.page_cache import cached_page, regions_of
from indicators.permissions import read_view
from indicators.views.tables import place


@read_view
def year_draft(request, code, year):
    jurisdiction = place(code)
    title = _("%(name)s %(year)s: draft of the review") % {"name": jurisdiction.name, "year": year}
    return cached_page(
        request,
        "draft",
        {"jurisdiction": jurisdiction, "year": year, "title": title},
        regions_of(jurisdiction),
        lambda: {"draft": draft_build(jurisdiction, year)},
    )
