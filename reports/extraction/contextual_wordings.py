"""Wordings that name an indicator only in context (完成投资, 经济增长, 人均可支配收入), each with
the guard that, found in the words before it, says it names something else: data for
lexicon.Catalogue; and the targets such a wording never states."""

import re

# Wordings that name an indicator only in context: 完成投资 is the jurisdiction's fixed-asset
# investment unless the sentence counts the projects it belongs to (60 个项目完成投资 …).
# A part of the investment named right before (基础设施建设累计完成投资, 重点项目 15 个，完成投资),
# or a programme's clause (决胜“交通建设三年行动计划”，完成投资 40 亿元) is not all of it either.
_PART_OF_INVESTMENT = (
    r"|(?:基础设施|基建|技改|工业|民间|房地产|交通|水利|重点|项目)[^，,。；;]{0,8}$"
    r"|项目\s*\d+\s*(?:个|项|宗)\s*[，,]?\s*$|(?:计划|工程)[”\"」]?\s*[，,]\s*$"
    # or counted before them (329 个项目动工，完成投资; 175 个城市更新项目，完成投资)
    r"|\d+\s*(?:个|项|宗)[^，,。；;\d]{0,12}?(?:项目|工程)[^，,。；;\d]{0,6}[，,]\s*$"
    # or a zone's, the clause before naming it (产业集聚区入驻企业136家，完成投资32.4亿元)
    r"|(?:集聚区|园区|开发区|产业园|工业园)[^，,。；;]{0,16}[，,]\s*$"
)
AFTER_COMPARISON = re.compile(r"(?:与|和|同|于)\s*$")
# 收入增长与地区生产总值增长基本同步: the series another's growth keeps pace with, no figure of its
# own (与 GDP 同步 and 与经济增长同步 are contextual wordings, guarded alike)
PACE_KEPT_WITH = re.compile(
    r"\s*(?:(?:增长|增速|增幅)\s*)?(?:基本\s*)?(?:保持\s*)?(?:基本\s*)?同\s*步"
)
# …项目完成投资, and a sum over years (五个100累计完成投资 1300 亿元): not the year's; nor that of
# the projects or works of a kind the sentence names before (实施省大中型项目 4600 个以上，完成投资
# 1.2 万亿元; 推进重大工程建设，全年完成投资 2400 亿元), unless a campaign's quoted name
# (开展“项目攻坚增效年”专项行动) or the whole place (全社会完成投资, or after a semicolon 全年完成投资)
# says it is the year's; a slogan (坚持项目为王, 大抓项目建设) names no kind
_NOT_THE_PLACES_INVESTMENT = re.compile(
    r"(?:(?:重大|重点|大中型|省级|市级|区级|县级|亿元以上)[^，,。；;“”]{0,6}?(?:项目|工程)(?![^“”]*”)"
    r"|项目[^，,。；;\d]{0,4}\d)(?![^，,。；;]*?(?:全社会|全市|全省|全区|全县)\s*$)"
    r"(?![\s\S]*[；;][^；;]*(?:全年|全社会|全市|全省|全区|全县)[^；;]*$)|累计\s*$"
    + _PART_OF_INVESTMENT
)
# 外资到位 (the foreign capital paid in: 外资到位额 13.7 亿美元, 外资到位资金) unless the 外 is of a
# place outside (引进省外资到位资金 85 亿元: domestic capital from other provinces)
_FROM_OUTSIDE = re.compile(r"(?<![全本])(?:省|市|县|区|州)\s*$")  # not 全区外资到位额
CONTEXTUAL_WORDINGS = {
    **{
        f"外资到位{amount}": ("实际利用外资", _FROM_OUTSIDE)
        for amount in ("", "资金", "额", "金额")
    },
    # 能耗 alone (能耗及排放等约束指标完成市定任务) is the intensity, unless an output's name before
    # it makes it a longer name the catalogue words apart (年均GDP能耗: GDP's, averaged)
    "能耗": ("万元生产总值能耗", re.compile(r"[A-Za-z]\s*$")),
    "完成投资": ("固定资产投资", _NOT_THE_PLACES_INVESTMENT),
    # 固定资产投资量质齐升。投资完成额达 1211 亿元: the investment named, then the amount completed
    "投资完成额": ("固定资产投资", _NOT_THE_PLACES_INVESTMENT),
    "完成固定资产投资": ("固定资产投资", re.compile(r"\d+\s*(?:个|项|宗)[^，。；]{0,30}?项目")),
    # 经济增长 6% 左右 is GDP's growth; 与经济增长同步, 快于经济增长 compare with it
    "经济增长": ("地区生产总值", AFTER_COMPARISON),
    "GDP": ("地区生产总值", AFTER_COMPARISON),  # …增速与 GDP 增速基本同步
    # 人均可支配收入达 55000 元: 居民 left out, no side named; in prose only, not a table's row
    # broken over lines (城镇居民⏎人均可支配收⏎入)
    "人均可支配收入": (
        "居民人均可支配收入",
        re.compile(r"(?:城镇|农村|城乡|居民|农民|牧民)\s*(?:的\s*)?$"),  # 城镇居民的人均…
    ),
}


# 完成投资 right before the value, the name of the investment left unsaid, and no whole place its
# subject (全社会完成投资, 全市完成投资, or 全年完成投资 opening its clause: the place's, as above)
_BARE_INVESTMENT = re.compile(
    r"(?<!资产)(?<!资产\s)(?<!全社会)(?<![全本][市省区县州])完成\s*投资\s*(?:额\s*)?(?:达到?|为)?\s*$"
)
_WHOLE_YEAR_OPENS = re.compile(r"\s*全年\s*完成\s*投资")


def a_works_investment_planned(candidate):
    """Whether `candidate`, a target, is an investment a plan's works are to complete (实施城市更新
    行动，完成投资 220 亿元; 力争平陆运河全年完成投资 200 亿元以上): a project's or a campaign's, not the
    place's, whose target names its fixed-asset investment (固定资产投资增长 6%)."""
    lead = candidate.quote[: candidate.value_start - candidate.start]
    return (
        candidate.kind == "target"
        and candidate.indicator == CONTEXTUAL_WORDINGS["完成投资"][0]
        and bool(_BARE_INVESTMENT.search(lead))
        and not _WHOLE_YEAR_OPENS.match(lead)
    )
