"""The wordings reports use for the share of days of good air: data the catalogue reads."""

# The share of days of good air, as reports spell it: 空气质量优良率, 环境空气优良天数比率,
# 设区城市空气质量平均优良天数比例; the cities named are where a province's air is measured.
_AIR_SCOPES = (
    "",
    "城市",
    "设区城市",
    "设区市",
    "地级城市",
    "地级及以上城市",
    "地级以上城市",
    "中心城市",
    "县级以上城市",
    "市区",
    # the city proper, where a city's air is measured (市城区, 中心城区, 主城区)
    "城区",
    "市城区",
    "中心城区",
    "主城区",
)
AIR_QUALITY_NAMES = [
    f"{scope}{environment}{air}{average}{measure}"
    for scope in _AIR_SCOPES
    for environment in ("", "环境")
    for air in ("空气", "空气质量", "大气")
    for average in ("", "平均")
    for measure in (
        "优良天数比例",
        "优良天数比率",
        "优良天数占比",
        "优良天数率",
        "优良天数比",  # 例 left out: 优良天数比达 68.4%
        "优良率",
        "优良天数",
        "达标天数比例",  # the days meeting the standard: the good days (空气质量达标率 81.9%)
        "达标率",
    )
]
# the city proper's (中心城区空气质量优良天数比例): the city's where no other is given
CITY_PROPER_AIR = tuple(
    name
    for name in AIR_QUALITY_NAMES
    if name.startswith(("市区", "城区", "市城区", "中心城区", "主城区"))
)
