/**
 * Hovers of typed literals: a duration in seconds, a percentage as a fraction
 * with the downtime it allows (and, for a service's or an SLA's availability,
 * against the ceiling its dependencies allow), a date with its weekday. A
 * duration inside a priority target shows the whole target.
 */
import { isAgreement, isPriorityTarget, isService, isSla, type Duration } from '../generated/ast.js';
import type { LeafCstNode } from 'langium';
import { availabilityCeiling, formatPercent } from '../analysis/availability.js';
import type { ItsmServices } from '../itsm-module.js';
import { DURATION_UNITS, type DurationUnit } from '../values/duration.js';
import { targetHover } from './hover-agreements.js';
import { durationWords, formatSecondsPlain, formatSpan } from './hover-markdown.js';
import { weekdayOf } from './hover-people.js';

const PERIOD_SECONDS: Record<string, [seconds: number, words: string]> = {
    day: [86_400, 'day'],
    week: [604_800, 'week'],
    month: [30 * 86_400, '30-day month'],
    quarter: [91 * 86_400, '91-day quarter'],
    year: [365 * 86_400, '365-day year'],
};

/** The hover of the literal token under the cursor, if it is one. */
export function literalHover(leaf: LeafCstNode, services: ItsmServices): string | undefined {
    switch (leaf.tokenType.name) {
        case 'DURATION': return durationHover(leaf.astNode as Duration, services);
        case 'PERCENT': return percentHover(leaf, services);
        case 'DATE': return dateHover(leaf.text);
        default: return undefined;
    }
}

function durationHover(duration: Duration, services: ItsmServices): string | undefined {
    if (isPriorityTarget(duration.$container)) return targetHover(duration.$container, services);
    if (duration.seconds === undefined) return `\`${duration.text}\` is not a valid duration: write a number and m, h, d or w`;
    const unit = duration.unit as DurationUnit | undefined;
    const words = unit && unit in DURATION_UNITS && duration.amount !== undefined ? ` (${durationWords(duration.amount, unit)})` : '';
    return `\`${duration.text}\` = ${formatSecondsPlain(duration.seconds)}${words}`;
}

function percentHover(leaf: LeafCstNode, services: ItsmServices): string {
    const value = Number(leaf.text.slice(0, -1));
    const node = leaf.astNode;
    const lines = [`\`${leaf.text}\` = ${Number((value / 100).toFixed(8))}`];
    if (value > 0 && value <= 100 && (isService(node) || isAgreement(node))) {
        const period = isAgreement(node) ? node.period : undefined;
        const periods = period ? [period] : ['month', 'year'];
        const allowed = periods.map(p => {
            const [seconds, words] = PERIOD_SECONDS[p];
            return `${formatSpan(seconds * (1 - value / 100))} per ${words}`;
        });
        lines.push('', `Allows downtime of at most ${allowed.join(', or ')}.`);
        const service = isService(node) ? node : isSla(node) ? node.service?.ref : undefined;
        const ceiling = service ? availabilityCeiling(service, services).ceiling : undefined;
        if (service && ceiling !== undefined) {
            const verdict = value > ceiling + 1e-9 ? '**exceeds** it' : 'within it';
            lines.push('', `${service.name}'s dependencies allow at most ${formatPercent(ceiling)}%: ${verdict}.`);
        }
    }
    return lines.join('\n');
}

function dateHover(text: string): string | undefined {
    const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
    if (!match) return undefined;
    const iso = `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
    const date = new Date(`${iso}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return `\`${text}\` is not a calendar date`;
    const long = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    return `\`${text}\`: ${weekdayOf(iso)}, ${long}`;
}
