/**
 * Every crash, hang or broken invariant the fuzz campaign (test/fuzz/run-fuzz.mjs)
 * found, as the minimal input that shows it. Each case goes through the whole
 * harness: parse + link + validate, format (tokens kept, idempotent), the
 * canonical model and every generator, within the 2 s budget.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { itsm } from '../cli/run-cli.js';
import { FuzzHarness } from './harness.js';

const harness = new FuzzHarness();
afterAll(() => harness.dispose());

async function failuresOf(text: string): Promise<string[]> {
    const result = await harness.run({ index: 0, kind: 'regression', text });
    return result.failures.map(f => `${f.check}: ${f.message}${f.stack ? `\n${f.stack}` : ''}`);
}

describe('fuzz findings, fixed', () => {
    it('backstage: a CI whose owner does not resolve gets the placeholder owner (entities.ts buildEntities)', async () => {
        // Was: TypeError reading 'kind' in entityRef — the CI had an owner name, so no placeholder Group was made.
        expect(await failuresOf('ci d:{owner a')).toEqual([]);
        expect(await failuresOf('service S { owner Nobody }')).toEqual([]);
        expect(await failuresOf('service S { support Nobody }')).toEqual([]);
    });

    it('servicenow: a workflow without a name (build-canonical-model.ts leaves unnamed nodes out)', async () => {
        // Was: TypeError reading 'normalize' in output-writer.ts safeSegment.
        expect(await failuresOf('change workflow')).toEqual([]);
    });

    it('servicenow: a workflow state or transition step without a name', async () => {
        // Was: TypeError reading 'toLowerCase' in servicenow/change.ts changeModelBundle.
        expect(await failuresOf('change states')).toEqual([]);
        expect(await failuresOf('change w states C*')).toEqual([]);
    });

    it('jsm-assets: a CI class attribute without a name', async () => {
        // Was: TypeError reading 'toLowerCase' in jsm-assets/ci-types.ts classAttributes.
        expect(await failuresOf('ci class{attribute')).toEqual([]);
    });

    it('formatter: the trailing spaces of a last // comment are part of the comment (itsm-formatter.ts formatDocument)', async () => {
        // Was: format('// ') === '//\n' — the comment token changed.
        expect(await failuresOf('// ')).toEqual([]);
        expect(await failuresOf('team T {} // why  \n')).toEqual([]);
        expect(await failuresOf('team T {}\n// end \t')).toEqual([]);
    });
});

describe('guards the campaign relies on', () => {
    it('invalid UTF-8 through the CLI is a usage error (exit 2), naming the file', async () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'itsm-utf8-'));
        try {
            writeFileSync(path.join(folder, 'bad.itsm'), Buffer.concat([Buffer.from('team T {\n  email "'), Buffer.from([0xc0, 0x80]), Buffer.from('"\n}\n')]));
            const run = await itsm(['validate', 'bad.itsm'], folder);
            expect(run.code).toBe(2);
            expect(run.stderr).toContain("cannot read 'bad.itsm': the file is not UTF-8 text");
        } finally {
            rmSync(folder, { recursive: true, force: true });
        }
    });

    it('a BOM, CRLF line ends, NUL and right-to-left text are findings, not crashes', async () => {
        expect(await failuresOf('\uFEFFteam T {\r\n  email "\u202Eabc\u05D0e\u0301"\r\n}\r\n\0team \u05D0 {}')).toEqual([]);
    });
});
