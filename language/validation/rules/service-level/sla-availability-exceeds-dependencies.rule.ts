import {
    availabilityCeiling, describeCeiling, floorPercent, formatPercent, isValidAvailability, type AvailabilityCeiling,
} from '../../../analysis/availability.js';
import type { Service, Sla } from '../../../generated/ast.js';
import { defineRule, type RuleContext } from '../../rule.js';

/** Room for float noise when comparing percentages. */
const EPSILON = 1e-9;

function decimalsOf(value: number): number {
    const text = String(value);
    const dot = text.indexOf('.');
    return dot < 0 ? 0 : text.length - dot - 1;
}

/** The ceiling and its terms, with as many decimals as it takes not to print the promised figure itself. */
function explain(result: AvailabilityCeiling, promised: number): string {
    let decimals = 4;
    while (decimals < 10 && formatPercent(result.ceiling!, decimals) === formatPercent(promised, decimals)) decimals++;
    return describeCeiling(result, decimals)!;
}

function exceedsCeiling(promised: number, result: AvailabilityCeiling): boolean {
    return result.ceiling !== undefined && promised > result.ceiling + EPSILON;
}

function factsOf(result: AvailabilityCeiling, promised: number, decimals: number) {
    return {
        availability: promised,
        ceiling: Number(formatPercent(result.ceiling!, 6)),
        dependencies: result.terms.flatMap(t => t.kind === 'serial' ? [t.figure.service.name] : t.members.map(m => m.service.name)),
        unknown: result.unknown.map(u => u.service.name),
        suggested: `${floorPercent(result.ceiling!, Math.max(decimals, 1))}%`,
    };
}

/**
 * An SLA promises at most what its service can deliver: the composite of the
 * service's dependencies (see language/analysis/availability.ts), and the
 * service's own declared availability if it has one. Reported on the SLA's
 * availability value.
 */
function checkSla(sla: Sla, { report, services }: RuleContext): void {
    const promised = sla.availability;
    const service = sla.service?.ref;
    if (!isValidAvailability(promised) || !service) return;
    const result = availabilityCeiling(service, services);
    const own = isValidAvailability(service.availability) ? service.availability : undefined;
    if (own !== undefined && promised > own + EPSILON && (result.ceiling === undefined || own <= result.ceiling)) {
        report({
            node: sla,
            property: 'availability',
            message: `SLA ${sla.name} promises ${formatPercent(promised)}% but its service ${service.name} is itself ` +
                `declared at ${formatPercent(own)}%`,
            data: { sla: sla.name, service: service.name, availability: promised, ceiling: own, suggested: `${formatPercent(own)}%` },
        });
        return;
    }
    if (!exceedsCeiling(promised, result)) return;
    report({
        node: sla,
        property: 'availability',
        message: `SLA ${sla.name} promises ${formatPercent(promised)}% but ${service.name}'s dependencies allow at most ` +
            explain(result, promised),
        data: { sla: sla.name, service: service.name, ...factsOf(result, promised, decimalsOf(promised)) },
    });
}

/** A service's own declared availability against the composite of its dependencies; reported on that value. */
function checkService(service: Service, { report, services }: RuleContext): void {
    const declared = service.availability;
    if (!isValidAvailability(declared) || service.dependencies.length === 0) return;
    const result = availabilityCeiling(service, services);
    if (!exceedsCeiling(declared, result)) return;
    report({
        node: service,
        property: 'availability',
        message: `Service ${service.name} declares ${formatPercent(declared)}% but its dependencies allow at most ` +
            explain(result, declared),
        data: { service: service.name, ...factsOf(result, declared, decimalsOf(declared)) },
    });
}

export const slaAvailabilityExceedsDependencies = defineRule({
    code: 'sla-availability-exceeds-dependencies',
    severity: 'warning',
    category: 'service-level',
    description: 'A promised availability is higher than the composite availability of the service\'s dependencies.',
    checks: {
        Sla: checkSla,
        Service: checkService,
    },
});
