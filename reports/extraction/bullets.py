"""Items a copy ran together on one line, each opened by a bullet (…退出劣V类●全省优良天数比例达到
71.9%●全省城镇化率…): each bullet after words is read as the line break it stands for, the text
keeping its length, so that the year one item names is not carried into the next."""

import re

_RUN_ON_BULLET = re.compile(r"(?<=\S)[●◆■▲★]")
# an item a bullet opens on a line of its own (⏎●规模以上工业增加值…) is a clause of its own
# (bullets a word processor pastes: Ø ➢ ◎ √ -; numbered items: （1）, 1.)
BULLET_LINE = re.compile(
    r"\n[ \t\u3000]*(?:[·•●○◆◇■□▲△▶►★☆Ø➢◎√\-]|[（(]\d{1,2}[)）]|\d{1,2}[.．、](?!\d))"
)


def bullets_as_breaks(text):
    """`text` with each bullet that follows words on its line read as a line break."""
    return _RUN_ON_BULLET.sub("\n", text)
