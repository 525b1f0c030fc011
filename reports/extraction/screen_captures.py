"""Text a phone's screenshots were read into (长截图, 截图识别): each screen opens on the phone's
status bar (20:31 4G 87%, 22:40 中国移动 3G 58%), perhaps the app's bar under it (< 北仑发布, 返回
邯郸微政务, the article's title cut short: 2018年计划执行情况和2019年计划...), and repeats the lines
the screen before ended on where the two overlap. Bars and repeated lines read as spaces, so a
sentence or a table cut by a screen's edge reads as one, its figures once."""

import re

from reports.extraction.parts_of_year import FIGURE

# a status bar: the time, then a network's or the battery's mark or a carrier's name among signal
# marks, no words (not a time alone, 10:02, nor a span, 14:00 - 16:00: a transcript's, a schedule's)
# (an icon may be read as a character standing alone, 20:31 令 4G 87, or a digit ringed, ⑤G)
_MARKS = r"(?:[^\n\u4e00-\u9fff]|(?<=\s)[\u4e00-\u9fff](?=\s))"
_STATUS_BAR = re.compile(
    rf"[ \t\u3000]*[0-2]?\d[:：][0-5]\d[ \t\u3000]+{_MARKS}{{0,20}}?"
    rf"(?:[2-5②-⑤]G|LTE|Wi-?Fi|WIFI|HD|(?<![\d.])\d{{1,3}}\s*%|中国(?:移动|联通|电信)){_MARKS}{{0,20}}"
)
# an app's bar under it: its back mark or word, or a title cut short, holding no figure
_APP_BAR = re.compile(
    r"[ \t\u3000]*(?:[<〈‹く]|返回)[^\n]{0,30}|[^\n]{4,30}?(?:\.{3}|…{1,2}|···)[ \t\u3000]*"
)
_FEWEST_SCREENS = 2  # status bars a text holds, at least, to be read as screenshots
_MOST_BAR_LINES = 3  # lines of an app's bar under a status bar
_MOST_OVERLAP = 12  # lines two screens may share


def screens_as_spaces(text):
    """`text` with its screens' bars and the lines a screen repeats from the one before read as
    spaces, of the same length; as it was when it holds fewer than two status bars."""
    lines = text.split("\n")
    bars = [n for n, line in enumerate(lines) if _STATUS_BAR.fullmatch(line)]
    if len(bars) < _FEWEST_SCREENS:
        return text
    blank = set()
    for bar in bars:
        after = bar + 1
        while after < len(lines) and after - bar <= _MOST_BAR_LINES and _app_bar(lines[after]):
            after += 1
        blank.update(range(bar, after))
        blank.update(_repeated(lines, bar, after))
    return "\n".join(" " * len(line) if n in blank else line for n, line in enumerate(lines))


def _app_bar(line):
    return bool(_APP_BAR.fullmatch(line)) and not FIGURE.search(line)


def _repeated(lines, bar, after):
    """The lines from `after` that repeat, in order, the lines just before the status bar at
    `bar` (the overlap of two screens), the most there are; blank lines passed over on both
    sides."""
    before = _written(lines, range(bar - 1, max(bar - _MOST_OVERLAP * 2, 0) - 1, -1))[::-1]
    following = _written(lines, range(after, min(after + _MOST_OVERLAP * 2, len(lines))))
    for size in range(min(len(before), len(following)), 0, -1):
        shown = [lines[n].strip() for n in before[-size:]]
        if shown == [lines[n].strip() for n in following[:size]]:
            return following[:size]
    return []


def _written(lines, numbers):
    """The first _MOST_OVERLAP of `numbers` whose lines are not blank."""
    return [n for n in numbers if lines[n].strip()][:_MOST_OVERLAP]
