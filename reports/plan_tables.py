"""A five-year plan's main-indicator table (主要指标), as a 规划纲要 prints it and a user pastes
it from a PDF or Word: read into the figures of the plan.

The layout (the national 十四五 纲要's 专栏1, and the provinces' and cities' after it):

    类别      指标                           2020年   2025年   年均/累计                 属性
    经济发展  1.国内生产总值（GDP）增长（%）   2.3      —        保持在合理区间、各年度视情提出  预期性
              3.常住人口城镇化率（%）          60.6*    65       —                         预期性
    绿色生态  14.单位GDP能源消耗降低（%）      —        —        〔13.5〕                   约束性
    注：①〔 〕内为5年累计数。②带*的为2019年数据。

Cells are separated by tabs or by runs of two or more spaces (a single space when that is all a
PDF left). A category cell (经济发展) stands on the first row of its group only. The unit is in
parentheses after the name, unless the header has a 单位 column. The header's year columns give
the base year and the end year; without a header the columns are taken in this order. Lines
before the header are the table's caption; lines from the first 注 on are its notes.

Each row gives a plan target — the end-year cell when it has a value, else the 年均/累计 cell,
prefixed 年均 unless bracketed (〔13.5〕 is a five-year cumulative figure) — flagged 约束性 or
预期性, and a base-year result when the base cell holds a number. A * mark is dropped from the
value; a note saying which year starred figures are of (带*的为2019年数据) dates them so.

Plain functions, no database: `plan_table(text)` never raises; what it cannot read is a Problem
with its line number. `figure_cells` turns a table into Figures CSV cells, so the import checks
and stores them exactly as it does a file's.
"""

import re
from dataclasses import dataclass, field, replace

from django.utils.translation import gettext as _

from indicators.exports.figures_csv import FIGURES_CSV_HEADER
from indicators.models.figures import Figure
from reports.extraction.lexicon import clean_unit, squeeze

BINDINGS = ("约束性", "预期性")
EMPTY_CELLS = {"", "—", "——", "-", "－", "--", "/", "／", "…"}
STAR_MARKS = "*＊※"
DEFAULT_ROLES = ["base", "target", "annual", "attribute"]

_SPACES = re.compile(r"[ \u3000]{2,}")
_ORDINAL = re.compile(r"^\s*\d{1,2}\s*[.、．]\s*(?!\d)")
_UNIT = re.compile(r"[（(]([^（）()]+)[）)]\s*$")
_HEADER_YEAR = re.compile(r"((?:19|20)\d{2})年")
_BRACKETED = re.compile(r"^[〔\[［【].*[〕\]］】]$")
_NOTE = re.compile(r"^(?:注|备注|说明)\s*(?:[：:①⑴（(\d]|$)")
# 「带*的为2019年数据」: the year starred figures are of.
_STAR_YEAR = re.compile(
    r"带\s*[*＊※]\s*号?的?(?:数据|指标|数值)?\s*(?:为|是)\s*((?:19|20)\d{2})\s*年"
)


@dataclass(frozen=True)
class Problem:
    line: int
    message: str


@dataclass(frozen=True)
class PlanLine:
    """One indicator row, its cells as written (an empty cell: '')."""

    number: int
    quote: str
    category: str
    name: str
    unit: str
    base: str
    starred: bool
    target: str
    annual: str
    attribute: str

    @property
    def target_text(self):
        """The plan target as written: the end-year value, or the average or cumulative one."""
        if self.target:
            return self.target
        if _BRACKETED.match(self.annual) or self.annual.startswith(("年均", "累计")):
            return self.annual
        return f"年均 {self.annual}"

    @property
    def has_base_number(self):
        return bool(re.search(r"\d", self.base))


@dataclass
class PlanTable:
    base_year: int | None = None
    end_year: int | None = None
    header_line: int | None = None
    starred_year: int | None = None
    lines: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    notes: list = field(default_factory=list)


def split_cells(line):
    """A line's cells: at tabs, else at runs of spaces, else (a PDF's single spaces) at every space."""
    if "\t" in line:
        return [cell.strip() for cell in line.strip().split("\t")]
    cells = [cell.strip() for cell in _SPACES.split(line.strip())]
    return cells if len(cells) >= 3 else line.split()


