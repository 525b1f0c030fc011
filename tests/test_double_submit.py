"""The same form sent twice (a double click, a resent POST) answers with a message, not a 500.

Sent one after the other, the second finds the first in the form's checks. Sent together, both
pass their checks before either saves; `twin_stored_first` plays the other request, storing
the same row between this request's checks and its save."""

import threading
from contextlib import contextmanager

import pytest
from django.db import connection
from django.db.models.signals import pre_save
from django.urls import reverse

from indicators.models import Figure, Indicator, Jurisdiction
from reports.models import Report

# The other request commits on its own connection: this test's rows must be committed too.
pytestmark = pytest.mark.django_db(transaction=True)


@contextmanager
def twin_stored_first(model):
    """The other request, on its own connection, commits the same row just before this one
    saves (pre_save: after this request's checks)."""
    stored = []

    def store_twin(sender, instance, **kwargs):
        if instance.pk is None and not stored:
            fields = {
                field.attname: getattr(instance, field.attname)
                for field in model._meta.concrete_fields
                if not field.primary_key
            }
            other = threading.Thread(target=commit_twin, args=(model, fields, stored))
            other.start()
            other.join()

    pre_save.connect(store_twin, sender=model)
    try:
        yield stored
    finally:
        pre_save.disconnect(store_twin, sender=model)


def commit_twin(model, fields, stored):
    try:
        stored.extend(model.objects.bulk_create([model(**fields)]))
    finally:
        connection.close()


@pytest.fixture
def report_form(demo):
    return {
        "jurisdiction": Jurisdiction.objects.get(division_code="350100").pk,
        "title": "关于福州市2030年计划执行情况的报告",
        "date_text": "2031-01-10",
        "text": "2030年地区生产总值增长 6% 左右。",
    }


@pytest.fixture
def figure_form(demo):
    return {
        "jurisdiction": Jurisdiction.objects.get(division_code="350100").pk,
        "indicator": Indicator.objects.get(name="地区生产总值", unit="%").pk,
        "year": 2030,
        "kind": "target",
        "value_text": "9",
        "flags": [],
    }


def test_a_new_report_sent_twice_is_refused_with_a_message(analyst_client, report_form):
    assert analyst_client.post(reverse("reports:new"), report_form).status_code == 302
    again = analyst_client.post(reverse("reports:new"), report_form)
    assert again.status_code == 200 and again.context["form"].non_field_errors()
    assert Report.objects.filter(title=report_form["title"]).count() == 1


def test_a_new_report_sent_twice_at_once_is_refused_with_a_message(analyst_client, report_form):
    with twin_stored_first(Report) as stored:
        response = analyst_client.post(reverse("reports:new"), report_form)
    assert stored and response.status_code == 200
    assert "刚刚已经保存" in str(response.context["form"].non_field_errors())
    assert list(Report.objects.filter(title=report_form["title"])) == stored


def test_an_admin_add_of_a_stored_figure_is_refused_with_a_message(
    client, administrator, figure_form
):
    client.force_login(administrator)
    url = reverse("admin:indicators_figure_add")
    assert client.post(url, figure_form).status_code == 302
    again = client.post(url, figure_form)
    assert again.status_code == 200 and again.context["adminform"].form.errors
    assert Figure.objects.filter(year=2030, indicator=figure_form["indicator"]).count() == 1


def test_an_admin_add_sent_twice_at_once_is_refused_with_a_message(
    client, administrator, figure_form
):
    client.force_login(administrator)
    with twin_stored_first(Figure) as stored:
        response = client.post(reverse("admin:indicators_figure_add"), figure_form, follow=True)
    assert stored and response.status_code == 200
    assert [m.level_tag for m in response.context["messages"]] == ["error"]
    assert "刚刚已经保存" in response.content.decode()
    assert list(Figure.objects.filter(year=2030, indicator=figure_form["indicator"])) == stored
