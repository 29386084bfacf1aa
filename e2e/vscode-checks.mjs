// End-to-end checks of the ITSM extension in a real VS Code workbench: code-server (VS Code server + web
// workbench) started by e2e/run.sh, driven in headless Debian chromium by playwright-core.
//
// Environment (set by e2e/run.sh):
//   E2E_URL       code-server's address              E2E_WS        the copy of examples/acme it has open
//   E2E_EXT_DIR   the installed extension            E2E_ORIGINAL  examples/acme (the files as committed)
//   E2E_ART       screenshots and logs folder        E2E_TMP       scratch folder (chromium's profile)
//   E2E_CACHE     .e2e-cache (playwright-core)       ITSM_E2E_ONLY check ids to run, comma-separated
//   E2E_LOGS      code-server's log folder           E2E_API_RESULT where the API suite harness writes
//
// Every check prints one line: PASS, FAIL (with why) or SKIP (feature not in this build), and its time;
// each leaves a screenshot <n>-<id>.png in E2E_ART, and the ones the docs show a cropped copy in
// E2E_ART/docs/. Exits 1 when a check fails.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { serverCapabilities } from './lib/server-capabilities.mjs';

const env = name => {
    const value = process.env[name];
    if (!value) { console.error(`vscode-checks: ${name} is not set (run e2e/run.sh)`); process.exit(2); }
    return value;
};
const URL = env('E2E_URL');
const WS = env('E2E_WS');
const EXT_DIR = env('E2E_EXT_DIR');
const ORIGINAL = env('E2E_ORIGINAL');
const ART = env('E2E_ART');
const TMP = process.env.E2E_TMP || path.join(ART, 'tmp');
const CACHE = env('E2E_CACHE');
const ONLY = (process.env.ITSM_E2E_ONLY || '').split(',').map(s => s.trim()).filter(Boolean);

const require = createRequire(path.join(CACHE, 'tools', 'package.json'));
const { chromium } = require('playwright-core');

const TYPO_MESSAGE = "Unknown team 'Mesaging'. Did you mean 'Messaging'?";
const SERVICE_DESK_DOC = 'First line: takes every call, around the clock.';
const OWNER_LINE = 39; // services.itsm: '  owner Messaging' in service Email

class Skip extends Error {}

