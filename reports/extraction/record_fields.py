"""The fields of data published as records (an open-data portal's JSON, XML or YAML, an API's
response, a long table of one row per series and year): what each field's key says it holds.

Keys are read by the words of their Chinese names (指标名称, 计量单位, 统计年度, 本年值, 增长(%),
年度目标, 次年预期目标), by the common English ones (indicator, unit, year, value, growth_rate,
target_value) and by the pinyin initials statistics systems name their fields with (zbmc, jldw,
nf, bq, tbzz). A portal that names its fields in codes of its own (BNZ, MBZ) explains them, one
a line (| BNZ | 本年值 | varchar(30) |, zbmc　指标名称): those explanations are read too.
"""

import re

NAME, UNIT, YEAR, VALUE, GROWTH, TARGET, NEXT_TARGET, EARLIER = (
    "name", "unit", "year", "value", "growth", "target", "next target", "earlier",
)  # fmt: skip

# the English and pinyin keys, lower case, without _ or -
_CODES = {
    NAME: "indicator indicatorcn indicatorname name namecn item zbmc zbm zbname",
    UNIT: "unit units dw jldw",
    YEAR: "year nf nd tjnd sj period",
    VALUE: "value val amount bq bnz bnljz z wcz sjz",
    GROWTH: "growth growthrate yoy tbzz zzl zz zf zs",
    TARGET: "target targetvalue plan planvalue jhz ndmb mbz",
    NEXT_TARGET: "nextyeartarget nexttarget nextplan xnjh",
    EARLIER: "lastyear lastvalue sq snz sntq",
}
_BY_CODE = {code: role for role, codes in _CODES.items() for code in codes.split()}

# a key's Chinese words, tried in order: 年初计划增长 is a target, 上年值 an earlier year's value
_NO_FIGURE_OF_THE_SERIES = re.compile(
    r"进度|位次|排名|名次|比重|占|完成率|备注|说明|情况|序号|代码"
    r"|规划"  # (a five-year plan's target, 规划目标值: its last year's, not the record's year's)
)
_WORDS = (
    (NEXT_TARGET, re.compile(r"次年|下年|明年|下一年")),
    (TARGET, re.compile(r"目标|计划|预期")),
    (EARLIER, re.compile(r"(?<![比较])(?:上年|去年)|^同期")),
    (GROWTH, re.compile(r"增长|增速|增幅|同比|增减")),
    (NAME, re.compile(r"^(?:指标|项目)(?:名称?)?$|名称$")),
    (UNIT, re.compile(r"单位")),
    (YEAR, re.compile(r"^(?:统计)?(?:年份|年度|时间|年)$")),
    (
        VALUE,
        re.compile(
            r"(?:年度|本年|本期|当年|实际|快报|累计|完成|绝对)+(?:数值|值|数|额|总量)?"
            r"|数值|值|数据|总量"
        ),
    ),
)
VALUE_ROLES = frozenset((VALUE, GROWTH, TARGET, NEXT_TARGET, EARLIER))
# a year as a record's field or a long table's cell gives it (2021, 2021年, 2021年度)
YEAR_VALUE = re.compile(r"((?:19|20)\d{2})\s*年?度?")
# a key naming its year (2013, 2013年, 2013增长): the role its other words give, a value by default
_YEAR_KEY = re.compile(r"((?:19|20)\d{2})\s*年?(\D.*)?")
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]|%|％")
_LONGEST_KEY = 40
_NO_ROLE = (None, None, False)


def key_role(key, dictionary):
    """(role, year named by the key or None, whether it names a growth) of a record's `key`;
    role None for a key of anything else. `dictionary` maps a portal's own codes to their
    Chinese names."""
    plain = key.strip().strip("\"'").strip()
    if len(plain) > _LONGEST_KEY:
        return _NO_ROLE
    year = _YEAR_KEY.fullmatch(plain)
    if year:
        role, _, growth = _role_of_words(year[2]) if year[2] else (VALUE, None, False)
        return role, int(year[1]), growth
    return _role_of_code(_code(plain), dictionary) or _role_of_words(plain)


def _role_of_code(code, dictionary):
    """The role of a key in a portal's own codes, or in the common English and pinyin ones."""
    if code in dictionary:
        return _role_of_words(dictionary[code])
    if code in _BY_CODE:
        return _BY_CODE[code], None, _BY_CODE[code] == GROWTH
    return None


def _role_of_words(plain):
    """The role a key's Chinese words give it (no year: 年初计划增长, 本年值)."""
    words = _BRACKETED.sub("", plain)
    if not words or _NO_FIGURE_OF_THE_SERIES.search(words):
        return _NO_ROLE
    growth = bool(re.search(r"增长|增速|增幅|%|％", plain))
    role = next((role for role, pattern in _WORDS if _reads(pattern, role, words)), None)
    return role, None, growth


def _reads(pattern, role, words):
    """Whether a key's words say it holds `role`: a value's key says so in whole (本年值, 数值;
    not 地区生产总值), the others' in part (年初计划增长, 计量单位)."""
    return bool(pattern.fullmatch(words) if role == VALUE else pattern.search(words))


def _code(key):
    return re.sub(r"[\s_\-]", "", key).lower()


# a portal's explanation of a field: its code, then its Chinese name (| BNZ | 本年值 | …, zbmc　指标名称)
_EXPLAINED = re.compile(
    r"^[ \t|]*([A-Za-z][A-Za-z0-9_]{0,19})[ \t\u3000]*[|:：\t\u3000 ][ \t\u3000]*"
    r"([\u4e00-\u9fff][^|\n\t]{0,19}?)[ \t\u3000]*(?:[|\t（(]|$)",
    re.M,
)


def field_dictionary(text):
    """A portal's codes for its fields, lower case, and the Chinese names it explains them by
    (not a record's own pairs, zbmc: 地区生产总值, whose value names no field)."""
    if not re.search(r"[A-Za-z]", text):
        return {}
    dictionary = {}
    for code, name in _EXPLAINED.findall(text):
        if _role_of_words(name)[0]:
            dictionary.setdefault(_code(code), name)
    return dictionary
