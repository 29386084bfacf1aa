/**
 * The names every ServiceNow record gets, computed once per model so that
 * each reference (a display value) is spelt exactly like the record it
 * points to.
 */
import type { AgreementModel, CalendarModel, CanonicalModel, PriorityMatrixModel, TeamModel } from '../../canonical-model.js';
import { displayNames, nameIn } from './common.js';

export interface SnContext {
    model: CanonicalModel;
    /** CIs, services and offerings share cmdb_ci, so they share one name space. */
    ci(qualified: string): string;
    group(qualified: string): string;
    schedule(qualified: string): string;
    sla(qualified: string): string;
    changeModel(qualified: string): string;
    team(qualified: string): TeamModel | undefined;
    calendar(qualified: string): CalendarModel | undefined;
    matrix(qualified: string): PriorityMatrixModel | undefined;
    agreement(qualified: string): AgreementModel | undefined;
}

export function snContext(model: CanonicalModel): SnContext {
    const ciNames = displayNames([
        ...model.cis.map(c => c.name),
        ...model.services.map(s => s.name),
        ...model.services.flatMap(s => s.offerings.map(o => o.name)),
    ]);
    const groupNames = displayNames([...model.teams.map(t => t.name), ...model.changeAuthorities.map(a => a.name)]);
    const scheduleNames = displayNames(model.calendars.map(c => c.name));
    const slaNames = displayNames(model.agreements.map(a => a.name));
    const modelNames = displayNames(model.workflows.map(w => w.name));
    const find = <T extends { name: string }>(items: T[]) => {
        const map = new Map(items.map(item => [item.name, item]));
        return (qualified: string) => map.get(qualified);
    };
    return {
        model,
        ci: q => nameIn(ciNames, q),
        group: q => nameIn(groupNames, q),
        schedule: q => nameIn(scheduleNames, q),
        sla: q => nameIn(slaNames, q),
        changeModel: q => nameIn(modelNames, q),
        team: find(model.teams),
        calendar: find(model.calendars),
        matrix: find(model.priorityMatrices),
        agreement: find(model.agreements),
    };
}
