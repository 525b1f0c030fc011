"""Administrators assign analysts to jurisdictions from the app's own page."""

import pytest
from django.urls import reverse

from indicators.models import Assignment
from tests.conftest import make_user, place

pytestmark = pytest.mark.django_db

PAGE = reverse("indicators:assignments")


@pytest.fixture
def newcomer(django_user_model):
    return make_user(django_user_model, "newcomer", group="analysts")


def test_an_administrator_assigns_an_analyst_who_may_then_write_there(
    client, administrator, newcomer
):
    cangshan = place("350104")
    client.force_login(administrator)
    response = client.post(
        PAGE, {"username": "newcomer", "jurisdiction": "350104", "can_review": "on"}
    )
    assert response.status_code == 302
    assignment = Assignment.objects.get(user=newcomer)
    assert (assignment.jurisdiction, assignment.can_review) == (cangshan, True)
    assert newcomer.has_perm("reports.add_report", cangshan)
    page = client.get(PAGE).content.decode()
    assert "newcomer" in page and "仓山区" in page


def test_a_jurisdiction_can_be_named_instead_of_coded(client, administrator, newcomer):
    place("350100")
    client.force_login(administrator)
    client.post(PAGE, {"username": "newcomer", "jurisdiction": "福州市"})
    assignment = Assignment.objects.get(user=newcomer)
    assert (assignment.jurisdiction.name, assignment.can_review) == ("福州市", False)


def test_an_administrator_removes_an_assignment(client, administrator, analyst):
    assignment = Assignment.objects.get(user=analyst)
    client.force_login(administrator)
    response = client.post(reverse("indicators:assignment_remove", args=[assignment.pk]))
    assert response.status_code == 302
    assert not Assignment.objects.filter(user=analyst).exists()
    assert not analyst.__class__.objects.get(pk=analyst.pk).has_perm(
        "reports.add_report", place("350100")
    )


@pytest.mark.parametrize(
    ("data", "messages"),
    [
        ({"username": "nobody", "jurisdiction": "不存在市"}, ["没有用户", "没有行政区"]),
        ({"username": "official", "jurisdiction": "350100"}, ["不是分析员"]),
        ({"username": "", "jurisdiction": ""}, ["这个字段是必填项"]),
    ],
)
def test_unknown_users_and_jurisdictions_are_refused_with_both_fields_named(
    client, administrator, official, data, messages
):
    place("350100")
    client.force_login(administrator)
    before = Assignment.objects.count()
    response = client.post(PAGE, data)
    page = response.content.decode()
    assert response.status_code == 200
    for message in messages:
        assert message in page
    assert Assignment.objects.count() == before


def test_assigning_twice_is_refused(client, administrator, analyst):
    client.force_login(administrator)
    response = client.post(PAGE, {"username": "analyst", "jurisdiction": "350100"})
    assert response.status_code == 200 and "已分配" in response.content.decode()
    assert Assignment.objects.filter(user=analyst).count() == 1


def test_only_administrators_see_or_change_assignments(client, analyst, official, cangshan_analyst):
    assignment = Assignment.objects.get(user=analyst)
    for user in (analyst, official):
        client.force_login(user)
        assert client.get(PAGE).status_code == 403
        response = client.post(PAGE, {"username": user.username, "jurisdiction": "350000"})
        assert response.status_code == 403
        remove = reverse("indicators:assignment_remove", args=[assignment.pk])
        assert client.post(remove).status_code == 403
    assert Assignment.objects.count() == 2
    assert Assignment.objects.filter(pk=assignment.pk).exists()


def test_anonymous_visitors_are_sent_to_log_in(client, analyst):
    assert client.get(PAGE).status_code == 302
    assert client.post(PAGE, {"username": "analyst", "jurisdiction": "350000"}).status_code == 302
    assert Assignment.objects.count() == 1


def test_the_form_needs_its_csrf_token(administrator, newcomer):
    from django.test import Client

    place("350100")
    client = Client(enforce_csrf_checks=True)
    client.force_login(administrator)
    response = client.post(PAGE, {"username": "newcomer", "jurisdiction": "350100"})
    assert response.status_code == 403 and not Assignment.objects.exists()


def test_the_administrators_navigation_links_to_the_page(client, administrator, analyst):
    client.force_login(administrator)
    assert PAGE in client.get(reverse("indicators:jurisdiction_list")).content.decode()
    client.force_login(analyst)
    assert PAGE not in client.get(reverse("indicators:jurisdiction_list")).content.decode()


def test_the_page_runs_a_constant_number_of_queries(
    client,
    administrator,
    django_user_model,
    django_assert_num_queries,
    django_assert_max_num_queries,
):
    client.force_login(administrator)
    client.get(PAGE)  # the session and groups settle
    with django_assert_max_num_queries(10) as few:
        client.get(PAGE)
    for number in range(12):
        make_user(django_user_model, f"analyst{number}", group="analysts", assigned="350104")
    with django_assert_num_queries(len(few.captured_queries)):
        page = client.get(PAGE).content.decode()
    assert page.count("analyst1") >= 3
