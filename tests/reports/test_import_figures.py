import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from indicators.models import Figure, Indicator, Jurisdiction
from reports.importing import figures_import
from reports.models import Report
from tests.factories import IndicatorFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


HEADER = (
    "jurisdiction,jurisdiction_level,parent_jurisdiction,indicator,unit,year,kind,value_text,"
    "report_title,report_date,source_quote"
)
TITLE = "关于福州市2023年国民经济和社会发展计划执行情况及2024年国民经济和社会发展计划草案的报告"
GOOD_ROWS = [
    f"福州市,city,福建省,地区生产总值,%,2023,target,6.5 左右,{TITLE},2024-01-13,一、地区生产总值 % 6.5 左右",
    f"福州市,city,福建省,地区生产总值,%,2023,expected,5.3 左右,{TITLE},2024-01-13,预计全市地区生产总值增长 5.3% 左右",
]


def csv_bytes(*rows, header=HEADER, encoding="utf-8"):
    return "\n".join([header, *rows]).encode(encoding)


def stored_state():
    return (
        Figure.objects.count(),
        Jurisdiction.objects.count(),
        Indicator.objects.count(),
        Report.objects.count(),
    )


def test_import_creates_unknown_jurisdictions_indicators_and_reports_and_says_so():
    result = figures_import(data=csv_bytes(*GOOD_ROWS))
    assert result.ok and result.stored
    assert result.created_jurisdictions == ["福建省", "福州市"]
    assert result.created_indicators == ["地区生产总值 (%)"]
    assert result.created_reports == [TITLE]
    assert result.figures_created == 2
    fuzhou = Jurisdiction.objects.get(name="福州市")
    assert (fuzhou.level, fuzhou.parent.name, fuzhou.parent.level) == ("city", "福建省", "province")
    expected = Figure.objects.get(kind="expected")
    assert expected.value_text == "5.3 左右"
    assert expected.flags == ["预计"]
    assert expected.source_report.delivered_on.isoformat() == "2024-01-13"


def test_reimporting_the_same_file_changes_nothing():
    figures_import(data=csv_bytes(*GOOD_ROWS))
    before = stored_state()
    result = figures_import(data=csv_bytes(*GOOD_ROWS))
    assert (result.figures_created, result.figures_unchanged) == (0, 2)
    assert result.created_jurisdictions == result.created_reports == []
    assert stored_state() == before


def test_excel_utf8_with_bom_imports():
    result = figures_import(data=b"\xef\xbb\xbf" + csv_bytes(*GOOD_ROWS))
    assert result.ok and result.figures_created == 2


def test_gb18030_file_imports():
    result = figures_import(data=csv_bytes(*GOOD_ROWS, encoding="gb18030"))
    assert result.ok
    assert Figure.objects.get(kind="target").jurisdiction.name == "福州市"


def test_a_file_is_read_from_disk_or_a_pipe_as_from_bytes(tmp_path):
    """import_figures hands the open file over (read in blocks, not held); a pipe, which cannot
    be read twice, is held once."""
    import os

    path = tmp_path / "figures.csv"
    path.write_bytes(csv_bytes(*GOOD_ROWS, encoding="gb18030"))
    with path.open("rb") as stream:
        result = figures_import(data=stream, dry_run=True)
        assert not stream.closed
    assert result.ok and result.figures_created == 2
    reading, writing = os.pipe()
    os.write(writing, csv_bytes(*GOOD_ROWS))
    os.close(writing)
    with os.fdopen(reading, "rb") as pipe:
        assert figures_import(data=pipe).figures_created == 2


def test_wrong_encoding_is_rejected_and_nothing_is_stored():
    result = figures_import(data=csv_bytes(*GOOD_ROWS, encoding="utf-16"))
    assert not result.ok
    assert "UTF-8" in str(result.errors[0])
    assert stored_state() == (0, 0, 0, 0)


