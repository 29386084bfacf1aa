/**
 * Recovery time floors: how soon a service can be back at the earliest,
 * given the recovery time objectives (RTO) of what it depends on.
 *
 * - A service is back no sooner than its own RTO, nor sooner than its floor.
 * - The floor of a service is the latest of its `depends on` clauses: a
 *   plain clause needs every service in it back (the slowest counts); an
 *   `any of (…)` clause needs one of them (the fastest counts), and gives no
 *   floor when one of its members has no known recovery time, since that
 *   member may be back at once.
 * - A service without an RTO passes on the floor of its own dependencies: its
 *   dependants still wait for those.
 * - On a dependency cycle a service still being computed counts as unknown;
 *   the cycle itself is `service-dependency-cycle`.
 *
 * Computed once per service per build, linear in services plus edges.
 */
import type { Service } from '../generated/ast.js';
import type { ItsmServices } from '../itsm-module.js';
import { dependencyGroups } from './service-graph.js';

/** The earliest a service can be back, and the service whose RTO decides it. */
export interface RecoveryTime {
    seconds: number;
    /** The service whose declared RTO sets this time (the service itself, or one it needs). */
    origin: Service;
}

export function rtoSeconds(service: Service): number | undefined {
    return service.rto?.seconds;
}

export class RecoveryTimes {
    private readonly floors = new Map<Service, RecoveryTime | undefined>();
    private readonly inProgress = new Set<Service>();

    /** The earliest the service is back: the later of its own RTO and its floor. */
    recoveryOf(service: Service): RecoveryTime | undefined {
        const floor = this.floorOf(service);
        const own = rtoSeconds(service);
        if (own === undefined) return floor;
        return floor && floor.seconds > own ? floor : { seconds: own, origin: service };
    }

    /** The earliest the service's dependencies allow it back; undefined when none of them has a known recovery time. */
    floorOf(service: Service): RecoveryTime | undefined {
        if (this.floors.has(service)) return this.floors.get(service);
        if (this.inProgress.has(service)) return undefined;
        this.inProgress.add(service);
        let floor: RecoveryTime | undefined;
        for (const group of dependencyGroups(service)) {
            const times = group.services.map(s => this.recoveryOf(s));
            const groupTime = group.kind === 'all' ? latest(times) : earliestOfAll(times);
            if (groupTime && (!floor || groupTime.seconds > floor.seconds)) floor = groupTime;
        }
        this.inProgress.delete(service);
        this.floors.set(service, floor);
        return floor;
    }
}

function latest(times: Array<RecoveryTime | undefined>): RecoveryTime | undefined {
    let result: RecoveryTime | undefined;
    for (const time of times) if (time && (!result || time.seconds > result.seconds)) result = time;
    return result;
}

/** The fastest alternative, only when every alternative's time is known. */
function earliestOfAll(times: Array<RecoveryTime | undefined>): RecoveryTime | undefined {
    if (times.length === 0 || times.some(t => t === undefined)) return undefined;
    return times.reduce((a, b) => (b!.seconds < a!.seconds ? b : a));
}

/** The workspace's recovery times, computed lazily once per build. */
export function recoveryTimes(services: ItsmServices): RecoveryTimes {
    return services.validation.AnalysisCache.get('recovery-times', () => new RecoveryTimes());
}
