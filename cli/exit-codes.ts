/** Exit codes of the command-line contract (shared/cli.md). */
export const ExitCode = {
    /** No errors, and warnings within --max-warnings. */
    Ok: 0,
    /** Errors found, --max-warnings exceeded, or `format --check` found unformatted files. */
    Findings: 1,
    /** Usage error, unreadable input, invalid config file, internal error. */
    Usage: 2,
} as const;

/** A failure the user can act on: printed as one line, exits with `exitCode`. */
export class CliError extends Error {
    constructor(message: string, readonly exitCode: number = ExitCode.Usage) {
        super(message);
    }
}
