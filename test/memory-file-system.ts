import { EmptyFileSystemProvider, type URI } from 'langium';

/**
 * Files held in a map, for tests that change a file's text and update the
 * workspace as the language server does (DocumentBuilder.update re-reads it).
 */
export class MemoryFileSystem extends EmptyFileSystemProvider {
    constructor(readonly texts: Map<string, string>) {
        super();
    }

    override readFile(uri?: URI): Promise<string> {
        return Promise.resolve(this.readFileSync(uri));
    }

    override readFileSync(uri?: URI): string {
        const text = uri && this.texts.get(uri.toString());
        if (text === undefined) throw new Error(`no file ${uri?.toString()}`);
        return text;
    }
}
