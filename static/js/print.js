// Buttons marked data-print open the browser's print dialog (no inline script: CSP).
document.querySelectorAll("[data-print]").forEach((button) => {
  button.addEventListener("click", () => window.print());
});

// Plotly draws charts at the screen's width and redraws them only on a window resize, which
// printing does not send: redraw them at the width of their box on paper, and back after.
(function () {
  const charts = () => document.querySelectorAll(".js-plotly-plot");
  function fitToPaper(printing) {
    if (!window.Plotly) return;
    charts().forEach((chart) => {
      // The chart's own box (no padding): on paper its grid cells no longer grow to fit it.
      const width = printing ? Math.min(chart.clientWidth || 1000, 1000) : null;
      window.Plotly.relayout(chart, { width: width, autosize: !printing });
    });
  }
  window.addEventListener("beforeprint", () => fitToPaper(true));
  window.addEventListener("afterprint", () => fitToPaper(false));
  const media = window.matchMedia("print");
  media.addEventListener("change", (event) => fitToPaper(event.matches));
})();
