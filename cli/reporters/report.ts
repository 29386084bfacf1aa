/** What every report format is given. */
import type { Finding } from '../validation-run.js';

export { summarise } from '../validation-run.js';

export interface ValidationReport {
    fileCount: number;
    findings: Finding[];
}

export type Reporter = (report: ValidationReport, options: { color: boolean }) => string;
