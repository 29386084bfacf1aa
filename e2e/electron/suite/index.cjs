/**
 * The extension's end-to-end suite through the VS Code extension API, for @vscode/test-electron
 * (e2e/electron/run.mjs): VS Code loads this file in its extension host with the extension under
 * development and a copy of examples/acme open, and calls run(). The same file also runs inside
 * code-server's extension host (e2e/run.sh, check 'api-suite'), so it is exercised on every machine.
 *
 * Each test prints PASS/FAIL/SKIP; run() rejects when one fails. No test framework: node:assert only.
 */
'use strict';
const assert = require('node:assert/strict');
const vscode = require('vscode');

const TYPO = "Unknown team 'Mesaging'. Did you mean 'Messaging'?";
/** Where the tests act (0-based lines), found in the files' text as e2e/lib/acme-anchors.mjs does: set by run(). */
const at = { owner: -1, support: -1, teamMessaging: -1, teamServiceDesk: -1 };

class Skip extends Error {}
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
async function until(fn, what, timeoutMs = 30000) {
    const end = Date.now() + timeoutMs;
    for (;;) {
        const value = await fn();
        if (value) return value;
        if (Date.now() > end) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${typeof what === 'function' ? await what() : what}`);
        await sleep(200);
    }
}

function workspaceFile(name) {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'no workspace folder is open (launch VS Code on a copy of examples/acme)');
    return vscode.Uri.joinPath(folder.uri, name);
}

async function open(name) {
    const document = await vscode.workspace.openTextDocument(workspaceFile(name));
    const editor = await vscode.window.showTextDocument(document);
    return { document, editor };
}

async function replaceLine(document, line, text) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, document.lineAt(line).range, text);
    assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was not applied');
}

async function revert(document) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
}

function lineOf(lines, pattern, file, from = 0) {
    for (let i = from; i < lines.length; i++) if (pattern.test(lines[i])) return i;
    throw new Error(`no line matching ${pattern} in ${file}`);
}

async function findAnchors() {
    const text = async name => (await vscode.workspace.openTextDocument(workspaceFile(name))).getText().split(/\r?\n/);
    const services = await text('services.itsm');
    const people = await text('people.itsm');
    at.owner = lineOf(services, /^  owner Messaging$/, 'services.itsm', lineOf(services, /^service Email \{/, 'services.itsm'));
    at.support = lineOf(services, /^  support ServiceDesk$/, 'services.itsm');
    at.teamMessaging = lineOf(people, /^team Messaging \{/, 'people.itsm');
    at.teamServiceDesk = lineOf(people, /^team ServiceDesk \{/, 'people.itsm');
}

const messages = uri => vscode.languages.getDiagnostics(uri).map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);

const tests = {
    async 'services.itsm has the language id itsm'() {
        const { document } = await open('services.itsm');
        assert.equal(document.languageId, 'itsm');
        const extension = vscode.extensions.all.find(e => e.packageJSON?.name === 'itsm-language');
        assert.ok(extension, 'the itsm-language extension is not loaded');
        await until(() => extension.isActive, 'the extension to activate');
    },

    async 'a typo gets the "Did you mean" diagnostic, and the fix clears it'() {
        const { document } = await open('services.itsm');
        assert.equal(document.lineAt(at.owner).text, '  owner Messaging', `line ${at.owner + 1} of ${document.uri.path} is ${JSON.stringify(document.lineAt(at.owner).text)}`);
        try {
            await replaceLine(document, at.owner, '  owner Mesaging');
            await until(() => vscode.languages.getDiagnostics(document.uri).some(d =>
                d.message === TYPO && d.range.start.line === at.owner && d.range.start.character === 8),
                () => `"${TYPO}" at ${at.owner + 1}:9 (diagnostics: ${JSON.stringify(messages(document.uri))})`, 60000);
            await replaceLine(document, at.owner, '  owner Messaging');
            await until(() => vscode.languages.getDiagnostics(document.uri).length === 0,
                () => `no diagnostics after the fix (diagnostics: ${JSON.stringify(messages(document.uri))})`);
        } finally {
            await revert(document);
        }
    },

    async "completion after 'owner ' offers the teams only"() {
        const { document } = await open('services.itsm');
        try {
            await replaceLine(document, at.owner, '  owner ');
            const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(at.owner, 8));
            const labels = list.items.map(item => (typeof item.label === 'string' ? item.label : item.label.label));
            for (const team of ['Messaging', 'Infrastructure', 'ServiceDesk']) assert.ok(labels.includes(team), `${team} not offered: ${labels.join(', ')}`);
            for (const other of ['Email', 'Directory', 'Gold', 'Always']) assert.ok(!labels.includes(other), `${other} (not a team) offered: ${labels.join(', ')}`);
        } finally {
            await revert(document);
        }
    },

    async 'go to definition of a team opens people.itsm at the team'() {
        const { document } = await open('services.itsm');
        const locations = await vscode.commands.executeCommand('vscode.executeDefinitionProvider', document.uri, new vscode.Position(at.owner, 10));
        assert.ok(locations && locations.length > 0, `no definition for Messaging at ${at.owner + 1}:11`);
        const target = locations[0];
        const uri = target.targetUri ?? target.uri;
        const range = target.targetSelectionRange ?? target.range;
        assert.match(uri.path, /\/people\.itsm$/);
        assert.deepEqual([range.start.line, range.start.character], [at.teamMessaging, 5], `not at ${at.teamMessaging + 1}:6 (team Messaging)`);
    },

    async 'hover on a team shows its documentation comment'() {
        const { document } = await open('services.itsm');
        const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, new vscode.Position(at.support, 12));
        const text = hovers.flatMap(h => h.contents).map(c => (typeof c === 'string' ? c : c.value)).join('\n');
        assert.ok(text.includes('First line: takes every call, around the clock.'), `hover text: ${JSON.stringify(text)}`);
    },

    async 'Format Document restores broken indentation'() {
        const { document } = await open('people.itsm');
        const want = document.getText();
        try {
            // team ServiceDesk's first property gets 8 spaces instead of 2, its third none
            const [a, b] = [at.teamServiceDesk + 1, at.teamServiceDesk + 3];
            await replaceLine(document, a, '        ' + document.lineAt(a).text.trim());
            await replaceLine(document, b, document.lineAt(b).text.trim());
            assert.notEqual(document.getText(), want, 'the indentation was not broken');
            const edits = await vscode.commands.executeCommand('vscode.executeFormatDocumentProvider', document.uri, { tabSize: 2, insertSpaces: true });
            assert.ok(edits && edits.length > 0, 'the formatter answered no edits');
            const edit = new vscode.WorkspaceEdit();
            edit.set(document.uri, edits);
            assert.ok(await vscode.workspace.applyEdit(edit));
            assert.equal(document.getText(), want);
        } finally {
            await revert(document);
        }
    },

    async "a quick fix turns 'Mesaging' into 'Messaging'"() {
        const { document } = await open('services.itsm');
        try {
            await replaceLine(document, at.owner, '  owner Mesaging');
            await until(() => vscode.languages.getDiagnostics(document.uri).some(d => d.message === TYPO), `"${TYPO}"`, 60000);
            const range = new vscode.Range(at.owner, 8, at.owner, 16);
            const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri, range, vscode.CodeActionKind.QuickFix.value);
            if (!actions || actions.length === 0) throw new Skip('no code actions for the typo (the quick fixes are not built yet)');
            const fix = actions.find(a => /Messaging/.test(a.title));
            assert.ok(fix, `no action mentions Messaging: ${actions.map(a => a.title).join(' | ')}`);
            if (fix.edit) await vscode.workspace.applyEdit(fix.edit);
            if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
            assert.equal(document.lineAt(at.owner).text, '  owner Messaging');
        } finally {
            await revert(document);
        }
    },

    async 'the extension contributes a Generate command'() {
        const extension = vscode.extensions.all.find(e => e.packageJSON?.name === 'itsm-language');
        const contributed = extension?.packageJSON?.contributes?.commands ?? [];
        const generate = contributed.find(c => /generat/i.test(c.title) || /generat/i.test(c.command));
        if (!generate) throw new Skip('the extension contributes no Generate command');
        const all = await vscode.commands.getCommands(true);
        assert.ok(all.includes(generate.command), `${generate.command} is contributed but not registered`);
    },
};

/** VS Code calls run(testsRoot); the code-server harness calls run({ log }) to collect what it prints. */
exports.run = async function run(options) {
    const print = typeof options === 'object' && options && typeof options.log === 'function' ? options.log : line => console.log(line);
    const results = [];
    await findAnchors();
    for (const [name, test] of Object.entries(tests)) {
        const start = Date.now();
        try {
            await test();
            results.push('PASS');
            print(`PASS  api: ${name} (${Date.now() - start} ms)`);
        } catch (error) {
            if (error instanceof Skip) {
                results.push('SKIP');
                print(`SKIP  api: ${name} (feature not in this build): ${error.message}`);
            } else {
                results.push('FAIL');
                print(`FAIL  api: ${name} (${Date.now() - start} ms): ${String(error.message).split('\n')[0]}`);
            }
        }
    }
    const count = s => results.filter(r => r === s).length;
    const summary = `api: ${count('PASS')} passed, ${count('FAIL')} failed, ${count('SKIP')} skipped`;
    print(summary);
    if (count('FAIL') > 0) throw new Error(summary);
    return { passed: count('PASS'), failed: count('FAIL'), skipped: count('SKIP') };
};
