// Draws every [data-chart] element from the figure JSON that json_script put in the page.
// The drawn figures are kept on window.planwatchCharts so tests can read the traces.
(function () {
  window.planwatchCharts = {};
  document.querySelectorAll("[data-chart]").forEach((element) => {
    const source = document.getElementById(element.dataset.chart);
    if (!source) return;
    const figure = JSON.parse(source.textContent);
    // On a phone, smaller type leaves the bars room beside long indicator names.
    if (element.clientWidth < 560 && figure.layout.font) figure.layout.font.size = 11;
    const config = {
      responsive: true,
      displaylogo: false,
      modeBarButtonsToRemove: ["select2d", "lasso2d", "autoScale2d"],
      toImageButtonOptions: { format: "png", filename: element.dataset.filename || "planwatch-chart", scale: 2 },
      staticPlot: element.dataset.static === "true",
    };
    window.Plotly.newPlot(element, figure.data, figure.layout, config).then(() => {
      window.planwatchCharts[element.dataset.chart] = figure;
      element.dataset.rendered = "true";
    });
  });
})();
