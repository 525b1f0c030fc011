"""When a report was delivered, as its text says: a date line under the title (bracketed, after a
dash, or on a line of its own), or a press copy's lead; a lead may leave the year out, which the
years the report names then say.
"""

import re

from reports.extraction.notice_dates import notice_date

# a dash before a date line, as copies write it (——, -----), never one between two years or two
# dates, maybe spaced (a term of office: 2003年2月—2007年12月，…旗长, 2006年3月 - 2011年6月)
_DASH = r"(?<![\d年月日])(?<![\d年月日][ \t\u3000])(?:[—―─－]{1,2}|-{1,6})"
# (2024 年 1 月 13 日在福州市第十六届人民代表大会第三次会议上), or after a dash ——
_DATE = re.compile(
    # (not a document's cited in the body, bracketed after its title: 《…纲要》（2021年2月5日县十七届
    # 人大六次会议审议）)
    rf"(?:(?<!》)[（(]|{_DASH})\s*(?P<year>\d{{4}})\s*年"
    r"(?:\s*(?P<month>\d{1,2})\s*月"
    r"(?:\s*(?P<day>\d{1,2})\s*日)?)?\s*(?:在\s*(?P<meeting>[^()（）\n]{2,60}?(?:\n\s*[^()（）\n]{1,60}?)?)"
    # the line ends there, or the meeting runs on into the speaker's line (…会议上代市长 陈绍旺)
    r"\s*上"
    # or the meeting that adopted a committee's report or a resolution (（2020年5月13日区十八届人大
    # 五次会议主席团第二次会议通过）), or deliberated a report (（2023年8月24日县十七届人大常委会第
    # 十三次会议审议）), on the day it was given (the group named for the first, read by none)
    r"|(?<=日)\s*(?P<adopted>[^()（）\n]{2,60}?会议[^()（）\n]{0,12}?(?:通过|批准|审议))"
    r")?\s*(?:[，,][^()（）\n]{1,16})?"  # (a note after it: （2010年4月20日，根据录音整理）)
    r"\s*(?:[)）]|$|(?<=会议上))",
    re.S | re.M,
)
# A copy that lost the date's 月, or its 年 too (——2025416日在…会议上, ──2021年310日在…): the
# digits are split where only one split makes a month and a day (4-16; not 111, which may be 1-11
# or 11-1)
_GLUED_DATE = re.compile(
    rf"(?:[（(]|{_DASH})\s*(?P<year>(?:19|20)\d{{2}})\s*年?\s*(?P<digits>\d{{2,4}})\s*日\s*"
    r"在\s*(?P<meeting>[^()（）\n]{2,60}?(?:\n\s*[^()（）\n]{1,60}?)?)\s*上"
)


class _Found(dict):
    """A date read in parts, answering as a match of _DATE does: its groups and its end."""

    def __init__(self, groups, end):
        super().__init__(groups)
        self._end = end

    def end(self):
        return self._end


def _glued_date(head, title_end):
    match = _GLUED_DATE.search(head, title_end)
    if match is None:
        return None
    digits = match["digits"]
    splits = [
        (digits[:cut], digits[cut:]) for cut in (1, 2) if _is_month_day(digits[:cut], digits[cut:])
    ]
    if len(splits) != 1:
        return None
    ((month, day),) = splits
    groups = {"year": match["year"], "month": month, "day": day, "meeting": match["meeting"]}
    return _Found(groups, match.end())


def _is_month_day(month, day):
    # a day written 05 only after a month written 04: both padded, or neither
    padded = len(month) == 2 and len(day) == 2
    return (
        day != ""
        and 1 <= int(month) <= 12
        and 1 <= int(day) <= 31
        and len(day) <= 2
        and (padded or not (month.startswith("0") or day.startswith("0")))
    )


