"""Charts built in Python and drawn by plotly.js from our static files: trend lines (trend),
differences from target (gaps), and what they share (plotting).

Charts are built as the plain data plotly.js takes: plotly.graph_objects' validation was most of
the dashboard's time. User text (names, values as written, report titles) goes into the figure
JSON escaped for Plotly's own HTML-like labels, and the JSON goes into the page through
`json_script`, so nothing a user typed can break out of the script tag or into markup.
"""
