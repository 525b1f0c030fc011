"""Where a table cell's value stands as prose would quote it, for the candidate's value span."""

from reports.extraction.lexicon import clean_unit, money_unit
from reports.extraction.row_names import FOOTNOTE_MARKS
from reports.extraction.table_layout import NOTE_AFTER
from reports.extraction.values import read_value


def cell_value_span(text, cell, unit):
    """A cell's value as prose reads it: a word opening it left out (增长8% → 8), and the
    series' own unit too (853.2亿元 → 853.2 in 亿元, 97.3% → 97.3 in %); a unit of another
    multiplier stays (131487万元 in a 亿元 series), as do the qualifiers (6.5%左右)."""
    # 73.3（*）, 8.7（实际增长7.9）: the value before its footnote mark or note
    mark = FOOTNOTE_MARKS.search(cell.text) or NOTE_AFTER.search(cell.text)
    end = cell.end - len(mark.group()) if mark else cell.end
    value = read_value(text, cell.start, end)
    if value is None or not cell.start <= value.start < value.end:
        return cell.start, cell.end
    own = unit == money_unit(clean_unit(value.unit), [unit])  # 96.2亿 in 亿元 too
    if mark or cell.start < value.start or own:
        return value.start, value.end
    return cell.start, cell.end
