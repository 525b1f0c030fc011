"""The names of an annex table's rows: a row's name cell read (its ordinal, its unit in
brackets, its footnote marks) and resolved to the catalogue's indicator (地区生产总值增长,
全市生产总值, 固定资产投资（不含农户）, 单位国内生产总值能耗)."""

import re

from reports.extraction.contextual_wordings import CONTEXTUAL_WORDINGS
from reports.extraction.lexicon import MULTIPLIERS, NO_UNIT, PERCENT, clean_unit, squeeze
from reports.extraction.line_cells import ORDINAL
from reports.extraction.revenue import total_named_alone
from reports.extraction.values import BASE_UNITS


def row_name(cell_text, serial=""):
    """(level, numbered, name, unit) of a row's first cell: level 0 for 一、…, 1 for 其中：…, 2
    for # …, else None; numbered when any ordinal (一、 1. （一） 其中：) opens it, or the row
    has its number in a 序号 column (`serial`); the unit when the name carries one."""
    level, name, numbered = None, cell_text, bool(_SERIAL_NUMBER.fullmatch(squeeze(serial)))
    while (match := ORDINAL.match(name)) and match.group():
        numbered = True
        if match["top"]:
            level = 0
        elif match["sub"]:
            level = 1
        elif match["hash"]:
            level = 2
        name = name[match.end() :]
    return level, numbered, *_plain_name(name.strip())


_SERIAL_NUMBER = re.compile(r"\d{1,3}")


def table_row_name(table, cells):
    """`row_name` of a row's name cell; a row numbered in a 序号 column is numbered, so that a
    name broken over two lines goes on from its own row, not into the one numbered after it."""
    name_cell = cells[table.name_index] if table.name_index < len(cells) else None
    return row_name(name_cell.text if name_cell else "", serial_cell(table, cells))


def serial_cell(table, cells):
    """The text of a row's cell in its table's 序号 column, before its name; empty when none."""
    if not table.serial or not 0 < table.name_index <= len(cells):
        return ""
    return cells[table.name_index - 1].text


def unit_column_cell(table, cells):
    """A row's cell in its table's unit column; None when the table has none or the row is short."""
    index = table.unit_index
    return cells[index] if index is not None and index < len(cells) else None


# ① … ⑳, ❶ … ❿, *, ※, （*）, （注1） after a name or a value point at a footnote.
FOOTNOTE_MARKS = re.compile(
    r"\s*(?:[（(]\s*(?:[*＊※]|注\s*\d{0,2})\s*[)）]|[\u2460-\u2473\u2776-\u277f*＊※△▲☆★])+\s*$"
)
# an abbreviation after a name: 地区生产总值（GDP）, 地区生产总值（简称“GDP”）
_ALIAS = re.compile(r"\s*[（(](?:简称)?[“\"]?[A-Za-z]{2,}[”\"]?[)）]$")
# a copy may lose the closing bracket (地区生产总值增速（%): the unit still ends the name
# (or after a slash, as a journal's table heads its columns: 地区生产总值/亿元, GDP增速/%, or an
# underscore, as a data set's: 社零_亿元)
_NAME_WITH_UNIT = re.compile(
    r"^(?P<name>.+?)\s*(?:[（(](?P<unit>[^（）()0-9]{1,8})[)）]?|[/／_]\s*(?P<after>[^（）()0-9/／_]{1,6}))$"
)
_UNITS = {*BASE_UNITS, "%", "％", "‰", "个百分点"}


# the unit a table's caption gives the rows naming none: 表2　…财政收支情况（单位：亿元）, or 单位：
# 万元 on a line of its own over the header; not several (单位：亿元、%)
_CAPTION_UNIT = re.compile(r"单位\s*[：:]\s*([^\s、，,；;/（）()%％]{1,4})\s*[）)]?\s*[：:]?$")
_CAPTION_REACH = 80


def captioned_unit(text, header_start, catalogue, name):
    """The unit the line over a table's header gives its rows (亿元), for a row named without
    one; none for a growth's row (GDP增速), whose figures are rates whatever the caption says, nor
    for a series not counted in it (城镇登记失业率, 人均… in a table of amounts in 亿元)."""
    if names_its_growth(name) or _NOT_AN_AMOUNT.search(name):
        return ""
    unit = _CAPTION_UNIT.search(_caption(text, header_start))
    unit = unit[1] if unit and unit[1].lstrip("".join(MULTIPLIERS)) in _UNITS else ""
    known = unit and catalogue.resolve(name)
    return "" if known and catalogue.series(known, unit) is None else unit


