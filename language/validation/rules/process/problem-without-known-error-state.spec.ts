import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'problem-without-known-error-state';

describe(CODE, () => {
    it('flags a problem workflow without a known-error state, on its name', async () => {
        const text = `problem workflow Problem {
  states {
    Logged initial
    RootCause
    KnownError
    Closed final
  }
  Logged -> RootCause -> KnownError -> Closed
}`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toEqual([expect.objectContaining({
            severity: 'error',
            ...spanOf(text, 'Problem'),
            message: 'problem workflow Problem has no `known-error` state; mark the state in which the root cause and a ' +
                'workaround are documented `known-error` (e.g. KnownError)',
        })]);
    });

    it('accepts a problem workflow with a known-error state', async () => {
        const text = `problem workflow Problem {
  states { Logged initial  Workaround known-error  Closed final }
  Logged -> Workaround -> Closed
}`;
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});
