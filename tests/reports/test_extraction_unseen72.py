"""Forms found in round seventy-two, reading what probe texts still miss, each in a text of our
own wording: classes of layout and wording, not the probes' texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from reports.extraction import extract
from reports.extraction.reading import as_read
from tests.reports.test_extraction_unseen47 import all_values

_FRAME = (
    "青禾市2019—2022年主要指标整理（工作笔记）\n\n"
    "In [2]:\npanel = pd.read_csv('qinghe.csv', index_col='年份')\npanel\n\n"
    "Out[2]:\n"
    "         GDP_亿元  GDP增速_%  社零_亿元  规上工业增速_%\n"
    "年份\n"
    "2019    1032.60      7.1    402.15       8.2\n"
    "2020    1061.90      3.2    389.70       2.9\n"
    "2021    1158.44      8.3    431.02       9.6\n"
)


def test_a_data_frame_printed_with_its_index_named_under_the_header_reads_row_by_row():
    found = all_values(_FRAME, 2023)
    assert (("地区生产总值", "亿元", 2019, "final"), "1032.60") in found
    assert (("地区生产总值", "%", 2020, "final"), "3.2") in found
    assert (("社会消费品零售总额", "亿元", 2021, "final"), "431.02") in found
    assert (("规上工业增加值", "%", 2021, "final"), "9.6") in found


def test_a_data_frame_printed_without_its_index_name_reads_its_years_as_rows():
    unnamed = _FRAME.replace("年份\n", "")
    found = all_values(unnamed, 2023)
    assert (("地区生产总值", "亿元", 2019, "final"), "1032.60") in found
    assert (("规上工业增加值", "%", 2020, "final"), "2.9") in found


def test_a_data_frame_keeps_the_texts_length_and_its_quotes_verbatim():
    read = as_read(_FRAME)
    assert len(read) == len(_FRAME)
    assert read.count("\n") == _FRAME.count("\n") - 1
    for candidate in extract(_FRAME, report_year=2023):
        assert candidate.value_text.rstrip("%") in _FRAME


def test_an_indented_line_over_a_row_of_another_width_is_no_data_frames_header():
    text = (
        "青禾市2023年统计公报摘要\n\n        一、综合\n2023年  地区生产总值1158.4亿元，增长6.1%。\n"
    )
    assert as_read(text) == text


def test_a_frame_of_indicators_by_year_columns_is_not_read_without_its_units():
    text = (
        "青禾市2021年与2020年对比（笔记）\n\n"
        "Out[6]:\n"
        "              2020      2021\n"
        "指标\n"
        "GDP          1061.9    1158.4\n"
        "一般公共预算收入   63.8      71.6\n"
    )
    assert as_read(text) == text


def test_a_rate_computed_to_six_decimals_is_no_reported_figure():
    text = (
        "青禾市2019—2021年（笔记计算）\n\n"
        "Out[6]:\n"
        "        GDP_亿元  GDP增速_%\n"
        "年份\n"
        "2020  1061.90  2.835270\n"
        "2021  1158.44  9.087484\n"
    )
    found = all_values(text, 2022)
    assert (("地区生产总值", "亿元", 2021, "final"), "1158.44") in found
    assert not any("2.835270" in value or "9.087484" in value for _, value in found)
