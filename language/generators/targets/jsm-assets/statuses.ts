/**
 * Lifecycles as Assets statuses (`status` attributes limited by
 * `typeValues`, statuses declared once in `schema.statusSchema`). Assets
 * groups statuses into the categories active, inactive and pending.
 */
export type StatusCategory = 'active' | 'inactive' | 'pending';

export interface StatusDefinition {
    name: string;
    description: string;
    category: StatusCategory;
}

export const SERVICE_STATUSES: Record<string, StatusDefinition> = {
    pipeline: { name: 'Pipeline', category: 'pending', description: 'Service being planned or built, not yet offered' },
    live: { name: 'Live', category: 'active', description: 'Service in operation and offered to its customers' },
    retired: { name: 'Retired', category: 'inactive', description: 'Service withdrawn, kept for the record' },
};

export const CI_STATUSES: Record<string, StatusDefinition> = {
    planned: { name: 'Planned', category: 'pending', description: 'Configuration item ordered or being built' },
    operational: { name: 'Operational', category: 'active', description: 'Configuration item in use' },
    maintenance: { name: 'Maintenance', category: 'pending', description: 'Configuration item temporarily out of service for maintenance' },
    decommissioned: { name: 'Decommissioned', category: 'inactive', description: 'Configuration item taken out of service' },
};

/** The Assets status name of a lifecycle value (unknown values keep their text, capitalised). */
export function statusName(table: Record<string, StatusDefinition>, value: string): string {
    return table[value]?.name ?? value.charAt(0).toUpperCase() + value.slice(1);
}

export function allStatuses(): StatusDefinition[] {
    return [...Object.values(SERVICE_STATUSES), ...Object.values(CI_STATUSES)]
        .map(s => ({ name: s.name, description: s.description, category: s.category }));
}
