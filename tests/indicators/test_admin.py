"""The admin's jurisdiction form: the tree stays one that imports and commands can read."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from indicators.models import Jurisdiction
from tests.conftest import place

pytestmark = pytest.mark.django_db


def add_jurisdiction(client, **fields):
    data = {"name": "新区", "name_en": "", "level": "district", "parent": "", "division_code": ""}
    return client.post(reverse("admin:indicators_jurisdiction_add"), {**data, **fields})


def refusal(response, field):
    assert response.status_code == 200
    return " ".join(response.context["adminform"].form.errors[field])


def test_an_analyst_cannot_add_a_province_under_their_city(analyst_client):
    count = Jurisdiction.objects.count()
    response = add_jurisdiction(
        analyst_client, name="福州省", level="province", parent=place("350100").pk
    )
    assert "福州市 的层级为 市级，不能下辖 省级 层级。" in refusal(response, "parent")
    assert Jurisdiction.objects.count() == count


def test_a_district_under_a_district_is_refused_and_under_a_city_accepted(analyst_client):
    cangshan = place("350104")
    response = add_jurisdiction(analyst_client, name="新区", parent=cangshan.pk)
    assert "不能下辖" in refusal(response, "parent")
    response = add_jurisdiction(analyst_client, name="新区", parent=cangshan.parent_id)
    assert response.status_code == 302
    assert Jurisdiction.objects.get(name="新区").parent == cangshan.parent


def test_a_city_cannot_become_a_district_while_districts_sit_under_it(client, administrator):
    client.force_login(administrator)
    fuzhou = place("350104").parent
    response = client.post(
        reverse("admin:indicators_jurisdiction_change", args=[fuzhou.pk]),
        {
            "name": "福州市",
            "name_en": "",
            "level": "district",
            "parent": fuzhou.parent_id,
            "division_code": "350100",
        },
    )
    assert "仓山区" in refusal(response, "level")
    assert Jurisdiction.objects.get(pk=fuzhou.pk).level == "city"


def test_a_second_jurisdiction_of_the_same_name_under_one_parent_is_refused(client, administrator):
    client.force_login(administrator)
    fuzhou = place("350100")
    count = Jurisdiction.objects.count()
    response = add_jurisdiction(
        client, name="福州市", level="city", parent=fuzhou.parent_id, division_code="350199"
    )
    assert response.status_code == 200 and response.context["adminform"].form.errors
    assert Jurisdiction.objects.count() == count


def test_a_division_code_in_fullwidth_digits_is_refused(analyst_client):
    response = add_jurisdiction(
        analyst_client, name="鼓楼区", parent=place("350100").pk, division_code="３５０１０２"
    )
    assert "半角数字" in refusal(response, "division_code")
    assert not Jurisdiction.objects.filter(name="鼓楼区").exists()


def test_a_district_code_that_does_not_start_with_its_citys_is_refused(analyst_client):
    fuzhou = place("350100")
    response = add_jurisdiction(
        analyst_client, name="鼓楼区", parent=fuzhou.pk, division_code="350201"
    )
    message = refusal(response, "division_code")
    assert "350201" in message and "福州市" in message and "3501" in message
    assert not Jurisdiction.objects.filter(name="鼓楼区").exists()
    response = add_jurisdiction(
        analyst_client, name="鼓楼区", parent=fuzhou.pk, division_code="350102"
    )
    assert response.status_code == 302


def test_a_city_code_that_does_not_start_with_its_provinces_is_refused(client, administrator):
    client.force_login(administrator)
    fujian = place("350100").parent
    response = add_jurisdiction(
        client, name="厦门市", level="city", parent=fujian.pk, division_code="360200"
    )
    assert "35" in refusal(response, "division_code")
    assert not Jurisdiction.objects.filter(name="厦门市").exists()


def test_a_city_cannot_take_a_code_its_districts_do_not_start_with(client, administrator):
    client.force_login(administrator)
    fuzhou = place("350104").parent
    fields = {"name": "福州市", "name_en": "", "level": "city", "parent": fuzhou.parent_id}
    url = reverse("admin:indicators_jurisdiction_change", args=[fuzhou.pk])
    response = client.post(url, {**fields, "division_code": "350200"})
    assert "仓山区" in refusal(response, "division_code")
    assert Jurisdiction.objects.get(pk=fuzhou.pk).division_code == "350100"


@pytest.mark.parametrize(
    ("level", "parent", "code", "fits"),
    [
        ("district", "350100", "350104", True),
        ("district", "350100", "350204", False),
        ("district", "350000", "359001", True),  # a county-level unit directly under a province
        ("city", "350000", "350200", True),
        ("city", "350000", "360200", False),
        ("district", "350000", "360104", False),
    ],
)
def test_the_models_clean_checks_the_code_against_the_parents(level, parent, code, fits):
    jurisdiction = Jurisdiction(name="新地", level=level, parent=place(parent), division_code=code)
    if fits:
        jurisdiction.full_clean()
        return
    with pytest.raises(ValidationError) as raised:
        jurisdiction.full_clean()
    assert list(raised.value.message_dict) == ["division_code"]


def test_a_province_under_the_country_keeps_its_own_code(db):
    country = Jurisdiction.objects.create(name="全国", level="country", division_code="100000")
    province = Jurisdiction(name="福建省", level="province", parent=country, division_code="350000")
    province.full_clean()  # the country's code fixes no digits of those below it
    province.save()
    mismatched = Jurisdiction(name="新市", level="city", parent=province, division_code="360100")
    with pytest.raises(ValidationError) as raised:
        mismatched.full_clean()  # while a province's does
    assert list(raised.value.message_dict) == ["division_code"]
