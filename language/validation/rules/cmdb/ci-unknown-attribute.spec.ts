import { describe, expect, it } from 'vitest';
import { codesOf, findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'ci-unknown-attribute';

const CLASSES = `ci class Server {
  attribute os: string required
  attribute ip: ipv4
  attribute cores: integer
}
ci class VirtualServer extends Server {
  attribute hypervisor: string
}
`;

describe(CODE, () => {
    it('flags an attribute the class does not declare, listing what it declares', async () => {
        const text = `${CLASSES}ci mx01: Server {
  os "Debian 12"
  colour "blue"
}`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({
            severity: 'error',
            ...spanOf(text, 'colour'),
            message: "Server declares no attribute 'colour'; it declares os, ip, cores",
            data: expect.objectContaining({ attribute: 'colour', ciClass: 'Server', declared: ['os', 'ip', 'cores'] }),
        });
        expect(await codesOf(text)).not.toContain('unresolved-reference');
    });

    it('names inherited attributes and suggests the closest name', async () => {
        const text = `${CLASSES}ci vm7: VirtualServer {
  os "Debian 12"
  core 8
}`;
        const findings = await findingsOf(CODE, text);
        expect(findings.map(f => f.message)).toEqual([
            "VirtualServer declares no attribute 'core'; it declares hypervisor and inherits os, ip, cores from Server. Did you mean 'cores'?",
        ]);
        expect(findings[0].data).toMatchObject({ suggestion: 'cores' });
    });

    it('says so when the class declares no attributes', async () => {
        const findings = await findingsOf(CODE, `ci class Application\nci crm: Application {\n  version "1.0"\n}`);
        expect(findings.map(f => f.message)).toEqual(["Application declares no attribute 'version'; it declares no attributes"]);
    });

    it('accepts inherited attributes', async () => {
        const text = `${CLASSES}ci vm7: VirtualServer {
  os "Debian 12"
  hypervisor "ESXi"
  cores 8
}`;
        expect(await findingsOf(CODE, text)).toEqual([]);
    });

    it('leaves attributes of a CI with an unknown class unchecked; only the class is reported', async () => {
        const text = `ci vm7: Servr {\n  os "Debian 12"\n}`;
        expect(await findingsOf(CODE, text)).toEqual([]);
        expect(await codesOf(text)).toEqual(['unresolved-reference']);
    });

    it('can be suppressed on one line with a reason', async () => {
        const text = `${CLASSES}ci mx01: Server {
  os "Debian 12"
  // itsm-disable-next-line ci-unknown-attribute -- recorded for the migration
  colour "blue"
}`;
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});