_ISSUER = (  # a body or a brief's issue
    r"(?:[^\s：:，,。]{2,30}?(?:[局队室府委厅处科]|中心)(?:编印?|编发|印发|主办)?"
    r"|(?:(?:19|20)\d{2}\s*年\s*)?第\s*\d{1,4}\s*期(?:\s*[（(]\s*总第\s*\d{1,5}\s*期\s*[)）])?)"
)
# The date on a line of its own under the title, unbracketed, its meeting maybe on the next line
_DATE_LINE = re.compile(
    # (2020年5月9日在四川省…会议上); a copy may open it with its marks of quotes (;;;;2020年6月23日
    # 在…), break its meeting over lines, or set it after the title on its line, parted by a run
    # of spaces (a web page's posting date so set is no delivery); or after the body or the
    # issue issuing it, opening the line (攸县人民政府办公室　　2014年2月20日, 某某市人民政府办公室编
    # 2023年5月12日, 2015年第18期（总第236期）　2015年9月10日; not 来源：市政府办公室 2024年5月10日)
    rf"(?:^(?:[ \t\u3000]*{_ISSUER}[ \t\u3000]+)?"
    r"|(?<=[ \t\u3000]{3})(?=[^\n，,。]{6,14}?日[ \t\u3000]*在))"
    r"[ \t\u3000;；“”\"]*"
    r"(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月(?:\s*(?P<day>\d{1,2})\s*日)?"
    r"[ \t\u3000]*(?:(?<=日)在(?P<meeting>[^，,。\n]{2,60}?(?:\s*\n[^，,。\n]{1,60}?)?)上)?"
    # the line ends there, or after the meeting runs on into the speaker's line (…会议上区长…)
    r"(?:[ \t\u3000]*$|(?<=会议上))",
    re.M,
)
_DATE_LINE_REACH = 300  # how far under the title the date line may be
# …or a masthead's, above the title (某县人民政府办公室　　2019年10月28日⏎⏎前三季度…会议纪要)
_MASTHEAD_DATE = re.compile(
    rf"^[ \t\u3000]*{_ISSUER}[ \t\u3000]+(?P<year>\d{{4}})\s*年\s*(?P<month>\d{{1,2}})\s*月"
    r"(?:\s*(?P<day>\d{1,2})\s*日)?[ \t\u3000]*$(?P<meeting>)",
    re.M,
)
# a press copy's date, its year perhaps left out (8月3日)
_MONTH_DAY = r"(?:(?P<year>\d{4})\s*年\s*)?(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"
# A press copy's lead instead: 2017年4月22日，湖州市第八届人民代表大会第一次会议开幕.
# The lead may leave the year out (8月3日上午，…县第十六届人民代表大会第七次会议…开幕), and name
# the congress short (4月20日，县十五届人大一次会议…开幕); or the meeting closing days after the
# report was given (3月27日上午，…第十九届人民代表大会第四次会议…落下帷幕), in the same month or so;
# or the press conference its figures were given at (8月28日，…市新闻发布会在兰州召开).
# …or the party's plenary or economic work conference, or the government's 务虚会, whose report
# reviews the year and plans the next (12月18日至19日，中共江西省委十二届七次全体（扩大）会议…召开)
_CONGRESS = r"(?:人民代表大会|人大)[^，,。\n]{0,12}?会议"
_MEETING = rf"{_CONGRESS}|新闻发布会|全[体委][^，,。\n]{{0,6}}?会议|全会|经济工作会议|务虚会"
_NEWS_DATE = re.compile(
    rf"{_MONTH_DAY}[^，,。\n]{{0,6}}[，,]?\s*"
    rf"(?P<meeting>[^，,。\n]{{0,30}}?(?:{_MEETING}))"
    r"[^，,。\n]{0,20}?"
    r"(?:开幕|召开|举行|闭幕|落下帷幕)"
)
# Or the verb first: 5月21日，禄劝彝族苗族自治县召开全县第十七届人民代表大会第四次会议, or
# 9月12日上午，泉州市人民政府新闻办公室举行…系列新闻发布会
_NEWS_DATE_VERB_FIRST = re.compile(
    rf"{_MONTH_DAY}[^，,。\n]{{0,6}}[，,]?\s*"
    r"[^，,。\n]{0,20}?(?:召开|举行)(?!\s*的)\s*"
    rf"(?P<meeting>[^，,。\n]{{0,20}}?(?:{_MEETING}))"
)
# Or the meeting first, its day after it: …推迟召开的利川市第九届人民代表大会第五次会议，5月18日上午在
# 市民族文化艺术中心开幕
_NEWS_DATE_MEETING_FIRST = re.compile(
    rf"(?P<meeting>[^，,。\n（）()]{{0,30}}?{_CONGRESS})[，,]\s*"
    rf"{_MONTH_DAY}[^，,。\n]{{0,20}}?(?:开幕|召开|举行|闭幕)"
)
# Or open the copy with the meeting the report was delivered at: 5月14日上午举行的…会议上
_OPENING_DATE = re.compile(
    rf"\s*{_MONTH_DAY}"
    r"[^，,。\n]{0,4}?(?:举行|召开)的\s*(?P<meeting>[^，,。\n]{0,30}?人民代表大会[^，,。\n]{0,12}?会议)"
    r"\s*上"
)
# Or open with the plan's release (5月12日，深圳市宝安区发展和改革局发布《宝安区2025年…计划》): like a
# page's posting line below, soon after the meeting approved it
_RELEASE_DATE = re.compile(
    rf"\s*{_MONTH_DAY}[，,]\s*"
    r"[^，,。\n《]{2,30}?(?:发布|公布|印发)了?\s*《(?P<meeting>)"
)
_NEWS_LEAD = 600  # how far into the text a press copy's lead may be
# Or a wire's date line opening the item (中新网衡水4月7日电, 新华社重庆1月26日电): the day of the
# meeting it reports
_WIRE_DATE = re.compile(rf"^[^\n，。,]{{0,24}}?{_MONTH_DAY}\s*电(?P<meeting>)", re.M)
# Else a web page's posting line under its title (2013-12-26 15:25, 日期：2019-02-22 来源：…): a
# copy posted on the day of the meeting or soon after. One posted years later (公文搜
# 2021-07-23) dates after the year planned, and is then set aside.
_POSTED = re.compile(
    r"^[^\n，。,]{0,24}?(?<!\d)(?P<year>(?:19|20)\d{2})-(?P<month>[01]?\d)-(?P<day>[0-3]?\d)(?!\d)"
    r"(?P<meeting>)",
    re.M,
)
# (or its date in words opening the line, the hour after it: 2012年08月21日15:32　来源：人民网, a
# news site's; not a labelled one, 发布日期：2010年06月30日 11:26, a government site's, months late;
# or a chat's first message, 2016年9月5日 上午09:10, 2017/1/3 08:31, or its day between an export's
# rules, ————— 2024年5月9日 星期四 —————)
_HOUR = r"[ \t\u3000]*+(?:上午|下午|中午|晚上?|早上)?\s*+[0-2]?\d[:：][0-5]\d"
_RULED = r"[ \t\u3000]*(?:星期|周)[一二三四五六日天][ \t\u3000]*[—―\-]{3,}[ \t\u3000]*$"
_POSTED_IN_WORDS = re.compile(
    r"^[ \t\u3000]*(?:[—―\-]{3,}[ \t\u3000]*)?(?P<year>(?:19|20)\d{2})\s*年\s*(?P<month>[01]?\d)\s*月"
    rf"\s*(?P<day>[0-3]?\d)\s*日(?:{_HOUR}|{_RULED})(?P<meeting>)",
    re.M,
)
_POSTED_SLASHED = re.compile(
    rf"^[ \t\u3000]*(?P<year>(?:19|20)\d{{2}})/(?P<month>[01]?\d)/(?P<day>[0-3]?\d){_HOUR}(?P<meeting>)",
    re.M,
)
_POSTED_HEAD = 300
# …or a search result's date, opening its snippet (2021年3月30日 - 初步核算…, 2011-1-19 ... 昆山…) or
# closing its address (www.….html - 2013-01-22 - 快照): the day the page it shows was posted
_SNIPPET_DATE = re.compile(
    r"(?:^[ \t\u3000]*|[ \t\u3000]-[ \t\u3000]*)(?P<year>(?:19|20)\d{2})\s*[-年]\s*(?P<month>[01]?\d)"
    r"\s*[-月]\s*(?P<day>[0-3]?\d)\s*日?(?P<meeting>)"
    r"[ \t\u3000]*(?:-|\.{3}|…|·)",
    re.M,
)
# …but a data set's last update, in its page's head (更新时间：2019-07-15, 最近更新时间：2022-02-18
# 16:42:07, 最后更新：2023-04-20, last_modified: 2016-08-25, updated="2019-07-15"), not its first
# release (发布日期：…, 创建日期：…): the day its figures were last written
_UPDATED = re.compile(
    r"(?:(?:最近|最后)(?:更新|修订|修改)(?:时间|日期)?|(?:数据)?(?:更新|修订|修改)(?:时间|日期)"
    r"|last[_ ]?modified|modified|updated?"
    r"(?:_?(?:at|time|date))?)\s*[：:=]\s*[\"']?(?P<year>(?:19|20)\d{2})[-./](?P<month>[01]?\d)"
    r"[-./](?P<day>[0-3]?\d)(?!\d)(?P<meeting>)",
    re.I,
)
_UPDATED_HEAD = 600
# Or a briefing's date, labelled on a line of its own (时间：2013年12月27日（星期五）上午, 【发布时间】
# 2006年1月20日), or a broadcast's (播出时间：2013年12月26日 19:30), or a rating's or a disclosure's
# (评级日期：2017年6月26日, 跟踪评级日期：…, 发布日期：2025年4月), or an application's (填报日期：…,
# 申报时间：…): the day its figures were given;
# not a web page's posting line (发布日期：2010年06月30日 11:26 来源：宣传处 浏览次数：), months after
# the meeting maybe
_LABELLED_DATE = re.compile(
    r"^[ \t\u3000]*[□■◇◆●○·•]?[ \t\u3000]*[【\[]?\s*"  # (a minutes' field marked: □时间：…)
    # (a prospectus's signing, not an agreement's: 募集说明书签署日期：2013年4月16日, 签署日期：…)
    r"(?:(?:(?:募集)?说明书|报告书)签署|签署(?=\s*日\s*期)"
    r"|发布|召开|举行|(?:跟踪)?评级|报告|出具|披露|播出|直播|首播|录制|[填申上]报|报送|填表|提交)?"
    r"\s*(?:时\s*间|日\s*期)\s*[】\]：:]"
    r"\s*(?P<meeting>)(?P<year>(?:19|20)\d{2})\s*年\s*(?P<month>\d{1,2})\s*月(?:\s*(?P<day>\d{1,2})\s*日)?+"
    # (not a deadline, 时间：2024年12月底前, 申报时间：2024年5月31日前, nor a window, …至4月30日)
    r"(?!\s*(?:底|初|[上中下]旬|前|以前|之前|至|到|[—－~～-]))"
    r"(?=[^\n：]{0,20}$)(?![^\n]*(?:来源|浏览|作者|编辑|字体|字号))",
    re.M,
)


