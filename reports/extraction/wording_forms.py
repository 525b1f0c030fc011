"""The forms a catalogue's wording takes in reports besides its own: a verb inside a value-added
name, a per-capita figure called a year's, an amount named with 额. Each takes the catalogue's
wordings and the units of its series, and yields (wording, name) pairs for lexicon.Catalogue to
add."""

# Verbs reports put inside a value-added name, between the producer and 增加值.
VALUE_ADDED = "增加值"
VERBS_INSIDE = ("完成", "实现", "预计完成", "预计实现")


def verb_forms(wordings, _units):
    """规模以上工业完成增加值 329.8 亿元: a verb inside a value-added name."""
    for wording, name in list(wordings.items()):
        head = wording.removesuffix(VALUE_ADDED)
        if head != wording and len(head) >= 2:
            for verb in VERBS_INSIDE:
                yield head + verb + VALUE_ADDED, name


def yearly_forms(wordings, _units):
    """城镇常住居民年人均可支配收入: a per-capita figure said to be a year's is the same one."""
    for wording, name in list(wordings.items()):
        if "人均" in wording and "年人均" not in wording:
            yield wording.replace("人均", "年人均", 1), name


def amount_forms(wordings, units):
    """出口创汇额, 利用外资额: an amount of money named with 额 is the same one."""
    for wording, name in list(wordings.items()):
        money = any(unit.endswith("元") for unit in units[name])
        if money and wording[-1] not in "额值率":
            yield wording + "额", name


def initialism_forms(wordings, _units):
    """R&D经费占比: the letters reports write for 研发 name the same figure, and the other way."""
    for wording, name in list(wordings.items()):
        if "研发" in wording:
            yield wording.replace("研发", "r&d"), name
        elif "r&d" in wording:
            yield wording.replace("r&d", "研发"), name


def level_forms(wordings, _units):
    """地方级一般预算收入: the local level named with 级 is the same one."""
    for wording, name in list(wordings.items()):
        if wording.startswith("地方") and not wording.startswith("地方级"):
            yield "地方级" + wording.removeprefix("地方"), name
