"""A PDF's text, as pypdf gives an uploaded report, breaks every line where the page ends it,
inside names and figures. Read with those breaks taken out, it gives what the same report gives
as a web page's copy, one paragraph a line; quotes and offsets stay those of the text as written.

Measured on the blind sets, each text laid out in lines of 72 columns broken anywhere but before a
mark (a value broken in two compared without its break): recall 94.8% (16072/16947), precision
97.0%, before; 96.5% (16353/16947) and 97.9% after; the texts as written give 97.1% and 98.3%.
Since a line may stop short by a figure set whole, spaces count for no width and four full lines
make a page (round forty-five): 96.9% (16414/16947) and 98.2%.
"""

import re

import pytest

from reports.extraction import extract
from reports.extraction.cuts import cut
from reports.extraction.line_wraps import wrap_breaks
from tests.reports.test_extraction_layouts import page_lines, typeset_lines
from tests.reports.test_extraction_unseen import candidates

REVIEW = (
    "各位代表：过去的一年，面对复杂多变的外部环境和艰巨繁重的改革发展稳定任务，全县上下"
    "坚持稳中求进工作总基调，经济社会发展取得了新的成绩。2021年，全县地区生产总值完成"
    "318.6亿元，增长7.4%；一般公共预算收入完成21.3亿元，增长6.2%；固定资产投资增长"
    "9.1%；社会消费品零售总额完成126.4亿元，增长10.3%；城乡居民人均可支配收入分别增长"
    "7.6%和9.8%；城镇登记失业率控制在3.5%以内；粮食产量稳定在48.2万吨以上。全县新增"
    "市场主体5200户，新增规模以上工业企业36家，产业结构持续优化，三次产业结构调整为"
    "9.2:45.1:45.7，全县经济发展的质量和效益明显提升，人民群众的获得感、幸福感、安全感"
    "不断增强。2022年，全县地区生产总值预期增长6.5%左右，一般公共预算收入增长5%，固定"
    "资产投资增长8%以上，社会消费品零售总额增长7%，城乡居民收入增长与经济增长基本同步。"
)


def test_a_report_broken_into_page_lines_gives_what_its_one_line_paragraphs_give():
    page = page_lines(REVIEW, columns=60)
    assert page.count("\n") >= 10
    found = candidates(page, 2021)
    whole = candidates(REVIEW, 2021)
    assert {key: value.replace("\n", "") for key, value in found.items()} == whole
    assert whole[("地区生产总值", "%", 2022, "target")] == "6.5%左右"
    assert whole[("城镇登记失业率", "%", 2021, "expected")] == "3.5%以内"


def test_a_figure_broken_by_the_page_is_quoted_with_its_break_where_it_was_written():
    page = page_lines(REVIEW, columns=60)
    for figure in extract(page, report_year=2021):
        assert page[figure.start : figure.end] == figure.quote
        assert page[figure.value_start :].startswith(figure.value_text)


def test_lines_that_do_not_fill_a_page_keep_their_breaks():
    # a digest's items, one a line, as long as each is
    digest = "\n".join(
        f"第{n}项：全县新建高标准农田{n}万亩" + "，新增就业岗位一千个" * (n % 4) + "，完成年度任务"
        for n in range(1, 20)
    )
    assert wrap_breaks(digest) == []
    assert cut("地区生产总值\n增长5%。") == ("地区生产总值\n增长5%。", [])


def test_a_tables_rows_and_a_new_item_keep_their_breaks_in_a_page_laid_out_text():
    page = page_lines(REVIEW, columns=60)
    row = "地区生产总值    亿元    318.6    7.4    340    6.5左右    全县经济总量稳步提升"
    item = "（二）" + "坚持项目为王，全年实施重点项目一百二十个，完成投资一百八十亿元以上"
    text = f"{page}\n{row}\n{row}\n{item}\n{item}"
    breaks = wrap_breaks(text)
    lines_before = [text[:position].rsplit("\n", 1)[-1] for position in breaks]
    assert row not in lines_before
    assert text.index(item) - 1 not in breaks


def test_a_text_that_spaces_its_chinese_characters_reads_as_one_that_does_not():
    spaced = re.sub(r"(?<=[\u4e00-\u9fff，。；：、])(?=[\u4e00-\u9fff，。；：、])", " ", REVIEW)
    found = candidates(spaced, 2021)
    assert found[("地区生产总值", "亿元", 2021, "expected")] == "318.6"
    assert found[("地区生产总值", "%", 2022, "target")] == "6.5%左 右"
    assert found[("城镇登记失业率", "%", 2021, "expected")] == "3.5%以 内"


