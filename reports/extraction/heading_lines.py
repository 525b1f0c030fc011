"""The lines a report's top-level headings stand on, and their words: the number (一、, 第二部分)
or mark (■) opening one, the words of a review (执行情况, 工作回顾) or of a plan (目标, 安排), the
unnumbered headings of a year (2024年工作安排, 展望2022年, 去年：…), the headings a copy ran into a
long line, and the parts a press report lists before it quotes them."""

import re

from reports.extraction.titles import squeezed, text_lines

NUMERAL = r"[一二三四五六七八九十]{1,3}"
NUMBER_MARK = rf"{NUMERAL}\s*[、.．]"
# A summary's headings may be marked instead of numbered: ■ 2025年经济社会发展的主要预期目标
# (or a top markdown heading numbered in figures naming its year, as an AI summary writes its
# sections: ## 3. 2021年主要预期目标; not a sub-heading, ### 1. 稳增长措施, ## 1.2 …, nor an item
# numbered in figures without #, which stays an item)
HEADING = re.compile(
    r"^(?:[ \t]*#{1,2}[ \t]*\d{1,2}[.．、](?!\d)(?=[^\n]{0,20}?(?:19|20)\d{2}\s*年)"
    rf"|[#\s]*(?:{NUMBER_MARK}|第{NUMERAL}部分|[■□◆◇【]))\s*(?P<rest>.*)$"
)
NUMBERED = re.compile(rf"^[#\s]*{NUMBER_MARK}")
# a part of the report (第二部分 全县农业农村经济发展情况): what the part before spoke of ends there,
# its own heading saying neither kind
PART = re.compile(rf"^[#\s]*第{NUMERAL}部分")
HEADING_LENGTH = 60  # characters: a longer line is a paragraph's


def numbered_heading(line):
    """Whether `line` is a numbered heading (一、着力扩大内需): short, not a sentence."""
    if not NUMBERED.match(line) or len(squeezed(line)) > HEADING_LENGTH:
        return False
    return not line.rstrip().endswith("。")


EXECUTION_WORDS = re.compile(
    r"执行情况|完成情况|执行的?(?:最终)?结果|工作回顾|回顾|回眸|主要成效|主要成绩|成绩单"
)
# A heading setting the year's progress against its targets (三、对照全年目标　下阶段需加力), or
# asking whether it will meet them (【询问一】经济增长能否实现年初目标？)
AGAINST_TARGETS = re.compile(
    r"(?:对照|对标|比照)[^，,。；;]{0,6}?目标"
    r"|(?:能否|能不能|是否|可否)[^，,。；;]{0,4}?(?:实现|完成|达到|达成)[^，,。；;]{0,6}?目标"
    # (or sets them beside the results: 【增长目标与实际增速】, 三、计划与完成情况对比)
    r"|(?:目标|计划)[^，,。；;]{0,2}?(?:与|和|及|对比)[^，,。；;]{0,2}?(?:实际|完成|实绩|执行)"
    # (or reports the progress on them: 一、年度目标推进情况, 重点指标进展)
    # (not one resolving to advance them: 三、确保全年目标任务顺利推进)
    r"|(?:目标|任务|指标)[^，,。；;]{0,4}?(?:(?:推进|落实)情况|进展|进度)"
)
PLAN_WORDS = re.compile(
    r"目标|任务|安排|草案|思路|打算|建议|重点工作|工作重点|下一步|措施|举措|未来"
)
# …but a performance evaluation's targets are of the year it evaluates (二、绩效目标, 三、项目
# 绩效目标设定情况, in a self-evaluation of 2025 delivered in January 2026)
_EVALUATES = re.compile(r"评价|自评")
_PERFORMANCE_TARGETS = re.compile(r"绩效目标(?:设定|设置|申报)?(?:情况)?\s*[：:]?\s*$")


