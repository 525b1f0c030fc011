"""The floor of each page: the rows it shows, fetched with one raw SQL query and written out by
a minimal template (the export: the rows streamed by COPY as PostgreSQL's plain CSV). A page cannot be much
faster than its floor; the ratio page/floor says how much the ORM, Python and the real
templates add on top of it.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db import connection
from django.template import Context, Engine

from indicators.display.dashboard import HEADLINE
from indicators.models import Assessment, Figure, Indicator, Jurisdiction

# The smallest template that still writes every value of every row, escaped.
TABLE = Engine().from_string(
    "<table>{% for row in rows %}<tr>{% for cell in row %}<td>{{ cell }}</td>{% endfor %}</tr>"
    "{% endfor %}</table>"
)


def tables():
    report = Figure._meta.get_field("source_report").related_model
    return {
        "figure": Figure._meta.db_table,
        "assessment": Assessment._meta.db_table,
        "indicator": Indicator._meta.db_table,
        "jurisdiction": Jurisdiction._meta.db_table,
        "report": report._meta.db_table,
    }


@dataclass
class Floor:
    sql: str
    params: list

    def run(self):
        """Fetch and render; returns (rows, bytes written)."""
        with connection.cursor() as cursor:
            cursor.execute(self.sql.format(**tables()), self.params)
            rows = cursor.fetchall()
        return len(rows), len(TABLE.render(Context({"rows": rows})))


def published(alias="f"):
    """The page's Figure.objects.published(), in SQL."""
    return f"{alias}.review_status = 'approved'" if settings.REVIEW_REQUIRED else "TRUE"


def headline_names():
    return [name for name, _unit in HEADLINE]


def gap_table(jurisdiction, year):
    return Floor(
        """
        SELECT i.name, i.unit, t.value_text, tr.title, tr.delivered_on, t.source_quote,
               r.value_text, r.kind, rr.title, rr.delivered_on, r.source_quote,
               a.difference, a.status, a.explanation_zh
        FROM {assessment} a
        JOIN {indicator} i ON i.id = a.indicator_id
        JOIN {figure} t ON t.id = a.target_id
        LEFT JOIN {report} tr ON tr.id = t.source_report_id
        LEFT JOIN {figure} r ON r.id = a.result_id
        LEFT JOIN {report} rr ON rr.id = r.source_report_id
        WHERE a.jurisdiction_id = %s AND a.year = %s
        ORDER BY i.display_order, i.name, i.unit
        """,
        [jurisdiction.pk, year],
    )


def dashboard(jurisdiction, year):
    """Verdicts of the year, headline series over the years, children's headline verdicts, and
    the jurisdictions the chooser offers."""
    return Floor(
        f"""
        SELECT 'verdict', i.name, i.unit, a.year, t.value_text, r.value_text, a.status,
               a.difference::text
        FROM {{assessment}} a
        JOIN {{indicator}} i ON i.id = a.indicator_id
        JOIN {{figure}} t ON t.id = a.target_id
        LEFT JOIN {{figure}} r ON r.id = a.result_id
        WHERE a.jurisdiction_id = %s AND a.year = %s
        UNION ALL
        SELECT 'trend', i.name, i.unit, f.year, f.kind, f.value_text, a.status, f.value::text
        FROM {{figure}} f
        JOIN {{indicator}} i ON i.id = f.indicator_id
        LEFT JOIN {{assessment}} a ON a.jurisdiction_id = f.jurisdiction_id
             AND a.indicator_id = f.indicator_id AND a.year = f.year
        WHERE f.jurisdiction_id = %s AND i.unit = '%%' AND i.name = ANY(%s) AND {published()}
        UNION ALL
        SELECT 'child', j.name, i.name, a.year, t.value_text, r.value_text, a.status, NULL
        FROM {{assessment}} a
        JOIN {{jurisdiction}} j ON j.id = a.jurisdiction_id
        JOIN {{indicator}} i ON i.id = a.indicator_id
        JOIN {{figure}} t ON t.id = a.target_id
        LEFT JOIN {{figure}} r ON r.id = a.result_id
        WHERE j.parent_id = %s AND a.year = %s AND i.unit = '%%' AND i.name = ANY(%s)
        UNION ALL
        SELECT 'choice', j.name, j.division_code, NULL, NULL, NULL, NULL, NULL
        FROM {{jurisdiction}} j
        WHERE j.level IN ('province', 'city') OR j.parent_id = %s OR j.id = %s
        """,
        [
            jurisdiction.pk,
            year,
            jurisdiction.pk,
            headline_names(),
            jurisdiction.pk,
            year,
            headline_names(),
            jurisdiction.pk,
            jurisdiction.pk,
        ],
    )


def figures_with_verdicts(where, params, order):
    return Floor(
        f"""
        SELECT j.name, i.name, i.unit, f.year, f.kind, f.value_text, f.source_quote, a.status
        FROM {{figure}} f
        JOIN {{jurisdiction}} j ON j.id = f.jurisdiction_id
        JOIN {{indicator}} i ON i.id = f.indicator_id
        LEFT JOIN {{assessment}} a ON a.jurisdiction_id = f.jurisdiction_id
             AND a.indicator_id = f.indicator_id AND a.year = f.year
        WHERE {where} AND {published()}
        ORDER BY {order}
        """,
        params,
    )


def compare_children(jurisdiction, year):
    return figures_with_verdicts(
        "f.jurisdiction_id = ANY(ARRAY(SELECT id FROM {jurisdiction} WHERE id = %s OR parent_id = %s))"
        " AND f.year = %s",
        [jurisdiction.pk, jurisdiction.pk, year],
        "i.display_order, i.name, i.unit, j.division_code, f.kind",
    )


