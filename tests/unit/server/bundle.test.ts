import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { serverBundleOptions } from '@/lib/cli/server-bundle';

/*
 * What the production server runs before Next, as the build bundles it. Every request pays for
 * this code, so it must decide from what the build wrote, never by loading the content: the
 * loader, the Markdown renderer and the getters must not creep into it.
 */

describe('the production server’s own code', () => {
  it('holds the front door and nothing that loads or renders content', async () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const result = await build({
      ...serverBundleOptions(root, {}),
      write: false,
      metafile: true,
      outfile: 'server.js',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('lib/requests/front-door.ts');
    expect(inputs).toContain('lib/server/held-answers.ts');
    const loading = inputs.filter((input) =>
      /^lib\/(library|markdown|browse|outputs)\/|^lib\/content\/(folder|load|schema)|node_modules\/(remark|gray-matter|unified|sharp)/.test(
        input,
      ),
    );
    expect(loading).toEqual([]);
  });
});
