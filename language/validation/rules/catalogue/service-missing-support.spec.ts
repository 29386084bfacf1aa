import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'service-missing-support';

describe(CODE, () => {
    it('flags a live service without a support group, on its name', async () => {
        const text = 'team Ops {}\nservice Email {\n  status live\n  owner Ops\n}\n';
        const [finding, ...rest] = await findingsOf(CODE, text);
        expect(rest).toEqual([]);
        expect(finding).toMatchObject({ severity: 'warning', ...spanOf(text, 'Email') });
        expect(finding.message).toBe('Email is live but has no support group; name the team that resolves its incidents with `support`');
        expect(finding.data).toMatchObject({ service: 'Email', owner: 'Ops' });
    });

    it('accepts a live service with a support group', async () => {
        expect(await findingsOf(CODE, 'team Desk {}\nservice Email { status live support Desk }\n')).toEqual([]);
    });

    it('accepts a pipeline, retired or undeclared service without a support group', async () => {
        const text = 'service Chat { status pipeline }\nservice Fax { status retired }\nservice Draft {}\n';
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});
