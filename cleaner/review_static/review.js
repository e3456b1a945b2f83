// cleaner review: label a document's raw lines keep/drop, beside the cleaner's decisions.
// Document text only ever reaches the page through textContent, never as markup.
"use strict";

const state = {
  overview: null,  // /api/documents
  doc: null,       // /api/document of the open document
  labels: [],      // per line: true keep, false drop, null blank (never labelled)
  saved: [],       // the labels as last loaded or saved, to tell unsaved changes
  cursor: null,
  anchor: null,    // the line a range (x, shift-click) starts from
  undo: [],
  redo: [],
  filter: "",      // a rule id: show only the documents and lines it removed
};

const $ = (id) => document.getElementById(id);

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "dir" || key.startsWith("data-")) node.setAttribute(key, value);
    else node[key] = value;
  }
  for (const child of children) node.append(child);  // strings become text nodes
  return node;
}

async function api(path, body) {
  const options = body === undefined ? {} : {
    method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)};
  const response = await fetch(path, options);
  const data = await response.json();
  if (!response.ok) throw Object.assign(new Error(data.error || response.statusText), {status: response.status});
  return data;
}

function status(message, kind = "") {
  $("status").textContent = message;
  $("status").className = kind;
}

function figures(score) {
  if (!score) return "no gold yet";
  const f = (x) => x.toFixed(3);
  return `line P ${f(score.line_precision)} R ${f(score.line_recall)} F1 ${f(score.line_f1)} · ` +
    `token F1 ${f(score.token_f1)} · shingle F1 ${f(score.shingle_f1)}`;
}

// ------------------------------------------------------------ the document list

async function loadOverview() {
  state.overview = await api("/api/documents");
  renderOverview();
}

function renderOverview() {
  const {overview} = state;
  $("dirs").textContent = `raw ${overview.raw_dir} · gold ${overview.gold_dir}`;
  const overall = overview.overall;
  $("overall").textContent = overall
    ? `overall, ${overall.documents} labelled: ${figures(overall)} · exact ${overall.exact}/${overall.documents}`
    : "overall: no document has gold yet";
  renderRuleFilter();
  const list = $("documents");
  list.replaceChildren();
  for (const summary of overview.documents) {
    if (state.filter && !(state.filter in summary.removed_by_rule)) continue;
    const count = state.filter ? `${summary.removed_by_rule[state.filter]} by rule` :
      summary.has_gold ? `${summary.disagreements} ≠` : "no gold";
    const title = summary.score ? figures(summary.score) : "no gold file yet";
    const button = el("button", {type: "button", title},
      el("span", {dir: "auto"}, summary.path + (summary.warning ? " ⚠" : "")),
      el("span", {className: "count" + (summary.disagreements ? " hot" : "")}, count));
    button.addEventListener("click", () => openDocument(summary.path));
    const item = el("li", {"data-path": summary.path}, button);
    if (state.doc && state.doc.path === summary.path) item.classList.add("current");
    list.append(item);
  }
}

function renderRuleFilter() {
  const totals = {};
  for (const summary of state.overview.documents) {
    for (const [rule, count] of Object.entries(summary.removed_by_rule)) totals[rule] = (totals[rule] || 0) + count;
  }
  const select = $("rule-filter");
  const options = [el("option", {value: ""}, "every document")];
  for (const rule of Object.keys(totals).sort()) options.push(el("option", {value: rule}, `${rule} (${totals[rule]} lines)`));
  select.replaceChildren(...options);
  select.value = state.filter;
}

async function setFilter(rule) {
  state.filter = rule;
  renderOverview();
  renderLines();
  const panel = $("rule-lines");
  panel.hidden = !rule;
  if (!rule) return;
  const {lines} = await api(`/api/rule-lines?id=${encodeURIComponent(rule)}`);
  $("rule-lines-title").textContent = `every line ${rule} removed (${lines.length}); red: the gold keeps it`;
  const list = panel.querySelector("ol");
  list.replaceChildren();
  for (const line of lines) {
    const item = el("li", {className: line.gold_keeps ? "wrong" : "", dir: "auto"},
      `${line.path}:${line.number} `, el("span", {dir: "auto"}, line.text));
    item.addEventListener("click", () => openDocument(line.path, line.index));
    list.append(item);
  }
}

// ------------------------------------------------------------ one document