@pytest.mark.parametrize(
    ("bad_row", "row", "column", "reason"),
    [
        ("福州市,city,福建省,地区生产总值,%,2023,target", 3, "", "Expected 11 columns, found 7"),
        (
            f"福州市,city,福建省,地区生产总值,%,2023,goal,6,{TITLE},2024-01-13,6",
            3,
            "kind",
            "'goal' is not one of",
        ),
        (
            f"福州市,city,福建省,地区生产总值,%,20x3,target,6,{TITLE},2024-01-13,6",
            3,
            "year",
            "'20x3' is not a year",
        ),
        (
            f"福州市,city,福建省,地区生产总值,%,1850,final,6,{TITLE},2024-01-13,6",
            3,
            "year",
            "not a year between",
        ),
        (
            f"福州市,town,福建省,地区生产总值,%,2023,final,6,{TITLE},2024-01-13,6",
            3,
            "jurisdiction_level",
            "town",
        ),
        (
            f"福州市,city,福建省,地区生产总值,%,2023,final,6,{TITLE},13/01/2024,6",
            3,
            "report_date",
            "not a date",
        ),
        (
            f"福州市,city,福建省,地区生产总值,%,2023,final,6,{TITLE},2024-01-13,",
            3,
            "source_quote",
            "verbatim quote",
        ),
        (f"福州市,city,福建省,,%,2023,final,6,{TITLE},2024-01-13,6", 3, "indicator", "Required"),
        (GOOD_ROWS[0], 3, "", "Duplicates row 2"),
    ],
)
def test_a_bad_row_is_reported_with_row_column_and_reason_and_nothing_is_stored(
    bad_row, row, column, reason
):
    result = figures_import(data=csv_bytes(GOOD_ROWS[0], bad_row, GOOD_ROWS[1]))
    assert not result.ok and not result.stored
    assert [(e.row, e.column) for e in result.errors] == [(row, column)]
    assert reason in result.errors[0].message
    assert stored_state() == (0, 0, 0, 0)


def test_every_bad_row_is_reported_not_only_the_first():
    rows = [
        GOOD_ROWS[0],
        f"福州市,city,福建省,GDP,%,2023,goal,6,{TITLE},2024-01-13,6",
        f"福州市,city,福建省,GDP,%,99,target,6,{TITLE},2024-01-13,6",
    ]
    result = figures_import(data=csv_bytes(*rows))
    assert [(e.row, e.column) for e in result.errors] == [(3, "kind"), (4, "year")]


def test_a_rejected_import_leaves_stored_figures_unchanged():
    figures_import(data=csv_bytes(*GOOD_ROWS))
    changed = GOOD_ROWS[0].replace("6.5 左右", "7")
    result = figures_import(
        data=csv_bytes(changed, f"福州市,city,福建省,GDP,%,2023,goal,6,{TITLE},2024-01-13,6")
    )
    assert not result.ok
    assert Figure.objects.get(kind="target").value_text == "6.5 左右"


def test_missing_header_columns_are_named():
    result = figures_import(
        data=csv_bytes(GOOD_ROWS[0], header=HEADER.replace(",source_quote", ""))
    )
    assert result.errors[0].row == 1
    assert "source_quote" in result.errors[0].column


def test_partial_import_stores_the_good_rows():
    result = figures_import(
        data=csv_bytes(GOOD_ROWS[0], "福州市,city,福建省,GDP,%,2023", GOOD_ROWS[1]), partial=True
    )
    assert result.stored and len(result.errors) == 1
    assert Figure.objects.count() == 2


def test_dry_run_counts_but_stores_nothing():
    result = figures_import(data=csv_bytes(*GOOD_ROWS), dry_run=True)
    assert result.ok and not result.stored and result.figures_created == 2
    assert stored_state() == (0, 0, 0, 0)


def test_an_indicator_is_found_by_its_alias_and_unit():
    IndicatorFactory(name="规上工业增加值", unit="%", aliases=["规模以上工业增加值"])
    row = GOOD_ROWS[0].replace("地区生产总值,%", "规模以上工业增加值,%")
    result = figures_import(data=csv_bytes(row))
    assert result.created_indicators == []
    assert Figure.objects.get().indicator.name == "规上工业增加值"


