"""Data published as records, read into one record per series and year: an open-data portal's
or an API's JSON ({"指标名称": "地区生产总值", "单位": "亿元", "年份": "2021", "数值": "601.6"}),
its XML (<ROW><ZBMC>…</ZBMC>…</ROW>, <value year="2017" growth="11.8">572.10</value>), its YAML
or key: value lists (a record a list item, or between --- lines; a series a block under its name:
地区生产总值:⏎  单位: 亿元⏎  2013: 1056.23) and maps of values by year ({2014: 8.6, 2015: 8.8}).
A long table of one row per series and year is read by `long_tables`.

A record takes the series' name, unit and year from the records it sits in when it does not
give them (an indicator's object holding a list of its years). What each field holds is read
from its key (`record_fields`).
"""

import re
from dataclasses import dataclass, field

from reports.extraction.record_fields import (
    NAME,
    NEXT_TARGET,
    TARGET,
    UNIT,
    VALUE,
    VALUE_ROLES,
    YEAR,
    YEAR_VALUE,
    key_role,
)


@dataclass
class Record:
    names: list  # (indicator, GDP, 地区生产总值: one the catalogue knows)
    unit: str
    year: int | None
    # (role, the year its key names or None, whether its key names a growth, start, end)
    fields: list
    start: int
    end: int
    structured: bool = True  # data's markup (JSON, XML, a long table), not a key: value list
    # a row of a table of the years' plans beside their results (年份 | 指标 | 计划 | 完成): its
    # target is its year's, a past year's too (not a data set's plan-end target, 规划期末)
    yearly_target: bool = False


@dataclass
class _Frame:
    kind: str  # "brace", "indent" or "tag"
    start: int
    indent: int = -1
    tag: str = ""
    role: tuple | None = None  # the role of the key that opened it (series: {2014: …})
    heading: str = ""  # a block's key naming its series (地区生产总值:)
    block: bool = False  # a list item's or a key's block, its lines indented deeper
    names: list = field(default_factory=list)
    unit: str = ""
    year: int | None = None
    fields: list = field(default_factory=list)
    end: int = 0


_ATTRIBUTES = r"(?:\s+[\w:.-]{1,30}\s*=\s*\"[^\"<>\n]{0,80}\")*"
_TOKEN = re.compile(
    rf"<(?P<leaf>[A-Za-z_][\w.-]{{0,30}})(?P<leaf_attributes>{_ATTRIBUTES})\s*>"
    r"(?P<content>[^<>\n]{0,80})</(?P=leaf)\s*>"
    rf"|<(?P<tag>[A-Za-z_][\w.-]{{0,30}})(?P<attributes>{_ATTRIBUTES})\s*(?P<closed>/)?>"
    r"|</(?P<end_tag>[A-Za-z_][\w.-]{0,30})\s*>"
    r"|(?P<key>\"[^\"\n]{1,40}\"|'[^'\n]{1,40}'|[\w（）()%]{1,31}?)[ \t]*[:：][ \t]*"
    r"(?P<value>\"[^\"\n]{0,80}\"|'[^'\n]{0,80}'|[^,，。；;{}\[\]\n\"]{0,80}?)"
    r"(?=[ \t]*(?:[,，{}\[\]]|$))"
    r"|(?P<open>[{\[])|(?P<close>[}\]])"
)
_ATTRIBUTE = re.compile(r"([\w:.-]{1,30})\s*=\s*\"([^\"<>\n]{0,80})\"")
_STRUCTURED = re.compile(r"[{}\[\]<>:：]")
_SEPARATOR = re.compile(r"-{3,}[ \t]*|\.{3}[ \t]*")
_DEEPEST = 32  # records nest a few levels: deeper opening marks are not followed (nor searched)
# a result's value holds a figure (not 一期建成投产); a target's may be worded (与经济增长同步)
_FIGURE = re.compile(r"\d")


def records(text, dictionary):
    """Every record of `text` with a series' name and a field of a figure (a target's may be
    worded), its keys read by `dictionary` too."""
    found, stack, position = [], [], 0
    for line in text.split("\n"):
        start, position = position, position + len(line) + 1
        stripped = line.lstrip(" \t\u3000")
        indent = len(line) - len(stripped)
        if not stripped.strip() or _SEPARATOR.fullmatch(stripped):
            _close_blocks(stack, found, -1)
            continue
        _close_blocks(stack, found, indent)
        if not _STRUCTURED.search(stripped):
            continue
        if stripped.startswith("- ") and len(stack) < _DEEPEST:
            stack.append(_Frame("indent", start + indent, indent=indent, block=True))
            indent += 2
        _read_line(text, start + indent, start + len(line), indent, stack, found, dictionary)
    _close_blocks(stack, found, -1)
    while stack:
        _emit(stack.pop(), stack, found)
    return found


def _close_blocks(stack, found, indent):
    """Close what a line at `indent` ends: the blocks (list items, keys' blocks) opened at its
    indent or deeper, and the lists of pairs deeper than it."""
    while stack and stack[-1].kind == "indent":
        top = stack[-1]
        if top.indent < indent or (top.indent == indent and not top.block):
            return
        _emit(stack.pop(), stack, found)


