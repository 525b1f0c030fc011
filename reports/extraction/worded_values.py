"""Values written in words after an indicator's name: a quota met (完成省下达任务), a growth in
step with the economy (与经济增长同步) or above an average (高于全省平均水平), 正增长, a fall
(持续下降); and a word as a PDF may have wrapped it (实⏎现), which the value patterns all read.
"""

import re


def spaced(word):
    """A word as a PDF may have wrapped it: any whitespace between its characters."""
    return r"\s*".join(re.escape(char) for char in word)


def spaced_alternatives(words):
    """Words that a copy may have broken over two lines (实\n现): longest first."""
    return "|".join(spaced(word) for word in sorted(words, key=len, reverse=True))


# 完成省下达任务, 完成市下达的实际利用外资、进出口总额和节能减排降碳任务, or the target it set
# (完成呼伦贝尔市确定的目标, 完成经国家审核衔接后确定的目标); the level above
# named without 下达 (完成上级任务, 完成市级目标, 完成省定目标); a fall's task named with its series
# (完成万元GDP能耗降低任务, 完成能耗强度降低和煤炭消费压减任务); or reached (达到省定目标)
_QUOTA_END = r"(?:目标任务|指标任务|任务目标|任务|目标|指标)"
# the level above's target: 省定目标, 市级目标, 省控目标 (the one the province controls)
_LEVEL_QUOTA = rf"(?:上|省|市|县|区)\s*[级定控]\s*(?:的\s*)?{_QUOTA_END}"
QUOTA_PATTERN = (
    # (or the state's own, named without 下达: 完成国家任务, 完成国家考核任务)
    rf"完成(?:\s*国\s*家\s*(?:的\s*)?(?:考\s*核\s*)?{_QUOTA_END}"
    rf"|[^，,。；;\n]{{0,8}}?(?:下\s*达|确\s*定)[^，,。；;\n]{{0,60}}?(?:{_QUOTA_END}|要求|进度)"
    r"|[^，,。；;\n]{0,8}?下\s*达(?=\s*(?:[，,。；;\n]|$))"  # 完成省下达, the task left unsaid
    rf"|\s*{_LEVEL_QUOTA}"
    # (not a five-year plan's: 提前完成氨氮“十四五”减排目标任务 is the period's, no year's quota)
    rf"|(?![^，,。；;\n\d]{{0,24}}?十\s*[一二三四五]\s*五)[^，,。；;\n\d]{{0,24}}?(?:降低|下降|减排|压减|削减)\s*{_QUOTA_END})"
    # 达到省定目标: the same quota; 低于省定目标, a rate's (a growth below it missed its target)
    rf"|(?:达到|(?<!增速)(?<!增幅)(?<!增长)低于)\s*{_LEVEL_QUOTA}"
    # the year's own target met: 按计划完成年初预期目标, 完成年初确定的目标任务
    # (each run of spaces taken once: optional words between runs were cubic in line breaks)
    rf"|(?:按计划\s*+)?完成\s*+年\s*+初\s*+(?:(?:确定|制定|预定)\s*+)?(?:的\s*+)?(?:预期\s*+)?{_QUOTA_END}"
    # held within the level above's bounds: 控制在市政府下达目标内, 严格控制在省、州确定的范围内,
    # 控制在市定目标内, 控制在省定范围内, 控制在国家调控范围(目标)内, or within the year's own
    # (控制在年度目标以内)
    r"|(?:严格\s*)?控制在(?:[^，,。；;\n\d]{0,12}?(?:下\s*达|确\s*定|规\s*定)\s*(?:的\s*)?"
    rf"(?:范围|目标|指标|计划)|\s*{_LEVEL_QUOTA}|\s*(?:年度|年初|计划)\s*目标"
    r"|\s*(?:国家|上|省|市|县|区)\s*(?:[级定控]|调\s*控)\s*(?:的\s*)?(?:范\s*围|目\s*标))"
    # (each optional word takes its own spaces: 以? between two runs was quadratic in a run of
    # line breaks)
    r"\s*(?:以\s*)?内"
)
# the economy's growth a growth keeps pace with or outruns (经济增速, GDP增速, 经济增长水平)
_ECONOMY = spaced_alternatives(
    [
        "经济增长",
        "经济增长水平",
        "经济增长速度",
        "经济增速",
        "经济增幅",
        "经济发展",
        "经济发展水平",
        "地区生产总值增长",
        "地区生产总值增速",
        # an older report's name of the place's own GDP (地方财政收入保持与国内生产总值同步增长)
        "国内生产总值增长",
        "国内生产总值增速",
    ]
    + ["GDP增长", "GDP增速"]
)
_PLACE = r"(?:全国|全省|全市|全区|全县|全州|省|市)"
# a growth of nothing against the year before (同比持平, 与上年度基本持平), or a growth as a place's
# (与大连市持平); not before a figure, nor as a modifier (持平或略有增长的乡镇)
_LEVEL_HELD = (
    r"(?:(?:与|和|较|比)\s*(?:上\s*一?\s*年度?|去\s*年|上年同期|前一年|[\u4e00-\u9fff]{1,4}?[省市县区])"
    rf"\s*|同比\s*)?(?:基本\s*|大体\s*)?{spaced('持平')}(?![或的])"
)
# the margin an average is outrun by: 高于全省平均水平 1.5 个百分点, 一个百分点, 1 个百分点以上
_POINTS_IN_WORDS = "[一二两三四五六七八九十半]"
_MARGIN = rf"(?:\s*(?:\d+(?:\.\d+)?|{_POINTS_IN_WORDS})\s*个\s*百\s*分\s*点(?:\s*以\s*上)?)?+"
_MARGIN_OR_STOP = rf"\s*(?:\d|{_POINTS_IN_WORDS}\s*个|[，,。；;、]|$)"
# an average outrun, with the margin it is outrun by (高于全省平均水平 1 个百分点), or shortened
# (高于省平 1 个百分点)
_AVERAGE_OUTRUN = (
    # (each run of spaces taken once, possessively: two side by side were quadratic in a run of
    # line breaks after 高于)
    rf"(?:不低于|高于|快于|优于|不高于|不超过|略高于)\s*+(?:{_PLACE}\s*+)?(?:的\s*+)?"
    rf"(?:{spaced('平均水平')}|平均(?={_MARGIN_OR_STOP})|(?<=[省市])平(?={_MARGIN_OR_STOP})){_MARGIN}"
)
# the average outrun before the growth's figure (增速高于省平 1 个百分点、7% 左右; 高于全省平均水平
# 1.5 个百分点，达到 8.2%): the figure is the value; not a clause of its own opening on a number
# (…，60% 的规上企业实现增长; …，12 个重点项目开工)
_THE_GROWTH_NEXT = (
    r"\s*+[、，,]\s*+(?:(?:达到|达|为)\s*+)?"
    r"(?=\d+(?:\.\d+)?\s*+[%％](?:\s*+(?:左右|以上))?\s*+(?:[，,。；;、]|$))"
)
OUTRUN_BEFORE_FIGURE = rf"{_AVERAGE_OUTRUN}{_THE_GROWTH_NEXT}"
_NO_FIGURE_AFTER = r"(?=\s*(?:[。；;]|$|[，,](?![^，,。；;\n]{0,12}\d)))"
# a change in words the next clause states in figures (实现了正增长，同比增长 2.1%; 保持下降趋势，
# 下降 3.2%): the figure is the value. Narrower than _NO_FIGURE_AFTER, which would also refuse a
# worded change going on in a list (进出口实现正增长、实际使用外资稳中提质) or before a rank
_FIGURE_NEXT = r"(?![^，,。；;\n\d]{0,6}[，,]\s*(?:(?:同比|比上年)\s*)?(?:增长|下降|降低)\s*\d)"
QUALITATIVE = re.compile(
    "|".join(
        [
            # (实现了正增长, 实现了两位数增长: 了 the verb's aspect)
            rf"(?:(?:保持|实现|继续|持续)\s*(?:了\s*)?(?:合理\s*)?)?{spaced('正增长')}{_FIGURE_NEXT}",
            rf"(?:(?:保持|实现|继续|持续)\s*(?:了\s*)?)?{spaced('两位数增长')}{_FIGURE_NEXT}",
            rf"(?:(?:保持|实现|确保)\s*)?{spaced('只增不减')}",  # no fall: 粮食产量只增不减
            rf"(?:持续|稳步|逐步|逐年|有所|明显|继续|略有|保持)\s*(?:{spaced('下降')}|{spaced('降低')})"
            rf"(?![\s\d]*\d){_FIGURE_NEXT}",
            # (unless the growth follows it as a figure: 高于省平 1 个百分点、7% 左右)
            rf"{_AVERAGE_OUTRUN}(?!{_THE_GROWTH_NEXT})",
            # the average kept above (增速保持在全国平均水平以上), or the place outrun (增速快于全国),
            # unless the figure follows in the next clause (快于全省，达到 6.5%)
            rf"{_PLACE}\s*的?\s*{spaced('平均水平')}\s*以\s*上{_NO_FIGURE_AFTER}",
            rf"(?:高于|快于|优于)\s*(?:全国|全省|全市){_NO_FIGURE_AFTER}",
            # keeping pace with the jurisdiction above: 增速与全市基本保持同步
            rf"[与和]\s*{_PLACE}\s*(?:基本\s*)?(?:保持\s*)?(?:基本\s*)?{spaced('同步')}"
            rf"(?:\s*{spaced('增长')})?",
            # 与经济增长基本同步, 和经济增速保持同步增长, 与经济同步增长, 与GDP基本同步: all one test
            # or matched to it: 与经济增长相匹配, 相适应, 基本保持一致
            rf"[与和]\s*(?:{_ECONOMY}|{spaced_alternatives(['经济', 'GDP', '地区生产总值', '国内生产总值'])})"
            rf"\s*(?:基本\s*)?(?:保持\s*)?(?:基本\s*)?(?:{spaced('同步')}|相匹配|相适应|相?一致)"
            rf"(?:\s*{spaced('增长')})?",
            rf"(?:快于|高于|不低于|超过|超|跑赢)\s*(?:{_ECONOMY})",  # 持续跑赢经济增速, 超GDP增速
            _LEVEL_HELD + _NO_FIGURE_AFTER,
            QUOTA_PATTERN,
        ]
    )
)
QUOTA = re.compile(QUOTA_PATTERN)
