import { parseDate } from '../../../values/date.js';
import { parseDuration } from '../../../values/duration.js';
import { parseIpAddress } from '../../../values/ip-address.js';
import { defineRule } from '../../rule.js';

/** Literals that are malformed in themselves, wherever they appear. */
export const invalidValue = defineRule({
    code: 'invalid-value',
    severity: 'error',
    category: 'structure',
    description: 'A duration with an unknown unit, an impossible date, or a malformed IP address.',
    checks: {
        Duration: (duration, { report }) => {
            const parsed = parseDuration(duration.text);
            if (!parsed.ok) report({ node: duration, message: capitalise(parsed.reason) });
        },
        DateLiteral: (date, { report }) => {
            const parsed = parseDate(date.text);
            if (!parsed.ok) report({ node: date, message: capitalise(parsed.reason) });
        },
        IpAddress: (ip, { report }) => {
            const parsed = parseIpAddress(ip.text);
            if (!parsed.ok) report({ node: ip, message: capitalise(parsed.reason) });
        },
    },
});

function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