# Or a compiler's date in brackets closing a line of the head (（宜宾市投资促进局 2022年8月编印）,
# 县情简介（2012年8月修订）, （2019年6月修订稿）, （2021年7月版　…接待专用）), or the venue's after it (（2017年6月　某某市规划
# 展览馆）): when the text was written; not a document's cited after its title (《…》（2021年2月…）)
_COMPILED = (
    r"(?<!》)[（(][^()（）\n]{0,24}?(?P<year>(?:19|20)\d{2})\s*年\s*(?P<month>\d{1,2})\s*月"
    r"(?:\s*(?P<day>\d{1,2})\s*日)?\s*(?:编印|编制|编|印发|修订|更新|发布|定稿)?[稿版]?"
    # (a broadcast's hour: （2005年12月20日晚19:35 某某电视台…）)
    rf"(?:{_HOUR})?"
    # (the venue or note no second date, no span (（统计时段：2023年1月　至　2023年11月）), no web
    # page's posting line (（2024年8月2日10:15 来源：…）): a copy posted late)
    r"(?:[ \t\u3000]+(?![^()（）\n]*?(?:\d\s*[年月]|至|[—－~～]|来源|浏览|编辑|作者))"
    r"[^()（）\n，,。；;%％]{2,30})?"
    r"\s*[)）](?P<meeting>)"
)
_COMPILED_DATE = re.compile(rf"{_COMPILED}[ \t\u3000]*$", re.M)


