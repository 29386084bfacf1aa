import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'release-deployment-bypasses-validation';

describe(CODE, () => {
    it('flags a deployment state reachable without validation, on its name, with the shortest path', async () => {
        const text = `release workflow Release {
  states {
    Planned initial
    Build
    Test validation
    Deploy deployment
    Closed final
  }
  Planned -> Build -> Test -> Deploy -> Closed
  Build -> Deploy
}`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toEqual([expect.objectContaining({
            severity: 'error',
            ...spanOf(text, 'Deploy'),
            message: 'release Release can deploy in state Deploy without validation: Planned → Build → Deploy; ' +
                'pass a state marked `validation` (test, UAT) before deploying',
        })]);
    });

    it('flags every deployment state of a release without any validation state', async () => {
        const text = `release workflow Release {
  states { Planned initial  Pilot deployment  Rollout deployment  Closed final }
  Planned -> Pilot -> Rollout -> Closed
}`;
        expect((await findingsOf(CODE, text)).map(f => f.data?.state)).toEqual(['Pilot', 'Rollout']);
    });

    it('accepts deployments reached only through validation, and change workflows', async () => {
        const text = `release workflow Release {
  states { Planned initial  Build  Test validation  Deploy deployment  Closed final  Canceled final }
  Planned -> Build -> Test -> Deploy -> Closed
  Test -> Build
  * -> Canceled
}
change workflow Change {
  type standard
  states { New initial  Fix implementation  Done final }
  New -> Fix -> Done
}`;
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});
