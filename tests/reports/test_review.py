import pytest
from django.urls import reverse

from indicators.models import Assessment, Figure
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
