import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'holiday-duplicate-date';

describe(CODE, () => {
    it('flags the second listing of a date', async () => {
        const text = `holidays UK {
  2026-12-25 "Christmas Day"
  2026-12-28 "Boxing Day (substitute)"
  2026-12-25 "Christmas"
}`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({
            severity: 'warning',
            ...spanOf(text, '2026-12-25', 2),
            message: '2026-12-25 is already listed in UK on line 2 ("Christmas Day" and "Christmas"); remove one of them',
            data: expect.objectContaining({ date: '2026-12-25', list: 'UK', firstLine: 2 }),
        });
    });

    it('accepts one date in two lists', async () => {
        const text = `holidays England {
  2026-12-25 "Christmas Day"
}
holidays Scotland {
  2026-12-25 "Christmas Day"
  2026-01-02
}`;
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});
