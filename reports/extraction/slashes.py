"""A slash between a figure's level and its growth, as a digest writes a pair (地区生产总值：
3735.7亿元/增长4.7%; 规模以上工业增加值：—/增长7.1%, the level not given): read as the comma a
report would write. The text keeps its length."""

import re

# right after a level's unit or figure, or the dash of one not given (a table's cell of a slash
# alone, 地区生产总值  /  增长5%, stands apart); before the change's word
_BETWEEN = re.compile(
    r"(?<=[\u4e00-\u9fff\d%％—－])[/／](?=[ \u3000]?(?:同比|比上年)?(?:增长|下降|增|降)\s*[-+−]?\d)"
)


def slashes_as_commas(text):
    """`text` with each slash between a level and its growth read as a comma, of the same
    length."""
    return _BETWEEN.sub("，", text)
