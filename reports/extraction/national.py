"""The State Council's own report (现在，我代表国务院，向大会报告政府工作): the country has no local
budget beside its whole one, so its 一般公共预算收入 (公共财政收入, 财政收入) is the total's, as a
province's 财政总收入 is."""

import re
from dataclasses import replace

# (or the plan report the State Council entrusts, or a press copy of the premier's report: 受国务院
# 委托, 在第十四届全国人民代表大会第二次会议上, 十一届全国人大二次会议…国务院总理…作政府工作报告)
_THE_COUNTRYS = re.compile(
    r"我代表国务院|国务院政府工作报告|受国务院委托|国务院总理[^，,。\n]{0,8}?作政府工作报告"
    r"|届全国人民代表大会第[一二三四五六七八九十]+次会议上"
)
_HEAD = 500  # how far into the text its speaker says whose report it is


def the_countrys_report(text):
    """Whether the text is the State Council's own report, whose 全国 figures are its own."""
    return bool(_THE_COUNTRYS.search(text, 0, _HEAD))


LOCAL, TOTAL = "地方一般公共预算收入", "一般公共预算总收入"


def the_countrys_revenue(candidates, text, catalogue):
    """`candidates` with the local budget revenue read as the total, in the State Council's
    report; unchanged in any other."""
    if TOTAL not in catalogue or not the_countrys_report(text):
        return candidates
    parent = catalogue.parents.get(TOTAL, "")
    return [
        replace(c, indicator=TOTAL, indicator_parent=parent) if c.indicator == LOCAL else c
        for c in candidates
    ]