def header_roles(cells):
    """The role of each column a header row names, or None when the row is not a header."""
    roles, years = [], []
    for cell in cells:
        text = squeeze(cell)
        year = _HEADER_YEAR.match(text)
        if year and len(text) <= 12:
            roles.append("base" if not years else "target")
            years.append(int(year[1]))
        elif "类别" in text or text == "领域":
            roles.append("category")
        elif "指标" in text or "名称" in text:
            roles.append("name")
        elif text == "单位":
            roles.append("unit")
        elif "年均" in text or "累计" in text:
            roles.append("annual")
        elif "属性" in text:
            roles.append("attribute")
        else:
            roles.append("")
    if len(years) != 2 or "name" not in roles:
        return None
    return roles, years


def find_header(numbered):
    """(line number, the roles of the columns after the name, (base year, end year)) of the
    header row; without one, the printed column order and no years."""
    for number, line in numbered:
        found = header_roles(split_cells(line)) if line.strip() else None
        if found:
            roles, years = found
            return number, roles[roles.index("name") + 1 :], years
    return None, DEFAULT_ROLES, (None, None)


def plan_table(text):
    """Read a pasted main-indicator table; never raises."""
    table = PlanTable()
    numbered = list(enumerate(text.splitlines(), start=1))
    table.header_line, roles, (table.base_year, table.end_year) = find_header(numbered)
    body = []
    for number, line in numbered[table.header_line or 0 :]:  # the caption above is left out
        if not line.strip():
            continue
        if table.notes or _NOTE.match(line.strip()):
            table.notes.append(line.strip())
        elif not header_roles(split_cells(line)):  # a PDF repeats the header on every page
            body.append((number, line))
    category, index = "", 0
    while index < len(body):
        number, line = body[index]
        cells = split_cells(line)
        index += 1
        if len(cells) == 1 and not re.search(r"\d|[（(]", cells[0]):
            category = cells[0]  # a category's merged cell on a line of its own
            continue
        read = read_row(number, line, cells, roles, category)
        if isinstance(read, Problem) and index < len(body):
            wrapped = read_wrapped(number, line, body[index][1], roles, category)
            read, index = (wrapped, index + 1) if wrapped else (read, index)
        if isinstance(read, Problem):
            table.problems.append(read)
        else:
            table.lines.append(read)
            category = read.category
    years = (_STAR_YEAR.search("".join(squeeze(note) for note in table.notes)) or [None, None])[1]
    table.starred_year = int(years) if years else None
    if not table.lines and not table.problems:
        table.problems.append(Problem(0, _("No indicator rows were found in the text.")))
    return table


def read_wrapped(number, line, following, roles, category):
    """A row whose name a PDF wrapped onto the next line, read from both lines; else None.

    Either the name's head stands alone (16.地级及以上城市空气质量优良天数 / 比率（%）  87 …) or
    the row is complete but for the name's tail (…优良天数  87  87.5 … / 比率（%）)."""
    cells, tail = split_cells(line), split_cells(following)
    if len(cells) == 1 and _ORDINAL.match(cells[0]) and not _ORDINAL.match(following.strip()):
        joined = line.strip() + following.strip()
    elif len(tail) == 1 and re.search(r"[（(]", tail[0]) and not _ORDINAL.match(tail[0]):
        head = next((cell for cell in cells if _ORDINAL.match(cell)), None)
        if head is None:
            return None
        at = line.index(head) + len(head)
        joined = line[:at] + tail[0] + line[at:]
    else:
        return None
    read = read_row(number, joined, split_cells(joined), roles, category)
    if isinstance(read, Problem):
        return None
    return replace(read, quote=line.strip() + "\n" + following.strip())


def row_cells(line, cells, expected):
    """(category, name, values) of a row with `expected` cells after its name, or None."""
    if len(cells) == expected + 2 and not _ORDINAL.match(cells[0]):
        return cells[0], cells[1], cells[2:]
    if len(cells) == expected + 1:
        return "", cells[0], cells[1:]
    tokens = line.split()  # spaces a PDF dropped or added: the values are the last tokens
    if "\t" in line or len(tokens) < expected + 1:
        return None
    front, values = tokens[:-expected], tokens[-expected:]
    first_numbered = next((i for i, token in enumerate(front) if _ORDINAL.match(token)), 0)
    return "".join(front[:first_numbered]), "".join(front[first_numbered:]), values


