"""Plan pages: a plan's mid-term evaluation (progress against time) and the same target
compared across the jurisdictions below, each downloadable as CSV and XLSX."""

from collections import Counter

from django.conf import settings
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _

from indicators.assessing.pacing import as_of_of, plan_lines, year_lines
from indicators.display.charts.progress import PROGRESS_LABELS, progress_figure
from indicators.exports.progress_sheets import progress_sheet
from indicators.models import Indicator, Plan
from indicators.models.names import shown_name
from indicators.page_cache import cached_page, regions_of
from indicators.permissions import read_view
from indicators.progress.periods import AsOf
from indicators.progress.statuses import PROGRESS_STATUS_CHOICES
from indicators.views.tables import download, place


def chosen_as_of(request, plan):
    """The date asked for (?as_of=2024 or 2024-03) inside the plan's years, or the last year
    over by now; (AsOf, a message when what was asked for could not be used)."""
    default = AsOf(min(max(timezone.now().year - 1, plan.first_year), plan.last_year))
    return as_of_asked(
        request,
        default,
        within=lambda as_of: plan.first_year <= as_of.year <= plan.last_year,
        outside=_("%(value)s is outside the plan's years."),
    )


def as_of_asked(request, default, *, within, outside):
    """(the AsOf in ?as_of= when it reads and `within` accepts it, else `default`; a message
    saying why what was asked for could not be used, or '')."""
    text = (request.GET.get("as_of") or "").strip()
    if not text:
        return default, ""
    try:
        as_of = as_of_of(text)
    except ValueError:
        return default, _("%(value)s is not a year (2024) or a month (2024-03).") % {
            "value": text[:20]
        }
    if not within(as_of):
        return default, outside % {"value": text[:20]}
    return as_of, ""


def status_counts(lines):
    counts = Counter(line.progress.status for line in lines)
    return [(code, label, counts[code]) for code, label in PROGRESS_STATUS_CHOICES if counts[code]]


def as_of_text(as_of):
    return f"{as_of.year}-{as_of.month:02d}" if as_of.month else str(as_of.year)


@read_view
def plan_detail(request, pk):
    plan = get_object_or_404(Plan.objects.select_related("jurisdiction__parent__parent"), pk=pk)
    as_of, problem = chosen_as_of(request, plan)
    title = _("%(name)s %(plan)s: progress as of %(date)s") % {
        "name": shown_name(plan.jurisdiction),
        "plan": shown_name(plan),
        "date": as_of_text(as_of),
    }

    def lines():
        return plan_lines([plan], as_of)[plan]

    response = download(request, lambda: progress_sheet(lines(), title), title)
    return response or cached_page(
        request,
        "plan",
        {"plan": plan, "jurisdiction": plan.jurisdiction, "title": title},
        regions_of(plan.jurisdiction),
        lambda: plan_body(plan, lines(), as_of, problem),
    )


def plan_body(plan, lines, as_of, problem):
    return {
        "lines": lines,
        "counts": status_counts(lines),
        "warnings": [line for line in lines if line.warning],
        "chart": progress_figure(lines),
        "as_of": as_of,
        "as_of_text": as_of_text(as_of),
        "years": list(plan.years),
        "problem": problem,
        "labels": PROGRESS_LABELS,
        "has_children": plan.jurisdiction.children.exists(),
        "tolerance": settings.PROGRESS_TOLERANCE,
    }


@read_view
def plan_compare(request, pk, indicator):
    """The plan's target for one indicator in the jurisdictions below, under plans of the same
    name: which districts lag on energy intensity."""
    plan = get_object_or_404(Plan.objects.select_related("jurisdiction__parent__parent"), pk=pk)
    indicator = get_object_or_404(Indicator, pk=indicator)
    as_of, problem = chosen_as_of(request, plan)
    title = _("%(plan)s: %(indicator)s below %(name)s, as of %(date)s") % {
        "plan": shown_name(plan),
        "indicator": shown_name(indicator),
        "name": shown_name(plan.jurisdiction),
        "date": as_of_text(as_of),
    }

    def lines():
        plans = Plan.objects.filter(
            jurisdiction__parent=plan.jurisdiction, name=plan.name
        ).select_related("jurisdiction")
        found = plan_lines(plans, as_of, indicator=indicator)
        return [line for place_lines in found.values() for line in place_lines]

    response = download(request, lambda: progress_sheet(lines(), title, by_place=True), title)
    return response or cached_page(
        request,
        "plan_compare",
        {"plan": plan, "jurisdiction": plan.jurisdiction, "indicator": indicator, "title": title},
        regions_of(plan.jurisdiction),  # the jurisdictions below share its region
        lambda: {**plan_body(plan, lines(), as_of, problem), "chart": None},
    )


def chosen_month(request, year):
    """The month asked for (?as_of=2024-03) in `year`, or by default the last month over by now
    (the whole year once it is over); (AsOf, a message when what was asked could not be used)."""
    today = timezone.now().date()
    default = AsOf(year) if year < today.year else AsOf(year, max(today.month - 1, 1))
    return as_of_asked(
        request,
        default,
        within=lambda as_of: as_of.year == year,
        outside=_("%(value)s is outside %(year)s.") % {"value": "%(value)s", "year": year},
    )


@read_view
def year_pace(request, code, year):
    """序时进度 within a year: each annual target against the share of the year elapsed, read
    from the figures for part of the year (「1–3 月累计完成投资 313.64 亿元」)."""
    jurisdiction = place(code)
    as_of, problem = chosen_month(request, year)
    title = _("%(name)s %(year)s: progress within the year as of %(date)s") % {
        "name": shown_name(jurisdiction),
        "year": year,
        "date": as_of_text(as_of),
    }

    def lines():
        return year_lines(jurisdiction, as_of)

    response = download(request, lambda: progress_sheet(lines(), title), title)
    return response or cached_page(
        request,
        "year_pace",
        {"jurisdiction": jurisdiction, "year": year, "title": title},
        regions_of(jurisdiction),
        lambda: year_pace_body(lines(), as_of, problem),
    )


def year_pace_body(lines, as_of, problem):
    return {
        "lines": lines,
        "counts": status_counts(lines),
        "chart": progress_figure(lines),
        "as_of": as_of,
        "as_of_text": as_of_text(as_of),
        "months": [f"{as_of.year}-{month:02d}" for month in range(1, 13)],
        "problem": problem,
        "labels": PROGRESS_LABELS,
        "in_year": True,
        "tolerance": settings.PROGRESS_TOLERANCE,
    }
