"""Characters a scanned page's OCR reads as their look-alikes, read as the report wrote them: 入 as
人 (农民人均纯收人, 一般公共预算总收人), 未 as 末 (目标末能实现), 已 as 己 (己基本实现), 日 as 曰 in a date
(1月18曰), 元 as 兀 after an amount (31.6亿兀), 值 as 値, 额 as 頟, 算 as 箅, 增 as 増, and 0 and 1 as
the letters O and l inside a number (1O.5, l.2, 11.O, 2 O46.9). Only where the look-alike cannot be meant: 收人
before a figure or a verb, 末 before a verb of meeting a target, not 年末 or 期末. The text keeps its
length."""

import re

_SLIPS = (
    # (征收人, 接收人员 stay: the income's 收入 is followed by its figure or its verb)
    (re.compile(r"(?<=收)人(?=\s*(?:[\d（(，,]|为|达|实现|完成|增长|下降|比|同比|约))"), "入"),
    (re.compile(r"(?<![年期周月岁始])末(?=\s*(?:能|达到?|完成|实现))"), "未"),
    (re.compile(r"(?<![自知])己(?=\s*(?:经|基本|全面|完成|达到?|实现|超过|突破))"), "已"),
    (re.compile(r"(?<=\d月)(\s*\d{1,2}\s*)曰"), r"\1日"),
    # 兀 for 元 after an amount (31.6亿兀, 29.8⏎亿兀), and 値, 頟, 箅, 増 for 值, 额, 算, 增: a
    # look-alike no report means there
    (re.compile(r"(?<=[\d万亿千百])(\s*)兀"), r"\1元"),
    (re.compile(r"(?<=总)値|(?<=加)値|値(?=\s*[\d（(，,])"), "值"),
    (re.compile(r"(?<=总)頟|(?<=金)頟"), "额"),
    (re.compile(r"(?<=预)箅|(?<=决)箅"), "算"),
    (re.compile(r"増(?=\s*(?:长|速|幅|加|至|到|\d))|(?<=新)増"), "增"),
    # a letter O or l for a digit inside a number (1O.5%, l.2%, 11.O, 1l8.3, 2 O46.9): read as 0
    # and 1 where the number opens on a digit or has a decimal point (not O2O, a word)
    (
        re.compile(
            r"(?<![A-Za-z])[\dOl](?:[\dOl]|[.．](?=[\dOl])|[ \u3000](?=[\dOl]))*(?![A-Za-z])"
        ),
        lambda m: _digits_meant(m[0]),
    ),
)


def _digits_meant(number):
    """`number` with its letters O and l read as 0 and 1, if it opens on a digit or has a
    decimal point (l2.0, not O2O); a group after a space only if it opens on a digit or holds two
    (a thousands group, 2 O46.9, 1 4 3 6O; not 引进3 O2O平台)."""
    if not re.search(r"\d", number) or not (number[0].isdigit() or re.search("[.．]", number)):
        return number
    groups = re.split(r"([ \u3000])", number)  # (the spaces kept as groups of their own, no digits)
    return "".join(
        _as_digits(group) if not index or _a_digits_group(group) else group
        for index, group in enumerate(groups)
    )


def _a_digits_group(group):
    """Whether a group after a space is a number's: opening on a digit, holding two, or a decimal
    point (增长1 O.5%)."""
    return group[:1].isdigit() or sum(c.isdigit() for c in group) >= 2 or "." in group


def _as_digits(group):
    """`group` with its letters O and l as the digits 0 and 1."""
    return group.replace("O", "0").replace("l", "1")


def slips_read(text):
    """`text` with each OCR look-alike read as the character meant, of the same length."""
    for slip, meant in _SLIPS:
        text = slip.sub(meant, text)
    return text
