import { dependenciesOf } from '../../../analysis/service-graph.js';
import { isService, type Service } from '../../../generated/ast.js';
import { defineRule, type RuleContext } from '../../rule.js';
import { groupText, isRetired } from './lifecycle.js';

/** A tier that can be compared: a finite number (1 is the most critical). A missing tier is never guessed. */
function tierOf(service: Service): number | undefined {
    return typeof service.tier === 'number' && Number.isFinite(service.tier) ? service.tier : undefined;
}

function inversion(service: Service, target: Service): { tier: number; targetTier: number } | undefined {
    const tier = tierOf(service);
    const targetTier = tierOf(target);
    if (tier === undefined || targetTier === undefined || targetTier <= tier || isRetired(target)) return undefined;
    return { tier, targetTier };
}

function message(service: Service, verb: string, target: Service, tiers: { tier: number; targetTier: number }, group: string): string {
    return `${service.name} is tier ${tiers.tier} but ${verb} ${target.name}${group}, tier ${tiers.targetTier}: ` +
        `it is only as available and as well supported as ${target.name}`;
}

/**
 * A service that is not retired, on each `depends on` or `realized by`
 * reference to a service of a less critical (higher-numbered) tier; every
 * member of an `any of` group counts, since the service runs on it whenever
 * it is the member left.
 */
function checkService(service: Service, { report, services }: RuleContext): void {
    if (isRetired(service) || tierOf(service) === undefined) return;
    for (const edge of dependenciesOf(service, services)) {
        const tiers = inversion(service, edge.to);
        if (!tiers) continue;
        const group = edge.redundant ? ` (in ${groupText(edge.dependency.services.map(r => r.$refText))})` : '';
        report({
            node: edge.dependency,
            property: 'services',
            index: edge.index,
            message: message(service, 'depends on', edge.to, tiers, group),
            data: { service: service.name, target: edge.to.name, ...tiers, relation: 'depends on', suggestedTargetTier: tiers.tier },
        });
    }
    service.realizedBy.forEach((reference, index) => {
        const target = reference.ref;
        const tiers = isService(target) ? inversion(service, target) : undefined;
        if (!tiers) return;
        report({
            node: service,
            property: 'realizedBy',
            index,
            message: message(service, 'is realized by', target as Service, tiers, ''),
            data: { service: service.name, target: (target as Service).name, ...tiers, relation: 'realized by', suggestedTargetTier: tiers.tier },
        });
    });
}

export const tierInversion = defineRule({
    code: 'tier-inversion',
    severity: 'warning',
    category: 'catalogue',
    description: 'A service depends on a service of a less critical tier, which limits its availability and support.',
    checks: { Service: checkService },
});
