/**
 * CIs and their relationships as Identification and Reconciliation (IRE)
 * payloads, one per batch: `{"items": [...], "relations": [...]}` for
 * `POST /api/now/identifyreconcile`. A batch holds whole connected groups of
 * CIs (a relation can only name items of its own payload).
 */
import type { CiClassModel, CiModel, RelationshipModel, RelationshipType } from '../../canonical-model.js';
import {
    attributeText, byKey, CI_STATUS, DATA_SOURCE, ENVIRONMENT_USED_FOR, record, simpleName, snakeCase, type SnRecord,
} from './common.js';
import type { SnContext } from './context.js';

/** At most this many items in one payload, unless one connected group of CIs is bigger. */
export const IRE_BATCH_SIZE = 100;

export interface IreItem {
    className: string;
    internal_id: string;
    sys_object_source_info: { source_name: string; source_native_key: string };
    values: SnRecord;
    display_values?: SnRecord;
}

export interface IreRelation { parent_id: string; child_id: string; type: string }

export interface IrePayload { items: IreItem[]; relations: IreRelation[] }

/** Each relationship type: the cmdb_rel_type name, and whether the CI that declares it is the parent. */
export const RELATION_TYPES: Record<RelationshipType, { type: string; sourceIsParent: boolean }> = {
    'runs-on': { type: 'Runs on::Runs', sourceIsParent: true },
    'hosted-on': { type: 'Hosted on::Hosts', sourceIsParent: true },
    'depends-on': { type: 'Depends on::Used by', sourceIsParent: true },
    'connects-to': { type: 'Connects to::Connected by', sourceIsParent: true },
    'member-of': { type: 'Members::Member of', sourceIsParent: false },
};

/** Attribute names (in snake case) that have a column in the base CMDB classes. Others become `u_` columns. */
export const ATTRIBUTE_FIELDS: Record<string, string> = {
    ip: 'ip_address', ipv4: 'ip_address', ip_address: 'ip_address', address: 'ip_address',
    os: 'os', operating_system: 'os', os_version: 'os_version',
    cores: 'cpu_core_count', cpu_cores: 'cpu_core_count', cpus: 'cpu_count', cpu_count: 'cpu_count',
    ram: 'ram', memory: 'ram', fqdn: 'fqdn', hostname: 'host_name', host_name: 'host_name',
    serial: 'serial_number', serial_number: 'serial_number', mac: 'mac_address', mac_address: 'mac_address',
    version: 'version', model_number: 'model_number', asset_tag: 'asset_tag',
};

export function attributeField(attribute: string): string {
    const snake = snakeCase(attribute);
    return ATTRIBUTE_FIELDS[snake] ?? `u_${snake}`;
}

/** The CMDB class for a CI: from its class name (or an ancestor's) and, for servers, the operating system text. */
export function ciClassName(ci: CiModel, classes: Map<string, CiClassModel>): string {
    const chain: string[] = [];
    for (let name: string | undefined = ci.class; name && !chain.includes(name); name = classes.get(name)?.extends) chain.push(name);
    const names = chain.map(simpleName);
    if (names.some(n => /server/i.test(n))) return serverClass(String(ci.attributes.os ?? ci.attributes.operatingSystem ?? ''));
    if (names.some(n => /^apps?$/i.test(n) || /application/i.test(n))) return 'cmdb_ci_appl';
    if (names.some(n => /database/i.test(n))) return 'cmdb_ci_database';
    return 'cmdb_ci';
}

export function serverClass(os: string): string {
    if (/windows/i.test(os)) return 'cmdb_ci_win_server';
    if (/\besxi?\b|vmware/i.test(os)) return 'cmdb_ci_esx_server';
    if (/linux|debian|ubuntu|red ?hat|rhel|centos|suse|sles|fedora|alma|rocky/i.test(os)) return 'cmdb_ci_linux_server';
    return 'cmdb_ci_server';
}

