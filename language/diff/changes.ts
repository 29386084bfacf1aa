/** What `itsm diff` reports: one change per fact that differs between the two resolved catalogues. */

export type ChangeKind = 'tightened' | 'loosened' | 'added' | 'removed' | 'renamed' | 'moved' | 'changed';
export type ChangeRisk = 'warning' | 'info';

export type DefinitionKind =
    | 'service' | 'SLA' | 'OLA' | 'UC' | 'workflow' | 'team' | 'change authority' | 'calendar' | 'holiday list'
    | 'priority matrix' | 'CI class' | 'CI';

/** Report order of definition kinds. */
export const DEFINITION_KINDS: DefinitionKind[] = [
    'service', 'SLA', 'OLA', 'UC', 'workflow', 'team', 'change authority', 'calendar', 'holiday list', 'priority matrix', 'CI class', 'CI',
];

export type DiffValue = string | number | boolean | null | DiffValue[] | { [key: string]: DiffValue };

export interface DiffChange {
    kind: ChangeKind;
    risk: ChangeRisk;
    definition: {
        kind: DefinitionKind;
        /** Qualified name on the head side (the base side's when removed). */
        name: string;
        /** Where it is: the head side's file and line (the base side's when removed). */
        source?: { file: string; line: number };
    };
    /** What part of the definition changed, e.g. `targets.P1.resolve`; absent for the definition as a whole. */
    field?: string;
    message: string;
    /** Normalised values: seconds for durations, percent for availabilities, qualified names for references. */
    old?: DiffValue;
    new?: DiffValue;
    /** `seconds` or `percent` when old/new are numbers in that unit. */
    unit?: 'seconds' | 'percent';
}
