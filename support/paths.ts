import { join } from 'node:path';

/** The project's folders, named once so that moving a file does not change what `..` means. */
export const ROOT = join(import.meta.dirname, '..');
export const SITE_DIR = join(ROOT, 'tests', 'fixtures', 'site');
export const PAGES_DIR = join(ROOT, 'tests', 'fixtures', 'pages');
/** The shared real-world pages, beside the project (CORPUS_DIR overrides). */
export const CORPUS_DIR = process.env.CORPUS_DIR ?? join(ROOT, '..', 'shared', 'corpus', 'pages');