/** Like `record`, with the columns in name order (payload values are a set of columns, not a form). */
function sortedRecord(entries: Array<[string, string | undefined]>): SnRecord {
    return record([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function ireItem(ci: CiModel, context: SnContext, classes: Map<string, CiClassModel>): IreItem {
    const status = CI_STATUS[ci.status] ?? CI_STATUS.operational;
    const attributes = Object.entries(ci.attributes).map(([name, value]): [string, string] => [attributeField(name), attributeText(value)]);
    const values = sortedRecord([
        ['name', context.ci(ci.name)],
        ['correlation_id', ci.name],
        ['category', ci.class.length <= 40 ? ci.class : simpleName(ci.class)],
        ['short_description', ci.description],
        ['used_for', ci.environment ? ENVIRONMENT_USED_FOR[ci.environment] ?? ci.environment : undefined],
        ['install_status', status.installStatus],
        ['operational_status', status.operationalStatus],
        ...attributes,
    ]);
    const owner = ci.owner ? context.team(ci.owner) : undefined;
    const displayValues = sortedRecord([
        ['managed_by_group', ci.owner ? context.group(ci.owner) : undefined],
        ['support_group', ci.owner ? context.group(ci.owner) : undefined],
        ['owned_by', owner?.lead],
    ]);
    return {
        className: ciClassName(ci, classes),
        internal_id: ci.name,
        sys_object_source_info: { source_name: DATA_SOURCE, source_native_key: ci.name },
        values,
        ...(Object.keys(displayValues).length > 0 ? { display_values: displayValues } : {}),
    };
}

export function ireRelation(relationship: RelationshipModel): IreRelation {
    const { type, sourceIsParent } = RELATION_TYPES[relationship.type];
    return sourceIsParent
        ? { parent_id: relationship.source, child_id: relationship.target, type }
        : { parent_id: relationship.target, child_id: relationship.source, type };
}

/** Splits the CIs into payloads: connected groups stay together, groups are packed in name order. */
export function irePayloads(context: SnContext): IrePayload[] {
    const { model } = context;
    const classes = new Map(model.ciClasses.map(c => [c.name, c]));
    const known = new Set(model.cis.map(c => c.name));
    const relationships = model.relationships.filter(r => known.has(r.source) && known.has(r.target));
    const root = new Map<string, string>(model.cis.map(c => [c.name, c.name]));
    const find = (name: string): string => {
        let current = name;
        while (root.get(current) !== current) current = root.get(current)!;
        return current;
    };
    for (const r of relationships) {
        const [a, b] = [find(r.source), find(r.target)].sort();
        if (a !== b) root.set(b, a);
    }
    const groups = new Map<string, string[]>();
    for (const ci of [...model.cis].sort(byKey(c => c.name))) {
        const key = find(ci.name);
        groups.set(key, [...(groups.get(key) ?? []), ci.name]);
    }
    const batches: string[][] = [];
    for (const group of [...groups.values()].sort(byKey(g => g[0]))) {
        const last = batches[batches.length - 1];
        if (last && last.length + group.length <= IRE_BATCH_SIZE) last.push(...group);
        else batches.push([...group]);
    }
    const byName = new Map(model.cis.map(c => [c.name, c]));
    return batches.map(batch => {
        const members = new Set(batch);
        return {
            items: [...batch].sort().map(name => ireItem(byName.get(name)!, context, classes)),
            relations: relationships.filter(r => members.has(r.source)).map(ireRelation),
        };
    });
}

/** Custom (`u_`) columns the payloads write, by class: they must exist before the load. */
export function customColumns(payloads: IrePayload[]): Record<string, string[]> {
    const result: Record<string, Set<string>> = {};
    for (const item of payloads.flatMap(p => p.items)) {
        for (const field of Object.keys(item.values).filter(f => f.startsWith('u_'))) {
            (result[item.className] ??= new Set()).add(field);
        }
    }
    return Object.fromEntries(Object.entries(result).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, [...v].sort()]));
}
