"""Writes that touch several models: reports in, extraction run, candidates accepted as figures."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from indicators.assessing.refresh import assessments_refresh, assessments_refresh_figures
from indicators.exports.figures_csv import parse_report_date
from indicators.models import Figure, Indicator
from indicators.models.series import guessed_direction, guessed_measure
from indicators.page_cache import regions_changed
from indicators.services.figures import figure_store, permission_check
from indicators.services.structure import indicator_record
from reports.documents import document_text
from reports.extraction import extract, report_metadata
from reports.models import Candidate, Report

PASTE_SEPARATOR = "\n\n"


@transaction.atomic
def report_create(
    *, jurisdiction, user, text: str = "", upload=None, title: str = "", date_text: str = ""
) -> Report:
    """A report from pasted text or an uploaded .txt/.docx/.pdf; title and date read from the text when left out."""
    if upload is not None:
        upload.seek(0)
        text = document_text(upload.name, upload.read())
        upload.seek(0)
    text = text.strip()
    if not text:
        raise ValidationError({"text": _("Paste the report's text or upload its file.")})
    found = report_metadata(text)
    date_text = date_text or found.date_text
    if not date_text:
        raise ValidationError(
            {"date_text": _("The text gives no date: enter the date the report was delivered.")}
        )
    try:
        delivered_on, precision = parse_report_date(date_text)
    except ValueError:
        raise ValidationError(
            {
                "date_text": _("%(value)r is not a date (2024-01-13, 2024-01 or 2024).")
                % {"value": date_text}
            }
        ) from None
    report = Report(
        jurisdiction=jurisdiction,
        title=(title or found.title or "").strip()[:300],
        text=text,
        delivered_on=delivered_on,
        date_precision=precision,
        issuing_body=(found.issuing_body or "")[:200],
        meeting=(found.meeting or "")[:200],
        review_year=found.review_year,
        plan_year=found.plan_year,
        created_by=user,
        source_file=upload,
    )
    if not report.title:
        raise ValidationError({"title": _("The text gives no title: enter the report's title.")})
    return report_record(report=report, user=user)


@transaction.atomic
def report_record(*, report: Report, user, reason: str | None = None) -> Report:
    """Create or change a report. Its title and date show next to its figures, and its date
    decides which of them counts (the newest report's): a new date re-judges them."""
    stored = (
        Report.objects.filter(pk=report.pk).values("delivered_on").first() if report.pk else None
    )
    permission_check(user, f"reports.{'change' if stored else 'add'}_report", report)
    report.full_clean()
    report._history_user, report._change_reason = user, reason
    report.save()
    if stored and stored["delivered_on"] != report.delivered_on:
        assessments_refresh_figures(report.figures.all())
    regions_changed([report.jurisdiction_id])
    return report


@transaction.atomic
def report_delete(*, report: Report, user) -> None:
    """Delete a report without figures (its figures protect it)."""
    permission_check(user, "reports.delete_report", report)
    report._history_user = user
    report.delete()
    regions_changed([report.jurisdiction_id])


def report_extract_start(*, report: Report) -> None:
    """Mark the extraction as running and queue it once this transaction commits."""
    from reports.tasks import extract_report  # tasks import this module

    Report.objects.filter(pk=report.pk).update(
        extraction=Report.Extraction.RUNNING, extraction_error=""
    )
    transaction.on_commit(lambda: extract_report.delay(report.pk))


def catalogue():
    return [(i.name, i.unit, i.aliases) for i in Indicator.objects.all()]


@transaction.atomic
def report_extract(*, report: Report) -> int:
    """Propose candidates for the report's text; decided ones and figures already entered are kept."""
    candidates = extract(report.text, report_year=report.review_year, indicators=catalogue())
    report.candidates.filter(decision=Candidate.Decision.PENDING).delete()
    decided = {c.key for c in report.candidates.exclude(decision=Candidate.Decision.PENDING)}
    entered = set(
        Figure.objects.filter(source_report=report).values_list(
            "indicator__name", "indicator__unit", "year", "kind"
        )
    )
    fresh = [
        Candidate(
            report=report,
            indicator=c.indicator,
            unit=c.unit,
            indicator_parent=c.indicator_parent or "",
            new_indicator=c.new_indicator,
            year=c.year,
            kind=c.kind,
            value_text=c.value_text[:200],
            quote=c.quote,
            start=c.start,
            end=c.end,
            confidence=c.confidence,
            flags=list(c.flags),
        )
        for c in candidates
        if (c.indicator, c.unit, c.year, c.kind) not in decided | entered
    ]
    Candidate.objects.bulk_create(fresh)
    Report.objects.filter(pk=report.pk).update(
        extraction=Report.Extraction.DONE, extraction_error=""
    )
    return len(fresh)


def report_extract_failed(*, report_id: int, error: Exception) -> None:
    Report.objects.filter(pk=report_id).update(
        extraction=Report.Extraction.FAILED, extraction_error=str(error)[:1000]
    )


@transaction.atomic
def report_paste(*, report: Report, user, text: str) -> Report:
    """Add a pasted annex table to the report's text (quotes stay verbatim), then extract again."""
    if not user.has_perm("reports.change_report", report):
        raise PermissionDenied
    if not text.strip():
        raise ValidationError({"text": _("Paste the table first.")})
    report.text = report.text.rstrip() + PASTE_SEPARATOR + text.strip("\n") + "\n"
    report_record(report=report, user=user, reason=_("annex table pasted"))
    report_extract_start(report=report)
    return report


def _indicator(candidate, user):
    found = Indicator.objects.filter(name=candidate.indicator, unit=candidate.unit).first()
    if found is None:
        found = next(
            (
                i
                for i in Indicator.objects.filter(unit=candidate.unit)
                if candidate.indicator in i.aliases
            ),
            None,
        )
    if found is not None:
        return found
    indicator = Indicator(
        name=candidate.indicator,
        unit=candidate.unit,
        measure=guessed_measure(candidate.indicator, candidate.unit),
        direction=guessed_direction(candidate.indicator),
    )
    if candidate.indicator_parent:
        indicator.parent = Indicator.objects.filter(name=candidate.indicator_parent).first()
    return indicator_record(indicator=indicator, user=user)


@transaction.atomic
def candidate_accept(*, candidate: Candidate, user, value_text: str | None = None) -> Figure:
    """The candidate becomes a figure of the report, with its quote; accepting twice changes nothing."""
    figure, keys = candidate_figure(candidate=candidate, user=user, value_text=value_text)
    assessments_refresh(keys)
    return figure


def candidate_figure(*, candidate, user, value_text):
    """Accept without re-judging: the figure and the keys the caller refreshes."""
    report = candidate.report
    if not user.has_perm("indicators.add_figure", report.jurisdiction):
        raise PermissionDenied
    value_text = (value_text or candidate.value_text).strip()
    indicator = _indicator(candidate, user)
    figure = Figure.objects.filter(
        source_report=report,
        jurisdiction=report.jurisdiction,
        indicator=indicator,
        year=candidate.year,
        kind=candidate.kind,
        period="",
    ).first() or Figure(
        jurisdiction=report.jurisdiction,
        indicator=indicator,
        year=candidate.year,
        kind=candidate.kind,
        source_report=report,
    )
    if figure.pk is None or (figure.value_text, figure.source_quote) != (
        value_text,
        candidate.quote,
    ):
        figure.value_text, figure.source_quote, figure.flags = (
            value_text,
            candidate.quote,
            list(candidate.flags),
        )
        keys = figure_store(figure=figure, user=user, reason=_("accepted from extraction"))
    else:
        keys = set()
    candidate.decision, candidate.figure, candidate.decided_by = (
        Candidate.Decision.ACCEPTED,
        figure,
        user,
    )
    candidate.value_text = value_text
    candidate.save(update_fields=["decision", "figure", "decided_by", "value_text"])
    return figure, keys


@transaction.atomic
def candidates_accept_above(*, report: Report, user, confidence: float) -> int:
    pending = report.candidates.filter(
        decision=Candidate.Decision.PENDING, confidence__gte=confidence
    )
    accepted, keys = 0, set()
    for candidate in pending.select_related("report__jurisdiction"):
        try:
            with transaction.atomic():
                _figure, touched = candidate_figure(candidate=candidate, user=user, value_text=None)
        except ValidationError:
            continue  # left pending, for the analyst to edit
        accepted, keys = accepted + 1, keys | touched
    assessments_refresh(keys)
    return accepted


def candidate_reject(*, candidate: Candidate, user) -> None:
    if not user.has_perm("reports.change_report", candidate.report):
        raise PermissionDenied
    candidate.decision, candidate.decided_by = Candidate.Decision.REJECTED, user
    candidate.save(update_fields=["decision", "decided_by"])
