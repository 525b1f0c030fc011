import pytest
from django.db import connection
from django.urls import reverse

from indicators.models import Assessment, Figure
from indicators.permissions import figures_to_review
from indicators.services.figures import figure_record

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(analyst, demo):
    figure = Figure.objects.get(
        jurisdiction__division_code="350100",
        indicator__name="地区生产总值",
        indicator__unit="%",
        year=2023,
        kind="expected",
    )
    figure.value_text = "6.6"
    figure_record(figure=figure, user=analyst)
    return figure


def gdp_2023():
    return Assessment.objects.select_related("result").get(
        jurisdiction__division_code="350100",
        indicator__name="地区生产总值",
        indicator__unit="%",
        year=2023,
    )


def test_a_draft_waits_on_the_review_page_and_does_not_count(client, draft, fuzhou_reviewer):
    assert gdp_2023().result is None  # its only result is a draft
    client.force_login(fuzhou_reviewer)
    page = client.get(reverse("reports:review")).content.decode()
    assert "6.6" in page and "analyst" in page


def test_approving_publishes_the_figure_and_its_verdict(client, draft, fuzhou_reviewer):
    client.force_login(fuzhou_reviewer)
    response = client.post(reverse("reports:approve", args=[draft.pk]), {"version": draft.version})
    assert response.status_code == 302
    draft.refresh_from_db()
    assert (draft.review_status, draft.reviewed_by) == ("approved", fuzhou_reviewer)
    assert (gdp_2023().result, gdp_2023().status) == (draft, "met")
    assert (
        reverse("reports:approve", args=[draft.pk])
        not in client.get(reverse("reports:review")).content.decode()
    )


def test_approving_a_figure_changed_since_the_page_was_shown_is_refused(
    client, draft, fuzhou_reviewer
):
    client.force_login(fuzhou_reviewer)
    response = client.post(
        reverse("reports:approve", args=[draft.pk]), {"version": draft.version - 1}, follow=True
    )
    assert "重新查看" in response.content.decode()
    draft.refresh_from_db()
    assert draft.review_status == "draft"


def test_returning_a_figure_needs_a_comment_and_shows_it_to_the_analyst(
    client, draft, fuzhou_reviewer, analyst
):
    client.force_login(fuzhou_reviewer)
    client.post(reverse("reports:return", args=[draft.pk]), {"comment": ""})
    draft.refresh_from_db()
    assert draft.review_status == "draft"
    client.post(reverse("reports:return", args=[draft.pk]), {"comment": "附件写的是 5.3 左右"})
    draft.refresh_from_db()
    assert (draft.review_status, draft.review_comment) == ("returned", "附件写的是 5.3 左右")
    client.force_login(analyst)
    page = client.get(reverse("indicators:figure", args=[draft.pk])).content.decode()
    assert "已退回修改" in page and "附件写的是 5.3 左右" in page


def test_review_page_runs_a_constant_number_of_queries(
    client, draft, fuzhou_reviewer, analyst, django_assert_max_num_queries
):
    client.force_login(fuzhou_reviewer)
    with django_assert_max_num_queries(10):
        client.get(reverse("reports:review"))
    for figure in Figure.objects.filter(jurisdiction__division_code="350104")[:10]:
        figure_record(figure=figure, user=analyst)
    with django_assert_max_num_queries(10):
        page = client.get(reverse("reports:review")).content.decode()
    assert page.count("reports/review/") >= 22


def test_a_review_row_names_its_report_and_date_and_the_value_it_replaces(
    client, draft, fuzhou_reviewer
):
    previous = Figure.history.filter(id=draft.pk, review_status="approved").latest("history_date")
    client.force_login(fuzhou_reviewer)
    page = client.get(reverse("reports:review")).content.decode()
    report = draft.source_report
    assert reverse("reports:detail", args=[report.pk]) in page
    assert report.date_text in page
    row = page[page.index(reverse("indicators:figure", args=[draft.pk])) :]
    assert previous.value_text != "6.6" and previous.value_text in row[: row.index("</tr>")]


def row_of(page, figure):
    """The review page's row of the figure, from its link to the end of the row."""
    row = page[page.index(reverse("indicators:figure", args=[figure.pk])) :]
    return row[: row.index("</tr>")]


