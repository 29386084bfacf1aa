import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'workflow-dead-end-state';

describe(CODE, () => {
    it('flags a state with no way to a final state, on its name', async () => {
        const text = `change workflow Minor {
  states {
    New initial
    Parked
    OnHold
    Closed final
  }
  New -> Closed
  New -> Parked -> OnHold -> Parked
}`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(2);
        expect(findings[0]).toMatchObject({
            severity: 'error',
            ...spanOf(text, 'Parked'),
            message: 'no final state (Closed) can be reached from state Parked: it leads only to OnHold, from where no final state is reachable either',
        });
        expect(findings[1]).toMatchObject({ ...spanOf(text, 'OnHold'), message: expect.stringContaining('it leads only to Parked') });
    });

    it('flags a state without outgoing transitions', async () => {
        const text = `change workflow Minor {
  states {
    New initial
    Stuck
    Closed final
  }
  New -> Closed
  New -> Stuck
}`;
        const findings = await findingsOf(CODE, text);
        expect(findings.map(f => f.message)).toEqual([
            'no final state (Closed) can be reached from state Stuck: it has no outgoing transition',
        ]);
    });

    it('accepts states that `* -> Canceled` lets out, and leaves unreachable states to workflow-unreachable-state', async () => {
        const text = `change workflow Minor {
  states {
    New initial
    Parked
    Orphan
    Closed final
    Canceled final
  }
  New -> Parked -> New -> Closed
  * -> Canceled
}
change workflow Other {
  states {
    New initial
    Orphan
    Closed final
  }
  New -> Closed
}`;
        expect(await findingsOf(CODE, text)).toEqual([]);
    });

    it('applies to workflows of every process', async () => {
        for (const process of ['release', 'incident', 'problem', 'request']) {
            const text = `${process} workflow W {\n  states {\n    Open initial\n    Stuck\n    Done final\n  }\n  Open -> Done\n  Open -> Stuck\n}`;
            const findings = await findingsOf(CODE, text);
            expect(findings.map(f => f.message), process).toEqual([
                'no final state (Done) can be reached from state Stuck: it has no outgoing transition']);
        }
    });
});