def _read_line(text, start, end, indent, stack, found, dictionary):
    pending = None  # the role of a key whose value opens next ({…}, […])
    for token in _TOKEN.finditer(text, start, end):
        if token["leaf"]:
            _leaf(token, stack, found, dictionary)
        elif len(stack) >= _DEEPEST and (token["tag"] or token["open"]):
            continue
        elif token["tag"]:
            frame = _Frame("tag", token.start(), tag=token["tag"])
            stack.append(frame)
            _attributes(token, "attributes", frame, dictionary)
            if token["closed"]:
                _emit(stack.pop(), stack, found)
        elif token["end_tag"]:
            if any(f.kind == "tag" and f.tag == token["end_tag"] for f in stack):
                _close_until(stack, found, lambda f, tag=token["end_tag"]: f.tag == tag)
        elif token["open"]:
            stack.append(_Frame("brace", token.start(), role=pending))
            pending = None
        elif token["close"]:
            if any(f.kind == "brace" for f in stack):
                _close_until(stack, found, lambda f: f.kind == "brace", token.end())
        else:
            pending = _pair(text, token, (indent, end), stack, found, dictionary)


def _close_until(stack, found, opened, end=0):
    while stack:
        frame = stack.pop()
        frame.end = max(frame.end, end)
        _emit(frame, stack, found)
        if opened(frame):
            return


def _pair(text, token, line, stack, found, dictionary):
    """Read a key and its value into the innermost record; the key's role when its value is
    to open next on the line, or a block under it on the lines below. `line`: the line's
    indent and end."""
    (indent, line_end), role = line, key_role(token["key"], dictionary)
    value = token["value"]
    start, end = token.start("value"), token.end("value")
    if value[:1] in "\"'":
        start, end = start + 1, end - 1
    inner = text[start:end].strip()
    if not inner:
        if not text[token.end() : line_end].strip() and len(stack) < _DEEPEST:
            heading = "" if role[0] else token["key"].strip("\"' ")
            block = _Frame("indent", token.start(), indent, role=role, heading=heading, block=True)
            stack.append(block)
            return None
        return role
    if not stack or _another_series(stack[-1], role):
        if stack:  # (指标名称：…⏎数值：…⏎指标名称：…: the next record)
            _emit(stack.pop(), stack, found)
        stack.append(_Frame("indent", token.start(), indent=indent))
    _take(stack[-1], role, inner, start + text[start:end].find(inner), token.end())
    return None


def _another_series(frame, role):
    """Whether a list of pairs (no block, no markup) names a series after giving figures of one."""
    return frame.kind == "indent" and not frame.block and role[0] == NAME and bool(frame.fields)


def _take(frame, role, value, start, end):
    role_name, year, growth = role
    if year is not None and frame.role and frame.role[0] in VALUE_ROLES and role_name == VALUE:
        role_name, growth = frame.role[0], frame.role[2]  # growth: {2014: 8.6}
    if role_name == NAME:
        frame.names.append(value)
    elif role_name == UNIT and not frame.unit:
        frame.unit = value
    elif role_name == YEAR and (year_value := YEAR_VALUE.fullmatch(value)):
        frame.year = int(year_value[1])
    elif role_name in VALUE_ROLES and (_FIGURE.search(value) or role_name in (TARGET, NEXT_TARGET)):
        frame.fields.append((role_name, year, growth, start, start + len(value)))
        frame.end = max(frame.end, end)


def _leaf(token, stack, found, dictionary):
    """An element holding its value (<ZBMC>地区生产总值</ZBMC>): a field of the record it is in;
    with attributes (<value year="2017" growth="11.8">572.10</value>), a record of its own."""
    content = token["content"].strip()
    start = token.start("content") + token["content"].find(content)
    role = key_role(token["leaf"], dictionary)
    if not token["leaf_attributes"]:
        if not stack:
            stack.append(_Frame("tag", token.start(), tag=""))
        if content:
            _take(stack[-1], role, content, start, token.end())
        return
    frame = _Frame("tag", token.start(), tag=token["leaf"])
    _attributes(token, "leaf_attributes", frame, dictionary)
    if content:
        _take(frame, role, content, start, token.end())
    _emit(frame, stack, found)


def _attributes(token, group, frame, dictionary):
    for attribute in _ATTRIBUTE.finditer(token[group]):
        at = token.start(group) + attribute.start(2)
        value = attribute[2].strip()
        if value:
            _take(frame, key_role(attribute[1], dictionary), value, at, at + len(value))


def _emit(frame, stack, found):
    """Record the frame's figures, with the name, unit and year of the frames around it when it
    does not give its own."""
    if not frame.fields:
        return
    around = [frame, *reversed(stack)]
    names = next((f.names or [f.heading] for f in around if f.names or f.heading), [])
    unit = next((f.unit for f in around if f.unit), "")
    year = next((f.year for f in around if f.year), None)
    if names:
        end, structured = max(frame.end, frame.start), any(f.kind != "indent" for f in around)
        found.append(Record(names, unit, year, frame.fields, frame.start, end, structured))
