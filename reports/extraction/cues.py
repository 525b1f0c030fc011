"""The words that say whether a sentence's figures are results or targets: 预计, 执行情况 (results);
力争, 目标, 计划 (targets), unless the target is what a result is compared with (高于预期目标) or
is reported met (主要目标任务圆满完成, 完成年度计划的102%); and a review quoting the targets as
approved (市人大批准的…主要调控目标是：)."""

import re

from reports.extraction.sentences import start_after_last
from reports.extraction.thresholds import PASSED_VERB

# a cue inside a report's title quoted in a sentence (据《…计划执行情况…的报告》显示) is none, nor
# one inside a slogan's short quoted name (加速奋进“三大目标”, 实现“两个确保”)
_OUTSIDE_QUOTES = r"(?![^《》\n]{0,60}》)(?![^“”\n]{0,8}”)"
# (not an estimate compared with: 比年初县人代会报告的预计数提高0.2个百分点)
RESULT_CUES = re.compile(rf"(?:(?<!的)预计|完成情况|执行情况|实现了|完成了){_OUTSIDE_QUOTES}")
# how a target is said to be met (圆满完成, 全面实现), and the words resolving to meet one still
_MET_WELL = "圆满|全面|顺利|超额|胜利"
_RESOLVED = "力争|确保|争取|努力"
_NOT_RESOLVED = "".join(f"(?<!{word})" for word in _RESOLVED.split("|"))
# a target or plan reported met (目标任务圆满完成) or the share of it done (计划的98%, 年计划710亿元
# 的89.4%, 目标任务（3.5万人）的121.7%): results
_MET = (
    rf"(?:任务)?(?:{_MET_WELL})(?:完成|实现)"
    r"|(?:任务)?\s*[（(]?数?(?:\s*\d+(?:\.\d+)?\s*(?:[万亿]?(?:美元|元)|[万千]?人|万?吨|家))?\s*[)）]?的\s*\d"
)
# 计划总投资 (the projects' planned investment) is an amount of projects, no target of the year;
# 超计划 (over the plan) says a result; 面对新的一年 (facing the new year) opens its targets;
# 争取到位 and 争取到…资金 (funds won) say a result, where 争取到年底 still resolves
_WON = r"到\s*位|到[^，,。；;\d]{0,10}?(?:资金|债券|项目|补助|奖补|支持)"
# the market's expectations (超预期因素, 预期转弱, 稳预期, 提振市场预期) are no plan's
_EXPECTATIONS = (
    r"(?<![超稳])(?<!市场|社会|提振|改善|引导|稳定)预期"
    r"(?!转弱|减弱|偏弱|走弱|下滑|不稳|不足|因素|之外|管理)"
)
# the plan report's name opening an entry of results (计划报告：初步统计，全区实现…; 【计划报告】规模以上
# 工业增加值488.6亿元), not one of targets, bounded as targets are (计划报告：城镇新增就业6万人以上)
_REPORTS_RESULTS = (
    r"报告(?:[·•][^】\]\n]{0,10})?\s*[：:】\]]"
    r"(?![^。；;\n]{0,30}?\d(?:[\d.]*)\s*(?:[%％‰]|[万亿千]?(?:元|人|吨|家|美元))?"
    r"\s*(?:左右|以上|以内))"
)
# who proposed a figure: not someone giving an opinion (专家提出, 代表们提出, 课题组还提出, 网友提出)
_NO_OPINION = "".join(
    rf"(?<!{who})(?<!{who}[们组还也都曾则又])"
    for who in "专家 学者 代表 委员 课题组 有人 建议 网友 群众 市民 人士 媒体".split()
)
TARGET_CUES = re.compile(
    rf"(?:力争|目标(?!{_MET})|{_EXPECTATIONS}|(?<!超)计划(?!{_MET}|总?投资|{_REPORTS_RESULTS})|确保|争取(?!{_WON})|安排|新的一年"
    # a budget's revenue as budgeted (一般公共预算收入预算为48.67亿元, 预算数为…)
    r"|预算(?:为|数为?)"
    # or what was set at the year's start, said plainly (年初定的是：生产总值增长13%; 年初定的是
    # 增长7.5%), the year's start before the cue (not 年初确定的为民办实事项目, 年初定的为期三个月的)
    r"|(?<=年初)\s*(?:确定|定|提出|制定)的\s*(?:是|为)\s*(?:[：:]|(?=增长|达到))"
    # or what the congress set (年初省人代会确定万元GDP能耗下降4.3%; not 确定的目标, compared with)
    # (or plainly: 2005年县人代会定全年国内生产总值增长11%)
    r"|(?:人代会|人大会议|大会)\s*(?:确定|批准|通过|定(?![于在]))(?!\s*的)"
    # or what a meeting proposed (会议提出，2016年全县地区生产总值增长8%左右; a report's 报告提出，
    # in the news, may give results)
    r"|(?:会议|大会|全会)\s*(?:还|同时)?\s*提出\s*[，,：:]"
    # or the year's figures proposed, as a memoir tells them (…作为一号工程，提出全年地区生产总值增长
    # 8%、…): the year and a figure's verb right after 提出, not an opinion (专家提出今年…较为合理)
    rf"|{_NO_OPINION}提出\s*(?=(?:全年|今年|当年)[^，,；;。\d]{{2,24}}?(?:增长|下降|达到|控制在)\s*\d)"
    # or the targets an adjustment of the year's plan leaves as they were (（二）保持不变的指标⏎…)
    r"|(?:保持|维持)\s*不变的?(?:主要)?指标|指标(?:保持|维持)(?:年初计划)?不变)"
    rf"{_OUTSIDE_QUOTES}"
)
# A target named as what a result is compared with (低于预期目标的情况下, 好于年初预期) announces
# no target: the figures after it are results.
# So does one a result is measured against, its value stated: 符合 3% 左右的预期目标, 高于年初人代会
# 18% 的目标, 高出年初确定的增长8.5%的目标, 超过年初确定的 25 万人目标; or one missed (未能完成年初
# 确定的降低 4% 左右的目标).
COMPARED_WITH = re.compile(
    r"(?:(?:低于|高于|高出|好于|快于|慢于|超过|超出|优于|未能?达到?|没有达到|符合|比|较)"
    r"(?:[^，,；;。\d]{0,6}|[^，,；;。]{0,16}?\d[\d.]*\s*(?:[%％]|[万亿千]?(?:元|人|吨|家|美元|斤))[^，,；;。\d]{0,6})"
    # a target named as met (全面实现“四个千亿”发展目标，地区生产总值 4022.25 亿元), not one to meet
    # (超额完成年初确定的目标, 较好完成了…确定的各项目标任务)
    # (超额完成市下达的下降3.2%的年度目标, its value stated)
    rf"|{_NOT_RESOLVED}(?:{_MET_WELL}|较好|基本)\s*(?:地\s*)?(?:实现|完成)(?:\s*了)?"
    r"(?:[^，,；;。\d]{0,24}|[^，,；;。\d]{0,16}\d[\d.]*\s*(?:[%％]|[万亿千]?(?:元|人|吨|家|美元|斤))"
    r"[^，,；;。\d]{0,6})"
    # or missed (未能完成县人大确定的各项目标任务, 未能完成年初确定的降低 4% 左右的目标)
    r"|(?:未能?|没有|没能)(?:完成|实现)(?:[^，,；;。\d]{0,24}|[^，,；;。]{0,12}?\d[\d.]*\s*(?:[%％]|[万亿千]?(?:元|人|吨|家|美元|斤))[^，,；;。\d]{0,6})"
    # or met ahead of time (提前两年实现翻番目标, 提前完成“十一五”目标)
    rf"|{_NOT_RESOLVED}提前(?:[一二两三四五\d]\s*年)?(?:实现|完成)[^，,；;。\d]{{0,12}}"
    # or passed, or neared (跨过千亿目标, 跨过 2 万元目标, 向万元目标迈进): a milestone, not the year's
    rf"|{_NOT_RESOLVED}{PASSED_VERB}[^，,；;。]{{0,10}}|(?<![^，,；;。\s])向[^，,；;。]{{0,8}}"
    # or named after the result, the start of the year's (…增长8.7%，年初目标为增长6%)
    r"|(?<=[，,])\s*(?:而|但)?年初(?:确定|提出|制定)?的?(?:预期)?)$"
)

