"""Synthetic data at a tiny size: the national tree, the forms reports write, and assessments
judged as the app itself judges them."""

import io
import random
from collections import Counter

import pytest
from django.core.management import CommandError, call_command
from django.db.models import F

from bench.synthetic.places import places_build
from bench.synthetic.series import Series, behaviour_of
from bench.synthetic.texts import key_texts
from indicators.assessing.pacing import plan_lines
from indicators.assessing.refresh import assessments_refresh_all
from indicators.expressions import KINDS, parse
from indicators.models import Assessment, Figure, Plan
from indicators.progress.periods import AsOf
from tests.factories import JurisdictionFactory

pytestmark = pytest.mark.django_db(transaction=True)  # COPY runs in its own thread and connection


@pytest.mark.django_db(transaction=False)
def test_the_national_tree_has_31_provinces_333_cities_and_gbt_2260_codes():
    places = places_build(3200, random.Random(1))
    levels = [p.level for p in places]
    assert (levels.count("province"), levels.count("city"), levels.count("district")) == (
        31,
        333,
        2836,
    )
    codes = [p.code for p in places]
    assert len(set(codes)) == 3200 and all(len(c) == 6 and c.isdigit() for c in codes)
    for place in places:
        if place.level == "province":
            assert place.code.endswith("0000")
        else:
            assert (
                place.code[: 2 if place.level == "city" else 4]
                == place.parent.code[: 2 if place.level == "city" else 4]
            )
            assert place.code != place.parent.code
    names_in_parent = {(p.parent.code if p.parent else None, p.name) for p in places}
    assert len(names_in_parent) == 3200


@pytest.mark.django_db(transaction=False)
def test_synthetic_targets_use_every_form_reports_write():
    from indicators.models import Indicator

    rng = random.Random(3)
    places = places_build(40, rng)
    rows = [
        ("地区生产总值", "%", "growth", "up"),
        ("居民消费价格指数", "%", "growth", "down"),
        ("万元生产总值能耗", "%", "growth", "down"),
        ("出口总额", "%", "growth", "up"),
        ("城镇居民人均可支配收入", "%", "growth", "up"),
        ("节能减排降碳", "—", "qualitative", "up"),
        ("地区生产总值", "亿元", "level", "up"),
    ]
    kinds = set()
    for index, (name, unit, measure, direction) in enumerate(rows):
        indicator = Indicator(name=name, unit=unit, measure=measure, direction=direction)
        row = {"name": name, "unit": unit, "measure": measure, "direction": direction}
        series = Series(index, indicator, *behaviour_of(row))
        for place in places:
            for year in range(8):
                kinds.add(parse(key_texts(series, place, year, 0.0, rng).target).kind)
    assert kinds == set(KINDS)


def test_seeded_assessments_are_what_the_app_itself_judges(seed):
    output = seed(jurisdictions=30, indicators=40, years=2)
    assert "Seeded" in output and "COPY and commit" in output
    assert Figure.objects.exclude(kind=Figure.Kind.PLAN_TARGET).count() == 30 * 40 * 2 * 3
    assert not Figure.history.exists()
    fields = ["status", "difference", "explanation_zh", "explanation_en", "result", "reference"]
    seeded = {(a.jurisdiction_id, a.indicator_id, a.year): a for a in Assessment.objects.all()}
    assert len(seeded) == 30 * 40 * 2

    assessments_refresh_all()

    for assessment in Assessment.objects.all():
        stored = seeded[(assessment.jurisdiction_id, assessment.indicator_id, assessment.year)]
        for name in fields:
            assert getattr(stored, name) == getattr(assessment, name), (name, assessment)


def assessments_snapshot():
    """Every stored column of every assessment but its id and edit time, by key."""
    columns = [
        field.attname
        for field in Assessment._meta.concrete_fields
        if field.attname not in ("id", "updated_at")
    ]
    return {
        (row["jurisdiction_id"], row["indicator_id"], row["year"]): row
        for row in Assessment.objects.values(*columns)
    }


def test_reassess_changes_nothing_the_seed_judged_relative_targets_included(seed):
    seed(jurisdictions=12, indicators=16, years=2)
    seeded = assessments_snapshot()
    references = Assessment.objects.filter(reference__isnull=False)
    assert references.exclude(reference__jurisdiction=F("jurisdiction")).exists()  # 全省平均
    assert references.filter(reference__jurisdiction=F("jurisdiction")).exists()  # 经济增长

    call_command("reassess", stdout=io.StringIO())

    assert assessments_snapshot() == seeded


def test_seeded_plans_have_targets_the_progress_calculation_reads(seed):
    output = seed(jurisdictions=12, indicators=40, years=6, start_year=2019)
    assert "12 plans" in output
    plans = list(Plan.objects.all())
    assert {(plan.first_year, plan.last_year) for plan in plans} == {(2021, 2025)}

    lines = [line for found in plan_lines(plans, AsOf(2024)).values() for line in found]

    assert len(lines) == Figure.objects.filter(kind=Figure.Kind.PLAN_TARGET).count() > 12
    goals = Counter(line.progress.goal_type for line in lines)
    assert {"average_growth", "cumulative_change", "level", "ceiling"} <= set(goals)
    statuses = Counter(line.progress.status for line in lines)
    # Needing judgement only where a year's result is written as words (完成市下达目标).
    assert statuses["unparsed"] == 0 and statuses["needs_judgement"] < len(lines) / 4
    assert len(statuses) >= 3, statuses  # ahead, on schedule and behind all occur
    assert all(line.base is not None for line in lines if line.progress.goal_type == "level")


def test_seed_refuses_a_database_that_already_holds_data(seed):
    JurisdictionFactory(name="福建省", level="province", division_code="350000")
    with pytest.raises(CommandError, match="already holds"):
        seed()
    assert not Figure.objects.exists()
