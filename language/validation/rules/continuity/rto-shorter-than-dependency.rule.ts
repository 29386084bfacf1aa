import { recoveryTimes, rtoSeconds, type RecoveryTime } from '../../../analysis/recovery.js';
import { dependencyGroups } from '../../../analysis/service-graph.js';
import { isService, type Service } from '../../../generated/ast.js';
import { formatSeconds } from '../../../values/duration.js';
import { defineRule, type RuleContext } from '../../rule.js';
import { groupText, isRetired } from '../catalogue/lifecycle.js';

/** "whose RTO is 8h" or "which cannot be back in less than 8h (the RTO of Storage, which it needs)". */
function recoveryPhrase(target: Service, time: RecoveryTime): string {
    const duration = formatSeconds(time.seconds);
    return time.origin === target
        ? `whose RTO is ${duration}`
        : `which cannot be back in less than ${duration} (the RTO of ${time.origin.name}, which it needs)`;
}

/**
 * A service with an RTO, on each dependency that cannot be recovered within
 * it: in a plain `depends on` every service counts, in an `any of (…)`
 * group the fastest one (see analysis/recovery.ts).
 */
function checkService(service: Service, { report, services }: RuleContext): void {
    const own = rtoSeconds(service);
    if (own === undefined || isRetired(service)) return;
    const times = recoveryTimes(services);
    const rto = formatSeconds(own);
    for (const group of dependencyGroups(service)) {
        const dependency = group.dependency;
        if (group.kind === 'all') {
            dependency.services.forEach((reference, index) => {
                const target = reference.ref;
                const time = isService(target) ? times.recoveryOf(target) : undefined;
                if (!time || time.seconds <= own) return;
                report({
                    node: dependency,
                    property: 'services',
                    index,
                    message: `${service.name} has RTO ${rto} but depends on ${target!.name}, ${recoveryPhrase(target as Service, time)}`,
                    data: { service: service.name, target: target!.name, rtoSeconds: own, floorSeconds: time.seconds, origin: time.origin.name },
                });
            });
            continue;
        }
        const alternatives = group.services.map(s => ({ service: s, time: times.recoveryOf(s) }));
        if (alternatives.some(a => !a.time)) continue;
        const fastest = alternatives.reduce((a, b) => (b.time!.seconds < a.time!.seconds ? b : a));
        if (fastest.time!.seconds <= own) continue;
        const names = dependency.services.map(r => r.$refText);
        report({
            node: dependency,
            message: `${service.name} has RTO ${rto} but depends on ${groupText(names)}, and the fastest of them, ` +
                `${fastest.service.name}, ${recoveryPhrase(fastest.service, fastest.time!)}`,
            data: { service: service.name, target: fastest.service.name, rtoSeconds: own, floorSeconds: fastest.time!.seconds, origin: fastest.time!.origin.name },
        });
    }
}

export const rtoShorterThanDependency = defineRule({
    code: 'rto-shorter-than-dependency',
    severity: 'warning',
    category: 'continuity',
    description: 'A service\'s RTO is shorter than the time a service it depends on needs to be recovered.',
    checks: { Service: checkService },
});
