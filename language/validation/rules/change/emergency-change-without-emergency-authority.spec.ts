import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'emergency-change-without-emergency-authority';

function workflow(approval: string): string {
    return `change workflow EmergencyChange {
  type emergency
  states {
    New        initial
    Authorize  ${approval}
    Implement  implementation
    Closed     final
  }
  New -> Authorize -> Implement -> Closed
}`;
}

const AUTHORITIES = `authority CAB "Change Advisory Board"
authority ECAB "Emergency Change Advisory Board" {
  emergency
}
team Messaging
`;

describe(CODE, () => {
    it('flags an emergency change approved only by a normal authority and a team, naming the emergency authorities', async () => {
        const text = `${AUTHORITIES}${workflow('approval by CAB, Messaging')}`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({
            severity: 'error',
            ...spanOf(text, 'emergency', 2),
            message: 'EmergencyChange is an emergency change but it is approved only by CAB, Messaging (state Authorize), ' +
                'none of them an emergency authority; add `approval by` an emergency authority such as ECAB',
            data: expect.objectContaining({ emergencyAuthorities: ['ECAB'] }),
        });
    });

    it('flags an emergency change without any approval, and says to declare an ECAB when there is none', async () => {
        const findings = await findingsOf(CODE, workflow(''));
        expect(findings.map(f => f.message)).toEqual([
            'EmergencyChange is an emergency change but no state requires approval; ' +
                'declare a change authority with `emergency` (an ECAB) and approve by it',
        ]);
    });

    it('accepts approval by an emergency authority, and waits for unresolved approvers', async () => {
        expect(await findingsOf(CODE, `${AUTHORITIES}${workflow('approval by ECAB')}`)).toEqual([]);
        expect(await findingsOf(CODE, `${AUTHORITIES}${workflow('approval by ECABB')}`)).toEqual([]);
    });

    it('leaves an emergency release alone: its approval comes from the change it names', async () => {
        const text = `${AUTHORITIES}${workflow('approval by CAB')}`.replace('change workflow EmergencyChange', 'release workflow EmergencyChange');
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});
