import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PANEL_IDS, URL_KEYS, URL_PARAMS } from '../../../src/store/url';

const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Sharing and embedding'));

describe('the README’s "Sharing and embedding" section', () => {
  it('has a table row for every URL parameter, in the table’s order', () => {
    const rows = [...section.matchAll(/^\| `([a-z]+)` +\|/gm)].map((m) => m[1]);
    expect(rows).toEqual(URL_KEYS.map((k) => URL_PARAMS[k].name));
  });

  it('names every panel id', () => {
    for (const id of PANEL_IDS) expect(section).toContain(`\`${id}\``);
  });
});
