/**
 * A small, deterministic YAML writer for JSON values (no YAML library): block
 * mappings and sequences in the order the value has them, two-space
 * indentation, `{}` / `[]` for empty collections.
 *
 * Strings are written plain only when every YAML 1.1 and 1.2 reader reads them
 * back as the same string: they start with a letter, hold only letters,
 * digits, spaces and `_ . / @ + : ( ) , % -`, have no `: ` and do not end with
 * `:` or a space, and are not a word such as `yes`, `off` or `null`. Anything
 * else (numbers as text, dates, `#`, quotes, line breaks, non-ASCII) is
 * double-quoted with JSON escapes, which YAML's double-quoted style shares.
 */

const PLAIN = /^[A-Za-z][A-Za-z0-9 _./@+:(),%-]*$/;
const RESERVED_WORDS = /^(y|yes|n|no|true|false|on|off|null|nan|inf|infinity)$/i;

/** One YAML document (without the `---` line), ending with a line break. */
export function toYaml(value: unknown): string {
    return block(value, 0).join('\n') + '\n';
}

/** Several documents, each introduced by `---`, after optional `#` comment lines. */
export function yamlDocuments(values: readonly unknown[], comments: readonly string[] = []): string {
    const header = comments.map(line => (line ? `# ${line}` : '#')).join('\n');
    const documents = values.map(value => `---\n${toYaml(value)}`).join('');
    return header ? `${header}\n${documents}` : documents;
}

export function yamlScalar(value: unknown): string {
    if (value === null || value === undefined) return 'null';
    if (typeof value === 'number') {
        if (!Number.isFinite(value)) throw new Error(`cannot write ${value} as YAML`);
        return JSON.stringify(value);
    }
    if (typeof value === 'boolean') return value ? 'true' : 'false';
    if (typeof value === 'string') return isPlain(value) ? value : quote(value);
    if (Array.isArray(value) && value.length === 0) return '[]';
    if (isObject(value) && Object.keys(value).length === 0) return '{}';
    throw new Error('not a scalar');
}

function isPlain(text: string): boolean {
    return PLAIN.test(text) && !RESERVED_WORDS.test(text) && !text.includes(': ') && !/[: ]$/.test(text);
}

function quote(text: string): string {
    // JSON leaves these unescaped; YAML readers may take them as line breaks or reject them.
    return JSON.stringify(text).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g,
        c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCollection(value: unknown): boolean {
    return (Array.isArray(value) && value.length > 0) || (isObject(value) && Object.keys(value).length > 0);
}

function block(value: unknown, indent: number): string[] {
    const pad = ' '.repeat(indent);
    if (Array.isArray(value) && value.length > 0) {
        return value.flatMap(item => {
            if (!isCollection(item)) return [`${pad}- ${yamlScalar(item)}`];
            const lines = block(item, indent + 2);
            return [`${pad}- ${lines[0].slice(indent + 2)}`, ...lines.slice(1)];
        });
    }
    if (isObject(value) && Object.keys(value).length > 0) {
        return Object.entries(value).filter(([, v]) => v !== undefined).flatMap(([key, item]) => {
            const name = yamlScalar(key);
            if (!isCollection(item)) return [`${pad}${name}: ${yamlScalar(item)}`];
            return [`${pad}${name}:`, ...block(item, indent + 2)];
        });
    }
    return [`${pad}${yamlScalar(value)}`];
}
