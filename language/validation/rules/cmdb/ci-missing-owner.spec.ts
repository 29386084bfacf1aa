import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'ci-missing-owner';

describe(CODE, () => {
    it('flags a production CI without an owner, on its name', async () => {
        const text = `ci class Server\nci db01: Server {\n  environment production\n}`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({
            severity: 'warning',
            ...spanOf(text, 'db01'),
            message: 'production CI db01 (Server) has no owner; name the team accountable for it with `owner`',
        });
    });

    it('accepts an owned production CI, a test CI, a CI without environment and a decommissioned one', async () => {
        const text = `team Infrastructure
ci class Server
ci db01: Server {
  environment production
  owner Infrastructure
}
ci db02: Server {
  environment test
}
ci db03: Server
ci db04: Server {
  environment production
  status decommissioned
}`;
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});
