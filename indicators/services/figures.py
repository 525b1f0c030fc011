"""The one way figures are written, reviewed and deleted.

Every write checks the writer's permission (user None: a system load, trusted), cleans the
figure, saves it with its history row and ends by refreshing the stored assessments of the keys
it touched — which gives the pages showing them new cache versions — in the same transaction.
`figure_store` and `figure_remove` are those steps without the refresh, for a writer that
stores many figures and refreshes once at its end (the import, the report admin, extraction).
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from indicators.assessing.refresh import assessments_refresh
from indicators.models import Figure
from indicators.permissions import publishes_directly
from indicators.services.copying import figures_copy
from indicators.services.saving import save_or_refuse

KEY_FIELDS = ("jurisdiction_id", "indicator_id", "year")
# What an import changes on a stored figure (figures_bulk_store).
WRITTEN_FIELDS = [
    "value_text",
    "value",
    "source_quote",
    "flags",
    "plan",
    "method",
    "entered_by",
    "review_status",
    "reviewed_by",
    "reviewed_at",
    "version",
    "updated_at",
]
BULK_BATCH = 2_000


def permission_check(user, permission, obj, message=None):
    """Refuse a write the user may not make; a system write (user None) is trusted."""
    if user is not None and not user.has_perm(permission, obj):
        raise PermissionDenied(message or _("You may not make this change."))


def stored_state(figure):
    """The figure's key and version as stored (None for a new figure)."""
    if figure.pk is None:
        return None
    return Figure.objects.filter(pk=figure.pk).values(*KEY_FIELDS, "version").first()


def figure_enter(figure, user, status=None):
    """Who entered (or last edited) the value; an analyst's entry awaits review. `status`: the
    review status an import carries, which the caller has checked the user may set."""
    figure.entered_by = user
    if status:
        reviewed = status != Figure.Review.DRAFT
        figure.review_status = status
        figure.reviewed_by, figure.reviewed_at = (
            (user, timezone.now()) if reviewed else (None, None)
        )
    elif publishes_directly(user):
        figure.review_status = Figure.Review.APPROVED
        figure.reviewed_by, figure.reviewed_at = user, timezone.now()
    else:
        figure.review_status = Figure.Review.DRAFT
        figure.reviewed_by, figure.reviewed_at = None, None


def figure_save(figure, stored, *, user, reason):
    """Save with its history row. Versions only ever increase, a restored old version too: a form
    opened before the restore must not overwrite it."""
    figure.refresh_value()
    figure.version = stored["version"] + 1 if stored else 1
    figure._history_user, figure._change_reason = user, reason
    save_or_refuse(figure)
    return {figure.assessment_key, tuple(stored[f] for f in KEY_FIELDS) if stored else None} - {
        None
    }


def figure_store(
    *, figure: Figure, user, reason: str | None = None, status: str | None = None
) -> set:
    """Save a figure as `user` entered it (a draft if they need review, or `status`, which the
    caller may set: imports_status); returns the keys whose assessments it changes. The caller
    refreshes them (assessments_refresh) before committing."""
    stored = stored_state(figure)
    permission_check(user, f"indicators.{'change' if stored else 'add'}_figure", figure)
    figure_enter(figure, user, status)
    # The database holds the unique constraints; forms check them with their own messages.
    figure.full_clean(validate_constraints=False)
    return figure_save(figure, stored, user=user, reason=reason)


def figure_remove(*, figure: Figure, user, reason: str | None = None) -> set:
    """Delete a figure with its history row; returns its key for the caller to refresh."""
    permission_check(user, "indicators.delete_figure", figure)
    key = figure.assessment_key
    figure._history_user, figure._change_reason = user, reason
    figure.delete()
    return {key}


@transaction.atomic
def figures_bulk_store(*, created=(), changed=(), user) -> set:
    """figure_store for many figures at once, as an import writes them: `created` new figures
    and `changed` stored ones (loaded with their version), each as (figure, status) where status
    is what imported_status allowed, or None. Cleaned by the caller; the permission is checked
    once per jurisdiction. A few statements per BULK_BATCH figures (new ones by COPY on PostgreSQL), each with its
    history row.
    Returns the keys whose assessments changed, for the caller to refresh."""
    permitted, keys, now = {}, set(), timezone.now()
    for action, pairs in (("add", created), ("change", changed)):
        for figure, status in pairs:
            permission = (f"indicators.{action}_figure", figure.jurisdiction_id)
            if permission not in permitted:
                permission_check(user, permission[0], figure)
                permitted[permission] = True
            figure_enter(figure, user, status)
            figure.refresh_value()
            figure.version = figure.version + 1 if figure.pk else 1
            figure.updated_at = now
            keys.add(figure.assessment_key)
    figures = [figure for figure, _status in created]
    if connection.vendor == "postgresql":
        figures_copy(figures, user=user)
    else:
        bulk_create_with_history(figures, Figure, batch_size=BULK_BATCH, default_user=user)
    figures = [figure for figure, _status in changed]
    if figures:
        bulk_update_with_history(
            figures, Figure, WRITTEN_FIELDS, batch_size=BULK_BATCH, default_user=user
        )
    return keys


@transaction.atomic
def figure_record(*, figure: Figure, user, reason: str | None = None) -> Figure:
    """Create or change one figure and re-judge what it touches."""
    assessments_refresh(figure_store(figure=figure, user=user, reason=reason))
    return figure


@transaction.atomic
def figure_delete(*, figure: Figure, user, reason: str | None = None) -> None:
    assessments_refresh(figure_remove(figure=figure, user=user, reason=reason))


@transaction.atomic
def figures_change(*, saved=(), deleted=(), user, reason: str | None = None) -> None:
    """Store and delete several figures, then re-judge what they touch once."""
    keys = set()
    for figure in saved:
        keys |= figure_store(figure=figure, user=user, reason=reason)
    for figure in deleted:
        keys |= figure_remove(figure=figure, user=user, reason=reason)
    assessments_refresh(keys)


def review_lock(figure, user, expected_version=None):
    """The figure, locked until the review commits, once the user may review it."""
    figure = Figure.objects.select_for_update().select_related("indicator").get(pk=figure.pk)
    if not user.has_perm("indicators.review_figure", figure):
        raise PermissionDenied(_("You may not review this figure."))
    if expected_version is not None and figure.version != expected_version:
        raise ValidationError(
            _("The figure changed while you were reviewing it; look at it again.")
        )
    return figure


def review_record(figure, *, status, user, comment, reason):
    figure.review_status, figure.reviewed_by, figure.reviewed_at = status, user, timezone.now()
    figure.review_comment = comment
    stored = {**{f: getattr(figure, f) for f in KEY_FIELDS}, "version": figure.version}
    assessments_refresh(figure_save(figure, stored, user=user, reason=reason))
    return figure


@transaction.atomic
def figure_approve(*, figure: Figure, user, expected_version: int | None = None) -> Figure:
    """Publish a draft: it now counts in verdicts and is shown to officials."""
    figure = review_lock(figure, user, expected_version)
    return review_record(
        figure, status=Figure.Review.APPROVED, user=user, comment="", reason="approved"
    )


@transaction.atomic
def figure_return(*, figure: Figure, user, comment: str) -> Figure:
    """Send a draft back to the analyst who entered it, saying what to fix."""
    figure = review_lock(figure, user)
    if not comment.strip():
        raise ValidationError(_("Say what needs fixing when returning a figure."))
    return review_record(
        figure, status=Figure.Review.RETURNED, user=user, comment=comment.strip(), reason="returned"
    )
