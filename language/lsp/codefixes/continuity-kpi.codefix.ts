/**
 * Quick fixes for continuity and KPI findings, from the facts in the
 * diagnostic: rpo-exceeds-rto "Swap RTO and RPO" (the usual mistake);
 * kpi-target-mismatch "Write `>=`" for a target pointing the wrong way;
 * kpi-target-below-agreement "Raise to 99.9%", the agreement's promise.
 */
import { isService } from '../../generated/ast.js';
import { defineCodeFix, enclosing, quickFix, stringData } from './codefix.js';
import { replace } from './text-edits.js';

export const swapRtoRpo = defineCodeFix({
    id: 'swap-rto-rpo',
    codes: ['rpo-exceeds-rto'],
    fixes: context => {
        const service = enclosing(context, isService);
        const rto = service?.rto?.$cstNode;
        const rpo = service?.rpo?.$cstNode;
        if (!rto || !rpo) return [];
        return [quickFix(context, `Swap RTO and RPO (rto ${rpo.text}, rpo ${rto.text})`, [replace(rto.range, rpo.text), replace(rpo.range, rto.text)], true)];
    },
});

export const kpiDirection = defineCodeFix({
    id: 'kpi-direction',
    codes: ['kpi-target-mismatch'],
    fixes: context => {
        const direction = stringData(context, 'expectedDirection');
        if (!direction) return [];
        return [quickFix(context, `Write \`${direction}\``, [replace(context.diagnostic.range, direction)], true)];
    },
});

export const raiseKpiTarget = defineCodeFix({
    id: 'raise-kpi-target',
    codes: ['kpi-target-below-agreement'],
    fixes: context => {
        const promised = context.data.suggestedPercent;
        if (typeof promised !== 'number') return [];
        return [quickFix(context, `Raise to ${promised}%`, [replace(context.diagnostic.range, `${promised}%`)], true)];
    },
});
