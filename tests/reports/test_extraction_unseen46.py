"""Forms found in round fifty, reading what whole reports and the blind excerpts still miss, each
in a text of our own wording: classes of wording, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen import candidates


def test_the_energy_intensity_per_unit_of_the_countrys_output_all_sources_counted_is_read():
    # 万元国内生产总值综合能耗: the country's output per 10,000 yuan, 综合 changing nothing
    text = "2001年，万元国内生产总值综合能耗力争比上年降低4％，用水总量稳定在200亿立方米左右。"
    found = candidates(text, 2000)
    assert found[("万元生产总值能耗", "%", 2001, "target")] == "降低4"


def test_a_count_grown_to_its_level_is_the_level():
    # 发展到 … 家: the count reached, as 达到 is
    found = candidates("2023年，全市国家高新技术企业发展到315家，新增创新平台6个。", 2023)
    assert found[("高新技术企业", "家", 2023, "expected")] == "315"


def test_the_count_of_those_certified_now_is_the_count():
    # 有效期内高新技术企业: those whose certificate holds, the count the place has
    found = candidates("2025年，全省有效期内高新技术企业达5600家，研发平台新增40个。", 2025)
    assert found == {("高新技术企业", "家", 2025, "expected"): "5600"}


def test_values_shared_out_go_to_each_name_of_a_list_opened_by_unknown_names():
    # two unknown names before the known one: the third value is the known one's, not the first
    text = (
        "2019年，主营业务收入、税收收入、实际利用外资分别完成98亿元、3.1亿元、420万美元，"
        "分别增长5%、7.2%、36%。"
    )
    assert candidates(text, 2019) == {
        ("实际利用外资", "万美元", 2019, "expected"): "420",
        ("实际利用外资", "%", 2019, "expected"): "36",
    }


def test_values_shared_out_over_three_names_the_first_two_unknown_keep_their_order():
    text = "2019年，农业、工业和第三产业增加值分别增长3%、9%、8.5%。"
    assert candidates(text, 2019) == {("第三产业增加值", "%", 2019, "expected"): "8.5"}


def test_values_listed_without_each_go_in_order_to_a_list_opened_by_an_unknown_name():
    # 分别 left out: the grain's area and output take the two values in their order
    found = candidates("2024年，确保粮食播种面积、产量稳定在96.5万亩、7.2亿斤以上。", 2023)
    assert found[("粮食产量", "万吨", 2024, "target")] == "7.2亿斤以上"
    found = candidates("2023年，工业、第三产业增加值增长6%、9.5%。", 2023)
    assert found == {("第三产业增加值", "%", 2023, "expected"): "9.5"}


def test_the_grains_output_held_at_a_level_after_its_area_is_the_grains():
    text = "2024年，确保全县粮食面积稳定在52万亩、总产保持在4.6亿斤以上。"
    found = candidates(text, 2023)
    assert found[("粮食产量", "万吨", 2024, "target")] == "4.6亿斤以上"


def test_the_grain_output_of_a_year_of_usual_weather_is_the_grains():
    found = candidates("2024年，确保正常年景粮食产量达到31亿斤以上。", 2023)
    assert found == {("粮食产量", "万吨", 2024, "target"): "31亿斤以上"}


def test_values_after_a_doubling_over_a_base_year_go_to_the_list_in_order():
    # 确保比 2010 年翻两番，分别达到…: the doubling's clause names no value; the next shares them out
    text = (
        "奋斗目标是：2015年地区生产总值和全部财政收入确保比2010年翻两番，分别达到180亿元、15亿元。"
    )
    found = candidates(text, 2010)
    assert found[("地区生产总值", "亿元", 2015, "target")] == "180"
    assert found[("一般公共预算总收入", "亿元", 2015, "target")] == "15"


def test_a_target_totalled_over_the_plans_years_is_no_years_target():
    # 累计达到 in a plan's targets: the total of its years, not the year's investment
    text = "奋斗目标是：到2015年，全县全社会固定资产投资累计达到260亿元，城镇化率达到50%。"
    found = candidates(text, 2010)
    assert not [key for key in found if key[0] == "固定资产投资"]
    assert found[("常住人口城镇化率", "%", 2015, "target")] == "50"


def test_a_bound_held_for_years_running_up_to_the_year_is_the_years():
    # 连续 N 年稳定在…: the bound held in the year too, told with the years before it
    text = "2023年，全市粮食产量连续6年稳定在85万吨以上，优良天数比例连续三年保持在80%以上。"
    assert candidates(text, 2023) == {
        ("粮食产量", "万吨", 2023, "expected"): "85万吨以上",
        ("优良空气天数比例", "%", 2023, "expected"): "80%以上",
    }


def test_a_counts_total_after_its_increase_told_before_its_name_is_the_count():
    # 净增/新认定/备案 + name + the increase, then 总量/保有量: the total is the year's count
    for text, value in (
        ("2023年，净增高新技术企业超600家，总量达4100家。", "4100"),
        ("2023年，新认定国高企950家、总量超6000家。", "超6000"),
        ("2023年，备案国家高新技术企业12家、增长20%，保有量达61家。", "61"),
    ):
        assert candidates(text, 2023)[("高新技术企业", "家", 2023, "expected")] == value, text


def test_the_count_of_valid_certificates_is_the_count():
    found = candidates("2023年，全市有效高新技术企业96家、增加7家。", 2023)
    assert found[("高新技术企业", "家", 2023, "expected")] == "96"


def test_the_share_of_good_days_written_without_its_last_character_is_read():
    # 优良天数比 (例 left out) is the share; the days themselves (249 天) are no value of it
    text = "2022年，全年空气质量优良天数达到251天，同比增加6天，优良天数比达68.8%。"
    assert candidates(text, 2022) == {("优良空气天数比例", "%", 2022, "expected"): "68.8"}


def test_the_grain_output_achieved_after_its_sown_area_is_the_grains():
    text = "2023年，全市粮食种植面积212.5万亩，实现总产量61.3万吨。"
    assert candidates(text, 2023)[("粮食产量", "万吨", 2023, "expected")] == "61.3"


def test_a_list_whose_item_names_its_growth_before_the_next_shares_one_worded_value():
    # 进出口总额增幅及实际利用外资均高于…: 增幅 said after one name does not end the list
    text = (
        "2021年主要预期目标是：社会消费品零售总额、进出口总额增幅及实际利用外资均高于全市平均水平。"
    )
    found = candidates(text, 2020)
    for name in ("社会消费品零售总额", "进出口总额", "实际利用外资"):
        assert found[(name, "%", 2021, "target")] == "高于全市平均水平"


def test_a_year_whose_level_a_target_passes_dates_no_figure():
    # 高于 2020 年水平: the base the target is set against, not the year of the figures after it
    text = (
        "2021年主要预期目标是：粮食产量和播种面积高于2020年水平，"
        "实际利用外资增长5%，万元生产总值能耗完成市下达任务。"
    )
    found = candidates(text, 2020)
    assert found[("实际利用外资", "%", 2021, "target")] == "5"
    assert found[("万元生产总值能耗", "%", 2021, "target")] == "完成市下达任务"


def test_values_shared_out_after_a_standing_the_list_holds_go_in_order():
    # 均居全省第 2，分别增长…: the rank is an aside; the values are the list's, in its order
    text = "2023年，城乡居民人均可支配收入均稳居全省第3，分别增长4.6%、7.1%。"
    assert candidates(text, 2023) == {
        ("城镇居民人均可支配收入", "%", 2023, "expected"): "4.6",
        ("农村居民人均可支配收入", "%", 2023, "expected"): "7.1",
    }


def test_a_plans_goals_heading_naming_its_general_requirements_too_dates_them_to_its_end():
    text = (
        "2026年政府工作报告\n"
        "二、“十五五”时期总体要求和目标任务\n"
        "到2030年，全省常住人口城镇化率达到68%左右，推动居民收入增长和经济增长同步。\n"
        "三、2026年工作安排\n"
        "今年主要预期目标是：地区生产总值增长5%左右，居民人均可支配收入与经济增长同步。\n"
    )
    found = candidates(text, 2025)
    assert found[("常住人口城镇化率", "%", 2030, "target")] == "68%左右"
    # a bound in words on the plan's every year is no value of its last
    assert ("居民人均可支配收入", "%", 2030, "target") not in found
    assert found[("居民人均可支配收入", "%", 2026, "target")] == "与经济增长同步"


def test_the_share_of_good_days_in_the_city_proper_is_the_citys():
    # a city's air is measured in its city proper: 中心城区, 城区, 市城区
    for scope in ("中心城区", "城区", "市城区"):
        text = f"2023年，{scope}空气质量优良天数比率达95.2%，地表水水质稳定。"
        assert candidates(text, 2023) == {("优良空气天数比例", "%", 2023, "expected"): "95.2"}


def test_investment_and_trade_done_in_a_review_of_the_years_are_their_sums():
    # 这五年，…完成固定资产投资…，实现进出口总额…: the five years' totals, no year's level; a level
    # listed bare or reached (由…增加到) is the last year's
    text = (
        "2021年政府工作报告\n"
        "一、“十三五”时期工作回顾\n"
        "这五年，我们坚持转型升级。实施重点项目300余个，完成固定资产投资520.4亿元。"
        "实现进出口总额61.5亿元，实际利用外资2800万美元，是“十二五”时期的3倍。\n"
        "这五年，我们致力民生改善。社会消费品零售总额由95亿元增加到150亿元，"
        "地方一般公共预算收入12.6亿元。\n"
    )
    found = candidates(text, 2020)
    assert not [key for key in found if key[0] in ("固定资产投资", "进出口总额", "实际利用外资")]
    assert found[("社会消费品零售总额", "亿元", 2020, "expected")] == "150"
    assert found[("地方一般公共预算收入", "亿元", 2020, "expected")] == "12.6"


def test_a_year_named_earlier_in_its_paragraph_dates_a_flow_in_a_review_of_years():
    text = (
        "2016年政府工作报告\n"
        "五年来，我们始终把握发展第一要务。预计2015年，全市实现生产总值1470亿元。"
        "完成固定资产投资980亿元、外贸出口92亿美元。\n"
    )
    found = candidates(text, 2015)
    assert found[("固定资产投资", "亿元", 2015, "expected")] == "980"
    assert found[("出口总额", "亿美元", 2015, "expected")] == "92"


def test_a_numbered_heading_naming_the_year_closes_a_review_of_years():
    text = (
        "2011年政府工作报告\n"
        "一、“十一五”时期经济社会发展的回顾\n"
        "“十一五”时期是极不平凡的五年，我们顺利实现了“十一五”规划确定的主要目标。\n"
        "（一）2010年经济社会发展目标和任务全面完成\n"
        "1、经济发展质量明显提高。全年实际利用外资5.2亿美元，增长12%。\n"
    )
    found = candidates(text, 2010)
    assert found[("实际利用外资", "亿美元", 2010, "expected")] == "5.2"
    assert found[("实际利用外资", "%", 2010, "expected")] == "12"


def test_an_output_that_may_only_grow_is_a_worded_target():
    text = "2026年主要预期目标是：地区生产总值增长5%左右，粮食产量只增不减。"
    found = candidates(text, 2025)
    assert found[("粮食产量", "万吨", 2026, "target")] == "只增不减"


def test_energy_named_alone_before_a_quota_is_the_intensitys():
    text = "2023年主要预期目标是：地区生产总值增长6%，能耗及排放等约束指标完成市定任务。"
    found = candidates(text, 2022)
    assert found[("万元生产总值能耗", "%", 2023, "target")] == "完成市定任务"
    # after an output's name in letters it is part of a name the catalogue words apart
    assert candidates("2012年，年均GDP能耗下降5%。", 2012) == {}


def test_a_review_of_another_count_of_years_holds_their_changes_shared_out():
    # 七年来，…分别下降 29%、23%: the seven years' falls, each value after the first too
    text = "2017年政府工作报告\n七年来，我们始终坚持生态优先。万元GDP水耗、能耗分别下降41%和23%。\n"
    assert not [key for key in candidates(text, 2016) if key[0] == "万元生产总值能耗"]


# The second reader's findings on this round's rules, each mended -------------------------------


def test_a_year_before_the_economys_total_still_dates_it():
    # only 水平 right after a year is a base (高于2020年水平); 2025年经济总量 is the year's
    text = "2024年主要预期目标是：地区生产总值增长6%，到2025年经济总量突破2600亿元。"
    found = candidates(text, 2023)
    assert found[("地区生产总值", "亿元", 2025, "target")] == "突破2600"


def test_a_target_total_of_a_count_or_of_the_whole_year_is_the_years():
    text = "2024年主要预期目标是：高新技术企业累计达到450家，全年累计完成固定资产投资380亿元。"
    found = candidates(text, 2023)
    assert found[("高新技术企业", "家", 2024, "target")] == "450"
    assert found[("固定资产投资", "亿元", 2024, "target")] == "380"


def test_a_doubling_over_a_base_said_otherwise_shares_its_next_clauses_values():
    for base in ("较2010年翻两番", "在2010年基础上翻两番", "比2010年翻一番以上"):
        text = f"奋斗目标是：2015年地区生产总值和全部财政收入确保{base}，分别达到180亿元、15亿元。"
        found = candidates(text, 2010)
        assert found[("地区生产总值", "亿元", 2015, "target")] == "180", base
        assert found[("一般公共预算总收入", "亿元", 2015, "target")] == "15", base


def test_a_zones_count_after_its_increase_is_not_the_places():
    text = "2023年，高新区新认定高新技术企业20家，总数达150家。"
    assert ("高新技术企业", "家", 2023, "expected") not in candidates(text, 2023)
    # the whole place's, or the year's, is the place's
    for opening in ("2023年，全市", "2023年，我市", "2023年"):
        text = f"{opening}净增高新技术企业300家，总量达2100家。"
        assert candidates(text, 2023)[("高新技术企业", "家", 2023, "expected")] == "2100", opening


def test_a_bound_held_for_years_running_without_zai_is_the_years():
    found = candidates("2023年，全市粮食产量连续6年保持85万吨以上。", 2023)
    assert found == {("粮食产量", "万吨", 2023, "expected"): "85万吨以上"}
    # a growth held for years in words is the years' record, no value
    assert candidates("2023年，全市固定资产投资连续五年保持两位数增长。", 2023) == {}


def test_standings_said_in_other_orders_before_values_shared_out():
    for standing in ("增幅均居全省第3位", "分别居全省第3、第5位"):
        text = f"2023年，城乡居民人均可支配收入{standing}，分别增长4.6%、7.1%。"
        assert candidates(text, 2023) == {
            ("城镇居民人均可支配收入", "%", 2023, "expected"): "4.6",
            ("农村居民人均可支配收入", "%", 2023, "expected"): "7.1",
        }, standing


def test_the_grain_of_a_usual_year_said_with_xia_is_the_grains():
    found = candidates("2024年，确保正常年景下粮食产量达到31亿斤以上。", 2023)
    assert found == {("粮食产量", "万吨", 2024, "target"): "31亿斤以上"}


def test_a_plans_goals_heading_with_a_longer_requirement_dates_them_to_its_end():
    text = (
        "2026年政府工作报告\n"
        "二、“十五五”时期经济社会发展总体要求和主要目标\n"
        "今后五年，全省常住人口城镇化率达到68%左右。\n"
    )
    assert candidates(text, 2025) == {("常住人口城镇化率", "%", 2030, "target"): "68%左右"}


def test_a_span_or_an_events_year_in_a_review_of_years_dates_no_sum():
    text = (
        "2021年政府工作报告\n"
        "过去五年（2016—2020年），我们坚持转型升级，2018年成功创建全国文明城市。"
        "完成固定资产投资520.4亿元，实现进出口总额61.5亿元。\n"
    )
    found = candidates(text, 2020)
    assert not [key for key in found if key[0] in ("固定资产投资", "进出口总额")]


def test_a_long_unknown_name_opening_a_list_keeps_the_values_order():
    text = (
        "2023年，规模以上工业企业主营业务收入、税收收入、实际利用外资分别达到98亿元、3.1亿元、"
        "420万美元。"
    )
    assert candidates(text, 2023) == {("实际利用外资", "万美元", 2023, "expected"): "420"}
