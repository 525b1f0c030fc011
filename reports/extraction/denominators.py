"""Names of the whole a share is of: 重点电商企业完成零售额 133.48 亿元，占全区社会消费品零售总额
21.8%. The figure after such a name is the share, not the name's own."""

import re

# 占 and the place the whole is of (全区, 本市), right before the name
_SHARE_OF = re.compile(r"占\s*(?:全[省市区县州旗国]|本[省市区县])?\s*$")
_REACH = 6


def without_denominators(text, start, mentions):
    """`mentions` without the names that 占 makes the whole of a share."""
    return [
        mention
        for mention in mentions
        if not _SHARE_OF.search(text, max(start, mention.start - _REACH), mention.start)
    ]