# A heading saying the targets were met (“十一五”目标任务胜利完成) heads a review, not targets; one
# resolving to meet them (确保目标任务全面完成) does not
TARGETS_MET = re.compile(
    rf"^(?!.*(?:{_RESOLVED}|保证|推动)).*(?:目标|任务)[^，,。；;]{{0,4}}?"
    rf"(?:{_MET_WELL}|基本)?(?:完成|实现)"
    # …and one over the targets met, or missed (二、超额完成和完成的目标任务, 四、未完成的目标任务;
    # not those to meet: 要完成的目标任务)
    r"|^(?!.*(?:要|需要?|须|必须|将|应|待))[^，,。；;]*(?:完成|实现)的(?:主要)?(?:目标|任务|指标)"
)

# A plan named as carried out (认真执行市人大审议批准的 2020 年国民经济和社会发展计划，…全年实现…;
# 深入实施“十大战略”三年行动计划) announces no target either: the figures after it are its results.
EXECUTED_PLAN = re.compile(r"(?:执\s*行|实\s*施)[^，,；;。]{0,40}$")
# …and a goal the work went around (围绕云南省委“3815”战略发展目标，…地区生产总值完成…): a motto
MOTTO_GOAL = re.compile(r"(?:围\s*绕|紧\s*扣|锚\s*定|聚\s*焦)[^，,；;。]{0,40}$")
EXECUTED_REACH = 45  # how far before the cue 执行 (实施, 围绕 …) may be


