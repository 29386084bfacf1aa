/**
 * Table API records for groups (sys_user_group), vendors (core_company),
 * CSDM services (cmdb_ci_service_business / cmdb_ci_service_technical),
 * offerings (service_offering) and the service relationships (cmdb_rel_ci).
 * Every record is written in display values: load it with
 * `sysparm_input_display_value=true` so that references resolve by name.
 */
import type { ServiceModel } from '../../canonical-model.js';
import { byKey, record, serviceLifecycle, TIER_CRITICALITY, type SnRecord } from './common.js';
import type { SnContext } from './context.js';

export function groupRecords(context: SnContext): SnRecord[] {
    const { model } = context;
    const teams = model.teams.map(team => record([
        ['name', context.group(team.name)],
        ['description', [team.description, team.phone ? `Phone: ${team.phone}` : undefined,
            team.hours ? `Hours: ${context.schedule(team.hours)}` : undefined].filter(Boolean).join('\n')],
        ['email', team.email],
        ['manager', team.lead],
        ['active', 'true'],
    ]));
    const authorities = model.changeAuthorities.map(authority => record([
        ['name', context.group(authority.name)],
        ['description', [
            authority.title,
            authority.description,
            authority.emergency ? 'Emergency change authority.' : undefined,
            authority.members.length > 0 ? `Members: ${authority.members.map(m => context.group(m)).join(', ')}` : undefined,
        ].filter(Boolean).join('\n')],
        ['active', 'true'],
    ]));
    return [...teams, ...authorities].sort(byKey(r => r.name));
}

/** The vendors of underpinning contracts, so that contract_sla.vendor resolves. */
export function companyRecords(context: SnContext): SnRecord[] {
    const vendors = [...new Set(context.model.agreements.map(a => a.vendor).filter((v): v is string => !!v))].sort();
    return vendors.map(name => record([['name', name], ['vendor', 'true']]));
}

export function serviceTable(service: ServiceModel): 'cmdb_ci_service_business' | 'cmdb_ci_service_technical' {
    return service.kind === 'technical' ? 'cmdb_ci_service_technical' : 'cmdb_ci_service_business';
}

function classification(service: ServiceModel): string {
    return service.kind === 'technical' ? 'Technical Service' : 'Business Service';
}

/** Owner, support and life cycle: the same columns on services and their offerings. */
function accountability(service: ServiceModel, context: SnContext): Array<[string, string | undefined]> {
    const lifecycle = serviceLifecycle(service.status);
    return [
        ['owned_by', service.owner ? context.team(service.owner)?.lead : undefined],
        ['managed_by_group', service.owner ? context.group(service.owner) : undefined],
        ['support_group', service.support ? context.group(service.support) : undefined],
        ['life_cycle_stage', lifecycle.stage],
        ['life_cycle_stage_status', lifecycle.stageStatus],
        ['operational_status', lifecycle.operationalLabel],
    ];
}

export function serviceRecords(context: SnContext, table: ReturnType<typeof serviceTable>): SnRecord[] {
    return context.model.services.filter(s => serviceTable(s) === table).map(service => record([
        ['name', context.ci(service.name)],
        ['correlation_id', service.name],
        ['service_classification', classification(service)],
        ['short_description', service.description],
        ['busines_criticality', service.tier !== undefined ? TIER_CRITICALITY[service.tier] : undefined],
        ...accountability(service, context),
    ]));
}

export function offeringRecords(context: SnContext): SnRecord[] {
    return context.model.services.flatMap(service => service.offerings.map(offering => record([
        ['name', context.ci(offering.name)],
        ['correlation_id', offering.name],
        ['parent', context.ci(service.name)],
        ['service_classification', classification(service)],
        ['short_description', offering.description],
        ['comments', offering.audience ? `Audience: ${offering.audience}` : undefined],
        ...accountability(service, context),
    ]))).sort(byKey(r => r.name));
}

/**
 * Service relationships as cmdb_rel_ci records: a service `Depends on::Used by`
 * each service it depends on and each CI or service that realizes it.
 */
export function serviceRelationRecords(context: SnContext): SnRecord[] {
    const known = new Set([...context.model.cis.map(c => c.name), ...context.model.services.map(s => s.name)]);
    const rows = context.model.services.flatMap(service => {
        const children = [...service.dependencies.flatMap(d => d.services), ...service.realizedBy]
            .filter(child => known.has(child) && child !== service.name);
        return [...new Set(children)].map(child => ({
            parent: context.ci(service.name), child: context.ci(child), type: 'Depends on::Used by',
        }));
    });
    return rows.sort(byKey(r => `${r.parent}\u0000${r.child}`));
}
