import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'standard-change-with-approval';

const AUTHORITIES = `authority CAB "Change Advisory Board"
team Messaging
`;

describe(CODE, () => {
    it('flags an approval step in a standard change, on the approval clause', async () => {
        const text = `${AUTHORITIES}change workflow StandardChange {
  type standard
  states {
    New        initial
    Authorize  approval by CAB, Messaging
    Implement  implementation
    Closed     final
  }
  New -> Authorize -> Implement -> Closed
}`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({
            severity: 'error',
            ...spanOf(text, 'approval by CAB, Messaging'),
            message: 'StandardChange is a standard change, pre-authorized by definition, but state Authorize requires approval by CAB, Messaging; ' +
                'remove the approval or make the workflow normal',
            data: expect.objectContaining({ state: 'Authorize', approvers: ['CAB', 'Messaging'] }),
        });
    });

    it('accepts a standard change without approval, and approvals in a normal change', async () => {
        const text = `${AUTHORITIES}change workflow StandardChange {
  type standard
  states {
    New        initial
    Implement  implementation
    Closed     final
  }
  New -> Implement -> Closed
}
change workflow NormalChange {
  type normal
  states {
    New        initial
    Authorize  approval by CAB
    Implement  implementation
    Closed     final
  }
  New -> Authorize -> Implement -> Closed
}`;
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});
