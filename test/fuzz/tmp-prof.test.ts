import { it } from 'vitest';
import { EmptyFileSystem, URI } from 'langium';
import { createItsmServices } from '../../language/itsm-module.js';
it('x', async () => {
  const s = createItsmServices(EmptyFileSystem);
  for (const n of [1<<14, 1<<15, 1<<16]) {
    for (const [name, t] of [['id', `team ${'A'.repeat(n)} {}\n`], ['garbage', '@#$'.repeat(n/3)]] as const) {
      let t0 = performance.now();
      const lx = s.Itsm.parser.Lexer.tokenize(t);
      const lexMs = performance.now() - t0; t0 = performance.now();
      const d = s.shared.workspace.LangiumDocumentFactory.fromString(t, URI.parse(`file:///${name}${n}.itsm`));
      const parseMs = performance.now() - t0; t0 = performance.now();
      s.shared.workspace.LangiumDocuments.addDocument(d);
      await s.shared.workspace.DocumentBuilder.build([d], { validation: true });
      console.log(name, n, 'lex', lexMs.toFixed(0), 'parse', parseMs.toFixed(0), 'build', (performance.now() - t0).toFixed(0), 'errors', lx.errors.length, d.diagnostics?.length);
    }
  }
});
