// The reports offered are the chosen jurisdiction's: choosing another reloads the form for it,
// keeping the indicator and year (the server refuses a report of another place either way).
document.querySelectorAll("form.result-entry select[name=jurisdiction]").forEach((select) => {
  select.addEventListener("change", () => {
    const query = new URLSearchParams();
    ["jurisdiction", "indicator", "year"].forEach((name) => {
      const value = select.form.elements[name].value;
      if (value) query.set(name, value);
    });
    window.location.search = query.toString();
  });
});
