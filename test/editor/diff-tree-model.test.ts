/** The "ITSM Changes" tree's nodes for an `itsm/diff` result (client/diff-tree-model.ts), without VS Code. */
import { describe, expect, it } from 'vitest';
import { diffSummary, diffTree } from '../../client/diff-tree-model.js';
import type { DiffChangeAt, DiffResult } from '../../language/lsp/requests/protocol.js';

const side = (label: string) => ({ label, files: 6, errors: 0, warnings: 0 });
const gold = { kind: 'SLA' as const, name: 'acme.it.Gold', source: { file: 'catalogue/agreements.itsm', line: 5 } };
const at = { uri: 'file:///repo/catalogue/agreements.itsm', line: 5 };
const changes: DiffChangeAt[] = [
    { kind: 'loosened', risk: 'warning', definition: gold, field: 'targets.P1.resolve', message: 'Gold P1 resolution loosened 4h → 8h', old: 14400, new: 28800, unit: 'seconds', location: at },
    { kind: 'changed', risk: 'info', definition: gold, field: 'hours', message: 'Gold hours changed BusinessHours → Always', location: at },
    { kind: 'added', risk: 'info', definition: { kind: 'team', name: 'acme.it.Facilities', source: { file: 'catalogue/extra.itsm', line: 3 } },
        message: 'team Facilities added', location: { uri: 'file:///repo/catalogue/extra.itsm', line: 3 } },
];

describe('diffTree', () => {
    it('groups changes by definition, with the highest risk, the file and line, and where clicking goes', () => {
        const nodes = diffTree({ ok: true, base: side('HEAD (1a2b3c4)'), head: side('working tree'), changes });
        expect(nodes.map(n => [n.label, n.description, n.icon, n.location?.line, n.children.length])).toEqual([
            ['SLA Gold', 'catalogue/agreements.itsm:5', 'warning', 5, 2],
            ['team Facilities', 'catalogue/extra.itsm:3', 'info', 3, 1],
        ]);
        expect(nodes[0].tooltip).toBe('SLA acme.it.Gold: 2 changes, 1 to review');
        expect(nodes[0].children.map(c => [c.label, c.description, c.icon, c.tooltip])).toEqual([
            ['Gold P1 resolution loosened 4h → 8h', 'warning · loosened', 'warning', 'targets.P1.resolve: Gold P1 resolution loosened 4h → 8h'],
            ['Gold hours changed BusinessHours → Always', 'info · changed', 'info', 'hours: Gold hours changed BusinessHours → Always'],
        ]);
        expect(nodes[1].children[0].location).toEqual({ uri: 'file:///repo/catalogue/extra.itsm', line: 3 });
    });

    it('says so when nothing changed, and shows the server\'s message when it could not compare', () => {
        const none: DiffResult = { ok: true, base: side('HEAD (1a2b3c4)'), head: side('working tree'), changes: [] };
        expect(diffTree(none)).toEqual([{ label: 'No semantic changes against HEAD (1a2b3c4)', icon: 'pass', children: [] }]);
        expect(diffSummary(none)).toBe('HEAD (1a2b3c4) → working tree: 0 changes, 0 warnings');
        const failed: DiffResult = { ok: false, message: "Cannot compare with HEAD: '/x' is not in a git repository." };
        expect(diffTree(failed)).toEqual([{ label: failed.message, icon: 'error', children: [] }]);
        expect(diffSummary({ ok: true, base: side('HEAD (1a2b3c4)'), head: side('working tree'), changes })).toBe('HEAD (1a2b3c4) → working tree: 3 changes, 1 warning');
    });
});

describe('package.json: Compare with HEAD', () => {
    it('contributes the command and the explorer view the command fills', async () => {
        const { readFileSync } = await import('node:fs');
        const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
        const { COMMANDS } = await import('../../client/commands.js');
        const { DIFF_VIEW_ID } = { DIFF_VIEW_ID: 'itsm.changes' };
        expect(manifest.contributes.commands).toContainEqual(expect.objectContaining({ command: COMMANDS.compareWithHead, title: 'Compare with HEAD', category: 'ITSM' }));
        expect(manifest.contributes.views.explorer).toContainEqual(expect.objectContaining({ id: DIFF_VIEW_ID, name: 'ITSM Changes' }));
        expect(readFileSync(new URL('../../client/diff-view.ts', import.meta.url), 'utf8')).toContain(`DIFF_VIEW_ID = '${DIFF_VIEW_ID}'`);
    });
});
