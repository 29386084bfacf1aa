import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type LspSession } from './lsp-client.js';

let session: LspSession | undefined;
afterEach(async () => {
    await session?.close();
    session = undefined;
});

describe('itsm.config.json in the language server', () => {
    it('applies the config\'s levels, shows config problems in the file, and reloads on change', async () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'itsm-lsp-config-'));
        const configFile = path.join(folder, 'itsm.config.json');
        writeFileSync(path.join(folder, 'a.itsm'), 'service S { availability 120% }\n');
        writeFileSync(configFile, JSON.stringify({ rules: { 'sla-availability-out-of-range': 'info' } }));
        session = await startServer(folder);
        const docUri = `file://${folder}/a.itsm`;
        const configUri = `file://${configFile}`;

        const first = await session.diagnostics(docUri, p => p.diagnostics.length > 0);
        expect(first.diagnostics.map(d => [d.code, d.severity])).toEqual([['sla-availability-out-of-range', 3]]);

        writeFileSync(configFile, '{ "rules": { "sla-availability-out-of-range": "loud" } }');
        await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Changed }] });
        const problems = await session.diagnostics(configUri, p => p.diagnostics.length > 0);
        expect(problems.diagnostics[0].message).toBe("rules.sla-availability-out-of-range: 'loud' is not a level; allowed values: off, hint, info, warning, error");
        // A broken config falls back to the default levels.
        await session.diagnostics(docUri, p => p.diagnostics.some(d => d.severity === 1));

        writeFileSync(configFile, JSON.stringify({ rules: { 'sla-availability-out-of-range': 'off' } }));
        await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Changed }] });
        await session.diagnostics(configUri, p => p.diagnostics.length === 0);
        await session.diagnostics(docUri, p => p.diagnostics.length === 0);
    });
});
