"""The asides between a figure and the clause going on about it, which the clauses after it pass
over: a rank, a milestone, a share of the plan or the budget done, a change in points, a multiple
of an earlier year's level."""

import re

from reports.extraction.bridge_words import ADJUSTED_TO
from reports.extraction.thresholds import AMOUNT, PASSED_MILESTONE, PASSED_VERB, STANDING

# over the year before or a year named (较上年, 比 2015 年, 同比)
_OVER_A_YEAR = r"(?:(?:较|比)\s*(?:上一?年|去年|\d{4}\s*年)(?:同期)?|同比)"
# a milestone's subject and its first time (经济总量首次突破…)
_TOTAL, _FIRST = r"(?:经济)?总量", r"(?:首次|首度)"
# a growth over the year before, not over another year (比上年, 同比; not 比2005年)
OVER_LAST_YEAR_WORDS = r"比上年|比去年|较上年|同比"
# Asides between a figure and the clause going on about it, passed over: a rank (3347.6 亿元，
# 居全省第 4 位，增长 1.5%), a milestone (首次突破百亿元大关), a share of the budget (为预算的
# 115.4%, never the growth rate), the year's task passed (超额完成年度任务 2.1 亿元).
ASIDE = re.compile(
    rf"\s*(?:{STANDING}"
    # the reasons a target is adjusted for, before the value it is adjusted to (年初确定增长11%，
    # 考虑到地震导致…，下半年恢复生产需要一个过程，建议调整为增长9%左右)
    rf"|(?:考虑到|鉴于|由于|受)[^；;。\n]{{0,80}}?(?=[，,]\s*{ADJUSTED_TO})"
    # what the figure was affected by (…270.3亿美元，受大宗商品价格下跌影响，比上年下降6.2%), or why
    # it changed (…六千八百四十万元，由于高价商品价格大幅度回落，按当年价格计算比上年下降百分之二点一)
    r"|(?:受[^，,；;。\n\d]{1,20}?影响|由于[^，,；;。\n\d]{1,24}?)(?=\s*[，,])"
    # its year said again before the change (…增至2015年的190.1亿元，2015年比上年增长5.5%)
    rf"|(?:19|20)\d{{2}}\s*年(?=\s*(?:{OVER_LAST_YEAR_WORDS}))"
    # a rank entered (首次进入全省前十位, 跻身全国百强县, 迈进山区 26 县十强)
    r"|(?:首次|首度|成功|再次)?(?:进入|跻身|迈入|迈进|挺进)[^，,；;。\n]{0,10}?"
    r"(?:前\s*[一二三四五六七八九十百\d]+\s*[位名强]?|[一二三四五六七八九十百\d]+\s*强|行列)[县市区]?"
    r"(?=\s*[，,])"
    # a rank with no verb (达到 4163 亿元、全省第三，增长 7%)
    r"|(?:增速|增幅|总量)?(?:全国|全省|全市|全区|全州)第\s*[一二三四五六七八九十\d]+[位名]?(?=\s*[，,])"
    rf"|(?:{_TOTAL})?{_FIRST}?{PASSED_MILESTONE}(?=\s*[，,、])"  # 站上3000亿元台阶、达…
    # a record set (97 亿元，突破历史最高纪录，增长 9%; 创历史新高, 再创历史最好水平)
    r"|(?:再|又)?(?:创|突破|刷新)了?[^，,；;。\n\d]{0,8}?(?:新高|纪录|记录|最好水平|最高水平|最好成绩)"
    r"(?=\s*[，,])"
    # a first passing, in figures (314.04 亿元，首次突破 300 亿元，比上年增长 7.8%), or the total's
    # (3010.08 亿元，总量突破 3000 亿元，增长 4.3%)
    rf"|(?:{_TOTAL}\s*{_FIRST}?|{_FIRST}){PASSED_VERB}\s*{AMOUNT}(?=\s*[，,])"
    # a place it became (成为全省第二个经济总量超过 3000 亿元的市, 成为全国首个…的县)
    r"|成为[^，,；;。\n]{1,30}?的(?:城市|市|县|区|州|省|地区)(?=\s*[，,])"
    # another place's total caught up with (赶超江门开平市 2020 年的经济总量)
    r"|(?:赶超|超越|超过)[^，,；;。\n]{0,20}?的(?:经济)?总量(?=\s*[，,])"
    # a goal passed or neared (跨过千亿目标, 向万元目标迈进)
    rf"|(?:{PASSED_VERB}|向)[^，,；;。\n]{{0,10}}?目标(?:迈进|冲刺)?(?=\s*[，,])"
    # (shared out: 分别完成年度计划的 113.1% 和 120.4%)
    r"|(?:分别)?(?:为|完成|占|达到?)(?:年度|年初|全年)?(?:调整后?的?)?(?:预算|计划)(?:数|的)?\s*\d+(?:\.\d+)?\s*[%％]"
    r"(?:\s*[和、及]\s*\d+(?:\.\d+)?\s*[%％])*"
    # a comparison with an average (高于全国平均水平, 高于全国、全省平均水平), the target after it
    r"|(?:略?高于|略?低于|快于|慢于|好于)(?:(?:全国|全省|全市|全区|全县)[、和及]?){0,2}"
    r"(?:平均水平|平均)(?=\s*[，,])"
    # or with another place's growth by a margin (高于全市 0.5 个百分点, 高于宁波市平均 0.6 个百分点)
    r"|(?:增速|增幅)?(?:略?高于|略?低于|快于|慢于|好于)(?!年初|预期|目标|计划)[^，,；;。\n\d]{1,10}?"
    r"\d+(?:\.\d+)?\s*个?百分点(?=\s*[，,])"
    # a share of the whole the figure is part of (占全市的比重为 29.37%, 占包头市的 17.2%)
    r"|占(?:全国|全省|全市|全区|全县|全州|全盟|[^，,；;。\n\d]{1,8}?[省市区县州盟旗])的?(?:比重|份额|比例)?"
    r"(?:为|达到?)?\s*\d+(?:\.\d+)?\s*[%％](?=\s*[，,])"
    # a change in points (比 2015 年提高 0.56 个百分点), a share's or a rate's, never the figure
    rf"|{_OVER_A_YEAR}\s*(?:提高|提升|上升|降低|下降|回落|加快|放缓"
    r"|低|高|快|慢)了?\s*\d+(?:\.\d+)?\s*个?百分点(?=\s*[，,])"
    # the change in the figure's own unit (较上年增加 411 元, 较 2012 年净增 6 亿元, 同比净增 36 亿元),
    # the growth rate after it
    rf"|{_OVER_A_YEAR}\s*净?(?:增加|增长|减少|增|减|多)\s*\d+(?:\.\d+)?\s*(?:[万亿千百]?[元人户个家])(?=\s*[，,])"
    # the share of the year's target done (完成全年总量目标的 107%, 完成年计划 710 亿元的 89.4%
    # and its reason in brackets), never the growth rate
    r"|完成[^，,；;。\n\d]{0,6}?(?:目标|计划|任务)\s*(?P<plan>\d+(?:\.\d+)?\s*[万亿]?元)?\s*的"
    r"\s*\d+(?:\.\d+)?\s*[%％](?:\s*[（(][^（）()\n]{0,40}[)）])?(?=\s*[，,])"
    # or of the year's target done, a share over a hundred (目标增长8%，完成106%)
    r"|完成\s*[1-9]\d{2}(?:\.\d+)?\s*[%％](?=\s*[，,；;。]|\s*$)"
    # the average growth over the years the level ends, its year's after it (…486.3亿元，年均增长
    # 10.2%，全年增长8.6%; not …年均增长7.9%，高于经济增速: the average's comparison)
    r"|(?:年均|平均每年)(?:增长|递增)\s*\d+(?:\.\d+)?\s*[%％]"
    r"(?=\s*[，,]\s*(?:全年|当年|其中|(?:19|20)\d{2}\s*年))"
    # a multiple of the level of a year before (是“十二五”末的 1.5 倍), the growth after it
    r"|是[^，,；;。\n\d]{0,4}(?:\d{4}\s*年)?[^，,；;。\n\d]{0,8}?的\s*\d+(?:\.\d+)?\s*倍(?=\s*[，,])"
    # or its doublings (比 2009 年翻 1.2 番, 提前两年实现翻一番)
    r"|(?:(?:比|较)[^，,；;。\n\d]{0,6}(?:\d{4}\s*年)?[^，,；;。\n\d]{0,4}?)?翻\s*了?\s*"
    r"(?:\d+(?:\.\d+)?|[一两二三四五六七八九十]+)\s*番多?(?=\s*[，,])"
    # the year's task passed (超额完成年度任务 2.1 亿元); 目标 and 计划 would read as target cues
    r"|(?:超额|超)?完成[^，,；;。\n\d]{0,8}?任务的?\s*\d+(?:\.\d+)?"
    r"\s*[^，,；;。\n\d]{0,3}(?=\s*[，,])"
    r")"
)
