"""Stored assessments: every (jurisdiction, indicator, year) with a target, judged and kept in SQL.

`assessments_refresh(keys)` recomputes the given keys and every key whose reference they are:
the children's relative targets (不低于全省平均水平 refers to the parent's result) and, for GDP
growth, the same jurisdiction's targets written 与经济增长保持同步. The write services
(indicators.services, reports.services) call it at their end, in their transaction, with every
key they touched: a bulk write recomputes each key once.
"""

from django.db import connections, transaction
from django.utils import timezone

from indicators.assessing.batch import (
    ROWS_PER_FETCH,
    STORED_FIELDS,
    Judging,
    assessments_for_jurisdictions,
    assessments_for_keys,
)
from indicators.assessing.plan_pace import plan_dependent_keys
from indicators.assessing.references import dependent_keys, gdp_growth_indicator
from indicators.models import Assessment
from indicators.page_cache import regions_changed

UPDATED_FIELDS = [
    "target",
    "result",
    "reference",
    "status",
    "difference",
    "approximate",
    "explanation_zh",
    "explanation_en",
    "judgement",
    "updated_at",
]

UPSERT_BATCH = 2_000
# About 90,000 assessments a round nationally: a few hundred MB at most in memory.
JURISDICTIONS_PER_ROUND = 100


@transaction.atomic
def assessments_refresh(keys):
    """Recompute the assessments of `keys` (jurisdiction_id, indicator_id, year) and dependents."""
    keys = set(keys)
    if not keys:
        return
    gdp = gdp_growth_indicator()
    keys |= plan_dependent_keys(keys)
    keys |= dependent_keys(keys, gdp)
    store(keys, assessments_for_keys(keys, Judging.of_keys(keys, gdp)))
    regions_changed({j for j, _i, _y in keys})  # what the pages show of these keys changed


def assessments_refresh_in_rounds(keys, progress=None):
    """assessments_refresh for a bulk import's keys, JURISDICTIONS_PER_ROUND jurisdictions at a
    time, so memory stays bounded however many keys (a key a round recomputes as another's
    dependent is recomputed again, from the same stored figures). `progress("judging", keys
    done, keys in all)`, if given, hears of each round."""
    by_place = {}
    for key in keys:
        by_place.setdefault(key[0], []).append(key)
    places, done = sorted(by_place), 0
    for start in range(0, len(places), JURISDICTIONS_PER_ROUND):
        if progress:
            progress("judging", done, len(keys))
        round_keys = [
            key
            for place in places[start : start + JURISDICTIONS_PER_ROUND]
            for key in by_place[place]
        ]
        assessments_refresh(round_keys)
        done += len(round_keys)


def store(keys, assessments):
    """Write these AssessmentRows and delete the stored assessments of `keys` left without one."""
    upsert(assessments)
    assessed = {a.key for a in assessments}
    stale = keys - assessed
    if stale:
        existing = Assessment.objects.for_keys(stale).values_list(
            "pk", "jurisdiction_id", "indicator_id", "year"
        )
        Assessment.objects.filter(
            pk__in=[pk for pk, *key in existing if tuple(key) in stale]
        ).delete()


# From this many assessments on PostgreSQL, COPY into a staging table and one INSERT … ON
# CONFLICT: bulk_create spent half the re-judging of a 200,000-row import building its INSERTs.
COPY_AFTER = 1_000


def upsert(assessments):
    """Insert these AssessmentRows, or update the stored assessments of their keys."""
    connection = connections[Assessment.objects.db]
    if connection.vendor == "postgresql" and len(assessments) >= COPY_AFTER:
        upsert_by_copy(assessments, connection)
        return
    Assessment.objects.bulk_create(
        [Assessment(**a._asdict()) for a in assessments],
        batch_size=UPSERT_BATCH,
        update_conflicts=True,
        unique_fields=["jurisdiction", "indicator", "year"],
        update_fields=UPDATED_FIELDS,
    )


def assessments_refresh_all():
    """Recompute every assessment, a few hundred jurisdictions at a time, writing only the rows
    that changed; returns the number of assessments."""
    judging = Judging.everything(gdp_growth_indicator())
    for jurisdiction_ids in jurisdiction_rounds(judging.places):
        with transaction.atomic():
            jurisdictions_refresh(jurisdiction_ids, judging)
    return Assessment.objects.count()


def jurisdiction_rounds(places):
    """The jurisdictions in rounds of JURISDICTIONS_PER_ROUND, a tree's members together so that
    most relative targets find their reference in their own round."""
    size = JURISDICTIONS_PER_ROUND

    def root(pk):
        while places[pk].parent_id is not None:
            pk = places[pk].parent_id
        return pk

    ordered = sorted(places, key=lambda pk: (root(pk), pk))
    return [ordered[start : start + size] for start in range(0, len(ordered), size)]


def jurisdictions_refresh(jurisdiction_ids, judging):
    """Recompute the assessments of these jurisdictions; write those that changed, delete those
    left without a target."""
    assessments = assessments_for_jurisdictions(jurisdiction_ids, judging)
    stored = {
        (row[1], row[2], row[3]): row
        for row in Assessment.objects.filter(jurisdiction_id__in=jurisdiction_ids)
        .order_by()
        .values_list("pk", *STORED_FIELDS)
        .iterator(chunk_size=ROWS_PER_FETCH)
    }
    changed = [
        a for a in assessments if (found := stored.pop(a.key, None)) is None or found[1:] != a
    ]
    upsert(changed)
    if stored:
        Assessment.objects.filter(pk__in=[row[0] for row in stored.values()]).delete()
    if changed or stored:
        regions_changed(jurisdiction_ids)


def assessments_refresh_figures(figures):
    """Recompute the verdicts that use these figures (a queryset), e.g. after a setting changed."""
    keys = figures.values_list("jurisdiction_id", "indicator_id", "year").distinct()
    assessments_refresh(set(keys))


def upsert_by_copy(assessments, connection):
    """upsert() for many rows on PostgreSQL: COPY, then one INSERT … ON CONFLICT DO UPDATE."""
    quote = connection.ops.quote_name
    meta = Assessment._meta
    columns = [meta.get_field(name).column for name in (*STORED_FIELDS, "updated_at")]
    keys = [meta.get_field(name).column for name in ("jurisdiction", "indicator", "year")]
    names = ", ".join(quote(column) for column in columns)
    table, staging = quote(meta.db_table), quote("assessment_staging")
    now = timezone.now()
    with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
        # Dropped when the transaction ends; emptied between the rounds of one transaction.
        cursor.execute(
            f"CREATE TEMPORARY TABLE IF NOT EXISTS {staging} ON COMMIT DROP AS "
            f"SELECT {names} FROM {table} WITH NO DATA"
        )
        cursor.execute(f"TRUNCATE {staging}")
        with cursor.cursor.copy(f"COPY {staging} ({names}) FROM STDIN") as copy:
            for assessment in assessments:
                copy.write_row((*assessment, now))
        updates = ", ".join(
            f"{quote(column)} = EXCLUDED.{quote(column)}"
            for column in columns
            if column not in keys
        )
        cursor.execute(
            f"INSERT INTO {table} ({names}) SELECT {names} FROM {staging} "
            f"ON CONFLICT ({', '.join(quote(k) for k in keys)}) DO UPDATE SET {updates}"
        )