const t0 = Date.now();
const log = (...args) => { if (process.env.E2E_VERBOSE) console.log(`  [${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...args); };
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

/** Polls fn until it returns a truthy value; throws with the last value described by what() after timeoutMs. */
async function until(fn, { timeoutMs = 20000, interval = 200, what = () => 'condition' } = {}) {
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

let page;
const key = combo => page.keyboard.press(combo);
const editorSelector = '.part.editor .editor-group-container.active .monaco-editor';
const activeTabSelector = '.part.editor .editor-group-container.active .tabs-container .tab.active';

/** The messages of the notifications on screen (an error from a command shows there). */
async function notifications() {
    return (await page.locator('.notifications-toasts .notification-list-item-message').allInnerTexts().catch(() => []))
        .map(t => t.trim()).filter(Boolean);
}

async function dismissWidgets() {
    for (let i = 0; i < 3; i++) await key('Escape');
}

/** The text of the quick input's list rows. */
async function quickInputRows() {
    return page.locator('.quick-input-widget .quick-input-list .monaco-list-row').allInnerTexts();
}

/** Opens a workspace file by clicking it in the Explorer (or with Quick Open), waits for its tab to be active. */
async function openFile(name) {
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
    await activeTab.waitFor({ timeout: 15000 });
    await page.locator(`${editorSelector} .view-lines`).first().waitFor({ timeout: 15000 });
    await focusEditor();
}

/** Runs a command from the command palette by its exact label. */
async function runCommand(label) {
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
async function revert(name) {
    fs.copyFileSync(path.join(ORIGINAL, name), path.join(WS, name));
    await openFile(name);
    await runCommand('File: Revert File');
    await sleep(300);
}

/** Closes every editor (and webview) without a save prompt, and puts the committed files back. */
async function closeAllEditors() {
    await runCommand('File: Save All').catch(() => {});
    for (const name of fs.readdirSync(ORIGINAL)) fs.copyFileSync(path.join(ORIGINAL, name), path.join(WS, name));
    await sleep(500);
    await runCommand('View: Close All Editor Groups').catch(() => {});
}

async function cursorStatus() {
    return (await page.locator('#status\\.editor\\.selection').innerText().catch(() => '')).trim();
}

/** Puts the cursor at line:column (1-based) with Go to Line (Ctrl+G). */
async function gotoPosition(line, column) {
    await key('Control+G');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10000 });
    await input.fill(`:${line}:${column}`); // Go to Line is Quick Open with the prefix ":"
    await key('Enter');
    await until(async () => (await cursorStatus()).startsWith(`Ln ${line}, Col ${column}`),
        { timeoutMs: 5000, what: async () => `the cursor at ${line}:${column} (status bar: ${await cursorStatus()})` });
}

/** The rendered lines of the active editor: line number -> { text, top, tokens: [{ text, cls }] }. */
async function renderedLines() {
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

async function lineText(n) {
    const { lines } = await renderedLines();
    return lines?.[n]?.text;
}

/** Error squiggles on line n of the active editor (the line must be on screen). */
async function squigglesOnLine(n) {
    const { lines, squiggles } = await renderedLines();
    const top = lines?.[n]?.top;
    return top === undefined ? 0 : squiggles.filter(s => Math.abs(s - top) < 1).length;
}

async function problemsPanelRows() {
    return page.locator('.markers-panel .monaco-list-row').allInnerTexts().catch(() => []);
}

async function showProblemsPanel() {
    if (!(await page.locator('.markers-panel').isVisible().catch(() => false))) {
        await key('Control+Shift+M');
        await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: 10000 });
    }
}

async function focusEditor() {
    await key('Control+1');
    await sleep(100);
}

/** The extension host's log: remoteexthost.log under code-server's user data dir, logs/<date>/exthost<n>/. */
function extHostLog() {
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
const extHostErrors = () => extHostLog().split('\n').filter(line => / \[error\] /.test(line)).map(line => line.replace(/^.*? \[error\] /, ''));

// ---------- screenshots ----------

let checkNumber = 0;
let currentId = '';
/** The docs pictures the current check took: deleted unless it passes, so that docs/images only gets good ones. */
let currentDocImages = [];
async function screenshot() {
    await page.screenshot({ path: path.join(ART, `${String(checkNumber).padStart(2, '0')}-${currentId}.png`) }).catch(() => {});
}

/** A cropped screenshot for docs/editor.md: the union of the elements' boxes, padded, inside the viewport. */
async function docImage(name, locators, pad = 12) {
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
function editorLines(from, to) {
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

const manifest = JSON.parse(fs.readFileSync(path.join(EXT_DIR, 'package.json'), 'utf8'));
const contributedCommands = manifest.contributes?.commands ?? [];
const paletteLabel = command => (command.category ? `${command.category}: ${command.title}` : command.title);
const findCommand = pattern => contributedCommands.find(c => pattern.test(c.title) || pattern.test(c.command));
let capabilities = {};

function listFiles(dir, base = dir) {
    const files = [];
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) files.push(...listFiles(full, base));
        else files.push(path.relative(base, full));
    }
    return files;
}

// ---------- the checks ----------

const checks = [
    {
        id: 'language-mode',
        title: 'services.itsm opens in the ITSM language mode (status bar)',
        async run() {
            await openFile('services.itsm');
            const mode = page.locator('#status\\.editor\\.mode');
            await until(async () => (await mode.innerText().catch(() => '')).trim() === 'ITSM',
                { timeoutMs: 30000, what: async () => `'ITSM' in the status bar (it says '${(await mode.innerText().catch(() => '?')).trim()}')` });
            await docImage('language-mode', [page.locator('#status\\.editor\\.mode'), page.locator('#status\\.editor\\.selection')], 6);
        },
    },
    {
        id: 'syntax-colouring',
        title: 'keywords are coloured by the TextMate grammar, unlike names',
        async run() {
            await openFile('services.itsm');
            // line 7: 'service Directory {'
            let last;
            const line = await until(async () => {
                last = (await renderedLines()).lines?.[7];
                return last && last.tokens.some(t => t.text === 'service') ? last : null;
            }, { timeoutMs: 15000, what: () => `'service' as a token of its own on line 7 (tokens: ${JSON.stringify(last?.tokens ?? 'line not rendered')})` });
            const keyword = line.tokens.find(t => t.text === 'service');
            const name = line.tokens.find(t => t.text === 'Directory');
            const plain = (await renderedLines()).lines[7].tokens.find(t => t.text.trim() === '') ?? { cls: 'mtk1' };
            log('tokens', JSON.stringify(line.tokens));
            if (!keyword || !name) throw new Error(`tokens of line 7: ${JSON.stringify(line.tokens)}`);
            if (keyword.cls === plain.cls || keyword.cls === 'mtk1') throw new Error(`'service' has the default colour (${keyword.cls})`);
            if (keyword.cls === name.cls) throw new Error(`'service' and 'Directory' have the same colour (${keyword.cls})`);
            // and the colour comes from a TextMate scope: Developer: Inspect Editor Tokens and Scopes
            await gotoPosition(7, 3);
            await runCommand('Developer: Inspect Editor Tokens and Scopes');
            const widget = page.locator('.token-inspect-widget');
            await widget.waitFor({ state: 'visible', timeout: 10000 });
            const text = await until(async () => {
                const t = await widget.innerText();
                return /textmate scopes/.test(t) ? t : null;
            }, { timeoutMs: 10000, what: () => 'the token inspector to show TextMate scopes' });
            const scopes = /textmate scopes\s+([\s\S]*?)(?:\n\s*foreground|$)/.exec(text)?.[1].split(/\s+/).filter(Boolean) ?? [];
            log('scopes of service', scopes);
            if (!scopes.some(s => /^(keyword|storage)\..*\.itsm$/.test(s))) {
                throw new Error(`'service' has no keyword scope from the ITSM grammar (TextMate scopes: ${scopes.join(' ') || 'none'})`);
            }
            await screenshot();
            await docImage('syntax-colouring', [page.locator('.token-inspect-widget'), editorLines(1, 15)], 4);
            await key('Escape');
            await openFile('services.itsm');
            await gotoPosition(45, 1); // centred: lines 35-56 on screen
            await docImage('highlighting', [editorLines(35, 56)], 4);
        },
    },
    {
        id: 'diagnostics',
        title: "a typo gets a squiggle and a Problems entry (\"Did you mean 'Messaging'?\"); fixing it clears both",
        async run() {
            await revert('services.itsm');
            await gotoPosition(OWNER_LINE, 12);
            const before = await lineText(OWNER_LINE);
            if (before !== '  owner Messaging') throw new Error(`line ${OWNER_LINE} is '${before}', not '  owner Messaging'`);
            await key('Delete');
            await until(async () => (await lineText(OWNER_LINE)) === '  owner Mesaging', { timeoutMs: 5000, what: () => 'the typo to be typed' });
            await until(() => squigglesOnLine(OWNER_LINE),
                { timeoutMs: 60000, what: () => `an error squiggle under 'Mesaging' on line ${OWNER_LINE}` });
            await showProblemsPanel();
            const entry = await until(async () => (await problemsPanelRows()).find(r => r.includes(TYPO_MESSAGE)),
                { timeoutMs: 20000, what: async () => `"${TYPO_MESSAGE}" in the Problems panel (rows: ${JSON.stringify(await problemsPanelRows())})` });
            if (!/Ln 39, Col 9/.test(entry)) throw new Error(`the Problems entry is not at Ln 39, Col 9: ${entry}`);
            await screenshot();
            await docImage('diagnostics', [editorLines(35, 42), page.locator('.markers-panel .monaco-list-row').last()], 4);
            // fix it: type the missing 's' back
            await focusEditor();
            await gotoPosition(OWNER_LINE, 12);
            await page.keyboard.type('s');
            await until(async () => (await lineText(OWNER_LINE)) === '  owner Messaging', { timeoutMs: 5000, what: () => 'the fix to be typed' });
            await until(async () => (await squigglesOnLine(OWNER_LINE)) === 0 && !(await problemsPanelRows()).some(r => r.includes(TYPO_MESSAGE)),
                { timeoutMs: 30000, what: () => 'the squiggle and the Problems entry to go after the fix' });
            await key('Control+S');
            await runCommand('View: Hide Panel').catch(() => {}); // the Problems panel
        },
    },
    {
        id: 'go-to-definition',
        title: 'F12 on a team in services.itsm opens people.itsm at the team',
        async run() {
            await revert('services.itsm');
            await gotoPosition(OWNER_LINE, 11);
            await key('F12');
            await page.locator(activeTabSelector, { hasText: 'people.itsm' }).waitFor({ timeout: 20000 }).catch(async () => {
                const tab = (await page.locator(activeTabSelector).first().innerText().catch(() => '?')).replace(/\s+/g, ' ').trim();
                throw new Error(`people.itsm did not open (active tab: ${tab}, cursor: ${await cursorStatus()})`);
            });
            await until(async () => (await cursorStatus()).startsWith('Ln 25, Col 6'),
                { timeoutMs: 10000, what: async () => `the cursor at 'Messaging' in 'team Messaging' (Ln 25, Col 6), status bar: ${await cursorStatus()}` });
            if (!(await lineText(25))?.startsWith('team Messaging')) throw new Error(`line 25 of people.itsm is '${await lineText(25)}'`);
            await screenshot();
            await docImage('go-to-definition', [editorLines(17, 30)], 4);
        },
    },
    {
        id: 'completion',
        title: "completion after 'owner ' offers the teams (Messaging, Infrastructure, ServiceDesk), not other names",
        async run() {
            await revert('services.itsm');
            await gotoPosition(OWNER_LINE, 9);
            await key('Shift+End');
            await key('Delete');
            await until(async () => (await lineText(OWNER_LINE)) === '  owner ', { timeoutMs: 5000, what: () => "the line to read '  owner '" });
            await key('Control+Space');
            const widget = page.locator('.editor-widget.suggest-widget');
            const labels = async () => (await widget.locator('.monaco-list-row .label-name').allInnerTexts().catch(() => [])).map(s => s.trim());
            const offered = await until(async () => {
                const l = await labels();
                if (l.length > 0) return l;
                // no suggestions: ask again (the language server may still be starting)
                if (/No suggestions/i.test(await widget.innerText().catch(() => ''))) { await key('Escape'); await key('Control+Space'); }
                return null;
            }, { timeoutMs: 30000, interval: 500, what: async () => `completion items (suggest widget: '${(await widget.innerText().catch(() => 'not shown')).trim()}')` });
            log('offered', offered);
            for (const team of ['Messaging', 'Infrastructure', 'ServiceDesk']) {
                if (!offered.includes(team)) throw new Error(`team ${team} not offered; offered: ${offered.join(', ')}`);
            }
            for (const other of ['Email', 'Directory', 'Gold', 'Always']) {
                if (offered.includes(other)) throw new Error(`${other} (not a team) offered; offered: ${offered.join(', ')}`);
            }
            await screenshot();
            await docImage('completion', [editorLines(36, 42), widget], 4);
            // accept Messaging
            await page.keyboard.type('Mess');
            await until(async () => (await labels())[0] === 'Messaging', { timeoutMs: 5000, what: async () => `Messaging first (${await labels()})` });
            await key('Enter');
            await until(async () => (await lineText(OWNER_LINE)) === '  owner Messaging',
                { timeoutMs: 5000, what: async () => `'  owner Messaging' after accepting (line: '${await lineText(OWNER_LINE)}')` });
            await key('Control+S');
        },
    },
    {
        id: 'hover',
        title: "hover on a team shows its /** */ documentation (from another file)",
        async run() {
            await revert('services.itsm');
            await gotoPosition(12, 13); // '  support ServiceDesk'
            const hover = page.locator('.monaco-hover', { hasText: SERVICE_DESK_DOC });
            await until(async () => {
                if (await hover.first().isVisible().catch(() => false)) return true;
                await key('Control+K');
                await key('Control+I'); // Show or Focus Hover
                await sleep(1500);
                return hover.first().isVisible().catch(() => false);
            }, { timeoutMs: 30000, interval: 100, what: async () => `a hover with "${SERVICE_DESK_DOC}" (hovers shown: ${JSON.stringify(await page.locator('.monaco-hover').allInnerTexts().catch(() => []))})` });
            await screenshot();
            await docImage('hover', [editorLines(10, 14), hover.first()], 4);
            await key('Escape');
        },
    },
    {
        id: 'format-document',
        title: 'Format Document (Ctrl+Shift+I on Linux, Shift+Alt+F elsewhere) restores broken indentation',
        async run() {
            const original = fs.readFileSync(path.join(ORIGINAL, 'people.itsm'), 'utf8');
            const want = original.split('\n');
            await revert('people.itsm');
            await gotoPosition(20, 1);
            await page.keyboard.type('      ');        // line 20: 8 spaces instead of 2
            await gotoPosition(22, 1);
            await key('Delete'); await key('Delete');  // line 22: none
            await until(async () => (await lineText(20)) === `      ${want[19]}` && (await lineText(22)) === want[21].trim(),
                { timeoutMs: 5000, what: async () => `broken indentation (lines 20, 22: '${await lineText(20)}', '${await lineText(22)}')` });
            await docImage('format-before', [editorLines(18, 24)], 4);
            // editor.action.formatDocument is Shift+Alt+F on Windows and macOS, Ctrl+Shift+I on Linux (as here)
            await key(process.platform === 'linux' ? 'Control+Shift+I' : 'Shift+Alt+F');
            await until(async () => (await lineText(20)) === want[19] && (await lineText(22)) === want[21],
                { timeoutMs: 20000, what: async () => `the indentation restored (lines 20, 22: '${await lineText(20)}', '${await lineText(22)}')` });
            await docImage('format-after', [editorLines(18, 24)], 4);
            await key('Control+S');
            const saved = await until(() => {
                const text = fs.readFileSync(path.join(WS, 'people.itsm'), 'utf8');
                return text === original ? text : null;
            }, { timeoutMs: 10000, what: () => 'people.itsm on disk to equal the committed file after formatting and saving' });
            if (!saved) throw new Error('not saved');
            await screenshot();
        },
    },
    {
        id: 'quick-fix',
        title: "the lightbulb's quick fix turns 'Mesaging' into 'Messaging'",
        async run() {
            if (!capabilities.codeActionProvider) throw new Skip('the language server has no code actions (codeActionProvider)');
            await revert('services.itsm');
            await gotoPosition(OWNER_LINE, 12);
            await key('Delete');
            await until(() => squigglesOnLine(OWNER_LINE), { timeoutMs: 60000, what: () => `an error squiggle on line ${OWNER_LINE}` });
            await gotoPosition(OWNER_LINE, 11);
            const lightbulb = page.locator(`${editorSelector} .lightBulbWidget`);
            await lightbulb.waitFor({ state: 'visible', timeout: 20000 }).catch(() => {
                throw new Error('no lightbulb on the line with the typo');
            });
            await lightbulb.click();
            const actions = page.locator('.action-widget .monaco-list-row');
            await actions.first().waitFor({ state: 'visible', timeout: 10000 }).catch(() => { throw new Error('the lightbulb opened no actions'); });
            const titles = await actions.allInnerTexts();
            const fix = actions.filter({ hasText: 'Messaging' }).first();
            if (!(await fix.count())) throw new Error(`no action mentions 'Messaging'; actions: ${titles.join(' | ')}`);
            await screenshot();
            await docImage('quick-fix', [editorLines(36, 42), ...(await actions.all())], 8);
            await fix.click();
            await until(async () => (await lineText(OWNER_LINE)) === '  owner Messaging',
                { timeoutMs: 10000, what: async () => `'  owner Messaging' after the fix (line: '${await lineText(OWNER_LINE)}')` });
            await until(async () => (await squigglesOnLine(OWNER_LINE)) === 0, { timeoutMs: 30000, what: () => 'the squiggle to go' });
            await key('Control+S');
        },
    },
    {
        id: 'generate-command',
        title: "the 'ITSM: Generate…' command writes files",
        async run() {
            const command = findCommand(/generat/i);
            if (!command) throw new Skip('the extension contributes no Generate command');
            const before = new Set(listFiles(WS));
            await openFile('services.itsm');
            await runCommand(paletteLabel(command).replace(/…|\.\.\.$/, ''));
            // answer whatever it asks: pick 'json' (or the first choice), accept suggested values
            const created = await until(async () => {
                const now = listFiles(WS).filter(f => !before.has(f) && fs.statSync(path.join(WS, f)).size > 0);
                if (now.length > 0) return now;
                const input = page.locator('.quick-input-widget');
                if (await input.isVisible().catch(() => false)) {
                    // the command palette itself (value '>…') is not a question of the command's: close it
                    const value = await input.locator('input').inputValue().catch(() => '');
                    if (value.startsWith('>')) { await key('Escape'); return null; }
                    const rows = await quickInputRows();
                    const json = rows.findIndex(r => /\bjson\b/i.test(r));
                    if (json > 0) for (let i = 0; i < json; i++) await key('ArrowDown');
                    await key('Enter');
                    await sleep(500);
                }
                return null;
            }, { timeoutMs: 30000, interval: 500, what: async () => `new files in the workspace (notifications: ${JSON.stringify(await notifications())})` });
            log('generated', created);
            // the extension says what it wrote in a notification: picture it for the docs when there is one
            const toast = page.locator('.notifications-toasts .notification-toast').first();
            if (await toast.waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false)) await docImage('generate', [toast], 6);
            await screenshot();
        },
    },
    {
        id: 'dependency-graph',
        title: 'the dependency graph webview renders the services as nodes',
        async run() {
            const command = findCommand(/graph/i);
            if (!command) throw new Skip('the extension contributes no dependency graph command');
            await openFile('services.itsm');
            await runCommand(paletteLabel(command));
            const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
            const body = frame.locator('body');
            // the graph's nodes: SVG elements marked as nodes, each labelled with its definition's name
            const nodes = frame.locator('svg [data-node], svg g.node');
            const nodeNames = async () => (await nodes.evaluateAll(list => list.map(n => n.getAttribute('data-name') || n.textContent || '')).catch(() => []))
                .map(t => t.trim());
            const names = await until(async () => {
                const shown = await nodeNames();
                return ['Email', 'Directory', 'Dns'].every(name => shown.some(n => n === name || n.startsWith(`${name}\n`) || n.split(/\s+/).includes(name))) ? shown : null;
            }, { timeoutMs: 30000, what: async () => `nodes for the services Email, Directory and Dns in the webview (nodes: ${JSON.stringify(await nodeNames())}; text: '${(await body.innerText({ timeout: 1000 }).catch(() => 'no webview')).replace(/\s+/g, ' ').slice(0, 200)}')` });
            log('graph nodes', names);
            await screenshot();
            await docImage('dependency-graph', [page.locator('iframe.webview.ready')], 0);
            await closeAllEditors();
        },
    },
    {
        id: 'api-suite',
        title: 'the @vscode/test-electron suite (e2e/electron/suite) passes in this extension host',
        async run() {
            const resultFile = process.env.E2E_API_RESULT;
            if (!resultFile) throw new Skip('E2E_API_RESULT is not set: the harness extension is not installed (e2e/run.sh installs it)');
            fs.rmSync(resultFile, { force: true });
            await closeAllEditors();
            await openFile('services.itsm');
            await runCommand('ITSM e2e: Run API Suite');
            const result = await until(() => fs.existsSync(resultFile) && JSON.parse(fs.readFileSync(resultFile, 'utf8')),
                { timeoutMs: 240000, interval: 500, what: () => `the suite's result in ${resultFile}` });
            for (const line of result.lines) console.log(`      ${line}`);
            if (!result.ok) throw new Error(result.lines.filter(l => l.startsWith('FAIL')).join('; ') || result.lines.at(-1));
        },
    },
];

