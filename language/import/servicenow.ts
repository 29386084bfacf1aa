/**
 * A ServiceNow Table API export (`{"result": [...]}`, one or more files) →
 * the catalogue (docs/import.md): sys_user_group → team, cmdb_ci_service
 * (and its business/technical subclasses) → service, service_offering →
 * offering of its parent, every other cmdb_ci* → CI (class from the table),
 * cmdb_rel_ci → relationships, `depends on` and `realized by`. References
 * are sys_ids — plain strings or `{link, value[, display_value]}` objects —
 * resolved to names; one that points nowhere is kept (its display value, or
 * `sys_<id>`) so that `itsm validate` reports it.
 */
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { NameAllocator, toIdentifier } from './identifiers.js';
import {
    addNote, attributeOf, ImportInputError, type ImportedCatalogue, type ImportedCi, type ImportedCiClass, type ImportedService,
    type ImportedTeam, type ImportSource, type RelationshipKeyword,
} from './imported-catalogue.js';

interface SnRecord { table: string; sysId: string; fields: Record<string, unknown>; where: string }

const SERVICE_TABLES = /^cmdb_ci_service(_business|_technical|_discovered|_auto|_manual)?$/;
const ENVIRONMENTS: Record<string, string> = { production: 'production', staging: 'staging', test: 'test', development: 'development', 'disaster recovery': 'dr', dr: 'dr' };
const CI_STATUS: Record<string, string> = {
    '1': 'operational', installed: 'operational', '3': 'maintenance', 'in maintenance': 'maintenance', '2': 'planned', 'on order': 'planned',
    '4': 'planned', 'pending install': 'planned', '7': 'decommissioned', retired: 'decommissioned', '8': 'decommissioned', stolen: 'decommissioned',
};
const SERVICE_STATUS: Record<string, ImportedService['status']> = {
    '1': 'live', operational: 'live', '2': 'pipeline', 'non-operational': 'pipeline', '6': 'retired', retired: 'retired',
};
/** CI columns carried as attributes: column → attribute name. */
const CI_ATTRIBUTES: Record<string, string> = {
    ip_address: 'ip', os: 'os', os_version: 'osVersion', cpu_count: 'cores', ram: 'ramMb', fqdn: 'fqdn', serial_number: 'serialNumber', version: 'version',
};
const RELATIONSHIPS: Record<string, RelationshipKeyword> = {
    'runs on::runs': 'runs on', 'hosted on::hosts': 'hosted on', 'depends on::used by': 'depends on', 'connects to::connected by': 'connects to',
};

