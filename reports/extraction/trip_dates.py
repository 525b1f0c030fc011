"""A study trip to other places a report is about (怀远县赴浙江长兴、江苏沭阳学习考察情况的报告), as
its title says, and the dates of the trip it tells of as it opens (2018年5月27日至6月1日，…赴浙江
省、上海市学习考察): an undated report on it was written after them, so its results of the year
before are final from April on, as a dated report's are."""

import re

# a trip to learn from places (赴浙江、上海学习考察, 赴厦门市思明区开展学习考察, 赴浙江省长兴县、江苏省
# 沭阳县进行了为期5天的学习考察); not a visit to bring investment (赴深圳考察招商) nor a leader's
# survey (省委书记赴青禾市调研), whose places are the text's own subject or its partners
TRIP = re.compile(
    r"(?:赴|前往)(?P<places>[\u4e00-\u9fff]{2,12}?(?:[、和及与][\u4e00-\u9fff]{2,12}?)*)"
    r"(?:等[地省市县区])?(?:进行了?|开展了?)?(?:为期[\d一二三四五六七八九十]+天的?)?"
    r"(?:对标)?(?:调研)?(?:学习考察|考察学习|学习|考察)(?!\s*(?:招商|洽谈|推介|项目))"
)
OPENING = 600  # how far into the body the trip may be told
_DATES = re.compile(
    r"(?P<year>(?:19|20)\d{2})\s*年\s*(?P<month>\d{1,2})\s*月(?:\s*(?P<day>\d{1,2})\s*日)?"
    r"(?:\s*(?:至|到|[—－~-])\s*(?:(?P<end_month>\d{1,2})\s*月\s*)?(?P<end_day>\d{1,2})\s*日)?"
    r"(?=[^。\n]{0,80}?(?:赴|前往))"
)


def trip_date(head, title, body_start):
    """The last day (2018-06-01) of the trip the body of `head` opens on, in a report on a trip
    its `title` tells of; or ""."""
    if not TRIP.search(title):
        return ""
    trip = _DATES.search(head, body_start, body_start + OPENING)
    if trip is None or not TRIP.search(head, trip.end(), body_start + OPENING):
        return ""
    month, day = trip["end_month"] or trip["month"], trip["end_day"] or trip["day"]
    return "-".join([trip["year"], f"{int(month):02d}"] + ([f"{int(day):02d}"] if day else []))
