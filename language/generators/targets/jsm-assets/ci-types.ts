/**
 * The CMDB part of the `jsm-assets` target: one object type per CI class,
 * shown under a `Configuration Item` grouping type (a class that extends
 * another is shown under it). The import schema cannot switch on attribute
 * inheritance, so every class type carries the common CI attributes and all
 * of its attributes, inherited ones included. Relationships are multi-valued
 * reference attributes, one per relationship type and target class.
 */
import type { CanonicalModel, CiClassModel, CiModel, RelationshipType } from '../../canonical-model.js';
import { CI_STATUSES, statusName } from './statuses.js';
import {
    byText, dataKey, identity, reference, referencesByType, shortName,
    type AssetsAttributeType, type AttributeSpec, type DataValue, type ObjectTypeSpec,
} from './spec.js';

export const CI_ROOT_KEY = 'configuration-item';
export const TEAM_KEY = 'team';

/** Names of the object types that are not CI classes (a class with one of these names keeps its qualified name). */
export const FIXED_TYPE_NAMES = [
    'Configuration Item', 'Team', 'Change Authority', 'Service', 'Offering', 'Agreement', 'Agreement Target',
    'Change Workflow', 'Workflow State',
];

const ATTRIBUTE_TYPES: Record<string, AssetsAttributeType> = {
    string: 'text', integer: 'integer', decimal: 'double', boolean: 'boolean', date: 'date',
    ipv4: 'ipaddress', ipv6: 'ipaddress', url: 'url', email: 'email',
};

export const RELATIONSHIPS: Array<{ type: RelationshipType; name: string; locator: string; description: string }> = [
    { type: 'runs-on', name: 'Runs On', locator: 'runsOn', description: 'Configuration items this one runs on' },
    { type: 'hosted-on', name: 'Hosted On', locator: 'hostedOn', description: 'Configuration items this one is hosted on' },
    { type: 'depends-on', name: 'Depends On', locator: 'dependsOn', description: 'Configuration items this one depends on' },
    { type: 'connects-to', name: 'Connects To', locator: 'connectsTo', description: 'Configuration items this one connects to' },
    { type: 'member-of', name: 'Member Of', locator: 'memberOf', description: 'Configuration items this one is a member of' },
];

/** The Assets type of a CI class attribute type. */
export function assetsTypeOf(attributeType: string): AssetsAttributeType {
    return ATTRIBUTE_TYPES[attributeType] ?? 'text';
}

export interface CiTypes {
    root: ObjectTypeSpec;
    classes: Array<ObjectTypeSpec<CiModel>>;
    /** The object type a CI (by qualified name) is imported into. */
    typeOfCi(name: string): ObjectTypeSpec | undefined;
}

export function ciTypes(model: CanonicalModel): CiTypes {
    const classes = new Map<string, CiClassModel>(model.ciClasses.map(c => [c.name, c]));
    for (const ci of model.cis) {
        const name = ci.class || 'Unclassified';
        if (!classes.has(name)) classes.set(name, { name, attributes: [], source: { file: '', line: 0 } });
    }
    const classList = [...classes.values()].sort(byText(c => c.name));
    const typeNames = classTypeNames(classList);
    const classOfCi = (ci: CiModel) => ci.class || 'Unclassified';
    const ciByName = new Map(model.cis.map(ci => [ci.name, ci]));

    const types: Array<ObjectTypeSpec<CiModel>> = classList.map(ciClass => ({
        key: `ci/${ciClass.name}`,
        name: typeNames.get(ciClass.name)!,
        description: ciClass.description ?? `Configuration items of class ${ciClass.name}`,
        parent: parentOf(ciClass, classes),
        selector: `ci_${dataKey(ciClass.name)}`,
        attributes: [],
        items: model.cis.filter(ci => classOfCi(ci) === ciClass.name),
    }));
    const typeByClass = new Map(types.map(type => [type.key, type]));
    const typeOfCi = (name: string) => {
        const ci = ciByName.get(name);
        return ci ? typeByClass.get(`ci/${classOfCi(ci)}`) : undefined;
    };

    for (const type of types) {
        const ciClass = classes.get(type.key.slice('ci/'.length))!;
        type.attributes = [
            ...commonAttributes(),
            ...classAttributes(ciClass),
            ...RELATIONSHIPS.flatMap(relationship => referencesByType<CiModel>({
                id: relationship.type, name: relationship.name, locator: relationship.locator,
                description: relationship.description,
                items: type.items,
                targets: ci => model.relationships
                    .filter(r => r.source === ci.name && r.type === relationship.type).map(r => r.target),
                typeOf: typeOfCi,
            })),
        ];
    }

    const root: ObjectTypeSpec = {
        key: CI_ROOT_KEY,
        name: 'Configuration Item',
        description: 'Groups the CI class object types; holds no objects of its own',
        attributes: identity<CiModel>('configuration item', ci => ci.name),
        items: [],
    };
    return { root, classes: types, typeOfCi };
}

