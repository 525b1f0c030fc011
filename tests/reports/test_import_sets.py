"""The import checks every row before it writes a figure, and writes figures in sets."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from bench.measuring.importing import generated_csv
from indicators.models import Figure
from indicators.services.copying import ANALYZE_AFTER
from reports.importing import figures_import

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def figure_writes(queries):
    return [q["sql"] for q in queries if 'INTO "indicators_figure"' in q["sql"]]


def test_a_bad_last_row_stores_nothing_and_no_figure_is_written():
    lines = generated_csv(600).decode().splitlines()
    # The last row puts a province under a province: a check only the import can make.
    lines[-1] = lines[-1].replace(",city,基准省,", ",province,基准省,", 1)
    with CaptureQueriesContext(connection) as queries:
        result = figures_import(data="\n".join(lines).encode())
    assert not result.stored
    assert [str(e) for e in result.errors] == [
        "row 601, column parent_jurisdiction: 基准省 is a province; it cannot contain a province."
    ]
    assert figure_writes(queries.captured_queries) == []
    assert not Figure.objects.exists()


def test_queries_do_not_grow_with_the_rows():
    counts = []
    for rows in (270, 2700):
        Figure.objects.all().delete()
        with CaptureQueriesContext(connection) as queries:
            assert figures_import(data=generated_csv(rows)).ok
        counts.append(len(queries.captured_queries))
    assert Figure.objects.count() == 2700
    # Ten times the rows (one city, then ten): a few queries more per city and report, not per row.
    assert counts[1] < counts[0] + 40 * 9, counts


def test_new_and_changed_figures_have_their_history(cangshan_analyst, demo):
    rows = generated_csv(3).decode().replace("基准市1,city,基准省", "仓山区,district,福州市")
    first = figures_import(data=rows.encode(), user=cangshan_analyst)
    assert first.ok and first.figures_created == 3
    changed = rows.replace("6.2 左右", "7 左右")  # the target's value and quote
    second = figures_import(data=changed.encode(), user=cangshan_analyst)
    assert (second.figures_updated, second.figures_unchanged) == (1, 2), second.errors
    figure = Figure.objects.get(
        jurisdiction__name="仓山区", indicator__name="基准指标0", kind="target"
    )
    assert (figure.value_text, figure.value, figure.version) == ("7 左右", 7, 2)
    assert (figure.review_status, figure.entered_by) == ("draft", cangshan_analyst)
    history = list(figure.history.order_by("history_id"))
    assert [(h.history_type, h.value_text, h.version) for h in history] == [
        ("+", "6.2 左右", 1),
        ("~", "7 左右", 2),
    ]
    assert {h.history_user for h in history} == {cangshan_analyst}


def test_a_large_import_refreshes_the_figure_statistics_before_judging():
    """Stale statistics (an empty table, as PostgreSQL sees it until autovacuum runs after the
    commit) made the re-judging's queries nested loops: 90 s for one of a 200,000-row import."""
    with CaptureQueriesContext(connection) as queries:
        result = figures_import(data=generated_csv(ANALYZE_AFTER))
    assert result.ok and result.figures_created == ANALYZE_AFTER
    sql = [q["sql"] for q in queries]
    analyze = next(i for i, s in enumerate(sql) if s.startswith('ANALYZE "indicators_figure"'))
    assert analyze < next(i for i, s in enumerate(sql) if "indicators_assessment" in s)
    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples FROM pg_class WHERE relname = 'indicators_figure'")
        assert cursor.fetchone()[0] >= ANALYZE_AFTER
        # The reports it added too: counted as none, each figure was joined against all of them.
        cursor.execute("SELECT reltuples FROM pg_class WHERE relname = 'reports_report'")
        assert cursor.fetchone()[0] >= 1


def test_a_small_import_leaves_the_statistics_to_autovacuum():
    with CaptureQueriesContext(connection) as queries:
        assert figures_import(data=generated_csv(300)).ok
    assert not any(q["sql"].startswith("ANALYZE") for q in queries)


def test_an_imported_figure_is_made_as_the_model_would_make_it():
    """Planned.new_figure skips Model.__init__: the same attributes, the same cached relations,
    and no init signal that would have been missed."""
    from django.db.models import signals

    from indicators.exports.figures_csv import FigureRow
    from indicators.models import Indicator, Jurisdiction, Plan
    from reports.storing import Planned

    assert not signals.pre_init.receivers and not signals.post_init.receivers
    place = Jurisdiction.objects.create(name="甲市", level="city")
    indicator = Indicator.objects.create(name="乙", unit="%")
    plan = Plan.objects.create(jurisdiction=place, name="十四五", first_year=2021, last_year=2025)
    row = FigureRow(
        number=2, jurisdiction="甲市", level="city", parent="", division_code="", parent_code="",
        indicator="乙", unit="%", direction="", indicator_parent="", year=2025,
        kind="plan_target", value_text="降低 13.5%", report_title="", report_date="",
        quote="", flags=["约束性"], review_status="", plan="十四五", plan_start=2021,
        plan_end=2025, method="log", period="",
    )  # fmt: skip
    made = Planned(row, place, indicator, None, plan, None).new_figure()
    model = Figure(
        jurisdiction=place, indicator=indicator, plan=plan, year=2025, kind="plan_target",
        value_text="降低 13.5%", flags=["约束性"], method="log",
    )  # fmt: skip
    fields = [field.attname for field in Figure._meta.concrete_fields]
    assert [getattr(made, name) for name in fields] == [getattr(model, name) for name in fields]
    assert (made.jurisdiction, made.indicator, made.plan, made.source_report) == (
        place, indicator, plan, None,
    )  # fmt: skip
    assert made._state.adding and made._state.db is None
    made.full_clean(validate_constraints=False)


def test_two_figures_whose_keys_share_a_hash_are_told_apart():
    """The import remembers checked figures by the hash of their keys; keys that collide (in
    CPython hash(-1) == hash(-2)) are still duplicates only of themselves."""
    from types import SimpleNamespace

    from reports.resolving import SeenFigures

    first, second = SimpleNamespace(key=-1), SimpleNamespace(key=-2)
    assert hash(first.key) == hash(second.key)
    seen = SeenFigures()
    assert seen.earlier(first) is None and seen.earlier(second) is None
    assert seen.earlier(SimpleNamespace(key=-2)) is second
    assert seen.earlier(SimpleNamespace(key=-1)) is first


def test_a_large_reimport_updates_its_assessments_in_place():
    """From a thousand assessments the re-judging writes them by COPY and INSERT … ON CONFLICT:
    a second import of the same figures with other targets updates each stored assessment."""
    from indicators.assessing.refresh import COPY_AFTER
    from indicators.models import Assessment

    text = generated_csv(3 * COPY_AFTER).decode()  # a target, an expected and a final result
    assert figures_import(data=text.encode()).ok
    before = dict(Assessment.objects.values_list("pk", "explanation_en"))
    assert len(before) == COPY_AFTER
    assert figures_import(data=text.replace(" 左右,", " 以上,").encode()).ok
    after = dict(Assessment.objects.values_list("pk", "explanation_en"))
    assert after.keys() == before.keys()
    assert all(after[pk] != before[pk] for pk in before)
