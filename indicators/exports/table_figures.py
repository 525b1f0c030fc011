"""The figures a table of the site shows, for its SDMX-CSV and Data Package downloads: the
same figures the page and its sheet show (published, the ones that count), as a queryset."""

from indicators.models import Figure


def shown_figures(ids):
    """A Figure queryset of the ids a table shows (None for an empty cell is skipped)."""
    return Figure.objects.filter(pk__in={pk for pk in ids if pk is not None})


def gap_figures(assessments):
    """A gap table's targets and results."""
    return shown_figures(
        pk for assessment in assessments for pk in (assessment.target_id, assessment.result_id)
    )


def grid_figures(grid):
    """A comparison's cells: each one's target and result."""
    return shown_figures(
        figure.pk
        for _indicator, cells in grid.rows
        for cell in cells
        for figure in (cell.target, cell.result)
        if figure is not None
    )


def annex_figures(annex):
    """An annex's last year's targets and results and this year's targets."""
    return shown_figures(
        figure.pk
        for row in annex.rows
        for figure in (row.target, row.result, row.next_target)
        if figure is not None
    )
