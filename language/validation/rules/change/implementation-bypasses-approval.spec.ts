import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'implementation-bypasses-approval';

function normal(transitions: string, type = 'normal'): string {
    return `authority CAB
change workflow NormalChange {
  type ${type}
  states {
    New        initial
    Assess
    Authorize  approval by CAB
    Scheduled
    Implement  implementation
    Closed     final
    Canceled   final
  }
  ${transitions}
  * -> Canceled
}`;
}

describe(CODE, () => {
    it('flags an implementation state reachable without approval, showing a shortest path', async () => {
        const text = normal(`New -> Assess -> Authorize -> Scheduled -> Implement -> Closed
  Assess -> Scheduled`);
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({
            severity: 'error',
            ...spanOf(text, 'Implement'),
            message: 'state Implement can be reached from New without approval: New → Assess → Scheduled → Implement',
            data: expect.objectContaining({ path: ['New', 'Assess', 'Scheduled', 'Implement'] }),
        });
    });

    it('flags emergency workflows too', async () => {
        const findings = await findingsOf(CODE, normal('New -> Implement -> Closed', 'emergency'));
        expect(findings.map(f => f.message)).toEqual(['state Implement can be reached from New without approval: New → Implement']);
    });

    it('accepts a workflow where every path passes approval, loops back included', async () => {
        const text = normal(`New -> Assess -> Authorize -> Scheduled -> Implement -> Closed
  Authorize -> Assess
  Scheduled -> Authorize`);
        expect(await findingsOf(CODE, text)).toEqual([]);
    });

    it('leaves standard changes alone (pre-authorized)', async () => {
        expect(await findingsOf(CODE, normal('New -> Implement -> Closed', 'standard'))).toEqual([]);
    });

    it('applies to change workflows only', async () => {
        const text = normal('New -> Implement -> Closed', 'emergency').replace('change workflow', 'release workflow');
        expect(text).toContain('release workflow');
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});