def compare_roots(year):
    return figures_with_verdicts(
        "f.jurisdiction_id = ANY(ARRAY(SELECT id FROM {jurisdiction} WHERE parent_id IS NULL))"
        " AND f.year = %s",
        [year],
        "i.display_order, i.name, i.unit, j.division_code, f.kind",
    )


def compare_years(jurisdiction):
    return figures_with_verdicts(
        "f.jurisdiction_id = %s",
        [jurisdiction.pk],
        "i.display_order, i.name, i.unit, f.year, f.kind",
    )


def trend(indicator, jurisdictions):
    """The chart's figures and verdicts, and the choosers: every jurisdiction, every series."""
    return Floor(
        f"""
        SELECT * FROM (
            SELECT j.name, f.year, f.kind, f.value_text, f.value::text, a.status
            FROM {{figure}} f
            JOIN {{jurisdiction}} j ON j.id = f.jurisdiction_id
            LEFT JOIN {{assessment}} a ON a.jurisdiction_id = f.jurisdiction_id
                 AND a.indicator_id = f.indicator_id AND a.year = f.year
            WHERE f.indicator_id = %s AND f.jurisdiction_id = ANY(%s) AND {published()}
            ORDER BY j.division_code, f.year, f.kind
        ) chart
        UNION ALL
        SELECT j.name, NULL, NULL, j.division_code, NULL, NULL FROM {{jurisdiction}} j
        UNION ALL
        SELECT i.name, NULL, NULL, i.unit, NULL, NULL FROM {{indicator}} i
        WHERE i.measure <> 'qualitative'
        """,
        [indicator.pk, [j.pk for j in jurisdictions]],
    )


def plan(plan, year):
    """The plan's targets and, for each, the results it is read from: base year to `year`."""
    return Floor(
        f"""
        SELECT i.name, i.unit, t.value_text, t.flags::text, t.source_quote, rt.title, NULL, NULL
        FROM {{figure}} t
        JOIN {{indicator}} i ON i.id = t.indicator_id
        LEFT JOIN {{report}} rt ON rt.id = t.source_report_id
        WHERE t.plan_id = %s AND t.kind = 'plan_target' AND {published("t")}
        UNION ALL
        SELECT i.name, i.unit, f.value_text, f.kind, f.source_quote, r.title, f.year, f.period
        FROM {{figure}} f
        JOIN {{indicator}} i ON i.id = f.indicator_id
        LEFT JOIN {{report}} r ON r.id = f.source_report_id
        WHERE f.jurisdiction_id = %s AND f.kind IN ('expected', 'final')
              AND f.year BETWEEN %s AND %s AND {published()}
              AND f.indicator_id IN (SELECT indicator_id FROM {{figure}}
                                     WHERE plan_id = %s AND kind = 'plan_target')
        """,
        [plan.pk, plan.jurisdiction_id, plan.first_year - 1, year, plan.pk],
    )


def year_figures(jurisdiction, year):
    """Every figure of the jurisdiction's year with its series and report: the page of progress
    within the year reads them all."""
    return Floor(
        f"""
        SELECT i.name, i.unit, f.kind, f.period, f.value_text, f.source_quote, r.title
        FROM {{figure}} f
        JOIN {{indicator}} i ON i.id = f.indicator_id
        LEFT JOIN {{report}} r ON r.id = f.source_report_id
        WHERE f.jurisdiction_id = %s AND f.year = %s AND f.kind <> 'plan_target'
              AND {published()}
        ORDER BY i.display_order, i.name, f.id
        """,
        [jurisdiction.pk, year],
    )


def export(year):
    """The Figures CSV's columns of a year, in the page's order, as PostgreSQL's own CSV (COPY)
    with no formatting: the least it takes to stream those rows."""
    sql = """
        COPY (
        SELECT j.name, j.level, p.name, i.name, i.unit, f.year, f.kind, f.value_text, r.title,
               r.delivered_on, r.date_precision, f.source_quote, i.direction, j.division_code,
               p.division_code, ip.name, f.flags
        FROM {figure} f
        JOIN {jurisdiction} j ON j.id = f.jurisdiction_id
        LEFT JOIN {jurisdiction} p ON p.id = j.parent_id
        JOIN {indicator} i ON i.id = f.indicator_id
        LEFT JOIN {indicator} ip ON ip.id = i.parent_id
        LEFT JOIN {report} r ON r.id = f.source_report_id
        WHERE f.year = %s
        ORDER BY j.division_code, j.name, r.delivered_on, r.title, i.display_order, i.name,
                 i.unit, f.year, f.kind
        ) TO STDOUT (FORMAT csv)
    """.format(**tables())

    class ExportFloor:
        def run(self):
            rows = size = 0
            with connection.cursor() as cursor, cursor.cursor.copy(sql, [year]) as copy:
                for row in copy:
                    rows += 1
                    size += len(row)
            return rows, size

    return ExportFloor()


def figures_page(jurisdiction, year, size):
    """The first `size` published figures of the jurisdiction and those below it in a year, by
    id, with their series, place and report: one page of the API's figures."""
    ids = list(Jurisdiction.objects.descendant_ids([jurisdiction.pk]))
    return Floor(
        f"""
        SELECT f.id, j.division_code, j.name, i.name, i.unit, f.year, f.kind, f.value_text,
               f.value, f.source_quote, r.title
        FROM {{figure}} f
        JOIN {{jurisdiction}} j ON j.id = f.jurisdiction_id
        JOIN {{indicator}} i ON i.id = f.indicator_id
        LEFT JOIN {{report}} r ON r.id = f.source_report_id
        WHERE f.jurisdiction_id = ANY(%s) AND f.year = %s AND {published()}
        ORDER BY f.id
        LIMIT %s
        """,
        [ids, year, size],
    )
