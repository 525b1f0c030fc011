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
