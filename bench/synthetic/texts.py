"""Targets and results as reports write them, drawn at random around each series' trend."""

from typing import NamedTuple

from indicators.models import Figure

KINDS = (Figure.Kind.TARGET, Figure.Kind.EXPECTED, Figure.Kind.FINAL)
LEVEL_WORD = {"province": "国家", "city": "省", "district": "市"}  # who hands quotas down
AVERAGE_WORD = {"city": "全省", "district": "全市"}  # the average a target compares with
# Growth rates around which each series moves (percent a year, 2010 level).
GROWTH_BASE = {
    "地区生产总值": 8.5, "第一产业增加值": 4.0, "第二产业增加值": 9.0, "规上工业增加值": 10.0,
    "建筑业增加值": 8.0, "第三产业增加值": 9.0, "固定资产投资": 14.0, "社会消费品零售总额": 12.0,
    "出口总额": 8.0, "实际利用外资": 6.0, "一般公共预算总收入": 9.0, "地方一般公共预算收入": 9.0,
    "城镇居民人均可支配收入": 9.5, "农村居民人均可支配收入": 10.5, "居民人均可支配收入": 9.5,
    "单位地区生产总值二氧化碳排放降低": 3.5, "数字经济增加值": 15.0, "海洋生产总值": 9.0,
    "进出口总额": 8.0,
}  # fmt: skip
SHARE_BASE = {"第三产业增加值占地区生产总值比重": 45.0, "规上企业R&D经费投入强度": 1.8,
              "学前教育普惠率": 80.0, "优良空气天数比例": 88.0}  # fmt: skip
# A level's size in a typical county, in its unit; provinces and cities are larger.
LEVEL_BASE = {"亿元": 150.0, "万美元": 8000.0, "元": 22000.0, "家": 60.0, "万人": 0.8,
              "万亩": 4.0, "公里": 40.0, "个": 1500.0, "张": 300.0, "万套": 0.2, "万件": 0.1,
              "人": 200.0, "万户": 6.0}  # fmt: skip
SCALE = {"province": 40.0, "city": 6.0, "district": 1.0}
PER_HEAD_UNITS = {"元"}  # per-capita levels do not grow with the jurisdiction
WITH_POSITIVE = {"出口总额", "实际利用外资", "进出口总额"}  # 正增长 is a common target
SYNCED_WITH_GDP = {"城镇居民人均可支配收入", "农村居民人均可支配收入", "居民人均可支配收入"}


def number(value, digits=1):
    """6.0 → '6', 6.50 → '6.5': as reports write numbers."""
    text = f"{value:.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def pick(rng, weighted):
    """One of the (weight, value) pairs' values."""
    roll = rng.random() * sum(weight for weight, _value in weighted)
    for weight, value in weighted:
        roll -= weight
        if roll < 0:
            return value
    return weighted[-1][1]


def growth_text(value, rng, *, approximate=False):
    """A result or expected result as a rate: 6.8, 6.8%, 增长6.8%, 下降0.3%, 6.6 左右."""
    shown = number(abs(value))
    if value < 0:
        return f"下降{shown}%" + ("左右" if approximate else "")
    if approximate:
        return pick(rng, [(4, f"{shown} 左右"), (3, f"增长{shown}%左右"), (2, f"{shown}%左右")])
    return pick(rng, [(4, shown), (2, f"{shown}%"), (3, f"增长{shown}%"), (1, f"{shown}％")])


def level_text(value, unit, *, prefix="", suffix=""):
    """1200亿元, 1.2万亿元, 4.5万元, 350家: integers for counted things, 4 significant digits."""
    if unit == "亿元" and value >= 10000:
        return f"{prefix}{number(value / 10000, 2)}万亿元{suffix}"
    if unit == "元" and value >= 10000 and not prefix:
        return f"{prefix}{number(value / 10000, 2)}万元{suffix}"
    digits = 0 if value >= 1000 or unit in ("家", "个", "人", "张") else (1 if value >= 10 else 2)
    return f"{prefix}{number(value, digits)}{unit}{suffix}"


def round_to(value, step):
    return round(value / step) * step


def significant(value, digits):
    if value == 0:
        return 0.0
    magnitude = 10 ** (len(str(int(abs(value)))) - digits)
    return round(value / magnitude) * magnitude if magnitude >= 1 else round(value, digits - 1)


class Texts(NamedTuple):
    """One key's texts, in the order of KINDS."""

    target: str
    expected: str
    final: str


def key_texts(series, place, year_offset, effect, rng):
    """The target, expected result and final result of one series, place and year, as written."""
    return BEHAVIOURS[series.behaviour](series, place.level, year_offset, effect, rng)


def growth_texts(series, level, year_offset, effect, rng):
    base, name = series.base, series.indicator.name
    trend = base - year_offset * base * 0.03 + effect
    target_number = max(0.5, round_to(trend, 0.5))
    final = round(trend + rng.gauss(0.0, 1.3), 1)
    expected = round(final + rng.gauss(0.1, 0.3), 1)
    return Texts(
        growth_target(name, level, target_number, rng),
        growth_text(expected, rng, approximate=rng.random() < 0.6),
        result_restating(name, level, rng) or growth_text(final, rng),
    )


