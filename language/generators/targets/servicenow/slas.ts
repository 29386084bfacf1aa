/**
 * Agreements as SLA definitions (contract_sla): one record per agreement,
 * priority and target (response, resolution), on incidents, with the
 * agreement's hours as the schedule and the calendar's time zone. Display
 * values, like every Table API file of this target.
 */
import type { AgreementModel } from '../../canonical-model.js';
import { durationDisplay, record, type SnRecord } from './common.js';
import type { SnContext } from './context.js';

export const AGREEMENT_TYPES: Record<AgreementModel['type'], string> = { SLA: 'SLA', OLA: 'OLA', UC: 'Underpinning contract' };

/** Incident states used by the conditions (base system values: 1 New, 3 On Hold, 6 Resolved, 7 Closed). */
export const CONDITIONS = {
    responseStop: 'state!=1',
    resolutionStop: 'stateIN6,7',
    resolutionPause: 'state=3',
};

/**
 * The incident priority value of a priority name: its rank in the agreement's
 * matrix (1 = most urgent), else the digits of a `P<n>` name, else the name itself.
 */
export function priorityValue(agreement: AgreementModel, priority: string, context: SnContext): string {
    const matrix = agreement.priorityMatrix ? context.matrix(agreement.priorityMatrix) : undefined;
    const rank = matrix?.priorities.find(p => p.name === priority)?.rank;
    if (rank !== undefined) return String(rank);
    return /^P(\d+)$/i.exec(priority)?.[1] ?? priority;
}

function inList(field: string, values: string[]): string | undefined {
    const unique = [...new Set(values)].sort();
    if (unique.length === 0) return undefined;
    return unique.length === 1 ? `${field}=${unique[0]}` : `${field}IN${unique.join(',')}`;
}

/** Which incidents the agreement covers, as an encoded query on names (sys_ids are not known offline). */
export function scopeCondition(agreement: AgreementModel, context: SnContext): string | undefined {
    const { model } = context;
    if (agreement.type === 'SLA') {
        const offerings = model.services.flatMap(s => s.offerings).filter(o => o.slas.includes(agreement.name));
        if (offerings.length > 0) return inList('service_offering.name', offerings.map(o => context.ci(o.name)));
        return agreement.service ? inList('business_service.name', [context.ci(agreement.service)]) : undefined;
    }
    if (agreement.type === 'OLA') return agreement.provider ? inList('assignment_group.name', [context.group(agreement.provider)]) : undefined;
    const underpinned = model.agreements.filter(a => a.underpinnedBy.includes(agreement.name) && a.service);
    return inList('business_service.name', underpinned.map(a => context.ci(a.service!)));
}

export function slaRecords(context: SnContext): SnRecord[] {
    return context.model.agreements.flatMap(agreement => {
        const calendar = agreement.hours ? context.calendar(agreement.hours) : undefined;
        const scope = scopeCondition(agreement, context);
        return agreement.targets.flatMap(target => {
            const priority = priorityValue(agreement, target.priority, context);
            const start = [`priority=${priority}`, scope].filter(Boolean).join('^');
            const kinds = [
                ...(target.response ? [{ target: 'Response', word: 'response', duration: target.response, stop: CONDITIONS.responseStop }] : []),
                ...(target.resolve ? [{ target: 'Resolution', word: 'resolution', duration: target.resolve, stop: CONDITIONS.resolutionStop }] : []),
            ];
            return kinds.map(kind => record([
                ['name', `${context.sla(agreement.name)} ${target.priority} ${kind.word}`],
                ['type', AGREEMENT_TYPES[agreement.type]],
                ['target', kind.target],
                ['collection', 'incident'],
                ['duration', durationDisplay(kind.duration.seconds)],
                ['schedule', calendar ? context.schedule(calendar.name) : undefined],
                ['timezone_source', calendar?.timezone ? "The SLA definition's timezone" : undefined],
                ['timezone', calendar?.timezone],
                ['vendor', agreement.vendor],
                ['start_condition', start],
                ['stop_condition', kind.stop],
                ['pause_condition', kind.word === 'resolution' ? CONDITIONS.resolutionPause : undefined],
                ['active', 'true'],
            ]));
        });
    });
}
