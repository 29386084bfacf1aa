import type { Holiday } from '../../../generated/ast.js';
import { defineRule } from '../../rule.js';

/** A date listed twice in one holiday list; reported on the repetition. */
export const holidayDuplicateDate = defineRule({
    code: 'holiday-duplicate-date',
    severity: 'warning',
    category: 'priorities-calendars',
    description: 'A date is listed twice in one holiday list.',
    checks: {
        HolidayList: (list, { report }) => {
            const first = new Map<string, Holiday>();
            for (const day of list.days) {
                // Impossible dates have no ISO form; invalid-value reports them.
                const iso = day.date?.iso;
                if (!iso) continue;
                const earlier = first.get(iso);
                if (!earlier) {
                    first.set(iso, day);
                    continue;
                }
                const line = (earlier.$cstNode?.range.start.line ?? 0) + 1;
                const labels = [earlier.label, day.label].filter((l): l is string => l !== undefined);
                const named = labels.length > 0 ? ` (${labels.map(l => JSON.stringify(l)).join(' and ')})` : '';
                report({
                    node: day,
                    property: 'date',
                    message: `${iso} is already listed in ${list.name} on line ${line}${named}; remove one of them`,
                    data: { date: iso, list: list.name, firstLine: line },
                });
            }
        },
    },
});
