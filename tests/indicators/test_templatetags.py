from decimal import Decimal

import pytest

from indicators.templatetags.figures import plain_number


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        (Decimal("5.500000"), "5.5"),
        (Decimal("16000.000000"), "16000"),
        (Decimal("-0.400000"), "-0.4"),
        (Decimal("0.006300"), "0.0063"),
        (None, "—"),
    ],
)
def test_parsed_numbers_are_shown_as_people_write_them(stored, shown):
    assert plain_number(stored) == shown


def test_a_grid_cell_shows_target_result_and_verdict_with_links_and_quotes():
    from types import SimpleNamespace

    from django.template import Context

    from indicators.display.comparisons import Cell
    from indicators.templatetags.figures import grid_cell

    target = SimpleNamespace(pk=7, value_text="6.5 左右", source_quote="增长<6.5%>左右")
    result = SimpleNamespace(
        pk=8,
        kind="expected",
        value_text="5.3",
        source_quote="5.3",
        get_kind_display=lambda: "预计完成",
    )
    html = str(grid_cell(Context({}), Cell(target=target, result=result, status="missed")))
    # A value with Chinese in it is marked as such: English pages show it as data.
    assert '<a href="/figures/7/" lang="zh" title="目标：增长&lt;6.5%&gt;左右">6.5 左右</a>' in html
    assert '<a href="/figures/8/" title="预计完成：5.3">5.3</a>' in html
    assert '<span class="status status-missed">▼ 未完成</span>' in html
    assert str(grid_cell(Context({}), Cell())) == '<span class="muted">—</span>'


def test_a_figure_link_is_the_path_the_figure_page_reverses_to():
    from types import SimpleNamespace

    from django.template import Context, Template
    from django.urls import reverse

    template = Template(
        "{% load figures %}{% for f in figures %}{% figure_url f %} {% url 'indicators:figure' f.pk %};{% endfor %}"
    )
    figures = [SimpleNamespace(pk=pk) for pk in (1, 42, 987654)]
    rendered = template.render(Context({"figures": figures}))
    pairs = [part.split(" ") for part in rendered.split(";") if part]
    assert pairs == [[reverse("indicators:figure", args=[f.pk])] * 2 for f in figures]


def test_trend_rows_link_both_figures_and_show_kind_and_verdict_once_made():
    from types import SimpleNamespace

    from django.urls import reverse

    from indicators.display.charts.trend import TrendRow
    from indicators.display.markup import trend_rows_html

    place = SimpleNamespace(pk=1, name="福州市", name_en="Fuzhou")
    target = SimpleNamespace(pk=7, value_text="6.5 <左右>")
    result = SimpleNamespace(pk=8, value_text="5.3", kind="final", get_kind_display=lambda: "决算")
    html = trend_rows_html(
        [TrendRow(place, 2023, target, result, "missed"), TrendRow(place, 2024, None, None, None)]
    )
    assert html.count("<tr>") == 2
    assert f'<a href="{reverse("indicators:figure", args=[7])}">6.5 &lt;左右&gt;</a>' in html
    assert f'<a href="{reverse("indicators:figure", args=[8])}">5.3</a>' in html
    assert '<span class="muted">决算</span>' in html and "status-missed" in html
    assert "<tr><td>福州市</td><td>2024</td><td>—</td><td>—</td><td></td></tr>" in html
