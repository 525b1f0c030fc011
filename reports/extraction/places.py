"""Places named before an indicator's name, which leave the name whole: 汕头市地区生产总值,
二七区生产总值, 2023年广东地区生产总值, and the report's own place by its short name (荔城地区生产
总值 in a report of 荔城区)."""

import re
from functools import lru_cache

# A place's name may open a clause before an indicator's (汕头市地区生产总值增长 6.5%, 福建省一般
# 公共预算收入): two to four characters and 省, 市 or 县, right after a clause boundary or 来源于
# (来源于湛江市财政总收入: the revenue raised in the place). A district or banner (二七区生产总值,
# 准格尔旗) likewise, unless its name is one of the parts of a place that open clauses too (工业园区,
# 开发区, 经开区, 新区, 城区, 示范区 …).
# A province is often named without 省 or 市 (2023年广东地区生产总值): its short name, after a
# year or anything but a Chinese character.
PROVINCES = (
    "北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 "
    "湖南 广东 广西 海南 重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆"
).split()
_PARTS_OF_PLACES = (
    "园 新 城 片 景 港 矿 社 辖 郊 市 山 牧 库 老 灾 街 校 厂 湾 开 开发 示范 试验 实验 保税 功能 "
    "集聚 工业 管理 合作 经济 自贸 综保 产业 先行 核心 物流 商务 旅游 风景 度假 "
    "关 "  # a customs district (上海关区进出口商品总额): the trade it clears, no place's own
    # kinds of areas, no place (脱贫地区农村居民人均可支配收入: the income there, not the place's)
    "脱贫地 贫困地 欠发达地 民族地 边境地 边远地"
).split()
_DISTRICT = "".join(f"(?<!{part})" for part in _PARTS_OF_PLACES) + "区"
# a zone's name, never a district's own (经开区, 高新区; 浦东新区 and 鲤城区 are districts)
_ZONE_PARTS = r"(?:开|开发|高新|园|示范|保税|集聚|工业|自贸|综保|产业|经济|合作|试验|实验)区"
_A_ZONE, _ZONE_NAMED = re.compile(_ZONE_PARTS + "$"), re.compile(_ZONE_PARTS)
# kinds of counties, no county (其中脱贫县农村居民人均可支配收入: the income of those counties)
_KINDS_OF_COUNTIES = "脱贫 贫困 帮扶 山区 欠发达 边境 产粮大 试点 示范 重点 老区 摘帽".split()
_COUNTY = "".join(f"(?<!{kind})" for kind in _KINDS_OF_COUNTIES) + "县"
PLACE_LEAD_IN = re.compile(
    rf"(?:[，,；;：:、。\s]|年|预计|其中|来源于)(?:[\u4e00-\u9fff]{{2,4}})?"
    rf"(?:[省市旗]|{_COUNTY}|{_DISTRICT})$"
    rf"|(?:[^\u4e00-\u9fff]|年|预计|其中)(?:{'|'.join(PROVINCES)})$"
)
# A short name (荔城, 湛江) right after a clause boundary or 来源于, which the report's head names in
# full (莆田市荔城区), or the full name it gives: the report's own place.
_BEFORE_SHORT_NAME = re.compile(r"(?:[，,；;：:、。\s]|年|预计|其中|来源于)$")
HEAD = 400  # how far into the report its title and opening name its place
_SUFFIXES = ("区", "市", "县", "旗")
_CHINESE = re.compile(r"[\u4e00-\u9fff]+")


# 县域 (the county's whole area) in a county's own report: the county (县域生产总值 its GDP). In a
# city's or province's it is its counties', no figure of the place.
_COUNTY_AREA = re.compile(r"(?:[，,；;：:、。\s]|年|预计|其中)县域$")
_A_COUNTYS_REPORT = re.compile(r"县(?:人民政府|长|第[一二三四五六七八九十]+届人民代表大会)")


def opens_with_place(text, opening, at=None):
    """Whether `opening`, the words before a name in `text` (ending at `at`), ends in a place's
    name."""
    head = text[:HEAD]
    if PLACE_LEAD_IN.search(opening):
        return not another_place(text, opening)

    if _COUNTY_AREA.search(opening):
        return bool(_A_COUNTYS_REPORT.search(head))
    return any(
        _BEFORE_SHORT_NAME.search(opening, 0, len(opening) - size)
        and (
            any(opening[-size:] + suffix in head for suffix in _SUFFIXES)
            or _full_name_in_head(text, opening, size, at)
        )
        for size in (2, 3, 4)
        if len(opening) > size and _CHINESE.fullmatch(opening, len(opening) - size)
    )


