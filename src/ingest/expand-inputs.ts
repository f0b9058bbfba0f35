// Command-line inputs → input names: "-" stays (standard input), a directory becomes the
// article files under it, a glob becomes its matches, a file stays itself.
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** File names a directory walk picks up: pages, scraped text, and either gzipped. */
export const ARTICLE_FILE = /\.(?:html?|xhtml|txt)(?:\.gz)?$|\.gz$/i;

async function isDirectory(path: string): Promise<boolean | null> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return null;
  }
}

/** Article files under a directory, depth first, sorted by name; hidden entries skipped. */
async function walk(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  const found: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await walk(path)));
    else if (entry.isFile() && ARTICLE_FILE.test(entry.name)) found.push(path);
  }
  return found;
}

/**
 * Expands command-line inputs to input names for `readDocument`, in order and without
 * repeats. A name that is neither an existing path nor a glob is kept, so reading it
 * reports INPUT_NOT_FOUND for it.
 */
export async function expandInputs(inputs: string[]): Promise<string[]> {
  const names: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      names.push(input);
      continue;
    }
    const directory = await isDirectory(input);
    if (directory === true) names.push(...(await walk(input)));
    else if (directory === false) names.push(input);
    else if (isDynamicPattern(input)) {
      // Matches are written the way the pattern was: absolute for an absolute pattern, else relative.
      const matches = await glob(input, {
        onlyFiles: true,
        dot: false,
        expandDirectories: false,
        absolute: isAbsolute(input),
      });
      names.push(...matches.sort());
    } else names.push(input);
  }
  return [...new Set(names)];
}
