/** IPv4 and IPv6 addresses, checked octet by octet / group by group. */
import { isIPv4, isIPv6 } from 'node:net';

export type ParsedIp = { ok: true; version: 4 | 6 } | { ok: false; reason: string };

export function parseIpAddress(text: string): ParsedIp {
    if (text.includes(':')) {
        return isIPv6(text) ? { ok: true, version: 6 } : { ok: false, reason: `'${text}' is not a valid IPv6 address` };
    }
    const octets = text.split('.');
    const bad = octets.find(octet => Number(octet) > 255 || (octet.length > 1 && octet.startsWith('0')));
    if (bad !== undefined || !isIPv4(text)) {
        const why = bad !== undefined && Number(bad) > 255 ? `: octet ${bad} is above 255` : '';
        return { ok: false, reason: `'${text}' is not a valid IPv4 address${why}` };
    }
    return { ok: true, version: 4 };
}
