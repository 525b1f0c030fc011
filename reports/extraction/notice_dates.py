"""The date a notice issuing a plan closes on: the plan's own when no congress approved it (an
action plan the party committee and the government agreed on), none when one did (the plan was
given at the congress's meeting, months before it was issued)."""

import re

# the congress that approved the plan (人民代表大会, 人大, 人代会), named in the notice or in the
# plan's line under its title, soon after the notice's date; or the plan a congress always
# approves, named in the notice (…国民经济和社会发展计划, …预算)
_BY_CONGRESS = re.compile(r"人民代表大会|人大|人代会")
_CONGRESS_PLAN = re.compile(r"国民经济和社会发展计划|预算")
_PLANS_LINE = 300  # how far under the notice's date the plan's own line may name its congress


def notice_date(head, date_lines):
    """The first of `date_lines` (the date matches on a line of their own under a notice's
    title) when the plan the notice issues was approved by no congress (…方案已经市委、市政府同意，
    现印发给你们), else None."""
    own = next(iter(date_lines), None)
    if own is None or _CONGRESS_PLAN.search(head, 0, own.start()):
        return None
    return None if _BY_CONGRESS.search(head, 0, own.end() + _PLANS_LINE) else own
