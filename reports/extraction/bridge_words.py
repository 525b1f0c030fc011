"""The words that may stand between an indicator's name and its figure (地区生产总值增长 5.8%,
收入预算安排 159 亿元, 增速回升至 5.2%) and that a clause going on about the figure before it may
open with (…，增长 5.8%): they are no part of the value.
"""

# the verbs a target is adjusted by in the course of the year (由 14% 调整为 15% 以上, 年初计划增长
# 13%，建议调整为增长 10%)
ADJUSTED_TO = r"(?:(?:建议|拟)\s*)?(?:调整|调减|调增|调高|调低|下调|上调)\s*[为到至]"
# a figure as a check revised it, after the figure reported (上报增长13.5%，核实后为下降8.7%)
REVISION_VERBS = "核实|核定|修订|修正|核减|核增"
REVISED_TO = rf"(?:经\s*)?(?:{REVISION_VERBS})\s*后?\s*(?:为|数为)"
# …and the bridges before a target adjusted, as it was and as it is to be: 增长目标由 14% 调整为
# 15% 以上, 固定资产投资由 150 亿元调减为 138 亿元; not a boundary changed (统计口径调整为…)
VALUE_ADJUSTED = rf"[-\d.]+[^，,；;。\d]{{0,8}}?{ADJUSTED_TO}"  # 14% 调整为
# (when it was adjusted may come first: 增长目标年中由 7% 调低至 6%, 9月份由…)
_WHEN_ADJUSTED = r"(?:年中|年内|下半年|\d{1,2}\s*月份?)\s*"
ADJUSTING = (
    rf"(?<!口径)(?<!范围)(?<!标准)"
    rf"(?:{ADJUSTED_TO}|(?:{_WHEN_ADJUSTED})?由(?=\s*(?:增长|下降)?\s*{VALUE_ADJUSTED}))"
)
GROWTH_WORDS = frozenset(
    "增长 增速 增幅 涨幅 上涨 上升 增长率 同比 同比口径 比上年 年均 增速为 增幅为 涨幅为 上涨幅度 增长幅度 "
    # 同比增 5%, 增长了 5%, 涨了 5%, 比增 5%, 同比口径增长 3.6%, (预计全年) 可增长 6.5%
    "增长了 上涨了 上升了 涨了 增 比增 可增长".split()
)
# a rate of fall named before its figure (能耗下降率在 5.5% 左右): the figure is a fall written
# without its sign, shown for the analyst to write it
DOWN_RATES = frozenset("下降率 降低率 降幅 下降幅度 降低幅度".split())
BRIDGE_WORDS = sorted(
    {
        *GROWTH_WORDS,
        *"总量 总额 总数 规模 数量 数 同期 分别 分别是 分别以 也 均值 均 都 各 同步 继续 预计 全年 今年 当年 累计 提高到 提高至 提高 提升到 提升至 提升 "
        "到资 增加到 增加至 增加 增至 增长到 增长至 达到 达 可达到 可达 可实现 可完成 为 是 约为 实现 完成额 完成 上报 稳定在 保持在 控制在 控制到 成功控制在 保持 稳定 在 要 "
        "排放总量 排放量 排放 人数 力争 确保 争取 预计 预计的 有望 可望 初步统计 初步核算 初步测算 预期 计划 将 目标 的目标 的预期目标 年初 年度目标增长 年度计划增长 全年目标增长 年度预期目标增长 "
        "年度目标 全年目标 年计划 规划目标 年初提出 年初提出的 年初确定 年初制定".split(),
        # a budget's revenue as budgeted, or as its accounts closed (收入预算安排159亿元, 预算数为…,
        # 决算数为58630万元), or a figure as counted at last (最终核实为1299.36亿元)
        *"安排 预算安排 预算为 预算数为 预算数 决算数为 决算数 执行数为 执行数 最终核实为 最终确认为".split(),
        # or as revised or verified after a check (地区生产总值修订为176.42亿元, 核实后为下降8.7%,
        # 规模以上工业增加值…核减为增长2.4%)
        *"修订为 修正为 相应修订为 修订后为 核实为 核实后为 核实后 核定为 核减为 核增为".split(),
        *"经核实为 经核实后为 经修订为 经修订后为".split(),
        # a target set at its value: 经济增长目标确定为 5.5%, 预期目标定为 6%; or the plan
        # arranged for it (地区生产总值按增长 5% 安排)
        *"确定为 定为 设定为 按 按照".split(),
        # a rate moved to its year's value: 增速回升至 5.2%, 涨幅回落到 1.2%
        *(
            "回升至 回升到 回落至 回落到 加快至 加快到 放缓至 放缓到 收窄至 收窄到 "
            "升至 升到 降至 降到"
        ).split(),
        # how it grew, before the verb: 进出口逆势增长 8.8%, 稳步增长; or that it has (已经达到),
        # or still has (粮食总产量仍达到 1450 万吨)
        *"逆势 逆市 稳步 持续 平稳 快速 较快 进一步 已 已经 仍 仍然 依然".split(),
        # or after a fall (2009年恢复增长 9.7%, 实现恢复性增长 12%)
        *"恢复增长 恢复性增长 反弹增长".split(),
        # a level of long ago, said as small (1978年，全县地区生产总值仅1.86亿元, 只有98元)
        *"仅 仅为 仅有 只有".split(),
        # a count grown to its level: 国家高新技术企业发展到 207 家
        *"发展到 发展至".split(),
        # the sectors' value added said after their verb (三次产业分别实现增加值 236.7 亿元、…)
        "增加值",
        # a result held in a bound as forecast (城镇登记失业率预计可控制在 4.2%)
        *"可控制在 可保持在 可稳定在".split(),
        # a bound set as the year's (城镇登记失业率控制目标1.5%以内)
        *"控制目标 年度控制目标 控制目标为".split(),
        # a target a superior set for the place, or the place itself (（一）生产总值。市下达目标为
        # 增长12%，我市确定目标为增长13%)
        *(
            "下达目标 下达的目标 市下达目标 省下达目标 县下达目标 区下达目标 上级下达目标 "
            "确定目标 我市确定目标 我县确定目标 我区确定目标 市定目标 县定目标 区定目标"
        ).split(),
        # both of a pair, for the first time: 增幅首次双双达到 11% 以上
        *"双双 首次双双".split(),
        *DOWN_RATES,
        # a list of pollutants closed by their kind: 化学需氧量、二氧化硫等主要污染物排放总量削减…,
        # …、氮氧化物等减排指标完成省下达任务
        "等主要污染物",
        "等污染物",
        "等减排指标",
    },
    key=len,
    reverse=True,
)
