"""A plan's main-indicator table pasted: read into plan targets and base-year results, previewed,
then stored all-or-nothing through the Figures CSV import, by those who may write there."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from indicators.models import Figure, Jurisdiction, Plan
from reports.importing import place_cells
from reports.models import Report
from reports.plan_tables import figure_cells, plan_table
from tests.conftest import place
from tests.factories import IndicatorFactory, JurisdictionFactory, ReportFactory

# 《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》专栏1, as copied from
# the PDF into a spreadsheet and back (tabs; a category only on the first row of its group).
NATIONAL = """\
专栏1　“十四五”时期经济社会发展主要指标
类别\t指标\t2020年\t2025年\t年均/累计\t属性
经济发展\t1.国内生产总值（GDP）增长（%）\t2.3\t—\t保持在合理区间、各年度视情提出\t预期性
\t2.全员劳动生产率增长（%）\t2.5\t—\t高于GDP增长\t预期性
\t3.常住人口城镇化率（%）\t60.6*\t65\t—\t预期性
创新驱动\t4.全社会研发经费投入增长（%）\t—\t—\t>7、力争投入强度高于“十三五”时期实际\t预期性
\t5.每万人口高价值发明专利拥有量（件）\t6.3\t12\t—\t预期性
\t6.数字经济核心产业增加值占GDP比重（%）\t7.8\t10\t—\t预期性
民生福祉\t7.居民人均可支配收入增长（%）\t2.1\t—\t与GDP增长基本同步\t预期性
\t8.城镇调查失业率（%）\t5.2\t—\t<5.5\t预期性
\t9.劳动年龄人口平均受教育年限（年）\t10.8\t11.3\t—\t约束性
\t10.每千人口拥有执业（助理）医师数（人）\t2.9\t3.2\t—\t预期性
\t11.基本养老保险参保率（%）\t91\t95\t—\t预期性
\t12.每千人口拥有3岁以下婴幼儿托位数（个）\t1.8\t4.5\t—\t预期性
\t13.人均预期寿命（岁）\t77.3*\t—\t〔1〕\t预期性
绿色生态\t14.单位GDP能源消耗降低（%）\t—\t—\t〔13.5〕\t约束性
\t15.单位GDP二氧化碳排放降低（%）\t—\t—\t〔18〕\t约束性
\t16.地级及以上城市空气质量优良天数比率（%）\t87\t87.5\t—\t约束性
\t17.地表水达到或好于Ⅲ类水体比例（%）\t83.4\t85\t—\t约束性
\t18.森林覆盖率（%）\t23.2*\t24.1\t—\t约束性
安全保障\t19.粮食综合生产能力（亿吨）\t—\t>6.5\t—\t约束性
\t20.能源综合生产能力（亿吨标准煤）\t—\t>46\t—\t约束性
注：①〔 〕内为5年累计数。②带*的为2019年数据。③能源综合生产能力指煤炭、石油、天然气、非化石能源生产能力之和。
④2020年地级及以上城市空气质量优良天数比率和地表水达到或好于Ⅲ类水体比例指标值受新冠肺炎疫情等因素影响，明显高于正常年份。
"""

# The same rows as a PDF viewer copies them: runs of spaces (ideographic ones too), a category
# alone on its line, single spaces where the columns were narrow, ASCII brackets, blank lines.
SPACED = """\
  类别    指标    2020年    2025年    年均/累计    属性

经济发展
    1.国内生产总值（GDP）增长（%）    2.3    —    保持在合理区间、各年度视情提出    预期性
    3.常住人口城镇化率（%）\u3000\u300060.6*\u3000\u300065\u3000\u3000—\u3000\u3000预期性
绿色生态   14.单位GDP能源消耗降低（%）  —  —  [13.5]  约束性
19.粮食综合生产能力（亿吨） — >6.5 — 约束性

注：带*的为2019年数据。
"""

BASE_NUMBERS = 15  # rows whose 2020 cell holds a number
STARRED = {"常住人口城镇化率", "人均预期寿命", "森林覆盖率"}


@pytest.fixture(autouse=True)
def english_messages():
    """The parser's messages read in English here; the page is asked in English or Chinese."""
    with translation.override("en"):
        yield


def by_name(table):
    return {line.name: line for line in table.lines}


# The parser ------------------------------------------------------------------------------------


