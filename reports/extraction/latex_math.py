"""A report a PDF converter (MinerU, marker, Nougat) turned into Markdown with LaTeX in it: its
figures set as math ($6.9\\%$, \\(5.5\\%\\), $\\mathbf{10.2\\%}$) read as the figures they show, the
delimiters, commands and braces as spaces and a percent sign's escape as a space before it
(6.9 %, which cut joins); its tables set as LaTeX tabulars read as barred rows (地区生产总值 | 亿元 |
2236 |). The digits such a converter spaces out (1 0 . 1) are cut's to join. The text keeps its
length.
"""

import re

# a math span on one line that shows a figure: no Chinese in it, a digit
_DOLLARS = re.compile(
    r"(?<![\\$])\$(?!\$)([^$\n\u4e00-\u9fff]{0,80}?\d[^$\n\u4e00-\u9fff]{0,80}?)\$"
)
_PARENS = re.compile(r"\\\(([^\n\u4e00-\u9fff]{0,80}?\d[^\n\u4e00-\u9fff]{0,80}?)\\\)")
_COMMAND = re.compile(r"\\(?:mathbf|textbf|mathrm|text|boldsymbol|bm|mathit)\s*\{|[{}]|\\[,;:! ]")
_PERCENT = re.compile(r"\\%")
# a circled number a converter wrote out (\textcircled{1}): a footnote's mark or an item's
_CIRCLED = re.compile(r"\\textcircled\s*\{\s*\d{1,2}\s*\}")
# a tabular's row (a & b & c \\) and its rules and frame (\hline, \begin{tabular}{l c c})
_TABULAR_ROW = re.compile(r"^([^\n&]*(?:&[^\n&]*){1,40}?)\\\\[ \t]*$", re.M)
_TABULAR_MARKUP = re.compile(
    r"\\(?:hline|toprule|midrule|bottomrule|centering)\b|\\(?:begin|end)\{(?:tabular|table)\*?\}"
    r"(?:\{[^{}\n]{0,40}\})?|\\caption\s*\{"
)


def math_as_read(text):
    """`text` with its LaTeX figures, commands and tabulars read as plain text and bars, of the
    same length."""
    if "\\" not in text and "$" not in text:
        return text
    text = _DOLLARS.sub(_shown, text)
    text = _PARENS.sub(_shown, text)
    text = _CIRCLED.sub(_spaces, text)
    if "&" in text and "\\\\" in text:
        text = _TABULAR_ROW.sub(_barred_row, text)
        text = _TABULAR_MARKUP.sub(_spaces, text)
    return _PERCENT.sub(" %", text)


def _shown(match):
    """A math span as the figure it shows: its delimiters, commands and braces as spaces."""
    opening = match.start(1) - match.start()
    closing = match.end() - match.end(1)
    inner = _COMMAND.sub(_spaces, match[1])
    return " " * opening + inner + " " * closing


def _barred_row(match):
    """A tabular's row as a barred one: each & a bar, the row's closing \\\\ spaces."""
    return match[1].replace("&", "|") + " " * (len(match.group()) - len(match[1]))


def _spaces(match):
    return " " * len(match.group())