async function openDocument(path, cursor = null) {
  if (isDirty() && !confirm("This document has unsaved labels. Discard them?")) return;
  const doc = await api(`/api/document?path=${encodeURIComponent(path)}`);
  state.doc = doc;
  state.labels = doc.lines.map((line) => line.blank ? null : (doc.has_gold ? line.gold_keeps : line.cleaner_keeps));
  state.saved = state.labels.slice();
  state.undo = [];
  state.redo = [];
  state.anchor = null;
  state.cursor = cursor ?? nextLine(-1, 1, () => true);
  history.replaceState(null, "", `#${encodeURIComponent(path)}`);
  $("document-path").textContent = path;
  $("warning").hidden = !doc.warning;
  $("warning").textContent = doc.warning ? `${doc.warning}. Not found: ${doc.unmatched.join(" | ")}` : "";
  status(doc.has_gold ? "labels from the gold file" : "no gold file yet: labels start from the cleaner's decisions");
  renderScore(doc.summary);
  for (const [flag, detail] of Object.entries(doc.flags)) status(`cleaner flag ${flag}: ${detail}`, "error");
  renderLines();
  renderOverview();
}

function renderScore(summary) {
  $("document-score").textContent = `${figures(summary.score)}` +
    (summary.has_gold ? ` · ${summary.disagreements} lines where the gold and the cleaner disagree` : "");
}

function renderLines() {
  const list = $("lines");
  if (!state.doc) return;
  list.replaceChildren(...state.doc.lines.map(lineRow));
  showCursor();
  renderDirty();
}

function lineRow(line) {
  const cleaner = line.cleaner_keeps ? el("span", {}, "cleaner keeps") : el("span", {},
    "cleaner drops: ", ruleButton(line), el("small", {dir: "auto"}, line.reason));
  const row = el("li", {"data-index": line.index},
    el("span", {className: "number"}, String(line.number)),
    el("span", {className: "label"}),
    el("div", {className: "text", dir: "auto"}, line.text),
    el("div", {className: "cleaner"}, cleaner));
  row.className = "line";
  row.addEventListener("click", (event) => {
    if (line.blank || event.target.closest("button")) return;
    state.cursor = line.index;
    event.shiftKey ? toggleRange(line.index) : toggle(line.index);
  });
  paintRow(row, line.index);
  return row;
}

function ruleButton(line) {
  const button = el("button", {type: "button", className: "rule", title: "show the rule's file and line"}, line.rule_id);
  button.addEventListener("click", () => { state.cursor = line.index; showCursor(); showRule(line.rule_id); });
  return button;
}

function paintRow(row, index) {
  const line = state.doc.lines[index];
  const label = state.labels[index];
  row.classList.toggle("blank", line.blank);
  row.classList.toggle("keep", label === true);
  row.classList.toggle("drop", label === false);
  row.classList.toggle("disagree", disagrees(index));
  row.classList.toggle("hit", Boolean(state.filter) && line.rule_id === state.filter);
  row.querySelector(".label").textContent = line.blank ? "" : (label ? "keep" : "drop");
}

function disagrees(index) {
  const label = state.labels[index];
  return label !== null && label !== state.doc.lines[index].cleaner_keeps;
}

function rowAt(index) {
  return $("lines").querySelector(`li[data-index="${index}"]`);
}

function showCursor() {
  for (const row of $("lines").querySelectorAll(".cursor")) row.classList.remove("cursor");
  const row = state.cursor === null ? null : rowAt(state.cursor);
  if (row) {
    row.classList.add("cursor");
    row.scrollIntoView({block: "nearest"});
  }
}

function isDirty() {
  return state.labels.some((label, i) => label !== state.saved[i]);
}

function renderDirty() {
  const count = state.labels.filter((_, i) => disagrees(i)).length;
  $("dirty").textContent = (isDirty() ? "unsaved changes · " : "") +
    `${count} of your labels differ from the cleaner`;
}

// ------------------------------------------------------------ editing, undo and redo

function change(indices, value) {
  state.undo.push(state.labels.slice());
  state.redo = [];
  for (const i of indices) if (state.labels[i] !== null) state.labels[i] = value(i);
  for (const i of indices) paintRow(rowAt(i), i);
  showCursor();
  renderDirty();
}

function toggle(index) {
  if (index === null || state.labels[index] === null) return;
  state.anchor = index;
  change([index], (i) => !state.labels[i]);
}

function toggleRange(index) {
  if (state.anchor === null) return toggle(index);
  // The whole range takes the anchor's label, as a shift-click extends a selection.
  const value = state.labels[state.anchor];
  const [first, last] = [Math.min(state.anchor, index), Math.max(state.anchor, index)];
  const indices = [];
  for (let i = first; i <= last; i++) indices.push(i);
  change(indices, () => value);
}

function setAll(value) {
  change(state.labels.map((_, i) => i), () => value);
}

function restore(from, to) {
  if (!from.length) return status("nothing to " + (from === state.undo ? "undo" : "redo"));
  to.push(state.labels.slice());
  state.labels = from.pop();
  renderLines();
}