def test_the_national_table_gives_its_twenty_indicators_with_their_units_and_categories():
    table = plan_table(NATIONAL)
    assert table.problems == []
    assert (table.base_year, table.end_year, table.header_line) == (2020, 2025, 2)
    assert len(table.lines) == 20
    rows = by_name(table)
    assert (rows["国内生产总值（GDP）增长"].unit, rows["国内生产总值（GDP）增长"].category) == (
        "%",
        "经济发展",
    )
    assert rows["全员劳动生产率增长"].category == "经济发展"  # the category spans its group
    assert rows["每千人口拥有执业（助理）医师数"].unit == "人"  # parentheses inside the name
    assert rows["能源综合生产能力"].unit == "亿吨标准煤"
    assert (rows["粮食综合生产能力"].unit, rows["粮食综合生产能力"].category) == (
        "亿吨",
        "安全保障",
    )
    assert [line.number for line in table.lines] == list(range(3, 23))


def test_targets_are_kept_as_written_averages_read_as_average_annual_and_brackets_kept():
    rows = by_name(plan_table(NATIONAL))
    assert rows["国内生产总值（GDP）增长"].target_text == "年均 保持在合理区间、各年度视情提出"
    assert rows["全社会研发经费投入增长"].target_text == "年均 >7、力争投入强度高于“十三五”时期实际"
    assert rows["城镇调查失业率"].target_text == "年均 <5.5"
    assert rows["单位GDP能源消耗降低"].target_text == "〔13.5〕"
    assert rows["人均预期寿命"].target_text == "〔1〕"
    assert rows["常住人口城镇化率"].target_text == "65"  # the end-year cell comes first
    assert rows["粮食综合生产能力"].target_text == ">6.5"
    assert {line.attribute for line in rows.values()} == {"约束性", "预期性"}
    assert rows["森林覆盖率"].attribute == "约束性"


def test_base_values_lose_their_star_and_a_dash_is_no_base():
    table = plan_table(NATIONAL)
    rows = by_name(table)
    assert (rows["常住人口城镇化率"].base, rows["常住人口城镇化率"].starred) == ("60.6", True)
    assert (rows["基本养老保险参保率"].base, rows["基本养老保险参保率"].starred) == ("91", False)
    assert rows["单位GDP能源消耗降低"].base == ""
    assert sum(line.has_base_number for line in table.lines) == BASE_NUMBERS
    assert {line.name for line in table.lines if line.starred} == STARRED


def test_notes_after_the_table_stay_out_of_its_rows_and_date_the_starred_figures():
    table = plan_table(NATIONAL)
    assert len(table.notes) == 2 and table.notes[0].startswith("注：①")
    assert not any("注" in line.quote[:2] for line in table.lines)
    assert table.starred_year == 2019


def test_runs_of_spaces_single_spaces_and_a_category_on_its_own_line_read_like_tabs():
    table = plan_table(SPACED)
    assert table.problems == []
    rows = by_name(table)
    assert list(rows) == [
        "国内生产总值（GDP）增长",
        "常住人口城镇化率",
        "单位GDP能源消耗降低",
        "粮食综合生产能力",
    ]
    assert rows["国内生产总值（GDP）增长"].category == "经济发展"
    assert (rows["常住人口城镇化率"].base, rows["常住人口城镇化率"].target_text) == ("60.6", "65")
    assert rows["单位GDP能源消耗降低"].target_text == "[13.5]"
    assert rows["单位GDP能源消耗降低"].category == "绿色生态"
    assert (rows["粮食综合生产能力"].unit, rows["粮食综合生产能力"].target_text) == ("亿吨", ">6.5")
    assert rows["粮食综合生产能力"].quote == "19.粮食综合生产能力（亿吨） — >6.5 — 约束性"
    assert table.starred_year == 2019


@pytest.mark.parametrize(
    "wrapped",
    [
        "\t16.地级及以上城市空气质量优良天数\n\t比率（%）\t87\t87.5\t—\t约束性",
        "\t16.地级及以上城市空气质量优良天数\t87\t87.5\t—\t约束性\n\t比率（%）",
        "16.地级及以上城市空气质量优良天数    87    87.5    —    约束性\n比率（%）",
    ],
)
def test_a_name_a_pdf_wrapped_onto_the_next_line_is_read_from_both_lines(wrapped):
    lines = NATIONAL.splitlines()
    lines[17] = wrapped  # line 18
    table = plan_table("\n".join(lines))
    assert table.problems == [] and len(table.lines) == 20
    air = by_name(table)["地级及以上城市空气质量优良天数比率"]
    assert (air.number, air.unit, air.base, air.target_text, air.attribute) == (
        18,
        "%",
        "87",
        "87.5",
        "约束性",
    )
    assert air.quote == "\n".join(line.strip() for line in wrapped.split("\n"))
    assert by_name(table)["地表水达到或好于Ⅲ类水体比例"].number == 20