def _caption(text, header_start, *, past_blank_lines=False):
    """The line over a table's header, or the last one with words in it `past_blank_lines` (a
    bounded look back: linear in any text)."""
    reach = max(header_start - _CAPTION_REACH, 0)
    end = reach + len(text[reach:header_start].rstrip()) if past_blank_lines else header_start
    return text[text.rfind("\n", reach, max(end - 1, 0)) + 1 or reach : end]


def captions_rates(text, header_start):
    """Whether the line over a table's header, past blank lines, says its figures are rates
    (…主要指标增速（%）)."""
    caption = _caption(text, header_start, past_blank_lines=True)
    return bool(_RATES_CAPTION.search(caption)) and not _LEVELS_CAPTION.search(caption)


_RATES_CAPTION = re.compile(r"[（(]\s*(?:单位\s*[：:]\s*)?[%％]\s*[)）]")  # (not 总量及增速)
_LEVELS_CAPTION = re.compile(r"[万亿]?元|万人|万吨")  # (…及增速（单位：亿元、%）: levels too)
# a name of a share, a rate, an index or a figure per head: no amount of a table in 亿元
_NOT_AN_AMOUNT = re.compile(r"人均|率|指数|比重|占比")


def _plain_name(name):
    """(name, unit) of a row's name without its footnote mark; the unit when the name carries
    it in brackets (社会消费品零售总额（亿元）), or after a slash or an underscore (地区生产总值/亿元,
    社零_亿元)."""
    name = _ALIAS.sub("", FOOTNOTE_MARKS.sub("", name).strip())
    named = _NAME_WITH_UNIT.match(name)
    unit = (named["unit"] or named["after"]).strip() if named else ""
    if unit.lstrip("".join(MULTIPLIERS)) in _UNITS or unit in _UNITS:
        return named["name"].replace("_", ""), unit
    return name.replace("_", ""), ""  # (a data set's word joints: GDP_增速, 人均_可支配收入)


# the words of a value, not of a name: a row "named" 7左右44左右 is cells a ragged table shifted
_VALUE_WORDS = re.compile(r"左右|以上|以内|以下|持平|个?百分点|[\d.．%％:：\s-]")


def names_a_series(name):
    """Whether a row name the catalogue does not know names anything: two Chinese characters at
    least, once the words of values are taken out."""
    return len(re.findall(r"[\u4e00-\u9fff]", _VALUE_WORDS.sub("", name))) >= 2


# A row named with its measure (地区生产总值增长, 居民消费价格涨幅), or a row of the measure alone
# under the level row of its indicator (地区生产总值 亿元 / 增长 %).
# A fall is a measure too: 单位地区生产总值能耗降低 is the energy intensity's row, 化学需氧量排放削减
# the pollutant's.
_FALL_WORDS, _RATE_WORDS, _PERCENT_NOTE = (
    "降低|下降|削减|减少",
    "率|比例|幅度",
    r"(?:[(（]?[%％][)）]?)?$",
)
_MEASURE_SUFFIX = re.compile(
    r"(?:排放总?量?)?(?:比上年|同比)?(?:实际)?"
    rf"(?:增长(?:率|速度)?|增速|增幅|涨幅|(?:{_FALL_WORDS})(?:{_RATE_WORDS})?|降幅){_PERCENT_NOTE}"
)
# the rate of a fall (…二氧化碳排放降低率, 化学需氧量排放量削减比例): the fall's own series
_RATE_OF_FALL = re.compile(rf"(?<={_FALL_WORDS})(?:{_RATE_WORDS})(?={_PERCENT_NOTE})")
# a growth word alone (增速, 比上年增长), and a growth row of the measure alone (增速, 比上年增长（%）)
# under the level row of its indicator
GROWTH_WORD = r"(?:比上年|同比)?(?:实际)?(?:增长(?:率|速度)?|增速|增幅)"
_GROWTH_ALONE = re.compile(rf"{GROWTH_WORD}(?:[(（]?[%％][)）]?)?")


