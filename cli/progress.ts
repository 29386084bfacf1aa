/**
 * A progress line on stderr for runs longer than a second, only when stderr
 * is a terminal: pipes and CI logs get nothing extra.
 */
export interface Progress {
    update(text: string): void;
    done(): void;
}

const SILENT: Progress = { update: () => undefined, done: () => undefined };

export function startProgress(enabled: boolean, write: (text: string) => void, delayMs = 1000): Progress {
    if (!enabled) return SILENT;
    let current = '';
    let shown = false;
    const timer = setTimeout(() => {
        shown = true;
        write(`\r\u001b[K${current}`);
    }, delayMs);
    timer.unref?.();
    return {
        update(text) {
            current = `itsm: ${text}`;
            if (shown) write(`\r\u001b[K${current}`);
        },
        done() {
            clearTimeout(timer);
            if (shown) write('\r\u001b[K');
        },
    };
}
