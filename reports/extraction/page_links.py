"""A web page's links to other articles, copied with the report (上一篇：…2018年政府工作报告（2017年
全市GDP增长6.1%）, 下一条：…, 相关阅读：…): their titles' figures are other reports', and read as
spaces. The text keeps its length."""

import re

# the link's label opening its line, and the line (a list of related articles: its label alone on
# its line, the titles on the lines after it, is left to the rules)
_LINK_LINE = re.compile(
    r"^[ \t\u3000]*[【\[]?(?:上一篇|下一篇|上一条|下一条|上一页|下一页|上篇|下篇|相关阅读|相关文章|相关新闻"
    r"|相关链接|推荐阅读|延伸阅读)[】\]]?[ \t\u3000]*[：:][^\n]*",
    re.M,
)


def page_links_as_spaces(text):
    """`text` with each line of a link to another article read as spaces, of the same length."""
    return _LINK_LINE.sub(lambda line: " " * len(line[0]), text)
