"""A spoken transcript's asides inside a sentence, read as spaces so that the sentence reads on:
an aside between dashes (进出口总额——我看一下——56.1亿美元; 900.6亿元——应该说900亿元这个坎我们是
刚刚跨过去——按可比价格计算增长14.8%, where it ends the figure's clause as a comma would) and a
pause before a figure (保持在……4.2%). A dash opening a
line (——2024年1月…在…会议上, ——地区生产总值增长7%) is no aside. The text keeps its length."""

import re

# an aside opening inside a line, closing on it within a breath
_DASHED_ASIDE = re.compile(
    r"(?<=[\u4e00-\u9fff\d%％])[—―]{2}[^—―\n。；;]{1,40}?[—―]{2}(?=[\u4e00-\u9fff\d])"
)
_PAUSE = re.compile(r"(?<=[\u4e00-\u9fff])(?:…{1,2}|\.{3,6})(?=\s*\d)")


_AFTER_A_FIGURE = re.compile(r"[\d%％元吨人户家]")
# a change stated between the dashes: a written list of figures set off (主要指标——地区生产总值增长
# 5.8%，…——好于预期), not a speaker's aside
_CHANGE_STATED = re.compile(r"(?:增长|下降|增速|增幅|降幅)[ \t]*+(?:为|了)?[ \t]*+\d")


def _as_spaces(match):
    return " " * len(match[0])


def _aside_read(match):
    """An aside as spaces; one after a figure as a comma and spaces, the clause it ends; not
    dashes setting off the changes of a list."""
    if _CHANGE_STATED.search(match[0]):
        return match[0]
    before = match.string[match.start() - 1]
    return ("，" if _AFTER_A_FIGURE.match(before) else " ") + " " * (len(match[0]) - 1)


def spoken_asides_as_spaces(text):
    """`text` with a transcript's asides and pauses inside its sentences read as spaces, of the
    same length."""
    if "—" not in text and "―" not in text and "…" not in text and "..." not in text:
        return text
    return _PAUSE.sub(_as_spaces, _DASHED_ASIDE.sub(_aside_read, text))
