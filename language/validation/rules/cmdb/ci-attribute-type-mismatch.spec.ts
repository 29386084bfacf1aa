import { describe, expect, it } from 'vitest';
import { codesOf, findingsOf, spanOf } from '../../../../test/rule-harness.js';
import { emailProblem, urlProblem } from './ci-attribute-type-mismatch.rule.js';

const CODE = 'ci-attribute-type-mismatch';

const CLASS = `ci class Host {
  attribute name: string
  attribute cores: integer
  attribute load: decimal
  attribute virtual: boolean
  attribute installed: date
  attribute ip: ipv4
  attribute ip6: ipv6
  attribute console: url
  attribute contact: email
}
`;

function ci(...lines: string[]): string {
    return `${CLASS}ci h1: Host {\n${lines.map(l => `  ${l}`).join('\n')}\n}`;
}

describe(CODE, () => {
    it('flags a decimal for an integer attribute, on the value', async () => {
        const text = ci('cores 4.5');
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({
            severity: 'error',
            ...spanOf(text, '4.5'),
            message: 'cores is declared integer in Host, but 4.5 is a decimal number',
            data: { code: CODE, attribute: 'cores', expected: 'integer', actual: 'decimal' },
        });
    });

    it('flags values of the wrong kind for each declared type', async () => {
        const text = ci('name 12', 'cores "8"', 'load true', 'virtual "yes"', 'installed "2026-01-01"',
            'ip 2001:db8::1', 'ip6 10.0.0.1', 'console 99.9%', 'contact 2h');
        const findings = await findingsOf(CODE, text);
        expect(findings.map(f => f.message)).toEqual([
            'name is declared string in Host, but 12 is a whole number',
            'cores is declared integer in Host, but "8" is a string',
            'load is declared decimal in Host, but true is a boolean',
            'virtual is declared boolean in Host, but "yes" is a string',
            'installed is declared date in Host, but "2026-01-01" is a string',
            'ip is declared ipv4 in Host, but 2001:db8::1 is an IPv6 address',
            'ip6 is declared ipv6 in Host, but 10.0.0.1 is an IPv4 address',
            'console is declared url in Host, but 99.9% is a percentage',
            'contact is declared email in Host, but 2h is a duration',
        ]);
    });

    it('flags strings that are not absolute URLs or e-mail addresses', async () => {
        const text = ci('console "console.example.com/login"', 'contact "ops at example.com"');
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(2);
        expect(findings[0]).toMatchObject({
            ...spanOf(text, '"console.example.com/login"'),
            message: 'console is declared url in Host, but "console.example.com/login" is not an absolute URL: it has no scheme such as https://',
        });
        expect(findings[1].message).toBe(
            'contact is declared email in Host, but "ops at example.com" is not an e-mail address: it needs exactly one @ with a name before it');
    });

    it('accepts values that fit, a whole number for a decimal included', async () => {
        const text = ci('name "h1"', 'cores 8', 'load 2', 'virtual false', 'installed 2026-01-31', 'ip 10.0.0.1',
            'ip6 2001:db8::1', 'console "https://console.example.com/login"', 'contact "ops@example.com"');
        expect(await findingsOf(CODE, text)).toEqual([]);
    });

    it('leaves a malformed address or date to invalid-value', async () => {
        const text = ci('ip 10.0.0.300', 'installed 2026-02-30');
        expect(await findingsOf(CODE, text)).toEqual([]);
        expect(await codesOf(text)).toEqual(['invalid-value', 'invalid-value']);
    });
});

describe('url and email checks', () => {
    it.each([
        ['https://console.example.com/login', undefined],
        ['ssh://admin@10.0.0.1:22', undefined],
        ['urn:isbn:0451450523', undefined],
        ['console.example.com', 'has no scheme such as https://'],
        ['C:\\temp', 'has no scheme such as https://'],
        ['https://exa mple.com', 'contains whitespace'],
        ['http://', 'does not parse as a URL'],
    ])('url %s', (text, problem) => expect(urlProblem(text)).toBe(problem));

    it.each([
        ['ops@example.com', undefined],
        ['first.last+it@mail.example.co.uk', undefined],
        ['ops@example', "has an invalid domain 'example'"],
        ['ops@@example.com', 'needs exactly one @ with a name before it'],
        ['@example.com', 'needs exactly one @ with a name before it'],
        ['o ps@example.com', "has an invalid name part 'o ps'"],
        ['ops@-example.com', "has an invalid domain '-example.com'"],
    ])('email %s', (text, problem) => expect(emailProblem(text)).toBe(problem));
});
