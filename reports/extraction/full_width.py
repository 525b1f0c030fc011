"""A copy that writes its figures in full-width forms (增长７．５％, ＧＤＰ增长６％, 第１季度), as a
page typed in a full-width input mode may, reads them as the half-width ones the rules know, and
so the bars between a table's cells (指标｜单位｜数值). The Chinese punctuation (，；：（）) is
full-width by nature and stays as it is."""

# each full-width form stands 0xFEE0 above its half-width one (！ … ～ for ! … ~)
_FIGURE_FORMS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.%+-~&/|"
_FOLDED = str.maketrans({chr(ord(c) + 0xFEE0): c for c in _FIGURE_FORMS})


def figures_in_half_width(text):
    """`text` with the full-width digits, letters, points and signs of its figures half-width, of
    the same length."""
    return text.translate(_FOLDED)