# Else a newspaper's own date line under a repost's (辽宁日报2013年3月22日): the day the paper
# printed it, before the page that reposts it months later; its page may follow, and the
# reporter's byline (南方日报　2024年3月7日　A06版　　南方日报记者　某某, 某某日报　2014年7月14日　本报记者),
# or its weekday, and its page's column (赣南日报  2004年12月28日  星期二  第1版, 湖北日报 2009年5月
# 21日 第5版：人物, 福建日报 2018年9月12日 第1版：改革开放40周年)
_PAPER_DATE = re.compile(
    # (the paper's name may be in title marks, its date and page in brackets: 《人民日报》（2015年08月
    # 12日　07版）)
    r"^[ \t\u3000]*《?[^\s\d，。,《》]{1,8}?(?:日报|晚报|时报|报)》?[ \t\u3000]*[（(]?(?P<meeting>)"
    r"(?P<year>(?:19|20)\d{2})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"
    r"(?:[ \t\u3000]*+(?:星期|周)[一二三四五六日天])?"
    r"(?:[ \t\u3000]*+(?:第\s*)?[A-Z]?\d{1,3}\s*版(?:[ \t\u3000：:][^\n]{0,40})?"
    r"|[ \t\u3000][^\d\n]{0,40})?[)）]?[ \t\u3000]*$",
    re.M,
)