def price_texts(series, level, year_offset, effect, rng):
    ceiling = pick(rng, [(5, 3.0), (2, 3.5), (1, 2.0)])
    target = pick(
        rng,
        [
            (3, f"{number(ceiling)} 左右"),
            (2, f"{number(ceiling)}%左右"),
            (3, f"控制在{number(ceiling)}%以内"),
            (2, f"{ceiling:.1f} 以内"),
        ],
    )
    final = round(rng.gauss(2.0, 0.9), 1)
    expected = round(final + rng.gauss(0, 0.2), 1)
    return Texts(target, price_text(expected, rng), price_text(final, rng))


def reduction_texts(series, level, year_offset, effect, rng):
    quota = f"完成{LEVEL_WORD[level]}下达目标"
    drop = round_to(series.base + rng.gauss(0, 0.4), 0.5)
    final = round(drop + rng.gauss(0.2, 0.6), 1)
    down = series.indicator.direction == "down"
    numeric = f"{number(drop)} 以上"
    if down:
        numeric = pick(rng, [(5, f"下降{number(drop)}%"), (1, "持续下降")])
    achieved = f"下降{number(final)}%" if down else number(final)
    if rng.random() < 0.7:
        result = quota if rng.random() < 0.85 else achieved
        return Texts(quota, quota, result)
    return Texts(numeric, achieved + ("左右" if down else " 左右"), achieved)


def quota_texts(series, level, year_offset, effect, rng):
    quota = f"完成{LEVEL_WORD[level]}下达任务"
    final = pick(rng, [(85, quota), (10, "基本完成"), (5, "超额完成")])
    return Texts(quota, quota, final)


def share_texts(series, level, year_offset, effect, rng):
    base = series.base
    goal = round_to(base + year_offset * 0.4 + effect * 0.5, 0.5 if base < 10 else 1)
    final = round(goal + rng.gauss(0.3, 1.0 if base >= 10 else 0.2), 1)
    target = pick(
        rng,
        [(3, f"{number(goal)}%以上"), (2, f"{number(goal)}%"), (2, f"达到{number(goal)}%")]
        + [(2, f"{number(goal)}%左右")],
    )
    return Texts(target, f"{number(final + 0.1)}%左右", f"{number(final)}%")


def ceiling_texts(series, level, year_offset, effect, rng):
    limit = round(series.base * (1 - year_offset * 0.03), 3)
    final = max(0.001, round(limit * (0.9 + rng.gauss(0, 0.12)), 3))
    target = pick(rng, [(3, f"{number(limit, 3)} 以内"), (2, f"控制在{number(limit, 3)}以内")])
    return Texts(target, number(final * 1.02, 3), number(final, 3))


def level_texts(series, level, year_offset, effect, rng):
    unit = series.indicator.unit
    size = 1.0 if unit in PER_HEAD_UNITS else SCALE[level]
    trend = series.base * size * (1.07**year_offset) * (1 + effect / 20)
    goal = significant(trend, 2)
    final = significant(trend * (1 + rng.gauss(0.02, 0.05)), 4)
    expected = significant(final * (1 + rng.gauss(0, 0.01)), 3)
    target = pick(
        rng,
        [
            (4, level_text(goal, unit)),
            (3, level_text(goal, unit, suffix="左右")),
            (2, level_text(goal, unit, prefix="突破")),
            (2, level_text(goal, unit, suffix="以上")),
        ],
    )
    return Texts(target, level_text(expected, unit, suffix="左右"), level_text(final, unit))


# How each behaviour (series.Series.behaviour) writes its texts.
BEHAVIOURS = {
    "growth": growth_texts,
    "price": price_texts,
    "reduction": reduction_texts,
    "quota": quota_texts,
    "share": share_texts,
    "ceiling": ceiling_texts,
    "level": level_texts,
}


def growth_target(name, level, value, rng):
    shown = number(value)
    forms = [
        (25, shown),
        (6, f"{shown}%"),
        (8, f"增长{shown}%"),
        (18, f"{shown} 左右"),
        (12, f"增长{shown}%左右"),
        (14, f"{shown} 以上"),
        (6, f"不低于{shown}%"),
        (8, f"{number(value - 0.5)}—{shown}"),
        (2, f"{number(value - 0.5)}%-{shown}%"),
        (0.3, "稳中求进"),
    ]
    if name in WITH_POSITIVE:
        forms += [(12, "正增长"), (4, "保持正增长")]
    if name in SYNCED_WITH_GDP:
        forms.append((15, "与经济增长保持同步"))
    if level in AVERAGE_WORD:
        forms += [(3, f"不低于{AVERAGE_WORD[level]}平均水平"), (2, "高于全省平均水平")]
    else:
        forms.append((1, "高于全国平均水平"))
    return pick(rng, forms)


def result_restating(name, level, rng):
    """Now and then a result restates a relative target instead of giving a number."""
    if rng.random() >= 0.02:
        return None
    if name in SYNCED_WITH_GDP and rng.random() < 0.5:
        return "与经济增长同步"
    return f"高于{AVERAGE_WORD.get(level, '全国')}平均水平"


def price_text(value, rng):
    if value < 0:
        return f"下降{number(-value)}%"
    return pick(rng, [(3, number(value)), (2, f"上涨{number(value)}%"), (2, f"{number(value)}%")])


def source_quote(kind, year, series, text):
    name = series.indicator.name
    if kind == Figure.Kind.TARGET:
        return f"{year}年主要预期目标：{name}{text}"
    if kind == Figure.Kind.EXPECTED:
        return f"预计{year}年全年{name}{text}"
    return f"{year}年全年{name}{text}"
