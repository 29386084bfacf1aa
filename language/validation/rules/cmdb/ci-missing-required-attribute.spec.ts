import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'ci-missing-required-attribute';

const CLASSES = `ci class Server {
  attribute os: string required
  attribute ip: ipv4
}
ci class VirtualServer extends Server {
  attribute hypervisor: string required
}
`;

describe(CODE, () => {
    it('flags a CI that lacks an attribute its class requires, on the CI name', async () => {
        const text = `${CLASSES}ci mx02: Server {
  ip 10.0.1.22
}`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({
            severity: 'error',
            ...spanOf(text, 'mx02'),
            message: 'mx02 does not set os (string), which its class Server requires',
            data: expect.objectContaining({ attribute: 'os', type: 'string', ciClass: 'Server', declaredBy: 'Server' }),
        });
    });

    it('flags each missing attribute, inherited ones naming the superclass', async () => {
        const text = `${CLASSES}ci vm7: VirtualServer`;
        const findings = await findingsOf(CODE, text);
        expect(findings.map(f => f.message)).toEqual([
            'vm7 does not set hypervisor (string), which its class VirtualServer requires',
            'vm7 does not set os (string), which its class VirtualServer requires (inherited from Server)',
        ]);
    });

    it('accepts a CI that sets every required attribute and leaves optional ones out', async () => {
        const text = `${CLASSES}ci vm7: VirtualServer {
  hypervisor "ESXi"
  os "Debian 12"
}`;
        expect(await findingsOf(CODE, text)).toEqual([]);
    });

    it('says nothing when the class itself is unknown', async () => {
        expect(await findingsOf(CODE, `ci vm7: Unknown`)).toEqual([]);
    });
});
