"""Examples in the OpenAPI schema: real answers for the demo data (the seed reports), so the
documentation page shows what a caller gets, verdict texts and quotes included."""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import OpenApiExample

REPORT = "关于福州市2023年国民经济和社会发展计划执行情况及2024年国民经济和社会发展计划草案的报告"
QUOTE = "一、地区生产总值\t%\t6.5 左右\t5.3 左右\t6 左右"
FUZHOU = {"jurisdiction": "350100", "jurisdiction_name": "福州市"}
GDP = {
    "indicator": 1,
    "indicator_name": "地区生产总值",
    "indicator_name_en": "Gross domestic product (GDP)",
}

FIGURE = OpenApiExample(
    "福州市 2023 GDP",
    summary=_("Fuzhou's expected 2023 GDP growth: ?jurisdiction=350100&year=2023"),
    value={
        "id": 2,
        **FUZHOU,
        **GDP,
        "unit": "%",
        "year": 2023,
        "kind": "expected",
        "period": "",
        "value_text": "5.3 左右",
        "value": 5.3,
        "flags": [],
        "plan": None,
        "review_status": "approved",
        "report": {"id": 1, "title": REPORT, "date": "2024-01-13"},
        "quote": QUOTE,
    },
    response_only=True,
)

ASSESSMENT = OpenApiExample(
    "福州市 2023",
    summary=_("Fuzhou's 2023 gap table: ?jurisdiction=350100&year=2023"),
    value={
        "id": 1,
        **FUZHOU,
        "year": 2023,
        **GDP,
        "depth": 0,
        "unit": "%",
        "target": "6.5 左右",
        "result": "5.3 左右",
        "result_kind": "expected",
        "difference": -1.2,
        "status": "missed",
        "explanation": "完成情况 5.3 左右 低于目标“6.5 左右” 1.2 个百分点",
        "target_source": f"《{REPORT}》2024-01-13：{QUOTE}",
        "result_source": f"《{REPORT}》2024-01-13：{QUOTE}",
    },
    response_only=True,
)

PROGRESS = OpenApiExample(
    "十四五规划纲要 2024",
    summary=_("The national 14th five-year plan as of 2024: plans/1/progress/?as_of=2024"),
    value={
        "plan": 1,
        "as_of": "2024",
        "targets": [
            {
                "indicator": "全社会研发经费投入增长",
                "indicator_id": 70,
                "depth": 0,
                "unit": "%",
                "target": "年均增长7%以上",
                "target_type": "average_growth",
                "binding": False,
                "base": None,
                "latest": 14.2,
                "progress": 39.25,
                "time_progress": 20.0,
                "status": "ahead",
                "needed": 5.27,
                "explanation": "截至2021年年均增长14.2%，累计增长14.2%（目标：年均增长7%）；"
                "完成规划目标进度的39.25%，时间进度20%，超序时进度19.25个百分点；"
                "剩余4年需年均增长5.27%",
            }
        ],
    },
    response_only=True,
)

COMPARISON = OpenApiExample(
    "福州市 2023",
    summary=_("Fuzhou and its districts in 2023: ?jurisdiction=350100&year=2023"),
    value={
        "year": 2023,
        "jurisdiction": "350100",
        "columns": [
            {"code": "350100", "name": "福州市", "name_en": "Fuzhou"},
            {"code": "350104", "name": "仓山区", "name_en": "Cangshan District"},
            {"code": "350105", "name": "马尾区", "name_en": "Mawei District"},
        ],
        "rows": [
            {
                "indicator": {
                    "id": 1,
                    "name": "地区生产总值",
                    "name_en": "Gross domestic product (GDP)",
                    "unit": "%",
                },
                "cells": [
                    {
                        "target": {
                            "id": 1,
                            "value_text": "6.5 左右",
                            "value": 6.5,
                            "kind": "target",
                        },
                        "result": {
                            "id": 2,
                            "value_text": "5.3 左右",
                            "value": 5.3,
                            "kind": "expected",
                        },
                        "status": "missed",
                    },
                    {"target": None, "result": None, "status": None},
                    {
                        "target": None,
                        "result": {
                            "id": 3,
                            "value_text": "增长5%",
                            "value": 5.0,
                            "kind": "expected",
                        },
                        "status": None,
                    },
                ],
            }
        ],
    },
    response_only=True,
)
