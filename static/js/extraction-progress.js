// While extraction runs, poll its status and reload the page when it is done.
(function () {
  const box = document.querySelector("[data-extraction-status]");
  if (!box) return;
  async function poll() {
    const response = await fetch(box.dataset.extractionStatus, { credentials: "same-origin" });
    const state = await response.json();
    if (state.status === "running") {
      setTimeout(poll, 1000);
    } else {
      window.location.reload();
    }
  }
  poll();
})();
