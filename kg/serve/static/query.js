// The query page: run SPARQL against /sparql, show a table with IRIs named by their labels,
// a chart when the results are a time series and a map when they carry WKT points.
// Plain JavaScript and SVG, no library and nothing fetched from another site.
"use strict";

(function () {
  const config = JSON.parse(document.getElementById("kg-config").textContent);
  const form = document.getElementById("query-form");
  const editor = document.getElementById("query");
  const status = document.getElementById("status");
  const results = document.getElementById("results");
  const share = document.getElementById("share");
  const csv = document.getElementById("download-csv");
  const json = document.getElementById("download-json");
  const XSD = "http://www.w3.org/2001/XMLSchema#";
  const WKT = "http://www.opengis.net/ont/geosparql#wktLiteral";
  const NUMERIC = ["integer", "decimal", "double", "float", "nonNegativeInteger", "positiveInteger", "long", "int", "short"]
    .map((t) => XSD + t);
  const DATES = ["date", "dateTime", "gYearMonth", "gYear"].map((t) => XSD + t);
  const SVG = "http://www.w3.org/2000/svg";
  const COLOURS = ["#0b5cad", "#c62828", "#2e7d32", "#ef6c00", "#6a1b9a", "#00838f", "#5d4037", "#9e9d24"];

  function el(tag, attrs, ...children) {
    const node = tag.startsWith("svg:") ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    for (const c of children) node.append(c);
    return node;
  }

  function href(iri) {
    if (iri.startsWith(config.base)) return "/id/" + iri.slice(config.base.length);
    if (iri.startsWith(config.ontology)) return "/ontology#" + iri.slice(config.ontology.length);
    return iri;
  }

  function short(iri) {
    if (iri.startsWith(config.base)) return iri.slice(config.base.length);
    for (const [p, ns] of Object.entries(config.prefixes)) {
      if (iri.startsWith(ns) && iri.length > ns.length) return p + ":" + iri.slice(ns.length);
    }
    return iri;
  }

  function endpointUrl(query, format) {
    return "/sparql?" + new URLSearchParams({ query: query, format: format }).toString();
  }

  function setLinks(query) {
    const link = "/?" + new URLSearchParams({ query: query }).toString();
    share.href = link;
    csv.href = endpointUrl(query, "csv");
    json.href = endpointUrl(query, "json");
    history.replaceState(null, "", link);
  }

  async function sparql(query, accept) {
    const response = await fetch("/sparql", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: accept },
      body: new URLSearchParams({ query: query }),
    });
    return response;
  }

  async function run() {
    const query = editor.value;
    setLinks(query);
    status.className = "";
    status.textContent = "Running…";
    results.replaceChildren();
    const started = performance.now();
    let response;
    try {
      response = await sparql(query, "application/sparql-results+json, text/turtle;q=0.9");
    } catch (err) {
      return fail("The server did not answer: " + err);
    }
    const type = response.headers.get("Content-Type") || "";
    const body = await response.text();
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    if (!response.ok) return fail(`${response.status}: ${body}`);
    if (!type.includes("json")) {
      status.textContent = `Done in ${seconds} s`;
      results.append(el("pre", { class: "rdf" }, body));
      return;
    }
    const data = JSON.parse(body);
    if ("boolean" in data) {
      status.textContent = `Done in ${seconds} s`;
      results.append(el("p", { class: "boolean" }, "Answer: " + (data.boolean ? "yes (true)" : "no (false)")));
      return;
    }
    const rows = data.results.bindings;
    status.textContent = `${rows.length} row${rows.length === 1 ? "" : "s"} in ${seconds} s`;
    const vars = data.head.vars;
    const table = renderTable(vars, rows);
    const chart = renderChart(vars, rows);
    const map = renderMap(vars, rows);
    if (chart) results.append(chart);
    if (map) results.append(map);
    results.append(table);
    await nameIris(results);
  }

  function fail(message) {
    status.className = "error";
    status.textContent = "Error";
    results.replaceChildren(el("pre", { class: "error" }, message));
  }

  function cell(term) {
    if (!term) return el("td", {});
    if (term.type === "uri") {
      return el("td", {}, el("a", { href: href(term.value), "data-iri": term.value, title: term.value }, short(term.value)));
    }
    if (term.type === "bnode") return el("td", {}, el("code", {}, "_:" + term.value));
    const attrs = { dir: "auto" };
    if (term["xml:lang"]) attrs.lang = term["xml:lang"];
    return el("td", attrs, term.value);
  }

  function renderTable(vars, rows) {
    const head = el("tr", {}, ...vars.map((v) => el("th", {}, "?" + v)));
    const body = rows.map((row) => el("tr", {}, ...vars.map((v) => cell(row[v]))));
    return el("table", { class: "results" }, el("thead", {}, head), el("tbody", {}, ...body));
  }

  // Name every IRI shown by its rdfs:label: English first, else Arabic (shown right to left).
  async function nameIris(root) {
    const links = [...root.querySelectorAll("a[data-iri]")];
    const iris = [...new Set(links.map((a) => a.dataset.iri))].filter((i) => !/[<>"{}|^`\\\s]/.test(i)).slice(0, 2000);
    if (!iris.length) return;
    const labels = new Map();
    for (let i = 0; i < iris.length; i += 400) {
      const values = iris.slice(i, i + 400).map((x) => `<${x}>`).join(" ");
      const q = `SELECT ?s ?l WHERE { VALUES ?s { ${values} } ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }`;
      const response = await sparql(q, "application/sparql-results+json");
      if (!response.ok) return;
      for (const row of (await response.json()).results.bindings) {
        const lang = (row.l["xml:lang"] || "").slice(0, 2);
        const known = labels.get(row.s.value);
        if (!known || (lang === "en" && known.lang !== "en")) labels.set(row.s.value, { text: row.l.value, lang: lang });
      }
    }
    for (const a of links) {
      const label = labels.get(a.dataset.iri);
      if (!label) continue;
      const target = a instanceof SVGElement ? a.querySelector("text") : a;
      target.textContent = label.text;
      if (label.lang) target.setAttribute("lang", label.lang);
      target.setAttribute("dir", "auto");
    }
  }

  function isNumeric(term) {
    return term && term.type.endsWith("literal") && NUMERIC.includes(term.datatype) && !isNaN(parseFloat(term.value));
  }

  function isDate(term) {
    return term && term.type.endsWith("literal") && (DATES.includes(term.datatype) || /^\d{4}-\d{2}(-\d{2})?$/.test(term.value));
  }

  function column(vars, rows, test) {
    return vars.find((v) => rows.some((r) => r[v]) && rows.every((r) => !r[v] || test(r[v])));
  }

  function toTime(value) {
    const v = value.length === 4 ? value + "-01-01" : value.length === 7 ? value + "-01" : value;
    return Date.parse(v.slice(0, 10));
  }

  // A line chart when one column holds dates and another numbers; other columns split the series.
  function renderChart(vars, rows) {
    if (rows.length < 2) return null;
    const x = column(vars, rows, isDate);
    const y = x && column(vars.filter((v) => v !== x), rows, isNumeric);
    if (!y) return null;
    const keys = vars.filter((v) => v !== x && v !== y && !rows.every((r) => !r[v] || isNumeric(r[v])));
    const series = new Map();
    for (const r of rows) {
      if (!r[x] || !r[y]) continue;
      const key = keys.map((k) => (r[k] ? short(r[k].value) : "")).join(" · ") || y;
      if (!series.has(key)) series.set(key, new Map());
      const points = series.get(key);
      const t = toTime(r[x].value);
      if (!isNaN(t)) points.set(t, (points.get(t) || 0) + parseFloat(r[y].value));
    }
    const ranked = [...series.entries()]
      .map(([k, pts]) => [k, [...pts.entries()].sort((a, b) => a[0] - b[0])])
      .sort((a, b) => b[1].reduce((s, p) => s + p[1], 0) - a[1].reduce((s, p) => s + p[1], 0))
      .slice(0, COLOURS.length);
    const all = ranked.flatMap(([, pts]) => pts);
    if (new Set(all.map((p) => p[0])).size < 2) return null;
    const W = 860, H = 260, L = 48, B = 28, T = 10, R = 10;
    const t0 = Math.min(...all.map((p) => p[0])), t1 = Math.max(...all.map((p) => p[0]));
    const vmax = Math.max(1, ...all.map((p) => p[1]));
    const sx = (t) => L + ((t - t0) / Math.max(1, t1 - t0)) * (W - L - R);
    const sy = (v) => H - B - (v / vmax) * (H - B - T);
    const svg = el("svg:svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: "img", "aria-label": "chart" });
    for (let i = 0; i <= 4; i++) {
      const v = (vmax * i) / 4, yy = sy(v);
      svg.append(el("svg:line", { class: "grid", x1: L, x2: W - R, y1: yy, y2: yy }));
      svg.append(el("svg:text", { x: 4, y: yy + 4 }, String(Math.round(v * 10) / 10)));
    }
    svg.append(el("svg:line", { class: "axis", x1: L, x2: W - R, y1: H - B, y2: H - B }));
    for (const t of [t0, (t0 + t1) / 2, t1]) {
      svg.append(el("svg:text", { x: sx(t) - 30, y: H - 8 }, new Date(t).toISOString().slice(0, 10)));
    }
    ranked.forEach(([, pts], i) => {
      const colour = COLOURS[i];
      svg.append(el("svg:polyline", { points: pts.map((p) => `${sx(p[0])},${sy(p[1])}`).join(" "), fill: "none", stroke: colour, "stroke-width": 2 }));
      for (const p of pts) svg.append(el("svg:circle", { cx: sx(p[0]), cy: sy(p[1]), r: 2.5, fill: colour }));
    });
    const legend = el("div", { class: "legend" },
      ...ranked.map(([k], i) => el("span", {}, el("i", { style: `background:${COLOURS[i]}` }), k)));
    return el("figure", { class: "chart" }, svg, el("figcaption", {}, `?${y} by ?${x}`), legend);
  }

  function point(term) {
    if (!term || term.datatype !== WKT) return null;
    const m = /POINT\s*\(\s*([-\d.eE]+)\s+([-\d.eE]+)\s*\)/i.exec(term.value);
    return m ? [parseFloat(m[1]), parseFloat(m[2])] : null;
  }

  // A map of the WKT points in the results, sized by the first numeric column if there is one.
  function renderMap(vars, rows) {
    const w = vars.find((v) => rows.some((r) => point(r[v])));
    if (!w) return null;
    const size = column(vars, rows, isNumeric);
    const name = vars.find((v) => v !== w && rows.some((r) => r[v] && r[v].type === "uri"));
    const pts = rows.map((r) => ({ p: point(r[w]), r: r })).filter((x) => x.p);
    const lons = pts.map((x) => x.p[0]), lats = pts.map((x) => x.p[1]);
    const span = Math.max(Math.max(...lons) - Math.min(...lons), Math.max(...lats) - Math.min(...lats));
    const pad = Math.max(0.3, span * 0.15);
    // Labels go to the right of their dots: leave them more room on that side.
    const west = Math.min(...lons) - pad, east = Math.max(...lons) + 2.5 * pad;
    const south = Math.min(...lats) - pad, north = Math.max(...lats) + pad;
    const W = 640, H = Math.max(200, Math.min(640, (W * (north - south)) / (east - west)));
    const vmax = size ? Math.max(1, ...pts.map((x) => parseFloat((x.r[size] || { value: 0 }).value) || 0)) : 1;
    const svg = el("svg:svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: "img", "aria-label": "map" });
    for (const x of pts) {
      const cx = ((x.p[0] - west) / (east - west)) * W, cy = ((north - x.p[1]) / (north - south)) * H;
      const v = size && x.r[size] ? parseFloat(x.r[size].value) : 1;
      const radius = size ? 3 + 12 * Math.sqrt(Math.max(0, v) / vmax) : 5;
      const dot = el("svg:circle", { cx: cx, cy: cy, r: radius, fill: "#c62828", "fill-opacity": 0.6, stroke: "#fff" });
      const iri = name && x.r[name] ? x.r[name].value : null;
      const label = el("svg:text", { x: cx + radius + 2, y: cy + 4, "font-size": 11 }, iri ? short(iri) : "");
      if (iri) {
        const a = el("svg:a", { href: href(iri), "data-iri": iri }, dot, label);
        svg.append(a);
      } else {
        svg.append(dot, label);
      }
    }
    return el("figure", { class: "pointmap" }, svg, el("figcaption", {}, `${pts.length} places (?${w})`));
  }

  for (const button of document.querySelectorAll("button.example")) {
    button.addEventListener("click", () => {
      editor.value = button.dataset.query;
      run();
    });
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });
  editor.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  });
  const shared = new URLSearchParams(location.search).get("query");
  if (shared) {
    editor.value = shared;
    run();
  } else {
    setLinks(editor.value);
  }
})();
