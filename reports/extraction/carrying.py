"""What a sentence carries on to the next ones of its paragraph: the (year, kind) of its last
figure, for a sentence that names no year and has no cue of its own (SentenceContext.carried);
and the year of the paragraph's last target, for a sentence with a target cue and no year
(…目标为 8.5%，全年完成 0%。其中，第一产业增速计划目标为 3.6%).
"""

from reports.extraction.sections import TARGET


class Carried:
    def __init__(self):
        self.value = None  # the (year, kind) the next sentence goes on about
        self._result = None  # that of the paragraph's last result
        self.target_year = None  # the year of the paragraph's last target
        self.looking_back = False  # a sentence of the paragraph looked back over years (五年来)

    def new_paragraph(self):
        self.value = self._result = self.target_year = None
        self.looking_back = False

    def after(self, figures, announced):
        """Carry on from a sentence's own `figures` (candidates), or, when it states none, what it
        `announced` (SentenceContext.announced)."""
        if not figures:
            self.value = announced or self.value
            if announced and announced[1] == TARGET:
                self.target_year = announced[0]
            return
        last = max(figures, key=lambda c: c.value_start)
        targets = [c for c in figures if c.kind == TARGET]
        if targets:
            self.target_year = max(targets, key=lambda c: c.value_start).year
        self.value = last.year, last.kind
        # a paragraph of results goes on with them after a sentence's aside of a target
        # (…接待游客力争突破5000万人次。社会消费品零售总额达到2100亿元): the target is its own
        if last.kind == TARGET and self._result:
            self.value = self._result
        elif last.kind != TARGET:
            self._result = self.value