def targets_year(rest, metadata):
    """The year a heading of targets naming none (`rest` its words after the number) speaks of:
    the year planned, or the year evaluated for a performance evaluation's targets (its title
    saying it evaluates: not a budget's or an application's 三、绩效目标, of the year to come)."""
    if _PERFORMANCE_TARGETS.search(rest) and _EVALUATES.search(metadata.title):
        return metadata.review_year or metadata.plan_year
    return metadata.plan_year


# …but a deputy's suggestion or a member's proposal a reply answers is no plan's (一、您在建议中
# 反映的情况, 三、关于建议的办理落实情况, 二、关于提案建议的采纳情况)
PROPOSERS = r"(?:您|你|代表|委员|贵委|贵单位|贵会)"  # who made a suggestion a reply answers
SUGGESTION_ANSWERED = re.compile(
    rf"{PROPOSERS}[^，,。；;]{{0,6}}?(?:建议|提案)"
    r"|(?:建议|提案)[^，,。；;]{0,4}?(?:反映|所提|办理|采纳|落实|答复)"
)


# the rules a screen's panel title stands between (══════ 2022年全年 ══════)
_RULE = "═=━─"
# …or the arrow and the place on the screen it opens on (▼ 左屏：2020年全年（统计公报）), or the
# bracket and the panel's subject before a dot (〖工业经济 · 2014年〗, its bracket closed after)
# (the arrow's label names a place on a screen: not a bullet, ▶ 稳增长：…, nor a menu, ▶ 分享到：)
_SCREEN_PLACE = r"(?:屏|仪表盘|看板|面板|驾驶舱|侧栏|底栏|顶栏|底部|顶部)"
_PANEL_OPENING = (
    rf"(?:[▼▽▶►◀]\s*[^\d\n：:]{{0,6}}?{_SCREEN_PLACE}[^\d\n：:]{{0,6}}[：:]"
    r"|[〖【]\s*[^\d\n·・：:〗】]{1,8}\s*[·・])"
)
_PANEL = rf"(?:{_PANEL_OPENING}\s*)?"
# a panel of a screen titled with no year (▼ 右屏：贵安新区直管区（2020年）, ▼ 中屏：2021年1-4月)
# (not one with a figure of its own: ▶ 地区生产总值：增长6%, an item of the panel)
PANEL_LINE = re.compile(
    rf"^[ \t\u3000]*(?:{_PANEL_OPENING}|〖[^〗\n]{{1,24}}〗[ \t\u3000]*$)"
    r"(?![^\n]*\d\s*(?:[%％‰]|[万亿]?元|万?人|万?吨))"
)
# 2004年： over what a news report says of that year, or 2022年全年 over a screen's panel;
# 2017年主要工作, 2020年工作安排 over its targets, also with a motto after a colon (2025年工作任务：
# 勇创佳绩攀新高), or after the year alone and a space, as a digest heads its parts (2024 新重庆
# 开新局, 2025年　我们这样干)
YEAR_ALONE = re.compile(
    rf"^[#\s{_RULE}]*{_PANEL}((?:19|20)\d{{2}})(?:\s*年\s*(?:全年)?\s*(?:的\s*)?"
    r"(?:(?:主要|重点)?(?:工作)?(?:目标|任务|安排)|(?:主要|重点)?工作|(?:政府)?工作回顾)?"
    r"(?:建议)?"  # 2025年工作安排建议: the government's proposal to the congress
    r"\s*(?:[：:][^\d，,。；;！!？?\n]{0,30})?"
    r"\s*(?:[（(][^（）()\n\d]{1,12}[)）])?"  # (its source: 2020年全年（统计公报）)
    # not 2003 年以来…, nor a page's headline barred from its title (2022 南阳两会 |, ｜, 丨)
    r"|年?[ \t\u3000]+(?!年)[\u4e00-\u9fff][^\d，,。；;：:！!？?|｜丨\n]{1,20}?)"
    rf"[ \t\u3000{_RULE}〗】]*$"
)
# a year's plan headed in a phrase of its own, unnumbered: 2024年政府工作的总体要求和主要目标,
# 2004年主要工作及措施, 2018年计划主要指标 (the year says whose: 2017年主要经济指标 heads results);
# maybe a screen's panel between rules, a note after it (━━ 2026年预期目标（拟，待审议）━━)
YEAR_PLAN = re.compile(
    rf"^[#\s{_RULE}]*{_PANEL}((?:19|20)\d{{2}})\s*年(?![^\n]*(?:我们|确定|完成|实现|提出|党代会))"
    r"[^\d，,。；;！!？?：:\n]{0,20}?(?:目标|任务|安排|打算|工作|措施|指标)"
    rf"\s*(?:[（(][^（）()\n]{{1,20}}[)）])?[ \t\u3000{_RULE}〗】]*$"
)
# a year looked back on or ahead to, on a line of its own over a news digest's list (回首2021，更是
# 激情满怀——, 展望2022年：), its 年 often left out
# a year and a colon over a news report's part (去年：增速连续6年居全国前三, 今年：10%左右)
RELATIVE_HEADING = re.compile(r"^[#\s]*((?:去|今|明)\s*年)\s*[：:](?=[^。\n]{1,30}$)")
# the year's report named in a headline (读懂今年省政府工作报告里的数字): no year of its part
REPORT_NAMED = re.compile(r"(?:[去今明]|\d{4}\s*)年[^，,。；;\n]{0,4}?政府工作报告")
YEAR_LOOKED_AT = re.compile(
    r"^[#\s]*(?:回首|回眸|回望|盘点|展望)\s*((?:19|20)\d{2})\s*年?\s*(?:[，,：:—][^\d\n]{0,20})?$"
)
# 主要预期目标 on a line of its own, over targets one a line, as a press digest lists them; or a
# place's year of targets over the parts that set them (江宁区2009年国民经济和社会发展奋斗目标)
TARGETS_ALONE = re.compile(
    # (a table's caption too: 表2 桐庐县2024年经济社会发展主要预期目标)
    r"^[#\s]*(?:(?:附\s*)?表\s*[一二三四五六七八九十\d]{0,3}\s*[：:.、．]?\s*)?"
    r"(?:[^\s\d，。：:]{0,12}?((?:19|20)\d{2})\s*年\s*)?"
    r"(?:(?:全|本|我)[市省区县州旗]\s*)?"  # 2019年全市经济社会发展主要预期目标
    r"(?:(?:国民经济和社会|经济社会)发展\s*的?\s*)?(?:主要\s*(?:预期\s*)?|奋斗\s*)目标\s*[：:]?\s*$"
)