# A notice issuing the plan the congress approved (关于印发…计划的通知) is dated when it was
# issued, weeks or months after the meeting: its date says nothing of when the report was given.
_ISSUES = r"^[^\n，。]{0,30}?(?:印发|下达)"  # a notice's title, up to its verb
_ISSUING_NOTICE = re.compile(rf"{_ISSUES}[^\n，。]{{2,60}}?的?通知[ \t\u3000]*$", re.M)
_NOTICE_HEAD = 200
# the year of the plan a notice issues, named in its title (关于印发《某区2022年稳增长攻坚行动计划》的
# 通知, 关于下达2023年…计划的通知)
_ISSUED_PLAN = re.compile(
    rf"{_ISSUES}[^\n，。\d]{{0,20}}?((?:19|20)\d{{2}})\s*年"
    r"[^\n，。年]{0,30}?(?:计划|方案|要点)[^\n，。]{0,10}?的?通知[ \t\u3000]*$",
    re.M,
)


def issued_plan_year(head):
    """The year of the plan a notice at the text's head issues, or None."""
    issued = _ISSUED_PLAN.search(head, 0, _NOTICE_HEAD)
    return int(issued[1]) if issued else None


# Else, at the text's end, the date a communiqué or a notice closes on, on a line of its own under
# the body that signs it (佳木斯市统计局⏎2015年3月31日; 二〇〇九年四月八日): the day its figures
# were published
# (a letter's may be followed by its contacts and copies: ⏎（联系人：…）⏎抄送：…; its day may stay in
# Chinese numerals: 2008年9月十日)
_TRAILER = (
    r"(?:\n[ \t\u3000]*(?:[（(]?\s*(?:联\s*系\s*人|联系电话|电\s*话|抄\s*送|抄\s*报|主\s*题\s*词"
    r"|印\s*发|领导署名)[^\n]{0,80}"
    r"|[^\n]{0,40}?\d\s*日\s*印\s*发[ \t\u3000]*)?)*"  # (its printing line: …办公室　2005年5月18日印发)
)
_CLOSING_DATE = re.compile(
    r"(?:^|\n)[ \t\u3000]*(?:(?P<year>(?:19|20)\d{2})\s*年\s*(?P<month>\d{1,2})\s*月"
    r"(?:\s*(?P<day>\d{1,2})\s*日|\s*[一二三]?十?[一二三四五六七八九十]\s*日)?"
    rf"|{_COMPILED.replace('?P<', '?P<b_')}){_TRAILER}\s*\Z"
)
CLOSING_REACH = 300  # how much of the text's end is read for it
# …or a web page's last edit, closing it (最近更新：2018-09-03　编辑次数：56, 最近更新：某某小编
# （2021-04-15）, 本词条最后修订于2008年5月20日): the day its figures were last written
_LAST_EDITED = re.compile(
    r"(?:最近|最后)\s*(?:更新|修订|修改|编辑)(?:时间|日期)?\s*(?:于|[：:])[^\n\d]{0,16}?"
    r"(?P<year>(?:19|20)\d{2})\s*[-./年]\s*(?P<month>\d{1,2})(?:\s*[-./月]\s*(?P<day>\d{1,2}))?"
)


# …or a book's publication, closing an entry taken from it (《某某年鉴》编纂委员会编，某出版社，2008年
# 10月出版): its figures were final by then
_PUBLISHED = re.compile(
    r"(?P<year>(?:19|20)\d{2})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?:第\s*\d+\s*版|出版)"
)


def _last_edit(tail):
    """The year, month and day (b_ groups none) of the page's last edit line, or of the book's
    publication, in `tail`; or None."""
    edits = list(_LAST_EDITED.finditer(tail)) or list(_PUBLISHED.finditer(tail))
    return {"day": None, **edits[-1].groupdict(), "b_day": None} if edits else None


