// The workbench checks of editing a catalogue: language mode, colouring, diagnostics, navigation, completion,
// hover, formatting and quick fixes, each through what a user sees and does in the real workbench.
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
    A, ORIGINAL, WS, Skip, capabilities, docImage, editorLines, editorSelector, activeTabSelector, cursorStatus, focusEditor,
    gotoPosition, key, lineText, log, openFile, page, problemsPanelRows, renderedLines, revert, runCommand, screenshot,
    showProblemsPanel, sleep, squigglesOnLine, until,
} from './workbench.mjs';

/** Shows the hover at the cursor (Ctrl+K Ctrl+I, again until it is up) and waits for one containing `text`. */
async function showHover(text) {
    const hover = page.locator('.monaco-hover', { hasText: text });
    await until(async () => {
        if (await hover.first().isVisible().catch(() => false)) return true;
        await key('Control+K');
        await key('Control+I'); // Show or Focus Hover
        await sleep(1500);
        return hover.first().isVisible().catch(() => false);
    }, { timeoutMs: 30000, interval: 100, what: async () => `a hover with "${text}" (hovers shown: ${JSON.stringify(await page.locator('.monaco-hover').allInnerTexts().catch(() => []))})` });
    return hover;
}

const TYPO_MESSAGE = "Unknown team 'Mesaging'. Did you mean 'Messaging'?";
const SERVICE_DESK_DOC = 'First line: takes every call, around the clock.';

