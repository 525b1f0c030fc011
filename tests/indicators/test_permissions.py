"""Forged requests: every write path refuses the wrong people with 403 and changes nothing."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from indicators.models import Figure, Indicator, Judgement, Jurisdiction
from indicators.services.figures import figure_approve, figure_enter, figure_record
from reports.models import Report
from tests.factories import edited_then_restore_request, fuzhou_gdp_target

pytestmark = pytest.mark.django_db


def snapshot():
    return (
        sorted(Figure.objects.values_list("pk", "value_text", "review_status", "version")),
        sorted(Report.objects.values_list("pk", "title")),
        sorted(Indicator.objects.values_list("pk", "name", "direction")),
        sorted(Jurisdiction.objects.values_list("pk", "name", "parent_id")),
        Judgement.objects.count(),
    )


def write_urls():
    figure = fuzhou_gdp_target()
    report = figure.source_report
    indicator, jurisdiction = figure.indicator, figure.jurisdiction
    return [
        (
            reverse("admin:indicators_figure_add"),
            {
                "jurisdiction": jurisdiction.pk,
                "indicator": indicator.pk,
                "year": 2030,
                "kind": "target",
                "value_text": "9",
                "flags": [],
            },
        ),
        (reverse("admin:indicators_figure_change", args=[figure.pk]), {"value_text": "99"}),
        (reverse("admin:indicators_figure_delete", args=[figure.pk]), {"post": "yes"}),
        (reverse("admin:reports_report_change", args=[report.pk]), {"title": "改"}),
        (reverse("admin:reports_report_delete", args=[report.pk]), {"post": "yes"}),
        (
            reverse("admin:indicators_indicator_change", args=[indicator.pk]),
            {"name": "改", "unit": "%"},
        ),
        (reverse("admin:indicators_jurisdiction_change", args=[jurisdiction.pk]), {"name": "改"}),
        (
            reverse("admin:indicators_judgement_add"),
            {
                "jurisdiction": jurisdiction.pk,
                "indicator": indicator.pk,
                "year": 2023,
                "verdict": "met",
                "reason": "x",
            },
        ),
        (
            reverse(
                "admin:indicators_figure_simple_history",
                args=[figure.pk, figure.history.first().pk],
            ),
            {"value_text": "1"},
        ),
        (reverse("reports:approve", args=[figure.pk]), {}),
        (reverse("reports:return", args=[figure.pk]), {"comment": "不对"}),
    ]


def test_an_official_gets_403_on_every_write_url_and_nothing_changes(client, official, demo):
    client.force_login(official)
    before = snapshot()
    for url, data in write_urls():
        assert client.post(url, data).status_code == 403, url
    assert snapshot() == before


def test_an_official_reads_everything(client, official, demo):
    client.force_login(official)
    assert client.get(reverse("indicators:jurisdiction", args=["350100"])).status_code == 200
    assert (
        client.get(reverse("indicators:figure", args=[fuzhou_gdp_target().pk])).status_code == 200
    )


def test_a_cangshan_analyst_cannot_touch_fuzhous_figures_through_admin(
    client, cangshan_analyst, demo
):
    client.force_login(cangshan_analyst)
    before = snapshot()
    figure = fuzhou_gdp_target()
    for url, data in write_urls()[:8]:
        assert client.post(url, data).status_code == 403, url
    assert (
        client.get(reverse("admin:indicators_figure_change", args=[figure.pk])).status_code == 200
    )  # read-only
    assert snapshot() == before


def test_a_cangshan_analyst_cannot_add_a_figure_for_fuzhou_by_forging_the_jurisdiction(
    client, cangshan_analyst, demo
):
    client.force_login(cangshan_analyst)
    fuzhou = Jurisdiction.objects.get(division_code="350100")
    indicator = Indicator.objects.get(name="地区生产总值", unit="%")
    count = Figure.objects.count()
    response = client.post(
        reverse("admin:indicators_figure_add"),
        {
            "jurisdiction": fuzhou.pk,
            "indicator": indicator.pk,
            "year": 2030,
            "kind": "target",
            "value_text": "9",
            "flags": [],
        },
    )
    assert response.status_code == 403
    assert Figure.objects.count() == count


def test_autocomplete_offers_an_analyst_only_their_jurisdictions(client, cangshan_analyst, demo):
    client.force_login(cangshan_analyst)
    response = client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "indicators",
            "model_name": "figure",
            "field_name": "jurisdiction",
            "term": "",
        },
    )
    assert [item["text"] for item in response.json()["results"]] == ["仓山区"]


def test_a_fuzhou_analyst_may_write_cangshans_figures_below_it(client, analyst, demo):
    client.force_login(analyst)
    figure = Figure.objects.filter(jurisdiction__division_code="350104").first()
    page = client.get(reverse("admin:indicators_figure_change", args=[figure.pk]))
    assert page.status_code == 200 and 'name="_save"' in page.content.decode()


def test_the_import_command_refuses_an_analysts_rows_outside_their_jurisdictions(
    cangshan_analyst, demo, tmp_path
):
    path = tmp_path / "figures.csv"
    header = (
        "jurisdiction,jurisdiction_level,parent_jurisdiction,indicator,unit,year,kind,value_text,"
        "report_title,report_date,source_quote"
    )
    path.write_text(
        f"{header}\n仓山区,district,福州市,地区生产总值,%,2026,target,5,,,\n"
        f"福州市,city,福建省,地区生产总值,%,2026,target,6,,,\n",
        encoding="utf-8",
    )
    before = snapshot()
    stderr = io.StringIO()
    with pytest.raises(CommandError):
        call_command(
            "import_figures", str(path), "--user", "cangshan", stderr=stderr, stdout=io.StringIO()
        )
    assert "row 3, column jurisdiction" in stderr.getvalue() or "第 3 行" in stderr.getvalue()
    assert snapshot() == before


def test_an_analysts_import_is_drafted_and_recorded_as_theirs(cangshan_analyst, demo, tmp_path):
    path = tmp_path / "figures.csv"
    header = (
        "jurisdiction,jurisdiction_level,parent_jurisdiction,indicator,unit,year,kind,value_text,"
        "report_title,report_date,source_quote"
    )
    path.write_text(
        f"{header}\n仓山区,district,福州市,地区生产总值,%,2026,target,5,,,\n", encoding="utf-8"
    )
    call_command("import_figures", str(path), "--user", "cangshan", stdout=io.StringIO())
    figure = Figure.objects.get(jurisdiction__division_code="350104", year=2026)
    assert (figure.review_status, figure.entered_by) == ("draft", cangshan_analyst)
    assert figure.history.first().history_user == cangshan_analyst


def test_a_reviewer_cannot_approve_their_own_entry_nor_outside_their_review_scope(
    client, analyst, cangshan_analyst, demo
):
    figure = Figure.objects.filter(jurisdiction__division_code="350104").first()
    figure.value_text = "6"
    figure_record(figure=figure, user=analyst)
    client.force_login(analyst)
    assert client.post(reverse("reports:approve", args=[figure.pk])).status_code == 403
    client.force_login(cangshan_analyst)  # an analyst without review rights
    assert client.post(reverse("reports:approve", args=[figure.pk])).status_code == 403
    figure.refresh_from_db()
    assert figure.review_status == "draft"


def test_only_an_administrator_restores_an_earlier_version(client, analyst, administrator, demo):
    figure = fuzhou_gdp_target()
    url, data = edited_then_restore_request(figure, administrator)
    client.force_login(analyst)
    assert client.post(url, data).status_code == 403
    client.force_login(administrator)
    assert client.post(url, data).status_code == 302
    figure.refresh_from_db()
    assert figure.value_text == "6.5 左右"


def test_anonymous_visitors_are_sent_to_log_in_unless_the_portal_is_public(client, settings, demo):
    url = reverse("indicators:jurisdiction", args=["350100"])
    assert client.get(url).status_code == 302
    settings.PUBLIC_READ = True
    assert client.get(url).status_code == 200
    figure = fuzhou_gdp_target()
    assert (
        client.post(reverse("reports:approve", args=[figure.pk])).status_code == 302
    )  # to the login page
    assert (
        client.post(
            reverse("admin:indicators_figure_change", args=[figure.pk]), {"value_text": "1"}
        ).status_code
        == 302
    )
    figure.refresh_from_db()
    assert figure.value_text == "6.5 左右"


def test_drafts_are_hidden_from_officials_and_marked_for_analysts(client, analyst, official, demo):
    figure = Figure.objects.filter(jurisdiction__division_code="350104", kind="target").first()
    figure.value_text = "8.8"
    figure_record(figure=figure, user=analyst)
    url = reverse("indicators:jurisdiction", args=["350104"])
    client.force_login(official)
    assert "8.8" not in client.get(url).content.decode()
    assert client.get(reverse("indicators:figure", args=[figure.pk])).status_code == 404
    client.force_login(analyst)
    page = client.get(url).content.decode()
    assert "8.8" in page and "草稿，待审核" in page


def test_without_the_review_step_an_analysts_entry_is_published_at_once(settings, analyst, demo):
    settings.REVIEW_REQUIRED = False
    figure = Figure.objects.filter(jurisdiction__division_code="350104").first()
    figure_enter(figure, analyst)
    assert figure.review_status == "approved"


def test_an_approval_is_recorded(analyst, fuzhou_reviewer, demo):
    figure = Figure.objects.filter(jurisdiction__division_code="350104").first()
    figure_record(figure=figure, user=analyst)
    figure_approve(figure=figure, user=fuzhou_reviewer)
    figure.refresh_from_db()
    assert (figure.review_status, figure.reviewed_by) == ("approved", fuzhou_reviewer)
    latest = figure.history.first()
    assert (latest.history_user, latest.history_change_reason, latest.review_status) == (
        fuzhou_reviewer,
        "approved",
        "approved",
    )


def test_an_analyst_records_a_judgement_through_the_admin(client, analyst, demo):
    fuzhou = Jurisdiction.objects.get(division_code="350100")
    energy = Indicator.objects.get(name="万元生产总值能耗", unit="%")
    client.force_login(analyst)
    response = client.post(
        reverse("admin:indicators_judgement_add"),
        {
            "jurisdiction": fuzhou.pk,
            "indicator": energy.pk,
            "year": 2023,
            "verdict": "met",
            "reason": "省发改委通报已完成",
        },
    )
    assert response.status_code == 302
    judgement = Judgement.objects.get()
    assert (judgement.judged_by, judgement.target_text, judgement.result_text) == (
        analyst,
        "完成省下达目标",
        "持续下降",
    )


def test_a_cangshan_analyst_cannot_judge_fuzhou(client, cangshan_analyst, demo):
    fuzhou = Jurisdiction.objects.get(division_code="350100")
    energy = Indicator.objects.get(name="万元生产总值能耗", unit="%")
    client.force_login(cangshan_analyst)
    response = client.post(
        reverse("admin:indicators_judgement_add"),
        {
            "jurisdiction": fuzhou.pk,
            "indicator": energy.pk,
            "year": 2023,
            "verdict": "met",
            "reason": "x",
        },
    )
    assert response.status_code == 403 and not Judgement.objects.exists()


def test_demo_logins_cover_the_three_roles(demo):
    out = io.StringIO()
    call_command("demo_user", stdout=out)
    from django.contrib.auth import get_user_model

    users = {u.username: u for u in get_user_model().objects.all()}
    assert {"demo", "reviewer", "official"} <= set(users)
    assert users["official"].has_perm("indicators.view_figure") and not users["official"].is_staff
    figure = fuzhou_gdp_target()
    assert users["demo"].has_perm("indicators.change_figure", figure)
    assert not users["official"].has_perm("indicators.change_figure", figure)
    assert "reviewer" in out.getvalue()


def test_demo_logins_include_an_administrator_and_the_address_served(demo):
    out = io.StringIO()
    call_command("demo_user", "--address", "0.0.0.0:9000", stdout=out)
    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.get(username="admin")
    assert admin.has_perm("indicators.add_assignment") and admin.is_staff
    assert "http://0.0.0.0:9000/" in out.getvalue() and "\n  admin " in out.getvalue()


def test_make_run_prints_the_address_it_serves_on():
    import subprocess
    from pathlib import Path

    commands = subprocess.run(
        ["make", "-n", "run", "HOST=0.0.0.0", "PORT=9000"],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "demo_user --address 0.0.0.0:9000" in commands
    assert "runserver 0.0.0.0:9000" in commands
