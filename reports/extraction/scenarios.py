"""A paper working out next year's targets in scenarios (方案一（低方案）：地区生产总值增长12%，…;
高方案：…; 中方案：…): each scenario's figures are alternatives weighed, no target set nor result;
the one adopted is stated as the targets after them (建议按方案二确定…：1.地区生产总值增长6.5%)."""

import re
from bisect import bisect_right

# a scenario's name (方案二, 高方案, 基准情景)
SCENARIO = (
    r"方案[一二三四五1-5]|第[一二三四五]种?方案|[高中低]方案|[高中低]位?情景|情景[一二三四五1-5]"
    r"|(?:乐观|基准|悲观|保守|稳妥|积极|进取)(?:情景|方案)"
)
# a line opening on a scenario's name, maybe its nickname in brackets, then a colon
_SCENARIO_LINE = re.compile(
    r"^[ \t\u3000]*(?:[（(]?[一二三四五\d][)）、.．]?[ \t\u3000]*)?"
    rf"(?:{SCENARIO})"
    r"[ \t\u3000]*(?:[（(][^（）()\n]{1,12}[)）])?[ \t\u3000]*[：:][^\n]*",
    re.M,
)


def scenario_lines(text):
    """The spans of the lines stating scenarios, when the text weighs two or more; else none."""
    spans = [line.span() for line in _SCENARIO_LINE.finditer(text)]
    return spans if len(spans) >= 2 else []


def scenarios_dropped(text, candidates):
    """`candidates` without the figures of scenarios weighed against each other."""
    spans = scenario_lines(text)
    if not spans:
        return candidates
    starts = [start for start, _end in spans]  # (in order: a figure's line found by bisection)

    def on_a_scenario(position):
        at = bisect_right(starts, position) - 1
        return at >= 0 and position < spans[at][1]

    return [c for c in candidates if not on_a_scenario(c.value_start)]
