import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../rule-harness.js';
import { buildWorkspace } from '../workspace.js';

const codes = async (text: string) => (await buildWorkspace({ 'main.itsm': text })).all().map(d => `${d.range.start.line + 1} ${d.code}`);

describe('suppression comments', () => {
    it('itsm-disable-next-line hides that rule on the next line only', async () => {
        const text = [
            '// itsm-disable-next-line sla-availability-out-of-range -- measured differently',
            'service A { availability 120% }',
            'service B { availability 130% }',
        ].join('\n');
        expect(await codes(text)).toEqual(['3 sla-availability-out-of-range']);
    });

    it('names several codes separated by commas', async () => {
        const text = '// itsm-disable-next-line invalid-value, sla-availability-out-of-range\nsla S { availability 120% P1 { response 5x } }\n';
        expect((await codes(text)).filter(c => c.endsWith('invalid-value') || c.endsWith('out-of-range'))).toEqual([]);
    });

    it('itsm-disable … itsm-enable hides a region', async () => {
        const text = [
            '// itsm-disable sla-availability-out-of-range',
            'service A { availability 120% }',
            'service B { availability 130% }',
            '// itsm-enable sla-availability-out-of-range',
            'service C { availability 140% }',
        ].join('\n');
        expect(await codes(text)).toEqual(['5 sla-availability-out-of-range']);
    });

    it('reports a suppression that suppresses nothing, on its code', async () => {
        const text = '// itsm-disable-next-line ola-weaker-than-sla -- left over\nteam T {}\n';
        const [finding] = await findingsOf('unused-suppression', text);
        expect(finding).toMatchObject({ severity: 'warning', ...spanOf(text, 'ola-weaker-than-sla') });
        expect(finding.message).toBe('itsm-disable-next-line ola-weaker-than-sla suppresses nothing: no ola-weaker-than-sla finding on line 2');
    });

    it('cannot hide syntax errors or unresolved references, and says so', async () => {
        const text = '// itsm-disable-next-line unresolved-reference\nservice S { owner Nobody }\n';
        expect(await codes(text)).toEqual(['2 unresolved-reference', '1 unused-suppression']);
        const [finding] = await findingsOf('unused-suppression', text);
        expect(finding.message).toBe('unresolved-reference cannot be suppressed; fix the problem instead');
    });

    it('reports an unknown code and an itsm-enable without itsm-disable', async () => {
        const text = '// itsm-disable-next-line no-such-rule\nteam T {}\n// itsm-enable invalid-value\n';
        const messages = (await findingsOf('unused-suppression', text)).map(f => f.message);
        expect(messages).toEqual([
            "itsm-disable-next-line names unknown rule 'no-such-rule'; run `itsm rules` for every code",
            'itsm-enable invalid-value has no matching itsm-disable above it',
        ]);
    });

    it('ignores suppression words inside strings', async () => {
        const text = 'team T { lead "// itsm-disable-next-line invalid-value" }\n';
        expect(await findingsOf('unused-suppression', text)).toEqual([]);
    });

    it('without a code covers every rule that can be suppressed', async () => {
        const text = '// itsm-disable-next-line\nsla S { availability 120% P1 { response 5x } }\n';
        expect((await codes(text)).filter(c => !c.endsWith('unresolved-reference'))).toEqual([]);
    });
});
