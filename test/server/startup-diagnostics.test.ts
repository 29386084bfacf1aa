/**
 * Start-up over --stdio on a generated workspace (bench/generate-workload.mjs):
 * the server validates every file of the folder and publishes diagnostics for
 * each of them, the same findings as `itsm validate` of the same files. The
 * 10k benchmark once waited for ever here: the idle background pass cancelled
 * the start-up build and the files after it were never published
 * (test/server/background-revalidation.test.ts triggers that moment on purpose).
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot, startServer, type LspSession } from './lsp-client.js';

let session: LspSession | undefined;

beforeAll(() => {
    if (!existsSync(path.join(repositoryRoot, 'out/server.cjs'))) execFileSync(process.execPath, ['esbuild.mjs'], { cwd: repositoryRoot });
});

afterEach(async () => {
    await session?.close();
    session = undefined;
});

describe('language server start-up on a generated workspace', () => {
    it('publishes diagnostics for every file, equal to itsm validate', async () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'itsm-startup-'));
        execFileSync(process.execPath, [path.join(repositoryRoot, 'bench/generate-workload.mjs'), '--lines', '2000', '--out', folder], { stdio: 'ignore' });
        const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.itsm')).sort();
        expect(files.length).toBeGreaterThan(20);
        // One finding, so that the comparison is not only of empty lists.
        appendFileSync(path.join(folder, files[files.length - 1]), '\nservice Orphan {\n  owner NoSuchTeam\n}\n');

        let cli = '';
        try {
            cli = execFileSync(process.execPath, [path.join(repositoryRoot, 'out/cli.cjs'), 'validate', folder, '--format', 'json'], { encoding: 'utf8' });
        } catch (error) {
            cli = (error as { stdout: string }).stdout; // exit code 1: there are findings
        }
        const expected = (JSON.parse(cli) as { diagnostics: Array<{ file: string; line: number; column: number; code: string }> }).diagnostics
            .map(d => `${path.relative(folder, d.file)}:${d.line}:${d.column} ${d.code}`).sort();
        expect(expected.length).toBeGreaterThan(0);

        session = await startServer(folder);
        const found: string[] = [];
        for (const file of files) {
            // Resolves with the file's latest publication: every file must have one.
            const published = await session.diagnostics(pathToFileURL(path.join(folder, file)).href, () => true, 60_000);
            found.push(...published.diagnostics.filter(d => (d.severity ?? 1) <= 3)
                .map(d => `${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)}`));
        }
        expect(found.sort()).toEqual(expected);
    }, 120_000);
});