# A copy that runs the report together in one paragraph keeps its top-level headings inside it,
# right after a sentence (…提出意见。 一、2020年工作回顾2020年是…), or opening it, its paragraph
# run into it (一、2019年工作回顾2019年，在市委…), as a PDF's page lines give it
_RUN_IN_HEADING = re.compile(
    rf"(?:(?<=[。！？])|^)[ \t\u3000]*(?P<heading>{NUMERAL}、[ \t\u3000]*"
    r"(?:(?:19|20)\d{2}\s*年|过去一年|今年)[^，,。；;：:\d\n]{0,16}?"
    rf"(?:{EXECUTION_WORDS.pattern}|{PLAN_WORDS.pattern}))"
)
_RUN_TOGETHER = 400  # how long a line is when a copy has run its paragraphs together


def lines_and_run_in_headings(text):
    """(position, line) of each line, and of each heading run into a long line, as a line of its
    own (the heading's words alone)."""
    for position, line in text_lines(text):
        yield position, line
        if len(line) > _RUN_TOGETHER:
            for match in _RUN_IN_HEADING.finditer(line):
                yield position + match.start("heading"), match["heading"]


def listed_parts(text):
    """Where the lines of a list of the report's parts start: numbered headings one after another
    with nothing under them (一、2019年工作回顾； 二、做好2020年工作；), as a press report lists
    them before it quotes the report, or marked ones under a brief's contents (【本期导读】⏎◎…⏎
    ◎对照全年目标…). They head nothing, so they date nothing."""
    listed, run, kind, cued = set(), [], None, False
    for position, line in text_lines(text):
        if not line.strip():
            continue
        item = _list_item(line, cued or kind == _MARKED_ITEM)
        if item and (not run or item == kind):
            run.append(position)
            kind = item
            continue
        listed.update(_listed(run, kind))
        run, kind, cued = (
            ([position] if item else []),
            item,
            bool(_CONTENTS.fullmatch(squeezed(line))),
        )
    return listed | _listed(run, kind)


