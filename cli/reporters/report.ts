/** What every report format is given, and the table of formats. */
import type { Finding } from '../validation-run.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export { summarise } from '../validation-run.js';

export interface ValidationReport {
    fileCount: number;
    findings: Finding[];
}

export interface ReportContext {
    /** ANSI colours (stylish only; never when writing to a file). */
    color: boolean;
    /** The folder relative paths are relative to. */
    cwd: string;
    /** Every checked file, as displayed. */
    files: string[];
    /** Codes of the rules that ran (not configured off). */
    activeRules: string[];
}

export type Reporter = (report: ValidationReport, context: ReportContext) => string;

export const REPORTERS: Record<string, Reporter> = {
    stylish: formatStylish,
    json: formatJson,
    sarif: formatSarif,
    junit: formatJunit,
    github: formatGithub,
};
