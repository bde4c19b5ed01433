// Progressive enhancement of the search page. Without this file everything works through links and
// GET forms; with it, a facet's filter box narrows the list as you type (GET /api/facets/{dim}), and a
// range of dates can be chosen by dragging across the histogram.
(function () {
  "use strict";

  function debounce(fn, ms) {
    let timer;
    return function (...args) { clearTimeout(timer); timer = setTimeout(() => fn.apply(this, args), ms); };
  }

  // Facet filter boxes: fetch matching values with counts under the current search, rebuild the list.
  document.querySelectorAll("input[data-facet-filter]").forEach((input) => {
    const dim = input.dataset.facetFilter;
    const list = document.querySelector(`[data-facet-list="${dim}"]`);
    if (!list) return;
    const update = debounce(async () => {
      const params = new URLSearchParams(window.location.search);
      params.delete("page");
      params.delete("fq." + dim);
      params.set("contains", input.value);
      params.set("limit", "50");
      const response = await fetch(`/api/facets/${encodeURIComponent(dim)}?${params}`);
      if (!response.ok) return;
      const data = await response.json();
      list.replaceChildren(...data.values.map((v) => facetItem(dim, v)));
    }, 200);
    input.addEventListener("input", update);
  });

  function facetItem(dim, v) {
    const params = new URLSearchParams(window.location.search);
    params.delete("page");
    const selected = params.getAll(dim).includes(v.value);
    const toggled = new URLSearchParams(params);
    toggled.delete(dim);
    params.getAll(dim).filter((x) => x !== v.value).forEach((x) => toggled.append(dim, x));
    if (!selected) toggled.append(dim, v.value);
    toggled.delete("fq." + dim);
    const li = document.createElement("li");
    if (selected) li.className = "selected";
    const a = document.createElement("a");
    a.className = "facet-toggle";
    a.setAttribute("role", "checkbox");
    a.setAttribute("aria-checked", selected ? "true" : "false");
    a.href = "/?" + toggled.toString();
    const box = document.createElement("span");
    box.className = "box";
    box.setAttribute("aria-hidden", "true");
    const label = document.createElement("bdi");
    label.className = "facet-label";
    label.textContent = v.value; // text only: facet values come from articles and annotations
    const count = document.createElement("span");
    count.className = "count";
    count.textContent = v.count.toLocaleString("ar");
    a.append(box, label, count);
    li.append(a);
    return li;
  }

  // Histogram: press on one bar, release on another, and the search narrows to that range.
  const svg = document.querySelector("svg[data-histogram]");
  if (svg) {
    const bars = Array.from(svg.querySelectorAll("a[data-from]"));
    let start = null;
    const mark = (a, b) => {
      const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
      bars.forEach((bar, i) => bar.querySelector("rect").classList.toggle("in-range", i >= lo && i <= hi));
    };
    bars.forEach((bar, i) => {
      bar.addEventListener("pointerdown", (e) => { start = i; mark(i, i); e.preventDefault(); });
      bar.addEventListener("pointerenter", () => { if (start !== null) mark(start, i); });
      bar.addEventListener("pointerup", (e) => {
        if (start === null || start === i) { start = null; return; } // a plain click follows the bar's link
        e.preventDefault();
        const [lo, hi] = [Math.min(start, i), Math.max(start, i)];
        const from = [bars[lo].dataset.from, bars[hi].dataset.from].sort()[0];
        const to = [bars[lo].dataset.to, bars[hi].dataset.to].sort()[1];
        const params = new URLSearchParams(window.location.search);
        params.delete("page");
        params.set("from", from);
        params.set("to", to);
        window.location.search = params.toString();
      });
    });
    document.addEventListener("pointerup", () => { start = null; });
  }
})();
