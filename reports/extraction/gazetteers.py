"""Local gazetteers, yearbooks and the central bank's yearly reports on a province's finance: books
compiled after the years they record, whose figures of those years are therefore the final
statistics, whatever date the analyst enters. Only the text's title lines tell (a line of the
body naming a gazetteer, 《青禾县志（2011—2020）》编纂工作全面完成, tells nothing)."""

import re

from reports.extraction.titles import squeezed

_TITLE_LINES = 3  # the text's first lines, the title's and its issuer's
# a gazetteer's title alone with the span it records (寿光市志（1986—2005）, 某省志·综合经济志
# （1978—2012）): a place's (省志, 县志…), not a word ending in 志 (城市标志, 志愿者)
_GAZETTEER = re.compile(
    r"[《]?[\u4e00-\u9fff]{1,16}(?:[省市县区旗州盟镇乡]志|志·[\u4e00-\u9fff]{1,10}志)[》]?"
    r"[（(](?:19|20)\d{2}[—–－~～-]{1,2}(?P<end>(?:19|20)\d{2})年?[)）][》]?"
)
# a yearbook's title alone with its edition (某某年鉴（2021）, 《某某年鉴2012》): the year before's
# book; so a central bank branch's yearly report on a province's finance (某某省金融运行报告（2012）),
# issued in the summer after the year it reports
_EDITION = re.compile(
    r"[《]?[\u4e00-\u9fff]{2,12}(?:年鉴|金融运行报告)[》]?[（(·・]?(?P<edition>(?:19|20)\d{2})年?[)）]?[》]?"
)
# a yearbook's overview: its section heading on the first line (综　　述, 特　　载) over entries
# under black-bracket heads, the place's own among them (【概况】昆明市是…, 【县情】…)
_OVERVIEW_HEADING = ("综述", "特载")
_PLACES_ENTRY = re.compile(r"^[ \t\u3000]*【(?:概况|[省市县区旗州盟]情)】", re.M)


def compiled_later(head, review_year):
    """Whether `head`, a text's head, opens on the title of a gazetteer recording years up to the
    one reviewed, of a yearbook or a financial report of a later edition, or on a yearbook's
    overview."""
    if not review_year:
        return False
    titles = [squeezed(line) for line in head.splitlines() if line.strip()][:_TITLE_LINES]
    for title in titles:
        if (gazetteer := _GAZETTEER.fullmatch(title)) and int(gazetteer["end"]) <= review_year:
            return True
        if (yearbook := _EDITION.fullmatch(title)) and int(yearbook["edition"]) > review_year:
            return True
    overview = titles[:1] and titles[0] in _OVERVIEW_HEADING
    return bool(overview) and bool(_PLACES_ENTRY.search(head))
