"""Parts of the year (前三季度, 上半年, 1-11月份) a sentence's results may be of, and the words
around one that tell whether it dates them."""

import re

from reports.extraction.values import SCENE

# A part of the year the results after it in the sentence are of (前三季度, 第一季度, 上半年,
# 1-11月份), or the whole year again (全年)
PART_OF_YEAR = (
    r"前[一二三]季度|第[一二三四]\s*季度|[上下]半年|前\d{1,2}个?月|1\s*[-—－~至到]\s*1?\d\s*月份?"
    r"|截[止至]\s*(?:1[01]|[1-9])\s*月(?:底|末|份)?"  # 截止11月底: up to a month before December
)
# …扭转上半年工业增长放缓态势，实现…: a part of the year naming a trend the year's figures turned
_TREND = r"(?![^，,；;。\n]{0,12}?(?:态势|局面|趋势|势头))"
# …降幅较上半年收窄 12.2 个百分点: a part of the year compared with, not the figures' own
# …从上半年 5.5% 降到 5.3%: a part of the year a change starts from dates the start, not the end
PARTS_OF_YEAR = re.compile(
    rf"(?<![较比])(?:(?<![从由])|(?=(?:{PART_OF_YEAR})[^，,；;。\n\d]{{0,4}}看))(?P<part>{PART_OF_YEAR}){_TREND}"
    r"|全年|年末|年底"
)
# 利润1-11月增长 31.2%，…；一般公共预算收入增长 8.3%: a part of the year written after what it is
# about, before its verb (not after a year or a place: 2018年前三季度，全市1-11月完成…), is of
# that thing's figures alone, which a semicolon ends
ITS_SUBJECT_ENDS = re.compile(r"(?![年市县区省州旗])[\u4e00-\u9fff]")
BEFORE_ITS_VERB = re.compile(r"份?\s*(?:同比|增长|下降|完成|实现|达到|累计|比上年)")
# 在上半年农产品价格下滑…的情况下，粮食总产量达到…: the part of the year sets a scene, the figures
# after it are the year's
IN_A_SCENE = re.compile(rf"在\s*[^，,；;。\n\d]{{0,40}}?{SCENE}")
