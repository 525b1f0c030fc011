"""A copy that writes its figures in full-width forms (增长７．５％, ＧＤＰ增长６％, 第１季度), as a
page typed in a full-width input mode may, reads them as the half-width ones the rules know, and
so the bars between a table's cells (指标｜单位｜数值). The Chinese punctuation (，；：（）) is
full-width by nature and stays as it is."""

# each full-width form stands 0xFEE0 above its half-width one (！ … ～ for ! … ~)
_FIGURE_FORMS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.%+-~&/|"
_FOLDED = str.maketrans({chr(ord(c) + 0xFEE0): c for c in _FIGURE_FORMS})
# A typeset page groups an amount's digits with a thin or no-break space (2\u2009702.4亿元, as the
# national standard on numbers in publications has it) and joins a range with a wave dash (5%〜8%):
# the rules know the plain space and the tilde.
_FOLDED.update(dict.fromkeys(map(ord, "\xa0\u2007\u2008\u2009\u200a\u202f\u205f"), " "))
_FOLDED.update(dict.fromkeys(map(ord, "\u301c\u223c"), "~"))


def figures_in_half_width(text):
    """`text` with the full-width digits, letters, points and signs of its figures half-width, its
    typeset spaces plain and its wave dashes tildes, of the same length."""
    return text.translate(_FOLDED)