// ------------------------------------------------------------ moving

function nextLine(from, step, wanted) {
  for (let i = from + step; i >= 0 && i < state.doc.lines.length; i += step) {
    if (!state.doc.lines[i].blank && wanted(i)) return i;
  }
  return null;
}

function move(step, wanted = () => true, missing = "") {
  const found = nextLine(state.cursor ?? -1, step, wanted);
  if (found === null) return missing && status(missing);
  state.cursor = found;
  showCursor();
}

// ------------------------------------------------------------ saving

async function save() {
  const doc = state.doc;
  const request = {path: doc.path, version: doc.version,
    keep: state.labels.flatMap((label, i) => label ? [i] : [])};
  if (doc.warning) {
    if (!confirm(`${doc.warning}. Replace the gold file?`)) return;
    request.replace_unmatched = true;
  }
  try {
    const saved = await api("/api/save", request);
    doc.version = saved.version;
    doc.warning = "";
    $("warning").hidden = true;
    doc.has_gold = true;
    state.saved = state.labels.slice();
    doc.lines.forEach((line, i) => { line.gold_keeps = line.blank ? null : state.labels[i]; });
    renderDirty();
    renderScore(saved.summary);
    status(`saved ${doc.path}`, "ok");
    await loadOverview();
  } catch (error) {
    status(`not saved: ${error.message}`, "error");
  }
}

// ------------------------------------------------------------ a rule's file, and [[test]] cases

async function showRule(ruleId) {
  const rule = await api(`/api/rule?id=${encodeURIComponent(ruleId)}`);
  $("rule-title").textContent = `${rule.id} · ${rule.file}${rule.line ? ":" + rule.line : ""}`;
  $("rule-why").textContent = rule.why;
  $("test-case").hidden = true;
  const lines = rule.text.split("\n").map((text, i) =>
    el("span", {className: i + 1 === rule.line ? "definition" : ""}, `${String(i + 1).padStart(4)}  ${text}`));
  const file = $("rule-file");
  file.replaceChildren(...lines);
  $("rule-panel").hidden = false;
  const definition = file.querySelector(".definition");
  file.scrollTop = definition ? definition.offsetTop - file.clientHeight / 3 : 0;
}

async function copyTestCase() {
  const keep = state.labels.flatMap((label, i) => label ? [i] : []);
  try {
    const {toml} = await api("/api/test-case", {path: state.doc.path, index: state.cursor, keep});
    const box = $("test-case");
    box.value = toml;
    box.hidden = false;
    box.select();
    await navigator.clipboard.writeText(toml).then(
      () => status("[[test]] case copied; paste it into the rule's file", "ok"),
      () => status("select the [[test]] case below and copy it"));
  } catch (error) {
    status(`no test case: ${error.message}`, "error");
  }
}

// ------------------------------------------------------------ keys

const KEYS = {
  "j": () => move(1),
  "k": () => move(-1),
  " ": () => toggle(state.cursor),
  "x": () => toggleRange(state.cursor),
  "n": () => move(1, disagrees, "no disagreement below"),
  "p": () => move(-1, disagrees, "no disagreement above"),
  "s": () => save(),
  "u": () => restore(state.undo, state.redo),
  "U": () => restore(state.redo, state.undo),
  "D": () => setAll(false),
  "K": () => setAll(true),
};
const CONTROL_KEYS = {
  "z": () => restore(state.undo, state.redo),
  "y": () => restore(state.redo, state.undo),
};

function onKey(event) {
  if (!state.doc || event.altKey || event.target.closest("input, select, textarea")) return;
  const control = event.ctrlKey || event.metaKey;
  const action = control ? CONTROL_KEYS[event.key.toLowerCase()] : KEYS[event.key];
  if (!action) return;
  event.preventDefault();
  action();
}

function start() {
  document.addEventListener("keydown", onKey);
  $("save").addEventListener("click", save);
  $("rule-filter").addEventListener("change", (event) => setFilter(event.target.value));
  $("close-rule").addEventListener("click", () => { $("rule-panel").hidden = true; });
  $("copy-test").addEventListener("click", copyTestCase);
  window.addEventListener("beforeunload", (event) => { if (isDirty()) event.preventDefault(); });
  loadOverview().then(() => {
    const wanted = decodeURIComponent(location.hash.slice(1));
    const paths = state.overview.documents.map((d) => d.path);
    if (paths.length) return openDocument(paths.includes(wanted) ? wanted : paths[0]);
    status("no .txt documents under the raw folder", "error");
  }).catch((error) => status(error.message, "error"));
}

start();
