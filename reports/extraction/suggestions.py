"""A reply to a deputy's suggestion or a member's proposal (关于市八届人大四次会议第126号建议的答复,
关于省政协十二届四次会议第0427号提案答复的函): the targets the suggestion proposes (建议：…力争2022年
全区出口增长30%以上; 贵委提出的55%以上的目标) are the proposer's wishes, not the plan's, unless the
reply says they were adopted (采纳, 已将…确定为)."""

import re

from reports.extraction.cues import TARGET_NOUN
from reports.extraction.heading_lines import PROPOSERS
from reports.extraction.sections import TARGET
from reports.extraction.sentences import SENTENCE_ENDS, SENTENCE_REACH, start_after_last

# the title's line (关于…第126号建议的答复, …第0427号提案答复的函, …对…第25号建议的答复)
_REPLY_TITLE = re.compile(
    r"^[^\n]{0,60}?(?:建议|提案|议案)[^\n。，,]{0,4}?(?:答复|回复)(?:的?函)?[ \t\u3000]*$", re.M
)
_TITLE_REACH = 400
# the proposing words before a target in its sentence, no adoption after their clause
_PROPOSED = re.compile(rf"建议|提议|呼吁|(?:{PROPOSERS}|提案)[^。，,；;\n]{{0,10}}?提出")
# (said by the reply: 已明确提出, 市政府在2022年计划中安排; not a suggestion's own 一是将…纳入考评)
_ADOPTED = re.compile(
    r"采纳|吸纳|吸收|批准|通过|确定为|已(?:将|经?明确|纳入|列入|安排)"
    r"|(?:政府|我们|我局|我委|我厅|我办)[^，,。；;]{0,12}?(?:确定|安排|明确|纳入|列入|计划|将|决定)"
)
_CLAUSE_END = re.compile(r"[，,；;：:]")
# the target a suggestion would change (由6%左右调高至…, 从8%提高到…, 由原定的6%…): the plan's
_CHANGED_FROM = re.compile(r"(?:由|从)[^，,。；;\d]{0,8}$")
_FROM_REACH = 12
# the target a suggestion quotes as the plan's, the figure naming it (确保完成全年…增长6%的预期目标)
_QUOTED_TARGET = re.compile(rf"[^，,。；;！!？?\n\d]{{0,4}}(?:{TARGET_NOUN})")


_FIGURE = re.compile(
    r"[\d.]*\s*(?:[%％‰]|个百分点|[万亿千]?(?:元|人次?|吨|家|美元|亩|公顷))?\s*(?:左右|以上|以内)?"
)


def _figure_end(text, position):
    """Where the figure at `position` ends: its number, unit and qualifier."""
    return position + len(_FIGURE.match(text, position).group())


def _an_opinion(text, cue, position):
    """Whether the opinion's words at `cue` propose the figure at `position`: not suggestions
    heeded (根据代表建议，…), nor far before it, nor before a list the sentence announces."""
    heeded = _HEEDED.search(text, max(0, cue.start() - _HEEDED_REACH), cue.start())
    near = position - cue.end() <= _OPINION_REACH
    return not heeded and near and not _ANNOUNCED.search(text, cue.end(), position)


def answers_a_suggestion(text):
    """Whether `text` opens as a reply to a suggestion or a proposal."""
    return _REPLY_TITLE.search(text, 0, _TITLE_REACH) is not None


# …or, in any text, a target someone other than the government suggests (部分代表建议将…目标调整为
# 10%, 我建议将…提高到2.5%, 与会专家建议…定在6%左右): an opinion, not the plan's (the government's
# own 建议2025年…预期目标为 is its plan)
# (a verb, not the suggestions heard or taken in, 听取…意见建议的基础上, 根据代表建议，…, 代表建议
# 和委员提案; its figure in the clauses right after it, no list announced between: …建议，…预期目标是：)
_OPINION = re.compile(
    r"(?:代表|委员(?!会)|专家|学者|课题组|网友|群众|市民|人士|有人|(?<!新闻)发言"
    r"|我(?![们市县区省国州盟旗镇乡委局厅办处科]))[^，,。；;\n]{0,12}?(?:建议|提议|呼吁)"
    r"(?![的和与及、]|提案|意见|基础|精神|要求)"
)
_HEEDED = re.compile(r"根据|按照|依据|吸收|吸纳|采纳|听取|结合|参考|梳理")
_HEEDED_REACH = 12
_OPINION_REACH = 80  # how far after the opinion's verb its figures stand
_ANNOUNCED = re.compile(r"[：:]")


def proposed_targets_dropped(text, candidates):
    """`candidates` without the targets a reply's suggestion proposes, or that someone's opinion
    suggests in any text."""
    proposing = _PROPOSED if answers_a_suggestion(text) else _OPINION
    return [
        c for c in candidates if c.kind != TARGET or not _proposed(text, c.value_start, proposing)
    ]


def _proposed(text, position, proposing):
    """Whether the figure at `position` is in a sentence proposing it, no adoption said after the
    proposal's clause (建议将…确定为30%以上 proposes; …建议。经研究，已将…确定为10%以上 adopts)."""
    start = start_after_last(text, position, SENTENCE_ENDS, SENTENCE_REACH)
    cues = list(proposing.finditer(text, start, position))
    if cues and proposing is _OPINION and not _an_opinion(text, cues[-1], position):
        return False
    if not cues or _CHANGED_FROM.search(text, max(position - _FROM_REACH, start), position):
        return False  # (建议将…目标由5.5%左右调高至6%: the target it would change is the plan's)
    if _QUOTED_TARGET.match(text, _figure_end(text, position)):
        return False
    clause_end = _CLAUSE_END.search(text, cues[-1].end(), position)
    return not (clause_end and _ADOPTED.search(text, clause_end.end(), position))
