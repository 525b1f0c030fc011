"""Targets quoted as a session of the congress set them (年初，县十八届人大二次会议确定，2023年…增长
7%左右), up to a clause naming a result: mixed into a sentence's context, whose `_scan`, `section`
and `text` it uses."""

import re
from functools import cached_property

from reports.extraction.cues import APPROVED_TARGETS, RESULT_AFTER_QUOTE

# the targets a session set, quoted outside a section, end at a result's clause or the accounts
# (not 全年, 实际, 达到, words a target or a name holds: 全年地区生产总值增长7%左右, 实际利用外资)
_QUOTE_ENDED = re.compile(
    r"经过|一年来|(?:实际|全年)(?:完成|实现)了?|预计(?:全年|完成|实现)|决算|核实|最终"
)


class QuotedTargets:
    """Mixed into SentenceContext: the cues of targets quoted as set, and the results ending them,
    each scanned once for the sentence."""

    @cached_property
    def approved_targets(self):
        return self._scan(APPROVED_TARGETS)

    @cached_property
    def results_after_quote(self):
        return self._scan(RESULT_AFTER_QUOTE)

    @cached_property
    def quotes_ended(self):
        return self._scan(_QUOTE_ENDED)

    def _quoted(self, position):
        """Whether the figure at `position` is among the targets a cue before it quotes as set
        (年初…人大…会议确定，…), no result named between (scanned once for the sentence)."""
        return self._quoting_cue(position) is not None

    def _quoting_cue(self, position):
        """The cue quoting targets as set before `position`, no result named between; or None."""
        cue = self.approved_targets.last(position)
        result = cue and self.results_after_quote.last(position)
        return None if cue is None or (result and result.start() >= cue.end()) else cue

    def quoted_here(self, position):
        """Whether the figure at `position`, outside any section, is among the targets a session
        quotes as set, no result clause nor accounts between (…确定，2023年…增长7%左右，经过全县
        努力，…达到312.5亿元; …批准了2022年市级决算，…): a target no sentence after goes on from."""
        cue = None if self.section.kind else self._quoting_cue(position)
        ended = cue and self.quotes_ended.last(position)
        return cue is not None and not (ended and ended.start() >= cue.end())
