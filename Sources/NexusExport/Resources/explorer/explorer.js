// The Nexus explorer page. Reads the graph data embedded in the page (#nexus-data), wires the
// Graphviz SVG for selection, and offers search, filters, paths and tables. Every text taken
// from the data is inserted with textContent (never as markup).
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("nexus-data").textContent);
  const nodes = new Map(data.nodes.map((n) => [n.id, n]));
  const edgesOf = new Map();
  data.edges.forEach((e, i) => {
    e.index = i;
    for (const end of [e.source, e.target]) {
      if (!edgesOf.has(end)) edgesOf.set(end, []);
      edgesOf.get(end).push(e);
    }
  });
  const svg = document.querySelector("#graph svg");
  const $ = (id) => document.getElementById(id);

  function el(tag, text, cls) {
    const x = document.createElement(tag);
    if (text !== undefined && text !== null) x.textContent = String(text);
    if (cls) x.className = cls;
    return x;
  }
  // Case, accents and punctuation folded, as the CLI's name matcher does.
  function fold(s) {
    return String(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }
  function names(n) { return [n.label].concat((n.aliases || []).map((a) => a.name)); }

  // ---- The SVG: DOT node "nK" is data.drawn[K]; an edge is found by its ends and kind.
  const svgNodes = new Map();
  const svgEdges = [];
  if (svg) {
    svg.querySelectorAll("g.node").forEach((g) => {
      const title = g.querySelector("title");
      const k = title ? parseInt(title.textContent.replace(/^n/, ""), 10) : NaN;
      const id = data.drawn[k];
      if (id !== undefined) { g.dataset.id = id; svgNodes.set(id, g); }
    });
    svg.querySelectorAll("g.edge").forEach((g) => {
      const title = g.querySelector("title");
      const m = title ? title.textContent.match(/^n(\d+)\s*-[->]\s*n(\d+)$/) : null;
      if (!m) return;
      const kind = (g.getAttribute("class") || "").split(/\s+/)[1];
      const a = data.drawn[+m[1]], b = data.drawn[+m[2]];
      const edge = (edgesOf.get(a) || []).find((e) => e.kind === kind &&
        ((e.source === a && e.target === b) || (e.source === b && e.target === a)));
      if (edge) { g.dataset.edge = edge.index; svgEdges.push({ g: g, edge: edge }); }
    });
    svg.addEventListener("click", (event) => {
      const node = event.target.closest("g.node");
      if (node && node.dataset.id) { showNode(node.dataset.id); return; }
      const edge = event.target.closest("g.edge");
      if (edge && edge.dataset.edge) showEdge(data.edges[+edge.dataset.edge]);
    });
    panZoom(svg);
  }

  // ---- Header.
  $("title").textContent = data.title;
  $("summary").textContent = data.summary;

  // ---- Search.
  function matches(query, limit) {
    const q = fold(query);
    if (!q) return [];
    const scored = [];
    for (const n of data.nodes) {
      if (n.kind === "commitment") continue;
      let best = -1;
      for (const name of names(n)) {
        const f = fold(name);
        if (f === q) best = Math.max(best, 3);
        else if (f.startsWith(q)) best = Math.max(best, 2);
        else if (f.split(" ").some((w) => w.startsWith(q))) best = Math.max(best, 1);
      }
      if (best >= 0) scored.push([best, n.scores.mentions || 0, n]);
    }
    scored.sort((x, y) => y[0] - x[0] || y[1] - x[1] || (x[2].label < y[2].label ? -1 : 1));
    return scored.slice(0, limit).map((s) => s[2]);
  }
  $("search").addEventListener("input", () => {
    const found = matches($("search").value, 20);
    const list = $("results");
    list.replaceChildren();
    svgNodes.forEach((g) => g.classList.remove("hit"));
    for (const n of found) {
      const item = el("li");
      const button = el("button", n.label);
      button.type = "button";
      button.appendChild(el("span", " " + n.kind, "kind"));
      button.addEventListener("click", () => showNode(n.id));
      item.appendChild(button);
      list.appendChild(item);
      const g = svgNodes.get(n.id);
      if (g) g.classList.add("hit");
    }
  });
  $("search").addEventListener("keydown", (event) => {
    if (event.key === "Enter") { const first = matches($("search").value, 1)[0]; if (first) showNode(first.id); }
  });

  // ---- The side panel.
  function sentence(evidence, highlight) {
    const p = el("p", null, "sentence");
    const text = evidence.text;
    const spans = [];
    for (const name of highlight) {
      if (!name || name.length < 2) continue;
      let at = text.indexOf(name);
      while (at >= 0) { spans.push([at, at + name.length]); at = text.indexOf(name, at + name.length); }
    }
    spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    let cursor = 0;
    for (const [s, e] of spans) {
      if (s < cursor) continue;
      p.appendChild(document.createTextNode(text.slice(cursor, s)));
      p.appendChild(el("mark", text.slice(s, e)));
      cursor = e;
    }
    p.appendChild(document.createTextNode(text.slice(cursor)));
    p.appendChild(el("span", " — " + evidence.document + ", sentence " + evidence.sentence, "source"));
    return p;
  }
  function openPanel(children) {
    const body = $("panel-body");
    body.replaceChildren(...children);
    $("panel").hidden = false;
  }
  function link(text, id) {
    const b = el("button", text, "link");
    b.type = "button";
    b.addEventListener("click", () => showNode(id));
    return b;
  }
  function showNode(id) {
    const n = nodes.get(id);
    if (!n) return;
    svgNodes.forEach((g) => g.classList.remove("selected"));
    const g = svgNodes.get(id);
    if (g) g.classList.add("selected");
    const parts = [el("h2", n.label), el("p", n.kind + " · " + n.id + (n.community !== undefined ? " · community " + (n.community + 1) : ""), "kind")];
    if ((n.aliases || []).length) {
      parts.push(el("h3", "Also named"));
      const ul = el("ul");
      n.aliases.forEach((a) => ul.appendChild(el("li", a.name + " (" + a.rule + ")")));
      parts.push(ul);
    }
    if ((n.roles || []).length) { parts.push(el("h3", "Roles")); parts.push(el("p", n.roles.join(", "))); }
    if ((n.documents || []).length) { parts.push(el("h3", "Documents")); parts.push(el("p", n.documents.join(", "))); }
    const scores = Object.keys(n.scores || {}).sort();
    if (scores.length) {
      parts.push(el("h3", "Scores"));
      parts.push(el("p", scores.map((k) => k + " " + Number(n.scores[k]).toPrecision(4)).join(" · ")));
    }
    parts.push(el("h3", "Named in"));
    (n.evidence || []).forEach((ev) => parts.push(sentence(ev, names(n))));
    const ties = (edgesOf.get(id) || []).slice().sort((a, b) => b.weight - a.weight);
    parts.push(el("h3", "Ties (" + ties.length + ")"));
    ties.slice(0, 60).forEach((e) => {
      const other = e.source === id ? e.target : e.source;
      const o = nodes.get(other);
      const line = el("p");
      line.appendChild(el("span", e.kind + (e.label ? " (" + e.label + ")" : "") + (e.source === id ? " → " : " ← ")));
      line.appendChild(link(o ? o.label : other, other));
      line.appendChild(el("span", " · weight " + e.weight, "kind"));
      parts.push(line);
      (e.evidence || []).slice(0, 2).forEach((ev) => parts.push(sentence(ev, names(n).concat(o ? names(o) : []))));
    });
    openPanel(parts);
  }
  function showEdge(e) {
    const a = nodes.get(e.source), b = nodes.get(e.target);
    const parts = [el("h2", (a ? a.label : e.source) + " — " + (b ? b.label : e.target)),
      el("p", e.kind + (e.label ? ": " + e.label : "") + " · weight " + e.weight, "kind")];
    parts.push(link(a ? a.label : e.source, e.source));
    parts.push(el("span", " · "));
    parts.push(link(b ? b.label : e.target, e.target));
    (e.evidence || []).forEach((ev) => parts.push(sentence(ev, (a ? names(a) : []).concat(b ? names(b) : []))));
    openPanel(parts);
  }
  $("panel-close").addEventListener("click", () => { $("panel").hidden = true; });
  document.addEventListener("keydown", (event) => { if (event.key === "Escape") $("panel").hidden = true; });

  // ---- Filters: entity types, tie kinds, minimum weight.
  const hiddenKinds = new Set(), hiddenRelations = new Set();
  function checkboxes(container, values, hidden, prefix) {
    for (const value of values) {
      const label = el("label");
      const box = document.createElement("input");
      box.type = "checkbox"; box.checked = true; box.id = prefix + value; box.value = value;
      box.addEventListener("change", () => { if (box.checked) hidden.delete(value); else hidden.add(value); applyFilters(); });
      label.appendChild(box);
      label.appendChild(document.createTextNode(" " + value));
      container.appendChild(label);
    }
  }
  checkboxes($("kinds"), [...new Set(data.nodes.map((n) => n.kind))].sort(), hiddenKinds, "kind-");
  checkboxes($("relations"), [...new Set(data.edges.map((e) => e.kind))].sort(), hiddenRelations, "relation-");
  $("min-weight").addEventListener("input", applyFilters);
  // Communities of the drawing (Louvain), largest first.
  const communitySizes = new Map();
  data.nodes.forEach((n) => { if (n.community !== undefined) communitySizes.set(n.community, (communitySizes.get(n.community) || 0) + 1); });
  [...communitySizes.keys()].sort((a, b) => a - b).forEach((c) => {
    const option = el("option", "community " + (c + 1) + " (" + communitySizes.get(c) + " entities)");
    option.value = String(c);
    $("community").appendChild(option);
  });
  $("community").addEventListener("change", applyFilters);
  function applyFilters() {
    const minimum = parseFloat($("min-weight").value) || 0;
    const community = $("community").value;
    const hiddenNode = (id) => {
      const n = nodes.get(id);
      return !n || hiddenKinds.has(n.kind) || (community !== "" && String(n.community) !== community);
    };
    svgNodes.forEach((g, id) => g.classList.toggle("filtered", hiddenNode(id)));
    for (const { g, edge } of svgEdges) {
      g.classList.toggle("filtered", hiddenNode(edge.source) || hiddenNode(edge.target) ||
        hiddenRelations.has(edge.kind) || edge.weight < minimum);
    }
  }

  // ---- Who connects A and B: every shortest path (by hops; at most 5), each hop with its sentence.
  function paths(from, to) {
    const usable = (e) => e.kind !== "commits" && e.kind !== "benefits";
    const depth = new Map([[from, 0]]), parents = new Map([[from, []]]);
    let frontier = [from];
    while (frontier.length && !depth.has(to)) {
      const next = [];
      for (const id of frontier) {
        for (const e of edgesOf.get(id) || []) {
          if (!usable(e)) continue;
          const other = e.source === id ? e.target : e.source;
          if (!depth.has(other)) { depth.set(other, depth.get(id) + 1); parents.set(other, []); next.push(other); }
          if (depth.get(other) === depth.get(id) + 1) parents.get(other).push([id, e]);
        }
      }
      frontier = next;
    }
    if (!depth.has(to)) return [];
    const out = [];
    (function walk(id, hops) {
      if (out.length >= 5) return;
      if (id === from) { out.push(hops.slice().reverse()); return; }
      for (const [parent, e] of parents.get(id)) walk(parent, hops.concat([[parent, id, e]]));
    })(to, []);
    return out;
  }
  $("path-go").addEventListener("click", () => {
    const list = $("path-result");
    list.replaceChildren();
    const a = matches($("path-from").value, 1)[0], b = matches($("path-to").value, 1)[0];
    if (!a || !b) { list.appendChild(el("li", "No entity of that name.")); return; }
    const found = paths(a.id, b.id);
    if (!found.length) { list.appendChild(el("li", a.label + " and " + b.label + " are not connected.")); return; }
    for (const path of found) {
      const item = el("li", null, "path");
      for (const [x, y, e] of path) {
        const hop = el("div", null, "hop");
        hop.appendChild(el("strong", nodes.get(x).label + " — " + nodes.get(y).label));
        hop.appendChild(el("span", " (" + e.kind + (e.label ? ": " + e.label : "") + ")", "kind"));
        if (e.evidence && e.evidence[0]) hop.appendChild(sentence(e.evidence[0], names(nodes.get(x)).concat(names(nodes.get(y)))));
        item.appendChild(hop);
      }
      list.appendChild(item);
    }
  });

  // ---- Tables.
  function table(id, columns, rows, onRow) {
    const t = $(id);
    let sortKey = null, descending = true;
    function render() {
      const sorted = rows.slice();
      if (sortKey !== null) sorted.sort((x, y) => {
        const a = x[sortKey], b = y[sortKey];
        const c = (typeof a === "number" && typeof b === "number") ? a - b : String(a).localeCompare(String(b));
        return descending ? -c : c;
      });
      const head = el("tr");
      columns.forEach((c, k) => {
        const th = el("th");
        const b = el("button", c);
        b.type = "button";
        b.addEventListener("click", () => { descending = sortKey === k ? !descending : true; sortKey = k; render(); });
        th.appendChild(b);
        head.appendChild(th);
      });
      t.tHead.replaceChildren(head);
      const body = t.tBodies[0];
      body.replaceChildren();
      for (const row of sorted.slice(0, 500)) {
        const tr = el("tr");
        row.slice(0, columns.length).forEach((cell) => tr.appendChild(el("td", typeof cell === "number" ? Number(cell.toPrecision(4)) : cell)));
        if (onRow) { tr.tabIndex = 0; tr.addEventListener("click", () => onRow(row)); tr.addEventListener("keydown", (ev) => { if (ev.key === "Enter") onRow(row); }); }
        body.appendChild(tr);
      }
    }
    render();
  }
  const scoreKeys = [...new Set(data.nodes.flatMap((n) => Object.keys(n.scores || {})))].sort();
  const ranked = data.nodes.filter((n) => n.kind !== "commitment").map((n) => [n.label, n.kind].concat(scoreKeys.map((k) => n.scores[k] || 0)).concat([n.id]));
  // Rows carry the entity id after their shown columns: a row opens its entity.
  table("rankings", ["name", "type"].concat(scoreKeys), ranked, (row) => showNode(row[row.length - 1]));
  table("commitments", ["actor", "kind", "amount", "beneficiary", "time", "source"],
    data.commitments.map((c) => [c.actorName, c.kind, c.amount || "", c.beneficiaryName || "", c.time || "",
      c.document + ", sentence " + c.sentence, c.actor]),
    (row) => showNode(row[row.length - 1]));

  // ---- Pan (drag) and zoom (wheel) by moving the SVG viewBox.
  function panZoom(root) {
    const box = root.viewBox.baseVal;
    if (!box || !box.width) return;
    let drag = null;
    root.addEventListener("wheel", (event) => {
      event.preventDefault();
      const factor = event.deltaY > 0 ? 1.15 : 1 / 1.15;
      const rect = root.getBoundingClientRect();
      const x = box.x + (event.clientX - rect.left) / rect.width * box.width;
      const y = box.y + (event.clientY - rect.top) / rect.height * box.height;
      box.x = x - (x - box.x) * factor; box.y = y - (y - box.y) * factor;
      box.width *= factor; box.height *= factor;
    }, { passive: false });
    root.addEventListener("mousedown", (event) => { drag = { x: event.clientX, y: event.clientY, bx: box.x, by: box.y }; });
    window.addEventListener("mouseup", () => { drag = null; });
    window.addEventListener("mousemove", (event) => {
      if (!drag) return;
      const rect = root.getBoundingClientRect();
      box.x = drag.bx - (event.clientX - drag.x) / rect.width * box.width;
      box.y = drag.by - (event.clientY - drag.y) / rect.height * box.height;
    });
  }
})();
