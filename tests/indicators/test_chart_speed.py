"""The dashboard and the trend chart stay fast as data grows: their query counts are pinned, and
the trend page offers a neighbourhood of jurisdictions to choose from, not every one."""

import pytest
from django.urls import reverse

from indicators.models import Jurisdiction
from tests.factories import JurisdictionFactory, children_with_figures_of

pytestmark = pytest.mark.django_db


def trend_url(*values):
    return reverse("indicators:trend") + "?" + "&".join(f"jurisdiction={v}" for v in values)


def test_the_trend_page_runs_a_constant_number_of_queries_however_many_are_chosen(
    analyst_client, demo, django_assert_max_num_queries
):
    with django_assert_max_num_queries(10):
        assert analyst_client.get(trend_url("350100", "仓山区")).status_code == 200
    fuzhou = Jurisdiction.objects.get(division_code="350100")
    children_with_figures_of(fuzhou, count=12, figures_each=15, first_code=70)
    chosen = [
        "350100",
        "仓山区",
        *(f"3501{70 + i}" for i in range(6)),
        *(f"新区{i}" for i in range(6, 12)),
    ]
    with django_assert_max_num_queries(10):
        page = analyst_client.get(trend_url(*chosen, "不存在区")).content.decode()
    assert page.count('name="jurisdiction" value="3501') == 14  # every one chosen stays ticked


def test_the_dashboard_runs_a_constant_number_of_queries_however_many_children(
    analyst_client, demo, django_assert_max_num_queries
):
    url = "/?jurisdiction=350100&year=2023"
    # 11, and the binding targets of 福州市's plan for its early warnings (none binding: one query)
    with django_assert_max_num_queries(12):
        assert analyst_client.get(url).status_code == 200
    children_with_figures_of(
        Jurisdiction.objects.get(division_code="350100"), count=20, figures_each=15, first_code=70
    )
    with django_assert_max_num_queries(12):
        page = analyst_client.get(url).content.decode()
    assert page.count('href="/jurisdictions/3501') >= 21  # 仓山区 and the new districts


def test_the_trend_chooser_suggests_the_neighbourhood_not_every_jurisdiction(analyst_client, demo):
    fuzhou = Jurisdiction.objects.get(division_code="350100")
    xiamen = Jurisdiction.objects.get(division_code="350200")  # a city of the demo
    JurisdictionFactory(name="思明区", level="district", parent=xiamen, division_code="350203")
    JurisdictionFactory(name="鼓楼区", level="district", parent=fuzhou, division_code="350102")
    page = analyst_client.get(trend_url("350104")).content.decode()
    suggested = page.split('<datalist id="nearby-jurisdictions">', 1)[1].split("</datalist>", 1)[0]
    for shown in ['"350000">福建省', '"350100">福州市', '"350200">厦门市', '"350102">鼓楼区']:
        assert f"<option value={shown}</option>" in suggested  # provinces, cities, the siblings
    assert "思明区" not in suggested  # a district elsewhere: typed by name or code instead
    assert "思明区" in analyst_client.get(trend_url("350104", "思明区")).content.decode()