def test_a_table_that_spaces_its_cells_keeps_its_spaces():
    table = (
        "指标 单位 2021年计划 2021年预计 2022年目标\n"
        "地区生产总值 亿元 310 318.6 340\n"
        "一般公共预算收入 亿元 20.5 21.3 22.4\n"
        "社会消费品零售总额 亿元 120 126.4 135\n"
    )
    assert cut(table) == (table, [])


def test_a_tables_rows_with_cells_a_space_apart_keep_their_breaks_in_a_page_laid_out_text():
    rows = (
        "一般公共预算收入 亿元 21.3 6.2 22.4 5 财政收入质量持续提高稳步\n"
        "社会消费品零售总额 亿元 126.4 10.3 135 7 消费市场持续回暖向好\n"
        "固定资产投资 亿元 210.5 9.1 227 8以上 项目建设扎实推进成效明显\n"
    )
    text = page_lines(REVIEW, columns=60) + "\n" + rows
    table = text.index(rows)
    assert [position for position in wrap_breaks(text) if position > table] == []


def test_items_opened_by_a_circled_number_or_yishi_keep_their_breaks():
    # each item a page's width (60 columns), no sentence ended
    filler = "全县新建高标准农田和水利设施项目建成后惠及群众完成年度任务"
    items = "".join(
        mark + filler[: 30 - len(mark)] + "\n" for mark in ("①", "②", "③", "一是", "二是", "三是")
    )
    text = page_lines(REVIEW, columns=60) + "\n" + items
    start = text.index(items)
    assert [position for position in wrap_breaks(text) if position > start] == []


def test_a_grouped_amount_before_a_half_width_comma_is_cut_too():
    assert cut("总量达到1,520,增长5%") == ("总量达到1520,增长5%", [5])


def _breaks_inside_sentences(text):
    """Each line break of `text` whose line ends no sentence: where the page broke it."""
    return [
        match.start()
        for match in re.finditer("\n", text)
        if not text[: match.start()].rstrip().endswith(("。", "；", "："))
    ]


def test_a_line_left_short_by_a_figure_set_whole_on_the_next_is_the_pages():
    # a word processor never breaks 318.6, and pypdf spaces it from the characters around it
    page = typeset_lines(REVIEW, columns=56)
    widths = [sum(1 + (ord(c) >= 0x2E80) for c in line if c != " ") for line in page.split("\n")]
    assert sum(56 - 8 <= width < 56 - 4 for width in widths) >= 2  # left short
    assert set(wrap_breaks(page)) == set(_breaks_inside_sentences(page))
    found = candidates(page, 2021)
    assert {key: re.sub(r"\s", "", value) for key, value in found.items()} == candidates(
        REVIEW, 2021
    )


def test_a_short_excerpt_of_a_few_page_lines_reads_as_its_paragraph():
    excerpt = REVIEW[: REVIEW.index("全县新增")]
    page = page_lines(excerpt, columns=60)
    assert 4 <= page.count("\n") + 1 < 10
    assert set(wrap_breaks(page)) == set(_breaks_inside_sentences(page))
    assert candidates(page, 2021) == candidates(excerpt, 2021)


def test_a_caption_short_of_the_width_keeps_its_break_before_its_table():
    page = typeset_lines(REVIEW, columns=56)
    caption = "表一 2021 年全县国民经济和社会发展主要指标完成情况"  # 6 columns short
    text = f"{page}\n{caption}\n指 标 名 称\n单位\n2021 年目标"
    assert text.index(caption) + len(caption) not in wrap_breaks(text)


@pytest.mark.parametrize("columns", range(48, 72, 2))
def test_a_line_justified_with_a_space_between_its_characters_reads_unspaced(columns):
    # where a figure does not fit, a justified page stretches the line before it to the width,
    # and pypdf reads the stretch as a space between each two characters (分 别 增 长⏎4.4%)
    structure = "其中，一、二、三次产业增加值分别完成2.34亿元、27.07亿元和7.79亿元，分别增长4.4%、9.5%和5.8%。"
    page = typeset_lines(REVIEW.replace("增强。", "增强。" + structure), columns).split("\n")
    stretched = [
        re.sub(r"(?<=[\u4e00-\u9fff，、；])(?=[\u4e00-\u9fff，、；])", " ", line)
        if following[:1].isdigit()
        else line
        for line, following in zip(page, page[1:] + [""], strict=True)
    ]
    assert stretched != page
    justified = "\n".join(stretched)
    found = candidates(justified, 2021)  # quoted as written, the stretch's spaces and all
    assert {key: re.sub(r"\s", "", value) for key, value in found.items()} == {
        key: re.sub(r"\s", "", value) for key, value in candidates("\n".join(page), 2021).items()
    }


