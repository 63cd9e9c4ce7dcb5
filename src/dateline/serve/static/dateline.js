// dateline web app: fact highlighting on the document page, sortable tables. No dependencies.
"use strict";

(function () {
  // ------------------------------------------------------------------ sortable tables
  function cellValue(td) {
    const text = td.textContent.trim();
    const n = Number(text.replace(/[,$≈\s]/g, ""));
    return text !== "" && text !== "–" && !Number.isNaN(n) ? n : text.toLowerCase();
  }

  document.querySelectorAll("table.sortable").forEach(function (table) {
    table.querySelectorAll("thead th").forEach(function (th, col) {
      th.title = "sort";
      th.addEventListener("click", function () {
        const asc = th.getAttribute("aria-sort") !== "ascending";
        table.querySelectorAll("thead th").forEach((h) => h.removeAttribute("aria-sort"));
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        const body = table.tBodies[0];
        const rows = Array.from(body.rows).filter((r) => r.cells.length > col);
        rows.sort(function (a, b) {
          const x = cellValue(a.cells[col]), y = cellValue(b.cells[col]);
          const c = typeof x === typeof y ? (x < y ? -1 : x > y ? 1 : 0) : typeof x === "number" ? -1 : 1;
          return asc ? c : -c;
        });
        rows.forEach((r) => body.appendChild(r));
      });
    });
  });

  // ------------------------------------------------------------------ document page
  const article = document.getElementById("article");
  const panel = document.getElementById("facts");
  if (!article || !panel) return;

  function clear() {
    article.querySelectorAll(".s.hl, .s.hl2").forEach((s) => s.classList.remove("hl", "hl2"));
    const anchor = document.getElementById("hl");
    if (anchor) anchor.removeAttribute("id");
    panel.querySelectorAll(".fact.active").forEach((f) => f.classList.remove("active"));
  }

  // highlight one fact's evidence; scroll the text to it, or the panel to the fact
  function activate(id, scrollText, scrollPanel) {
    const item = document.getElementById("f-" + id);
    if (!item) return;
    clear();
    const pieces = article.querySelectorAll('[data-f~="' + id + '"]');
    pieces.forEach((s) => s.classList.add("hl"));
    article.querySelectorAll('[data-f~="' + id + '.s"], [data-f~="' + id + '.c"]').forEach((s) => s.classList.add("hl2"));
    if (pieces.length) pieces[0].id = "hl";
    item.classList.add("active");
    if (scrollText && pieces.length) pieces[0].scrollIntoView({ block: "center" });
    // scroll only the panel, never the window: the text must stay where the reader is
    if (scrollPanel) panel.scrollTop = item.offsetTop - panel.clientHeight / 3;
    // keep the address a permalink to what is shown
    const url = new URL(window.location.href);
    url.search = "?fact=" + encodeURIComponent(item.dataset.ref);
    url.hash = "hl";
    history.replaceState(null, "", url);
  }

  panel.addEventListener("click", function (ev) {
    if (ev.target.closest("a")) {
      // a permalink: highlight here instead of reloading the page
      const item = ev.target.closest(".fact");
      if (item && ev.target.classList.contains("permalink")) {
        ev.preventDefault();
        activate(item.dataset.fact, true, false);
      }
      return;
    }
    const item = ev.target.closest(".fact");
    if (item) activate(item.dataset.fact, true, false);
  });
  panel.addEventListener("keydown", function (ev) {
    const item = ev.target.closest(".fact");
    if (item && (ev.key === "Enter" || ev.key === " ")) {
      ev.preventDefault();
      activate(item.dataset.fact, true, false);
    }
  });

  // a click on marked text selects the narrowest fact there (an entity inside a quote inside an event)
  article.addEventListener("click", function (ev) {
    const piece = ev.target.closest(".s");
    if (!piece || window.getSelection().toString()) return;
    let best = null, bestLen = Infinity;
    piece.dataset.f.split(" ").forEach(function (token) {
      const id = token.split(".")[0];
      const kind = id.split("-")[0];
      if (!article.classList.contains("show-" + kind) && kind !== "ev") return;
      const item = document.getElementById("f-" + id);
      const len = item ? Number(item.dataset.len) : Infinity;
      if (len < bestLen) { best = id; bestLen = len; }
    });
    if (best) activate(best, false, true);
  });

  panel.querySelectorAll(".toggles input[data-kind]").forEach(function (box) {
    const apply = () => article.classList.toggle("show-" + box.dataset.kind, box.checked);
    box.addEventListener("change", apply);
    apply();
  });

  const active = panel.querySelector(".fact.active");
  if (active) activate(active.dataset.fact, true, true);
})();
