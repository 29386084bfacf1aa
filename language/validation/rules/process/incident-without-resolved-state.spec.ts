import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'incident-without-resolved-state';

describe(CODE, () => {
    it('flags an incident workflow without a resolved state, on its name, suggesting a state named like one', async () => {
        const text = `incident workflow MajorIncident {
  states {
    Logged initial
    Resolving
    Closed final
  }
  Logged -> Resolving -> Closed
}`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toEqual([expect.objectContaining({
            severity: 'error',
            ...spanOf(text, 'MajorIncident'),
            message: 'incident workflow MajorIncident has no `resolved` state; mark the state in which the service is restored and ' +
                'the caller confirms the fix `resolved` (e.g. Resolving), before the final state',
        })]);
    });

    it('accepts an incident workflow with a resolved state, and other processes without one', async () => {
        const text = `incident workflow Incident {
  states { Logged initial  Restored resolved  Closed final }
  Logged -> Restored -> Closed
}
request workflow Request {
  states { New initial  Done final }
  New -> Done
}`;
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});
