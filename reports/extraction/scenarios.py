"""A paper working out next year's targets in scenarios (方案一（低方案）：地区生产总值增长12%，…;
高方案：…; 中方案：…): each scenario's figures are alternatives weighed, no target set nor result;
the one adopted is stated as the targets after them (建议按方案二确定…：1.地区生产总值增长6.5%)."""

import re

# a line opening on a scenario's name, maybe its nickname in brackets, then a colon
_SCENARIO_LINE = re.compile(
    r"^[ \t\u3000]*(?:[（(]?[一二三四五\d][)）、.．]?[ \t\u3000]*)?"
    r"(?:方案[一二三四五1-5]|第[一二三四五]种?方案|[高中低]方案|[高中低]位?情景|情景[一二三四五1-5]"
    r"|(?:乐观|基准|悲观|保守|稳妥|积极|进取)(?:情景|方案))"
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
    return [c for c in candidates if not any(a <= c.value_start < b for a, b in spans)]