export function importServiceNow(sources: ImportSource[]): ImportedCatalogue {
    const records = sources.flatMap(readRecords);
    const catalogue: ImportedCatalogue = { definitions: [], notes: new Map() };
    const names = new NameAllocator();
    const relationTypes = new Map(records.filter(r => r.table === 'cmdb_rel_type').map(r => [r.sysId, value(r.fields.name)]));
    const defined = records.filter(r => r.table === 'sys_user_group' || SERVICE_TABLES.test(r.table) || isCi(r.table))
        .sort((a, b) => compare(a.table, b.table) || compare(nameOf(a), nameOf(b)) || compare(a.sysId, b.sysId));
    for (const record of defined) names.allocate(record.sysId || record.where, undefined, nameOf(record));
    /** A reference as a name: the record's, or (pointing nowhere) its display value or `sys_<id>`, which will not resolve. */
    const ref = (raw: unknown): string | undefined => {
        const id = value(raw);
        if (!id) return undefined;
        return names.get(id) ?? toIdentifier(display(raw) ?? `sys_${id}`);
    };
    const teams = new Map<string, ImportedTeam>();
    const services = new Map<string, ImportedService>();
    const cis = new Map<string, ImportedCi>();
    const classes = new Map<string, ImportedCiClass>();
    for (const record of defined) {
        const f = (column: string) => value(record.fields[column]);
        const name = names.get(record.sysId || record.where)!;
        const description = f('description') ?? f('short_description');
        if (record.table === 'sys_user_group') {
            teams.set(record.sysId, { kind: 'team', name, notes: [], description, email: f('email'), lead: display(record.fields.manager) });
        } else if (SERVICE_TABLES.test(record.table)) {
            const classification = (f('service_classification') ?? record.table).toLowerCase();
            const tier = Number.parseInt(f('busines_criticality') ?? '', 10);
            services.set(record.sysId, {
                kind: 'service', name, notes: [], description,
                serviceKind: classification.includes('business') ? 'business' : classification.includes('technical') ? 'technical' : undefined,
                status: SERVICE_STATUS[(display(record.fields.operational_status) ?? f('operational_status') ?? '').toLowerCase()],
                tier: tier >= 1 && tier <= 4 ? tier : undefined,
                owner: ref(record.fields.managed_by_group), support: ref(record.fields.support_group),
                dependsOn: [], realizedBy: [], offerings: [],
            });
        } else {
            const className = toIdentifier(pascal(record.table.replace(/^cmdb_ci_?/, '')) || 'ConfigurationItem');
            const ci: ImportedCi = {
                kind: 'ci', name, notes: [], description, className,
                environment: ENVIRONMENTS[(f('used_for') ?? f('environment') ?? '').toLowerCase()],
                status: CI_STATUS[(f('install_status') ?? '').toLowerCase()],
                owner: ref(record.fields.managed_by_group) ?? ref(record.fields.support_group),
                attributes: [], relationships: [],
            };
            for (const [column, attribute] of Object.entries(CI_ATTRIBUTES)) {
                const typed = attributeOf(f(column));
                if (typed) ci.attributes.push({ name: attribute, ...typed });
            }
            const ciClass = classes.get(className) ?? { kind: 'ci class', name: className, notes: [], attributes: [] };
            for (const attribute of ci.attributes) if (!ciClass.attributes.some(a => a.name === attribute.name)) ciClass.attributes.push({ name: attribute.name, type: attribute.type });
            classes.set(className, ciClass);
            cis.set(record.sysId, ci);
        }
    }
    // A value of an attribute whose type differs between CIs of a class is written as a string.
    const declaredOf = (ci: ImportedCi, name: string) => classes.get(ci.className)!.attributes.find(a => a.name === name)!;
    for (const ci of cis.values()) for (const attribute of ci.attributes) if (declaredOf(ci, attribute.name).type !== attribute.type) declaredOf(ci, attribute.name).type = 'string';
    for (const ci of cis.values()) {
        for (const attribute of ci.attributes) {
            if (declaredOf(ci, attribute.name).type === 'string' && attribute.type !== 'string') Object.assign(attribute, { type: 'string', value: JSON.stringify(attribute.value) });
        }
    }
    for (const record of records.filter(r => r.table === 'service_offering')) {
        const parent = services.get(value(record.fields.parent) ?? '');
        const offeringName = toIdentifier(value(record.fields.name) ?? `sys_${record.sysId}`);
        if (parent) parent.offerings.push({ name: `${parent.name}.${offeringName}`, description: value(record.fields.description) ?? value(record.fields.short_description) });
        else addNote(catalogue, '', `${record.where}: service_offering ${offeringName}: its parent service ${display(record.fields.parent) ?? value(record.fields.parent) ?? '(none)'} is not in the export`);
    }
    for (const record of records.filter(r => r.table === 'cmdb_rel_ci')) {
        const parentId = value(record.fields.parent) ?? '';
        const child = ref(record.fields.child);
        const typeName = (display(record.fields.type) ?? relationTypes.get(value(record.fields.type) ?? '') ?? value(record.fields.type) ?? '').toLowerCase();
        const service = services.get(parentId);
        const ci = cis.get(parentId);
        const childId = value(record.fields.child) ?? '';
        if (!child || (!service && !ci)) {
            addNote(catalogue, '', `${record.where}: cmdb_rel_ci ${typeName || '(no type)'}: its parent ${display(record.fields.parent) ?? (parentId || '(none)')} is not a service or CI of the export`);
        } else if (service) {
            if (services.has(childId) || (!cis.has(childId) && typeName.startsWith('depends on'))) service.dependsOn.push({ mode: 'all', services: [child] });
            else service.realizedBy.push(child);
        } else if (typeName === 'members::member of') {
            const member = cis.get(childId);
            if (member) member.relationships.push({ type: 'member of', targets: [names.get(parentId)!] });
            else addNote(catalogue, '', `${record.where}: cmdb_rel_ci Members::Member of: the member ${display(record.fields.child) ?? childId} is not in the export`);
        } else if (RELATIONSHIPS[typeName]) {
            const type = RELATIONSHIPS[typeName];
            const existing = ci!.relationships.find(r => r.type === type);
            if (existing) existing.targets.push(child);
            else ci!.relationships.push({ type, targets: [child] });
        } else {
            ci!.notes.push(`cmdb_rel_ci ${typeName || '(no type)'} to ${child}: the language has no such relationship`);
        }
    }
    const known = new Set(['sys_user_group', 'service_offering', 'cmdb_rel_ci', 'cmdb_rel_type']);
    for (const record of records.filter(r => !known.has(r.table) && !SERVICE_TABLES.test(r.table) && !isCi(r.table))) {
        addNote(catalogue, '', `${record.where}: ${record.table ? `a record of table ${record.table}` : 'a record of an unknown table'} (${value(record.fields.name) ?? record.sysId}) has no place in the catalogue`);
    }
    catalogue.definitions.push(...teams.values(), ...services.values(), ...cis.values(), ...classes.values());
    return catalogue;
}

