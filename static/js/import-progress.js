// Polls a Figures CSV import's status and moves its bar; once it has finished, reloads the page,
// which shows the result (or the failure and a retry button). Without scripts a meta refresh does.
(function () {
  const box = document.querySelector("[data-import-status]");
  if (!box) return;
  const bar = box.querySelector("progress");
  const label = box.querySelector("[data-label]");
  async function poll() {
    let state;
    try {
      const response = await fetch(box.dataset.importStatus, { credentials: "same-origin" });
      state = await response.json();
    } catch (error) {
      setTimeout(poll, 3000); // a moment's outage: keep polling
      return;
    }
    bar.value = state.percent;
    box.dataset.status = state.status;
    if (state.status === "done" || state.status === "failed") {
      window.location.reload();
      return;
    }
    label.textContent = state.label;
    setTimeout(poll, 1000);
  }
  setTimeout(poll, 500);
})();