def test_a_table_pasted_without_its_header_is_read_in_the_printed_column_order():
    table = plan_table("3.常住人口城镇化率（%）\t60.6\t65\t—\t预期性\n")
    assert (table.base_year, table.problems) == (None, [])
    (line,) = table.lines
    assert (line.name, line.base, line.target_text, line.attribute) == (
        "常住人口城镇化率",
        "60.6",
        "65",
        "预期性",
    )


@pytest.mark.parametrize(
    "row, words",
    [
        ("\t5.每万人口高价值发明专利拥有量（件）\t6.3\t12\t预期性", "Expected 4 cells"),
        ("\t5.每万人口高价值发明专利拥有量\t6.3\t12\t—\t预期性", "gives no unit"),
        ("\t5.每万人口高价值发明专利拥有量（件）\t6.3\t—\t—\t预期性", "has no target"),
        ("\t5.每万人口高价值发明专利拥有量（件）\t6.3\t12\t—\t重要", "not 约束性 or 预期性"),
    ],
)
def test_a_row_that_cannot_be_read_is_a_problem_on_its_line(row, words):
    lines = NATIONAL.splitlines()
    lines[6] = row  # line 7
    table = plan_table("\n".join(lines))
    assert [problem.line for problem in table.problems] == [7]
    assert words in table.problems[0].message
    assert len(table.lines) == 19


@pytest.mark.parametrize(
    "text", ["", "\n\n", "随便写的一段话", "注：没有表格", "\x00\t\t\t", "1\t2"]
)
def test_text_that_is_no_table_is_a_problem_never_an_exception(text):
    table = plan_table(text)
    assert table.lines == [] and table.problems


def test_each_row_gives_a_plan_target_and_its_base_figure_quoting_the_line():
    table = plan_table(NATIONAL)
    place_ = {"jurisdiction": "全国", "jurisdiction_level": "country"}
    cells = figure_cells(
        table, place=place_, plan=("十四五规划纲要", 2021, 2025), report=("纲要", "2021-03-13")
    )
    assert len(cells) == 20 + BASE_NUMBERS
    forests = [c for n, c in cells if c["indicator"] == "森林覆盖率"]
    target, base = forests
    assert (target["kind"], target["year"], target["value_text"], target["flags"]) == (
        "plan_target",
        "2025",
        "24.1",
        "约束性",
    )
    assert (target["plan"], target["plan_start"], target["plan_end"]) == (
        "十四五规划纲要",
        "2021",
        "2025",
    )
    # the note says starred figures are of 2019: the base is not passed off as 2020's
    assert (base["kind"], base["year"], base["value_text"], base["flags"], base["plan"]) == (
        "final",
        "2019",
        "23.2",
        "",
        "",
    )
    assert target["source_quote"] == base["source_quote"] == NATIONAL.splitlines()[19].strip()


# The page --------------------------------------------------------------------------------------


@pytest.fixture
def english(client):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


@pytest.fixture
def country(db):
    return JurisdictionFactory(name="全国", level="country", division_code="100000")


def form_data(**changes):
    return {
        "plan": "十四五规划纲要",
        "first_year": "",
        "last_year": "",
        "report_title": "中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要",
        "report_date": "2021-03-13",
        "text": NATIONAL,
        **changes,
    }


def paste(client, jurisdiction, **changes):
    """Preview, then store what was previewed, as the page's two buttons do."""
    url = reverse("reports:plan_paste", args=[jurisdiction.pk])
    preview = client.post(url, form_data(**changes))
    assert preview.status_code == 200
    previewed = preview.context["form"].data["previewed"]
    return preview, client.post(url, {**form_data(**changes), "previewed": previewed, "store": ""})


def stored():
    return (Figure.objects.count(), Plan.objects.count(), Report.objects.count())


def test_anonymous_visitors_are_sent_to_log_in(client, country):
    url = reverse("reports:plan_paste", args=[country.pk])
    for response in (client.get(url), client.post(url, form_data())):
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert stored() == (0, 0, 0)