/** The class's super class type, or the grouping type (also when `extends` is unresolved or circular). */
function parentOf(ciClass: CiClassModel, classes: Map<string, CiClassModel>): string {
    const seen = new Set([ciClass.name]);
    for (let up = ciClass.extends; up && classes.has(up); up = classes.get(up)!.extends) {
        if (seen.has(up)) return CI_ROOT_KEY;
        seen.add(up);
    }
    return ciClass.extends && classes.has(ciClass.extends) ? `ci/${ciClass.extends}` : CI_ROOT_KEY;
}

function commonAttributes(): Array<AttributeSpec<CiModel>> {
    return [
        ...identity<CiModel>('configuration item', ci => ci.name),
        {
            id: 'environment', name: 'Environment', locator: 'environment', type: 'text',
            description: 'Environment: production, staging, test, development or dr', value: ci => ci.environment,
        },
        {
            id: 'status', name: 'Status', locator: 'status', type: 'status',
            statuses: Object.values(CI_STATUSES).map(s => s.name),
            description: 'Lifecycle status of the configuration item', value: ci => statusName(CI_STATUSES, ci.status),
        },
        reference<CiModel>({
            id: 'owner', name: 'Owner', locator: 'owner', ref: TEAM_KEY,
            description: 'Team that owns the configuration item', value: ci => ci.owner,
        }),
        {
            id: 'description', name: 'Description', locator: 'description', type: 'textarea',
            description: 'Description of the configuration item', value: ci => ci.description,
        },
    ];
}

const COMMON_NAMES = new Set(['name', 'qualified name', 'environment', 'status', 'owner', 'description',
    ...RELATIONSHIPS.map(r => r.name.toLowerCase())]);

function classAttributes(ciClass: CiClassModel): Array<AttributeSpec<CiModel>> {
    return ciClass.attributes.map(attribute => {
        const taken = COMMON_NAMES.has(attribute.name.toLowerCase()) || [...COMMON_NAMES].some(n => attribute.name.toLowerCase().startsWith(`${n} (`));
        return {
            id: `attribute/${attribute.name}`,
            name: taken ? `${attribute.name} (attribute)` : attribute.name,
            locator: `attr_${dataKey(attribute.name)}`,
            type: assetsTypeOf(attribute.type),
            required: attribute.required || undefined,
            description: `CI class attribute ${attribute.name}: ${attribute.type}${attribute.required ? ', required' : ''}`
                + (attribute.inheritedFrom ? ` (inherited from ${attribute.inheritedFrom})` : ''),
            value: (ci: CiModel): DataValue | undefined => ci.attributes[attribute.name],
        };
    });
}

/** Short names where they are unique (ignoring case) and not a fixed type's name; qualified names otherwise. */
function classTypeNames(classList: CiClassModel[]): Map<string, string> {
    const counts = new Map<string, number>();
    for (const ciClass of classList) {
        const key = shortName(ciClass.name).toLowerCase();
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const fixed = new Set(FIXED_TYPE_NAMES.map(n => n.toLowerCase()));
    return new Map(classList.map(ciClass => {
        const short = shortName(ciClass.name);
        const clash = counts.get(short.toLowerCase())! > 1 || fixed.has(short.toLowerCase());
        return [ciClass.name, clash ? ciClass.name : short];
    }));
}
