// The workbench checks of reading and reshaping a catalogue: the outline, find references, rename across files,
// the reviewer's inline facts (code lenses and inlay hints), and the itsm.config.json schema.
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
    A, ORIGINAL, WS, Skip, capabilities, closeAllEditors, docImage, editorLines, editorSelector, gotoPosition, key, lineText,
    log, openFile, page, renderedLines, revert, runCommand, screenshot, showProblemsPanel, problemsPanelRows, sleep, until,
} from './workbench.mjs';

const outlinePane = () => page.locator('.pane', { has: page.locator('.pane-header', { hasText: /^\s*outline/i }) });
/** The names in the rows of the workbench's Outline view (without their details). */
async function outlineRows() {
    return (await outlinePane().locator('.monaco-list-row .label-name').allInnerTexts().catch(() => [])).map(t => t.trim());
}

/** Every text file under dir, relative path -> text. */
function readTree(dir) {
    const texts = {};
    for (const name of fs.readdirSync(dir)) if (name.endsWith('.itsm')) texts[name] = fs.readFileSync(path.join(dir, name), 'utf8');
    return texts;
}

export const navigationChecks = [
    {
        id: 'outline',
        title: "the Outline view lists services.itsm's services, with a service's offerings under it",
        async run() {
            if (!capabilities.documentSymbolProvider) throw new Skip('the language server has no document symbols');
            await revert('services.itsm');
            await runCommand('Explorer: Focus on Outline View');
            // room for every row: collapse the folder's section above the outline
            const folders = page.locator('.pane-header', { hasText: /^\s*acme/i }).first();
            if ((await folders.getAttribute('aria-expanded').catch(() => null)) === 'true') await folders.click();
            const want = [...fs.readFileSync(path.join(ORIGINAL, 'services.itsm'), 'utf8').matchAll(/^service (\w+)/gm)].map(m => m[1]);
            const rows = await until(async () => {
                const shown = await outlineRows();
                return want.every(name => shown.includes(name)) ? shown : null;
            }, { timeoutMs: 30000, what: async () => `the services ${want.join(', ')} in the Outline view (names: ${JSON.stringify(await outlineRows())})` });
            log('outline', rows);
            // a service's offerings are its children
            const offering = fs.readFileSync(path.join(ORIGINAL, 'services.itsm'), 'utf8').split('\n')
                .slice(A.serviceEmailLine, A.serviceEmailEndLine).map(l => /^\s*offering (\w+)/.exec(l)?.[1]).find(Boolean);
            if (!offering) throw new Error('service Email has no offering in services.itsm');
            const email = outlinePane().locator('.monaco-list-row', { has: page.locator('.label-name', { hasText: /^Email$/ }) }).first();
            if ((await email.getAttribute('aria-expanded')) === 'false') await email.click();
            await until(async () => (await outlineRows()).includes(offering),
                { timeoutMs: 10000, what: async () => `Email's offering ${offering} in the Outline view (names: ${JSON.stringify(await outlineRows())})` });
            await screenshot();
            await docImage('outline', [outlinePane().locator('.pane-header'), outlinePane().locator('.monaco-list-row').last()], 4);
            if ((await folders.getAttribute('aria-expanded').catch(() => null)) === 'false') await folders.click();
        },
    },
    {
        id: 'workspace-symbols',
        title: 'Go to Symbol in Workspace (Ctrl+T) finds definitions in every file by name',
        async run() {
            if (!capabilities.workspaceSymbolProvider) throw new Skip('the language server has no workspace symbols');
            await openFile('services.itsm');
            await key('Control+T');
            const input = page.locator('.quick-input-widget input');
            await input.waitFor({ state: 'visible', timeout: 10000 });
            await input.fill('#Messaging');
            const rows = async () => (await page.locator('.quick-input-widget .quick-input-list .monaco-list-row').allInnerTexts().catch(() => []))
                .map(t => t.replace(/\s+/g, ' ').trim());
            // the team (people.itsm) and the OLA named after it (agreements.itsm): two files, two kinds
            const labels = async () => (await page.locator('.quick-input-widget .quick-input-list .monaco-list-row .label-name').allInnerTexts().catch(() => []))
                .map(t => t.trim().replace(/^.*\./, ''));
            const found = await until(async () => {
                const shown = await labels();
                return shown.includes('Messaging') && shown.includes('MessagingOLA') ? shown : null;
            }, { timeoutMs: 30000, what: async () => `Messaging and MessagingOLA among the workspace symbols (rows: ${JSON.stringify(await rows())})` });
            log('workspace symbols', found);
            await screenshot();
            await docImage('workspace-symbols', [page.locator('.quick-input-widget')], 4);
            await key('Escape');
        },
    },
    {
        id: 'folding',
        title: "Fold All Block Comments folds shared.itsm's two-line header comment (a comment range only the server gives)",
        async run() {
            if (!capabilities.foldingRangeProvider) throw new Skip('the language server has no folding ranges');
            const lines = fs.readFileSync(path.join(ORIGINAL, 'shared.itsm'), 'utf8').split('\n');
            if (!(/^\/\//.test(lines[0]) && /^\/\//.test(lines[1]))) throw new Error('shared.itsm does not start with two comment lines');
            await revert('shared.itsm');
            await gotoPosition(3, 1);
            // VS Code's own fallback, folding by indentation, has no comment ranges: only the server's ranges fold here
            await runCommand('Fold All Block Comments');
            const shown = async () => Object.keys((await renderedLines()).lines ?? {}).map(Number).sort((a, b) => a - b);
            await until(async () => {
                const numbers = await shown();
                return numbers.includes(1) && !numbers.includes(2) && numbers.includes(3);
            }, { timeoutMs: 20000, what: async () => `line 2 hidden under the folded comment on line 1 (lines shown: ${JSON.stringify((await shown()).slice(0, 8))})` });
            await screenshot();
            await docImage('folding', [editorLines(1, 12)], 4);
            await runCommand('Unfold All');
        },
    },
    {
        id: 'find-references',
        title: "Find All References on team Messaging lists its uses in services.itsm, cmdb.itsm, agreements.itsm and shared.itsm",
        async run() {
            if (!capabilities.referencesProvider) throw new Skip('the language server has no references');
            await revert('people.itsm');
            await gotoPosition(A.teamMessagingLine, 7);
            await key('Shift+F12'); // Peek References
            const peek = page.locator(`${editorSelector} .peekview-widget`).first();
            const files = ['services.itsm', 'cmdb.itsm', 'agreements.itsm', 'shared.itsm'];
            const treeText = async () => (await peek.locator('.ref-tree .monaco-list-row').allInnerTexts().catch(() => [])).join(' | ').replace(/\s+/g, ' ');
            await until(async () => {
                const text = await treeText();
                return files.every(f => text.includes(f));
            }, { timeoutMs: 30000, what: async () => `the files ${files.join(', ')} in the references peek (rows: '${await treeText()}')` });
            const title = (await peek.locator('.peekview-title').innerText().catch(() => '')).replace(/\s+/g, ' ');
            log('references', title, await treeText());
            // the uses of the name in the committed files (comments left out), with or without the declaration
            const uses = Object.values(readTree(ORIGINAL))
                .reduce((n, text) => n + text.split('\n').map(l => l.replace(/\/\/.*$/, '')).join('\n').split(/\bMessaging\b/).length - 1, 0) - 1;
            const counted = Number((/References \((\d+)\)/i.exec(title) ?? /(\d+) references?/i.exec(title))?.[1]);
            if (counted !== uses && counted !== uses + 1) throw new Error(`the peek's title counts ${counted} references, not ${uses} (+1 with the declaration): '${title}'`);
            await screenshot();
            await docImage('find-references', [editorLines(A.teamMessagingLine - 1, A.teamMessagingLine + 1), peek], 4);
            await key('Escape');
        },
    },
    {
        id: 'rename',
        title: "F2 renames team Infrastructure to Platform in every file, qualified names (acme.it.Platform) included",
        async run() {
            if (!capabilities.renameProvider) throw new Skip('the language server has no rename');
            const before = readTree(ORIGINAL);
            const users = Object.keys(before).filter(f => f !== 'people.itsm' && /\bInfrastructure\b/.test(before[f]));
            await revert('people.itsm');
            await gotoPosition(A.teamInfrastructureLine, 7);
            await key('F2');
            const input = page.locator('.rename-box input, .rename-box textarea').first();
            await input.waitFor({ state: 'visible', timeout: 20000 }).catch(() => { throw new Error('F2 opened no rename box'); });
            await input.fill('Platform');
            await docImage('rename', [editorLines(A.teamInfrastructureLine - 1, A.teamInfrastructureLine + 2), page.locator('.rename-box').first()], 4);
            await key('Enter');
            await until(async () => (await lineText(A.teamInfrastructureLine))?.startsWith('team Platform'),
                { timeoutMs: 20000, what: async () => `'team Platform' on line ${A.teamInfrastructureLine} (it reads '${await lineText(A.teamInfrastructureLine)}')` });
            await runCommand('File: Save All');
            const after = await until(() => {
                const texts = readTree(WS);
                return users.every(f => !/\bInfrastructure\b/.test(texts[f]) && /\bPlatform\b/.test(texts[f])) ? texts : null;
            }, { timeoutMs: 20000, what: () => `${users.join(', ')} on disk to name Platform instead of Infrastructure` });
            if (!/\bacme\.it\.Platform\b/.test(after['shared.itsm'])) throw new Error("shared.itsm does not name 'acme.it.Platform'");
            // nothing else changed: the renamed texts equal the originals with the one name replaced
            for (const [file, text] of Object.entries(before)) {
                const want = text.replace(/\bInfrastructure\b/g, 'Platform');
                if (after[file] !== want) throw new Error(`${file} after the rename differs from the original with Infrastructure replaced`);
            }
            await screenshot();
            await closeAllEditors(); // puts the committed files back
            await sleep(1000);
        },
    },
    {
        id: 'review-facts',
        title: 'code lenses count dependants and dependencies; inlay hints give the availability ceiling and the underpinning OLA targets',
        async run() {
            if (!capabilities.codeLensProvider && !capabilities.inlayHintProvider) throw new Skip('the language server has neither code lenses nor inlay hints');
            await revert('services.itsm');
            await gotoPosition(A.serviceEmailLine + 5, 1);
            const lenses = page.locator(`${editorSelector} .codelens-decoration`);
            const lensTexts = async () => (await lenses.allInnerTexts().catch(() => [])).map(t => t.trim());
            await until(async () => (await lensTexts()).some(t => /\d+ dependants? · \d+ dependenc/.test(t)),
                { timeoutMs: 30000, what: async () => `a code lens 'N dependants · N dependencies' (lenses: ${JSON.stringify(await lensTexts())})` });
            await screenshot();
            await docImage('code-lens', [editorLines(A.serviceEmailLine - 1, A.serviceEmailLine + 8)], 4);
            // in agreements.itsm: after an SLA's availability, the ceiling its service's dependencies allow; after each
            // priority target, the same priority's targets in the OLA underneath
            await openFile('agreements.itsm');
            await gotoPosition(1, 1);
            const shownLines = async () => Object.entries((await renderedLines()).lines ?? {}).map(([n, l]) => ({ n: Number(n), text: l.text }));
            const hinted = await until(async () => {
                const lines = await shownLines();
                const ceiling = lines.find(l => /^\s*availability [\d.]+% per \w+\s*≤\s*\d/.test(l.text));
                const ola = lines.find(l => /^\s*P1 \{.*\}\s*OLA MessagingOLA: /.test(l.text));
                return ceiling && ola ? { ceiling, ola } : null;
            }, { timeoutMs: 30000, what: async () => `inlay hints '≤ …' after an SLA's availability and 'OLA MessagingOLA: …' after its P1 target (lines: ${JSON.stringify((await shownLines()).filter(l => /availability|P1/.test(l.text)))})` });
            log('hinted lines', hinted);
            await screenshot();
            await docImage('inlay-hints', [editorLines(hinted.ceiling.n - 4, hinted.ceiling.n + 7)], 4);
        },
    },
    {
        id: 'config-schema',
        title: 'itsm.config.json is checked against its JSON schema: an unknown rule level is flagged in the Problems panel',
        async run() {
            const file = path.join(WS, 'itsm.config.json');
            fs.writeFileSync(file, '{\n  "rules": {\n    "unused-definition": "loud"\n  }\n}\n');
            try {
                await openFile('itsm.config.json');
                await showProblemsPanel();
                // VS Code's JSON language service, given the schema by the extension's jsonValidation contribution, says
                // 'Value is not accepted. Valid values: …' (the ITSM server reports the same mistake in its own words)
                const row = await until(async () => (await problemsPanelRows()).find(r => /Value is not accepted/.test(r) && /Ln 3\b/.test(r)),
                    { timeoutMs: 30000, what: async () => `JSON's "Value is not accepted" on line 3 in the Problems panel (rows: ${JSON.stringify(await problemsPanelRows())})` });
                log('config problem', row);
                await screenshot();
                await docImage('config-schema', [editorLines(1, 5), page.locator('.markers-panel .monaco-list-row').last()], 4);
                await runCommand('View: Hide Panel').catch(() => {});
            } finally {
                await runCommand('View: Close All Editor Groups').catch(() => {});
                fs.rmSync(file, { force: true });
                await key('Escape');
            }
        },
    },
];
