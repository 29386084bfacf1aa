import { describe, expect, it } from 'vitest';
import { codesOf, findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'invalid-value';

const MATRIX = 'priority matrix Standard { priorities P1, P2 urgency high impact high -> P1 impact low -> P2 }\n';

describe(CODE, () => {
    it('flags a duration with an unknown unit, naming the units there are', async () => {
        const text = `${MATRIX}sla Gold {
  priorities Standard
  P1 { response 15x  resolve 4h }
}
`;
        expect(await findingsOf(CODE, text)).toEqual([expect.objectContaining({
            severity: 'error',
            ...spanOf(text, '15x'),
            message: "Unknown duration unit 'x' in '15x'; use m (minutes), h (hours), d (days) or w (weeks)",
        })]);
    });

    it('flags a duration of zero and an upper-case unit', async () => {
        const text = `${MATRIX}ola Ops {
  priorities Standard
  P1 { response 0m  resolve 4H }
}
`;
        expect(await findingsOf(CODE, text)).toEqual([
            expect.objectContaining({ ...spanOf(text, '0m'), message: "Duration '0m' must be longer than zero" }),
            expect.objectContaining({ ...spanOf(text, '4H'), message: "Unknown duration unit 'H' in '4H'; use m (minutes), h (hours), d (days) or w (weeks)" }),
        ]);
    });

    it('flags dates that do not exist or are not written YYYY-MM-DD', async () => {
        const text = 'holidays UK {\n  2026-02-29 "Not a leap year"\n  2026-13-01\n  2026-1-05\n}\ncalendar C { except holidays UK }\n';
        expect(await findingsOf(CODE, text)).toEqual([
            expect.objectContaining({ ...spanOf(text, '2026-02-29'), message: "Date '2026-02-29' does not exist: month 02 of 2026 has 28 days" }),
            expect.objectContaining({ ...spanOf(text, '2026-13-01'), message: "Date '2026-13-01' has month 13; months go from 01 to 12" }),
            expect.objectContaining({ ...spanOf(text, '2026-1-05'), message: "'2026-1-05' is not a date; write two-digit months and days, e.g. 2026-01-05" }),
        ]);
    });

    it('flags malformed IPv4 and IPv6 addresses in CI attributes', async () => {
        const text = `ci class Server {
  attribute ip: ipv4
  attribute ip6: ipv6
}
ci mx01: Server { ip 10.0.1.256 }
ci mx02: Server { ip 010.0.1.22 }
ci mx03: Server { ip6 fe80::1::2 }
`;
        expect(await findingsOf(CODE, text)).toEqual([
            expect.objectContaining({ ...spanOf(text, '10.0.1.256'), message: "'10.0.1.256' is not a valid IPv4 address: octet 256 is above 255" }),
            expect.objectContaining({ ...spanOf(text, '010.0.1.22'), message: "'010.0.1.22' is not a valid IPv4 address" }),
            expect.objectContaining({ ...spanOf(text, 'fe80::1::2'), message: "'fe80::1::2' is not a valid IPv6 address" }),
        ]);
    });

    it('flags a malformed duration or date written as a CI attribute value', async () => {
        const text = `ci class Server {
  attribute warranty: date
  attribute rpo: string
}
ci mx01: Server {
  warranty 2027-06-31
  rpo 3y
}
`;
        const findings = await findingsOf(CODE, text);
        expect(findings.map(f => [f.line, f.column, f.endColumn])).toEqual([[6, 12, 22], [7, 7, 9]]);
    });

    it('accepts fractional durations, weeks, a leap day and well-formed addresses', async () => {
        const text = `${MATRIX}sla Gold {
  priorities Standard
  P1 { response 0.5h  resolve 1.5d }
  P2 { response 1d    resolve 1w }
}
holidays UK { 2028-02-29 }
calendar C { except holidays UK }
ci class Server { attribute ip: ipv4 attribute ip6: ipv6 }
ci a: Server { ip 10.0.0.255 }
ci b: Server { ip 0.0.0.0 }
ci c: Server { ip6 ::1 }
ci d: Server { ip6 2001:db8::8a2e:370:7334 }
`;
        expect(await codesOf(text)).not.toContain('syntax-error');
        expect(await findingsOf(CODE, text)).toEqual([]);
    });

    it('leaves a time of day outside 00:00-24:00 to calendar-invalid-range', async () => {
        const text = 'calendar Late { timezone "UTC" mon..fri 08:75-24:30 }\n';
        expect(await codesOf(text)).not.toContain('syntax-error');
        expect(await findingsOf(CODE, text)).toEqual([]);
        expect(await findingsOf('calendar-invalid-range', text)).toHaveLength(2);
    });
});
