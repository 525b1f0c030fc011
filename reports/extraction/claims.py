"""Figures a text quotes from a rumour or a claim it answers (网传视频声称：…, 帖子称：“…”, 一名博主…
称“…”): the claimant's, not the place's, which the text then states in its own voice. A rebuttal
quotes the claim first, so a claim's figure left in would stand for the series before the true
one."""

import re
from bisect import bisect_right

# who makes the claim: a rumour, a post, a video or a chart, its author
_CLAIMANT = (
    r"网传|传言|谣言|谣传|传闻|流言|帖子|网帖|自媒体|短视频|视频|截图|图片|图表|表格|网民|网友|博主"
)
_SAID = (
    r"[：:]?\s*(?:“[^”\n]{1,300}”|[^。！？!?\n]{1,200})"  # the quotation, or the sentence's rest
)
# the claim: after the claimant and a verb of saying in the same sentence (the words between may
# quote a name: 账号“…”发布视频，称“…”), or a screenshot's words (截图显示：…); or a quotation
# right after the claimant (网传“…”, 网传的“…”); not a table or a chart a text reads (如表格显示)
_CLAIM = re.compile(
    rf"(?:{_CLAIMANT})(?:(?:[^。！？!?\n“”]|“[^”\n]{{0,30}}”){{0,40}}?(?:声称|宣称|称|说|写道){_SAID}"
    r"|的?“[^”\n]{1,300}”)"
    rf"|截图\s*显示{_SAID}"
    # or a quotation the text names as a claim: a heading answering it (二、关于“…”), or one
    # called a saying or untrue (“…”的说法, “…”等传言, “…”不实)
    r"|关于\s*“[^”\n]{1,300}”"
    r"|“[^”\n]{1,300}”(?=[^。！？!?\n]{0,4}?(?:说法|传言|谣言|言论|不实|不属实|与事实不符))"
)


def outside_claims(text, candidates):
    """`candidates` but those whose figure stands in a claim the text quotes to answer it."""
    claims = [(claim.start(), claim.end()) for claim in _CLAIM.finditer(text)]
    if not claims:
        return candidates
    starts = [start for start, _end in claims]  # (found in order, apart: one bisection a figure)

    def claimed(position):
        index = bisect_right(starts, position) - 1
        return index >= 0 and position < claims[index][1]

    return [c for c in candidates if not claimed(c.value_start)]
