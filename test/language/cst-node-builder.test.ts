/**
 * The CST builder (language/parser/cst-node-builder.ts) places comments where
 * Langium's own builder does — only faster. Both parse every .itsm file of the
 * repository, and the same files with comments put before and after every
 * token, and the trees must be the same node for node.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLangiumParser, EmptyFileSystem, isCompositeCstNode, type CstNode } from 'langium';
import { createItsmServices } from '../../language/itsm-module.js';

const root = path.resolve(__dirname, '../..');
const services = createItsmServices(EmptyFileSystem);
const ours = services.Itsm.parser.LangiumParser;
const langiums = createLangiumParser(services.Itsm);

/** Every node as depth, offset, length and whether it is hidden, in tree order. */
function treeOf(text: string, parser: typeof ours): string[] {
    const lines: string[] = [];
    const walk = (node: CstNode, depth: number): void => {
        lines.push(`${depth} ${node.offset}+${node.length}${node.hidden ? ' hidden' : ''} ${node.grammarSource?.$type ?? ''}`);
        if (isCompositeCstNode(node)) for (const child of node.content) walk(child, depth + 1);
    };
    walk(parser.parse(text).value.$cstNode!, 0);
    return lines;
}

const files = execFileSync('git', ['ls-files', '*.itsm'], { cwd: root }).toString().trim().split('\n');

describe('comments in the CST', () => {
    it('are placed as Langium places them, in every .itsm file of the repository', () => {
        expect(files.length).toBeGreaterThan(20);
        for (const file of files) {
            const text = readFileSync(path.join(root, file), 'utf8');
            expect(treeOf(text, ours), file).toEqual(treeOf(text, langiums));
        }
    });

    it('are placed as Langium places them with a comment before every token of a file', () => {
        const text = readFileSync(path.join(root, 'examples/acme/services.itsm'), 'utf8');
        const commented = text.replace(/(\s+)/g, ' /* c */$1// d\n');
        const tree = treeOf(commented, ours);
        expect(tree.filter(line => line.endsWith('hidden ')).length).toBeGreaterThan(100);
        expect(tree).toEqual(treeOf(commented, langiums));
    });

    it('are placed in front of the definition they precede, at the start of a file too', () => {
        const text = '// first\nteam A {}\n// second\nteam B {}\n';
        const tree = treeOf(text, ours);
        expect(tree).toEqual(treeOf(text, langiums));
        const comments = services.Itsm.parser.LangiumParser.parse(text).value.$cstNode!;
        expect(isCompositeCstNode(comments) && comments.content.map(node => node.hidden ? node.text : node.text.split(' ')[0])).toEqual(['// first', 'team', '// second', 'team']);
    });
});
