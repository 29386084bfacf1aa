/**
 * When the language server stops unexpectedly, it is restarted — with a
 * message every time, never silently — unless it has stopped `limit` times
 * within `windowMs`, when it is left stopped (the user can restart it).
 */
export class RestartPolicy {
    private readonly stops: number[] = [];

    constructor(private readonly limit = 5, private readonly windowMs = 3 * 60_000) {}

    /** Records a stop at `now`; whether to restart the server. */
    shouldRestart(now = Date.now()): boolean {
        this.stops.push(now);
        while (this.stops.length > 0 && this.stops[0] <= now - this.windowMs) this.stops.shift();
        return this.stops.length < this.limit;
    }

    /** After a restart by the user, earlier stops no longer count. */
    reset(): void {
        this.stops.length = 0;
    }

    get description(): string {
        return `${this.limit} times in ${Math.round(this.windowMs / 60_000)} minutes`;
    }
}
