import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'continuity-plan-untested';

describe(CODE, () => {
    it('flags a plan without a tested date, on its name', async () => {
        const text = 'continuity plan MailDr {\n  document "https://wiki.example/dr"\n}\n';
        const [finding, ...rest] = await findingsOf(CODE, text);
        expect(rest).toEqual([]);
        expect(finding).toMatchObject({ severity: 'info', ...spanOf(text, 'MailDr') });
        expect(finding.message).toBe('Continuity plan MailDr records no test: add `tested <date>` with the date of its last recovery test');
    });

    it('accepts a plan with a tested date, however old', async () => {
        expect(await findingsOf(CODE, 'continuity plan MailDr { tested 2019-03-01 }\n')).toEqual([]);
    });
});