def names_its_growth(name):
    """Whether a row's name says it holds its series' growth (规上工业增加值增速, GDP增长（%）)."""
    return bool(_MEASURE_SUFFIX.search(squeeze(name)))


def level_before_growth(name, next_name):
    """Whether a row named by its indicator alone holds its levels, the row under it holding the
    growth alone (生产总值 | 176 over 增速 | 11), or the same name's (社会消费品零售总额 | 462.37
    over 社会消费品零售总额增速 | 8.9): a table that names no unit leaves the measure to that
    pairing, its levels no rates."""
    bare, under = squeeze(name), squeeze(next_name)
    growth = under.removeprefix(bare)
    # (not over its real growth: 城镇居民人均可支配收入 | 4.9 over …实际增长 | 2.8, both rates)
    real = growth != under and _REAL.match(growth)
    return (
        bool(bare)
        and not _MEASURE_SUFFIX.search(bare)
        and bool(_GROWTH_ALONE.fullmatch(growth))
        and not real
    )


_REAL = re.compile(r"(?:比上年|同比)?(?:实际|名义|可比)")


def growth_of_above(table, rows, number, unit_cell):
    """A row with no name whose unit is a rate, under a row of levels, holds their growth
    (地区生产总值 | 亿元 | 850 over | % | 11.5): the name of that growth, else ""."""
    if not number or unit_cell is None or clean_unit(unit_cell.text) != PERCENT:
        return ""
    above = rows[number - 1][2]
    unit = unit_column_cell(table, above)
    if unit is None or clean_unit(unit.text) in ("", PERCENT, NO_UNIT):
        return ""
    name = row_name(above[table.name_index].text if table.name_index < len(above) else "")[2]
    return f"{name}增长" if name else ""


# a cell between a row's name and its values saying which of a series' rows it is: its targets
# (地区生产总值增长（%） | 目标 | 9 | 9 | 10) or its results, on a row under it with no name (| 完成 |
# 9.8 | 10.5 | 11.6)
# (not a bare 预期: an attribute column's 预期 | 约束 says what kind of indicator a row is)
_TARGET_ROW = re.compile(r"(?:年初|年度)?(?:计划|目标|预期目标|计划数|目标值)")
_RESULT_ROW = re.compile(r"(?:实际)?(?:完成|实际|实绩|完成数|实际数|执行)")
TARGET_ROW, RESULT_ROW = "target", "result"


def row_kind(table, cells):
    """TARGET_ROW or RESULT_ROW when a cell between the row's name and its first value says the
    row holds the years' targets or their results; else None."""
    first = table.columns[0].index if table.columns else len(cells)
    for index in range(table.name_index + 1, min(first, len(cells))):
        word = squeeze(cells[index].text)
        if _TARGET_ROW.fullmatch(word):
            return TARGET_ROW
        if _RESULT_ROW.fullmatch(word):
            return RESULT_ROW
    return None


def named_by_kind(table, cells, name, start, above):
    """(name, start, kind, above) of a row: a nameless row whose kind cell names it, under a row
    of targets (`above`: that row's (name, start)), takes that row's name and is quoted from it
    (| 完成 | 9.8 | … under 地区生产总值增长（%） | 目标 | 9 | …; that row only: one row quoted
    from, whatever the table's length); `above` for the row after, where this one holds targets."""
    kind = row_kind(table, cells)
    if not name and kind and above:
        name, start = above
    return name, start, kind, (name, start) if name and kind == TARGET_ROW else None


def joined_with_next(catalogue, name, rows, number, unit=""):
    """(indicator, name, end, unit) of a row's name the next line completes, a cell alone
    ("十二、单位地区生产总值二氧化碳" / "排放降低", or the one filled of a barred line's: | 收入 | | |,
    | 强度（%） | | |), whether the name resolves alone or not; else None. `unit`, the one the
    row's own line names, stands when the next names none."""
    following = rows[number + 1][2] if number + 1 < len(rows) else []
    filled = [cell for cell in following if cell.text.strip()]
    joined = name + filled[0].text.strip() if len(filled) == 1 else ""
    _level, _numbered, joined, named = row_name(joined)
    resolved = catalogue.resolve(joined) if joined else None
    return (resolved, joined, rows[number + 1][1], named or unit) if resolved else None


