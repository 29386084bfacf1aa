import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'production-depends-on-non-production';

const CIS = `ci class Server
ci prod1: Server {
  environment production
}
ci test1: Server {
  environment test
}
ci dr1: Server {
  environment dr
}
`;

describe(CODE, () => {
    it('flags a production CI that runs on a test CI, on the target', async () => {
        const text = `${CIS}ci app: Server {
  environment production
  runs on prod1, test1
}`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({
            severity: 'warning',
            ...spanOf(text, 'test1', 2),
            message: 'production CI app runs on test1, which is in test; production must not rely on CIs outside production',
            data: expect.objectContaining({ target: 'test1', environment: 'test', relation: 'runs' }),
        });
    });

    it('flags depends on and hosted on, and a lone disaster-recovery target', async () => {
        const text = `${CIS}ci app: Server {
  environment production
  depends on test1
  hosted on dr1
}`;
        const findings = await findingsOf(CODE, text);
        expect(findings.map(f => f.message)).toEqual([
            'production CI app depends on test1, which is in test; production must not rely on CIs outside production',
            'production CI app is hosted on dr1, which is in dr; production must not rely on CIs outside production',
        ]);
    });

    it('accepts a disaster-recovery failover partner, connections, unknown environments and non-production sources', async () => {
        const text = `${CIS}ci unset: Server
ci app: Server {
  environment production
  depends on any of (prod1, dr1)
  connects to test1
  runs on unset
}
ci staging1: Server {
  environment staging
  runs on test1
}
ci old: Server {
  environment production
  status decommissioned
  runs on test1
}`;
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});
