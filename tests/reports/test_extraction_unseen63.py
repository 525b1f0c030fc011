"""Forms found in round sixty-three, reading what probe texts still miss, each in a text of our
own wording: classes of layout and wording, not the probes' texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen47 import all_values


def test_minutes_hearing_the_months_so_far_quote_the_years_own_targets():
    text = (
        "某县人民政府常务会议纪要\n\n"
        "〔2015〕第9期\n\n"
        "某县人民政府办公室　　　　　　　　　　2015年9月8日\n\n"
        "9月6日，县长主持召开县政府常务会议，听取了1—8月份全县经济运行情况汇报。现纪要如下：\n"
        "1—8月，全县规模以上工业增加值增长7.2%，社会消费品零售总额增长11.3%。\n"
        "会议指出，县人大会议确定的全年目标是：地区生产总值增长9%，"
        "全社会固定资产投资增长18%。\n"
    )
    found = all_values(text, 2015)
    assert (("地区生产总值", "%", 2015, "target"), "9") in found
    assert (("固定资产投资", "%", 2015, "target"), "18") in found
    assert (("地区生产总值", "%", 2016, "target"), "9") not in found


def test_a_web_entry_is_dated_by_its_last_edit_line():
    text = (
        "某县\n\n"
        "某县，隶属某市，位于某省中部，总面积1820平方公里。\n\n"
        "历史沿革\n"
        + "秦置某县，属某郡。汉因之。唐初改属某州，宋元明清沿袭，民国初属某道。\n"
        * 6
        + "经济\n"
        "2018年，某县实现地区生产总值312.5亿元，比上年增长7.6%；"
        "社会消费品零售总额118.2亿元，增长9.1%。[2]\n\n"
        "参考资料\n"
        "1. 某县概况．某县人民政府［引用日期2019-06-20］\n\n"
        "词条统计\n"
        "最近更新：2019-06-20　编辑次数：31\n"
    )
    found = all_values(text, 2018)
    assert (("地区生产总值", "亿元", 2018, "final"), "312.5") in found
    assert (("社会消费品零售总额", "%", 2018, "final"), "9.1") in found
