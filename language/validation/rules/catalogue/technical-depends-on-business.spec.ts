import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'technical-depends-on-business';

describe(CODE, () => {
    it('flags a technical service that depends on a business service, on the reference', async () => {
        const text = 'service Email { kind business }\nservice Relay {\n  kind technical\n  depends on Email\n}\n';
        const [finding, ...rest] = await findingsOf(CODE, text);
        expect(rest).toEqual([]);
        expect(finding).toMatchObject({ severity: 'info', ...spanOf(text, 'Email', 2) });
        expect(finding.message).toBe('Technical service Relay depends on business service Email; ' +
            'technical services support business services, not the other way round');
        expect(finding.data).toMatchObject({ service: 'Relay', target: 'Email', relation: 'depends on' });
    });

    it('flags a technical service realized by a business service', async () => {
        const text = 'service Portal { kind business }\nservice Api { kind technical realized by Portal }\n';
        const [finding] = await findingsOf(CODE, text);
        expect(finding).toMatchObject(spanOf(text, 'Portal', 2));
        expect(finding.message).toContain('Technical service Api is realized by business service Portal');
    });

    it('accepts a business service on a technical one, technical on technical, and undeclared kinds', async () => {
        const text = [
            'service Dns { kind technical }',
            'service Directory { kind technical depends on Dns }',
            'service Email { kind business depends on Directory }',
            'service Misc { depends on Email }',
            'service Relay { kind technical depends on Misc }',
        ].join('\n');
        expect(await findingsOf(CODE, text)).toEqual([]);
    });

    it('accepts a retired technical service that still names a business service', async () => {
        expect(await findingsOf(CODE, 'service Email { kind business }\nservice Old { kind technical status retired depends on Email }\n')).toEqual([]);
    });
});