# the noun a figure's own target is named by after it (…达到300亿元的目标, 增长8%的预期目标, …的
# 目标任务), its unit or qualifier between
TARGET_NOUN = r"的\s*(?:预期|年度|全年|奋斗)?\s*目标(?:任务)?|的\s*任务"
_FIGURES_OWN = re.compile(rf"[\d%％][^，,；;。\n\d]{{0,4}}(?:{TARGET_NOUN})")
_OWN_REACH = 12, 8  # how far before and after a target cue the figure's own target's words reach
# …a target its clause says was met or passed (提前一年实现…达到300亿元的目标；…; not one it says
# stands, “城镇新增就业3万人”的目标保持不变；将…修改为…)
_MET_VERB = re.compile(r"实现|完成|超过|超出|超额|高于|低于|好于|达到了")
# (…要努力实现…的目标；…: a target to come, which cues what follows)
_TO_COME = re.compile(r"要|努力|力争|确保|争取|将|预期|计划|必须")
_CLAUSE_REACH = 60


def referred_to(text, start, cue):
    """Whether the target cue at `cue` (in a sentence from `start`) names a target compared with,
    a plan carried out, a goal the work went around, or the target of a figure before it its
    clause says was met."""
    return bool(
        COMPARED_WITH.search(text, max(start, cue - 32), cue)
        or EXECUTED_PLAN.search(text, max(start, cue - EXECUTED_REACH), cue)
        or MOTTO_GOAL.search(text, max(start, cue - EXECUTED_REACH), cue)
        or _figures_own_met(text, start, cue)
    )


def _figures_own_met(text, start, cue):
    before, after = _OWN_REACH
    own = _FIGURES_OWN.search(text, max(start, cue - before), cue + after)
    if not own or own.end() <= cue:
        return False
    clause = max(start, start_after_last(text, cue, ("，", ",", "；", ";"), _CLAUSE_REACH))
    met = _MET_VERB.search(text, clause, cue)
    return met is not None and not _TO_COME.search(text, clause, met.start())


