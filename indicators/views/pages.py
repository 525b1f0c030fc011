from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.http import urlencode

from indicators.filters import IndicatorFilter
from indicators.history import figure_changes
from indicators.models import Figure, Indicator, Jurisdiction
from indicators.permissions import read_view, sees_drafts
from indicators.views.query import as_int

JURISDICTIONS_PER_PAGE = 100
FIGURES_PER_PAGE = 100


def page_of(request, queryset, per_page):
    """The page the query string asks for (the first when it asks for none or nonsense), and the
    page numbers to link to, elided so that a hundred pages do not make a hundred links."""
    page = Paginator(queryset, per_page).get_page(request.GET.get("page"))
    return page, page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)


@read_view
def jurisdiction_list(request):
    # The whole tree is thousands of jurisdictions: start at the top level and browse down
    # through each one's page, or search by name or code.
    query = request.GET.get("q", "").strip()
    jurisdictions = (
        Jurisdiction.objects.matching(query) if query else Jurisdiction.objects.top_level()
    )
    page, page_numbers = page_of(
        request, jurisdictions.for_listing().with_latest_year(), JURISDICTIONS_PER_PAGE
    )
    context = {
        "query": query,
        "page": page,
        "page_numbers": page_numbers,
        "indicator_count": Indicator.objects.count(),
        "years": Figure.objects.published().years_present(),
    }
    return render(request, "indicators/jurisdiction_list.html", context)


@read_view
def jurisdiction_detail(request, code):
    jurisdiction = get_object_or_404(
        Jurisdiction.objects.select_related("parent"), division_code=code
    )
    visible = Figure.objects.for_reader(drafts=sees_drafts(request.user)).filter(
        jurisdiction=jurisdiction
    )
    years = visible.years_present()
    year_kinds = visible.annual_year_kinds()
    # One year at a time, by default the latest of whole-year figures (a five-year plan's goals
    # are figures of its last year, not that year's results): a city's years are thousands of rows.
    latest = max((y for y, _kind in year_kinds), default=years[0] if years else None)
    year = as_int(request.GET.get("year")) or latest
    context = {
        "jurisdiction": jurisdiction,
        "years": years,
        "year": year,
        "target_years": {y for y, kind in year_kinds if kind == Figure.Kind.TARGET},
        "figures": visible.filter(year=year).for_listing().by_indicator(),
        "children": jurisdiction.children.with_latest_year(),
        "reports": jurisdiction.reports.all(),
        "plans": jurisdiction.plans.all(),
    }
    return render(request, "indicators/jurisdiction_detail.html", context)


@read_view
def indicator_list(request):
    found = IndicatorFilter(request.GET, queryset=Indicator.objects.all())
    indicators = found.qs.in_tree_order()
    searched = any(request.GET.get(name) for name in found.filters)
    context = {
        "filter": found,
        "indicators": indicators,
        "shown": {indicator.pk for indicator in indicators},
        "searched": searched,
        "total": Indicator.objects.count() if searched else len(indicators),
    }
    return render(request, "indicators/indicator_list.html", context)


@read_view
def indicator_detail(request, pk):
    indicator = get_object_or_404(Indicator.objects.select_related("parent"), pk=pk)
    visible = Figure.objects.for_reader(drafts=sees_drafts(request.user)).filter(
        indicator=indicator
    )
    years = visible.years_present()
    # Nationally one indicator has thousands of figures a year: one year, a page at a time.
    year = as_int(request.GET.get("year")) or (years[0] if years else None)
    figures = visible.filter(year=year).for_paged_listing().by_jurisdiction()
    page, page_numbers = page_of(request, figures, FIGURES_PER_PAGE)
    context = {
        "indicator": indicator,
        "years": years,
        "year": year,
        "page": page,
        "page_numbers": page_numbers,
        "children": indicator.children.all(),
        **result_entry(request.user, indicator, year),
    }
    return render(request, "indicators/indicator_detail.html", context)


def result_entry(user, indicator, year):
    """The result form's address for this indicator and year, for those who may enter results
    (the form starts at the place they are assigned); nothing for those who write nothing."""
    if not user.has_perm("indicators.add_figure"):
        return {}
    query = urlencode({"indicator": indicator.pk, "year": year or ""})
    return {"entry_url": f"{reverse('reports:result_new')}?{query}"}


@read_view
def figure_detail(request, pk):
    drafts = sees_drafts(request.user)
    figure = get_object_or_404(Figure.objects.for_reader(drafts=drafts).for_detail(), pk=pk)
    return render(
        request,
        "indicators/figure_detail.html",
        {
            "figure": figure,
            "changes": figure_changes(figure, drafts=drafts),
            "can_review": request.user.has_perm("indicators.review_figure", figure),
        },
    )
