/**
 * The dependency graph webview's page: a strict Content-Security-Policy (no
 * network, no inline style attributes, only the nonce'd style and script),
 * colours from the theme's `--vscode-…` variables, a toolbar (scope, focus,
 * direction, depth, teams, zoom) and a small script that swaps in the SVG the
 * extension sends (graph-svg.ts) and posts clicks back:
 *   → { type: 'graph', title, svg, problem?, candidates, options }
 *   ← { type: 'ready' } | { type: 'open', id } | { type: 'options', options }
 */
import type { GraphDirection, GraphNodeKind } from '../language/lsp/requests/protocol.js';

export interface GraphOptions {
    /** A service or CI's qualified name; undefined for the current file. */
    focus?: string;
    direction: GraphDirection;
    /** Unlimited when undefined. */
    depth?: number;
    includeTeams: boolean;
}

export interface GraphMessage {
    type: 'graph';
    title: string;
    svg: string;
    problem?: string;
    candidates: Array<{ name: string; kind: GraphNodeKind }>;
    options: GraphOptions;
    /** Shown while the graph is computed or when the server is not running. */
    status?: string;
}

export type WebviewMessage =
    | { type: 'ready' }
    | { type: 'open'; id: string }
    | { type: 'options'; options: GraphOptions };

export function graphHtml(nonce: string, cspSource: string): string {
    const csp = [
        "default-src 'none'",
        `style-src ${cspSource} 'nonce-${nonce}'`,
        `script-src 'nonce-${nonce}'`,
        `font-src ${cspSource}`,
        "img-src 'none'",
        "connect-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>ITSM Dependency Graph</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<header class="toolbar">
  <strong id="title">Dependency graph</strong>
  <label>Show <input id="focus" list="candidates" placeholder="this file — or a service or CI" spellcheck="false"></label>
  <datalist id="candidates"></datalist>
  <button id="file" title="Show the definitions of the current file">This file</button>
  <label>Direction <select id="direction">
    <option value="both">needs and needed by</option>
    <option value="down">what it needs (downstream)</option>
    <option value="up">what needs it (impact, upstream)</option>
  </select></label>
  <label>Depth <select id="depth"><option value="">all</option><option>1</option><option>2</option><option>3</option><option>4</option></select></label>
  <label><input type="checkbox" id="teams"> Teams</label>
  <span class="zoom"><button id="zoom-out" title="Zoom out">−</button><button id="zoom-reset" title="Actual size">100%</button><button id="zoom-in" title="Zoom in">+</button><button id="zoom-fit" title="Fit the width of the panel">Fit</button></span>
</header>
<div id="status" role="status"></div>
<main id="canvas" tabindex="-1"></main>
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>`;
}

const STYLE = `
body { margin: 0; padding: 0; color: var(--vscode-editor-foreground); background: var(--vscode-editor-background);
  font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
.toolbar { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center; padding: 6px 10px;
  background: var(--vscode-editorWidget-background); border-bottom: 1px solid var(--vscode-editorWidget-border, transparent); }
.toolbar input, .toolbar select { color: var(--vscode-input-foreground); background: var(--vscode-input-background);
  border: 1px solid var(--vscode-input-border, transparent); font: inherit; }
.toolbar input#focus { width: 18em; }
.toolbar button { color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground);
  border: none; padding: 2px 8px; font: inherit; cursor: pointer; }
.toolbar button:hover { background: var(--vscode-button-secondaryHoverBackground); }
#status { padding: 6px 10px; color: var(--vscode-descriptionForeground); }
#status.problem { color: var(--vscode-errorForeground); }
#status:empty { display: none; }
#canvas { padding: 10px; overflow: auto; }
svg.graph text { fill: var(--vscode-editor-foreground); font-family: var(--vscode-font-family); }
.node rect { fill: var(--vscode-editorWidget-background); stroke: var(--vscode-editorWidget-border, var(--vscode-foreground)); stroke-width: 1.5; }
.node.kind-service rect { stroke: var(--vscode-charts-blue); }
.node.kind-ci rect { stroke: var(--vscode-charts-green); }
.node.kind-team rect { stroke: var(--vscode-charts-purple); }
.node.external rect { stroke-dasharray: 4 3; }
.node.focus rect { stroke: var(--vscode-focusBorder); stroke-width: 3; }
.node.status-retired, .node.status-decommissioned, .node.status-pipeline, .node.status-planned { opacity: 0.6; }
.node .label { font-size: 13px; font-weight: 600; }
.node .detail { font-size: 11px; fill: var(--vscode-descriptionForeground); }
.node .status { fill: var(--vscode-charts-green); }
.node.status-maintenance .status, .node.status-pipeline .status, .node.status-planned .status { fill: var(--vscode-charts-yellow); }
.node.status-retired .status, .node.status-decommissioned .status { fill: var(--vscode-disabledForeground, var(--vscode-descriptionForeground)); }
.node { cursor: pointer; }
.node:hover rect { fill: var(--vscode-list-hoverBackground); }
.node:focus { outline: none; }
.node:focus-visible rect { stroke: var(--vscode-focusBorder); stroke-width: 3; }
.edge path { fill: none; stroke: var(--vscode-editorLineNumber-foreground, var(--vscode-descriptionForeground)); stroke-width: 1.3; }
.edge.kind-realized-by path { stroke: var(--vscode-charts-orange); }
.edge.kind-runs-on path, .edge.kind-hosted-on path { stroke: var(--vscode-charts-green); }
.edge.kind-owned-by path, .edge.kind-supported-by path { stroke: var(--vscode-charts-purple); stroke-dasharray: 1 3; }
.edge.grouped path { stroke-dasharray: 6 3; }
.arrowhead { fill: var(--vscode-editorLineNumber-foreground, var(--vscode-descriptionForeground)); }
.edge-label rect { fill: var(--vscode-editor-background); opacity: 0.85; }
.edge-label text { font-size: 11px; fill: var(--vscode-descriptionForeground); }
.group path { fill: none; stroke: var(--vscode-charts-yellow); stroke-width: 2; }
.group text { font-size: 11px; font-style: italic; fill: var(--vscode-charts-yellow); }
`;

// Plain JavaScript run inside the webview (no DOM types in this project's TypeScript).
const SCRIPT = `
(function () {
  const vscode = acquireVsCodeApi();
  const $ = id => document.getElementById(id);
  const canvas = $('canvas'), status = $('status'), focusInput = $('focus');
  let options = { direction: 'both', includeTeams: false };
  // A number, or undefined: fit the panel's width (never enlarging).
  let zoom = (vscode.getState() || {}).zoom;
  function currentZoom() {
    const svg = canvas.querySelector('svg');
    if (zoom !== undefined || !svg) return zoom || 1;
    const width = svg.viewBox.baseVal.width;
    return width > 0 ? Math.max(0.2, Math.min(1, (canvas.clientWidth - 24) / width)) : 1;
  }
  function applyZoom() {
    const svg = canvas.querySelector('svg');
    if (!svg) return;
    const box = svg.viewBox.baseVal;
    const scale = currentZoom();
    svg.setAttribute('width', String(Math.round(box.width * scale)));
    svg.setAttribute('height', String(Math.round(box.height * scale)));
    $('zoom-reset').textContent = Math.round(scale * 100) + '%';
    vscode.setState({ zoom });
  }
  window.addEventListener('resize', () => { if (zoom === undefined) applyZoom(); });
  function send(next) {
    options = Object.assign({}, options, next);
    vscode.postMessage({ type: 'options', options });
  }
  window.addEventListener('message', event => {
    const message = event.data;
    if (!message || message.type !== 'graph') return;
    options = message.options;
    $('title').textContent = message.title;
    status.textContent = message.problem || message.status || (message.svg ? '' : 'Nothing to draw: no services or CIs here.');
    status.className = message.problem ? 'problem' : '';
    canvas.innerHTML = message.svg;
    const list = $('candidates');
    list.replaceChildren(...message.candidates.map(c => { const o = document.createElement('option'); o.value = c.name; o.label = c.kind === 'ci' ? 'CI' : c.kind; return o; }));
    if (document.activeElement !== focusInput) focusInput.value = options.focus || '';
    $('direction').value = options.direction;
    $('direction').disabled = !options.focus;
    $('depth').value = options.depth === undefined || options.depth === null ? '' : String(options.depth);
    $('depth').disabled = !options.focus;
    $('teams').checked = !!options.includeTeams;
    applyZoom();
  });
  function nodeOf(target) { return target && target.closest ? target.closest('[data-node]') : null; }
  canvas.addEventListener('click', event => {
    const node = nodeOf(event.target);
    if (!node) return;
    if (event.shiftKey || event.altKey) send({ focus: node.getAttribute('data-qname') });
    else vscode.postMessage({ type: 'open', id: node.getAttribute('data-node') });
  });
  canvas.addEventListener('keydown', event => {
    const node = nodeOf(event.target);
    if (!node) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (event.shiftKey) send({ focus: node.getAttribute('data-qname') });
      else vscode.postMessage({ type: 'open', id: node.getAttribute('data-node') });
    }
  });
  focusInput.addEventListener('change', () => {
    send({ focus: focusInput.value.trim() || undefined });
  });
  $('file').addEventListener('click', () => { focusInput.value = ''; send({ focus: undefined }); });
  $('direction').addEventListener('change', event => send({ direction: event.target.value }));
  $('depth').addEventListener('change', event => send({ depth: event.target.value === '' ? undefined : Number(event.target.value) }));
  $('teams').addEventListener('change', event => send({ includeTeams: event.target.checked }));
  $('zoom-in').addEventListener('click', () => { zoom = Math.min(4, currentZoom() * 1.25); applyZoom(); });
  $('zoom-out').addEventListener('click', () => { zoom = Math.max(0.2, currentZoom() / 1.25); applyZoom(); });
  $('zoom-reset').addEventListener('click', () => { zoom = 1; applyZoom(); });
  $('zoom-fit').addEventListener('click', () => { zoom = undefined; applyZoom(); });
  vscode.postMessage({ type: 'ready' });
}());
`;
