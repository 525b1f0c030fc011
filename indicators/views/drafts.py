"""起草 / Draft: the first draft of a year's review, each named indicator linked to its figures."""

from django.http import HttpResponse
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _

from indicators.display.drafting import draft_build
from indicators.exports.draft_documents import draft_document
from indicators.models.names import shown_name
from indicators.page_cache import cached_page, regions_of
from indicators.permissions import read_view
from indicators.views.tables import place

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@read_view
def year_draft(request, code, year):
    jurisdiction = place(code)
    title = _("%(name)s %(year)s: draft of the review") % {
        "name": shown_name(jurisdiction),
        "year": year,
    }
    if request.GET.get("format") == "docx":
        response = HttpResponse(draft_document(jurisdiction, year), content_type=DOCX)
        response["Content-Disposition"] = content_disposition_header(True, f"{title}.docx")
        return response
    return cached_page(
        request,
        "draft",
        {"jurisdiction": jurisdiction, "year": year, "title": title},
        regions_of(jurisdiction),
        lambda: {"draft": draft_build(jurisdiction, year)},
    )
