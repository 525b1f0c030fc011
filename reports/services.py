"""Writes that touch several models: reports in, extraction run, candidates accepted as figures."""

import logging
import time

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.timezone import now
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history

from indicators.assessing.refresh import assessments_refresh, assessments_refresh_figures
from indicators.exports.figures_csv import parse_report_date
from indicators.models import Figure, Indicator
from indicators.models.series import guessed_direction, guessed_measure
from indicators.page_cache import regions_changed
from indicators.queueing import queue_after_commit
from indicators.services.figures import figure_record, figure_store, permission_check
from indicators.services.saving import save_or_refuse
from indicators.services.structure import indicator_record
from reports.documents import DocumentError, document_text
from reports.extraction import OutOfTime, extract, report_metadata
from reports.models import Candidate, Report

DatePrecision = Report.DatePrecision
PASTE_SEPARATOR = "\n\n"
logger = logging.getLogger(__name__)


@transaction.atomic
def report_create(
    *,
    jurisdiction,
    user,
    text: str = "",
    upload=None,
    title: str = "",
    date_text: str = "",
    year: int | None = None,
) -> Report:
    """A report from pasted text, or from an uploaded .txt/.docx/.pdf whose text the extraction
    task reads (`report_read`): a hostile file costs that task, not the request. Title, date and
    `year` (the year reviewed: sentences without a year speak of it) are read from the text when
    left out."""
    text = text.strip()
    if upload is None and not text:
        raise ValidationError({"text": _("Paste the report's text or upload its file.")})
    delivered_on, precision = _report_date(date_text) if date_text else (None, DatePrecision.DAY)
    report = Report(
        jurisdiction=jurisdiction,
        title=title.strip()[:300],
        delivered_on=delivered_on,
        date_precision=precision,
        created_by=user,
        source_file=upload,
        review_year=year,
        plan_year=year + 1 if year else None,
    )
    if upload is None:
        _take_text(report, text)
    return report_record(report=report, user=user)


def _report_date(date_text):
    try:
        return parse_report_date(date_text)
    except ValueError:
        raise ValidationError(
            {
                "date_text": _("%(value)r is not a date (2024-01-13, 2024-01 or 2024).")
                % {"value": date_text}
            }
        ) from None


def _take_text(report, text):
    """Give the report its text, and the title, date, meeting and years the text states where
    the analyst gave none."""
    found = report_metadata(text)
    report.text = text
    report.title = report.title or (found.title or "").strip()[:300]
    missing = {}
    if not report.title:
        missing["title"] = _("The text gives no title: enter the report's title.")
    if report.delivered_on is None and not found.date_text:
        missing["date_text"] = _("The text gives no date: enter the date the report was delivered.")
    if missing:
        raise ValidationError(missing)
    if report.delivered_on is None:
        report.delivered_on, report.date_precision = _report_date(found.date_text)
    report.issuing_body = (found.issuing_body or "")[:200]
    report.meeting = (found.meeting or "")[:200]
    if report.review_year is None:  # the analyst's year, when given, overrides the text's
        report.review_year, report.plan_year = found.review_year, found.plan_year
    elif found.plan_year and found.plan_year > report.review_year:
        report.plan_year = found.plan_year


def report_read(*, report: Report) -> Report:
    """Read an uploaded report's file (in a process of its own, under the document limits) and
    take its text, title and date. Run by the extraction task for the analyst who uploaded it;
    no transaction is held open while the file is read."""
    with report.source_file.open("rb") as stream:
        text = document_text(report.source_file.name, stream.read()).strip()
    if not text:
        raise DocumentError(_("The file holds no text."))
    with transaction.atomic():
        _take_text(report, text)
        report.full_clean(exclude=["source_file"])  # checked on upload; the stored file is closed
        report._history_user = report.created_by
        report._change_reason = _("text read from its file")
        report.save()
        regions_changed([report.jurisdiction_id])
    return report


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
    save_or_refuse(report)
    if stored and stored["delivered_on"] != report.delivered_on:
        assessments_refresh_figures(report.figures.all())
    regions_changed([report.jurisdiction_id])
    return report


