import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'calendar-overlapping-ranges';

describe(CODE, () => {
    it('flags a time range that overlaps one on an earlier line for shared days', async () => {
        const text = `calendar Office {
  timezone "Europe/London"
  mon..fri 08:00-12:00
  fri, sat 11:00-14:00
}`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({
            severity: 'warning',
            ...spanOf(text, '11:00-14:00'),
            message: '11:00-14:00 overlaps 08:00-12:00 on line 3 for fri: 11:00-12:00 is listed twice',
            data: expect.objectContaining({ calendar: 'Office', days: ['fri'], overlap: ['11:00-12:00'] }),
        });
    });

    it('names every earlier range a time range overlaps', async () => {
        const text = 'calendar Office {\n  mon..fri 08:00-12:00, 13:00-17:00\n  fri 11:00-14:00\n}';
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0].message).toBe('11:00-14:00 overlaps 08:00-12:00 on line 2 for fri and 13:00-17:00 on line 2 for fri: ' +
            '11:00-12:00, 13:00-14:00 are listed twice');
    });

    it('flags overlapping time ranges on one line', async () => {
        const text = 'calendar Office {\n  mon..fri 08:00-13:00, 12:00-17:00\n}';
        const [finding] = await findingsOf(CODE, text);
        expect(finding).toMatchObject({ ...spanOf(text, '12:00-17:00') });
        expect(finding.message).toBe('12:00-17:00 overlaps 08:00-13:00 earlier on this line for mon..fri: 12:00-13:00 is listed twice');
    });

    it('flags a day named twice in the day sets of one line', async () => {
        const text = 'calendar Office {\n  mon..fri, fri 08:00-17:00\n}';
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({ ...spanOf(text, 'fri', 2), message: 'fri is already included in mon..fri; its hours are listed twice' });
    });

    it('flags a weekly range next to 24x7', async () => {
        const text = 'calendar Always {\n  24x7\n  sat, sun 10:00-14:00\n}';
        const [finding] = await findingsOf(CODE, text);
        expect(finding).toMatchObject({ ...spanOf(text, 'sat, sun 10:00-14:00') });
        expect(finding.message).toContain('is 24x7, so sat, sun 10:00-14:00 overlaps it');
    });

    it('accepts ranges that touch and ranges on different days', async () => {
        const text = `calendar Office {
  mon..fri 08:00-12:00, 12:00-17:00
  sat, sun 10:00-14:00
  fri..mon 20:00-22:00
}`;
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});
