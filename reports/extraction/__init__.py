"""Extraction of candidate figures from a report's text (issue 6).

    from reports.extraction import extract, Candidate
    candidates = extract(text, report_year=None, indicators=None)

`indicators` is what the database knows: (name, unit, aliases) or (name, unit, aliases, parent)
for each series; without it the built-in standard indicators stand in. Each candidate quotes the
text verbatim (text[start:end] == quote) and keeps the value as written (value_text in quote).
Tables (annexes) come first: a figure the prose repeats is proposed once, from the table.
A copy in traditional characters is read as simplified, and quoted as written; so is a PDF's
text that puts each number on a line of its own, breaks its lines where the page ends them or
sets a space after each character, and a copy typing its figures full-width or grouping digits,
or writing them in Chinese numerals (增长百分之六点五: value_text 百分之六点五).
"""

from bisect import bisect_right
from dataclasses import replace

from indicators.targets.characters import simplified
from reports.extraction.adjusted import revised_not_adjusted
from reports.extraction.annex import annex_candidates
from reports.extraction.announced_after import targets_announced_after
from reports.extraction.budget import OutOfTime, check
from reports.extraction.candidates import Candidate, as_written, merged
from reports.extraction.claims import outside_claims
from reports.extraction.comparable import at_current_prices
from reports.extraction.contextual_wordings import a_works_investment_planned
from reports.extraction.cuts import cut
from reports.extraction.dated_entries import entry_dates
from reports.extraction.documents import document_starts
from reports.extraction.higher_places import outside_higher_places
from reports.extraction.in_year import estimates_of_the_year_given, so_far_paragraphs
from reports.extraction.lexicon import Catalogue
from reports.extraction.metadata import report_metadata
from reports.extraction.milestones import passed_as_result
from reports.extraction.national import the_countrys_revenue
from reports.extraction.numeral_figures import numeral_spans, quoted_whole
from reports.extraction.parts_of_year import whole_year_estimated
from reports.extraction.plausibility import plausible, worded_over_the_plans_years
from reports.extraction.pledges import pledges_retagged
from reports.extraction.prose import prose_candidates
from reports.extraction.reading import as_read
from reports.extraction.record_figures import record_candidates
from reports.extraction.revisions import replaced_figures_dropped
from reports.extraction.scanning import covering
from reports.extraction.scenarios import scenarios_dropped
from reports.extraction.search_pages import search_results
from reports.extraction.sections import FINAL, TARGET, ReportMetadata, report_sections
from reports.extraction.side_by_side import column_views
from reports.extraction.suggestions import proposed_targets_dropped
from reports.extraction.titles import headline_span, title_years
from reports.extraction.verified import verified_as_final
from reports.extraction.visited_places import visited_places_dropped
from reports.extraction.zones import outside_zones

__all__ = [
    "Candidate",
    "Catalogue",
    "OutOfTime",
    "ReportMetadata",
    "extract",
    "report_metadata",
    "title_years",
]


def _tables_and_records(text, catalogue, metadata):
    """Candidates of the tables and of the data published as records, which a table's reader
    would misread: (candidates, (indicator, year, kind) they answer for, their spans)."""
    from_records, covered, spans = record_candidates(text, catalogue, metadata)
    from_tables, in_tables, table_spans = annex_candidates(text, catalogue, metadata)
    inside = covering(spans)  # (bisected: a long table's rows each a span)
    from_tables = [c for c in from_tables if not inside(c.start)]
    return from_records + from_tables, covered | in_tables, spans + table_spans


def extract(text, report_year=None, indicators=None, deadline=None, years=None, delivered=""):
    """Candidate figures of `text`, in the order they appear.

    `report_year` is the year whose execution the report reviews, and `delivered` the date it
    was given (2025-04-17, 2025-04 or 2025: from April of the next year its results are final);
    each counts only when the text does not say (a pasted excerpt without its title and date
    line). `years`, (year reviewed, year planned) as the analyst gave them, override the text's.
    Past `deadline` (a time.monotonic() value) it raises OutOfTime.
    A file of several documents (a compilation of three years' work reports) is read document by
    document, each series' figure of a year and kind proposed once, from the first that gives it;
    so is a search engine's page, result by result, and a diary, entry by entry as of its day.
    """
    catalogue = indicators if isinstance(indicators, Catalogue) else Catalogue(indicators)
    page = None if years else search_results(text)
    starts, others = page or ([0] if years else document_starts(text), set())
    entries = {} if page or years else entry_dates(text, delivered)  # (a diary's days)
    several, starts = len(starts) > 1, sorted({*starts, *entries})
    found, seen = [], set()
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        if start in others:
            continue
        # (the year given is the file's: a document of it names its own where it can)
        written = text[start:end]
        read, cuts = cut(as_read(written))
        if start in entries:  # (as of the entry's day, whatever dates its words name)
            metadata = _entry_metadata(read, entries[start])
        else:
            own = report_metadata(read).review_year if several else None
            metadata = report_metadata(read, own or report_year, years=years, delivered=delivered)
        views = column_views(written)
        if len(views) == 1:
            document = _document(written, read, cuts, metadata, catalogue, deadline)
        else:  # (a layout of columns: each read on its own, under the page's head as read)
            document = _columns(written, views, metadata, catalogue, deadline)
        found += [_shifted(c, start) for c in document if c.series_key not in seen]
        seen.update(c.series_key for c in document)
    return found


