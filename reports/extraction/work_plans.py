"""A year's work plan (2026年工作要点, 2022年度工作计划): the year its head names, and the lines
of its preamble on the year before and of its tasks, all of the year planned."""

import re

from reports.extraction.heading_lines import numbered_heading

# A year's work plan, as its title names it (湘潭县人大常委会2026年工作要点, …2022年度工作计划):
# what it says of its work, the targets it quotes as approved among it, is that year's; not a
# review's title naming the plan after it (…2018年项目建设工作总结及2019年工作安排)
# (or the year's tasks or targets issued to departments and towns: 关于下达2008年度目标任务的通知,
# 2022年重点工作任务分工方案, 2015年度目标管理责任书 a town signs; not their results: …目标任务完成
# 情况, 考核结果的通报)
_WORK_PLAN = re.compile(
    r"^(?![^\n]*(?:总结|回顾|情况|报告|考核|结果|通报))[^\n]*?((?:19|20)\d{2})\s*年度?"
    r"[^\n，。\d]{0,8}?(?:工作要点|工作计划|目标任务|重点工作任务|任务分工|责任(?:书|状))",
    re.M,
)


def work_plan_year(text, first_stop, plan_year):
    """The year planned, for a text whose head, a line before its first full stop, names it the
    work plan of that year; else None."""
    plan = _WORK_PLAN.search(text, 0, first_stop if first_stop > 0 else 0)
    return plan_year if plan and plan_year == int(plan[1]) else None


# A work plan's paragraph opening on the year just past or on its own (2025年是“十四五”收官之年;
# 2020年，面对…; 过去一年; 今年…), as its preamble does before the year's targets and tasks
_YEAR_PARAGRAPH = re.compile(
    r"[ \t\u3000]*(?:(?P<year>(?:19|20)\d{2})\s*年(?=\s*(?:是|，|,))"
    r"|(?P<past>过去(?:的)?一年|一年来|去年)|(?P<now>今年)(?!以来))"
)


def work_plan_line_year(line, plan_year, preamble):
    """The year a line of the work plan of `plan_year` heads: its own, a numbered heading (一、着力
    扩大内需); in the `preamble` before them, the year before it or its own, a paragraph opening on
    it; else None."""
    if numbered_heading(line):
        return plan_year
    opening = preamble and _YEAR_PARAGRAPH.match(line)
    if not opening:
        return None
    if opening["year"]:
        year = int(opening["year"])
        return year if year in (plan_year - 1, plan_year) else None
    return plan_year if opening["now"] else plan_year - 1
