"""The synthetic province → city → county tree, with GB/T 2260-shaped division codes."""

from dataclasses import dataclass, field

from indicators.models import Jurisdiction

# GB/T 2260 province prefixes and names: the real 31 provincial-level divisions.
PROVINCES = [
    ("11", "北京市"), ("12", "天津市"), ("13", "河北省"), ("14", "山西省"),
    ("15", "内蒙古自治区"), ("21", "辽宁省"), ("22", "吉林省"), ("23", "黑龙江省"),
    ("31", "上海市"), ("32", "江苏省"), ("33", "浙江省"), ("34", "安徽省"), ("35", "福建省"),
    ("36", "江西省"), ("37", "山东省"), ("41", "河南省"), ("42", "湖北省"), ("43", "湖南省"),
    ("44", "广东省"), ("45", "广西壮族自治区"), ("46", "海南省"), ("50", "重庆市"),
    ("51", "四川省"), ("52", "贵州省"), ("53", "云南省"), ("54", "西藏自治区"),
    ("61", "陕西省"), ("62", "甘肃省"), ("63", "青海省"), ("64", "宁夏回族自治区"),
    ("65", "新疆维吾尔自治区"),
]  # fmt: skip
NATIONAL = (3200, 333)  # jurisdictions, of which cities: the shares the tree keeps at any size
NAME_CHARACTERS = (
    "安宁平阳兴华东西南北长永和清新江山河川海林泉石金云龙凤宝德福丰嘉庆昌隆盛泰康乐明光远通"
)


@dataclass
class Place:
    index: int
    code: str
    name: str
    level: str
    parent: "Place | None" = None
    pk: int | None = None
    children: list = field(default_factory=list)


def tree_sizes(total):
    """(provinces, cities, counties): about 1 % and 10 % at national size, at least one each."""
    provinces = min(len(PROVINCES), max(1, round(total * len(PROVINCES) / NATIONAL[0])))
    cities = max(1, round(total * NATIONAL[1] / NATIONAL[0]))
    cities = max(1, min(cities, total - provinces - 1))
    return provinces, cities, max(0, total - provinces - cities)


def spread(count, among, rng):
    """`count` items shared among `among` slots, unevenly (as real provinces are), none empty."""
    weights = [0.5 + rng.random() for _ in range(among)]
    shares = [max(1, int(count * w / sum(weights))) for w in weights]
    while sum(shares) > count:
        shares[shares.index(max(shares))] -= 1
    for step in range(count - sum(shares)):
        shares[step % among] += 1
    return shares


def unit_name(position, salt, suffix):
    """A two-character name, distinct for each position under one parent."""
    size = len(NAME_CHARACTERS)
    code = (position * 37 + salt * 11) % (size * size)
    return NAME_CHARACTERS[code // size] + NAME_CHARACTERS[code % size] + suffix


def places_build(total, rng):
    """The tree as Places, parents before children, codes and names unique where they must be."""
    provinces, cities, counties = tree_sizes(total)
    if cities > provinces * 99 or counties > cities * 99:
        raise ValueError("too many jurisdictions for six-digit codes: at most 99 below each")
    places = []
    for prefix, name in PROVINCES[:provinces]:
        places.append(Place(len(places), f"{prefix}0000", name, "province"))
    for province, share in zip(list(places), spread(cities, provinces, rng), strict=True):
        for position in range(share):
            city = Place(
                len(places),
                f"{province.code[:2]}{position + 1:02d}00",
                unit_name(position, province.index, "市"),
                "city",
                province,
            )
            province.children.append(city)
            places.append(city)
    city_list = [p for p in places if p.level == "city"]
    for city, share in zip(city_list, spread(counties, len(city_list), rng), strict=True):
        for position in range(share):
            suffix = "区" if position < 3 else "县"
            county = Place(
                len(places),
                f"{city.code[:4]}{position + 1:02d}",
                unit_name(position, city.index, suffix),
                "district",
                city,
            )
            city.children.append(county)
            places.append(county)
    return places[:total]


def places_create(places):
    """Jurisdictions through the ORM (a few thousand rows), level by level for parent ids."""
    for level in ("province", "city", "district"):
        chosen = [p for p in places if p.level == level]
        created = Jurisdiction.objects.bulk_create(
            Jurisdiction(
                name=p.name,
                name_en=f"Synthetic {level} {p.code}",
                level=level,
                parent_id=p.parent.pk if p.parent else None,
                division_code=p.code,
            )
            for p in chosen
        )
        for place, jurisdiction in zip(chosen, created, strict=True):
            place.pk = jurisdiction.pk
