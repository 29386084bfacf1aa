import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'incident-resolved-state-is-final';

describe(CODE, () => {
    it('flags a resolved state that is also final, on `final`', async () => {
        const text = `incident workflow Incident {
  states {
    Logged initial
    Resolved resolved final
  }
  Logged -> Resolved
}`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toEqual([expect.objectContaining({
            severity: 'error',
            ...spanOf(text, 'final'),
            message: 'state Resolved of incident workflow Incident is both `resolved` and `final`; add a separate final state ' +
                '(e.g. Closed) reached once the caller confirms the fix, so a resolved incident can be reopened',
        })]);
    });

    it('accepts a resolved state distinct from the final one', async () => {
        const text = `incident workflow Incident {
  states { Logged initial  Resolved resolved  Closed final }
  Logged -> Resolved -> Closed
  Resolved -> Logged
}`;
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});
