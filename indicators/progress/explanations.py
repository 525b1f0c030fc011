"""The words of a progress verdict: one line a person can check against the figures.

A line has up to three clauses, in the register of mid-term evaluations: what was achieved
(「截至2014年累计下降13.4%（目标：下降16%）」), progress against time progress and the verdict
(「完成规划目标进度的82.52%，时间进度80%，超序时进度2.52个百分点」), and what is still needed
(「剩余1年需年均下降3.01%」).
"""

from django.utils.translation import gettext as _

from indicators.progress.formulas import rounded
from indicators.progress.statuses import ACHIEVED, AHEAD, BEHIND, ON_SCHEDULE
from indicators.targets.verdicts import quantity

PERCENT = "%"


def number(value, unit=None):
    """A value rounded to two decimals, as a person writes it, with its unit."""
    return quantity(rounded(value), unit)


def percent(value):
    return number(value, PERCENT)


def change(value, unit=PERCENT, *, points=False):
    """A signed change in words: "up 8.1%" / "down 13.4%" (增长 / 下降); a level counted in %
    changes by percentage points (`points`)."""
    value = rounded(value)
    if value is None:
        return ""
    if value < 0:
        return _("down %(number)s") % {"number": quantity(-value, unit, points=points)}
    return _("up %(number)s") % {"number": quantity(value, unit, points=points)}


def through_label(as_of):
    """ "2014" for a whole year, "2024 (January–3)" for part of one."""
    if as_of is None:
        return ""
    if as_of.is_year_end:
        return _("%(year)s") % {"year": as_of.year}
    return _("%(year)s (months 1–%(month)s)") % {"year": as_of.year, "month": as_of.month}


def joined(*clauses):
    return _("; ").join(clause for clause in clauses if clause)


def pace(status, progress, time, *, allowance=False, annual=False, over=False):
    """Progress against time progress and what the difference means."""
    parameters = {"progress": percent(progress), "time": percent(time)}
    if allowance:
        share = _("%(progress)s of the limit used against time progress %(time)s")
    elif annual:
        share = _("%(progress)s of the annual target against time progress %(time)s")
    else:
        share = _("%(progress)s of the plan target against time progress %(time)s")
    verdict = (
        _("over the limit") if over else _verdict_words(status, abs(progress - time), allowance)
    )
    return _(", ").join(part for part in (share % parameters, verdict) if part)


def _verdict_words(status, gap, allowance):
    parameters = {"gap": number(gap)}
    if status == ACHIEVED:
        return _("held to the end") if allowance else _("the target is already reached")
    if status == ON_SCHEDULE:
        return _("on schedule")
    if allowance:
        if status == BEHIND:
            return _("used %(gap)s points faster than time") % parameters
        return _("%(gap)s points below time progress") % parameters
    if status == AHEAD:
        return _("%(gap)s points ahead of schedule") % parameters
    if status == BEHIND:
        return _("%(gap)s points behind schedule") % parameters
    return ""


def yearly_change(value, unit):
    """A rate a year (unit None) or a level's change a year in its unit, in points if in %."""
    return change(value) if unit is None else change(value, unit, points=True)


def rate_needed(needed, remaining, unit=None):
    """The change a year still needed: a rate, or with `unit` a level's change."""
    if needed is None:
        return ""
    return _("%(needed)s a year needed in the remaining %(years)s years") % {
        "needed": yearly_change(needed, unit),
        "years": number(remaining),
    }


def amount_needed(needed, remaining, unit):
    if needed is None:
        return ""
    return _("%(needed)s a year still to add in the remaining %(years)s years") % {
        "needed": number(needed, unit),
        "years": number(remaining),
    }


def allowance_left(left, remaining, unit):
    if left is None:
        return ""
    return _("%(left)s a year left for the remaining %(years)s years") % {
        "left": number(left, unit),
        "years": number(remaining),
    }


def pending(target, as_of):
    return _("No figure within the plan up to %(date)s for the target %(target)s") % {
        "target": label(target),
        "date": through_label(as_of),
    }


def label(text):
    return " ".join(str(text).split()) or _("(blank)")


def rate_allowed(allowed, remaining, unit=None):
    """The change a year still allowed under a ceiling: a rate, or with `unit` a level's."""
    if allowed is None:
        return ""
    return _("%(allowed)s a year still allowed in the remaining %(years)s years") % {
        "allowed": yearly_change(allowed, unit),
        "years": number(remaining),
    }


def this_year(amount, unit):
    if amount is None:
        return ""
    return _("%(amount)s still to complete this year") % {"amount": number(amount, unit)}


def amount_done(end, total, target, unit, *, budget):
    parameters = {
        "through": through_label(end),
        "latest": number(total, unit),
        "target": number(target, unit),
    }
    if budget:
        return _("Through %(through)s: %(latest)s used in all (limit: %(target)s)") % parameters
    return _("Through %(through)s: %(latest)s in all (target: %(target)s)") % parameters


def bound_words(end, latest, bound, unit, *, ceiling, held):
    parameters = {
        "through": through_label(end),
        "latest": number(latest, unit),
        "bound": number(bound, unit),
    }
    if ceiling and held:
        message = _("%(through)s: %(latest)s, within the ceiling %(bound)s")
    elif ceiling:
        message = _("%(through)s: %(latest)s, above the ceiling %(bound)s")
    elif held:
        message = _("%(through)s: %(latest)s, not below the floor %(bound)s")
    else:
        message = _("%(through)s: %(latest)s, below the floor %(bound)s")
    return message % parameters


def broken_in(years):
    if not years:
        return ""
    return _("broken in %(years)s") % {"years": _(", ").join(str(year) for year in years)}


def time_only(time):
    return _("time progress %(time)s") % {"time": percent(time)}


def no_start(first_year):
    return _(
        "No figure starts in %(year)s, the plan's first year, so the change since the base "
        "year cannot be reckoned; record %(year)s's figure or a cumulative one from %(year)s"
    ) % {"year": first_year}


def unreadable(observation, unit):
    return _("The figure %(figure)s for %(period)s cannot be read as a number in %(unit)s") % {
        "figure": label(observation.value_text),
        "period": through_label(observation.period.end),
        "unit": " ".join((unit or "").split()) or "—",  # (a unit typed with a line break)
    }


def missing_base(base_year):
    return _("The base-year (%(year)s) value is missing; record it to measure progress") % {
        "year": base_year
    }


def no_amount(target):
    return _("%(target)s is an amount of zero; there is no share to measure progress by") % {
        "target": label(target)
    }


def not_computable(target):
    return _("Progress towards %(target)s cannot be computed from these figures") % {
        "target": label(target)
    }


def in_year_words(end, assessment_explanation, time):
    return joined(
        _("%(through)s: %(assessment)s")
        % {
            "through": through_label(end),
            "assessment": assessment_explanation,
        },
        time_only(time),
    )
