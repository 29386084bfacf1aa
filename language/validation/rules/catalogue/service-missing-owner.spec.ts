import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'service-missing-owner';

describe(CODE, () => {
    it('flags a live service without an owner, on its name', async () => {
        const text = 'team Desk {}\nservice Email {\n  status live\n  support Desk\n}\n';
        const [finding, ...rest] = await findingsOf(CODE, text);
        expect(rest).toEqual([]);
        expect(finding).toMatchObject({ severity: 'error', ...spanOf(text, 'Email') });
        expect(finding.message).toBe('Email is live but has no owner; name the team accountable for it with `owner`');
        expect(finding.data).toMatchObject({ service: 'Email' });
    });

    it('accepts a live service with an owner', async () => {
        expect(await findingsOf(CODE, 'team Ops {}\nservice Email { status live owner Ops }\n')).toEqual([]);
    });

    it('accepts a retired or pipeline service without an owner', async () => {
        expect(await findingsOf(CODE, 'service Fax { status retired }\nservice Chat { status pipeline }\n')).toEqual([]);
    });

    it('leaves a service without a declared status alone', async () => {
        expect(await findingsOf(CODE, 'service Draft { kind business }\n')).toEqual([]);
    });

    it('does not double an unresolved owner: the owner line is there', async () => {
        expect(await findingsOf(CODE, 'service Email { status live owner Nobody }\n')).toEqual([]);
    });
});
