import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'ci-single-point-of-failure';

const HOSTS = `ci class Server
ci vmhost03: Server
ci vmhost04: Server
`;

describe(CODE, () => {
    it('flags redundant servers that run on one host, on the redundant relationship', async () => {
        const text = `${HOSTS}ci mx01: Server {
  runs on vmhost03
}
ci mx02: Server {
  runs on vmhost03
}
ci exchange: Server {
  runs on mx01, mx02
}`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({
            severity: 'warning',
            ...spanOf(text, 'runs on mx01, mx02'),
            message: 'exchange runs on mx01, mx02 for redundancy, but both end up on vmhost03 ' +
                '(mx01 runs on vmhost03; mx02 runs on vmhost03): vmhost03 is a single point of failure',
            data: expect.objectContaining({ members: ['mx01', 'mx02'], host: 'vmhost03', sharedHosts: ['vmhost03'] }),
        });
    });

    it('follows hosting chains and any-of groups, naming the nearest shared host', async () => {
        const text = `${HOSTS}ci rack1: Server
ci vmhost05: Server {
  hosted on rack1
}
ci vmhost06: Server {
  hosted on rack1
}
ci db1: Server {
  runs on vmhost05
}
ci db2: Server {
  runs on vmhost06
}
ci crm: Server {
  depends on any of (db1, db2)
}`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({
            ...spanOf(text, 'depends on any of (db1, db2)'),
            message: 'crm depends on any of (db1, db2) for redundancy, but both end up on rack1 ' +
                '(db1 runs on vmhost05, vmhost05 is hosted on rack1; db2 runs on vmhost06, vmhost06 is hosted on rack1): ' +
                'rack1 is a single point of failure',
        });
    });

    it('flags a member that is itself the host of the others', async () => {
        const text = `${HOSTS}ci mx01: Server {
  runs on vmhost03
}
ci app: Server {
  runs on mx01
  runs on vmhost03
}`;
        const findings = await findingsOf(CODE, text);
        expect(findings.map(f => f.message)).toEqual([
            'app runs on mx01, vmhost03 for redundancy, but both end up on vmhost03 (mx01 runs on vmhost03; vmhost03 is the shared host itself): ' +
                'vmhost03 is a single point of failure',
        ]);
        expect(findings[0]).toMatchObject(spanOf(text, 'runs on mx01'));
    });

    it('accepts redundant servers on different hosts, and plain depends-on lists', async () => {
        const text = `${HOSTS}ci mx01: Server {
  runs on vmhost03
}
ci mx02: Server {
  runs on vmhost04
}
ci exchange: Server {
  runs on mx01, mx02
}
ci web: Server {
  depends on mx01, vmhost03
}`;
        expect(await findingsOf(CODE, text)).toEqual([]);
    });

    it('accepts a decommissioned CI', async () => {
        const text = `${HOSTS}ci mx01: Server {
  runs on vmhost03
}
ci old: Server {
  status decommissioned
  runs on mx01, vmhost03
}`;
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});
