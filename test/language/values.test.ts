/**
 * Typed values: the document factory gives every duration, time of day, date,
 * IP address and percentage its parsed value right after parsing, and a value
 * that cannot be read is reported at the literal itself, with the rule's code.
 */
import { describe, expect, it } from 'vitest';
import {
    isCalendar, isConfigurationItem, isHolidayList, isService, isSla,
    type DateValue, type IpAddress, type PercentLiteral,
} from '../../language/generated/ast.js';
import type { TestWorkspace } from '../workspace.js';
import { build, coreProblems, definition, messageOf, rangeOf } from './helpers.js';

const MATRIX = 'priority matrix M {\n  priorities P1, P2, P3\n  urgency high\n  impact high -> P1\n}\n';

/** The only finding of the workspace with this code; fails when there are none or several. */
function onlyFinding(workspace: TestWorkspace, code: string) {
    const found = workspace.all().filter(d => d.code === code);
    expect(found, `findings with code ${code}`).toHaveLength(1);
    return found[0];
}

describe('values in the AST', () => {
    it('gives durations their text, amount, unit and length in seconds', async () => {
        const ws = await build(`${MATRIX}sla S {
  priorities M
  P1 { response 15m  resolve 2.5h }
  P2 { response 1d   resolve 1w }
  P3 { response 0.5h resolve 90m }
}
`);
        const targets = definition(ws, 'S', isSla).targets;
        const [fifteen, twoAndAHalf] = [targets[0].response!, targets[0].resolve!];
        expect(fifteen).toMatchObject({ text: '15m', amount: 15, unit: 'm', seconds: 900 });
        expect(twoAndAHalf).toMatchObject({ text: '2.5h', amount: 2.5, unit: 'h', seconds: 9000 });
        expect(targets[1].response?.seconds).toBe(86_400);
        expect(targets[1].resolve).toMatchObject({ text: '1w', unit: 'w', seconds: 604_800 });
        expect(targets[2].response?.seconds).toBe(1800);
        expect(targets[2].resolve?.seconds).toBe(5400);
        expect(coreProblems(ws)).toEqual([]);
    });

    it('gives times of day their minutes since midnight, 24:00 being the end of the day', async () => {
        const ws = await build('calendar C {\n  mon..fri 08:00-24:00\n  sat 00:00-8:30\n}\n');
        const [weekdays, saturday] = definition(ws, 'C', isCalendar).ranges;
        expect(weekdays.times[0].start).toMatchObject({ text: '08:00', minutes: 480 });
        expect(weekdays.times[0].end).toMatchObject({ text: '24:00', minutes: 1440 });
        expect(saturday.times[0].start.minutes).toBe(0);
        expect(saturday.times[0].end.minutes).toBe(510);
        expect(coreProblems(ws)).toEqual([]);
    });

    it('gives dates their ISO form, in holiday lists and as attribute values (a leap day included)', async () => {
        const ws = await build(`holidays H {
  2026-12-25 "Christmas Day"
  2028-02-29
}
calendar C { 24x7 except holidays H }
ci class Server { attribute bought: date }
ci s: Server { bought 2024-03-01 }
`);
        expect(definition(ws, 'H', isHolidayList).days.map(d => d.date.iso)).toEqual(['2026-12-25', '2028-02-29']);
        const bought = definition(ws, 's', isConfigurationItem).attributes[0].value as DateValue;
        expect(bought.date).toMatchObject({ text: '2024-03-01', iso: '2024-03-01' });
        expect(coreProblems(ws)).toEqual([]);
    });

    it('gives IP addresses their version', async () => {
        const ws = await build(`ci class Server { attribute ip: ipv4 attribute ip6: ipv6 }
ci a: Server { ip 10.0.3.3 }
ci b: Server { ip6 fe80::1 }
ci c: Server { ip6 2001:db8::8a2e:370:7334 }
ci d: Server { ip6 ::ffff:10.0.0.1 }
`);
        const versions = ['a', 'b', 'c', 'd'].map(name => {
            const value = definition(ws, name, isConfigurationItem).attributes[0].value as IpAddress;
            return [value.text, value.version];
        });
        expect(versions).toEqual([['10.0.3.3', 4], ['fe80::1', 6], ['2001:db8::8a2e:370:7334', 6], ['::ffff:10.0.0.1', 6]]);
        expect(coreProblems(ws)).toEqual([]);
    });

    it('reads percentages as numbers, without the percent sign', async () => {
        const ws = await build(`${MATRIX}service Email { availability 99.95% }
sla S { priorities M availability 100% per month }
ci class Server { attribute share: string }
ci s: Server { share 12.5% }
`);
        const availability = definition(ws, 'Email', isService).availability;
        expect(typeof availability).toBe('number');
        expect(availability).toBe(99.95);
        expect(definition(ws, 'S', isSla).availability).toBe(100);
        expect((definition(ws, 's', isConfigurationItem).attributes[0].value as PercentLiteral).value).toBe(12.5);
        expect(coreProblems(ws)).toEqual([]);
    });
});

