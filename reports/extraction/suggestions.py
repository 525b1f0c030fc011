"""A reply to a deputy's suggestion or a member's proposal (关于市八届人大四次会议第126号建议的答复,
关于省政协十二届四次会议第0427号提案答复的函): the targets the suggestion proposes (建议：…力争2022年
全区出口增长30%以上; 贵委提出的55%以上的目标) are the proposer's wishes, not the plan's, unless the
reply says they were adopted (采纳, 已将…确定为)."""

import re

from reports.extraction.sections import TARGET
from reports.extraction.sentences import start_after_last

_REPLY_TITLE = re.compile(r"(?:建议|提案|议案)[^\n。，,]{0,4}?(?:的)?(?:答复|回复|办理)")
_TITLE_REACH = 400
# the proposing words before a target in its sentence, no adoption after them
_PROPOSED = re.compile(
    r"建议|提议|呼吁|(?:您|你|代表|委员|贵委|贵单位|贵会|提案)[^。，,；;\n]{0,10}?提出"
)
_ADOPTED = re.compile(r"采纳|吸纳|吸收|已将|确定为|批准|通过")
_SENTENCE_ENDS = ("。", "！", "？", "\n")
_SENTENCE_REACH = 300


def answers_a_suggestion(text):
    """Whether `text` opens as a reply to a suggestion or a proposal."""
    return _REPLY_TITLE.search(text, 0, _TITLE_REACH) is not None


def proposed_targets_dropped(text, candidates):
    """`candidates` without the targets a reply's suggestion proposes."""
    if not answers_a_suggestion(text):
        return candidates
    return [c for c in candidates if c.kind != TARGET or not _proposed(text, c.value_start)]


def _proposed(text, position):
    start = start_after_last(text, position, _SENTENCE_ENDS, _SENTENCE_REACH)
    cues = list(_PROPOSED.finditer(text, start, position))
    return bool(cues) and not _ADOPTED.search(text, cues[-1].end(), position)
