"""A figure's history as people read it: who changed what, when, from what to what, and why."""

from dataclasses import dataclass

from indicators.models.figures import published_condition

SHOWN_FIELDS = [
    "value_text",
    "year",
    "kind",
    "source_quote",
    "flags",
    "review_status",
    "review_comment",
]
PUBLISHED_FIELDS = [name for name in SHOWN_FIELDS if not name.startswith("review_")]


@dataclass
class Change:
    when: object
    who: object
    kind: str  # "+" created, "~" changed, "-" deleted
    reason: str
    fields: list  # (field verbose name, before, after)


def figure_changes(figure, *, drafts):
    """Newest first; one query for the records and their users.

    Without `drafts` (permissions.sees_drafts: officials, the public) only the published
    versions, each compared with the one published before: values never approved and the
    review's comments are internal to the analysts.
    """
    records = figure.history.select_related("history_user").order_by("history_date", "history_id")
    shown = SHOWN_FIELDS if drafts else PUBLISHED_FIELDS
    if not drafts:
        records = records.filter(published_condition())
    changes, previous = [], None
    for record in records:
        if previous is None:
            fields = [(label(figure, name), "", getattr(record, name)) for name in shown[:2]]
        else:
            delta = record.diff_against(previous, included_fields=shown)
            fields = [(label(figure, c.field), c.old, c.new) for c in delta.changes]
        changes.append(
            Change(
                record.history_date,
                record.history_user,
                record.history_type,
                record.history_change_reason or "",
                fields,
            )
        )
        previous = record
    return changes[::-1]


def label(figure, name):
    return figure._meta.get_field(name).verbose_name
