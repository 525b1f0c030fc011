"""The wordings of the budget's revenue, total and local, across the names it has had (财政总收入,
地方财政一般预算收入, 公共财政预算收入 …): data for wordings.WORDING_GROUPS."""

REVENUE_WORDINGS = [
    (
        "一般公共预算总收入",
        "财政总收入",
        "全部财政收入",  # Hebei's name of the total
        "公共财政总收入",
        "境内财政总收入",
        "地方财政总收入",  # Inner Mongolia's name of the total: 总收入 is the total whatever the scope
        "全口径财政收入",
        "全口径财政总收入",
        "全口径一般公共预算收入",
        "全口径公共财政收入",  # the total under its name of 2011–2014
        "财政一般预算总收入",  # the total's name before 2014
        "地方财政一般预算总收入",
        "一般预算总收入",
        "一般预算全口径财政收入",  # an older name of the total (2004)
        "公共财政预算总收入",  # the total's name of 2011–2014
        # the revenue raised in the place, the shares sent up included (Hainan's name)
        "来源地一般公共预算收入",
        "大口径财政收入",  # Gansu's name of the total: the broad scope
    ),
    # the local budget revenue's names before 2014 (地方财政一般预算收入, 地方公共财政收入 …)
    (
        "地方一般公共预算收入",
        "地方级一般公共预算收入",
        "一般公共预算收入",
        "地方财政收入",
        "地方财政一般预算收入",
        "地方财政一般公共预算收入",
        "财政一般公共预算收入",
        "财政一般预算收入",
        "地方一般预算收入",
        "一般预算收入",
        "地方公共财政收入",
        "公共财政收入",  # the name of 2011–2014, 地方 left out
        "地方公共财政预算收入",
        "公共财政预算收入",
        "地方财政预算收入",  # 公共 left out
        "地方级财政收入",
        "地方级收入",
        "公共预算收入",  # 一般 left out, as 人均 is of the incomes (…、公共预算收入分别完成)
        "地方公共预算收入",
        "地方公共预算财政收入",
        "一般公共财政预算收入",  # the name of 2011–2014 (公共财政), with 一般 kept
        "地方一般公共财政预算收入",
        "一般预算地方级财政收入",
        "一般预算财政收入",  # 全口径财政收入、一般预算财政收入分别实现…: the local one
        "区级财政收入",  # a district's own (…其中区级财政收入), as Shanghai's districts name it
        "区级一般公共预算收入",
        "一般公共预算区级收入",  # the level after the budget's name, as 一般公共预算地方收入
        "一般公共收入",  # 预算 left out
        "一般公共预算地方本级收入",  # Shenzhen's districts: the revenue the place keeps
        "一般公共预算地方收入",  # 地方 after the budget's name, as 一般预算地方级财政收入
        "地方本级收入",
        "本级收入",  # 一般公共预算总收入…，其中本级收入 135.01 亿元
        "区级收入",  # 地方财政收入 15.88 亿元，其中区级收入 6.98 亿元: the district's own
        "县级收入",
        "地方收入",  # 财政总收入 3.12 亿元…，其中地方收入 1.73 亿元
        "一般财政收入",  # 公共预算 left out
        # the budget named for its revenue (一般公共预算增长 5.4%, 一般公共预算 243.7 亿元); a
        # longer name (一般公共预算支出) is its own
        "一般公共预算",
        "一般公共财政预算",
        "一般财政公共预算收入",  # 财政 before 公共预算 (全旗一般财政公共预算收入完成 1.93 亿元)
    ),
]
