import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'workflow-clause-not-for-process';

describe(CODE, () => {
    it('flags a change type on an incident workflow, on the type', async () => {
        const text = `incident workflow Incident {
  type normal
  states {
    New initial
    Resolved resolved
    Closed final
  }
  New -> Resolved -> Closed
}`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toEqual([expect.objectContaining({
            severity: 'error',
            ...spanOf(text, 'normal'),
            message: 'Incident is an incident workflow, which cannot be of type normal: it has no types',
        })]);
    });

    it('flags a role keyword of another process, on the keyword, and `change` outside a release', async () => {
        const text = `change workflow Emergency {
  type emergency
  states {
    New initial
    Done final
  }
  New -> Done
}
problem workflow Problem {
  change Emergency
  states {
    New initial
    Fixed deployment
    Cause known-error
    Closed final
  }
  New -> Cause -> Fixed -> Closed
}`;
        const findings = await findingsOf(CODE, text);
        expect(findings.map(f => f.message)).toEqual([
            'Problem is a problem workflow; only a release workflow names the change workflow that authorizes it',
            'state Fixed of problem workflow Problem is marked `deployment`, a role of release workflows only',
        ]);
        expect(findings[0]).toMatchObject(spanOf(text, 'Emergency', 2));
        expect(findings[1]).toMatchObject(spanOf(text, 'deployment'));
    });

    it('names the types a release has', async () => {
        const text = `release workflow Release {
  type standard
  states { New initial  Done final }
  New -> Done
}`;
        expect((await findingsOf(CODE, text)).map(f => f.message)).toEqual([
            'Release is a release workflow, which cannot be of type standard: its types are major, minor or emergency',
        ]);
    });

    it('accepts each process with its own types and roles', async () => {
        const text = `change workflow Emergency {
  type emergency
  states { New initial  Fix implementation  Done final }
  New -> Fix -> Done
}
release workflow Hotfix {
  type emergency
  change Emergency
  states { New initial  Test validation  Deploy deployment  Done final }
  New -> Test -> Deploy -> Done
}
incident workflow Incident {
  states { New initial  Resolved resolved  Closed final }
  New -> Resolved -> Closed
}
problem workflow Problem {
  states { New initial  Known known-error  Closed final }
  New -> Known -> Closed
}
request workflow Request {
  states { New initial  Done final }
  New -> Done
}`;
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});
