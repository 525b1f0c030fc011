"""Reassessing everything (`reassess`) works on rounds of jurisdictions, and stores exactly what
refreshing each key on its own stores."""

from decimal import Decimal

import pytest
from django.utils import translation

from indicators.assessing import refresh
from indicators.assessing.batch import STORED_FIELDS
from indicators.assessing.refresh import assessments_refresh, assessments_refresh_all
from indicators.assessing.verdict_memo import Rule, Verdicts
from indicators.expressions import assess
from indicators.models import Assessment, Figure, Indicator, Judgement, Jurisdiction
from indicators.services.judgements import judgement_record


def stored_assessments():
    rows = Assessment.objects.order_by().values_list(*STORED_FIELDS)
    return {row[:3]: row for row in rows}


def key_of(jurisdiction, indicator, year):
    return (jurisdiction.pk, indicator.pk, year)


@pytest.fixture
def varied(demo, analyst):
    """The demo (approximate targets and results, a ceiling, a quota, 全省 targets with and
    without the province's result) and what it lacks. Returns a key left with a draft target
    only."""
    fujian, fuzhou, cangshan = (
        Jurisdiction.objects.get(division_code=code) for code in ("350000", "350100", "350104")
    )
    exports, gdp, income, energy = (
        Indicator.objects.get(name=name, unit="%")
        for name in ("出口总额", "地区生产总值", "城镇居民人均可支配收入", "万元生产总值能耗")
    )

    def figure(place, indicator, year, kind, text, **fields):
        return Figure.objects.create(
            jurisdiction=place, indicator=indicator, year=year, kind=kind, value_text=text, **fields
        )

    # A district measured against the province, past its city: the reference is two levels up.
    figure(cangshan, exports, 2023, "target", "不低于全省平均水平")
    figure(cangshan, exports, 2023, "final", "4")
    figure(fujian, exports, 2023, "final", "3")
    # Against the city, which has no result that year: the reference is missing.
    figure(cangshan, exports, 2022, "target", "不低于全市平均水平")
    figure(cangshan, exports, 2022, "final", "4.2")
    # In step with the district's own GDP growth, an approximate result.
    figure(cangshan, income, 2023, "target", "与经济增长保持同步")
    figure(cangshan, income, 2023, "final", "5.5 左右")
    figure(cangshan, gdp, 2023, "final", "5.6")
    # Differences finer than the column keeps, rounded half away from zero when stored.
    figure(cangshan, gdp, 2020, "target", "6")
    figure(cangshan, gdp, 2020, "final", "6.0000005")
    figure(cangshan, exports, 2020, "target", "6")
    figure(cangshan, exports, 2020, "final", "5.9999995")
    # Drafts count for nothing: a better result awaiting review, a key with a draft target only.
    figure(fuzhou, gdp, 2023, "final", "9.9", review_status="draft")
    draft = figure(cangshan, gdp, 2021, "target", "7", review_status="draft")
    # A judgement that holds, and one on texts since rewritten.
    judgement_record(
        jurisdiction=fuzhou, indicator=energy, year=2023, verdict="met", reason="通报", user=analyst
    )
    Judgement.objects.create(
        jurisdiction=fuzhou,
        indicator=gdp,
        year=2023,
        verdict="met",
        reason="旧的判断",
        target_text="6",
        result_text="5",
    )
    return draft


def test_the_varied_data_covers_what_a_refresh_must_get_right(varied):
    keys = set(Figure.objects.values_list("jurisdiction_id", "indicator_id", "year"))
    assessments_refresh(keys)
    stored = Assessment.objects.all()
    assert {a.status for a in stored} >= {"judged", "needs_reference", "exceeded", "met"}
    assert {"missed", "within_control", "pending", "needs_judgement"} <= {a.status for a in stored}
    assert stored.filter(approximate=True).exists()
    assert stored.filter(reference__isnull=False).count() >= 3
    assert stored.filter(judgement__isnull=False).count() == 1
    assert not stored.filter(target__review_status="draft").exists()


@pytest.mark.parametrize("jurisdictions_per_round", [1, 100])
def test_reassessing_everything_stores_what_refreshing_each_key_alone_stores(
    varied, monkeypatch, jurisdictions_per_round
):
    keys = set(Figure.objects.values_list("jurisdiction_id", "indicator_id", "year"))
    Assessment.objects.all().delete()
    for key in keys:
        assessments_refresh({key})
    expected = stored_assessments()
    # What reassess repairs: a wrong verdict, a lost row, a row whose target is a draft.
    fuzhou_2023 = Assessment.objects.filter(jurisdiction__division_code="350100", year=2023)
    fuzhou_2023.filter(status="missed").update(status="met", explanation_zh="", difference=1)
    fuzhou_2023.filter(status="exceeded").first().delete()
    Assessment.objects.create(
        jurisdiction=varied.jurisdiction,
        indicator=varied.indicator,
        year=varied.year,
        target=varied,
        status="met",
    )
    # One jurisdiction a round: every reference to a parent is read from outside the round.
    monkeypatch.setattr(refresh, "JURISDICTIONS_PER_ROUND", jurisdictions_per_round)

    assert assessments_refresh_all() == len(expected)

    assert stored_assessments() == expected
    assert key_of(varied.jurisdiction, varied.indicator, varied.year) not in expected


def test_reassessing_unchanged_assessments_writes_nothing(varied, django_assert_num_queries):
    assessments_refresh_all()
    before = dict(Assessment.objects.values_list("pk", "updated_at"))
    # The series' rules, the GDP series and the tree; a round's savepoint, figures, judgements,
    # plans (its targets written 序时进度 are judged from them) and stored assessments, its
    # release; the plan lines of the one year judged from a plan (福州市's 2024 序时进度 target
    # and its 十四五 plan: targets and results, read once for both languages); the count.
    with django_assert_num_queries(3 + 6 + 2 + 1):
        assessments_refresh_all()
    assert dict(Assessment.objects.values_list("pk", "updated_at")) == before


def test_verdicts_judge_each_distinct_input_once_as_assess_does():
    verdicts = Verdicts()
    texts = (Rule("up", None, "%"), "6.5 左右", "5.3 左右", None)
    first = verdicts.judged([texts, texts])[texts]
    assert verdicts.judged([texts])[texts] is first
    with translation.override("zh-hans"):
        chinese = assess("6.5 左右", "5.3 左右", unit="%")
    with translation.override("en"):
        english = assess("6.5 左右", "5.3 左右", unit="%")
    assert first == (
        english.status,
        english.difference,
        english.approximate,
        chinese.explanation,
        english.explanation,
    )
    downward = (Rule("down", None, "%"), "6.5 左右", "5.3 左右", None)
    assert verdicts.judged([downward])[downward].status == "within_control"


@pytest.mark.parametrize(
    ("result", "stored"), [("6.0000005", "0.000001"), ("5.9999995", "-0.000001")]
)
def test_verdicts_round_differences_as_the_column_stores_them(result, stored):
    verdicts = Verdicts(difference_step=Decimal("0.000001"))
    texts = (Rule("up", None, "%"), "6", result, None)
    assert verdicts.judged([texts])[texts].difference == Decimal(stored)
