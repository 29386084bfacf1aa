import type { AttributeValue, Literal } from '../../../generated/ast.js';
import { defineRule, type Report } from '../../rule.js';

/** What a literal is, in words, or undefined when it is malformed (`invalid-value` reports that). */
function kindOf(value: Literal): { kind: string; words: string } | undefined {
    switch (value.$type) {
        case 'StringLiteral': return { kind: 'string', words: 'a string' };
        case 'NumberLiteral': {
            const whole = /^\d+$/.test(value.$cstNode?.text ?? String(value.value));
            return whole ? { kind: 'integer', words: 'a whole number' } : { kind: 'decimal', words: 'a decimal number' };
        }
        case 'BooleanLiteral': return { kind: 'boolean', words: 'a boolean' };
        case 'DateValue': return value.date?.iso ? { kind: 'date', words: 'a date' } : undefined;
        case 'IpAddress':
            if (value.version === 4) return { kind: 'ipv4', words: 'an IPv4 address' };
            return value.version === 6 ? { kind: 'ipv6', words: 'an IPv6 address' } : undefined;
        case 'PercentLiteral': return { kind: 'percent', words: 'a percentage' };
        case 'DurationValue': return value.duration?.seconds !== undefined ? { kind: 'duration', words: 'a duration' } : undefined;
    }
    return undefined;
}

/** The literal kinds each declared type accepts; url and email are strings checked further. */
const ACCEPTS: Record<string, readonly string[]> = {
    string: ['string'], integer: ['integer'], decimal: ['integer', 'decimal'], boolean: ['boolean'], date: ['date'],
    ipv4: ['ipv4'], ipv6: ['ipv6'], url: ['string'], email: ['string'],
};

/** Why a string is not an absolute URL, or undefined when it is one. */
export function urlProblem(text: string): string | undefined {
    if (/\s/.test(text)) return 'contains whitespace';
    const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]+):/.exec(text);
    if (!scheme) return 'has no scheme such as https://';
    let url: URL;
    try {
        url = new URL(text);
    } catch {
        return 'does not parse as a URL';
    }
    const needsHost = ['http:', 'https:', 'ftp:', 'ws:', 'wss:'].includes(url.protocol);
    return needsHost && !url.hostname ? 'has no host' : undefined;
}

/** Why a string is not a plausible e-mail address, or undefined when it is one. */
export function emailProblem(text: string): string | undefined {
    const at = text.lastIndexOf('@');
    if (at <= 0 || at !== text.indexOf('@')) return 'needs exactly one @ with a name before it';
    const [local, domain] = [text.slice(0, at), text.slice(at + 1)];
    if (/[\s"(),:;<>[\]\\]/.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
        return `has an invalid name part '${local}'`;
    }
    const labels = domain.split('.');
    if (labels.length < 2 || labels.some(l => !/^[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?$/.test(l))) {
        return `has an invalid domain '${domain}'`;
    }
    return undefined;
}

function check(attributeValue: AttributeValue, report: Report): void {
    const declaration = attributeValue.attribute?.ref;
    const value = attributeValue.value;
    if (!declaration || !value) return;
    const actual = kindOf(value);
    if (!actual) return;
    const type = declaration.type;
    const text = value.$cstNode?.text ?? '';
    const subject = `${declaration.name} is declared ${type} in ${declaration.$container.name}`;
    const data = { attribute: declaration.name, expected: type, actual: actual.kind };
    if (!(ACCEPTS[type] ?? []).includes(actual.kind)) {
        report({ node: value, message: `${subject}, but ${text} is ${actual.words}`, data });
        return;
    }
    if (value.$type !== 'StringLiteral') return;
    const problem = type === 'url' ? urlProblem(value.value) : type === 'email' ? emailProblem(value.value) : undefined;
    if (problem) {
        const what = type === 'url' ? 'an absolute URL' : 'an e-mail address';
        report({ node: value, message: `${subject}, but ${text} is not ${what}: it ${problem}`, data: { ...data, problem } });
    }
}

export const ciAttributeTypeMismatch = defineRule({
    code: 'ci-attribute-type-mismatch',
    severity: 'error',
    category: 'cmdb',
    description: 'A configuration item sets an attribute to a value that does not fit the type its class declares.',
    checks: {
        AttributeValue: (value, { report }) => check(value, report),
    },
});
