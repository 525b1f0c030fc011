"""Grain output named 总产 or 产量 a clause after the sown area, or after the grain's production
(粮食生产再获丰收，总产 8.16 万吨): 粮食播种面积 4741.4 万亩，总产量 295.6 亿斤; 完成粮食播种 11.34 万亩，
总产量 8287 万斤; 粮食种植面积 45.43 万亩，超计划 0.65 万亩，产量 17.2 万吨; …，预计总产 34.9 万吨;
播种粮食 18.88 万亩，总产 4.89 万吨. The clause's 总产 (总产量, 总产实现) is the output of the grain
whose area comes before it: the series 粮食产量."""

import re

from reports.extraction.lexicon import Mention
from reports.extraction.scanning import with_unnamed

_OTHER_CROPS = "棉|油料|油菜|蔬菜|水果|果品|茶|肉|蛋|奶|水产|烟|糖"
_AFTER_AREA = re.compile(
    # the verb may come first (播种粮食 18.88 万亩，总产 4.89 万吨)
    r"(?:粮\s*食\s*(?:播\s*种|种\s*植|生\s*产|播\s*面)|(?:播\s*种|种\s*植)\s*粮\s*食)\s*(?:面\s*积)?[^，,。；;\n]{0,24}?[，,、]\s*(?:粮\s*食\s*)?"
    # an aside on the area may come between (…45.43 万亩，超计划 0.65 万亩，产量达到 17.2 万吨)
    r"(?:[^，,。；;\n\d]{1,6}\d[^，,。；;\n]{0,12}[，,]\s*)?(?:预\s*计\s*|实\s*现\s*)?(?P<name>总\s*产\s*量?|产\s*量)"
    # 粮食播种面积和产量分别稳定在 381 万亩、110 万吨以上: the second of the pair
    r"|粮\s*食\s*(?:(?:播\s*种|种\s*植)?\s*面\s*积|播\s*面)\s*(?:和|及|、)\s*(?P<paired>(?:总\s*)?产\s*量)"
    # or clauses later in the grain's sentence (粮食稳产增收，总产达到 58.7 亿斤; 粮食播种面积…，新增…，
    # 粮食增产…，总产 466 亿斤), no other crop between
    rf"|粮\s*食(?:(?!{_OTHER_CROPS})[^。；;\n]){{0,80}}?[，,、]\s*(?:预\s*计\s*)?"
    r"(?P<later>总\s*产\s*量?)(?=\s*+(?:(?:达到?|为|实现|稳定在|保持在|超过|突破)\s*+)?\d)"
    # 产量 alone only in the clause right after the grain's (再获粮食丰收，产量达到 93.45 亿斤)
    # (each verb takes its own spaces, once: a verb between two runs of them was quadratic in a
    # run of line breaks, 20,000 after 粮食丰收，产量 2.6 s)
    r"|粮\s*食[^，,。；;\n\d]{0,12}[，,]\s*(?P<near>产\s*量)(?=\s*+(?:(?:达到?|为|实现|稳定在|保持在)\s*+)?\d)"
    # or the first of crops sharing 产量 and its values (粮食、蔬菜、肉蛋奶产量分别达到 9.4 万吨、…)
    r"|(?P<listed>粮\s*食)(?=\s*[、和及][^，,。；;\n\d]{1,16}?产\s*量\s*(?:预\s*计\s*)?分\s*别)"
    # or the first of products run together before their output, each its own value in turn
    # (粮油产量稳定在 11 万吨、2.6 万吨; 粮肉奶产量分别稳定在 800 亿斤、60 亿斤、160 亿斤以上)
    r"|(?P<run>粮[棉油肉菜果蛋奶禽]{1,3}\s*(?:总\s*)?产\s*量)"
    r"(?=\s*(?:分\s*别\s*)?(?:(?:稳定在|保持在|达到?|为)\s*)?\d[^，,。；;\n、和]{0,16}[、和]\s*\d)"
)
SERIES = "粮食产量"


def grain_output_after_area(text, start, end, mentions, catalogue):
    """`mentions` with one for each 总产 after a grain's sown area in text[start:end], where no
    name was found."""
    if SERIES not in catalogue:
        return mentions
    found = [
        Mention(clause.start(group), clause.end(group), SERIES)
        for clause in _AFTER_AREA.finditer(text, start, end)
        for group in ("name", "paired", "later", "near", "listed", "run")
        if clause[group]
    ]
    return with_unnamed(mentions, found)
