"""Amounts a report may state as a share of GDP, and how it words the share."""

import re

# An amount stated as a share of GDP is another series, its intensity: 研究与试验发展经费支出
# 相当于生产总值的 1.6%, 研发经费支出占地区生产总值比重 2.5%,
# R&D 占 GDP 比重达到 4.51%, 全社会研发投入占比达 3%.
SHARES_OF_GDP = {"全社会研究与试验发展经费投入": "研究与试验发展经费投入强度"}
SHARE_OF_GDP = re.compile(
    # the amount's abbreviation may stand bracketed before 占: 研发经费支出（R&D）占 GDP 比重
    r"\s*(?:[（(]\s*[A-Za-z&]{1,8}\s*[)）])?"
    r"\s*(?:相当于|占)\s*(?:[全本]?[省市区县]|全国)?\s*(?:(?:地区|国内)?\s*生\s*产\s*总\s*值|GDP)"
    r"\s*(?:[（(]\s*GDP\s*[)）])?\s*的?\s*(?:比重|比例|比率)?"
    r"|\s*占比(?=\s*(?:达到?|为)?\s*\d)"  # 全社会研发投入占比达 3%: the share, GDP unsaid
    # 研究与试验发展经费支出与生产总值之比 2.6%: the ratio, as a share
    r"|\s*与\s*(?:(?:地区|国内)?\s*生\s*产\s*总\s*值|GDP)\s*之\s*比",
    re.IGNORECASE,
)
