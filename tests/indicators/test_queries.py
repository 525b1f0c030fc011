"""The named query questions of the models, with their exact query counts."""

import pytest

from indicators.models import Assessment, Figure, Judgement
from tests.factories import FigureFactory, fuzhou_gdp_target

pytestmark = pytest.mark.django_db


def test_for_keys_finds_every_row_of_the_keys_in_one_query(django_assert_num_queries, demo):
    target = fuzhou_gdp_target()
    keys = {target.assessment_key, (target.jurisdiction_id, target.indicator_id, 1990)}
    with django_assert_num_queries(1):
        found = list(Figure.objects.for_keys(keys))
    assert target in found
    assert {figure.assessment_key for figure in found} >= {target.assessment_key}
    with django_assert_num_queries(1):
        assert Assessment.objects.for_keys(keys).get().target_id == target.pk
    with django_assert_num_queries(1):
        assert not Judgement.objects.for_keys(keys).exists()


def test_grouped_by_key_keeps_only_the_keys_asked_with_reports_loaded(
    django_assert_num_queries, demo
):
    target = fuzhou_gdp_target()
    other_year = (target.jurisdiction_id, target.indicator_id, 2024)
    with django_assert_num_queries(1):
        grouped = Figure.objects.published().grouped_by_key({target.assessment_key})
        quotes = [f.source_report.title for figures in grouped.values() for f in figures]
    assert set(grouped) == {target.assessment_key}
    assert other_year not in grouped
    assert {f.kind for f in grouped[target.assessment_key]} == {"target", "expected"}
    assert all(quotes)


def test_for_reader_hides_drafts_from_those_who_do_not_see_them(django_assert_num_queries):
    draft = FigureFactory()
    Figure.objects.filter(pk=draft.pk).update(review_status="draft")
    with django_assert_num_queries(1):
        assert list(Figure.objects.for_reader(drafts=False)) == []
    with django_assert_num_queries(1):
        assert list(Figure.objects.for_reader(drafts=True)) == [draft]