# A review that first quotes the year's targets as approved: 市人大批准的 2003 年…主要调控目标是：.
# Not a summary of results met: 总体实现市人大确定的预期目标：
# The targets it says were set (确定了全市…主要预期目标：, 批准的…计划，提出了…目标：) are quoted too.
APPROVED_TARGETS = re.compile(
    # (its colon perhaps left out before the first name, the name's figure in the same clause, or
    # a dash for it: 年初确定的目标是地区生产总值增长6.5%，…; …确定的主要预期目标——生产总值增长8.5%
    # 左右、…; not a motto, 目标是稳中求进，…, nor a target restated on its own, 年初确定的目标为增长
    # 6.5%左右, whose quote ends with it)
    r"(?:批准|确定|通过|审议|提出)的?[^，,；;。：:\n]{0,40}?目标"
    r"(?:(?:是|为)\s*(?:[：:]|(?=(?!增长|下降|达到|控制|保持|突破|超过)[^，,。；;\d\n]{2,24}?\d))"
    r"|\s*——)"
    r"|(?:确定|提出)了[^，,；;。：:\n]{0,40}?目标(?:是|为)?\s*[：:]"
    # or in brackets (对照…会议确定的年度目标（地区生产总值增长9%、…），预计全年：…; 对照年初目标（…）)
    r"|(?:(?:批准|确定|通过|提出)的|对照|对比)[^，,；;。：:\n（(]{0,40}?目标\s*[（(](?=[^（）()\n]{0,12}?\d)"
    # or the targets among which some were missed (年初确定的主要目标中，地区生产总值增长8%、…三项
    # 指标未达预期), or named one by one after them (确定的全年主要预期目标，即生产总值增长13%，…)
    r"|(?:批准|确定|通过|提出)的[^，,；;。：:\n]{0,40}?(?:(?:目标|指标)中\s*[，,]|目标\s*[，,]\s*即)"
    # or what a session of the congress set, its targets after a comma (年初县十八届人大一次会议
    # 确定，2022年地区生产总值增长6.5%左右，…; 去年2月召开的市二届人大三次会议提出，2005年…)
    r"|(?:年初[^，,；;。：:\n]{0,20}?|人大[^，,；;。：:\n]{0,10}?)(?:会议|人代会)\s*(?:确定|批准|通过|提出)"
    # (…会议确定全年地区生产总值增长6.5%左右、…; 年初省人代会确定万元GDP能耗下降4.3%)
    r"(?:\s*[，,：:]|了?\s*(?:全年|今年|本年)|(?!\s*的))"
    # or what the government or its party committee set at the year's start, a figure in its
    # clause (去年年初，市政府确定了粮食总产稳定在255万吨以上、…), not what it set out to do then
    # (确定的重点项目) nor a motto or a theme (确定了“稳中求进”的工作基调，全县地区生产总值增长…)
    r"|年初\s*[，,]?[^，,；;。：:\n]{0,12}?(?:政府|[省市县区州旗]委)\s*确定了?(?!\s*的)"
    r"(?=[^，,；;。“\"\d\n]{0,24}?(?:增长|下降|达到|稳定在|保持在|控制在|突破)\s*\d)"
    # or what the work or plan report, the government or the party committee set for the year
    # named right after (县政府工作报告确定2006年全县生产总值增长12%，…; not what it set out to do,
    # 报告确定的重点项目, nor what an accounting or evaluation report 确定 of a year's results)
    r"|(?:政府工作报告|计划(?:草案)?的?报告|政府|[省市县区州旗]委)\s*》?\s*确定\s*"
    r"(?=(?:(?:19|20)\d{2}\s*年|全年|今年|当年|本年)"
    r"[^，,；;。\d]{0,24}?(?:增长|下降|达到|控制在)\s*\d)"
    # or the targets a session set, as the figures after them follow (按照年初市人代会确定的目标，
    # 2013年全市地区生产总值增长12%，…)
    # (a year after them, no result said nor set against a target in the sentence: not …目标，全县…
    # 完成312.6亿元, nor …增长6.8%，高于预期目标0.3个百分点)
    r"|按照[^，,；;。：:\n]{0,30}?(?:确定|批准|通过|提出)的[^，,；;。：:\n]{0,10}?目标\s*[，,]"
    r"(?=\s*(?:19|20)\d{2}\s*年(?![^。\n]{0,120}?(?:完成|实现|达到|超额|高于|超过|低于|超出|百分点)))"
    # or what the party committee or the government set, a colon before its targets (今年，市委、
    # 市政府确定：全市生产总值增长13%，…)
    r"|(?:[省市县区州旗]委|政府)[^，,；;。：:\n]{0,12}?(?:确定|提出)\s*[：:]"
    # or the year's target restated on its own (年度目标为增长9%。上半年…), or a growth's
    # (…确定的2014年地区生产总值增长目标为10%左右)
    r"|(?<![完达实])(?:年度|全年|增长|增速)(?:预期)?目标(?:为|是)"
    # or the plan it approved and the targets it set (审议批准了2010年…计划，确定全市地区生产总值…)
    r"|(?:批准|通过)了?[^，,；;。：:\n]{0,30}?计划[，,]\s*(?:确定|提出)了?"
    # or the targets as it adjusted them in the year's course (全年主要预期目标调整为：…)
    r"|目标\s*(?:调整|调减|调增|修订|修改)为\s*[：:]"
    # or a plan's goals by its last year, quoted in a later review (“九五”计划提出，到2000年…;
    # 《…规划纲要》提出，…)
    r"|(?:计划|规划|纲要)\s*》?\s*(?:提出|确定|要求|明确)\s*[，,：:](?=\s*到\s*(?:19|20)\d{2}\s*年)"
    # (or its goal for a year named right after the verb: 规划提出2025年全市地区生产总值达到5200亿元)
    r"|(?:规划|纲要)\s*》?\s*(?:提出|确定|明确)(?=\s*(?:19|20)\d{2}\s*年)"
    # (or the goal proposed by its year right after the verb: …规划纲要，提出到2010年全县…达到55亿元)
    rf"|{_NO_OPINION}提出\s*(?=到\s*(?:19|20)\d{{2}}\s*年)"
    # or what the report it approved proposed (…会议批准的政府工作报告提出，全年…)
    # (or, naming no verb, a year and a target's bound after it: …审议通过的《政府工作报告》，2018年
    # 我市…达到50%以上; not the results it gave: …，2023年全市地区生产总值完成3120亿元)
    r"|(?:批准|通过)的\s*《?\s*政府工作报告\s*》?\s*(?:(?:提出|确定)\s*[，,：:]"
    r"|[，,](?=\s*(?:19|20)\d{2}\s*年[^。；;，,\n]{0,40}?(?:左右|以上|以内|以下)))"
    # or the budget it approved (…会议批准的财政总收入预算为268亿元; 批准的2021年预算，…收入预算为…)
    r"|(?:批准|通过)的?[^，,；;。：:\n]{0,40}?预算数?为|(?:批准|通过)的[^，,；;。：:\n]{0,10}?预算\s*[，,：:]"
)