# …人数, …总量, …数: the size the indicator already is (城镇新增就业人数 is 城镇新增就业, 高新技术
# 企业数 高新技术企业); not an index's 指数
_SIZE_SUFFIX = re.compile(r"(?:人数|数量|总量|规模|(?<!指)数)$")


# a basis or scope noted after a name, not a part of the series (固定资产投资（不含农户）, 一般公共
# 预算收入（扣除减税降费因素）, 居民消费价格指数（上年＝100）; not a fixed base, （2015年=100）, whose
# index is no year's change); a part named so (社会消费品零售总额（限上）) stays a name of its own
_BASIS_NOTE = re.compile(
    r"\s*[（(](?:不含农户|含农户|全口径|同口径|可比口径|现价|预计数?|初步(?:核算|统计)?"
    r"|按?可比价格?(?:计算)?|(?:扣除|剔除)[^（）()]{1,12}|以?上年(?:同期)?\s*(?:[=＝]|为)\s*100)[)）]"
)


def resolved_row(catalogue, name, previous):
    """The catalogue's name for a row: its own, the one without its basis noted, the one
    before its measure word, or, for a row of the measure alone, the indicator of the row
    before."""
    name = _BASIS_NOTE.sub("", name) if not catalogue.resolve(name) else name
    found = catalogue.resolve(name) or total_named_alone(name, catalogue)
    squeezed_name = squeeze(name)
    if found is None and (fall := _RATE_OF_FALL.sub("", squeezed_name)) != squeezed_name:
        found = catalogue.resolve(fall)
    bare = _MEASURE_SUFFIX.sub("", squeezed_name)
    if found is None and bare != squeezed_name:
        found = catalogue.resolve(bare) if bare else previous
    unsized = _SIZE_SUFFIX.sub("", squeezed_name)
    if found is None and unsized and unsized != squeezed_name:
        found = catalogue.resolve(unsized)
    short = next((w for w in (squeezed_name, bare, unsized) if w in _NAMED_IN_CONTEXT), None)
    if found is None and short:
        found = catalogue.resolve(CONTEXTUAL_WORDINGS[_NAMED_IN_CONTEXT[short]][0])
    scope = _SCOPE.match(squeezed_name)  # 全市生产总值: the jurisdiction's own, named
    if found is None and scope:
        found = resolved_row(catalogue, squeezed_name[scope.end() :], previous)
    side = _SIDE.fullmatch(squeezed_name)
    if found is None and side and previous and "人均" in previous:
        # 其中：城镇常住居民 under 居民人均可支配收入 is the town side's income
        found = catalogue.resolve(squeezed_name + previous[previous.index("人均") :])
    if found is None and _NATIONAL in name:
        # a national annex's 单位国内生产总值能耗 is the catalogue's 单位地区生产总值能耗
        found = resolved_row(catalogue, name.replace(_NATIONAL, "地区生产总值"), previous)
    return found


def measure_alone(name):
    """Whether a row's or a column's `name` is a measure alone (增速, 比上年增长（%）), of the
    indicator of the one before."""
    squeezed = squeeze(name)
    return bool(squeezed) and not _MEASURE_SUFFIX.sub("", squeezed)


_NATIONAL = "国内生产总值"
# a row named by a wording that names its indicator only in context, its cell alone the context:
# GDP | 312.6 (GDP增速 | 7.1, GDP总量 | 312.6), as 经济增长 | 6.5 is the economy's growth
_NAMED_IN_CONTEXT = {squeeze(wording): wording for wording in ("GDP", "经济增长")}
# a side of the residents alone, the row of its share of the measure of the row above
_SIDE = re.compile(r"(?:城镇|城市|农村(?:牧区)?|农民|乡村)(?:常住)?(?:居民)?")
_SCOPE = re.compile(r"全[省市区县州旗盟](?=.)")
_FALL = re.compile(r"(?:降低率?|下降率?|降幅|削减率?|减少)(?:[(（]?[%％][)）]?)?$")


def written_as_fall(catalogue, name):
    """A row named with its fall whose series is the change (单位地区生产总值能耗降低 → 万元
    生产总值能耗), unlike a series that is the fall itself (…二氧化碳排放降低)."""
    return bool(_FALL.search(squeeze(name))) and catalogue.resolve(name) is None
