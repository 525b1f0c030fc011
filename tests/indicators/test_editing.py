"""Concurrent editing and the audit trail."""

import pytest
from django.test import Client
from django.urls import reverse

from indicators.models import Figure
from indicators.services.figures import figure_approve, figure_record, figure_return
from tests.factories import fuzhou_gdp_target

pytestmark = pytest.mark.django_db


def change_form_data(figure, value_text, version, reason=""):
    return {
        "jurisdiction": figure.jurisdiction_id,
        "indicator": figure.indicator_id,
        "year": figure.year,
        "kind": figure.kind,
        "value_text": value_text,
        "source_report": figure.source_report_id or "",
        "source_quote": figure.source_quote,
        "flags": [],
        "loaded_version": version,
        "change_reason": reason,
    }


def test_the_second_of_two_concurrent_edits_is_refused_and_shows_the_first(
    analyst, fuzhou_reviewer, demo
):
    figure = Figure.objects.get(
        jurisdiction__division_code="350100",
        indicator__name="地区生产总值",
        indicator__unit="%",
        year=2024,
        kind="target",
    )
    url = reverse("admin:indicators_figure_change", args=[figure.pk])
    first, second = Client(), Client()
    first.force_login(analyst)
    second.force_login(fuzhou_reviewer)
    loaded = figure.version  # both opened the form at this version
    assert first.get(url).status_code == second.get(url).status_code == 200
    assert first.post(url, change_form_data(figure, "6.5 左右", loaded)).status_code == 302
    response = second.post(url, change_form_data(figure, "7 左右", loaded))
    page = response.content.decode()
    assert response.status_code == 200
    assert "analyst" in page and "“6.5 左右”" in page and "未保存" in page
    figure.refresh_from_db()
    assert (figure.value_text, figure.version) == ("6.5 左右", loaded + 1)


def test_an_edit_from_the_current_version_goes_through(analyst, demo):
    figure = Figure.objects.filter(jurisdiction__division_code="350104").first()
    client = Client()
    client.force_login(analyst)
    url = reverse("admin:indicators_figure_change", args=[figure.pk])
    assert client.post(url, change_form_data(figure, "9", figure.version)).status_code == 302
    assert client.post(url, change_form_data(figure, "10", figure.version + 1)).status_code == 302
    figure.refresh_from_db()
    assert figure.value_text == "10"


def test_every_change_is_recorded_with_who_when_before_after_and_why(analyst, client, demo):
    figure = Figure.objects.filter(jurisdiction__division_code="350104", kind="target").first()
    before = figure.value_text
    client.force_login(analyst)
    url = reverse("admin:indicators_figure_change", args=[figure.pk])
    client.post(url, change_form_data(figure, "9.9", figure.version, reason="报告勘误"))
    latest = figure.history.first()
    assert (latest.history_user, latest.history_type, latest.history_change_reason) == (
        analyst,
        "~",
        "报告勘误",
    )
    assert latest.prev_record.value_text == before and latest.value_text == "9.9"
    page = client.get(reverse("indicators:figure", args=[figure.pk])).content.decode()
    assert "报告勘误" in page and "<del>" + before + "</del>" in page and "<ins>9.9</ins>" in page


def test_deleting_a_figure_is_recorded(administrator, client, demo):
    figure = Figure.objects.filter(jurisdiction__division_code="350104").first()
    client.force_login(administrator)
    assert (
        client.post(
            reverse("admin:indicators_figure_delete", args=[figure.pk]), {"post": "yes"}
        ).status_code
        == 302
    )
    record = Figure.history.filter(id=figure.pk).first()
    assert (record.history_type, record.history_user) == ("-", administrator)


def test_reports_indicators_and_jurisdictions_keep_history_too(administrator, client, demo):
    from indicators.models import Indicator, Jurisdiction
    from reports.models import Report

    for model in (Report, Indicator, Jurisdiction):
        assert model.history.exists()
    client.force_login(administrator)
    indicator = Indicator.objects.get(name="地区生产总值", unit="%")
    url = reverse("admin:indicators_indicator_change", args=[indicator.pk])
    data = {
        "name": indicator.name,
        "name_en": "GDP",
        "unit": "%",
        "measure": "growth",
        "direction": "up",
        "category": "economy",
        "aliases": '["GDP"]',
        "display_order": 10,
    }
    assert client.post(url, data).status_code == 302
    assert indicator.history.first().history_user == administrator


def test_the_figure_page_runs_a_constant_number_of_queries(
    analyst_client, analyst, demo, django_assert_max_num_queries
):
    figure = Figure.objects.filter(jurisdiction__division_code="350104").first()
    url = reverse("indicators:figure", args=[figure.pk])
    with django_assert_max_num_queries(10):
        assert analyst_client.get(url).status_code == 200
    for value in ("1", "2", "3", "4", "5"):
        figure.value_text = value
        figure_record(figure=figure, user=analyst)
    with django_assert_max_num_queries(10):
        page = analyst_client.get(url).content.decode()
    assert "<ins>5</ins>" in page


def test_officials_and_the_public_see_only_the_approved_versions_in_a_figure_history(
    client, analyst, fuzhou_reviewer, official, demo, settings
):
    """A returned value and the reviewer's comment are internal; the analyst still sees them."""
    figure = fuzhou_gdp_target()
    figure.value_text = "7 左右"
    figure_record(figure=figure, user=analyst, reason="草稿改动")
    figure_return(figure=figure, user=fuzhou_reviewer, comment="内部意见：与附表不符")
    figure.refresh_from_db()
    figure.value_text = "6.8"
    figure_record(figure=figure, user=analyst)
    figure_approve(figure=figure, user=fuzhou_reviewer)
    url = reverse("indicators:figure", args=[figure.pk])
    settings.PUBLIC_READ = True
    client.force_login(official)
    for reader in ["official", "anonymous"]:
        page = client.get(url).content.decode()
        assert "<del>6.5 左右</del> → <ins>6.8</ins>" in page, reader
        for internal in ["7 左右", "内部意见", "草稿改动", "退回", "草稿"]:
            assert internal not in page, (reader, internal)
        client.logout()
    client.force_login(analyst)
    page = client.get(url).content.decode()
    assert "<ins>7 左右</ins>" in page and "内部意见：与附表不符" in page and "草稿改动" in page
