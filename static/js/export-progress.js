// Polls an export's status and shows its progress until the file is ready.
(function () {
  const box = document.querySelector("[data-export-status]");
  if (!box) return;
  const bar = box.querySelector("progress");
  const label = box.querySelector("[data-label]");
  const link = document.querySelector("[data-download]");
  const failed = document.querySelector("[data-failed]");
  async function poll() {
    const response = await fetch(box.dataset.exportStatus, { credentials: "same-origin" });
    const state = await response.json();
    bar.value = state.percent;
    label.textContent = state.rows_done + " / " + state.rows_total;
    if (state.status === "done") {
      link.hidden = false;
    } else if (state.status === "failed") {
      failed.querySelector("[data-error]").textContent = state.error;
      failed.hidden = false;
    } else {
      setTimeout(poll, 1000);
    }
  }
  poll();
})();
