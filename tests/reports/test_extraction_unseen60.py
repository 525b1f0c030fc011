"""Forms found in round sixty, reading what probe texts still miss, each in a text of our own
wording: classes of layout and wording, not the probes' texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from reports.extraction import report_metadata
from tests.reports.test_extraction_unseen47 import all_values


def test_a_news_lead_naming_the_meeting_before_its_day_dates_the_report():
    text = (
        "某县十届人大四次会议开幕\n\n"
        "本报讯（记者 李明）因故推迟召开的某县第十届人民代表大会第四次会议，6月2日上午在县会议中心"
        "开幕。县长代表县人民政府作政府工作报告。\n\n"
        "报告显示，2019年全县地区生产总值达到158.3亿元，增长7.2%；固定资产投资增长9.5%。\n"
    )
    assert report_metadata(text, 2019).date_text == "2020-06-02"
    found = all_values(text, 2019)
    assert (("地区生产总值", "亿元", 2019, "final"), "158.3") in found
    assert (("固定资产投资", "%", 2019, "final"), "9.5") in found


def test_a_bare_quarter_opening_its_clause_dates_the_figures_after_it():
    text = (
        "2022年，全市地区生产总值增长4.6%。\n"
        "一季度，全市规模以上工业增加值增长2.1%，社会消费品零售总额下降3.4%。\n"
        "2023年主要预期目标是：地区生产总值增长6%左右；社会消费品零售总额增长7%。\n"
    )
    found = all_values(text, 2022)
    assert (("地区生产总值", "%", 2022, "expected"), "4.6") in found
    assert (("社会消费品零售总额", "%", 2023, "target"), "7") in found
    assert not any(value in ("2.1", "下降3.4") for _key, value in found)


def test_a_quarter_named_in_passing_dates_nothing_after_it():
    text = (
        "2022年，全县地区生产总值增长3.8%，获得二季度全省投资“赛马”激励；"
        "社会消费品零售总额121.7亿元，增长4.5%；外贸进出口总额36.6亿元，增长12%。"
    )
    found = all_values(text, 2022)
    for key, value in (
        (("社会消费品零售总额", "亿元", 2022, "expected"), "121.7"),
        (("社会消费品零售总额", "%", 2022, "expected"), "4.5"),
        (("进出口总额", "亿元", 2022, "expected"), "36.6"),
    ):
        assert (key, value) in found, key


def test_the_planned_years_first_months_give_no_targets():
    text = (
        "二、2020年工作安排\n"
        "今年1-4月，受疫情冲击，全县地区生产总值同比下降5.1%，规模以上工业增加值下降8.7%。"
        "今年全县经济社会发展主要预期目标是：地区生产总值增长6%左右；规模以上工业增加值增长6.5%。\n"
    )
    found = all_values(text, 2019)
    assert (("地区生产总值", "%", 2020, "target"), "6%左右") in found
    assert (("规上工业增加值", "%", 2020, "target"), "6.5") in found
    assert not any(value.startswith("下降") for _key, value in found)
