"""The ornaments an infographic's copy (一图读懂, 数说, 图说) sets its lines with: an emoji or a
block opening a heading or an item (📌 经济总量, ▍2019年计划安排, 🍊 2021年 经济发展) read as the
square mark (■) the rules know to open one; the same marks elsewhere on a line (一起看图👇,
🍊🍊🍊), and the joiners and selectors of an emoji's sequence, read as spaces; and a pointer between
a name and its figure (地区生产总值 ▶ 155.8亿元) read as the colon a list sets there. A checklist's
marks (√ ✔ ✘) and the bullets and arrows the rules read already (● ◆ ■ ▲ ★ ↑) stay. The text
keeps its length."""

import re

# pictographs and emoji; dingbats and the symbols beside them; block elements (▍ ▌ █); the shapes
# no rule reads (▪ ◉ ◈ ◘), less the bullets, checklist marks and stars the rules know
_KNOWN = "●○◆◇■□▲△▼▽▶►★☆√×✓✗✔✘⬆⬇"
_ORNAMENT = r"\U0001F000-\U0001FAFF\u2600-\u27BF\u2580-\u259F\u25A0-\u25FF\u2B00-\u2BFF\uFE0F\u200D"
_ORNAMENTS = re.compile(rf"(?:(?![{_KNOWN}])[{_ORNAMENT}])+")
_LINE_OPENING = re.compile(rf"^[ \t\u3000]*(?:(?![{_KNOWN}])[{_ORNAMENT}])", re.M)
# a pointer, spaced or not, between words and a figure or a word of one (增长, 下降, 同比)
_POINTER = re.compile(r"(?<=[^\s\d])([ \t\u3000]*)[▶►▸➤➜➔➡→⇒☞](?=[ \t\u3000]*[\d增下同比约达])")


def ornaments_as_marks(text):
    """`text` with an infographic's ornaments read as the marks and spaces the rules know, of the
    same length."""
    text = _POINTER.sub(lambda match: match[1] + "：", text)
    openings = {match.end() - 1 for match in _LINE_OPENING.finditer(text)}
    return _ORNAMENTS.sub(lambda match: _read(match, openings), text)


def _read(match, openings):
    length = len(match[0])
    return "■" + " " * (length - 1) if match.start() in openings else " " * length