def closing_date(tail, head):
    """The date (2015-03-31) `tail`, the text's end as read, closes on, or ""; none for a notice
    issuing a plan, whose date says nothing of when the plan's figures were given."""
    date = _CLOSING_DATE.search(tail) or _last_edit(tail)
    if date is None or _ISSUING_NOTICE.search(head, 0, _NOTICE_HEAD):
        return ""
    year, month, day = (date[part] or date[f"b_{part}"] for part in ("year", "month", "day"))
    return "-".join([year, f"{int(month):02d}"] + ([f"{int(day):02d}"] if day else []))


def date_match(head, title_end):
    """The match of the report's date in `head`, its groups year (None when left out), month,
    day and meeting; or None."""
    if _ISSUING_NOTICE.search(head, 0, _NOTICE_HEAD):
        # the report's own date line, bracketed or on a line of its own, if kept
        lines = (
            *_DATE.finditer(head, title_end),
            *_DATE_LINE.finditer(head, title_end, title_end + _DATE_LINE_REACH),
        )
        at_meeting = min(
            (date for date in lines if date["meeting"]), key=lambda date: date.start(), default=None
        )
        return at_meeting or notice_date(head, [date for date in lines if date.re is _DATE_LINE])
    return (
        _bracketed_date(head, title_end)
        or _glued_date(head, title_end)
        or _DATE_LINE.search(head, title_end, title_end + _DATE_LINE_REACH)
        or _NEWS_DATE.search(head, 0, _NEWS_LEAD)
        or _OPENING_DATE.match(head)
        or _NEWS_DATE_VERB_FIRST.search(head, 0, _NEWS_LEAD)
        or _NEWS_DATE_MEETING_FIRST.search(head, 0, _NEWS_LEAD)
        or _RELEASE_DATE.match(head)
        or _WIRE_DATE.search(head, 0, _POSTED_HEAD)
        or _PAPER_DATE.search(head, 0, _POSTED_HEAD)
        or _LABELLED_DATE.search(head, 0, _POSTED_HEAD)
        or _COMPILED_DATE.search(head, 0, _POSTED_HEAD)
        or _UPDATED.search(head, 0, _UPDATED_HEAD)
        or _POSTED.search(head, 0, _POSTED_HEAD)
        or _POSTED_IN_WORDS.search(head, 0, _POSTED_HEAD)
        or _POSTED_SLASHED.search(head, 0, _POSTED_HEAD)
        or _SNIPPET_DATE.search(head, 0, _POSTED_HEAD)
        or _MASTHEAD_DATE.search(head, 0, title_end)
    )


_LATE_MONTH = 7  # congresses meet in the first half of the year; a mid-year report says it is one
_REPORT_TITLE = re.compile(r"政府工作报告|计划执行情况|计划草案")


def posted_late(date, plan_year, title):
    """Whether `date` is the posting line of a page titled as a report, in the second half of the
    year planned: months after the congress it was given at (黄石's work report on 2009, 发布日期
    2010-11-27). A news item's posting line is its own date."""
    return bool(
        date is not None
        and getattr(date, "re", None) in (_POSTED, _POSTED_IN_WORDS, _POSTED_SLASHED)
        and _REPORT_TITLE.search(title)
        and plan_year
        and int(date["year"]) == plan_year
        and int(date["month"]) >= _LATE_MONTH
    )


# how far under the title a bracketed date dates the text: further on, one dates what the body
# cites (…政府工作报告（2023年1月）)
_BRACKETED_REACH = 600


def _bracketed_date(head, title_end):
    """The first bracketed or dashed date soon after the title that names a month or a meeting: a
    bare year so written is a period's end (（2021—2030年）), no date."""
    return next(
        (
            date
            for date in _DATE.finditer(head, title_end, title_end + _BRACKETED_REACH)
            if date["month"] or date["meeting"]
        ),
        None,
    )


def dated(date_text, review_year, plan_year, report_year):
    """A yearless date (-08-03) with its year: that of the plan, or, in the last quarter, that of
    the year reviewed (a district's plan report is often delivered in December)."""
    review = review_year or (plan_year - 1 if plan_year else report_year)
    if review is None:
        return ""
    return f"{review if int(date_text[1:3]) >= 10 else review + 1}{date_text}"


def years_of_delivery(date_text):
    """(review, plan) years of a report that names neither, from when it was delivered: a
    government work report of January 2024 looks back on 2023 and plans 2024; one delivered
    in the last quarter looks back on its own year."""
    year, month = int(date_text[:4]), int(date_text[5:7] or 1)
    return (year, year + 1) if month >= 10 else (year - 1, year)
