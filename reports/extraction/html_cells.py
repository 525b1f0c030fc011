"""A table left in its HTML markup, as converters and copied page sources give one
(<tr><td>地区生产总值</td><td>亿元</td><td><p>304.6</p></td></tr>): each row is read on one line
(the line breaks inside it as spaces), each cell opens on a bar and its tags are read as spaces,
so its rows read as a barred table's (|地区生产总值 |亿元 |304.6). A cell spanning columns
(colspan="2") ends on a bar for each column after its first; a row under cells spanning rows
(rowspan="2") at its start opens on a bar for each, an empty cell under them. A row that ends
where the next opens, as a converter writes a whole table on one line, ends the line. The text
keeps its length."""

import re

_ROW_END = re.compile(r"</tr\s*>", re.I)
_ROW_OPENING = re.compile(r"<tr\b[^<>]{0,80}>", re.I)
_LONGEST_ROW = 4000
_NEXT_ROW = re.compile(r"[ \t]*<tr\b", re.I)
_CELL = re.compile(r"(<(t[dh])\b([^<>]{0,80})>)(.{0,400}?)(</\2\s*>)", re.I | re.S)
_TAG = re.compile(
    r"</?(?:tr|table|thead|tbody|tfoot|caption|colgroup|col|p|br|span|div|strong|b|em|font)\b"
    r"[^<>]{0,120}/?>",
    re.I,
)
_COLUMNS = re.compile(r"colspan\s*=\s*[\"']?(\d)", re.I)
_ROWS = re.compile(r"rowspan\s*=\s*[\"']?(\d)", re.I)


def html_cells_as_bars(text):
    """`text` with its HTML table rows read as a barred table's, of the same length."""
    if "<t" not in text and "<T" not in text:
        return text
    pieces, position, spanning = [], 0, []
    for end in _ROW_END.finditer(text):  # each row's opening looked for back from its end: linear
        start = max(
            text.rfind("<tr", position, end.start()), text.rfind("<TR", position, end.start())
        )
        opening = _ROW_OPENING.match(text, start) if start >= 0 else None
        if opening and end.start() - start <= _LONGEST_ROW:
            inner = text[opening.end() : end.start()]
            pieces += [text[position:start], _row(opening.group(), inner, spanning)]
            position = end.start()
            if _NEXT_ROW.match(text, end.end()):  # (a converter's table on one line)
                pieces.append(" " * (len(end.group()) - 1) + "\n")
                position = end.end()
    text = "".join([*pieces, text[position:]])
    return _TAG.sub(_spaces, _CELL.sub(_barred, text))


def _row(opening, inner, spanning):
    """The row on one line, opening on a bar for each cell above still spanning down into it;
    `spanning` (the rows left of each such cell) goes on to the next row."""
    under = sum(1 for rows in spanning if rows > 0)
    spanning[:] = [rows - 1 for rows in spanning if rows > 1]
    if not spanning:
        for cell in _CELL.finditer(inner):
            rows = _ROWS.search(cell[3])
            if not rows:
                break  # (the cells spanning rows at the row's start only)
            spanning.append(int(rows[1]) - 1)
    lead = ("|" * min(under, len(opening))).ljust(len(opening))
    return lead + inner.replace("\r", " ").replace("\n", " ")


def _barred(match):
    opening, _name, attributes, content, closing = match.groups()
    columns = _COLUMNS.search(attributes)
    extra = min(int(columns[1]) - 1, len(closing)) if columns else 0
    return (
        "|"
        + " " * (len(opening) - 1)
        + _TAG.sub(_spaces, content)
        + ("|" * extra).ljust(len(closing))
    )


def _spaces(match):
    return " " * len(match.group())
