"""A draft's tracked changes and editors' notes, as a word processor or an editor exports them
into the text: what was deleted ([删除：增长15%], <del>7.5%</del>, ~~6.5%~~, {-35%-}) and the notes
on it ([批注：…], 〔原稿为2.6亿美元，…〕, 【统计局：此数据待年报核实】, （原稿：预计400亿元左右）) read as
blank, and the marks around what was inserted ([插入：…], <ins>…</ins>, {+…+}) as spaces, so that
the draft reads as its current text. A figure replaced in place (5100万美元→5280万美元, 增长6.8%
【改为：7%左右】) reads as its replacement, and a paragraph given as it was (【原文】…) as blank
beside its revision (【修改为】…). The text keeps its length."""

import re

_FIGURE = r"-?\d+(?:\.\d+)?\s*(?:[%％]|[万亿]?(?:美元|元)|万人|家)?(?:左右|以上|以内)?"
# the brackets a mark stands in ([删除：…], 【修订 删除：“…”】, {删：…}, 〖已删除: …〗, （删除：…）)
_OPEN, _CLOSE = r"[\[【{〖（(]", r"[\]】}〗）)]"
_INSIDE = r"[^\[\]【】{}〖〗（）()\n]"
_DELETED = re.compile(
    rf"{_OPEN}\s*(?:修订\s*)?(?:已?删除|删去?)\s*[：:]{_INSIDE}{{0,120}}{_CLOSE}"
    r"|<del>[^<>\n]{0,120}</del>|<s>[^<>\n]{0,120}</s>"
    r"|~~[^~\n]{1,120}~~|\{-[^{}\n]{0,120}-\}|\[-[^\[\]\n]{0,120}-\]"
    rf"|{_FIGURE}\s*(?:→|->)(?=\s*-?\d)"  # 5100万美元→5280万美元: the old value
    rf"|{_FIGURE}(?=\s*【改为[：:])"  # 增长6.8%【改为：7%左右】
)
# an insertion or a replacement, its marks around its words: [插入：10.8%], <ins>7.8%</ins>,
# {+30%+}, 【改为：7%左右】, {增：185.6亿元}, 【修订 插入：“9.2%”】; or a mark of the old and the new
# words, read as the new (【修订：“66亿元”→“66.2亿元”】)
_INSERTED = re.compile(
    rf"{_OPEN}\s*(?:修订\s*)?(?:插入|增|改为)\s*[：:]\s*“?(?P<marked>{_INSIDE}{{0,120}}?)”?\s*{_CLOSE}"
    r"|<ins>(?P<tagged>[^<>\n]{0,120})</ins>|\{\+(?P<braced>[^{}\n]{0,120})\+\}"
    rf"|{_OPEN}\s*(?:修订|修改|改)\s*[：:]\s*“[^“”\n]{{0,60}}”\s*(?:→|->)\s*"
    rf"“(?P<replaced>[^“”\n]{{0,60}})”\s*{_CLOSE}"
)
# (not a box's caption: 【专栏1：2024年主要指标】, nor a list of records: [{"sj":"2012","z":"6.8"}])
_NOTE = re.compile(
    r"[\[【〔](?!专栏)(?:批注|编者注|注)?[^\[\]【】〔〕\n\"'{}]{0,12}?(?:[：:]|原稿|建议)[^\[\]【】〔〕\n]{0,120}[\]】〕]"
    r"|[（(]原稿[：:为][^（）()\n]{0,80}[)）]"
    r"|〖\s*批注[^〖〗\n]{0,200}〗"  # (its author's mark in it: 〖批注 [黄1]: …〗)
    r"|\[(?:批注\s*[A-Za-z]?|[A-Za-z]{1,2})\d{1,3}\]"  # a note's anchor: [批注A1], [A1], [批注1]
)
# a paragraph given as it was before its revision, up to the revised one (【原文】…⏎【修改为】…)
_ORIGINAL = re.compile(
    r"【(?:原文|原稿|修改前)】(?:[^【]{0,3000}?(?=【(?:修改为|修改后)】)|[^\n]*)"
)
_REVISION_OF = re.compile(r"【(?:修改为|修改后)】")
_MARKED = re.compile(
    r"删[：:除去]|插入|改为|批注|<del>|<ins>|<s>|~~|\{[-+]|\[-|→|->|原稿|〖|【原文】"
    r"|[【〔\[][^】〕\]\n]{0,12}[：:]"
)


def changes_as_read(text):
    """`text` with a draft's deletions and notes read as blank and its insertions' marks as
    spaces, of the same length."""
    if not _MARKED.search(text):
        return text
    text = _INSERTED.sub(_inserted, _DELETED.sub(_blank, text))
    if _REVISION_OF.search(text):
        text = _ORIGINAL.sub(_blank, text)
    return _NOTE.sub(_blank, text)


def _inserted(match):
    """The inserted words where they stand, their marks as spaces."""
    words, start = match[match.lastgroup], match.start(match.lastgroup) - match.start()
    return " " * start + words + " " * (len(match.group()) - start - len(words))


def _blank(match):
    return " " * len(match.group())