def read_row(number, line, cells, roles, category):
    expected = len(roles)
    split = row_cells(line, cells, expected)
    if split is None:
        return Problem(
            number,
            _("Expected %(expected)s cells after the indicator's name, found %(found)s.")
            % {"expected": expected, "found": max(len(cells) - 1, 0)},
        )
    new_category, name_cell, values = split
    cell = dict(zip(roles, values, strict=True))
    name = "".join(_ORDINAL.sub("", name_cell).split())
    unit = cell.get("unit", "")
    if "unit" not in cell:
        match = _UNIT.search(name)
        name, unit = (name[: match.start()], match[1]) if match else (name, "")
    unit = clean_unit(unit)
    written = {role: cell.get(role, "") for role in ("base", "target", "annual", "attribute")}
    base = written["base"].strip(STAR_MARKS).strip()
    blank = {role: squeeze(value) in EMPTY_CELLS for role, value in written.items()}
    attribute = squeeze(written["attribute"])
    message = row_problem(name, unit, blank, attribute, "attribute" in cell)
    if message:
        return Problem(number, message)
    return PlanLine(
        number=number,
        quote=line.strip(),
        category=new_category or category,
        name=name,
        unit=unit,
        base="" if squeeze(base) in EMPTY_CELLS else base,
        starred=base != written["base"].strip(),
        target="" if blank["target"] else written["target"],
        annual="" if blank["annual"] else written["annual"],
        attribute=attribute,
    )


def row_problem(name, unit, blank, attribute, has_attribute):
    if not name:
        return _("The indicator's name is empty.")
    if not unit:
        return _(
            "%(name)s gives no unit: write it in parentheses after the name, as in "
            "常住人口城镇化率（%%）."
        ) % {"name": name}
    if blank["target"] and blank["annual"]:
        return _("%(name)s has no target: its end-year and 年均/累计 cells are both empty.") % {
            "name": name
        }
    if has_attribute and attribute not in BINDINGS:
        return _("The 属性 cell of %(name)s is %(value)r, not 约束性 or 预期性.") % {
            "name": name,
            "value": attribute,
        }
    return ""


def figure_cells(table, *, place, plan, report, known=None):
    """(line number, Figures CSV cells) of each figure the table gives: its plan target, and its
    base-year result when it has one.

    place: the jurisdiction's cells (jurisdiction, jurisdiction_level, parent_jurisdiction,
    division_code, parent_division_code); plan: (name, first year, last year); report: (title,
    date). `known(name, unit)` names the stored indicator a wording stands for, so a plan target
    lands on the series its yearly results are recorded in (单位GDP二氧化碳排放降低 →
    单位地区生产总值二氧化碳排放降低).
    """
    name, first, last = plan
    found = []
    for line in table.lines:
        indicator = (known and known(line.name, line.unit)) or line.name
        common = {
            **dict.fromkeys(FIGURES_CSV_HEADER, ""),
            **place,
            "indicator": indicator,
            "unit": line.unit,
            "report_title": report[0],
            "report_date": report[1],
            "source_quote": line.quote,
        }
        target = {
            "year": str(last),
            "kind": Figure.Kind.PLAN_TARGET,
            "value_text": line.target_text,
            "flags": line.attribute,
            "plan": name,
            "plan_start": str(first),
            "plan_end": str(last),
        }
        found.append((line.number, {**common, **target}))
        if line.has_base_number:
            year = table.starred_year if line.starred and table.starred_year else first - 1
            base = {"year": str(year), "kind": Figure.Kind.FINAL, "value_text": line.base}
            found.append((line.number, {**common, **base}))
    return found


def header_disagrees(table, first, last):
    """A Problem when the header's years are not the plan's base and last years."""
    if table.base_year is None or (table.base_year, table.end_year) == (first - 1, last):
        return None
    return Problem(
        table.header_line,
        _(
            "The header's years %(base)s and %(end)s are not the plan's base year %(first)s and "
            "last year %(last)s."
        )
        % {"base": table.base_year, "end": table.end_year, "first": first - 1, "last": last},
    )