export const editingChecks = [
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
                last = (await renderedLines()).lines?.[A.serviceDirectoryLine];
                return last && last.tokens.some(t => t.text === 'service') ? last : null;
            }, { timeoutMs: 15000, what: () => `'service' as a token of its own on line ${A.serviceDirectoryLine} (tokens: ${JSON.stringify(last?.tokens ?? 'line not rendered')})` });
            const keyword = line.tokens.find(t => t.text === 'service');
            const name = line.tokens.find(t => t.text === 'Directory');
            const plain = (await renderedLines()).lines[A.serviceDirectoryLine].tokens.find(t => t.text.trim() === '') ?? { cls: 'mtk1' };
            log('tokens', JSON.stringify(line.tokens));
            if (!keyword || !name) throw new Error(`tokens of line ${A.serviceDirectoryLine}: ${JSON.stringify(line.tokens)}`);
            if (keyword.cls === plain.cls || keyword.cls === 'mtk1') throw new Error(`'service' has the default colour (${keyword.cls})`);
            if (keyword.cls === name.cls) throw new Error(`'service' and 'Directory' have the same colour (${keyword.cls})`);
            // and the colour comes from a TextMate scope: Developer: Inspect Editor Tokens and Scopes
            await gotoPosition(A.serviceDirectoryLine, 3);
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
            await gotoPosition(A.serviceEmailLine + 9, 1); // service Email centred on screen
            await docImage('highlighting', [editorLines(A.serviceEmailLine - 1, A.serviceEmailEndLine + 1)], 4);
        },
    },
    {
        id: 'diagnostics',
        title: "a typo gets a squiggle and a Problems entry (\"Did you mean 'Messaging'?\"); fixing it clears both",
        async run() {
            await revert('services.itsm');
            await gotoPosition(A.ownerLine, 12);
            const before = await lineText(A.ownerLine);
            if (before !== '  owner Messaging') throw new Error(`line ${A.ownerLine} is '${before}', not '  owner Messaging'`);
            await key('Delete');
            await until(async () => (await lineText(A.ownerLine)) === '  owner Mesaging', { timeoutMs: 5000, what: () => 'the typo to be typed' });
            await until(() => squigglesOnLine(A.ownerLine),
                { timeoutMs: 60000, what: () => `an error squiggle under 'Mesaging' on line ${A.ownerLine}` });
            await showProblemsPanel();
            const entry = await until(async () => (await problemsPanelRows()).find(r => r.includes(TYPO_MESSAGE)),
                { timeoutMs: 20000, what: async () => `"${TYPO_MESSAGE}" in the Problems panel (rows: ${JSON.stringify(await problemsPanelRows())})` });
            if (!entry.includes(`Ln ${A.ownerLine}, Col 9`)) throw new Error(`the Problems entry is not at Ln ${A.ownerLine}, Col 9: ${entry}`);
            await screenshot();
            await docImage('diagnostics', [editorLines(A.ownerLine - 4, A.ownerLine + 3), page.locator('.markers-panel .monaco-list-row').last()], 4);
            // fix it: type the missing 's' back
            await focusEditor();
            await gotoPosition(A.ownerLine, 12);
            await page.keyboard.type('s');
            await until(async () => (await lineText(A.ownerLine)) === '  owner Messaging', { timeoutMs: 5000, what: () => 'the fix to be typed' });
            await until(async () => (await squigglesOnLine(A.ownerLine)) === 0 && !(await problemsPanelRows()).some(r => r.includes(TYPO_MESSAGE)),
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
            await gotoPosition(A.ownerLine, 11);
            await key('F12');
            await page.locator(activeTabSelector, { hasText: 'people.itsm' }).waitFor({ timeout: 20000 }).catch(async () => {
                const tab = (await page.locator(activeTabSelector).first().innerText().catch(() => '?')).replace(/\s+/g, ' ').trim();
                throw new Error(`people.itsm did not open (active tab: ${tab}, cursor: ${await cursorStatus()})`);
            });
            const at = `Ln ${A.teamMessagingLine}, Col 6`;
            await until(async () => (await cursorStatus()).startsWith(at),
                { timeoutMs: 10000, what: async () => `the cursor at 'Messaging' in 'team Messaging' (${at}), status bar: ${await cursorStatus()}` });
            if (!(await lineText(A.teamMessagingLine))?.startsWith('team Messaging')) throw new Error(`line ${A.teamMessagingLine} of people.itsm is '${await lineText(A.teamMessagingLine)}'`);
            await screenshot();
            await docImage('go-to-definition', [editorLines(A.teamMessagingLine - 8, A.teamMessagingLine + 5)], 4);
        },
    },
    {
        id: 'completion',
        title: "completion after 'owner ' offers the teams (Messaging, Infrastructure, ServiceDesk), not other names",
        async run() {
            await revert('services.itsm');
            await gotoPosition(A.ownerLine, 9);
            await key('Shift+End');
            await key('Delete');
            await until(async () => (await lineText(A.ownerLine)) === '  owner ', { timeoutMs: 5000, what: () => "the line to read '  owner '" });
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
            await docImage('completion', [editorLines(A.ownerLine - 3, A.ownerLine + 3), widget], 4);
            // accept Messaging
            await page.keyboard.type('Mess');
            await until(async () => (await labels())[0] === 'Messaging', { timeoutMs: 5000, what: async () => `Messaging first (${await labels()})` });
            await key('Enter');
            await until(async () => (await lineText(A.ownerLine)) === '  owner Messaging',
                { timeoutMs: 5000, what: async () => `'  owner Messaging' after accepting (line: '${await lineText(A.ownerLine)}')` });
            await key('Control+S');
        },
    },
    {
        id: 'hover',
        title: "hover on a team shows its /** */ documentation (from another file)",
        async run() {
            await revert('services.itsm');
            await gotoPosition(A.supportLine, 13); // '  support ServiceDesk'
            const hover = await showHover(SERVICE_DESK_DOC);
            await screenshot();
            await docImage('hover', [editorLines(A.supportLine - 2, A.supportLine + 2), hover.first()], 4);
            await key('Escape');
        },
    },
    {
        id: 'hover-facts',
        title: "hover on a service shows its computed facts: dependencies, dependants and the availability ceiling",
        async run() {
            await revert('services.itsm');
            await gotoPosition(A.serviceEmailLine, 10); // 'service Email {'
            const hover = await showHover('Availability ceiling');
            const shown = async () => (await page.locator('.monaco-hover').allInnerTexts().catch(() => [])).join(' | ').replace(/\s+/g, ' ');
            const text = await shown();
            for (const fact of ['Depends on', 'Directory', 'any of (Dns, DnsSecondary)', 'Owner', 'Messaging']) {
                if (!text.includes(fact)) throw new Error(`the hover does not show '${fact}': '${text.slice(0, 300)}'`);
            }
            await screenshot();
            await docImage('hover-service', [editorLines(A.serviceEmailLine - 1, A.serviceEmailLine + 1), hover.first()], 4);
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
            // team ServiceDesk's first property gets 8 spaces instead of 2, its third none
            const [a, b] = [A.teamServiceDeskLine + 1, A.teamServiceDeskLine + 3];
            const shown = async () => `lines ${a}, ${b}: '${await lineText(a)}', '${await lineText(b)}'`;
            await gotoPosition(a, 1);
            await page.keyboard.type('      ');
            await gotoPosition(b, 1);
            await key('Delete'); await key('Delete');
            await until(async () => (await lineText(a)) === `      ${want[a - 1]}` && (await lineText(b)) === want[b - 1].trim(),
                { timeoutMs: 5000, what: async () => `broken indentation (${await shown()})` });
            await docImage('format-before', [editorLines(a - 2, b + 2)], 4);
            // editor.action.formatDocument is Shift+Alt+F on Windows and macOS, Ctrl+Shift+I on Linux (as here)
            await key(process.platform === 'linux' ? 'Control+Shift+I' : 'Shift+Alt+F');
            await until(async () => (await lineText(a)) === want[a - 1] && (await lineText(b)) === want[b - 1],
                { timeoutMs: 20000, what: async () => `the indentation restored (${await shown()})` });
            await docImage('format-after', [editorLines(a - 2, b + 2)], 4);
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
            await gotoPosition(A.ownerLine, 12);
            await key('Delete');
            await until(() => squigglesOnLine(A.ownerLine), { timeoutMs: 60000, what: () => `an error squiggle on line ${A.ownerLine}` });
            await gotoPosition(A.ownerLine, 11);
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
            await docImage('quick-fix', [editorLines(A.ownerLine - 3, A.ownerLine + 3), ...(await actions.all())], 8);
            await fix.click();
            await until(async () => (await lineText(A.ownerLine)) === '  owner Messaging',
                { timeoutMs: 10000, what: async () => `'  owner Messaging' after the fix (line: '${await lineText(A.ownerLine)}')` });
            await until(async () => (await squigglesOnLine(A.ownerLine)) === 0, { timeoutMs: 30000, what: () => 'the squiggle to go' });
            await key('Control+S');
        },
    },
];
