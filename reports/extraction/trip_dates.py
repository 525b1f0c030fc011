"""The dates of a study trip or a field survey an undated report tells of as it opens (2018年5月27日
至6月1日，…赴浙江省、上海市学习考察): the report was written after them, so its results of the
year before are final from April on, as a dated report's are."""

import re

_TRIP = re.compile(
    r"(?P<year>(?:19|20)\d{2})\s*年\s*(?P<month>\d{1,2})\s*月(?:\s*(?P<day>\d{1,2})\s*日)?"
    r"(?:\s*(?:至|到|[—－~-])\s*(?:(?P<end_month>\d{1,2})\s*月\s*)?(?P<end_day>\d{1,2})\s*日)?"
    r"[^。\n]{0,80}?(?:赴|前往|深入)[^。\n]{1,60}?(?:考察|调研|学习|走访)"
)
_OPENING = 600  # how far into the body the trip may be told


def trip_date(head, body_start):
    """The last day (2018-06-01) of the trip the body of `head` opens on, or ""."""
    trip = _TRIP.search(head, body_start, body_start + _OPENING)
    if trip is None:
        return ""
    month, day = trip["end_month"] or trip["month"], trip["end_day"] or trip["day"]
    return "-".join([trip["year"], f"{int(month):02d}"] + ([f"{int(day):02d}"] if day else []))
