import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MedkgError } from '../../../src/domain/errors.js';
import { readArticles } from '../../../src/ingest/read/read.js';

const fixture = (name: string): Uint8Array =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/articles/${name}`, import.meta.url)));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function readError(bytes: Uint8Array, name: string, maxBytes?: number): MedkgError {
  try {
    readArticles(bytes, name, maxBytes === undefined ? {} : { maxBytes });
  } catch (error) {
    if (error instanceof MedkgError) return error;
    throw error;
  }
  throw new Error('expected readArticles to refuse the input');
}

describe('readArticles on a rendered HTML page', () => {
  const [article] = readArticles(fixture('page.html'), 'page.html');

  it('takes the title from <h1>, the url from the canonical link and the slug from the url path', () => {
    expect(article?.format).toBe('html');
    expect(article?.title).toBe('Cystic Fibrosis (CF)');
    expect(article?.url).toBe('https://health.example.org/diseases/cystic-fibrosis/');
    expect(article?.slug).toBe('cystic-fibrosis');
    expect(article?.updatedAt).toBe('2024-05-02T10:00:00+00:00');
  });

  it('puts headings on lines of their own and ordered items as indented numbered lines', () => {
    const lines = article?.text.split('\n') ?? [];
    expect(lines[0]).toBe('Cystic Fibrosis (CF)');
    expect(lines).toContain('Causes');
    expect(lines).toContain('  1. Sweat chloride test — measures chloride in sweat. NCBI');
    expect(lines).toContain('  2. Genetic testing: finds CFTR variants.');
    expect(lines).toContain('• Newborn screening');
  });

  it('drops scripts, styles, navigation and the footer and decodes entities', () => {
    expect(article?.text).not.toMatch(/alert|window\.track|Home|Health Library|color: red/u);
    expect(article?.text).toContain('the lungs & the pancreas');
  });

  it('collects links to other articles of the same site as slugs', () => {
    expect(article?.links).toEqual(['cftr-gene', 'bronchiectasis']);
  });
});

describe('readArticles on a WordPress REST export', () => {
  const articles = readArticles(fixture('export.json'), 'export.json');

  it('yields one article per post with its id, decoded title and modification date', () => {
    expect(articles.map((article) => article.source)).toEqual(['export.json#101', 'export.json#102']);
    expect(articles[0]?.title).toBe('Sickle Cell Disease (SCD) – overview');
    expect(articles[0]?.wordpressId).toBe(101);
    expect(articles[0]?.updatedAt).toBe('2024-03-01T08:00:00');
    expect(articles[0]?.text.split('\n')).toContain('  2. Anaemia');
  });

  it('prefers the slug of the link path and falls back to the post slug for ?p= links', () => {
    expect(articles[0]?.slug).toBe('sickle-cell-disease');
    expect(articles[1]?.slug).toBe('hydroxyurea');
  });

  it('hashes each post on its own so editing one post changes one hash', () => {
    expect(articles[0]?.bytesHash).not.toBe(articles[1]?.bytesHash);
    expect(articles[0]?.bytesHash).toMatch(/^[0-9a-f]{64}$/u);
  });

  it('refuses unparseable JSON with the file name and the reason', () => {
    const error = readError(utf8('[{"id": 1, "title": '), 'broken.json');
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/^broken\.json: unparseable JSON/u);
    expect(error.message).not.toContain('\n');
  });
});

describe('readArticles on Markdown with front matter', () => {
  const [article] = readArticles(fixture('note.md'), 'note.md');

  it('reads title, slug, category and updated from the front matter', () => {
    expect(article?.format).toBe('markdown');
    expect(article?.title).toBe('Phenylketonuria (PKU)');
    expect(article?.slug).toBe('phenylketonuria');
    expect(article?.category).toBe('Diseases A–Z');
    expect(article?.updatedAt).toBe('2024-02-10');
  });

  it('turns headings, numbered lists and bullets into the text-lines shape without inline markup', () => {
    const lines = article?.text.split('\n') ?? [];
    expect(lines).toContain('Causes');
    expect(lines).toContain('Phenylketonuria is an inherited disorder in which the body cannot break down phenylalanine.');
    expect(lines).toContain('  1. Newborn screening — a heel-prick blood test. NCBI');
    expect(lines).toContain('  2. Blood phenylalanine level: used to monitor treatment.');
    expect(lines).toContain('• Dose & timing: daily');
    expect(article?.links).toEqual(['pah']);
  });
});

describe('readArticles on plain text and encodings', () => {
  it('takes the first non-empty line as the title and the file name as the slug', () => {
    const [article] = readArticles(fixture('plain.txt'), 'dir/tay-sachs.txt');
    expect(article?.format).toBe('text');
    expect(article?.title).toBe('Tay-Sachs disease');
    expect(article?.slug).toBe('tay-sachs');
  });

  it('decodes UTF-8 with a BOM, UTF-16 LE and BE with BOMs, and Latin-1 alike', () => {
    const text = 'Ménière disease\n\nVertigo — and tinnitus.\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    const inputs = [
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
      le,
      Buffer.concat([Buffer.from([0xfe, 0xff]), be]),
    ];
    for (const bytes of inputs) expect(readArticles(bytes, 'a.txt')[0]?.text).toBe(text);
    const latin1 = Buffer.from('Ménière disease\n\nVertigo.\n', 'latin1');
    expect(readArticles(latin1, 'b.txt')[0]?.title).toBe('Ménière disease');
  });

  it('detects HTML by content even when the file is named .txt', () => {
    const [article] = readArticles(utf8('<html><body><h1>Gout</h1><p>Uric acid crystals.</p></body></html>'), 'gout.txt');
    expect(article?.format).toBe('html');
    expect(article?.text).toBe('Gout\n\nUric acid crystals.');
  });

  it('refuses empty, binary, oversized and title-less files with one-line reasons', () => {
    expect(readError(new Uint8Array(), 'empty.txt').message).toBe('empty.txt: empty file');
    expect(readError(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]), 'x.png').message).toMatch(/^x\.png: binary/u);
    expect(readError(utf8('Title\n\nbody text'), 'big.txt', 5).message).toMatch(/^big\.txt: file is 16 bytes, over the limit of 5 bytes$/u);
    expect(readError(utf8('<html><body><p>no heading</p></body></html>'), 'page.html').message).toMatch(/^page\.html: no title found/u);
    expect(readError(utf8('   \n\n'), 'blank.txt').code).toBe('BAD_USER_INPUT');
  });
});