function isCi(table: string): boolean {
    return /^cmdb_ci(_\w+)?$/.test(table) && !SERVICE_TABLES.test(table);
}

function readRecords(source: ImportSource): SnRecord[] {
    const errors: ParseError[] = [];
    const root = parse(source.text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false }) as unknown;
    if (errors.length > 0) {
        const { line, column } = position(source.text, errors[0].offset);
        throw new ImportInputError(source.name, line, column, `malformed JSON: ${printParseErrorCode(errors[0].error)}`);
    }
    const list = Array.isArray(root) ? root : (root as { result?: unknown } | null)?.result;
    if (!Array.isArray(list)) throw new ImportInputError(source.name, 1, 1, 'not a Table API export: expected {"result": [ … ]}');
    const fileTable = /(sys_user_group|service_offering|cmdb_rel_ci|cmdb_rel_type|cmdb_ci\w*?)(\.json)?$/.exec(source.name.replace(/^.*\//, '').replace(/\.json$/, ''))?.[1];
    return list.map((item, index): SnRecord => {
        const fields = item !== null && typeof item === 'object' && !Array.isArray(item) ? item as Record<string, unknown> : {};
        const table = value(fields.sys_class_name) ?? fileTable ?? ('parent' in fields && 'child' in fields ? 'cmdb_rel_ci' : '');
        return { table, sysId: value(fields.sys_id) ?? '', fields, where: `${source.name}: result[${index}]` };
    });
}

/** A column's stored value: a string, a number, or `{value, link, display_value}`. */
function value(raw: unknown): string | undefined {
    if (typeof raw === 'string') return raw.trim() || undefined;
    if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
    if (raw && typeof raw === 'object' && 'value' in raw) return value((raw as { value: unknown }).value);
    return undefined;
}

function display(raw: unknown): string | undefined {
    if (raw && typeof raw === 'object' && 'display_value' in raw) return value((raw as { display_value: unknown }).display_value);
    return undefined;
}

function nameOf(record: SnRecord): string {
    return value(record.fields.name) ?? `sys_${record.sysId || 'unnamed'}`;
}

function pascal(text: string): string {
    return text.split(/[^A-Za-z0-9]+/).filter(Boolean).map(w => w[0].toUpperCase() + w.slice(1)).join('');
}

function position(text: string, offset: number): { line: number; column: number } {
    let line = 1;
    let start = 0;
    for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) { line++; start = i + 1; }
    return { line, column: offset - start + 1 };
}

function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
