"""Forms found in the corpus read again in round thirty-one, each in a text of our own wording:
classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from reports.extraction import report_metadata
from tests.reports.test_extraction_unseen import candidates


def test_a_news_lead_naming_the_meeting_after_its_verb_dates_the_report():
    text = (
        "本报讯 4月28日，东山县隆重召开县第九届人民代表大会第三次会议。\n"
        "2019年，全县地区生产总值增长6.1%。2020年，全县地区生产总值增长6%左右。"
    )
    metadata = report_metadata(text, 2019)
    assert metadata.date_text == "2020-04-28"
    assert "人民代表大会" in metadata.meeting
    # given after April, the year reviewed is told in its final statistics
    assert candidates(text, 2019)[("地区生产总值", "%", 2019, "final")] == "6.1"


def test_a_lead_releasing_the_plan_dates_the_report_by_its_release():
    text = (
        "6月3日，某区发展和改革局发布《某区2024年国民经济和社会发展计划》。\n"
        "一、2023年国民经济和社会发展计划执行情况\n2023年，全区地区生产总值增长5.2%。"
    )
    assert report_metadata(text, 2023).date_text == "2024-06-03"
    assert candidates(text, 2023)[("地区生产总值", "%", 2023, "final")] == "5.2"


def test_a_lead_citing_a_release_inside_a_sentence_dates_nothing():
    text = "据报道，区里将于近期发布《2024年计划》。2023年，全区地区生产总值增长5.2%。"
    assert report_metadata(text, 2023).date_text == ""
