/**
 * The intermediate form of the `jsm-assets` target: object types whose
 * attributes carry both their Assets definition and the function that reads
 * their value from the canonical model, so the schema, the mapping and the
 * data file are built from one list and cannot disagree.
 */

/** Attribute types of the 2023_10_19 import schema (only those this target uses). */
export type AssetsAttributeType =
    | 'text' | 'textarea' | 'integer' | 'double' | 'boolean' | 'date' | 'url' | 'email' | 'ipaddress'
    | 'status' | 'referenced_object';

export type DataValue = string | number | boolean | null | string[];

export interface AttributeSpec<T> {
    /** Last segment(s) of the attribute's external id, unique within its object type. */
    id: string;
    /** The Assets attribute name (unique within the object type). */
    name: string;
    /** The field of each data record the mapping reads. */
    locator: string;
    type: AssetsAttributeType;
    description: string;
    label?: boolean;
    unique?: boolean;
    required?: boolean;
    /** Several values (maximumCardinality -1); the data field is an array. */
    many?: boolean;
    externalIdPart?: boolean;
    /** For `referenced_object`: the `key` of the object type referred to. */
    ref?: string;
    /** For `status`: the allowed status names. */
    statuses?: string[];
    /** The value for one item; `undefined` becomes `null`, or `[]` for `many`. (A method, so specs of any item type mix.) */
    value(item: T): DataValue | undefined;
}

export interface ObjectTypeSpec<T = unknown> {
    /** Last segment(s) of the object type's external id; also how references name it. */
    key: string;
    name: string;
    description: string;
    /** Key of the object type this one is shown under in the schema tree. */
    parent?: string;
    /** Where the records sit in the data file; absent for a grouping type with no objects. */
    selector?: string;
    attributes: Array<AttributeSpec<T>>;
    items: T[];
}

export const EXTERNAL_ID_PREFIX = 'itsm';

export function objectTypeExternalId(key: string): string {
    return `${EXTERNAL_ID_PREFIX}/object-type/${key}`;
}

export function attributeExternalId(typeKey: string, attributeId: string): string {
    return `${EXTERNAL_ID_PREFIX}/attribute/${typeKey}/${attributeId}`;
}

/** The last segment of a qualified name: `acme.it.Email` → `Email`. */
export function shortName(qualifiedName: string): string {
    const index = qualifiedName.lastIndexOf('.');
    return index < 0 ? qualifiedName : qualifiedName.slice(index + 1);
}

/** A data key made of letters, digits and `_` only (selectors and locators are paths: no dots). */
export function dataKey(text: string): string {
    return text.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'unnamed';
}

export function byText<T>(key: (item: T) => string): (a: T, b: T) => number {
    return (a, b) => {
        const x = key(a);
        const y = key(b);
        return x < y ? -1 : x > y ? 1 : 0;
    };
}

/** Every object type gets these two first: the short name as label, the qualified name as identity. */
export function identity<T>(
    what: string, qualifiedName: (item: T) => string, name: (item: T) => string = item => shortName(qualifiedName(item)),
): Array<AttributeSpec<T>> {
    return [
        {
            id: 'name', name: 'Name', locator: 'name', type: 'text', label: true, required: true,
            description: `Name of the ${what} as written in the catalogue`, value: name,
        },
        {
            id: 'qualified-name', name: 'Qualified Name', locator: 'qualifiedName', type: 'text',
            required: true, unique: true, externalIdPart: true,
            description: `Fully qualified name of the ${what}; identifies the object across imports and in references`,
            value: qualifiedName,
        },
    ];
}

export function reference<T>(
    spec: Omit<AttributeSpec<T>, 'type' | 'ref' | 'value'> & { ref: string; value: (item: T) => string | string[] | undefined },
): AttributeSpec<T> {
    return { ...spec, type: 'referenced_object' };
}

/**
 * References whose targets may be of several object types (a service is
 * realized by CIs of any class or by services; a CI runs on CIs of any
 * class): one attribute per target type that occurs, named `Label (Type)`,
 * because a `referenced_object` attribute names exactly one object type.
 */
export function referencesByType<T>(options: {
    id: string; name: string; locator: string; description: string;
    items: T[];
    targets: (item: T) => string[];
    typeOf: (target: string) => ObjectTypeSpec | undefined;
}): Array<AttributeSpec<T>> {
    const types = new Map<string, ObjectTypeSpec>();
    for (const item of options.items) {
        for (const target of options.targets(item)) {
            const type = options.typeOf(target);
            if (type) types.set(type.key, type);
        }
    }
    return [...types.values()].sort(byText(type => type.name)).map(type => reference<T>({
        id: `${options.id}/${type.key}`,
        name: `${options.name} (${type.name})`,
        locator: `${options.locator}_${dataKey(type.key)}`,
        description: `${options.description} (those that are ${article(type.name)} ${type.name})`,
        many: true,
        ref: type.key,
        value: item => options.targets(item).filter(target => options.typeOf(target)?.key === type.key),
    }));
}

function article(word: string): string {
    return /^[aeiou]/i.test(word) ? 'an' : 'a';
}
