"""The one write path: services change figures, jurisdictions and indicators, and nothing else
does anything behind a save()."""

import pytest
from django.core.exceptions import PermissionDenied

from indicators.models import Assessment, DataVersion, Figure, Indicator, Jurisdiction
from indicators.models.versions import STRUCTURE
from indicators.services.figures import figure_delete, figure_record, figures_change
from indicators.services.structure import indicator_record, jurisdiction_record
from tests.factories import (
    FigureFactory,
    IndicatorFactory,
    JurisdictionFactory,
    edited_then_restore_request,
    fuzhou_gdp_target,
)

pytestmark = pytest.mark.django_db


def test_a_plain_save_has_no_hidden_effects():
    target = Figure(
        jurisdiction=JurisdictionFactory(),
        indicator=IndicatorFactory(),
        year=2023,
        kind="target",
        value_text="6.5 左右",
    )
    target.save()
    assert not Assessment.objects.exists()
    assert (target.value, target.version) == (None, 1)


def test_a_recorded_figure_is_parsed_judged_and_bumps_its_regions_version():
    place = JurisdictionFactory(level="province", division_code="990000")
    indicator = IndicatorFactory()
    before = set(DataVersion.objects.values_list("scope", "number"))
    target = figure_record(
        figure=Figure(
            jurisdiction=place,
            indicator=indicator,
            year=2023,
            kind="target",
            value_text="6",
        ),
        user=None,
    )
    assert target.value == 6
    assert Assessment.objects.get(target=target).status == "pending"
    changed = set(DataVersion.objects.values_list("scope", "number")) - before
    assert {scope for scope, _number in changed} == {f"region:{place.pk}"}


def test_an_analyst_cannot_record_a_figure_outside_their_jurisdictions(cangshan_analyst, demo):
    target = fuzhou_gdp_target()
    target.value_text = "9"
    with pytest.raises(PermissionDenied):
        figure_record(figure=target, user=cangshan_analyst)
    target.refresh_from_db()
    assert (target.value_text, target.version) == ("6.5 左右", 1)
    assert Assessment.objects.get(target=target).target.value_text == "6.5 左右"


def test_an_analysts_entry_is_a_draft_that_no_verdict_uses(analyst, demo):
    target = fuzhou_gdp_target()
    target.value_text = "9"
    figure_record(figure=target, user=analyst, reason="typo")
    target.refresh_from_db()
    assert (target.review_status, target.entered_by, target.version) == ("draft", analyst, 2)
    latest = target.history.first()
    assert (latest.history_user, latest.history_change_reason) == (analyst, "typo")
    assert not Assessment.objects.filter(target__value_text="9").exists()


def test_deleting_a_figure_through_the_service_rejudges_its_key(administrator):
    target = FigureFactory(value_text="6 左右")
    pk = target.pk
    figure_delete(figure=target, user=administrator)
    assert not Assessment.objects.exists()
    deletion = Figure.history.filter(id=pk).first()
    assert (deletion.history_type, deletion.history_user) == ("-", administrator)


def test_figures_changed_together_are_rejudged_together():
    first, second = FigureFactory(value_text="6"), FigureFactory(value_text="7")
    first.value_text, second.value_text = "6.5", "7.5"
    figures_change(saved=[first, second], user=None)
    assert sorted(Assessment.objects.values_list("target__value_text", flat=True)) == [
        "6.5",
        "7.5",
    ]


def test_a_restored_version_gets_a_higher_version_number(client, administrator, demo):
    """Versions only ever increase: a form opened before the restore cannot overwrite it."""
    target = fuzhou_gdp_target()
    url, data = edited_then_restore_request(target, administrator)
    client.force_login(administrator)
    assert client.post(url, data).status_code == 302
    target.refresh_from_db()
    assert (target.value_text, target.version) == ("6.5 左右", 3)


def test_moving_a_jurisdiction_rejudges_and_renaming_one_changes_the_structure_version(demo):
    fujian = Jurisdiction.objects.get(division_code="350000")
    exports = Indicator.objects.get(name="出口总额", unit="%")
    FigureFactory(jurisdiction=fujian, indicator=exports, kind="final", value_text="-4.6")
    fuzhou = Jurisdiction.objects.get(division_code="350100")
    structure = DataVersion.objects.get(scope=STRUCTURE).number
    fuzhou.name_en = "Fuzhou"
    jurisdiction_record(jurisdiction=fuzhou, user=None)
    assert DataVersion.objects.get(scope=STRUCTURE).number != structure
    fuzhou.parent = None
    jurisdiction_record(jurisdiction=fuzhou, user=None)
    exports_verdict = Assessment.objects.get(jurisdiction=fuzhou, indicator=exports, year=2023)
    assert exports_verdict.status == "needs_reference"


def test_an_analyst_may_not_change_an_indicator(analyst, demo):
    gdp = Indicator.objects.get(name="地区生产总值", unit="%")
    gdp.direction = "down"
    with pytest.raises(PermissionDenied):
        indicator_record(indicator=gdp, user=analyst)
    gdp.refresh_from_db()
    assert gdp.direction == "up"