// ---------- run ----------

async function main() {
    fs.mkdirSync(ART, { recursive: true });
    fs.mkdirSync(TMP, { recursive: true });
    capabilities = await serverCapabilities(path.join(EXT_DIR, 'out', 'server.cjs')).catch(error => {
        console.log(`note: could not read the language server's capabilities: ${error.message}`);
        return {};
    });
    const userDataDir = fs.mkdtempSync(path.join(TMP, 'chromium-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: process.env.E2E_CHROMIUM || '/usr/bin/chromium',
        headless: true,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
            '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
        viewport: { width: 1280, height: 800 },
    });
    page = context.pages()[0] ?? await context.newPage();
    page.setDefaultTimeout(20000);
    const results = [];
    try {
        const start = Date.now();
        await page.goto(`${URL}/?folder=${encodeURIComponent(WS)}`);
        await page.waitForSelector('.monaco-workbench', { timeout: 90000 });
        await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'services.itsm' }).first().waitFor({ timeout: 90000 });
        console.log(`workbench loaded in ${((Date.now() - start) / 1000).toFixed(1)} s`);
    } catch (error) {
        await page.screenshot({ path: path.join(ART, '00-workbench.png') }).catch(() => {});
        console.log(`FAIL  vscode: the workbench did not load: ${error.message.split('\n')[0]}`);
        await context.close();
        process.exit(1);
    }
    for (const check of checks) {
        checkNumber++;
        if (ONLY.length > 0 && !ONLY.includes(check.id)) continue;
        currentId = check.id;
        const start = Date.now();
        const errorsBefore = extHostErrors().length;
        let status = 'PASS', detail = '';
        try {
            await check.run();
        } catch (error) {
            if (error instanceof Skip) { status = 'SKIP'; detail = `(feature not in this build): ${error.message}`; }
            else { status = 'FAIL'; detail = error.message.split('\n')[0]; }
        }
        if (status === 'FAIL') {
            const shown = await notifications();
            if (shown.length > 0) detail += ` [notifications: ${shown.join(' | ')}]`;
            const logged = extHostErrors().slice(errorsBefore);
            if (logged.length > 0) detail += ` [extension host errors: ${[...new Set(logged)].slice(0, 3).join(' | ')}]`;
        }
        if (status !== 'SKIP') await screenshot();
        if (status !== 'PASS') for (const file of currentDocImages) fs.rmSync(file, { force: true });
        currentDocImages = [];
        const seconds = ((Date.now() - start) / 1000).toFixed(1);
        console.log(`${status}  vscode: ${check.id}: ${check.title} (${seconds} s)${detail ? ` ${detail}` : ''}`);
        results.push(status);
        await dismissWidgets().catch(() => {});
    }
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
    const count = s => results.filter(r => r === s).length;
    console.log(`vscode: ${count('PASS')} passed, ${count('FAIL')} failed, ${count('SKIP')} skipped in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    process.exit(count('FAIL') > 0 ? 1 : 0);
}

main().catch(error => {
    console.log(`FAIL  vscode: ${error.stack}`);
    process.exit(1);
});
