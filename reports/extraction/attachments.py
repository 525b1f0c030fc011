"""An attachment (附件) that is a document of its own, not an annex of tables: a motion or a
notice sent with the plan it submits (附件：汇川区2023年…计划调整方案; 附件⏎某区2023年…计划调整方案),
a request's feasibility study or summary of work (附件⏎…可行性研究报告（摘要）, …创建工作总结). Its
prose is the report's, read as the body's is, not as an annex's."""

import re

from reports.extraction.file_names import FILE_EXTENSION

# a document's title (…工作总结, …申报书), not a table's (…主要指标完成情况表, …主要指标), maybe
# an abstract of it (…可行性研究报告（摘要）)
_DOCUMENT = re.compile(
    r"(?:报告|方案|草案|说明|纲要|申报书|总结)[）)》]?[ \t\u3000]*"
    r"(?:[（(]\s*摘\s*要\s*[)）])?[ \t\u3000]*$"
)
_HEADING = re.compile(r"[ \t\u3000]*附\s*件[ \t\u3000\d]*[：:]?")
_SENT_FILE = re.compile(rf"[^\n]*{FILE_EXTENSION}[ \t\u3000]*$", re.I)
_MESSAGE_TIME = re.compile(r"\d{1,2}:\d{2}")  # a message's time, on its sender's line or the next
_TITLE_REACH = 200  # how far under the heading its title is read
_TITLE_LINES = 2  # a title under the heading may be wrapped over two lines


def attaches_a_document(text, line_start, line):
    """Whether the attachment heading `line` at `line_start` names a document, on its own line
    or on the next line that is not blank (or the two next, a title wrapped over them); or a
    file a chat's message sends (附件：…（第三稿）.docx over the next message's sender and time)."""
    if _sent_in_a_chat(text, line_start + len(line), line):
        return True
    heading = _HEADING.match(line)
    title = line[heading.end() if heading else 0 :].strip()
    if not title:
        after = line_start + len(line)
        lines = text[after : after + _TITLE_REACH].lstrip().split("\n")[:_TITLE_LINES]
        title = "".join(part.strip() for part in lines)
        # (its first line alone, when the second opens the body: …工作方案⏎一、总体要求)
        title = title if _DOCUMENT.search(title) else lines[0].strip()
    return bool(_DOCUMENT.search(title)) and "表" not in title


def _sent_in_a_chat(text, after, line):
    """Whether `line` names a file a chat's message sends, the next message's header (its time)
    on the next lines that are not blank: the chat goes on after it, no annex."""
    if not _SENT_FILE.match(line):
        return False
    following = text[after : after + _TITLE_REACH].lstrip().split("\n")[:_TITLE_LINES]
    return any(_MESSAGE_TIME.search(part) for part in following)
