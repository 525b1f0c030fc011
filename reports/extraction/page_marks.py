"""A PDF's page numbers left in its text layer, each on a line of its own (- 2 -, —3—), which may
fall inside a sentence (…人均可支配收入 16883⏎- 2 -⏎元，同比增长 9.7%). They read as spaces, so
the sentence reads as one across the page break, as it does across a blank line."""

import re

_PAGE_NUMBER = re.compile(
    r"^[ \t\u3000]*[-－—–][ \t\u3000]?\d{1,3}[ \t\u3000]?[-－—–][ \t\u3000]*$", re.M
)


def page_numbers_as_spaces(text):
    """`text` with each page number alone on its line read as spaces, of the same length."""
    return _PAGE_NUMBER.sub(lambda match: " " * len(match[0]), text)
