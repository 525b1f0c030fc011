"""Annex tables in the layouts real plan-execution reports use, read as users paste or upload
them (issue 14): three-line headers, 属性 / 备注 / 类别 columns, 上年实际 / 本年计划, 绝对值 and
增长% pairs, section rows, units inside values, footnotes, two tables in one report, a table
continued on the next page; tabbed from Word, spaced from a web page, a .docx as uploaded, and
PDFs LibreOffice prints from it, read from their text layer. Labels by hand in
annex_layouts.py (developed on) and annex_layouts_heldout.py (written after the rules).

Scores when written: developed on, 133 of 290 figures found at first (precision 84.7%), 290 of
290 after the rules (100%); held out, 75 of 93 at first (88.2%), 93 of 93 after the rules
written from them (100%); a second held-out batch (annex_layouts_heldout2.py), 58 of 90 at
first (84.1%), 84 of 90 after (100%).
"""

import shutil
import subprocess

import pytest

from reports.documents import document_text
from reports.extraction import extract
from tests.reports.annex_layouts import CORPUS as DEVELOPED
from tests.reports.annex_layouts_heldout import CORPUS as HELD_OUT
from tests.reports.annex_layouts_heldout2 import CORPUS as HELD_OUT_AGAIN
from tests.reports.test_extraction import assert_verbatim

LAYOUTS = {**DEVELOPED, **HELD_OUT, **HELD_OUT_AGAIN}
# What is still read wrong, and why; the test fails when it is read right (strict).
FALLS_SHORT = {
    "b_pdf_serial_three_line": "a number broken in a narrow column (6390 / 0) with the next "
    "cell's number alone on the line after it (5) is read as one number: the text layer does "
    "not say which line break is inside a cell",
}


@pytest.fixture(scope="module")
def documents(tmp_path_factory):
    """Where the .docx and PDF layouts are built, once."""
    return tmp_path_factory.mktemp("annex-layouts")


def _text(entry, folder):
    if entry["text"] is not None:
        return entry["text"]
    kind, build = entry["builder"]
    docx = folder / f"{build.__name__}.docx"
    if not docx.exists():
        build(docx)
    path = docx
    if kind == "pdf":
        path = docx.with_suffix(".pdf")
        if not path.exists():
            soffice = shutil.which("soffice")
            assert soffice, "LibreOffice Writer is needed: make system-deps installs it"
            subprocess.run(
                [soffice, "--headless", f"-env:UserInstallation=file://{folder}/lo-profile",
                 "--convert-to", "pdf", "--outdir", str(folder), str(docx)],
                check=True, capture_output=True, timeout=180,
            )  # fmt: skip
    return document_text(path.name, path.read_bytes())


def _squeezed(value):
    return "".join(value.split())


@pytest.mark.parametrize(
    "layout",
    [
        pytest.param(name, marks=pytest.mark.xfail(reason=FALLS_SHORT[name], strict=True))
        if name in FALLS_SHORT
        else name
        for name in sorted(LAYOUTS)
    ],
)
def test_every_labelled_figure_of_an_annex_layout_is_proposed_and_nothing_else(layout, documents):
    entry = LAYOUTS[layout]
    text = _text(entry, documents)
    found = extract(text, report_year=entry["year"])
    assert_verbatim(text, found)
    proposed = {(c.indicator, c.unit, c.year, c.kind): _squeezed(c.value_text) for c in found}
    gold = {key: _squeezed(value) for key, value in entry["gold"].items()}
    right = {key for key, value in proposed.items() if gold.get(key) == value}
    assert len(right) / len(gold) >= 0.95, sorted(gold.items() - proposed.items())
    assert len(right) / len(proposed) >= 0.9, sorted(proposed.items() - gold.items())
