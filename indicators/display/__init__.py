"""What the pages show, read from stored figures and assessments: the last stage.

shown (one row shape for a shown figure, and the queries that read it), markup (the HTML of a
badge, a figure link and a grid cell), tables (the gap table), comparisons (grids across
jurisdictions and years), charts (trend and gap charts), dashboard, annex. Which figure counts
is decided in indicators.assessing.choice, never here.
"""
