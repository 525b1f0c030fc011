"""Values a sentence shares out over the figures it named before them: in order (…48000 元、
…26000 元，扣除价格因素后分别增长 4.8% 和 6.9%), one for each alike (…同比增幅均达 8% 以上), or each
to the figure named in its place (内资 3540 亿元、外资 75 亿美元，分别增长 3.7%、5.6%)."""

import re

from reports.extraction.enumerations import by_place
from reports.extraction.lexicon import PERCENT
from reports.extraction.scanning import positions_before
from reports.extraction.values import read_values

LIST_CONFIDENCE = 0.75
_ALIKE = re.compile(r"均|双双|同步|分别")


class SharedValues:
    """The sentence reader's sharing out of values (prose._Sentence): it gives `text`, `start`,
    `clause_ends`, `valued` (the mentions given values, in order) and `_value`."""

    def _shared(self, position, limit, *, carried=0, clause_at=None):
        """…48000 元、…26000 元，扣除价格因素后分别增长 4.8% 和 6.9%: values shared out, in order,
        over the figures named last in the same clause (the clause at `clause_at`, when given:
        a year's clause after a semicolon). After a list that gave each name its own value, 分别
        carries on: 城镇、农村…分别达到 5 万元、3 万元，增长 4%、6%."""
        values = read_values(self.text, position, limit)
        opening = self.text[position : values[0].start] if values else ""
        if len(values) == 1 and (
            (values[0].qualitative and carried)  # …分别达到 23894 元和 14620 元，与经济增长同步
            or (_ALIKE.search(opening) and values[0].unit == PERCENT)
        ):
            return self._shared_alike(position, values[0], among=carried)
        if len(values) < 2:
            return False
        if "分别" not in opening and not carried:
            # 生产总值 71.99 亿元、财政收入 1.2 亿元，同比增长 13.9%、20%: one growth an item
            return self._shared_by_place(position, values)
        clause = positions_before(self.clause_ends, position if clause_at is None else clause_at)
        named = self.valued[-len(values) :]  # the last ones only: linear in any sentence
        if len(named) < len(values) or any(
            positions_before(self.clause_ends, m.start) != clause for m in named
        ):
            # 分别 over figures not all known: a value by place, else none (the first is not
            # the last figure's)
            return self._shared_by_place(position, values) or "分别" in opening
        for mention, value in zip(named, values, strict=True):
            self._value(mention, value, LIST_CONFIDENCE, quote_from=named[0].start)
        return True

    def _shared_alike(self, position, value, among=0):
        """…生产总值 1230 亿元，…零售总额 860 亿元，同比增幅均达 8% 以上: one growth for each of the
        figures named in the clause before it (the `among` last: a list carried on), if several."""
        clause, named = positions_before(self.clause_ends, position), []
        for mention in reversed(self.valued[-among:] if among else self.valued):
            if positions_before(self.clause_ends, mention.start) != clause:
                break
            named.append(mention)
        if len(named) < 2:
            return False
        for mention in reversed(named):
            self._value(mention, value, LIST_CONFIDENCE, quote_from=mention.start)
        return True

    def _shared_by_place(self, position, values):
        """内资 3540 亿元、外资 75 亿美元，分别增长 3.7%、5.6%: each value goes to the figure named in
        its place in the list before."""
        named = self.valued[-len(values) :]
        placed = by_place(self.text, self.start, position, named, len(values))
        for mention, place in placed:
            self._value(mention, values[place], LIST_CONFIDENCE, quote_from=mention.start)
        return bool(placed)