# the report's own place in its head: its name and its level's suffix, before what follows a
# place's name there (人民政府, 第…届人民代表大会, 2023年, 国民经济, 政府工作报告; its party
# committee's plenary, secretary or office: 中共准格尔旗委十三届七次全委会议, 寿光市委书记, 肇东市委
# 副书记、市长, 中共晋江市委办公室; its head's own account: 瑞安市市长2016年度述职报告)
OWN_PLACE = re.compile(
    r"(?:^|[在于\n—\s】，,：:。｜|《！!年])(?:在?中共)?"
    # (not a scope, 全省市长座谈会, nor a sentence's time word, 刚才市委书记、市长对…)
    r"(?![在于]|全[省市县区州旗盟国]|刚才|今天|这次|此次|当前|目前|同时)"
    r"(?P<name>[\u4e00-\u9fff]{1,10}?)"
    r"(?P<level>自治区|自治州|自治县|省|市|州|盟|县|区|旗)"
    # (the first of a joint report's place and zone: 关于青禾市和青禾新区2023年…, the city's)
    rf"(?=[和与及][\u4e00-\u9fff]{{1,10}}?(?:新区|{_ZONE_PARTS})(?:\d{{4}}\s*年|国民经济)"
    r"|人民政府|第[一二三四五六七八九十]+届|\d{4}\s*年|国民经济|政府工作报告|人民代表大会"
    r"|委\s*(?:第?[一二三四五六七八九十]+届|副?书记(?=[\s、，,]|$)|全体|常委|办公室)"
    r"|[省市县区旗州]长)"
)
_LEAD_WORDS = re.compile(r"^(?:[，,；;：:、。\s]|同期|年|预计|其中|来源于)")
_SUFFIX = re.compile(r"(?:省|市|县|区|旗|州|盟)$")
# words of a clause, no place's name: 完成区…, 其中市…, 实现全县…; (设区市城市空气质量…: the cities
# with districts, a kind of place)
_NO_NAME = re.compile(r"完成|实现|预计|累计|其中|达到|确保|力争|争取|全|本|我|各|该|和|及|的|设区")


# a time word between a place and the name (瑞金市去年农村居民…, 南康2023年…)
# (a verb perhaps after it: 瑞金去年实现…, 瑞金今年将力争…)
_TIME_AFTER = re.compile(
    r"(?:去年|今年|上年|前年|全年|当年|同期|\d{4}\s*年)(?:实现|完成|预计|将|力争|要)*$"
)
# a place's short name after a clause boundary or a quotation mark (她介绍，瑞金去年…, “瑞金去年…)
_SHORT_NAME = re.compile(r"(?:[，,；;：:、。\s“\"‘]|其中)(?P<name>[\u4e00-\u9fff]{2,4})$")


def another_place(text, opening):
    """Whether the words before a name (去年南康区…, 同期，江西省…, 2023年江西…, 瑞金去年…) end in a
    place other than the one the report's head names: its figures are that place's. Where the head
    names no place of its own (an excerpt), any may be the report's."""
    before_time = _TIME_AFTER.sub("", opening)
    lead = PLACE_LEAD_IN.search(before_time)
    own = OWN_PLACE.search(text, 0, HEAD)
    if not own:
        return False
    short = not lead and before_time != opening and _SHORT_NAME.search(before_time)
    if not (lead or short):
        return False
    name = short["name"] if short else _SUFFIX.sub("", _LEAD_WORDS.sub("", lead.group()))
    if len(name) < 2 or _NO_NAME.search(name):
        return False  # 全年完成区地方财政收入, 其中市一般预算收入: the place's own tier
    if not short and _parent_of(own, lead.group()[-1], name):
        return True  # 2019年成都市地区生产总值 in the report of 成都市龙泉驿区
    head = text[:HEAD]
    if any(name[-size:] in head for size in range(2, len(name) + 1)):
        return False
    # a short name (瑞金去年…) is a place's when the text names it in full (来自瑞金市的代表)
    return not short or name in _named_in_full(text)


def _parent_of(own, suffix, name):
    """Whether the place `name` with its level's `suffix` opens the full name of the report's own
    (成都市 of 成都市龙泉驿区): the place above it."""
    full = name + suffix
    return own["name"].startswith(full) and len(own["name"]) > len(full)


@lru_cache(maxsize=4)
def _named_in_full(text):
    """The names of two to four characters `text` gives a place's suffix (瑞金 of 来自瑞金市的代表),
    gathered once a text: the text searched for each mention was quadratic."""
    names = set()
    for suffix in re.finditer("[区市县旗]", text):
        at = suffix.start()
        names.update(text[at - size : at] for size in (2, 3, 4) if at >= size)
    return frozenset(names)


def _full_name_in_head(text, opening, size, at):
    """Whether the last `size` characters of `opening` are a full name of three or four the head
    gives before them: the report's own place (鲤城区生产总值 in 鲤城区's report, a district named
    for its town: 城区 its own name's end, not a part of a place; 市区 alone is the urban area)."""
    name = opening[-size:]
    if at is None or size < 3 or name[-1] not in _SUFFIXES:
        return False
    if _A_ZONE.search(name):  # a zone's own report, its head lines naming a zone (平潭综合实验区,
        return bool(_ZONE_NAMED.search(head_lines(text)))  # 某经济技术开发区…: its 经开区)
    return name in text[: min(HEAD, at - size)]


def head_lines(text):
    """The lines of the report's head before its first sentence: its title, date line and
    addressees (a sentence naming a zone is no head)."""
    head = text[:HEAD]
    stop = head.find("。")
    return head if stop < 0 else head[: head.rfind("\n", 0, stop) + 1]


# a new area's own text calls it so, no name before (2020年，新区地区生产总值…; not 天府新区)
_NEW_AREA = re.compile(r"(?:^|[^\u4e00-\u9fff]|[全年月日])新区$")
_TITLE_REACH = 120  # characters the title's two lines (its own and its issuer's) may take
# a title naming a city or county beside the new area (关于青禾市和青禾新区…): theirs jointly
_JOINT_TITLE = re.compile(r"[市县][和与及、]")


def new_area_own(text, words):
    """Whether `words` before a name end on 新区 alone in a new area's own text, as its title or
    issuer names it (青禾新区城市规划展示中心; not 支持青禾新区… in a city's report, nor its part:
    其中，新区…)."""
    if not _NEW_AREA.search(words) or "其中" in words[-6:]:
        return False
    head = text[:_TITLE_REACH]
    second_break = head.find("\n", head.find("\n") + 1)
    title = head[: second_break if second_break > 0 else len(head)]
    return "新区" in title and not _JOINT_TITLE.search(title)