def test_import_command_prints_each_rejected_row_and_fails(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes(
        csv_bytes(GOOD_ROWS[0], f"福州市,city,福建省,GDP,%,2023,goal,6,{TITLE},2024-01-13,6")
    )
    stderr = io.StringIO()
    with pytest.raises(CommandError, match="nothing was stored"):
        call_command("import_figures", str(path), stderr=stderr, stdout=io.StringIO())
    assert "row 3, column kind" in stderr.getvalue()
    assert Figure.objects.count() == 0


def test_import_command_reports_what_it_created(tmp_path):
    path = tmp_path / "good.csv"
    path.write_bytes(csv_bytes(*GOOD_ROWS))
    stdout = io.StringIO()
    call_command("import_figures", str(path), stdout=stdout)
    assert "created jurisdiction: 福州市" in stdout.getvalue()
    assert "2 created" in stdout.getvalue()


def test_export_then_import_into_an_empty_database_reproduces_the_figures():
    figures_import(
        data=csv_bytes(
            *GOOD_ROWS, "仓山区,district,福州市,城镇新增就业,万人,2024,expected,=1.88,,,"
        )
    )
    exported = io.StringIO()
    call_command("export_figures", stdout=exported)
    before = sorted(
        Figure.objects.values_list(
            "jurisdiction__name",
            "indicator__name",
            "indicator__unit",
            "year",
            "kind",
            "value_text",
            "source_quote",
            "value",
        )
    )
    Figure.objects.all().delete()
    Report.objects.all().delete()
    Indicator.objects.all().delete()
    Jurisdiction.objects.filter(level="district").delete()
    Jurisdiction.objects.filter(level="city").delete()
    Jurisdiction.objects.all().delete()
    assert "'=1.88" in exported.getvalue()  # neutralised against formula injection in the file
    result = figures_import(data=exported.getvalue().encode())
    assert result.ok, result.errors
    after = sorted(
        Figure.objects.values_list(
            "jurisdiction__name",
            "indicator__name",
            "indicator__unit",
            "year",
            "kind",
            "value_text",
            "source_quote",
            "value",
        )
    )
    assert after == before
    again = io.StringIO()
    call_command("export_figures", stdout=again)
    assert again.getvalue() == exported.getvalue()


def test_rejections_are_explained_in_chinese_by_default():
    with translation.override("zh-hans"):
        result = figures_import(
            data=csv_bytes(f"福州市,city,福建省,GDP,%,20x3,target,6,{TITLE},2024-01-13,6")
        )
        assert str(result.errors[0]) == "第 2 行, year 列: '20x3' 不是 1949 至 2100 之间的年份。"


def test_a_division_code_of_another_jurisdiction_is_refused(demo):
    before = list(Figure.objects.values_list("pk", "value_text").order_by("pk"))
    data = csv_bytes(
        "厦门市,city,福建省,地区生产总值,%,2023,final,9.9,,,,350100",
        header=HEADER + ",division_code",
    )
    result = figures_import(data=data)
    assert [(e.row, e.column) for e in result.errors] == [(2, "division_code")]
    assert "福州市" in result.errors[0].message
    assert list(Figure.objects.values_list("pk", "value_text").order_by("pk")) == before


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "福州市,city,福建省,规上工业增加值,%,2022,final,5,,,,",
            "福州市,city,福建省,规模以上工业增加值,%,2022,final,6,,,,",
        ),
        (
            "福州市,city,福建省,地区生产总值,%,2022,final,5,,,,350100",
            "福州市,city,福建省,地区生产总值,%,2022,final,6,,,,",
        ),
        (
            f"福州市,city,福建省,地区生产总值,%,2022,final,5,{TITLE},2024,增长 5,",
            f"福州市,city,福建省,地区生产总值,%,2022,final,6,{TITLE},2024-01-01,增长 6,",
        ),
    ],
    ids=["alias", "code-and-name", "two-date-forms"],
)
def test_the_same_figure_written_two_ways_is_a_duplicate_not_a_crash(first, second, demo):
    count = Figure.objects.count()
    result = figures_import(data=csv_bytes(first, second, header=HEADER + ",division_code"))
    assert [(e.row, e.message) for e in result.errors] == [
        (3, "Duplicates row 2: the same figure twice.")
    ]
    assert Figure.objects.count() == count


@pytest.mark.parametrize(
    ("value", "column", "reason"),
    [("5\x009", "value_text", "NUL"), ("增长" * 15_000, "value_text", "Longer than")],
    ids=["nul", "oversized"],  # (not the 30,000 characters as the test's id)
)
def test_damaged_or_oversized_cells_are_refused_not_crashed(value, column, reason):
    result = figures_import(
        data=csv_bytes(f'福州市,city,福建省,地区生产总值,%,2023,final,"{value}",,,')
    )
    assert [(e.row, e.column) for e in result.errors] == [(2, column)]
    assert reason in result.errors[0].message
    assert stored_state() == (0, 0, 0, 0)


