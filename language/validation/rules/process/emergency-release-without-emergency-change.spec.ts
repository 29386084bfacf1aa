import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'emergency-release-without-emergency-change';

const CHANGES = `change workflow NormalChange {
  type normal
  states { New initial  Done final }
  New -> Done
}
change workflow EmergencyChange {
  type emergency
  states { New initial  Done final }
  New -> Done
}
`;

function release(clauses: string): string {
    return `release workflow Hotfix {
  ${clauses}
  states { New initial  Test validation  Deploy deployment  Done final }
  New -> Test -> Deploy -> Done
}`;
}

describe(CODE, () => {
    it('flags an emergency release naming no change workflow, on `emergency`', async () => {
        const text = CHANGES + release('type emergency');
        const findings = await findingsOf(CODE, text);
        expect(findings).toEqual([expect.objectContaining({
            severity: 'error',
            ...spanOf(text, 'emergency', 2),
            message: 'Hotfix is an emergency release but names no change workflow; add `change <Workflow>` naming the ' +
                'emergency change workflow that authorizes it',
        })]);
    });

    it('flags an emergency release naming a normal change workflow, on the reference', async () => {
        const text = CHANGES + release('type emergency\n  change NormalChange');
        const findings = await findingsOf(CODE, text);
        expect(findings).toEqual([expect.objectContaining({
            ...spanOf(text, 'NormalChange', 2),
            message: 'Hotfix is an emergency release but NormalChange is a normal change workflow; name an emergency change workflow (type emergency)',
        })]);
    });

    it('accepts an emergency release naming an emergency change, and a minor release naming none', async () => {
        expect(await findingsOf(CODE, CHANGES + release('type emergency\n  change EmergencyChange'))).toEqual([]);
        expect(await findingsOf(CODE, CHANGES + release('type minor'))).toEqual([]);
    });
});
