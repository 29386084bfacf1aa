/**
 * The navigation features through a real LSP connection (in-process, over
 * streams, with the services createItsmServices builds for the server):
 * the capabilities the server announces, and rename, highlights and semantic
 * tokens as a client sees them, refusals arriving as error messages.
 */
import { PassThrough } from 'node:stream';
import { EmptyFileSystem } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConnection } from 'vscode-languageserver/node';
import {
    createProtocolConnection, DidOpenTextDocumentNotification, InitializedNotification, InitializeRequest,
    PrepareRenameRequest, RenameRequest, SemanticTokensRequest, DocumentHighlightRequest, FoldingRangeRequest,
    StreamMessageReader, StreamMessageWriter, type InitializeResult, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { createItsmServices } from '../../language/itsm-module.js';
import { ITSM_TOKEN_TYPES } from '../../language/lsp/semantic-token-provider.js';
import { navigationFiles } from './navigation-fixture.js';

let client: ProtocolConnection;
let initialized: InitializeResult;
const uri = (file: string) => `file:///lsp/${file}`;

beforeAll(async () => {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const connection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    const { shared } = createItsmServices({ connection, ...EmptyFileSystem });
    startLanguageServer(shared);
    client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    client.onRequest('workspace/configuration', () => []);
    client.onRequest('client/registerCapability', () => null);
    client.onNotification('textDocument/publishDiagnostics', () => undefined);
    client.listen();
    initialized = await client.sendRequest(InitializeRequest.type, {
        processId: null,
        rootUri: null,
        workspaceFolders: null,
        capabilities: { textDocument: { rename: { prepareSupport: true }, semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] } } },
    });
    await client.sendNotification(InitializedNotification.type, {});
    for (const [file, text] of Object.entries(navigationFiles)) {
        await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uri(file), languageId: 'itsm', version: 1, text } });
    }
});

afterAll(() => client?.dispose());

describe('navigation over LSP', () => {
    it('announces the navigation capabilities and the semantic token legend', () => {
        const capabilities = initialized.capabilities;
        expect(capabilities.documentSymbolProvider).toBeTruthy();
        expect(capabilities.workspaceSymbolProvider).toBeTruthy();
        expect(capabilities.foldingRangeProvider).toBeTruthy();
        expect(capabilities.documentHighlightProvider).toBeTruthy();
        expect(capabilities.definitionProvider).toBeTruthy();
        expect(capabilities.referencesProvider).toBeTruthy();
        expect(capabilities.renameProvider).toEqual({ prepareProvider: true });
        expect(capabilities.semanticTokensProvider?.legend.tokenTypes).toEqual([...ITSM_TOKEN_TYPES]);
    });

    it('renames across the open files', async () => {
        const edit = await client.sendRequest(RenameRequest.type, {
            textDocument: { uri: uri('shared.itsm') }, position: { line: 5, character: 4 }, newName: 'ad02',
        });
        const changed = Object.fromEntries(Object.entries(edit?.changes ?? {}).map(([file, edits]) => [file, edits.length]));
        expect(changed).toEqual({ [uri('shared.itsm')]: 1, [uri('it.itsm')]: 3, [uri('ops.itsm')]: 1 });
    });

    it('sends a refusal to rename as an error with its message', async () => {
        await expect(client.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: uri('it.itsm') }, position: { line: 8, character: 2 } }))
            .rejects.toThrow("'service' is a keyword of the ITSM language and cannot be renamed.");
        await expect(client.sendRequest(RenameRequest.type, { textDocument: { uri: uri('shared.itsm') }, position: { line: 5, character: 4 }, newName: 'a b' }))
            .rejects.toThrow("'a b' is not a valid name");
    });

    it('answers highlights, folding ranges and semantic tokens', async () => {
        const highlights = await client.sendRequest(DocumentHighlightRequest.type, { textDocument: { uri: uri('it.itsm') }, position: { line: 8, character: 9 } });
        expect(highlights?.length).toBe(3);
        const folds = await client.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: uri('it.itsm') } });
        expect(folds?.length).toBeGreaterThan(3);
        const tokens = await client.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: uri('it.itsm') } });
        expect(tokens?.data.length).toBeGreaterThan(0);
    });
});