def test_a_draft_from_another_report_shows_the_published_value_it_would_replace(
    client, demo, analyst, fuzhou_reviewer
):
    from reports.models import Report

    published = Figure.objects.filter(
        jurisdiction__division_code="350100", review_status="approved", period=""
    ).first()
    other = Report.objects.create(
        jurisdiction=published.jurisdiction, title="另一份报告", delivered_on="2030-02-01"
    )
    second = Figure(
        jurisdiction=published.jurisdiction,
        indicator=published.indicator,
        year=published.year,
        kind=published.kind,
        value_text="123.4",
        source_report=other,
        source_quote="123.4",
    )
    figure_record(figure=second, user=analyst)
    client.force_login(fuzhou_reviewer)
    page = client.get(reverse("reports:review")).content.decode()
    assert second.review_status == "draft"
    assert published.value_text in row_of(page, second) and "2030-02-01" in row_of(page, second)


def test_a_new_figure_replaces_nothing(client, demo, analyst, fuzhou_reviewer):
    published = Figure.objects.filter(jurisdiction__division_code="350100").first()
    new = Figure(
        jurisdiction=published.jurisdiction,
        indicator=published.indicator,
        year=2031,
        kind="target",
        value_text="8",
    )
    figure_record(figure=new, user=analyst)
    client.force_login(fuzhou_reviewer)
    page = client.get(reverse("reports:review")).content.decode()
    assert "未发布过" in row_of(page, new)


def test_pending_figures_are_counted_in_the_navigation_of_those_who_may_review_them(
    client, draft, fuzhou_reviewer, administrator, cangshan_analyst, official
):
    pending = Figure.objects.exclude(review_status="approved").count()
    for user, shown in ((fuzhou_reviewer, pending), (administrator, pending)):
        client.force_login(user)
        page = client.get(reverse("indicators:jurisdiction_list")).content.decode()
        assert f'<span class="pending-count" title="{shown} ' in page
    for user in (cangshan_analyst, official):  # may not review 福州市's figures
        client.force_login(user)
        page = client.get(reverse("indicators:jurisdiction_list")).content.decode()
        assert "pending-count" not in page


def test_the_analyst_who_entered_a_draft_does_not_count_it(client, draft, analyst):
    client.force_login(analyst)
    page = client.get(reverse("indicators:jurisdiction_list")).content.decode()
    assert "pending-count" not in page


def test_the_navigation_count_is_one_query_whatever_awaits_review(
    draft, analyst, fuzhou_reviewer, administrator, official, django_assert_num_queries
):
    from indicators.permissions import header_rights

    with django_assert_num_queries(0):
        assert header_rights(official) == {"administrator": False, "writes": False, "pending": 0}
    with django_assert_num_queries(1):
        assert header_rights(fuzhou_reviewer) == {
            "administrator": False,
            "writes": True,
            "pending": 1,
        }
    for figure in Figure.objects.filter(jurisdiction__division_code="350104")[:10]:
        figure_record(figure=figure, user=analyst)
    with django_assert_num_queries(1):
        assert header_rights(fuzhou_reviewer)["pending"] == 11
    with django_assert_num_queries(1):
        assert header_rights(administrator)["administrator"] is True
    with django_assert_num_queries(1):
        assert header_rights(administrator)["writes"] is True


def test_the_header_reads_group_changes_through_the_query_it_built_once(fuzhou_reviewer):
    """header_query keeps the compiled SQL per user; what it decides is read when it runs."""
    from django.contrib.auth.models import Group

    from indicators.permissions import ADMINISTRATORS, header_query, header_rights

    header_query.cache_clear()
    assert header_rights(fuzhou_reviewer)["administrator"] is False
    fuzhou_reviewer.groups.add(Group.objects.get_or_create(name=ADMINISTRATORS)[0])
    assert header_rights(fuzhou_reviewer)["administrator"] is True
    assert (header_query.cache_info().misses, header_query.cache_info().hits) == (1, 1)


def test_the_headers_pending_count_can_read_only_the_figures_awaiting_review(demo, analyst):
    """Nationally nearly every figure is approved: the count must not read them all (it did,
    600 ms on every staff page), so a partial index holds only the others."""
    pending = figures_to_review(analyst).order_by()
    sql, params = pending.values("pk").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN SELECT count(*) FROM ({sql}) AS pending", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "figure_awaiting_review" in plan
