"""How reports write a threshold or a milestone passed (突破 500 亿元, 迈上 5000 亿元台阶, 首次突破
百亿元大关), or a standing held (均居全省第二): the words milestones.py, lists and the clauses after a
figure read them by."""

import re

PASSED_VERB = r"(?:迈上|突破|跨越|跨过|跨上|连跨|站上|跃上|越过|登上)"
_PASSED = rf"(?:{PASSED_VERB}|超过)[^，,；;。\n]{{0,10}}?"  # …大关: 首次超过百亿大关 too
AMOUNT = r"\d+(?:\.\d+)?\s*(?:万亿|亿|万|千)?\s*(?:元|美元)?"  # a threshold's: 300 亿元, 80 亿
_SEVERAL = r"(?:[两二三四五六七八九十]大)?"  # 迈上 4000 亿、300 亿两大台阶
_MILESTONE_WORD = r"(?:台阶|大关|关口)"
PASSED_MILESTONE = rf"{_PASSED}{_MILESTONE_WORD}"  # 首次突破百亿元大关
# A first clause stating a milestone, not the figure: 地区生产总值迈上 5000 亿元台阶，增长 6.5%.
# A value followed by the milestone's word (突破 6000 亿元大关) is the milestone's, not the figure.
MILESTONE_PASSED = re.compile(rf"\s*{_SEVERAL}{_MILESTONE_WORD}")
# A clause passing milestones, one per name listed before it, closed by a comma.
MILESTONES_PASSED = (
    rf"\s*(?:(?:连续|相继|先后|接连|首次|首度)\s*)?{PASSED_VERB}[^，,；;。]{{0,30}}?{_SEVERAL}"
    rf"{_MILESTONE_WORD}"
)
# …and a note after them, in brackets (跨越 200 亿元大关（预计，下同），增长 4.3%)
NOTE = r"\s*[（(][^（）()。；;\n]{1,40}[)）]"
MILESTONES = re.compile(rf"{MILESTONES_PASSED}(?:{NOTE})?(?=\s*[，,])")
MILESTONE = re.compile(rf"{PASSED_MILESTONE}\s*$")
# A rank held (居全省第 4 位, 均稳居全省第 2, 位列前列), and a standing after it (稳居县域第一、全区县域
# 前列), up to the next clause's comma or 、
STANDING = (
    r"(?:均|都)?(?:总量|增速|增幅|经济总量)?(?:均|都|分别)?(?:[位跃稳分]?居|位列|排名?)"
    r"[^，,；;。\n]{0,12}?"
    r"(?:第\s*[一二三四五六七八九十\d]+|前\s*[一二三四五六七八九十百\d]+\s*[位名强]?|前列)"
    r"(?:\s*、\s*第\s*[一二三四五六七八九十\d]+)*"  # 分别居全省第 3、第 5 位
    r"[^，,；;。\n\d]{0,3}(?:、[^，,；;。\n\d]{1,10})?(?=\s*[，,、])"
)
