import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'workflow-unreachable-state';

describe(CODE, () => {
    it('flags a state that no path from the initial state reaches, on its name', async () => {
        const text = `change workflow Minor {
  states {
    New initial
    Review
    Audit
    Closed final
  }
  New -> Closed
  Audit -> Review -> Closed
}`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(2);
        expect(findings[0]).toMatchObject({
            severity: 'error',
            ...spanOf(text, 'Review'),
            message: 'state Review cannot be reached from the initial state New; no transition leads to it from there',
        });
        expect(findings[1]).toMatchObject(spanOf(text, 'Audit'));
    });

    it('counts `* -> X` as reaching X, and leaves workflows without an initial state alone', async () => {
        const text = `change workflow Minor {
  states {
    New initial
    Closed final
    Canceled final
  }
  New -> Closed
  * -> Canceled
}
change workflow NoStart {
  states {
    New
    Closed final
  }
}`;
        expect(await findingsOf(CODE, text)).toEqual([]);
    });

    it('applies to workflows of every process', async () => {
        for (const process of ['release', 'incident', 'problem', 'request']) {
            const text = `${process} workflow W {\n  states {\n    Open initial\n    Orphan\n    Done final\n  }\n  Open -> Done\n}`;
            const findings = await findingsOf(CODE, text);
            expect(findings.map(f => f.data?.state ?? f.message), process).toHaveLength(1);
            expect(findings[0], process).toMatchObject(spanOf(text, 'Orphan'));
        }
    });
});
