"""Local gazetteers, yearbooks and the central bank's yearly reports on a province's finance: books
compiled after the years they record, whose figures of those years are therefore the final
statistics, whatever date the analyst enters."""

import re

from reports.extraction.titles import squeezed

# a gazetteer's title with the span it records (寿光市志（1986—2005）, 某省志·综合经济志（1978—2012）)
_GAZETTEER = re.compile(
    r"^[ \t\u3000《]*[\u4e00-\u9fff·]{1,24}志[》]?[ \t\u3000]*[（(][ \t\u3000]*(?:19|20)\d{2}"
    r"[ \t\u3000]*[—–－~～-]{1,2}[ \t\u3000]*(?P<end>(?:19|20)\d{2})[ \t\u3000]*[)）]",
    re.M,
)
# a yearbook's title with its edition (某某年鉴（2021）, 《某某年鉴2012》): the year before's book;
# so a central bank branch's yearly report on a province's finance (某某省金融运行报告（2012）),
# issued in the summer after the year it reports
_YEARBOOK = re.compile(
    r"^[ \t\u3000《]*[\u4e00-\u9fff]{2,12}(?:年鉴|金融运行报告)[ \t\u3000]*[（(]?[ \t\u3000]*"
    r"(?P<edition>(?:19|20)\d{2})",
    re.M,
)
# a yearbook's overview: its section heading on the first line (综　　述, 特　　载) over entries
# under black-bracket heads (【概况】昆明市是…, 【县情】…)
_OVERVIEW_HEADING = ("综述", "特载")
_ENTRY = re.compile(r"^[ \t\u3000]*【[\u4e00-\u9fff]{2,6}】[ \t\u3000]*[\u4e00-\u9fff\d]", re.M)


def compiled_later(head, review_year):
    """Whether `head`, a text's head, opens a gazetteer recording years up to the one reviewed,
    a yearbook or a financial report of a later edition, or a yearbook's overview."""
    if not review_year:
        return False
    if any(int(match["end"]) <= review_year for match in _GAZETTEER.finditer(head)):
        return True
    if any(int(match["edition"]) > review_year for match in _YEARBOOK.finditer(head)):
        return True
    first = next((line for line in head.splitlines() if line.strip()), "")
    return squeezed(first) in _OVERVIEW_HEADING and bool(_ENTRY.search(head))