def test_a_tables_header_that_spaces_its_characters_keeps_its_spaces_in_a_page_laid_out_text():
    header = "指 标 名 称 单 位 2021 年 目 标 2021 年 预 计 2022 年 目 标 备 注 说 明"
    text = f"{typeset_lines(REVIEW, columns=56)}\n{header}\n地区生产总值 亿元 310 318.6 340"
    assert header in cut(text)[0]


def test_a_web_pages_table_and_list_of_one_width_ending_no_sentence_keep_their_breaks():
    # rows a space apart, of one width as spaces do not count, and a digest's items: no page's
    table = "2021年全县主要经济指标\n指标 单位 完成 比上年增长\n" + "\n".join(
        [
            "全县地区生产总值 亿元 318.6 比上年增长 7.4%",
            "全县一般公共预算收入 亿元 21.3 比上年增长 6.2%",
            "全社会固定资产投资 亿元 156.2 比上年增长 9.1%",
            "社会消费品零售总额 亿元 126.4 比上年增长 10.3%",
            "城镇常住居民人均可支配收入 元 41569 比上年增长 7.6%",
        ]
    )
    digest = (
        "XX县十八届人大一次会议审议通过2022年县政府工作报告\n"
        "2021年全县地区生产总值完成318.6亿元，比上年增长7.4%\n"
        "一般公共预算收入完成21.3亿元，比上年增长6.2%，稳中有进\n"
        "固定资产投资完成156.2亿元，比上年增长9.1%，持续向好\n"
        "社会消费品零售总额完成126.4亿元，比上年增长10.3%"
    )
    assert wrap_breaks(table) == wrap_breaks(digest) == []
    assert candidates(table, 2021)[("固定资产投资", "%", 2021, "expected")] == "9.1"
    assert candidates(digest, 2021)[("固定资产投资", "%", 2021, "expected")] == "9.1"


def test_a_paragraph_opening_with_yishi_stops_as_short_as_any_before_a_figure():
    item = "一是工业经济稳中有进，规模以上工业增加值增长8.5%，工业投资完成126.4亿元，增长10.3%。"
    page = typeset_lines(REVIEW + "\n" + item, columns=68)
    first = next(line for line in page.split("\n") if line.startswith("一是"))
    assert first.endswith("工业投资完成")  # 126.4 moved whole: six columns short
    assert page.index(first) + len(first) in wrap_breaks(page)


NOTICE = (
    "某市人民政府关于印发某市2022年国民经济和社会发展计划的通知\n"
    "各区县人民政府，市政府各部门（单位）：\n"
    "《某市2022年国民经济和社会发展计划》已经某市第十八届人民代表大会第一次会议审议通过，"
    "现印发给你们，请认真贯彻执行。\n"
    "某市人民政府\n"
    "2022年4月29日\n"
    "某市2022年国民经济和社会发展计划\n"
    "一、2021年国民经济和社会发展计划执行情况\n"
    "过去一年，全市上下在市委、市政府的正确领导下，坚决贯彻党中央、国务院重大决策，统筹疫情"
    "防控和经济社会发展，全市经济运行稳中加固、稳中提质。全年实现地区生产总值6120.5亿元，增长"
    "7.2%；一般公共预算收入完成512.3亿元，增长11.2%；固定资产投资增长11.5%；社会消费品零售"
    "总额完成3050.8亿元，增长12.6%。\n"
)


def test_a_notices_title_as_wide_as_the_page_keeps_its_line_and_the_notices_date_none():
    # the title's line fills the page: joined to the addressees, it was no notice's title, and
    # the date it was issued on (April) made the results final
    page = typeset_lines(NOTICE, columns=60)
    assert page.split("\n")[0].endswith("计划的通知")
    assert candidates(page, 2021) == candidates(NOTICE, 2021)
    assert candidates(page, 2021)[("地区生产总值", "亿元", 2021, "expected")] == "6120.5"


def test_a_body_line_ending_as_a_title_ends_is_still_broken_by_the_page():
    body = [
        "过去一年，全县上下坚持稳中求进工作总基调，统筹疫情防控和经济社会",
        "发展，扎实做好各项工作，经济社会发展取得了新的成绩，较好完成了县",
        "人大审议通过的国民经济和社会发展计划，各项指标符合计划执行情况的报告",
        "要求，全县地区生产总值增长百分之六左右，一般公共预算收入稳定增长，",
        "固定资产投资保持较快增长，城乡居民收入稳步提高，民生保障持续加强。",
    ]
    text = "\n".join(["某县人民政府关于印发某县计划的通知", *body])
    third_line_end = len("\n".join(["某县人民政府关于印发某县计划的通知", *body[:3]]))
    assert third_line_end in wrap_breaks(text)
