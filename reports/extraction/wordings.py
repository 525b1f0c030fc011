"""The wordings reports use for the standard indicators: data the catalogue is built from
(lexicon.Catalogue), kept apart from the rules that read it."""

from reports.extraction.air_wordings import AIR_QUALITY_NAMES, CITY_PROPER_AIR
from reports.extraction.revenue_wordings import REVENUE_WORDINGS

# Names of a part of a series that reports give as the series when the whole is not given: the
# towns' investment (all but the farms'), which the statistics of the 2000s headlined; the good air
# of the city proper (中心城区空气质量优良天数比例). Where the whole is given too, it is the series.
_TOWNS_INVESTMENT = ("城镇固定资产投资", "城镇以上固定资产投资")
NARROWER_WORDINGS = _TOWNS_INVESTMENT + CITY_PROPER_AIR

# Groups of wordings for one indicator. The first is the standard name.
WORDING_GROUPS = [
    (
        "地区生产总值",
        "生产总值",
        "本地生产总值",
        "国内生产总值",
        "经济增长率",
        "经济增长速度",
        "地方生产总值",  # a county's own GDP (全县地方生产总值完成 96.4 亿元)
        "经济总量",  # the economy's aggregate: 经济总量突破千亿大关，达到 1034.77 亿元
        # a district's value added, all of it: its GDP, as Shanghai's districts write it (全区增加值
        # 完成 2488.4 亿元); 增加值 alone is as often an industry's named before
        "全区增加值",
        "全县增加值",
        "区增加值",  # 实现区增加值 897.5 亿元; never part of a longer name (开发区增加值)
        "区属增加值",
        "区级增加值",
    ),
    # 第一产业增长 5.9%: older reports name a sector's value added by the sector alone
    # 农林牧渔业增加值: the first sector by its industries' name, as Zhejiang's reports write it
    ("第一产业增加值", "一产增加值", "第一产业", "农林牧渔业增加值", "一产"),
    ("第二产业增加值", "二产增加值", "第二产业", "二产"),
    (
        "规上工业增加值",
        "规模以上工业增加值",
        "规模以上工业企业增加值",
        "规上工业企业增加值",
        "规模工业增加值",
        "规模工业",
        # 入统: the firms counted in the statistics, those above the size threshold
        "入统工业增加值",
        "入统工业",
        # a growth column's or a key's name in a data set (规上工业增速_%): the rate of the value added
        "规上工业增速",
        "规模以上工业增速",
    ),
    ("第三产业增加值", "三产增加值", "服务业增加值", "第三产业", "服务业", "三产"),
    # counties and districts report the investment of projects above the statistical threshold
    # (500 万元) as their fixed-asset investment: 规模以上固定资产投资, 500万元以上固定资产投资
    (
        "固定资产投资",
        "全社会固定资产投资",
        "固投",
        "规模以上固定资产投资",
        "规上固定资产投资",
        "限额以上固定资产投资",
        "500万元以上固定资产投资",
        "500万元以上项目固定资产投资",
        "50万元以上固定资产投资",
        "固定资产投资额",
        "全社会固定资产投资额",
        "社会固定资产投资",  # 全 left out
        "全社会投资",  # 固定资产 left out: the whole of society's investment is in fixed assets
        *_TOWNS_INVESTMENT,
    ),  # fmt: skip
    # 城镇失业率, its kind unsaid: the registered rate; reports name the surveyed one in full
    ("城镇登记失业率", "登记失业率", "城镇居民登记失业率", "城镇失业率"),
    # a word of scope or source before the name changes nothing: 全社会消费品零售总额 (the
    # whole of society), 海关进出口总额 (customs statistics), 境内 / 全口径财政总收入 (all the
    # revenue raised in the territory, the total)
    (
        "社会消费品零售总额",
        "社会消费品零售额",
        "社零总额",
        "社零",
        "社零额",
        "社消零",
        "全社会消费品零售总额",
        "社会消费品零售",  # 总额 left out: 社会消费品零售 92.2 亿元
        "消费品零售额",  # 社会 left out: 实现消费品零售额176亿元
        "消费品零售总额",
        "社会商品零售额",  # the older name (社会商品零售总额), goods sold to consumers
        "社会商品零售总额",
        "社会消费品销售总额",
    ),
    (
        "居民消费价格指数",
        "居民消费价格",
        "居民消费价格总水平",
        "居民消费价格总指数",
        "CPI",
        "物价",  # 物价涨幅控制在 3% 左右: the prices a plan's target names are consumer prices
        "物价总水平",
        "消费价格",  # 全年消费价格涨幅回落至 5.5%: 居民 left out
        # municipalities long set their price target on the cities' index alone
        "城市居民消费价格",
        "城市居民消费价格指数",
        "城市居民消费价格总水平",
    ),
    # 海关 (by the customs' statistics) before a trade series changes no series, nor 值 for 额
    (
        "出口总额",
        "出口",
        "出口额",
        "出口创汇",  # the older name: the foreign exchange exports earn
        "出口值",
        "外贸出口",
        "外贸出口额",
        "出口总值",
        "商品出口总值",
        "外贸出口总额",
        "外贸出口总值",
        "贸易出口",  # 外 left out
        "贸易出口总额",
        "货物贸易出口",  # the goods trade's exports, apart from the services'
        "货物出口",
        "出口商品总值",
        "海关出口",
        "海关出口值",
        "海关出口总值",
        "海关出口总额",
        "自营出口",  # exports by the enterprises themselves, an older name of the total
        "自营出口总额",
        "自营出口额",
        "外贸自营出口",
        "外贸自营出口额",
        "外贸自营出口总额",
        "外贸直接出口总额",  # exported by the firms themselves, as 自营 is
        "货物出口",  # goods, as against services: what customs counts
        "货物出口额",
        "货物出口总额",
        "货物贸易出口总额",
    ),
    ("进口总额", "进口", "进口额", "进口值", "进口总值", "海关进口", "海关进口总值"),
    (
        "进出口总额",
        "进出口",
        "外贸进出口",
        "外贸进出口总额",
        "海关进出口总额",
        "海关进出口",
        "进出口值",
        "进出口总值",
        "海关进出口总值",
        "外贸进出口总值",
        "外贸进出口额",
        "商品进出口总值",
        "商品进出口总额",
        "进出口商品总额",
        "进出口商品总值",
        "进出口贸易额",
        "进出口贸易总额",
        "货物进出口总额",  # the goods trade, named apart from the trade in services (服务贸易)
        "货物进出口总值",
        "货物进出口",
        "货物贸易进出口总额",
        "货物贸易进出口总值",
        "货物贸易进出口",
        "货物贸易",  # 货物贸易、服务贸易分别增长 15.3%、29.6%: the goods trade, its total
        "自营进出口总额",  # Ningbo's headline trade: the firms' own (自营), as its customs count it
        "外贸自营进出口总额",
        "自营进出口",
    ),
    (
        "实际利用外资",
        "实际使用外资",
        "利用外资",
        "实际使用外资金额",
        "实际使用外资额",
        "实际利用外资额",
        "实际利用外商直接投资",
        "实际使用外商直接投资",
        "实际吸收外商直接投资",
        "实际吸收外资",
        "外商直接投资",
        "外商直接投资实际到位金额",
        "外商直接投资实际到资",  # the foreign direct investment paid in
        "外商直接投资到位资金",  # …its funds paid in (到位资金)
        "外商直接投资实际到位资金",
        "利用外资实际到位资金",
        "实际到位外资",
        "到位外资",  # 实际 left out
        "到位外商直接投资",  # the direct investment paid in, 到位 before it
        "实际到位外商直接投资",
        "直接利用外资",
        "注册外资实际到账",  # Jiangsu's wording: the registered foreign capital paid in
        "注册外资实际到位",  # …or in place (到位), the registered capital before or after it
        "实际到位注册外资",
        "外商直接投资实际到位",  # the direct investment paid in, its amount left unsaid
        "外资实际到账",
        "外资到账",  # 实际 left out
        "实到外资",  # Zhejiang's short name of the foreign capital paid in
        "外商直接投资实到金额",  # …and Shanghai's, after the name (外商直接投资实到 181.7 亿美元)
        "外商直接投资实到",
        "到账外资",  # paid in, as 外资实际到账
        "实际到账外资",
        "新增到账外资",  # Jiangsu's name of the year's paid-in foreign capital
        "引进境外资金",  # Anhui's older name: foreign capital brought in and used
    ),
    *REVENUE_WORDINGS,
    # 人均 is often left out (城镇居民可支配收入 29880 元): the series is still per head
    (
        "城镇居民人均可支配收入",
        "城镇常住居民人均可支配收入",
        "城镇居民可支配收入",
        "城镇居民人均收入",  # 可支配 left out: the urban series has no other per-head income
        "城镇人均可支配收入",  # 居民 left out
        "城市居民人均可支配收入",  # the older name of the urban series
        "城市人均可支配收入",  # 居民 left out
        "市区居民人均可支配收入",  # a city's urban residents: those of its districts
        "市区城镇居民人均可支配收入",
        "城镇居民家庭人均可支配收入",  # the household survey's name
        "城镇居民收入",
    ),
    (
        "农村居民人均可支配收入",
        "农村常住居民人均可支配收入",
        "农村居民可支配收入",
        # farmers (and herders) per head: the rural series under its older, shorter name
        "农民人均可支配收入",
        "农村人均可支配收入",  # 居民 left out, as 城镇人均可支配收入
        "农牧民人均可支配收入",
        "牧民人均可支配收入",  # a pastoral banner's rural residents are its herders
        "牧区常住居民人均可支配收入",  # …or the residents of its pastures
        "农村牧区常住居民人均可支配收入",
        "牧区居民人均可支配收入",
        "农村居民收入",
        "农村居民家庭人均可支配收入",  # the household survey's name, as the urban series'
        # a division of the Production and Construction Corps counts its farm companies' residents
        # where a county counts its villages'
        "连队常住居民人均可支配收入",
        "连队居民人均可支配收入",
    ),
    (
        "居民人均可支配收入",
        "全体居民人均可支配收入",
        "居民家庭人均可支配收入",
        "居民可支配收入",  # 人均 left out
        "居民收入",
        "居民人均收入",
    ),
    (
        "农村居民人均纯收入",
        "农村居民家庭人均纯收入",
        "农民人均纯收入",
        "农牧民人均纯收入",
        "牧民人均纯收入",
        "农民纯收入",  # 人均 left out
        # as reports before the 1980s' household surveys name it: a commune member's
        "社员人均纯收入",
        "社员平均每人纯收入",
        "农民平均每人纯收入",
        "农民每人平均纯收入",
    ),
    (
        "万元生产总值能耗",
        # per unit or per 10,000 yuan of the place's output (the country's: of 国内生产总值);
        # 综合 (all sources of energy) changes nothing, and 能耗 may be written out (能源消耗)
        *(
            f"{per}{output}{energy}"
            for per in ("单位", "万元")
            for output in ("地区生产总值", "生产总值", "GDP", "国内生产总值")
            for energy in ("能耗", "综合能耗", "能源消耗")
            if f"{per}{output}{energy}" != "万元生产总值能耗"
        ),
        "单位增加值能耗",  # a district's: per unit of its value added, its GDP (全区增加值)
        "万元增加值能耗",
        "万元增加值综合能耗",
        "能耗强度",
        "能源消耗强度",
        "节能降耗",  # the task of saving energy: the intensity's fall (完成…节能降耗…任务)
        "节能指标",  # 完成市下达的节能指标任务
    ),
    (
        "单位地区生产总值二氧化碳排放降低",
        "单位GDP二氧化碳排放降低",
        "碳排放强度降低",
        "碳减排",  # the task of cutting carbon: the intensity's fall (完成…碳减排…任务)
        # its fall named by 降幅 (the size of the fall)
        "单位地区生产总值二氧化碳排放降幅",
        "单位GDP二氧化碳排放降幅",
        "单位地区生产总值二氧化碳降幅",  # 排放 left out
        "单位GDP二氧化碳降幅",
        # its fall said with 下降, as the energy intensity's is (单位GDP二氧化碳排放下降 3.5%)
        "单位地区生产总值二氧化碳排放下降",
        "单位生产总值二氧化碳排放降低",
        "单位生产总值二氧化碳排放下降",
        "单位GDP二氧化碳排放下降",
        "碳排放强度下降",
        "二氧化碳排放强度降低",
        "二氧化碳排放强度下降",
        "单位国内生产总值二氧化碳排放降低",  # the country's
        "单位国内生产总值二氧化碳排放下降",
        # the fall left unsaid before its quota (单位地区生产总值二氧化碳排放完成国家下达目标), or
        # said after 量, the series' name again (排放量下降 4.2%: 4.2)
        *(
            f"单位{output}二氧化碳排放{tail}"
            for output in ("地区生产总值", "生产总值", "GDP")
            for tail in ("", "量", "量下降", "量降低", "量下降幅度", "量降低幅度", "量降幅")
        ),
    ),
    ("主要污染物重点工程减排量", "主要污染物减排量"),
    ("化学需氧量", "COD", "化学需氧"),  # 量 left out: 化学需氧排放量下降 4% 以上
    ("氮氧化物", "NOx"),
    ("挥发性有机物", "VOCs"),
    ("亿元生产总值生产安全事故死亡率", "亿元GDP生产安全事故死亡率"),
    # 人员/人数: the people the jobs went to (城镇新增就业人员 4012 人)
    (
        "城镇新增就业",
        "新增城镇就业",
        "新增就业",
        "城镇新就业",
        "城镇新增就业人员",
        "城镇新增就业人数",
        "新增城镇就业人员",
        "新增城镇就业人数",
    ),
    (
        "全社会研究与试验发展经费投入",
        "全社会研发经费投入",
        "研发经费投入",
        "研究与试验发展经费投入",  # 全社会 left out, as 研发经费投入 leaves it
        "R&D经费投入",
        "研究与试验发展经费支出",
        "全社会研究与试验发展经费支出",
        "研究与发展经费支出",
        "全社会研究与发展经费支出",
        "研发经费支出",
        "研究经费支出",  # 与试验发展 left out
        "研究与实验发展经费支出",  # 实验 for 试验, as the statistics' older tables wrote it
        "研究与实验发展经费投入",
        "全社会研发投入",
        # the amount with its measure unsaid (研发经费占生产总值的比重达到 2.33%; 研究与发展经费相当于
        # 国内生产总值的 1.78%)
        "研发经费",
        "研究与发展经费",
        "研究与试验发展经费",
        "R&D经费支出",
        "R&D",
    ),
    (
        "研究与试验发展经费投入强度",
        "研发经费投入强度",
        "R&D经费投入强度",
        "研发投入强度",
        "全社会研发投入强度",
        "全社会研发经费投入强度",
        "全社会研究与试验发展经费投入强度",  # 全社会研究与试验发展经费投入 not read before its 强度
        # 支出 for 投入, and the share that leaves GDP unsaid (研发投入占比 3%): a rate only
        "研究与试验发展经费支出强度",
        "研发经费支出强度",
        "研发投入占比",
        "研发经费投入占比",
        "研发经费支出占比",
    ),
    ("高新技术企业", "国家级高新技术企业", "国家高新技术企业", "高企", "国高企业", "国高企"),
    ("优良空气天数比例", *AIR_QUALITY_NAMES, "优良天数比例", "优良天数比率"),  # 空气 left out
    # 城镇化 59.5%: the word alone before a rate (only a % fits); 城市化 in older reports
    (
        "常住人口城镇化率",
        "城镇化率",
        "城镇化水平",
        "城镇化",
        "常住人口城镇化水平",
        "城市化率",
        "城市化水平",
        # its definition, as the older monitoring systems name it (城镇人口比重 ≥60)
        "城镇人口比重",
        "城镇人口占总人口比重",
        "城镇人口占总人口的比重",
    ),
    ("粮食产量", "粮食总产量", "粮食总产", "生产粮食"),  # 生产粮食 78 万吨: the verb before it
    # 常住 changes nothing: births and deaths are counted of the residents
    ("人口自然增长率", "人口自增率", "常住人口自然增长率"),
]
