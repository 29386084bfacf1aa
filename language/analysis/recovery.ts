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
 * - The services of one dependency cycle need each other, so they share one
 *   floor: the latest of what each of them needs outside the cycle (their
 *   own RTOs do not count for each other: which comes back first is
 *   unknowable). The cycle itself is `service-dependency-cycle`.
 *
 * Computed once per service per build, linear in services plus edges,
 * without recursion.
 */
import type { Service } from '../generated/ast.js';
import type { ItsmServices } from '../itsm-module.js';
import { dependencyGroups, serviceGraph, type ServiceGraph } from './service-graph.js';

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

    constructor(private readonly graph: ServiceGraph) {}

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
        // Post-order over the cycles-condensed graph with an explicit stack: long chains must not overflow the call stack.
        const stack: Array<readonly Service[]> = [this.unitOf(service)];
        while (stack.length > 0) {
            const unit = stack[stack.length - 1];
            if (this.floors.has(unit[0])) {
                stack.pop();
                continue;
            }
            const inUnit = new Set(unit);
            const pending = new Set(unit.flatMap(member => dependencyGroups(member).flatMap(group => group.services))
                .filter(s => !inUnit.has(s) && !this.floors.has(s)));
            if (pending.size > 0) {
                for (const next of pending) stack.push(this.unitOf(next));
                continue;
            }
            const floor = latest(unit.map(member => this.outsideFloor(member, inUnit)));
            for (const member of unit) this.floors.set(member, floor);
            stack.pop();
        }
        return this.floors.get(service);
    }

    /** The services that share a floor with this one: its dependency cycle, or itself. */
    private unitOf(service: Service): readonly Service[] {
        return this.graph.componentOf(service) ?? [service];
    }

    /** The latest of a service's `depends on` clauses, leaving out the services of its own cycle. */
    private outsideFloor(service: Service, cycle: ReadonlySet<Service>): RecoveryTime | undefined {
        let floor: RecoveryTime | undefined;
        for (const group of dependencyGroups(service)) {
            const members = group.services.filter(s => !cycle.has(s));
            if (members.length === 0) continue;
            const times = members.map(s => this.recoveryOf(s));
            const groupTime = group.kind === 'all' ? latest(times) : earliestOfAll(times);
            if (groupTime && (!floor || groupTime.seconds > floor.seconds)) floor = groupTime;
        }
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
    return services.validation.AnalysisCache.get('recovery-times', () => new RecoveryTimes(serviceGraph(services)));
}