# …and the year's results after them in the sentence (…确定，…增长7.5%左右，全年实现…186.4亿元)
RESULT_AFTER_QUOTE = re.compile(
    r"全年(?:实现|完成|预计)|实际(?:完成|实现|增长|达到)|预计(?:全年|完成|实现)"
)


# Targets proposed (建议全区经济社会发展的主要预期目标是：) are the coming year's, even where a copy
# runs them on under the review's heading: a review quotes last year's targets, it proposes none;
# or the scenario it adopts, then the targets (建议采用中方案，2013年…主要经济指标预期目标安排如下：)
PROPOSED_TARGETS = re.compile(
    r"建\s*议(?:[^，,；;。：:\n]{0,40}?|采用[^，,；;。：:\n]{0,8}?方案[，,][^，,；;。：:\n]{0,40}?)"
    r"目标(?:是|为|(?:安排)?如下)\s*[：:]"
)


# A sentence looking back over the years (二十年来, 五年来, 建区以来) reviews them, even under a
# heading of the year planned (二、奋进2023年：…。建区以来…分别增加至 559.2 亿元); not a record
# the year set (增长41.5%，是近十年来增幅最高的一年)
LOOKING_BACK = re.compile(
    r"(?:(?<![今本明\d])(?:[二三四五六七八九十两]{1,3}|\d{1,2})\s*年\s*(?:来|以来)|建\s*[区市县州]\s*以来)"
    r"(?![^，,。；;\n]{0,6}?(?:最高|最快|最好|最低|最大|最多|最少|新高|新低|之最|首位))"
)
# …or over a span of years heading its clause (过去五年，近三年来，五年间，): a growth in words there
# is the span's; not a record (创近 5 年新高)
SPAN_OF_YEARS = re.compile(
    LOOKING_BACK.pattern
    + r"|(?:(?:过去|近|这)\s*(?:的\s*)?(?:[二三四五六七八九十两]{1,3}|\d{1,2})\s*年(?:里|中|间)?"
    + r"|(?:[二三四五六七八九十两]{1,3}|\d{1,2})\s*年\s*间)\s*[，,]"
)


