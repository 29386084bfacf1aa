/**
 * Shared helpers of the `servicenow` target: record names, value formats and
 * the choice values the mapping relies on. Everything here is a pure
 * function of its input; see docs/targets/servicenow.md for where each value
 * was confirmed.
 */

/** A Table API record as written: every value a string, as the Table API itself returns them. */
export type SnRecord = Record<string, string>;

/** A record from `[column, value]` pairs, in the order given; empty and missing values are left out. */
export function record(entries: Array<[string, string | undefined]>): SnRecord {
    return Object.fromEntries(entries.filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
}

export function simpleName(qualified: string): string {
    const dot = qualified.lastIndexOf('.');
    return dot < 0 ? qualified : qualified.slice(dot + 1);
}

/**
 * Record names for a set of definitions that share one ServiceNow table (or
 * one reference target): the simple name, or the qualified name where two
 * definitions would otherwise get the same name (ServiceNow resolves
 * references by display value, so names must be unique).
 */
export function displayNames(qualifiedNames: Iterable<string>): Map<string, string> {
    const all = [...new Set(qualifiedNames)];
    const counts = new Map<string, number>();
    for (const name of all) counts.set(simpleName(name).toLowerCase(), (counts.get(simpleName(name).toLowerCase()) ?? 0) + 1);
    return new Map(all.map(name => [name, (counts.get(simpleName(name).toLowerCase()) ?? 0) > 1 ? name : simpleName(name)]));
}

/** Looks a name up, falling back to the simple name (for references that did not resolve). */
export function nameIn(names: Map<string, string>, qualified: string): string {
    return names.get(qualified) ?? simpleName(qualified);
}

export function byKey<T>(key: (item: T) => string): (a: T, b: T) => number {
    return (a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A glide_duration as a display value, `d HH:mm:ss` (GlideDuration.setDisplayValue format). */
export function durationDisplay(seconds: number): string {
    const days = Math.floor(seconds / 86_400);
    const rest = seconds % 86_400;
    return `${days} ${pad(Math.floor(rest / 3600))}:${pad(Math.floor((rest % 3600) / 60))}:${pad(rest % 60)}`;
}

/** A glide_duration as its stored value: the offset from 1970-01-01 00:00:00 as a date-time. */
export function durationValue(seconds: number): string {
    const date = new Date(seconds * 1000);
    return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

/** `YYYY-MM-DD` plus a number of days, as `YYYY-MM-DD` (UTC calendar arithmetic, no clock). */
export function addDays(isoDate: string, days: number): string {
    const [y, m, d] = isoDate.split('-').map(Number);
    const date = new Date(Date.UTC(y, m - 1, d + days));
    return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Lower snake case for a ServiceNow column name: `maxUsers` → `max_users`. */
export function snakeCase(text: string): string {
    return text.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '').toLowerCase() || 'value';
}

export function attributeText(value: string | number | boolean): string {
    return typeof value === 'string' ? value : String(value);
}

/**
 * Service and offering life cycle: the CSDM stage + stage status pair (display
 * values of the life_cycle_stage / life_cycle_stage_status references) and the
 * operational_status choice, label and value.
 */
export interface Lifecycle { stage: string; stageStatus: string; operationalLabel: string; operationalValue: string }

export const SERVICE_LIFECYCLE: Record<string, Lifecycle> = {
    pipeline: { stage: 'Design', stageStatus: 'Design', operationalLabel: 'Non-Operational', operationalValue: '2' },
    live: { stage: 'Operational', stageStatus: 'In Use', operationalLabel: 'Operational', operationalValue: '1' },
    retired: { stage: 'End of Life', stageStatus: 'Retired', operationalLabel: 'Retired', operationalValue: '6' },
};

export function serviceLifecycle(status: string): Lifecycle {
    return SERVICE_LIFECYCLE[status] ?? SERVICE_LIFECYCLE.pipeline;
}

/** CI status → cmdb_ci install_status and operational_status choice values (stored values, as IRE `values` take them). */
export const CI_STATUS: Record<string, { installStatus: string; operationalStatus: string }> = {
    planned: { installStatus: '4', operationalStatus: '2' },        // Pending Install / Non-Operational
    operational: { installStatus: '1', operationalStatus: '1' },    // Installed / Operational
    maintenance: { installStatus: '3', operationalStatus: '2' },    // In Maintenance / Non-Operational
    decommissioned: { installStatus: '7', operationalStatus: '6' }, // Retired / Retired
};

/** Environment → the `used_for` choice of cmdb_ci. */
export const ENVIRONMENT_USED_FOR: Record<string, string> = {
    production: 'Production', staging: 'Staging', test: 'Test', development: 'Development', dr: 'Disaster recovery',
};

/** Service tier (1 = most critical) → the `busines_criticality` choice (the column name is spelt so in ServiceNow). */
export const TIER_CRITICALITY: Record<number, string> = {
    1: '1 - most critical', 2: '2 - somewhat critical', 3: '3 - less critical', 4: '4 - not critical',
};

/** The discovery source written on IRE payloads (a choice of cmdb_ci.discovery_source). */
export const DATA_SOURCE = 'Other Automated';
