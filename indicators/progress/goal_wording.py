"""The words five-year plans write around a target's number, and what each says.

A plan's main-indicator table writes 「年均增长 7% 以上」, 「累计降低 13.5%」, 「〔13.5〕」 (a
bracketed figure is cumulative over the plan), 「累计新增就业 5500 万人以上」, 「提高到 65%」,
「不低于 18.18 亿亩」, 「年均 >7」. `read_wording` notes which of these words are there and
hands the number, with the bound and sign words next to it, to the target-expression
language (`indicators.targets.parsing.parse`), which does not know the plan words.
"""

import re
import unicodedata
from dataclasses import dataclass

from indicators.targets.language import NUMERIC_KINDS, UNPARSED, Expression
from indicators.targets.parsing import parse

_AVERAGE = re.compile(r"年均|平均每年|年平均|每年平均")
_CUMULATIVE = re.compile(r"累计|合计|总计|[0-9一二三四五六七八九十]+年(?:共|总|合)?[计累]")
_BRACKETED = re.compile(r"[\[〔【][^\]〕】]*[0-9][^\]〕】]*[\]〕】]")
# A verb with 到/至 names the level to reach: 提高到 65%, 降低到 0.45, 达到 3.2.
_TO_LEVEL = re.compile(
    r"(?:提高|提升|增加|增长|上升|降低|下降|减少|压减|压降|缩减|降|升|减|增|控制)(?:到|至)"
    r"|达到|(?<!下)达(?=[0-9约超])"
)
_FALL = re.compile(r"降低|下降|减少|压减|压降|削减|缩减|减排|降幅|负增长")
_RISE = re.compile(r"提高|提升|增加|增长|上升|增幅|增速|扩大")
# An amount added or used over the plan rather than a stock: 新增就业, 能耗增量, 累计造林 (累计
# with a rise or fall word is a stock's change instead: 累计提高 1 岁). Indicators named for
# an activity count what is done each year: 保障性安居工程建设, 完成造林, 农村公路改造.
_FLOW = re.compile(r"新增|增量|增加量|净增")
_FLOW_NAME = re.compile(r"新增|累计|增量|增加量|净增|建设|改造|造林|治理|新建|投资|培训|转移")
_INCREMENT = re.compile(r"增量|增加量")
# A target measured against something this text does not give: GDP growth, an average, a
# quota handed down, a range. A comparison word followed by words, not a number, is one too:
# 高于GDP增长 (a ceiling 不高于 5% has its number right after the word).
_JUDGED = re.compile(
    r"同步|平均水平|下达|区间|序时进度|相适应|相协调"
    r"|(?:高于|低于|快于|慢于|好于|超过|不低于|不高于|略高于|持平)(?![0-9.+\-])"
)
# Symbols as written in tables: 年均 >7, <5.5, ≥ 95. Strictness is not kept.
_SYMBOLS = (
    (re.compile(r">=|≥|≧"), "不低于"),
    (re.compile(r"<=|≤|≦"), "不高于"),
    (re.compile(r">"), "超过"),
    (re.compile(r"<"), "低于"),
)
_TRAILING_NOTE = re.compile(r"\([^()]*\)$")
# Clauses after the first add aspirations or remarks: 「>7、力争投入强度高于"十三五"时期实际」.
# A comma between digits groups thousands (1,015) and does not break a clause.
_CLAUSE_BREAK = re.compile(r"[;。、]|,(?![0-9]{3}(?:[^0-9]|$))")
_HAS_DIGIT = re.compile(r"[0-9]")
_HAS_WORDS = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fffA-Za-z]")


@dataclass(frozen=True)
class Wording:
    """What the words around a plan target's number say (`core`: the number as parse read it)."""

    core: Expression
    average: bool = False
    cumulative: bool = False
    bracketed: bool = False
    to_level: bool = False
    falls: bool = False
    rises: bool = False
    flow: bool = False
    increment: bool = False
    judged: bool = False
    has_number: bool = False
    has_words: bool = False

    @property
    def is_numeric(self):
        return self.core.kind in NUMERIC_KINDS


def read_wording(text, indicator_name=""):
    """The plan words in `text` (and, for flows, the indicator's name) and the number they frame."""
    normalised = _normalised(text)
    name = _normalised(indicator_name)
    to_level = _TO_LEVEL.search(normalised) is not None
    # 降低到 names a level; only the verb outside such a phrase gives a change its sign.
    signed = _TO_LEVEL.sub("", normalised)
    falls, rises = _FALL.search(signed) is not None, _RISE.search(signed) is not None
    cumulative = _CUMULATIVE.search(normalised) is not None
    flow = bool(_FLOW.search(normalised) or _FLOW_NAME.search(name))
    return Wording(
        core=_core(text, normalised),
        average=_AVERAGE.search(normalised) is not None,
        cumulative=cumulative,
        bracketed=_BRACKETED.search(normalised) is not None,
        to_level=to_level,
        falls=falls,
        rises=rises,
        flow=flow or (cumulative and not (falls or rises)),
        increment=bool(_INCREMENT.search(normalised) or _INCREMENT.search(name)),
        judged=_JUDGED.search(normalised) is not None,
        has_number=_HAS_DIGIT.search(normalised) is not None,
        has_words=_HAS_WORDS.search(normalised) is not None,
    )


def names_a_fall(indicator_name):
    """单位GDP能耗降低, 二氧化碳排放下降: the indicator counts falls, so 13.5 means down 13.5 %."""
    return _FALL.search(_normalised(indicator_name)) is not None


def _normalised(text):
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    normalised = "".join(unicodedata.normalize("NFKC", text).split())
    for symbol, words in _SYMBOLS:
        normalised = symbol.sub(words, normalised)
    normalised = _TRAILING_NOTE.sub("", normalised)
    first = _CLAUSE_BREAK.split(normalised, maxsplit=1)[0]
    return first if _HAS_DIGIT.search(first) else normalised


def _core(text, normalised):
    """The longest ending of the text that the target language reads as a number.

    「累计新增就业5500万人以上」 ends in 「5500万人以上」; 「年均增长7%以上」 is read whole, its
    sign and bound words included. The plan words before the number are dropped this way
    without listing every indicator name a plan may write in front of it.
    """
    for start in range(len(normalised)):
        expression = parse(normalised[start:])
        if expression.kind in NUMERIC_KINDS:
            return Expression(
                text=text,
                kind=expression.kind,
                value=expression.value,
                low=expression.low,
                high=expression.high,
                unit=expression.unit,
            )
        if expression.kind != UNPARSED:
            return Expression(text=text, kind=expression.kind)
    return Expression(text=text, kind=UNPARSED)
