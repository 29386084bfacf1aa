/**
 * Adds the parsed value to every typed literal of a freshly parsed AST
 * (durations, times, dates, IP addresses). Runs once per parse, linear in the
 * size of the document; a value that cannot be read stays undefined and the
 * `invalid-value` rule reports why, at the literal.
 */
import { AstUtils, type AstNode } from 'langium';
import { isDateLiteral, isDuration, isIpAddress, isTimeOfDay } from '../generated/ast.js';
import { parseDate } from './date.js';
import { parseDuration } from './duration.js';
import { parseIpAddress } from './ip-address.js';
import { parseTimeOfDay } from './time-of-day.js';

export function enrichValues(root: AstNode): void {
    for (const node of AstUtils.streamAllContents(root)) {
        if (isDuration(node)) {
            const parsed = parseDuration(node.text ?? '');
            if (parsed.ok) {
                node.seconds = parsed.seconds;
                node.amount = parsed.amount;
                node.unit = parsed.unit;
            }
        } else if (isTimeOfDay(node)) {
            const parsed = parseTimeOfDay(node.text ?? '');
            if (parsed.ok) node.minutes = parsed.minutes;
        } else if (isDateLiteral(node)) {
            const parsed = parseDate(node.text ?? '');
            if (parsed.ok) node.iso = parsed.iso;
        } else if (isIpAddress(node)) {
            const parsed = parseIpAddress(node.text ?? '');
            if (parsed.ok) node.version = parsed.version;
        }
    }
}