def _entry_metadata(read, day):
    """A diary entry's metadata: its words' as of its `day` (今年以来…: the year in course), or
    the day's alone where its words name another date (a closing 2017年9月 after its last)."""
    year = int(day[:4]) if day[5:7] >= "04" else None  # (from April on, the year in course)
    own = report_metadata(read, year, delivered=day)
    return own if own.date_text == day else report_metadata("", year, delivered=day)


def _columns(written, views, metadata, catalogue, deadline):
    """Candidate figures of a document laid out in columns, read a column's view at a time, in
    the order they appear, each series' figure once, quoted as written (the other columns'
    words between its lines too). A series read in two views is a line across the columns read
    in each, or the same figure said again: the first in the text is kept, as across documents."""
    found, seen = [], set()
    for view in views:
        read, cuts = cut(as_read(view))
        found += _document(view, read, cuts, metadata, catalogue, deadline)
    kept = []
    for candidate in sorted(found, key=lambda c: c.start):
        if candidate.series_key not in seen:
            seen.add(candidate.series_key)
            kept.append(replace(candidate, quote=written[candidate.start : candidate.end]))
    return kept


def _shifted(found, offset):
    """`found`, read from a document starting at `offset` in its file, placed in the file."""
    if not offset:
        return found
    return replace(
        found,
        start=found.start + offset,
        end=found.end + offset,
        value_start=found.value_start + offset,
    )


def _outside_months(candidates, months, year):
    """`candidates` but the results of `year` in the spans `months` (in order, apart) on the
    months so far."""
    starts = [start for start, _ in months]

    def in_months(position):
        at = bisect_right(starts, position) - 1
        return at >= 0 and position < months[at][1]

    return [
        c
        for c in candidates
        if c.kind in (TARGET, FINAL) or c.year != year or not in_months(c.start)
    ]


def _document(written, text, cuts, metadata, catalogue, deadline):
    """Candidate figures of one document, `written` as given and `text` as the rules read it
    (`cuts` the characters reading took out)."""
    from_tables, covered, table_spans = _tables_and_records(text, catalogue, metadata)
    sections = report_sections(text, metadata, table_spans)
    check(deadline)
    # the headline of a news item, or the title and date line of a report, state no figure of a
    # sentence of the body: their years must not date its first figures
    headline = headline_span(text)
    lead = max(headline[1] if headline else 0, metadata.body_start)
    skip = table_spans + [(0, lead)] if lead else table_spans
    from_prose = prose_candidates(text, catalogue, metadata, sections, skip=skip, deadline=deadline)
    from_prose = verified_as_final(text, from_prose)
    # retagged before merging, so that a list read as targets merges with the targets it repeats
    found = targets_announced_after(text, from_tables + from_prose, metadata)
    found = estimates_of_the_year_given(found, text, metadata.date_text)
    found = pledges_retagged(text, found, metadata)
    kept = [
        c
        for c in found
        if plausible(c)
        and not passed_as_result(c)
        and not revised_not_adjusted(c, text)
        and not a_works_investment_planned(c)
        and not worded_over_the_plans_years(c, metadata.plan_year)
        and not at_current_prices(c, text)
    ]
    kept = outside_claims(text, replaced_figures_dropped(kept, text))
    kept = scenarios_dropped(text, proposed_targets_dropped(text, kept))
    kept = outside_higher_places(text, outside_zones(text, kept))
    kept = visited_places_dropped(text, metadata.title, kept)
    # (before merging: a result of the months must not stand in for the year's estimate after it)
    if metadata.mid_year:  # its results are the half year's: the year's are the next report's
        # (a year before's it may state as it opens: 2022年，全市地区生产总值达到…, final or, in a
        # notice of March, expected), unless a section estimates the whole year (二、全年主要指标
        # 预计完成情况)
        estimated = whole_year_estimated(text, sections, table_spans)
        kept = [
            c
            for c in kept
            if c.kind in (TARGET, FINAL)
            or c.year < (metadata.review_year or 0)
            or any(a <= c.start < b for a, b in estimated)
        ]
    else:  # (a year's review may give the months so far a section of their own)
        kept = _outside_months(kept, so_far_paragraphs(text, sections), metadata.review_year)
    candidates = merged(the_countrys_revenue(kept, text, catalogue), covered=covered, text=text)
    if text == written:
        return candidates
    spans = numeral_spans(simplified(written))  # (the numerals as read: 百分之六點五 too)
    return [quoted_whole(as_written(c, written, cuts), written, spans) for c in candidates]
