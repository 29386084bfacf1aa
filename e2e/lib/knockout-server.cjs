/**
 * A deliberately broken language server, for showing that each end-to-end
 * check fails when the feature it checks is broken. It starts the real
 * server (server.real.cjs beside it, or $ITSM_E2E_REAL_SERVER) with the same
 * arguments and relays LSP messages both ways, over IPC (--node-ipc, as the
 * VS Code extension starts it) or stdio (--stdio, as neovim does), but
 * knocks out the features listed in knockout.json beside it
 * ({"break": ["diagnostics", …]}) or in $ITSM_E2E_BREAK (comma-separated):
 *
 *   diagnostics  every textDocument/publishDiagnostics carries no diagnostics
 *   completion   textDocument/completion answers no items
 *   hover        textDocument/hover answers null
 *   definition   textDocument/definition answers null
 *   formatting   textDocument/formatting and rangeFormatting answer no edits
 *   codeaction   textDocument/codeAction answers no actions
 *
 * The capabilities stay advertised: the server looks alive but does nothing.
 * e2e/run.sh installs it in place of out/server.cjs when ITSM_E2E_BREAK is set.
 */
'use strict';
const { fork, spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

let config = {};
try { config = JSON.parse(fs.readFileSync(path.join(__dirname, 'knockout.json'), 'utf8')); } catch { /* env only */ }
const broken = new Set([...(config.break ?? []), ...(process.env.ITSM_E2E_BREAK ?? '').split(',')].map(s => s.trim()).filter(Boolean));
const realServer = process.env.ITSM_E2E_REAL_SERVER || path.join(__dirname, config.real ?? 'server.real.cjs');

const emptyResult = {
    'textDocument/completion': broken.has('completion') ? { value: { isIncomplete: false, items: [] } } : undefined,
    'textDocument/hover': broken.has('hover') ? { value: null } : undefined,
    'textDocument/definition': broken.has('definition') ? { value: null } : undefined,
    'textDocument/formatting': broken.has('formatting') ? { value: [] } : undefined,
    'textDocument/rangeFormatting': broken.has('formatting') ? { value: [] } : undefined,
    'textDocument/codeAction': broken.has('codeaction') ? { value: [] } : undefined,
};
/** Ids of client requests whose answers are to be replaced, with the replacement. */
const pending = new Map();

function fromClient(message) {
    if (message && message.id !== undefined && message.method && emptyResult[message.method]) {
        pending.set(message.id, emptyResult[message.method].value);
    }
    return message;
}

function fromServer(message) {
    if (!message) return message;
    if (message.method === 'textDocument/publishDiagnostics' && broken.has('diagnostics')) {
        return { ...message, params: { ...message.params, diagnostics: [] } };
    }
    if (message.id !== undefined && !message.method && pending.has(message.id)) {
        const value = pending.get(message.id);
        pending.delete(message.id);
        return message.error ? message : { ...message, result: value };
    }
    return message;
}

/** Splits a Content-Length framed stream into JSON messages. */
function framer(onMessage) {
    let buffer = Buffer.alloc(0);
    return chunk => {
        buffer = Buffer.concat([buffer, chunk]);
        for (;;) {
            const headerEnd = buffer.indexOf('\r\n\r\n');
            if (headerEnd < 0) return;
            const match = /Content-Length:\s*(\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'));
            const length = match ? Number(match[1]) : 0;
            if (buffer.length < headerEnd + 4 + length) return;
            const body = buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
            buffer = buffer.subarray(headerEnd + 4 + length);
            onMessage(JSON.parse(body));
        }
    };
}
function frame(message) {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}

const args = process.argv.slice(2);
if (args.includes('--stdio')) {
    const child = spawn(process.execPath, [realServer, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
    process.stdin.on('data', framer(m => child.stdin.write(frame(fromClient(m)))));
    child.stdout.on('data', framer(m => process.stdout.write(frame(fromServer(m)))));
    process.stdin.on('end', () => child.stdin.end());
    child.on('exit', code => process.exit(code ?? 0));
} else {
    // --node-ipc: messages are objects on the IPC channel in both directions
    const child = fork(realServer, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    process.on('message', m => child.send(fromClient(m)));
    child.on('message', m => process.send?.(fromServer(m)));
    process.on('disconnect', () => child.kill());
    child.on('exit', code => process.exit(code ?? 0));
}
