import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'ci-hosting-cycle';

describe(CODE, () => {
    it('flags every CI of a hosting cycle once, on the target that closes its cycle', async () => {
        const text = `ci class Server
ci vm1: Server {
  runs on host1
}
ci host1: Server {
  hosted on rack1
}
ci rack1: Server {
  hosted on vm1
}`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(3);
        expect(findings[0]).toMatchObject({
            severity: 'error',
            ...spanOf(text, 'host1'),
            message: 'vm1 is on a hosting cycle (vm1 → host1 → rack1 → vm1): vm1 runs on host1, host1 is hosted on rack1, rack1 is hosted on vm1',
            data: expect.objectContaining({ cycle: ['vm1', 'host1', 'rack1', 'vm1'] }),
        });
        expect(findings[1]).toMatchObject({ ...spanOf(text, 'rack1'), message: expect.stringContaining('(host1 → rack1 → vm1 → host1)') });
        expect(findings[2]).toMatchObject({ ...spanOf(text, 'vm1', 2), message: expect.stringContaining('(rack1 → vm1 → host1 → rack1)') });
    });

    it('flags a CI that runs on itself', async () => {
        const text = `ci class Server\nci vm1: Server {\n  runs on web, vm1\n}\nci web: Server`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({ ...spanOf(text, 'vm1', 2), message: 'vm1 runs on vm1: a CI cannot run on itself' });
    });

    it('flags cycles across files, each in its own file', async () => {
        const findings = await findingsOf(CODE, {
            'a.itsm': 'package a\nci class Server\nci vm1: Server {\n  runs on b.host1\n}',
            'b.itsm': 'package b\nci host1: a.Server {\n  hosted on a.vm1\n}',
        });
        expect(findings.map(f => f.file)).toEqual(['a.itsm', 'b.itsm']);
    });

    it('accepts two CIs on one host, and depends-on loops (not hosting)', async () => {
        const text = `ci class Server
ci host1: Server
ci vm1: Server {
  runs on host1
  depends on vm2
}
ci vm2: Server {
  runs on host1
  depends on vm1
}`;
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});
