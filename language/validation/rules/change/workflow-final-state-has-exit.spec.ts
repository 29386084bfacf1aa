import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'workflow-final-state-has-exit';

describe(CODE, () => {
    it('flags a transition out of a final state, on the final state in it', async () => {
        const text = `change workflow Minor {
  states {
    New initial
    Review
    Closed final
  }
  New -> Review -> Closed -> Review
}`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({
            severity: 'error',
            ...spanOf(text, 'Closed', 2),
            message: 'Closed is a final state, but the transition Closed -> Review leaves it; reopen work as a new change or make Closed non-final',
            data: expect.objectContaining({ from: 'Closed', to: 'Review' }),
        });
    });

    it('accepts `* -> Canceled`, which leaves only non-final states', async () => {
        const text = `change workflow Minor {
  states {
    New initial
    Closed final
    Canceled final
  }
  New -> Closed
  * -> Canceled
}`;
        expect(await findingsOf(CODE, text)).toEqual([]);
    });

    it('applies to workflows of every process', async () => {
        for (const process of ['release', 'incident', 'problem', 'request']) {
            const text = `${process} workflow W {\n  states {\n    Open initial\n    Done final\n  }\n  Open -> Done -> Open\n}`;
            expect(await findingsOf(CODE, text), process).toHaveLength(1);
        }
    });
});
