import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'live-depends-on-retired';

describe(CODE, () => {
    it('flags a live service that depends on a retired service, on the reference', async () => {
        const text = 'service Fax { status retired }\nservice Email {\n  status live\n  depends on Fax\n}\n';
        const [finding, ...rest] = await findingsOf(CODE, text);
        expect(rest).toEqual([]);
        expect(finding).toMatchObject({ severity: 'error', ...spanOf(text, 'Fax', 2) });
        expect(finding.message).toBe('Email is live but depends on Fax, which is retired');
        expect(finding.data).toMatchObject({ service: 'Email', target: 'Fax', relation: 'depends on', redundant: false });
    });

    it('flags a retired member of an any of group and says it is in the group', async () => {
        const text = 'service Relay { status retired }\nservice Dns { status live }\nservice Email { status live depends on any of (Dns, Relay) }\n';
        const [finding, ...rest] = await findingsOf(CODE, text);
        expect(rest).toEqual([]);
        expect(finding).toMatchObject(spanOf(text, 'Relay', 2));
        expect(finding.message).toBe('Email is live but depends on Relay, which is retired (in any of (Dns, Relay))');
    });

    it('flags a live service realized by a decommissioned CI or a retired service, on each reference', async () => {
        const text = [
            'ci class Server',
            'ci faxgw: Server { status decommissioned }',
            'ci mx01: Server { status operational }',
            'service Legacy { status retired }',
            'service Email { status live realized by mx01, faxgw, Legacy }',
        ].join('\n');
        const findings = await findingsOf(CODE, text);
        expect(findings.map(f => f.message)).toEqual([
            'Email is live but is realized by faxgw, a decommissioned CI',
            'Email is live but is realized by Legacy, which is retired',
        ]);
        expect(findings[0]).toMatchObject(spanOf(text, 'faxgw', 2));
        expect(findings[1]).toMatchObject({ ...spanOf(text, 'Legacy', 2), data: expect.objectContaining({ targetKind: 'service' }) });
    });

    it('accepts a retired service on a decommissioned CI', async () => {
        const text = 'ci class Server\nci faxgw: Server { status decommissioned }\nservice Fax { status retired realized by faxgw }\n';
        expect(await findingsOf(CODE, text)).toEqual([]);
    });

    it('accepts a pipeline service that still depends on a retired one, and a live one on live or pipeline services', async () => {
        const text = [
            'service Old { status retired }',
            'service Next { status pipeline depends on Old }',
            'service Dns { status live }',
            'service Email { status live depends on Dns, Next }',
        ].join('\n');
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});
