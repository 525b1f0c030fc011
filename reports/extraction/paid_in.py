"""Foreign capital paid in, named by its verb alone a clause after the capital contracted:
合同利用外资 4670 万美元，实际到位 2189 万美元; 合同吸收外资 21 亿美元，实际到位 14.2 亿美元; 实现合同外资
4.1 亿美元，到位资金 3 亿美元. The clause's 实际到位 (到位资金) is the contracted capital's paid in: the
series 实际利用外资."""

import re

from reports.extraction.lexicon import Mention
from reports.extraction.scanning import with_unnamed

_AFTER_CONTRACTED = re.compile(
    r"合\s*同\s*(?:利\s*用|吸\s*收|引\s*进)?\s*外\s*资[^，,。；;\n]{0,16}?[，,]\s*"
    r"(?P<name>(?:实\s*际\s*)?到\s*位(?:\s*资\s*金)?)(?=\s*\d)"
)
SERIES = "实际利用外资"


def paid_in_after_contracted(text, start, end, mentions, catalogue):
    """`mentions` with one for each 实际到位 after foreign capital contracted in text[start:end],
    where no name was found."""
    if SERIES not in catalogue:
        return mentions
    found = [
        Mention(clause.start("name"), clause.end("name"), SERIES)
        for clause in _AFTER_CONTRACTED.finditer(text, start, end)
    ]
    return with_unnamed(mentions, found)


# the domestic and the foreign capital used together (实际利用内外资分别达 1045 亿元、1.75 亿美元; 内、外资
# 到位额 69 亿元、2151 万美元): the second value is the foreign capital's
_DOMESTIC_AND_FOREIGN = re.compile(
    r"(?P<domestic>内)\s*(?:(?P<connector>[、和及与])\s*)?(?P<foreign>外\s*资)"
    r"\s*(?:(?P<paid>到\s*位\s*(?:额|资\s*金))\s*)?"
    # two values after, the domestic's and the foreign's (not one total of both: 内外资 1045 亿元);
    # no two runs of spaces side by side (a run after 外资 was quadratic)
    r"(?=(?:分\s*别\s*)?(?:(?:达到?|为|完成|实现|增长)\s*)?\d[^，,。；;\n]{0,16}?[、和]\s*\d)"
)


def foreign_after_domestic(text, start, end, mentions, catalogue):
    """`mentions` with the domestic capital (a name the catalogue does not know) and the foreign
    capital for each 内外资 in text[start:end], where no name was found."""
    if SERIES not in catalogue:
        return mentions
    found = []
    for pair in _DOMESTIC_AND_FOREIGN.finditer(text, start, end):
        found.append(Mention(*pair.span("domestic"), ""))
        joined = not pair["connector"]  # 内外资: no connector between, as 城乡
        named_to = pair.end("paid") if pair["paid"] else pair.end("foreign")  # 外资(到位额)
        found.append(Mention(pair.start("foreign"), named_to, SERIES, joined=joined))
    return with_unnamed(mentions, found)
