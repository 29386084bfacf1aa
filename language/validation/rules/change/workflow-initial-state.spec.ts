import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'workflow-initial-state';

describe(CODE, () => {
    it('flags a workflow without an initial state, on its name', async () => {
        const text = `change workflow Minor {
  states {
    New
    Closed final
  }
  New -> Closed
}`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({
            severity: 'error',
            ...spanOf(text, 'Minor'),
            message: 'workflow Minor has no initial state; mark the state a record starts in `initial` (e.g. New)',
            data: expect.objectContaining({ suggested: 'New' }),
        });
    });

    it('flags the second initial state, on its `initial` marker', async () => {
        const text = `change workflow Minor {
  states {
    New initial
    Draft initial
    Closed final
  }
  New -> Closed
  Draft -> Closed
}`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({
            ...spanOf(text, 'initial', 2),
            message: 'workflow Minor already starts in New; Draft cannot be initial too (initial states: New, Draft)',
        });
    });

    it('accepts exactly one initial state', async () => {
        const text = `change workflow Minor {
  states {
    New initial
    Closed final
  }
  New -> Closed
}`;
        expect(await findingsOf(CODE, text)).toEqual([]);
    });

    it('applies to workflows of every process', async () => {
        for (const process of ['release', 'incident', 'problem', 'request']) {
            const text = `${process} workflow W {\n  states {\n    Open\n    Done final\n  }\n  Open -> Done\n}`;
            const findings = await findingsOf(CODE, text);
            expect(findings.map(f => f.message), process).toEqual([
                'workflow W has no initial state; mark the state a record starts in `initial` (e.g. Open)']);
            expect(findings[0]).toMatchObject(spanOf(text, 'W'));
        }
    });
});
