import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'workflow-no-final-state';

describe(CODE, () => {
    it('flags a workflow without a final state, on its name', async () => {
        const text = `change workflow Minor {
  states {
    New initial
    Done
  }
  New -> Done
}`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({
            severity: 'error',
            ...spanOf(text, 'Minor'),
            message: 'workflow Minor has no final state, so no change can ever be closed; mark at least one state `final` (e.g. Closed)',
        });
    });

    it('accepts a workflow with a final state', async () => {
        const text = `change workflow Minor {
  states {
    New initial
    Done final
  }
  New -> Done
}`;
        expect(await findingsOf(CODE, text)).toEqual([]);
    });

    it('applies to workflows of every process', async () => {
        for (const process of ['release', 'incident', 'problem', 'request']) {
            const text = `${process} workflow W {\n  states {\n    Open initial\n    Done\n  }\n  Open -> Done\n}`;
            expect((await findingsOf(CODE, text)).map(f => f.line), process).toEqual([1]);
        }
    });
});
