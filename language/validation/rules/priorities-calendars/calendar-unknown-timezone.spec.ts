import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'calendar-unknown-timezone';

const calendar = (zone: string) => `calendar Office {
  timezone "${zone}"
  mon..fri 08:00-18:00
}`;

describe(CODE, () => {
    it('flags a zone name that is not in the IANA database and suggests the closest one', async () => {
        const text = calendar('Europe/Berln');
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({
            severity: 'error',
            ...spanOf(text, '"Europe/Berln"'),
            message: "Calendar Office: 'Europe/Berln' is not an IANA time zone name; did you mean Europe/Berlin?",
            data: expect.objectContaining({ timezone: 'Europe/Berln', suggested: 'Europe/Berlin' }),
        });
    });

    it('flags a city without its region', async () => {
        const [finding] = await findingsOf(CODE, calendar('London'));
        expect(finding.data).toMatchObject({ suggested: 'Europe/London' });
    });

    it('flags a UTC offset', async () => {
        const [finding] = await findingsOf(CODE, calendar('+01:00'));
        expect(finding.message).toContain("'+01:00' is a UTC offset, not an IANA time zone name");
    });

    it('flags an abbreviation the runtime would guess at', async () => {
        const [finding] = await findingsOf(CODE, calendar('PST'));
        expect(finding.message).toContain("'PST' is an abbreviation");
        expect(finding.data).toMatchObject({ suggested: 'America/Los_Angeles' });
    });

    it('flags a zone name in the wrong case', async () => {
        const [finding] = await findingsOf(CODE, calendar('europe/london'));
        expect(finding.message).toContain("write 'Europe/London'");
    });

    it.each(['Europe/London', 'UTC', 'America/Argentina/Buenos_Aires', 'Etc/GMT-1', 'GMT', 'Asia/Kolkata'])('accepts %s', async zone => {
        expect(await findingsOf(CODE, calendar(zone))).toEqual([]);
    });

    it('accepts a calendar without a timezone (read as UTC)', async () => {
        expect(await findingsOf(CODE, 'calendar Always {\n  24x7\n}')).toEqual([]);
    });
});
