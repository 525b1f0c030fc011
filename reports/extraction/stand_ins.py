"""Words standing in for a series named, or described, before them in the sentence: the grain's
总产 after its sown area, 实际到位 after foreign capital contracted, 外资 after 内 (内外资), 增加值
after the enterprises above the threshold, a count's 总量 after its increase, an item's words after
a heading naming its series alone (1．地区生产总值。年度目标为增长9%。), a delivery's after its
promise's (任务：…。完成情况：…). Each finder adds a mention where the catalogue's wordings found
none."""

from reports.extraction.grain import grain_output_after_area
from reports.extraction.increments import total_after_increase
from reports.extraction.named_items import series_of_its_item
from reports.extraction.paid_in import foreign_after_domestic, paid_in_after_contracted
from reports.extraction.pledges import series_of_its_pledge
from reports.extraction.value_added import value_added_after_subject

_FINDERS = (
    value_added_after_subject,
    grain_output_after_area,
    paid_in_after_contracted,
    foreign_after_domestic,
    total_after_increase,
    series_of_its_item,
    series_of_its_pledge,
)


def with_stand_ins(text, start, end, mentions, catalogue):
    """`mentions` with one for each word in text[start:end] standing in for a series."""
    for finder in _FINDERS:
        mentions = finder(text, start, end, mentions, catalogue)
    return mentions