def test_an_official_may_not_paste_a_plan(client, official, country):
    client.force_login(official)
    url = reverse("reports:plan_paste", args=[country.pk])
    assert client.get(url).status_code == 403
    assert client.post(url, {**form_data(), "store": ""}).status_code == 403
    assert stored() == (0, 0, 0)


def test_an_analyst_may_not_paste_a_plan_outside_their_jurisdictions(client, cangshan_analyst):
    client.force_login(cangshan_analyst)
    url = reverse("reports:plan_paste", args=[place("350100").pk])
    assert client.get(url).status_code == 403
    assert client.post(url, form_data()).status_code == 403
    assert stored() == (0, 0, 0)


def test_an_analyst_stores_a_plan_of_a_district_in_their_scope_as_drafts(english, analyst):
    english.force_login(analyst)
    cangshan = place("350104")
    preview, response = paste(english, cangshan, plan="仓山区十四五规划纲要")
    assert response.status_code == 302
    plan = Plan.objects.get(jurisdiction=cangshan)
    assert plan.figures.count() == 20
    assert set(Figure.objects.values_list("entered_by", flat=True)) == {analyst.pk}


def test_the_preview_lists_what_will_be_stored_and_stores_nothing(english, administrator, country):
    english.force_login(administrator)
    url = reverse("reports:plan_paste", args=[country.pk])
    response = english.post(url, form_data())
    page = response.content.decode()
    assert response.status_code == 200
    assert len(response.context["rows"]) == 20 + BASE_NUMBERS
    assert response.context["storable"]
    assert "年均 保持在合理区间、各年度视情提出" in page and "〔13.5〕" in page
    assert "Store 35 figures" in page and "plan 十四五规划纲要" in page
    assert stored() == (0, 0, 0)


def test_an_administrator_stores_the_plan_its_targets_base_figures_flags_and_quotes(
    english, administrator, country
):
    english.force_login(administrator)
    _preview, response = paste(english, country)
    assert response.status_code == 302
    plan = Plan.objects.get()
    assert response["Location"] == reverse("indicators:plan", args=[plan.pk])
    assert (plan.jurisdiction, plan.name, plan.first_year, plan.last_year) == (
        country,
        "十四五规划纲要",
        2021,
        2025,
    )
    targets = Figure.objects.filter(kind="plan_target")
    assert targets.count() == 20 and set(targets.values_list("plan", "year").distinct()) == {
        (plan.pk, 2025)
    }
    energy = targets.get(indicator__name="单位GDP能源消耗降低")
    assert (energy.value_text, energy.flags, energy.indicator.unit) == ("〔13.5〕", ["约束性"], "%")
    assert energy.source_quote == "绿色生态\t14.单位GDP能源消耗降低（%）\t—\t—\t〔13.5〕\t约束性"
    gdp = targets.get(indicator__name="国内生产总值（GDP）增长")
    assert (gdp.value_text, gdp.flags) == ("年均 保持在合理区间、各年度视情提出", ["预期性"])
    bases = Figure.objects.filter(kind="final")
    assert bases.count() == BASE_NUMBERS
    assert set(bases.filter(year=2019).values_list("indicator__name", flat=True)) == STARRED
    pension = bases.get(indicator__name="基本养老保险参保率")
    assert (pension.year, pension.value_text, pension.flags, pension.plan) == (2020, "91", [], None)
    report = Report.objects.get()
    assert (report.jurisdiction, report.date_text) == (country, "2021-03-13")
    assert set(Figure.objects.values_list("source_report", flat=True)) == {report.pk}


def test_a_plan_target_lands_on_the_stored_series_its_wording_names(
    english, administrator, country
):
    carbon = IndicatorFactory(name="单位地区生产总值二氧化碳排放降低", unit="%")
    english.force_login(administrator)
    paste(english, country)
    target = Figure.objects.get(kind="plan_target", indicator=carbon)
    assert target.value_text == "〔18〕"


def test_storing_again_changes_nothing(english, administrator, country):
    english.force_login(administrator)
    paste(english, country)
    before = sorted(Figure.objects.values_list("pk", "version"))
    _preview, response = paste(english, country)
    assert response.status_code == 302
    assert sorted(Figure.objects.values_list("pk", "version")) == before


def test_storing_needs_the_form_as_previewed(english, administrator, country):
    english.force_login(administrator)
    url = reverse("reports:plan_paste", args=[country.pk])
    response = english.post(url, {**form_data(), "store": "", "previewed": "forged"})
    assert response.status_code == 200 and response.context["storable"]
    assert stored() == (0, 0, 0)