# A quotation of figures captioned after it as the year's targets, as news digests write them
# (“GDP增长5.5%左右，…”2025年…的主要预期目标已确定); not a caption saying them met, between
# (…”，完成了…目标) or in the words after (…”的目标全面完成, …的目标，经过努力已经实现)
_NOT_MET = r"(?!完成|实现|符合|达到|超|低于|高于|好于|对照|围绕)"
_MET_AFTER = rf"[^。！？!?\n]{{0,40}}?{_NOT_RESOLVED}(?:完成|实现|达到|超)"
QUOTED_TARGETS = re.compile(
    r"“(?=[^“”]*\d)[^“”]{4,400}”\s*[，,]?\s*(?:这|此|即)?\s*(?:是|为)?\s*"
    rf"(?:(?:{_NOT_MET}[^，,。；;“”\n\d]){{0,24}}?(?P<year>20\d{{2}})\s*年)?"
    rf"(?:{_NOT_MET}[^，,。；;“”\n\d]){{0,24}}?目标(?!{_MET_AFTER})"
)


# 年初目标, 年初确定的目标, 年初市十八届人大四次会议确定的主要预期目标: a target cue after the start
# of a year in its clause (not 年初以来, since then); in a text given early in the next year, not a
# session told of as just held (年初召开的县委全会提出的主要预期目标是：, in January: the new year's)
_YEARS_START = re.compile(r"(?<![今明本])年初(?!以来|至今)[^，,；;。\d]{0,24}$")
_JUST_HELD = re.compile(r"召开|举行")
_YEARS_START_REACH = 28


def set_at_years_start(text, start, cue_start, given_next_year=False):
    """Whether the target cue at `cue_start` names a target set at the start of a year, in a text
    `given_next_year` after the one it reviews or not."""
    said = _YEARS_START.search(text, max(start, cue_start - _YEARS_START_REACH), cue_start)
    return said is not None and not (given_next_year and _JUST_HELD.search(said.group()))


# a year's target named right after the year (▲规模以上工业增加值：2022年目标7%左右), not its plan
# carried out (综合考虑2023年计划执行情况…)
_TARGET_OF_THE_YEAR = re.compile(
    r"\s*(?:的)?(?:年初|全年|年度)?\s*(?:预期)?(?:目标|计划)(?!\s*(?:的\s*)?(?:执行|完成|落实))"
)


def targets_of(text, year, position):
    """Whether the match of a year `year` before `position` names that year's target right after
    it (2022年目标7%左右)."""
    return year is not None and _TARGET_OF_THE_YEAR.match(text, year.end(), position) is not None
