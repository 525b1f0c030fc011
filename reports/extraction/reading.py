"""The text as the rules read it: in simplified characters (a Hong Kong or Taiwan paper's wordings
as the mainland's), a document site's marks of its line ends, the bullets of items run together and
the runs of spaces parting paragraphs run together read as line breaks, a number alone on a line
read as part of its sentence, a barred table's cells written one a line read as its rows (and a
table of years as rows so written), a footnote's mark inside a name as spaces, and so a font's
private-use codes, a gloss in brackets inside a word (a character's pinyin, a name's initials), a
page number left on a line of its own, a phone screenshot's bars and overlaps, a web page's links to other articles and a transcript's
spoken asides, a subtitle file's cue timings as clause breaks, full-width digits and a full stop
written for a decimal point as half-width ones, years and figures in Chinese numerals in digits, an
infographic's arrows (↑12.1%) as 增 and 降 and its emoji and ornaments as the marks the rules know, a
web page's source as the text it shows, a draft's tracked changes as its current text, a yuan sum's
currency named after it and its conversion as spaces, a plan's cells of sums over its years (〔60〕)
as a dash, the wordings an account of revisions says were replaced as blank, a quiz's questions as
the statements their answers make, a converter's LaTeX figures and tabulars as plain ones, and a
table left in its HTML markup or drawn with box-drawing characters as a barred one.
Every step keeps the text's length, so an offset into what was read is an offset into what was
written, and quotes stay verbatim.
"""

from indicators.targets.characters import simplified
from reports.extraction.answered_questions import answered_as_read
from reports.extraction.arrows import arrows_as_words
from reports.extraction.barred_cells import cells_rejoined
from reports.extraction.box_drawing import box_lines_as_bars
from reports.extraction.broken_lines import numbers_rejoined
from reports.extraction.bullets import bullets_as_breaks
from reports.extraction.conversions import conversions_as_spaces
from reports.extraction.cumulative_cells import cumulative_cells_as_dashes
from reports.extraction.decimal_points import stops_as_points
from reports.extraction.delimited_rows import delimited_as_tabs
from reports.extraction.frame_prints import frames_named
from reports.extraction.full_width import figures_in_half_width
from reports.extraction.glosses import glosses_as_spaces
from reports.extraction.html_cells import html_cells_as_bars
from reports.extraction.latex_math import math_as_read
from reports.extraction.markdown_marks import bold_as_spaces
from reports.extraction.mirror_marks import marks_as_breaks
from reports.extraction.note_marks import note_marks_as_spaces
from reports.extraction.numeral_figures import numerals_in_digits
from reports.extraction.numeral_years import years_in_digits
from reports.extraction.ocr_slips import slips_read
from reports.extraction.ornaments import ornaments_as_marks
from reports.extraction.page_links import page_links_as_spaces
from reports.extraction.page_marks import page_numbers_as_spaces
from reports.extraction.page_source import hidden_parts_as_spaces, tags_as_spaces
from reports.extraction.private_use import private_use_as_spaces
from reports.extraction.regional_wordings import regional_as_mainland
from reports.extraction.replaced_wordings import replaced_as_blank
from reports.extraction.run_together import runs_as_breaks
from reports.extraction.screen_captures import screens_as_spaces
from reports.extraction.slashes import slashes_as_commas
from reports.extraction.spoken_asides import spoken_asides_as_spaces
from reports.extraction.subtitle_cues import cues_as_clauses
from reports.extraction.tracked_changes import changes_as_read
from reports.extraction.year_rows import year_rows_rejoined


def as_read(text):
    """`text` as the rules read it, of the same length."""
    read = regional_as_mainland(text, simplified(text))
    marked = changes_as_read(cues_as_clauses(private_use_as_spaces(read)))
    marked = frames_named(marked)
    marked = answered_as_read(replaced_as_blank(marked))
    marked = math_as_read(marked)
    marked = hidden_parts_as_spaces(marked)
    marked = tags_as_spaces(html_cells_as_bars(marked))
    marked = spoken_asides_as_spaces(page_links_as_spaces(box_lines_as_bars(marked)))
    marked = stops_as_points(figures_in_half_width(ornaments_as_marks(marked)))
    marked = slips_read(
        slashes_as_commas(arrows_as_words(delimited_as_tabs(bold_as_spaces(marked))))
    )
    marked = runs_as_breaks(bullets_as_breaks(marks_as_breaks(marked)))
    marked = glosses_as_spaces(note_marks_as_spaces(page_numbers_as_spaces(marked)))
    marked = screens_as_spaces(marked)
    marked = cumulative_cells_as_dashes(conversions_as_spaces(marked))
    marked = year_rows_rejoined(cells_rejoined(numbers_rejoined(marked)))
    return numerals_in_digits(years_in_digits(marked))
