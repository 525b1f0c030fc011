"""A web page's source as a scraper saves it, read as the page shows its text: its head (meta,
title, style), scripts and comments as blank, its character entities (&nbsp; &ldquo; &permil;
&#8220;) as the characters they stand for, the end of a paragraph, a block or a line break
(</p>, </div>, <br/>) as a line break, and every other tag as spaces. Tables are left to
html_cells, which reads their rows before the tags go. The text keeps its length: an entity is
read as its character followed by spaces."""

import html
import re

_HIDDEN = re.compile(r"<(style|script)\b[^<>]{0,300}>.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_HEAD = re.compile(r"<head\b[^<>]{0,300}>.*?</head\s*>", re.I | re.S)
# what a page's head shows of it: its title, and the day it was published (<meta
# name="publishdate" content="2022-04-22">), read as a posting line's date
_TITLE = re.compile(r"(?<=<title>)[^<>\n]{1,200}(?=</title>)", re.I)
_PUBLISHED = re.compile(
    r"<meta\s+(?:name|property)\s*=\s*[\"']?(?:publishdate|pubdate|firstpublishedtime"
    r"|article:published_time|dc\.date(?:\.issued)?)[\"']?\s+content\s*=\s*[\"']?"
    r"(?P<date>(?:19|20)\d{2}-[01]?\d-[0-3]?\d)[^<>]{0,40}>",
    re.I,
)
_ENTITY = re.compile(r"&(?:#\d{2,6}|#x[0-9a-f]{2,5}|[a-z]{2,8}\d?);", re.I)
_BLOCK_END = re.compile(r"</(?:p|div|li|h[1-6]|section|article)\s*>|<br\s*/?>", re.I)
# the tags of a page's text (not a subtitle file's voice tags, <v 主持人>)
_TAG = re.compile(
    r"</?(?:html|body|meta|title|link|p|div|span|font|strong|b|i|u|em|a|img|br|hr|ul|ol|li"
    r"|h[1-6]|section|article|header|footer|nav|main|aside|center|small|big|sup|sub|o:p|label"
    r"|blockquote|pre|code|figure|figcaption|form|input|iframe|table|tbody|thead|tfoot|caption"
    r"|colgroup|col)(?:\s[^<>]{0,300})?/?>",
    re.I,
)
_MARKUP = re.compile(r"<(?:[a-z]{1,8}[\s>/]|!--|/)|&#?[a-z0-9]{2,8};", re.I)


def hidden_parts_as_spaces(text):
    """`text` with a page's hidden parts read as blank, its entities as their characters and its
    blocks' ends as line breaks, of the same length."""
    if not _MARKUP.search(text):
        return text
    text = _HEAD.sub(_head_shown, _HIDDEN.sub(_blank, text))
    text = _ENTITY.sub(_character, text)
    return _BLOCK_END.sub(lambda end: "\n".ljust(len(end.group())), text)


def tags_as_spaces(text):
    """`text` with the tags left in it read as spaces, of the same length."""
    if "<" not in text:
        return text
    return _TAG.sub(lambda tag: " " * len(tag.group()), text)


def _blank(match):
    """Spaces for a hidden part, its line breaks kept."""
    return re.sub(r"[^\n]", " ", match.group())


def _head_shown(match):
    """A page's head blank but for its title and its date of publication, each where it was."""
    head = match.group()
    shown = list(_blank(match))
    for title in _TITLE.finditer(head):
        shown[title.start() : title.end()] = title.group()
    for published in _PUBLISHED.finditer(head):
        date = published["date"]
        shown[published.start() : published.start() + len(date)] = date
    return "".join(shown)


def _character(match):
    entity = match.group()
    character = html.unescape(entity)
    if character == entity or len(character) != 1:
        return entity
    return (" " if character == "\xa0" else character).ljust(len(entity))
