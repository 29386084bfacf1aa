// The workbench under test, for the end-to-end checks (e2e/vscode-checks.mjs): the environment e2e/run.sh sets,
// the page of code-server's workbench in headless chromium, and what the checks do with it (open a file, run a
// command, read the rendered lines, take the pictures for docs/editor.md).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { acmeAnchors } from '../lib/acme-anchors.mjs';

export const env = name => {
    const value = process.env[name];
    if (!value) { console.error(`vscode-checks: ${name} is not set (run e2e/run.sh)`); process.exit(2); }
    return value;
};
export const URL = env('E2E_URL');
export const WS = env('E2E_WS');
export const EXT_DIR = env('E2E_EXT_DIR');
export const ORIGINAL = env('E2E_ORIGINAL');
export const ART = env('E2E_ART');
export const TMP = process.env.E2E_TMP || path.join(ART, 'tmp');
export const CACHE = env('E2E_CACHE');
export const ONLY = (process.env.ITSM_E2E_ONLY || '').split(',').map(s => s.trim()).filter(Boolean);
/** Where the checks act in examples/acme (lines found in its text: e2e/lib/acme-anchors.mjs). */
export const A = acmeAnchors(ORIGINAL);

const require = createRequire(path.join(CACHE, 'tools', 'package.json'));
export const { chromium } = require('playwright-core');


export class Skip extends Error {}

export const t0 = Date.now();
export const log = (...args) => { if (process.env.E2E_VERBOSE) console.log(`  [${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...args); };
export const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

/** Polls fn until it returns a truthy value; throws with the last value described by what() after timeoutMs. */
export async function until(fn, { timeoutMs = 20000, interval = 200, what = () => 'condition' } = {}) {
    const end = Date.now() + timeoutMs;
    let last;
    for (;;) {
        last = await fn();
        if (last) return last;
        if (Date.now() > end) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${await what(last)}`);
        await sleep(interval);
    }
}

// ---------- the workbench ----------

export let page;
export function setPage(value) { page = value; }
export const key = combo => page.keyboard.press(combo);
export const editorSelector = '.part.editor .editor-group-container.active .monaco-editor';
export const activeTabSelector = '.part.editor .editor-group-container.active .tabs-container .tab.active';

/** The messages of the notifications on screen (an error from a command shows there). */
export async function notifications() {
    return (await page.locator('.notifications-toasts .notification-list-item-message').allInnerTexts().catch(() => []))
        .map(t => t.trim()).filter(Boolean);
}

export async function dismissWidgets() {
    for (let i = 0; i < 3; i++) await key('Escape');
}

/** The text of the quick input's list rows. */
export async function quickInputRows() {
    return page.locator('.quick-input-widget .quick-input-list .monaco-list-row').allInnerTexts();
}

/** Opens a workspace file by clicking it in the Explorer (or with Quick Open), waits for its tab to be active. */
export async function openFile(name) {
    log('open', name);
    await dismissWidgets();
    const activeTab = page.locator(activeTabSelector, { hasText: name });
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
    if (await row.isVisible().catch(() => false)) {
        await row.click();
    } else {
        await key('Control+P');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor({ state: 'visible', timeout: 10000 });
        await input.fill(name);
        await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 30000 });
        await key('Enter');
    }
    // generous: the first file opened also waits for the workbench's editor to load (slow on a busy machine)
    await activeTab.waitFor({ timeout: 45000 });
    await page.locator(`${editorSelector} .view-lines`).first().waitFor({ timeout: 30000 });
    await focusEditor();
}

/** Runs a command from the command palette by its exact label. */
export async function runCommand(label) {
    await key('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10000 });
    await input.fill(`>${label}`);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
    await row.waitFor({ timeout: 10000 }).catch(async () => {
        throw new Error(`command '${label}' is not in the command palette (shown: ${(await quickInputRows()).slice(0, 5).join(' | ')})`);
    });
    await key('Enter');
}

/** Reverts a file to its committed text, so that one failed check leaves nothing behind for the next. */
export async function revert(name) {
    fs.copyFileSync(path.join(ORIGINAL, name), path.join(WS, name));
    await openFile(name);
    await runCommand('File: Revert File');
    await sleep(300);
}

/** Closes every editor (and webview) without a save prompt, and puts the committed files back. */
export async function closeAllEditors() {
    await runCommand('File: Save All').catch(() => {});
    for (const name of fs.readdirSync(ORIGINAL)) fs.copyFileSync(path.join(ORIGINAL, name), path.join(WS, name));
    await sleep(500);
    await runCommand('View: Close All Editor Groups').catch(() => {});
}

export async function cursorStatus() {
    return (await page.locator('#status\\.editor\\.selection').innerText().catch(() => '')).trim();
}

/** Puts the cursor at line:column (1-based) with Go to Line (Ctrl+G). */
export async function gotoPosition(line, column) {
    await key('Control+G');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10000 });
    await input.fill(`:${line}:${column}`); // Go to Line is Quick Open with the prefix ":"
    await key('Enter');
    await until(async () => (await cursorStatus()).startsWith(`Ln ${line}, Col ${column}`),
        { timeoutMs: 5000, what: async () => `the cursor at ${line}:${column} (status bar: ${await cursorStatus()})` });
}

