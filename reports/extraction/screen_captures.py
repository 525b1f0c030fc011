"""Text a phone's screenshots were read into (长截图, 截图识别): each screen opens on the phone's
status bar (20:31 4G 87%, 22:40 中国移动 3G 58%, 21:46), perhaps the app's bar under it (< 北仑发布,
返回 邯郸微政务, the article's title cut short: 2018年计划执行情况和2019年计划...), and repeats the
lines the screen before ended on where the two overlap. Bars and repeated lines read as spaces, so
a sentence or a table cut by a screen's edge reads as one, its figures once."""

import re

# a status bar: the time, then signal, network and battery marks or a carrier's name, no words
_STATUS_BAR = re.compile(
    r"[ \t\u3000]*[0-2]?\d[:：][0-5]\d(?:[ \t\u3000]+(?:中国(?:移动|联通|电信))?"
    r"[^\n\u4e00-\u9fff]{0,30})?[ \t\u3000]*"
)
# an app's bar under it: its back mark or word, or a title cut short
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
        while after < len(lines) and after - bar <= _MOST_BAR_LINES:
            if not _APP_BAR.fullmatch(lines[after]):
                break
            after += 1
        blank.update(range(bar, after))
        blank.update(_repeated(lines, bar, after))
    return "\n".join(" " * len(line) if n in blank else line for n, line in enumerate(lines))


def _repeated(lines, bar, after):
    """The lines from `after` that repeat, in order, the lines just before the status bar at
    `bar` (the overlap of two screens), the most there are."""
    before = [n for n in range(max(bar - _MOST_OVERLAP, 0), bar) if lines[n].strip()]
    for size in range(min(len(before), _MOST_OVERLAP, len(lines) - after), 0, -1):
        shown = [lines[n].strip() for n in before[-size:]]
        if shown == [line.strip() for line in lines[after : after + size]]:
            return range(after, after + size)
    return range(0)
