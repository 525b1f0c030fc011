"""Figures a text quotes from a rumour or a claim it answers (网传视频声称：…, 帖子称：“…”, 一名
博主…称“…”, “…”的说法): the claimant's, not the place's, which the text then states in its own
voice. A rebuttal quotes the claim first, so a claim's figure left in would stand for the series
before the true one."""

import re

from reports.extraction.scanning import covering

# who makes the claim: a rumour or a post and its author; or a medium a claim is seen in (a
# video, a chart, a netizen's words), which claims only a quotation (视频…称“…”), not a video
# conference's or an account's news (视频会议, 视频号)
_SOURCE = r"网传|传言|谣言|谣传|传闻|流言|帖子|网帖|自媒体|博主|截图"
_MEDIUM = r"短?视频(?!号|会|直播|监控)|图片|图表|表格|网民|网友"
# a verb of claiming, not a reply's or an account's (回应称, 答复称, 消息称)
_CLAIMS = r"(?<!回应)(?<!答复)(?<!消息)(?:声称|宣称|称|写道)[：:]?\s*"
_GAP = r"(?:[^。！？!?\n“”]|“[^”\n]{0,30}”){0,40}?"  # (a name quoted between: 账号“…”发布视频)
_QUOTATION = r"“[^”\n]{1,300}”"
# the rest of the sentence claimed, up to another speaker (…，市统计局回应称…)
_REST = r"(?:(?!回应|答复|负责人|统计局|表示|指出|介绍)[^。！？!?\n]){1,200}"
_CLAIM = re.compile(
    rf"(?:{_SOURCE}){_GAP}{_CLAIMS}(?:{_QUOTATION}|{_REST})"
    rf"|(?:{_MEDIUM}){_GAP}{_CLAIMS}{_QUOTATION}"
    rf"|(?:{_SOURCE})的?{_QUOTATION}"  # (网传“…”, 网传的“…”)
    rf"|截图\s*显示[：:]?\s*(?:{_QUOTATION}|{_REST})"
    # or a quotation the text calls a saying or untrue (“…”的说法, “…”等传言, “…”不实)
    rf"|{_QUOTATION}(?=[^。！？!?\n]{{0,4}}?(?:说法|传言|谣言|言论|不实|不属实|与事实不符))"
)


# in a text answering rumours (网传, 谣言, 不实, 辟谣, 澄清), a heading that quotes one (二、关于“…”),
# not a plan's note on a target (关于“地区生产总值增长6%左右”的预期目标)
_ANSWERING = re.compile(r"网传|谣言|传言|不实|辟谣|澄清")
_ANSWERED = re.compile(rf"^[^\n]{{0,8}}?关于\s*{_QUOTATION}[ \t\u3000]*$", re.M)


def outside_claims(text, candidates):
    """`candidates` but those whose figure stands in a claim the text quotes to answer it."""
    claims = [*_CLAIM.finditer(text)]
    if _ANSWERING.search(text):
        claims += _ANSWERED.finditer(text)
    if not claims:
        return candidates
    claimed = covering((claim.start(), claim.end()) for claim in claims)
    return [c for c in candidates if not claimed(c.value_start)]