/** The rendered lines of the active editor: line number -> { text, top, tokens: [{ text, cls }] }. */
export async function renderedLines() {
    return page.evaluate(selector => {
        const editor = document.querySelector(selector);
        if (!editor) return {};
        const tops = {};
        for (const number of editor.querySelectorAll('.margin-view-overlays .line-numbers')) {
            const holder = number.closest('[style*="top"]') ?? number;
            tops[holder.style.top] = Number(number.textContent.trim());
        }
        const lines = {};
        for (const line of editor.querySelectorAll('.view-lines .view-line')) {
            const n = tops[line.style.top];
            if (!n) continue;
            const tokens = [...line.querySelectorAll('span > span')].map(span => ({
                text: span.textContent.replace(/\u00a0/g, ' '), cls: [...span.classList].find(c => /^mtk\d+$/.test(c)) ?? '',
            }));
            const rect = line.getBoundingClientRect();
            lines[n] = { text: line.textContent.replace(/\u00a0/g, ' '), top: parseFloat(line.style.top), y: rect.y, height: rect.height, tokens };
        }
        const squiggles = [...editor.querySelectorAll('.view-overlays .squiggly-error')]
            .map(el => parseFloat((el.closest('[style*="top"]') ?? el).style.top));
        return { lines, squiggles };
    }, editorSelector);
}

export async function lineText(n) {
    const { lines } = await renderedLines();
    return lines?.[n]?.text;
}

/** Error squiggles on line n of the active editor (the line must be on screen). */
export async function squigglesOnLine(n) {
    const { lines, squiggles } = await renderedLines();
    const top = lines?.[n]?.top;
    return top === undefined ? 0 : squiggles.filter(s => Math.abs(s - top) < 1).length;
}

export async function problemsPanelRows() {
    return page.locator('.markers-panel .monaco-list-row').allInnerTexts().catch(() => []);
}

export async function showProblemsPanel() {
    if (!(await page.locator('.markers-panel').isVisible().catch(() => false))) {
        await key('Control+Shift+M');
        await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: 10000 });
    }
}

export async function focusEditor() {
    await key('Control+1');
    await sleep(100);
}

/** The extension host's log: remoteexthost.log under code-server's user data dir, logs/<date>/exthost<n>/. */
export function extHostLog() {
    const logs = process.env.E2E_LOGS;
    if (!logs || !fs.existsSync(logs)) return '';
    const found = [];
    const walk = dir => {
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) walk(full);
            else if (entry.name === 'remoteexthost.log') found.push(full);
        }
    };
    walk(logs);
    return found.map(f => fs.readFileSync(f, 'utf8')).join('\n');
}
/** Errors the extension host logged (first line of each), e.g. a command that threw. */
export const extHostErrors = () => extHostLog().split('\n').filter(line => / \[error\] /.test(line)).map(line => line.replace(/^.*? \[error\] /, ''));

// ---------- screenshots ----------

let checkNumber = 0;
let currentId = '';
/** The docs pictures the current check took: deleted unless it passes, so that docs/images only gets good ones. */
let currentDocImages = [];
/** Names the screenshots of the check about to run. */
export function beginCheck(number, id) { checkNumber = number; currentId = id; currentDocImages = []; }
/** Keeps the docs pictures of a check that passed; deletes those of one that did not. */
export function endCheck(passed) {
    if (!passed) for (const file of currentDocImages) fs.rmSync(file, { force: true });
    currentDocImages = [];
}
export async function screenshot() {
    await page.screenshot({ path: path.join(ART, `${String(checkNumber).padStart(2, '0')}-${currentId}.png`) }).catch(() => {});
}

/** A cropped screenshot for docs/editor.md: the union of the elements' boxes, padded, inside the viewport. */
export async function docImage(name, locators, pad = 12) {
    const boxes = [];
    for (const locator of locators) {
        const box = await locator.boundingBox().catch(() => null);
        if (box) boxes.push(box);
    }
    if (boxes.length === 0) return;
    const viewport = page.viewportSize();
    const x = Math.max(0, Math.min(...boxes.map(b => b.x)) - pad);
    const y = Math.max(0, Math.min(...boxes.map(b => b.y)) - pad);
    const right = Math.min(viewport.width, Math.max(...boxes.map(b => b.x + b.width)) + pad);
    const bottom = Math.min(viewport.height, Math.max(...boxes.map(b => b.y + b.height)) + pad);
    fs.mkdirSync(path.join(ART, 'docs'), { recursive: true });
    const file = path.join(ART, 'docs', `${name}.png`);
    await page.screenshot({ path: file, clip: { x, y, width: right - x, height: bottom - y } });
    currentDocImages.push(file);
}

/** The editor's lines from..to (1-based; as many of them as are on screen) as one box, for docImage. */
export function editorLines(from, to) {
    return {
        boundingBox: async () => {
            const { lines } = await renderedLines();
            const editor = await page.locator(editorSelector).first().boundingBox();
            if (!editor) return null;
            const shown = Object.keys(lines ?? {}).map(Number)
                .filter(n => n >= from && n <= to && lines[n].y >= editor.y - 1 && lines[n].y + lines[n].height <= editor.y + editor.height + 1);
            if (shown.length === 0) return editor;
            const first = lines[Math.min(...shown)], last = lines[Math.max(...shown)];
            return { x: editor.x, y: first.y, width: Math.min(editor.width, 760), height: last.y + last.height - first.y };
        },
    };
}

// ---------- feature detection for checks of features still being built ----------

export const manifest = JSON.parse(fs.readFileSync(path.join(EXT_DIR, 'package.json'), 'utf8'));
export const contributedCommands = manifest.contributes?.commands ?? [];
export const paletteLabel = command => (command.category ? `${command.category}: ${command.title}` : command.title);
export const findCommand = pattern => contributedCommands.find(c => pattern.test(c.title) || pattern.test(c.command));
export let capabilities = {};
export function setCapabilities(value) { capabilities = value; }

export function listFiles(dir, base = dir) {
    const files = [];
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) files.push(...listFiles(full, base));
        else files.push(path.relative(base, full));
    }
    return files;
}
