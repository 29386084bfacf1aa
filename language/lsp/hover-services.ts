/**
 * Hovers of the service catalogue: a service's facts, dependencies (with
 * `any of` groups), dependants, the composite availability ceiling its
 * dependencies allow with its explanation, and whether its own and its SLAs'
 * promises stay within it; an offering's service, audience and SLAs.
 */
import { availabilityCeiling, describeCeiling, formatPercent, isValidAvailability } from '../analysis/availability.js';
import { cycleOf, dependencyGroups, serviceGraph } from '../analysis/service-graph.js';
import type { Offering, Service } from '../generated/ast.js';
import type { ItsmServices } from '../itsm-module.js';
import { slasCovering, slasNaming } from '../validation/rules/catalogue/service-agreements.js';
import { serviceRecoveryHover } from './hover-continuity.js';
import { facts, listOf, nameOf, names } from './hover-markdown.js';

/** Room for float noise when comparing percentages (as the availability rule does). */
const EPSILON = 1e-9;

export function serviceHover(service: Service, services: ItsmServices): string[] {
    const groups = dependencyGroups(service).map(group => group.kind === 'any'
        ? `any of (${group.services.map(s => s.name).join(', ')})`
        : group.services.map(s => s.name).join(', '));
    const dependants = serviceGraph(services).directDependants(service).map(s => s.name);
    const slas = slasNaming(service, services);
    const offerings = service.offerings.map(offering => {
        const covering = slasCovering(offering, services);
        return covering.length > 0 ? `${offering.name} (${covering.join(', ')})` : offering.name;
    });
    const parts = [facts([
        ['Kind', service.kind],
        ['Status', service.status],
        ['Tier', service.tier],
        ['Owner', nameOf(service.owner) ?? '_none_'],
        ['Support', nameOf(service.support) ?? '_none_'],
        ['Declared availability', service.availability !== undefined && `${formatPercent(service.availability)}%`],
        ['Depends on', groups.length > 0 ? groups.join('; ') : 'nothing'],
        ['Used by', listOf(dependants) ?? 'no service'],
        ['Realized by', names(service.realizedBy)],
        ['Offerings', listOf(offerings)],
        ['SLAs', listOf(slas.map(sla => sla.availability !== undefined
            ? `${sla.name} (${formatPercent(sla.availability)}%${sla.period ? ` per ${sla.period}` : ''})` : sla.name))],
    ])];
    const cycle = cycleOf(service, services);
    if (cycle) parts.push(`⚠ On a dependency cycle: ${cycle.path.map(s => s.name).join(' → ')}`);
    parts.push(availabilitySection(service, services));
    const recovery = serviceRecoveryHover(service, services);
    if (recovery) parts.push(recovery);
    return parts;
}

/** The ceiling, its explanation, and each promise (the service's own, its SLAs') against it. */
function availabilitySection(service: Service, services: ItsmServices): string {
    const result = availabilityCeiling(service, services);
    const described = describeCeiling(result);
    const lines: string[] = [];
    if (described === undefined) {
        lines.push(service.dependencies.length === 0
            ? '**Availability ceiling:** none — it depends on no service'
            : '**Availability ceiling:** unknown — no dependency declares an availability');
    } else {
        lines.push(`**Availability ceiling** (what its dependencies allow): ${described}`);
    }
    const ceiling = result.ceiling;
    const own = isValidAvailability(service.availability) ? service.availability : undefined;
    const judge = (promised: number): string => {
        if (ceiling !== undefined && promised > ceiling + EPSILON) return `**exceeds** the ceiling of ${formatPercent(ceiling)}%`;
        if (own !== undefined && promised > own + EPSILON) return `**exceeds** the service's own ${formatPercent(own)}%`;
        return ceiling !== undefined ? 'within the ceiling' : own !== undefined ? `within the service's own ${formatPercent(own)}%` : 'nothing to compare with';
    };
    if (own !== undefined && ceiling !== undefined) {
        lines.push(`- Declared ${formatPercent(own)}%: ${own > ceiling + EPSILON ? `**exceeds** the ceiling of ${formatPercent(ceiling)}%` : 'within the ceiling'}`);
    }
    for (const sla of slasNaming(service, services)) {
        if (!isValidAvailability(sla.availability)) continue;
        lines.push(`- SLA ${sla.name} promises ${formatPercent(sla.availability)}%: ${judge(sla.availability)}`);
    }
    return lines.join('\n');
}

export function offeringHover(offering: Offering, services: ItsmServices): string[] {
    const covering = slasCovering(offering, services);
    const serviceWide = offering.slas.length === 0 && covering.length > 0;
    return [facts([
        ['Service', offering.$container.name],
        ['Audience', offering.audience],
        ['SLAs', covering.length > 0 ? `${covering.join(', ')}${serviceWide ? ' (service-wide)' : ''}` : '_none_'],
    ])];
}