def test_a_malformed_paste_names_its_line_and_stores_nothing(english, administrator, country):
    english.force_login(administrator)
    text = NATIONAL.replace("〔18〕\t约束性", "〔18〕\t约東性")  # line 17, a wrong character
    preview, response = paste(english, country, text=text)
    for page in (preview, response):
        assert page.status_code == 200
        assert [(p.row, p.column) for p in page.context["problems"]] == [(17, "")]
        assert "not 约束性 or 预期性" in page.content.decode()
        assert not page.context["storable"]
    assert stored() == (0, 0, 0)


def test_a_store_refused_by_the_import_stores_nothing(english, administrator, country):
    english.force_login(administrator)
    Plan.objects.create(
        jurisdiction=country, name="十四五规划纲要", first_year=2021, last_year=2026
    )
    _preview, response = paste(english, country)
    assert response.status_code == 200
    problems = response.context["problems"]
    assert problems and {p.column for p in problems} == {"plan_start"}
    assert "runs 2021–2026" in problems[0].message
    assert (Figure.objects.count(), Report.objects.count()) == (0, 0)


def test_plan_years_default_to_the_header_and_must_agree_with_it(english, administrator, country):
    english.force_login(administrator)
    url = reverse("reports:plan_paste", args=[country.pk])
    response = english.post(url, form_data(first_year="2016", last_year="2020"))
    assert [(p.row, p.column) for p in response.context["problems"]] == [(2, "")]
    assert "not the plan's base year 2015" in response.context["problems"][0].message
    headerless = "\n".join(NATIONAL.splitlines()[2:5])
    response = english.post(url, form_data(text=headerless))
    assert "no header row with its years" in response.content.decode()
    assert stored() == (0, 0, 0)


def test_a_paste_longer_than_the_limit_is_refused(english, administrator, country, settings):
    english.force_login(administrator)
    url = reverse("reports:plan_paste", args=[country.pk])
    response = english.post(url, form_data(text=NATIONAL + "x" * settings.REPORT_MAX_PASTE))
    assert response.status_code == 200 and response.context["form"].errors["text"]
    assert stored() == (0, 0, 0)


def test_the_page_links_from_the_jurisdiction_and_the_report_for_writers_only(
    client, administrator, official, country
):
    report = ReportFactory(jurisdiction=country, title="纲要")
    url = reverse("reports:plan_paste", args=[country.pk])
    client.force_login(administrator)
    assert url in client.get(reverse("indicators:jurisdiction", args=["100000"])).content.decode()
    assert (
        f"{url}?report={report.pk}"
        in client.get(reverse("reports:detail", args=[report.pk])).content.decode()
    )
    form = client.get(f"{url}?report={report.pk}").context["form"]
    assert form["report_title"].value() == "纲要"
    client.force_login(official)
    assert (
        url not in client.get(reverse("indicators:jurisdiction", args=["100000"])).content.decode()
    )


def test_a_report_link_that_is_no_report_of_the_jurisdiction_leaves_the_form_empty(
    client, administrator, country
):
    other = ReportFactory(title="别处的报告")
    client.force_login(administrator)
    url = reverse("reports:plan_paste", args=[country.pk])
    for query in (other.pk, "abc", "9" * 30, "１"):
        response = client.get(f"{url}?report={query}")
        assert response.status_code == 200
        assert response.context["form"]["report_title"].value() is None


def test_a_post_without_the_csrf_token_is_refused(administrator, country):
    client = Client(enforce_csrf_checks=True)
    client.force_login(administrator)
    url = reverse("reports:plan_paste", args=[country.pk])
    assert client.post(url, {**form_data(), "store": ""}).status_code == 403
    assert stored() == (0, 0, 0)


def test_the_page_speaks_chinese_by_default(client, administrator, country):
    client.force_login(administrator)
    page = client.get(reverse("reports:plan_paste", args=[country.pk])).content.decode()
    assert "粘贴规划主要指标表" in page


def test_place_cells_name_a_stored_jurisdiction_as_the_figures_csv_does(db):
    cangshan = place("350104")
    assert place_cells(Jurisdiction.objects.get(pk=cangshan.pk)) == {
        "jurisdiction": "仓山区",
        "jurisdiction_level": "district",
        "division_code": "350104",
        "parent_jurisdiction": "福州市",
        "parent_division_code": "350100",
    }
