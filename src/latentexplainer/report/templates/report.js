// The report's one script (allowed by its hash in the page's Content-Security-Policy). It reads
// only data-* attributes the template wrote from numbers and fixed words, and the labels this
// page stored; model text is never read, written or evaluated here.
(function () {
  "use strict";
  document.body.classList.remove("nojs");
  var units = Array.prototype.map.call(document.querySelectorAll("section.card"), function (el) {
    return el.dataset.latent;
  });
  var known = {};
  units.forEach(function (u) { known[u] = true; });

  // ---- labels: kept in localStorage per report file until exported ----
  var KEY = "latentexplainer.labels:" + location.pathname;
  var state = { labels: {}, references: {} };
  var note = document.getElementById("label-note");
  var stored = true;
  try {
    var got = JSON.parse(localStorage.getItem(KEY) || "null");
    if (got && typeof got === "object") {
      Object.keys(got.labels || {}).forEach(function (u) {
        if (known[u] && (got.labels[u] === "clear" || got.labels[u] === "unclear")) state.labels[u] = got.labels[u];
      });
      Object.keys(got.references || {}).forEach(function (u) {
        if (known[u] && typeof got.references[u] === "string") state.references[u] = got.references[u];
      });
    }
  } catch (e) {
    stored = false;
  }
  function count() {
    var clear = 0, unclear = 0, refs = 0;
    Object.keys(state.labels).forEach(function (u) { if (state.labels[u] === "clear") clear++; else unclear++; });
    Object.keys(state.references).forEach(function (u) { if (state.references[u].trim()) refs++; });
    document.getElementById("label-counts").textContent =
      clear + " clear, " + unclear + " unclear, " + refs + " reference(s) of " + units.length;
  }
  function save() {
    try {
      localStorage.setItem(KEY, JSON.stringify(state));
    } catch (e) {
      stored = false;
    }
    if (!stored) note.textContent = "This browser does not keep labels for this page: export them before closing it.";
    count();
  }
  Array.prototype.forEach.call(document.querySelectorAll(".labelling[data-unit]"), function (box) {
    var unit = box.dataset.unit;
    var card = document.getElementById(box.dataset.card);
    var buttons = box.querySelectorAll("button[data-label]");
    var ref = box.querySelector("input.reference");
    function show() {
      Array.prototype.forEach.call(buttons, function (b) {
        b.setAttribute("aria-pressed", String(state.labels[unit] === b.dataset.label));
      });
      if (card) card.dataset.labelled = state.labels[unit] || "";
    }
    Array.prototype.forEach.call(buttons, function (b) {
      b.addEventListener("click", function () {
        if (state.labels[unit] === b.dataset.label) delete state.labels[unit];
        else state.labels[unit] = b.dataset.label;
        show();
        save();
      });
    });
    ref.value = state.references[unit] || "";
    ref.addEventListener("input", function () {
      if (ref.value.trim()) state.references[unit] = ref.value;
      else delete state.references[unit];
      save();
    });
    show();
  });
  if (!stored) note.textContent = "This browser does not keep labels for this page: export them before closing it.";
  count();

  function ids(map, value) {
    var prefix = document.getElementById("label-prefix").checked ? document.body.dataset.run + ":" : "";
    var out = {};
    Object.keys(map).filter(function (u) { return known[u]; })
      .sort(function (a, b) { return a - b; })
      .forEach(function (u) { var v = value(map[u]); if (v !== null) out[prefix + u] = v; });
    return out;
  }
  function download(name, data) {
    if (!Object.keys(data).length) {
      note.textContent = "Nothing to export into " + name + " yet.";
      return;
    }
    note.textContent = "";
    var blob = new Blob([JSON.stringify(data, null, 2) + "\n"], { type: "application/json" });
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }
  document.getElementById("export-labels").addEventListener("click", function () {
    download("labels.json", ids(state.labels, function (v) { return v; }));
  });
  document.getElementById("export-references").addEventListener("click", function () {
    download("references.json", ids(state.references, function (v) { return v.trim() ? [v.trim()] : null; }));
  });

  // ---- sort and filter the cards and the overview rows ----
  var sort = document.getElementById("sort"), filter = document.getElementById("filter");
  var minc = document.getElementById("mincert"), mincOut = document.getElementById("mincert-value");
  var shown = document.getElementById("shown");
  function apply(container, selector) {
    var items = Array.prototype.slice.call(container.querySelectorAll(selector));
    var key = sort.value;
    items.sort(function (a, b) {
      var ca = parseFloat(a.dataset.certainty), cb = parseFloat(b.dataset.certainty);
      if (key === "cert-desc") return cb - ca || a.dataset.latent - b.dataset.latent;
      if (key === "cert-asc") return ca - cb || a.dataset.latent - b.dataset.latent;
      return a.dataset.latent - b.dataset.latent;
    });
    var visible = 0;
    items.forEach(function (el) {
      var f = filter.value;
      var ok = (f === "all" || (f === "unlabelled" ? !state.labels[el.dataset.latent] : el.dataset.status === f)) &&
               parseFloat(el.dataset.certainty) >= parseFloat(minc.value) - 1e-9;
      el.hidden = !ok;
      if (ok) visible += 1;
      container.appendChild(el);
    });
    return visible;
  }
  function update() {
    mincOut.textContent = parseFloat(minc.value).toFixed(2);
    apply(document.getElementById("overview-rows"), "tr");
    var n = apply(document.getElementById("cards"), "section.card");
    shown.textContent = n + " of " + units.length + " " + document.body.dataset.unit + "s shown";
  }
  [sort, filter, minc].forEach(function (el) { el.addEventListener("input", update); el.addEventListener("change", update); });
  update();
})();