@transaction.atomic
def result_enter(*, figure: Figure, user, report: Report | None = None) -> Figure:
    """A figure typed into the app's form, with the new report it names if any: both stored or
    neither, through the write services (permission, cleaning, history, re-judging)."""
    if report is not None:
        figure.source_report = report_record(report=report, user=user)
    return figure_record(figure=figure, user=user, reason=_("entered in the app"))


def reports_import_add(*, reports, user) -> None:
    """The new reports an import names, added at once with their history rows: report_record
    without its per-report work, as the import has validated them (reports.columns.validated)
    and refreshes their jurisdictions' pages with their figures (assessments_refresh)."""
    for report in {report.jurisdiction_id: report for report in reports}.values():
        permission_check(user, "reports.add_report", report)
    bulk_create_with_history(reports, Report, batch_size=2_000, default_user=user)


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
        extraction=Report.Extraction.RUNNING, extraction_error="", extraction_started=now()
    )
    queue_after_commit(
        extract_report,
        report.pk,
        failed=lambda message: report_extract_failed(report_id=report.pk, message=message),
    )


def report_extract_run(*, report_id: int) -> None:
    """The extraction task: read the file if it is not read yet, then extract. Whatever goes
    wrong is recorded on the report, which then says so and offers to try again; nothing is
    raised, because without a broker the task runs inside the upload's request."""
    deadline = time.monotonic() + settings.EXTRACTION_SOFT_SECONDS
    try:
        report = Report.objects.get(pk=report_id)
        if report.awaits_reading:
            report_read(report=report)
        report_extract(report=report, deadline=deadline)
    except Report.DoesNotExist:
        return
    except (DocumentError, ValidationError) as error:
        report_extract_failed(report_id=report_id, message=" ".join(_messages(error)))
    except (OutOfTime, SoftTimeLimitExceeded):
        report_extract_failed(
            report_id=report_id,
            message=_("Extraction took longer than %(limit)s seconds, the limit.")
            % {"limit": settings.EXTRACTION_SOFT_SECONDS},
        )
    except Exception:
        logger.exception("extraction of report %s failed", report_id)
        report_extract_failed(
            report_id=report_id,
            message=_("Extraction failed on an unexpected error, which is in the server's log."),
        )


def _messages(error):
    if isinstance(error, ValidationError):
        return error.messages
    return [str(error)]


def catalogue():
    return [(i.name, i.unit, i.aliases) for i in Indicator.objects.all()]


@transaction.atomic
def report_extract(*, report: Report, deadline: float | None = None) -> int:
    """Propose candidates for the report's text; decided ones and figures already entered are kept."""
    candidates = extract(
        report.text,
        report_year=report.review_year,
        indicators=catalogue(),
        deadline=deadline,
        years=(report.review_year, report.plan_year) if report.review_year else None,
        delivered=report.date_text,
    )
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


def report_extract_failed(*, report_id: int, message: str) -> None:
    Report.objects.filter(pk=report_id).update(
        extraction=Report.Extraction.FAILED, extraction_error=message[:1000]
    )


@transaction.atomic
def report_paste(*, report: Report, user, text: str) -> Report:
    """Add a pasted annex table to the report's text (quotes stay verbatim), then extract again."""
    if not user.has_perm("reports.change_report", report):
        raise PermissionDenied
    if not text.strip():
        raise ValidationError({"text": _("Paste the table first.")})
    combined = report.text.rstrip() + PASTE_SEPARATOR + text.strip("\n") + "\n"
    if len(combined) > settings.REPORT_MAX_TEXT:
        raise ValidationError(
            {
                "text": _(
                    "With this table the report's text would be %(length)s characters long; "
                    "the limit is %(limit)s."
                )
                % {"length": f"{len(combined):,}", "limit": f"{settings.REPORT_MAX_TEXT:,}"}
            }
        )
    report.text = combined
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
