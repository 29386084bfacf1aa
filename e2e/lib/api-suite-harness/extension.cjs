// Test harness installed by e2e/run.sh next to the extension under test: the command 'ITSM e2e: Run API
// Suite' runs e2e/electron/suite (copied to ./suite) in code-server's extension host, the way
// @vscode/test-electron runs it in VS Code, and writes what it printed and how it ended to the file
// named in ./config.json.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');

exports.activate = function activate(context) {
    context.subscriptions.push(vscode.commands.registerCommand('itsmE2e.runApiSuite', async () => {
        const { resultFile } = JSON.parse(fs.readFileSync(path.join(__dirname, 'config.json'), 'utf8'));
        const lines = [];
        let ok = false;
        try {
            await require('./suite/index.cjs').run({ log: line => lines.push(line) });
            ok = true;
        } catch (error) {
            lines.push(`suite: ${error && error.message}`);
        }
        fs.writeFileSync(resultFile + '.tmp', JSON.stringify({ ok, lines }));
        fs.renameSync(resultFile + '.tmp', resultFile);
    }));
};
exports.deactivate = function deactivate() {};
