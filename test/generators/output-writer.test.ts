import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputError, safeSegment, unsafeNameReason, writeGeneratedFiles } from '../../language/generators/output-writer.js';

const scratch = () => mkdtempSync(path.join(tmpdir(), 'itsm-out-'));

describe('generated names', () => {
    it.each([
        ['/etc/passwd', 'it is an absolute path'],
        ['C:\\\\x.json', 'it is an absolute path'],
        ['../escape.json', 'it leaves the output folder ("..")'],
        ['a/../../b.json', 'it leaves the output folder ("..")'],
        ['a//b.json', 'it has an empty or "." segment'],
        ['CON.json', '"CON.json" is a reserved name on Windows'],
        ['dir/lpt1', '"lpt1" is a reserved name on Windows'],
        ['what?.json', '"what?.json" has a character that is not allowed in file names'],
        ['trailing.', '"trailing." ends with a dot or a space'],
    ])('refuses %s: %s', (name, reason) => {
        expect(unsafeNameReason(name)).toBe(reason);
    });

    it('accepts ordinary nested names', () => {
        expect(unsafeNameReason('cmdb/ci-web-01.json')).toBeUndefined();
    });

    it('turns user text into a safe segment', () => {
        expect(safeSegment('Email Standard/../x')).toBe('Email-Standard-..-x');
        expect(unsafeNameReason(safeSegment('../../etc'))).toBeUndefined();
        expect(safeSegment('NUL')).toBe('_NUL');
        expect(safeSegment('')).toBe('unnamed');
    });
});

describe('writing generated files', () => {
    it('writes nested files and leaves no staging folder behind', async () => {
        const out = path.join(scratch(), 'out');
        await writeGeneratedFiles(out, [{ path: 'a.json', content: '1' }, { path: 'sub/b.json', content: '2' }]);
        expect(readFileSync(path.join(out, 'sub/b.json'), 'utf8')).toBe('2');
        expect(readdirSync(out).sort()).toEqual(['a.json', 'sub']);
    });

    it('refuses an unsafe name before writing anything', async () => {
        const out = scratch();
        await expect(writeGeneratedFiles(out, [{ path: 'ok.json', content: '1' }, { path: '../evil.json', content: 'x' }]))
            .rejects.toThrow("refusing to write '../evil.json': it leaves the output folder");
        expect(readdirSync(out)).toEqual([]);
        expect(existsSync(path.join(out, '..', 'evil.json'))).toBe(false);
    });

    it('never follows a symbolic link out of the folder', async () => {
        const root = scratch();
        const outside = path.join(root, 'outside');
        mkdirSync(outside);
        const out = path.join(root, 'out');
        mkdirSync(out);
        symlinkSync(outside, path.join(out, 'cmdb'));
        await expect(writeGeneratedFiles(out, [{ path: 'cmdb/x.json', content: '1' }])).rejects.toThrow("'cmdb' is a symbolic link");
        expect(readdirSync(outside)).toEqual([]);
        symlinkSync(path.join(outside, 'target.json'), path.join(out, 'file.json'));
        await expect(writeGeneratedFiles(out, [{ path: 'file.json', content: '1' }])).rejects.toThrow("'file.json' is a symbolic link");
        expect(existsSync(path.join(outside, 'target.json'))).toBe(false);
    });

    it('refuses an output path that is a file, and names that collide', async () => {
        const root = scratch();
        writeFileSync(path.join(root, 'taken'), 'keep');
        await expect(writeGeneratedFiles(path.join(root, 'taken'), [{ path: 'a.json', content: '1' }])).rejects.toBeInstanceOf(OutputError);
        expect(readFileSync(path.join(root, 'taken'), 'utf8')).toBe('keep');
        await expect(writeGeneratedFiles(path.join(root, 'o'), [{ path: 'A.json', content: '1' }, { path: 'a.json', content: '2' }]))
            .rejects.toThrow('differ only in case');
    });

    it('keeps the previous output when a write fails midway', async () => {
        const out = scratch();
        writeFileSync(path.join(out, 'a.json'), 'old');
        mkdirSync(path.join(out, 'b.json')); // a folder where a file must go: the run fails
        await expect(writeGeneratedFiles(out, [{ path: 'a.json', content: 'new' }, { path: 'b.json', content: 'x' }])).rejects.toThrow();
        expect(readFileSync(path.join(out, 'a.json'), 'utf8')).toBe('old');
        expect(readdirSync(out).sort()).toEqual(['a.json', 'b.json']);
    });
});
