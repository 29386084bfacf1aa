import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'normal-change-without-approval';

describe(CODE, () => {
    it('flags a normal change that no one approves, on its type', async () => {
        const text = `change workflow NormalChange {
  type normal
  states {
    New        initial
    Implement  implementation
    Closed     final
  }
  New -> Implement -> Closed
}`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({
            severity: 'error',
            ...spanOf(text, 'normal'),
            message: 'NormalChange is a normal change but no state requires approval; add `approval by` a change authority ' +
                '(e.g. a CAB) to the state that authorizes the change',
        });
    });

    it('accepts approval by a change authority or by a team, and other change types without approval', async () => {
        const text = `authority CAB
team Messaging
change workflow ByAuthority {
  type normal
  states {
    New initial approval by CAB
    Closed final
  }
  New -> Closed
}
change workflow ByTeam {
  type normal
  states {
    New initial approval by Messaging
    Closed final
  }
  New -> Closed
}
change workflow Standard {
  type standard
  states {
    New initial
    Closed final
  }
  New -> Closed
}`;
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});