_NUMBERED_ITEM, _MARKED_ITEM = "numbered", "marked"


def _list_item(line, under_contents):
    """The kind of item of a list of parts a line may be, or None: a line summed up on its own
    (一、2019年工作回顾2019年，… runs its paragraph into it: no item); a marked one only under a
    brief's contents, and not a figure's bullet (◆ 地区生产总值增长6.5%)."""
    if len(squeezed(line)) > HEADING_LENGTH:
        return None
    if NUMBERED.match(line):
        return _NUMBERED_ITEM
    if under_contents and _MARKED.match(line) and not BULLETED_FIGURE.match(line):
        return _MARKED_ITEM
    return None


def _listed(run, kind):
    """The positions of a run of items of `kind` that make a list: numbered ones two or more,
    marked ones any under a brief's contents."""
    return set(run) if run and (len(run) > 1 or kind == _MARKED_ITEM) else set()


_MARKED = re.compile(r"^[ \t\u3000]*[■□◆◇◎]")
# a brief's list of contents on a line of its own (【本期导读】, 本期要目, 目　录, 内容提要; not
# 附件：重点项目目录)
_CONTENTS = re.compile(
    r"[【\[〔]?(?:本期|今日|本刊)?(?:导读|要目|目录|内容提要)[】\]〕]?(?:[（(][^（）()]{1,16}[)）])?[:：]?"
)
_LAST_YEAR = re.compile(r"[ \t\u3000]*上一?年")


def last_year_named(rest, delivered_year):
    """The year a heading opening on 上年 names (一、上年计划执行结果, in a mid-year report): the
    one before the report was given."""
    return delivered_year - 1 if delivered_year and _LAST_YEAR.match(rest) else None


# a line of a date alone, a label before it and an hour after (时间：2004年1月15日上午9:30, 【发布
# 时间】2006年1月20日): the day of a briefing or a posting, no heading of its year
DATE_ALONE = re.compile(
    r"\s*(?:[【\[(（]?[^\d\n【\[]{0,8}?[：:】\])）]\s*)?(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月"
    r"(?:\s*\d{1,2}\s*日)?[^\n，,。]{0,12}$"
)

# a bullet's item stating a figure (◆ 地区生产总值增长5.1%，年初确定的目标为增长5%左右)
BULLETED_FIGURE = re.compile(r"^\s*[■□◆◇●○▪•][^\n]*?\d\s*(?:[%％‰]|[万亿]?元)")


# a line's opening before a position, its enumeration mark or bullet if any (⏎（2）2016年…)
_LINE_OPENING = re.compile(
    r"\n[ \t\u3000]*(?:[（(]\s*[\d一二三四五六七八九十]{1,2}\s*[)）]|\d{1,2}\s*[.．、]"
    r"|[·•●○◆◇■□▲△▶►★☆])?[ \t\u3000]*$"
)
_LINE_OPENING_REACH = 10  # a line break, spaces and an enumeration mark (（12）) before a year


def opens_a_line(text, position):
    """Whether `position` opens a line, but for its enumeration mark or bullet."""
    return bool(_LINE_OPENING.search(text, max(0, position - _LINE_OPENING_REACH), position))


