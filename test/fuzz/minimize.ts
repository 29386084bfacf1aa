/**
 * Shrinks a failing input while `fails` still holds: delta debugging over
 * lines, then over characters, within a time limit. Good enough to turn a
 * fuzz finding into a readable regression test.
 */
export async function minimize(text: string, fails: (text: string) => Promise<boolean>, limitMs = 20_000): Promise<string> {
    const deadline = performance.now() + limitMs;
    let current = text;
    for (const unit of ['line', 'char'] as const) {
        let parts = unit === 'line' ? current.split(/(?<=\n)/) : [...current];
        let chunk = Math.max(1, Math.floor(parts.length / 2));
        while (chunk >= 1 && performance.now() < deadline) {
            let removed = false;
            for (let at = 0; at < parts.length && performance.now() < deadline;) {
                const candidate = [...parts.slice(0, at), ...parts.slice(at + chunk)];
                if (await fails(candidate.join(''))) {
                    parts = candidate;
                    removed = true;
                } else {
                    at += chunk;
                }
            }
            if (!removed) chunk = Math.floor(chunk / 2);
        }
        current = parts.join('');
    }
    return current;
}