def test_a_huge_number_is_kept_as_written_without_breaking_the_verdict():
    rows = [
        "福州市,city,福建省,地区生产总值,%,2024,target,6,,,",
        "福州市,city,福建省,地区生产总值,%,2024,final,100000000000000000000,,,",
    ]
    result = figures_import(data=csv_bytes(*rows))
    assert result.ok, result.errors
    assert Figure.objects.get(kind="final").value is None


def test_a_bom_before_gb18030_text_imports():
    result = figures_import(data=b"\xef\xbb\xbf" + csv_bytes(*GOOD_ROWS, encoding="gb18030"))
    assert result.ok and result.figures_created == 2


def test_a_column_named_twice_is_refused():
    result = figures_import(data=csv_bytes(GOOD_ROWS[0] + ",x,y", header=HEADER + ",kind,year"))
    assert result.errors[0].row == 1 and result.errors[0].column == "kind, year"


def test_a_district_cannot_sit_under_a_district():
    rows = [
        "仓山区,district,福州市,地区生产总值,%,2023,final,5,,,",
        "新区,district,仓山区,地区生产总值,%,2023,final,5,,,",
    ]
    result = figures_import(data=csv_bytes(*rows))
    assert [(e.row, e.column) for e in result.errors] == [(3, "parent_jurisdiction")]
    assert stored_state() == (0, 0, 0, 0)


def test_jurisdictions_without_codes_round_trip_into_the_same_tree():
    rows = [
        "某区,district,某市,地区生产总值,%,2023,final,5,,,,350999",
        "某市,city,某省,地区生产总值,%,2023,final,6,,,,",
        "某省,province,,地区生产总值,%,2023,final,7,,,,",
    ]
    assert figures_import(data=csv_bytes(*rows, header=HEADER + ",division_code")).ok
    tree = sorted(
        Jurisdiction.objects.values_list("name", "level", "parent__name", "division_code")
    )
    exported = io.StringIO()
    call_command("export_figures", stdout=exported)
    Figure.objects.all().delete()
    for level in ("district", "city", "province"):
        Jurisdiction.objects.filter(level=level).delete()
    Indicator.objects.all().delete()
    assert figures_import(data=exported.getvalue().encode()).ok
    assert (
        sorted(Jurisdiction.objects.values_list("name", "level", "parent__name", "division_code"))
        == tree
    )
    assert tree == [
        ("某区", "district", "某市", "350999"),
        ("某市", "city", "某省", None),
        ("某省", "province", None, None),
    ]


def test_an_indicator_parent_created_by_a_later_row_is_linked_and_an_unknown_one_warned():
    header = HEADER + ",indicator_parent"
    rows = [
        "福州市,city,福建省,规上工业增加值,%,2023,final,3.5,,,,第二产业增加值",
        "福州市,city,福建省,第二产业增加值,%,2023,final,5.6,,,,",
        "福州市,city,福建省,氨氮,—,2023,final,完成省下达目标,,,,不存在的指标",
    ]
    result = figures_import(data=csv_bytes(*rows, header=header))
    assert result.ok
    assert Indicator.objects.get(name="规上工业增加值").parent.name == "第二产业增加值"
    assert Indicator.objects.get(name="氨氮").parent is None
    assert "不存在的指标" in result.warnings[0]


def test_partial_import_forgets_what_a_refused_row_created():
    rows = [
        "新市,city,福建省,地区生产总值,%,2023,final,5,,,,350999",
        "另一市,city,福建省,地区生产总值,%,2023,final,5,,,,350999",
        "新市,city,福建省,地区生产总值,%,2024,final,6,,,,",
    ]
    result = figures_import(data=csv_bytes(*rows, header=HEADER + ",division_code"), partial=True)
    assert [(e.row, e.column) for e in result.errors] == [(3, "division_code")]
    assert result.stored and Figure.objects.count() == 2
    assert result.created_jurisdictions == ["福建省", "新市"]


@pytest.mark.parametrize("column", ["division_code", "parent_division_code"])
def test_a_division_code_in_fullwidth_digits_is_refused_naming_its_column(column):
    row = "仓山区,district,福州市,地区生产总值,%,2023,final,5,,,,３５０１０４"
    result = figures_import(data=csv_bytes(row, header=f"{HEADER},{column}"))
    assert [(e.row, e.column) for e in result.errors] == [(2, column)]
    assert "３５０１０４" in result.errors[0].message  # the reader refuses it, saying which
    assert stored_state() == (0, 0, 0, 0)