# a year a heading closes on in brackets, the one its results are of (一、疫情前的发展基础（2019年）)
_BRACKETED_YEAR = re.compile(r"[（(]\s*((?:19|20)\d{2})\s*年?\s*[)）]\s*$")


def of_year_reviewed(rest, year, review_year):
    """Whether a heading (its words after the number, `rest`, naming `year` first) heads results
    of the year it names: the year reviewed, bracketed or not; or one before it the heading
    closes on in brackets, as a briefing's slide is headed, with no word of a plan nor of other
    places."""
    if year is None or review_year is None:
        return False
    bracketed = _BRACKETED_YEAR.search(rest)
    dated = bracketed is not None and int(bracketed[1]) == year < review_year
    return year == review_year or (dated and not _OTHER_THAN_RESULTS.search(rest))


# a heading of a plan, or of other places set beside the place (三、周边县区比较（2022年）)
_OTHER_THAN_RESULTS = re.compile(
    rf"{PLAN_WORDS.pattern}|计划|规划|比较|对比|对标|周边|先进|全市|全省|全国|全州|全区发展"
)


# (a log's title ends on its kind of record, unnumbered: not 二、今年主要目标（根据…群聊天记录整理）)
_CHAT_LOG = re.compile(
    rf"^(?![#\s]*(?:{NUMBER_MARK}))[^\n]*(?:聊天|消息|群聊|会话)记录[”\"」』]?[ \t\u3000]*$"
)
# a contents line, its parts numbered in order side by side from its start (一、概况　二、经济发展
# 三、区位交通…五、发展目标; not 二、2024年主要预期目标　一、二、三产业协同发力)
CONTENTS_LINE = re.compile(  # (no line break in its opening: a run of blank lines read once)
    r"^[# \t\u3000]*一[ \t\u3000]*[、.．][^\n]{1,30}?[ \t\u3000]二\s*[、.．][^\n]{1,30}?[ \t\u3000]三\s*[、.．]",
    re.M,
)


def heads_nothing(line):
    """Whether a line read as a heading heads nothing: a chat log's title (its group named for a
    year's congress: …2025年两会数据核对群”的聊天记录), or a contents line, whose last part's
    words of a plan (发展目标) head no targets."""
    return bool(_CHAT_LOG.search(line) or CONTENTS_LINE.match(line))


# A paragraph opening on the coming year's general requirements or targets (做好今年政府工作的总体
# 要求是, 综合考虑各方面因素，今年全市…主要预期目标是：, 2025年主要预期目标是, 明年…) starts the plan's
# part, under a review whose copy lost its heading
PLAN_OPENING = re.compile(
    r"[ \t\u3000]*(?:综合考虑[^，,。；;\n]{0,30}?[，,]\s*)?"
    r"(?:做好(?P<doing>今年|明年|(?:19|20)\d{2}\s*年)[^，,。；;\n]{0,12}?总体要求"
    r"|(?P<targets>今年|明年|(?:19|20)\d{2}\s*年)[^，,。；;\n]{0,20}?预期目标)"
)


# an annex titled with a year's own targets (附件：2014年全市主要指标年度目标（市人代会确定）, 附件：
# 2014年度全县主要经济指标目标); not their breakdown over the places below (…预期目标分解表) nor
# how they were met (…年度目标完成情况), which end otherwise
_ANNEXED_TARGETS = re.compile(
    r"附\s*件\s*\d{0,2}\s*[：:]\s*((?:19|20)\d{2})\s*年度?[^\n。，,]{0,16}?目标(?:任务)?"
    r"\s*(?:[（(][^（）()\n]{0,24}[)）])?\s*$"
)


def annexed_targets_year(line):
    """The year of the targets an annex's heading line lists, or None for any other annex."""
    targets = _ANNEXED_TARGETS.search(line)
    return int(targets[1]) if targets else None
