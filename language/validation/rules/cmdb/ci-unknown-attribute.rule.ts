import { isConfigurationItem, type AttributeValue, type CiClass } from '../../../generated/ast.js';
import { attributesOf } from '../../../references/scope-provider.js';
import { defineRule } from '../../rule.js';

/**
 * Reported by the document validator (`validation/document-validator.ts`): an
 * attribute name the CI's class does not declare is a linking error of
 * `AttributeValue.attribute`, given this code and the message below.
 */
export const ciUnknownAttribute = defineRule({
    code: 'ci-unknown-attribute',
    severity: 'error',
    category: 'cmdb',
    description: 'A configuration item sets an attribute that its class and its superclasses do not declare.',
});

export interface UnknownAttribute {
    message: string;
    data: { attribute: string; ciClass: string; declared: string[] };
}

/**
 * The finding for an attribute value whose name did not resolve, or undefined
 * when the CI's class is itself unknown (that reference is reported; the
 * attributes cannot be checked against a class that does not exist).
 * "Server declares no attribute 'colour'; it declares os, ip, cores"
 */
export function unknownAttribute(value: AttributeValue, suggestion?: string): UnknownAttribute | undefined {
    const ci = value.$container;
    const ciClass = isConfigurationItem(ci) ? ci.ciClass?.ref : undefined;
    if (!ciClass) return undefined;
    const name = value.attribute.$refText;
    const declared = attributesOf(ciClass);
    const own = declared.filter(d => d.$container === ciClass).map(d => d.name);
    const inherited = new Map<CiClass, string[]>();
    for (const d of declared) {
        if (d.$container !== ciClass) inherited.set(d.$container, [...inherited.get(d.$container) ?? [], d.name]);
    }
    const parts = own.length > 0 ? [`declares ${own.join(', ')}`] : [];
    for (const [superClass, names] of inherited) parts.push(`inherits ${names.join(', ')} from ${superClass.name}`);
    const rest = parts.length > 0 ? `it ${parts.join(' and ')}` : 'it declares no attributes';
    const hint = suggestion ? `. Did you mean '${suggestion}'?` : '';
    return {
        message: `${ciClass.name} declares no attribute '${name}'; ${rest}${hint}`,
        data: { attribute: name, ciClass: ciClass.name, declared: declared.map(d => d.name) },
    };
}