describe('values that cannot be read', () => {
    it('reports a duration with an unknown unit at the duration, and leaves its value undefined', async () => {
        const text = `${MATRIX}sla S {\n  priorities M\n  P1 { response 15x resolve 4h }\n}\n`;
        const ws = await build(text);
        const finding = onlyFinding(ws, 'invalid-value');
        expect(finding.range).toEqual(rangeOf(text, '15x'));
        expect(messageOf(finding)).toContain("unit 'x'");
        const response = definition(ws, 'S', isSla).targets[0].response!;
        expect(response.text).toBe('15x');
        expect(response.seconds).toBeUndefined();
        expect(coreProblems(ws)).toEqual(['invalid-value']);
    });

    it('reports an availability above 100% on the percentage', async () => {
        const text = `${MATRIX}sla S {\n  priorities M\n  availability 100.5% per month\n}\n`;
        const ws = await build(text);
        const finding = onlyFinding(ws, 'sla-availability-out-of-range');
        expect(finding.range).toEqual(rangeOf(text, '100.5%'));
        expect(messageOf(finding)).toContain('100.5%');
        expect(coreProblems(ws)).toEqual(['sla-availability-out-of-range']);
    });

    it('reports an availability of 0% on a service too', async () => {
        const text = 'service Email {\n  availability 0%\n}\n';
        const ws = await build(text);
        expect(onlyFinding(ws, 'sla-availability-out-of-range').range).toEqual(rangeOf(text, '0%'));
    });

    it('reports an IPv4 address with an octet above 255', async () => {
        const text = 'ci class Server { attribute ip: ipv4 }\nci mx01: Server {\n  ip 10.0.3.300\n}\n';
        const ws = await build(text);
        const finding = onlyFinding(ws, 'invalid-value');
        expect(finding.range).toEqual(rangeOf(text, '10.0.3.300'));
        expect(messageOf(finding)).toContain('octet 300');
        expect((definition(ws, 'mx01', isConfigurationItem).attributes[0].value as IpAddress).version).toBeUndefined();
        expect(coreProblems(ws)).toEqual(['invalid-value']);
    });

    it('reports an IPv6 address with two `::`', async () => {
        const text = 'ci class Server { attribute ip6: ipv6 }\nci mx01: Server {\n  ip6 2001:db8::1::2\n}\n';
        const ws = await build(text);
        const finding = onlyFinding(ws, 'invalid-value');
        expect(finding.range).toEqual(rangeOf(text, '2001:db8::1::2'));
        expect(messageOf(finding)).toContain('IPv6');
        expect(coreProblems(ws)).toEqual(['invalid-value']);
    });

    it('reports an hour past 24 and minutes past 59 at each time', async () => {
        const text = 'calendar Late {\n  mon..fri 08:75-18:00\n  sat 10:00-25:00\n}\n';
        const ws = await build(text);
        const findings = ws.all().filter(d => d.code === 'calendar-invalid-range');
        expect(findings.map(d => d.range)).toEqual([rangeOf(text, '08:75'), rangeOf(text, '25:00')]);
        expect(messageOf(findings[0])).toContain('75 minutes');
        expect(messageOf(findings[1])).toContain('outside 00:00-24:00');
        const [weekdays, saturday] = definition(ws, 'Late', isCalendar).ranges;
        expect([weekdays.times[0].start.minutes, saturday.times[0].end.minutes]).toEqual([undefined, undefined]);
        expect(coreProblems(ws)).toEqual(['calendar-invalid-range', 'calendar-invalid-range']);
    });

    it('reports a date that does not exist', async () => {
        const text = 'holidays H {\n  2026-01-01\n  2026-02-30 "Not a day"\n}\ncalendar C { 24x7 except holidays H }\n';
        const ws = await build(text);
        const finding = onlyFinding(ws, 'invalid-value');
        expect(finding.range).toEqual(rangeOf(text, '2026-02-30'));
        expect(messageOf(finding)).toContain('28 days');
        expect(definition(ws, 'H', isHolidayList).days[1].date.iso).toBeUndefined();
        expect(coreProblems(ws)).toEqual(['invalid-value']);
    });

    it('reports a time range that ends before it starts on the whole range', async () => {
        const text = 'calendar Night {\n  mon..fri 08:00-12:00, 22:00-06:00\n}\n';
        const ws = await build(text);
        const finding = onlyFinding(ws, 'calendar-invalid-range');
        expect(finding.range).toEqual(rangeOf(text, '22:00-06:00'));
        expect(messageOf(finding)).toContain('ends before it starts');
        expect(coreProblems(ws)).toEqual(['calendar-invalid-range']);
    });

    // A range whose end equals its start is empty, not reversed: it gets its own message.
    it('reports an empty time range as empty, not as ending before it starts', async () => {
        const text = 'calendar Blink {\n  mon 08:00-08:00\n}\n';
        const ws = await build(text);
        const finding = onlyFinding(ws, 'calendar-invalid-range');
        expect(finding.range).toEqual(rangeOf(text, '08:00-08:00'));
        expect(messageOf(finding)).not.toContain('ends before it starts');
    });

    it('reports a malformed value with its rule only, never as a syntax error', async () => {
        const text = `${MATRIX}sla S { priorities M P1 { response 15x resolve 4h } }
calendar C { mon 25:00-26:00 }
holidays H { 2026-02-30 }
ci class Server { attribute ip: ipv4 }
ci s: Server { ip 999.1.1.1 }
`;
        const ws = await build(text);
        expect(coreProblems(ws).sort()).toEqual(['calendar-invalid-range', 'calendar-invalid-range', 'invalid-value', 'invalid-value', 'invalid-value']);
    });
});
