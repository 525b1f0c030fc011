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

