import { describe, expect, it, vi } from 'vitest';
import { startProgress } from '../../cli/progress.js';
import { itsm } from './run-cli.js';

describe('progress on stderr', () => {
    it('shows nothing for runs shorter than the delay, and clears its line after a long one', () => {
        vi.useFakeTimers();
        try {
            const written: string[] = [];
            const quick = startProgress(true, text => written.push(text), 1000);
            quick.update('checking 3 files…');
            quick.done();
            vi.advanceTimersByTime(2000);
            expect(written).toEqual([]);

            const slow = startProgress(true, text => written.push(text), 1000);
            slow.update('checking 900 files…');
            vi.advanceTimersByTime(1001);
            slow.update('checking 1000 files…');
            slow.done();
            expect(written).toEqual(['\r\u001b[Kitsm: checking 900 files…', '\r\u001b[Kitsm: checking 1000 files…', '\r\u001b[K']);
        } finally {
            vi.useRealTimers();
        }
    });

    it('writes nothing at all when stderr is not a terminal', () => {
        vi.useFakeTimers();
        try {
            const written: string[] = [];
            const progress = startProgress(false, text => written.push(text), 1000);
            progress.update('checking…');
            vi.advanceTimersByTime(5000);
            progress.done();
            expect(written).toEqual([]);
        } finally {
            vi.useRealTimers();
        }
    });

    it('keeps stderr empty on a piped run of the CLI', async () => {
        const run = await itsm(['validate', 'examples/acme'], `${__dirname}/../..`);
        expect(run.stderr).toBe('');
    });
});
