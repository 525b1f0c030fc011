"""An amount's share of GDP stated right after it: 全社会研发经费投入约 4200 亿元、占地区生产总值
比重达 3.26%. The share is the amount's intensity, a series of its own (gdp_shares.SHARES_OF_GDP).
"""

from reports.extraction.gdp_shares import SHARE_OF_GDP
from reports.extraction.lexicon import PERCENT, Mention
from reports.extraction.values import read_value


def share_after(text, mention, position, limit, catalogue):
    """(a mention of the intensity series, its value) for the share of GDP at `position`, after
    the amount `mention` names; or None."""
    share = catalogue.share_names.get(mention.name)
    tail = share and SHARE_OF_GDP.match(text, position, limit)
    value = tail and read_value(text, tail.end(), limit)
    if not value or value.unit != PERCENT:
        return None
    return Mention(mention.start, mention.end, share), value
