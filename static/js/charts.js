// Draws every [data-chart] element from the figure JSON that json_script put in the page.
// The drawn figures are kept on window.planwatchCharts so tests can read the traces.
(function () {
  window.planwatchCharts = {};

  // The page a point links to: customdata[meta.link], a path on this site (never another origin
  // or a script URL, whatever the data holds).
  function linkOf(point) {
    const index = point && point.data.meta && point.data.meta.link;
    const url = index === undefined || !point.customdata ? null : point.customdata[index];
    return typeof url === "string" && url.startsWith("/") && !url.startsWith("//") ? url : null;
  }

  // A tap or click on a point opens its figure's page, which quotes the source: hover alone
  // leaves touch screens out.
  function followLinks(element) {
    const drag = () => element.querySelector(".nsewdrag");
    element.on("plotly_click", (event) => {
      const url = linkOf(event.points && event.points[0]);
      if (url) window.location.assign(url);
    });
    element.on("plotly_hover", (event) => {
      if (linkOf(event.points && event.points[0]) && drag()) drag().style.cursor = "pointer";
    });
    element.on("plotly_unhover", () => {
      if (drag()) drag().style.cursor = "";
    });
  }

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
      followLinks(element);
      window.planwatchCharts[element.dataset.chart] = figure;
      element.dataset.rendered = "true";
    });
  });
})();
