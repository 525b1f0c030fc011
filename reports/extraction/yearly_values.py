"""Values a sentence gives one series for each of the years it names, in order: a span of years
(2019-2021年，…财政总收入分别为263.45亿元、273.76亿元和312.36亿元) or a list of them (2019年、
2020年全市地区生产总值分别为…), as many values as years, 分别 before them; and the growths the
next clause shares out the same way (…，按可比价格计算分别增长13.9%、15.6%和15.1%), or over the
years it names (…，2020年和2021年分别增长3.5%和13.2%)."""

import re

from reports.extraction.averages import OneAYear
from reports.extraction.sections import TARGET
from reports.extraction.shared_values import LIST_CONFIDENCE
from reports.extraction.values import NEXT_CLAUSE, read_values

_YEAR = r"(?:19|20)\d{2}"
_YEARS = re.compile(
    rf"{_YEAR}\s*年?\s*(?:[-—–~～－]|至|到)\s*{_YEAR}\s*年"  # a span: 2019-2021年, 2003年至2005年
    rf"|{_YEAR}\s*年(?:\s*[、和及与]\s*{_YEAR}\s*年)+"  # a list: 2008年和2009年
)
_A_YEAR = re.compile(_YEAR)
# the years right after the series' name, its values shared out after 分别 (全市地区生产总值2021年至
# 2024年分别增长…; …2022年、2023年分别为…)
_AFTER_NAME = re.compile(rf"[ \t]*+(?:{_YEARS.pattern})(?=[ \t]*+(?:[，,][ \t]*+)?分别)")
_SPANNED = re.compile(r"[-—–~～－至到]")
_MOST_YEARS = 6  # a chart's or a review's years: a longer list shares out no values one a year
_RESPECTIVELY = "分别"
_REACH = 60  # how far before a name its years are looked for: linear in any sentence


class YearlyValues:
    """prose._Sentence's reading of values given year by year: it gives `text`, `start`,
    `context`, `metadata`, `valued` and `_value`."""

    def _over_years(self, mention, limit):
        """Whether the values after `mention` went one to each of the years named before it in
        the sentence, or right after its name, and the growths of the clause after them too:
        proposed (and `mention` counted among the figures valued) when they did."""
        named = _AFTER_NAME.match(self.text, mention.end, limit)
        read_from = named.end() if named else mention.end  # (…生产总值2021年至2024年分别增长)
        if not named:
            lead = max(self.start, mention.start - _REACH)
            spans = list(_YEARS.finditer(self.text, lead, mention.start))
            named = spans[-1] if spans else None
            if named is None or _A_YEAR.search(self.text, named.end(), mention.start):
                return False  # (no years named, or another year named nearer the figure)
        now = self.context.at(mention.end)
        years = _years(named)
        if not years or now is None or now[1] == TARGET or years[-1] > now[0]:
            return False
        values = self._yearly(mention, named.end(), read_from, limit, years)
        if not values:
            return False
        self.valued.append(mention)
        clause = NEXT_CLAUSE.match(self.text, values[-1].extent)
        if clause and clause.end() < limit:
            again = _YEARS.match(self.text, clause.end())  # (…，2020年和2021年分别增长…)
            after = again.end() if again else clause.end()
            self._yearly(mention, clause.end(), after, limit, _years(again) if again else years)
        return True

    def _yearly(self, mention, opening, position, limit, years):
        """The values read at `position`, given to `years` in order when they are as many and 分别
        stands between `opening` and them; else none."""
        values = read_values(self.text, position, limit)
        if len(values) != len(years) or _RESPECTIVELY not in self.text[opening : values[0].start]:
            return []
        if any(value.vague for value in values):
            return []  # (thresholds passed, 分别突破100亿元和120亿元: no year's figure)
        for year, value in zip(years, values, strict=True):
            at = OneAYear((year, self.metadata.results_kind_of(year)))
            self._value(mention, value, LIST_CONFIDENCE, quote_from=mention.start, at=at)
        return values


def _years(match):
    """The years a span or a list names, in order; none for more than a few."""
    if match is None:
        return []
    years = [int(year) for year in _A_YEAR.findall(match.group())]
    if _SPANNED.search(match.group()):
        years = list(range(years[0], years[1] + 1))
    return years if 1 < len(years) <= _MOST_YEARS else []
