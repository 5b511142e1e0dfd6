import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { germanMessages, loadMessages } from './resources';

// Checks every translation of the app: both languages have the same keys, every file is registered,
// and every key the code asks for exists. A missing key would show its raw name on screen.
const SRC = path.resolve(import.meta.dirname, '..');

function files(dir: string, predicate: (file: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'generated' ? [] : files(full, predicate);
    return predicate(full) ? [full] : [];
  });
}

function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key));
}

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

const germanFiles = files(SRC, (file) => file.endsWith(`${path.sep}de.json`));
const pairs = germanFiles.map((de) => ({ de, en: path.join(path.dirname(de), 'en.json') }));

const allKeys = new Set<string>();
const allPrefixes = new Set<string>();
for (const { de } of pairs) {
  for (const key of leafKeys(readJson(de))) {
    allKeys.add(key);
    const parts = key.split('.');
    for (let i = 1; i < parts.length; i++) allPrefixes.add(parts.slice(0, i).join('.'));
  }
}

/** Keys the code names literally: t('a.b'), t("a.b"), i18nKey="a.b", labelKey: 'a.b', titleKey: 'a.b'. */
function usedKeys(source: string): { literal: string[]; prefixes: string[] } {
  const literal = [
    ...source.matchAll(/\bt\(\s*['"]([\w.-]+)['"]/g),
    ...source.matchAll(/i18nKey=["']([\w.-]+)["']/g),
    ...source.matchAll(/\b\w*Key:\s*['"]([a-z][\w-]*(?:\.[\w-]+)+)['"]/g),
  ].map((match) => match[1]);
  // t(`roles.${role}`): the part before the placeholder must be a group of keys.
  const prefixes = [...source.matchAll(/\bt\(\s*`([\w.-]+)\.\$\{/g)].map((match) => match[1]);
  return { literal, prefixes };
}

describe('translations', () => {
  it('finds the translation files', () => {
    expect(pairs.length).toBeGreaterThan(0);
  });

  it.each(pairs.map((pair) => [path.relative(SRC, pair.de), pair] as const))(
    '%s has the same keys in English',
    (_name, pair) => {
      const de = leafKeys(readJson(pair.de)).sort();
      const en = leafKeys(readJson(pair.en)).sort();
      expect({
        missingInEnglish: de.filter((key) => !en.includes(key)),
        missingInGerman: en.filter((key) => !de.includes(key)),
      }).toEqual({
        missingInEnglish: [],
        missingInGerman: [],
      });
    },
  );

  it('has no empty texts', () => {
    for (const { de, en } of pairs) {
      for (const file of [de, en]) {
        const empty = leafKeys(readJson(file)).filter((key) => {
          const value = key
            .split('.')
            .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], readJson(file));
          return typeof value !== 'string' || value.trim() === '';
        });
        expect({ file: path.relative(SRC, file), empty }).toEqual({
          file: path.relative(SRC, file),
          empty: [],
        });
      }
    }
  });

  it('registers every translation file, without two files claiming the same group', async () => {
    const registered = new Set(leafKeys(await loadMessages('de', 'all')));
    expect([...allKeys].filter((key) => !registered.has(key))).toEqual([]);
    const registeredEnglish = new Set(leafKeys(await loadMessages('en', 'all')));
    expect([...allKeys].filter((key) => !registeredEnglish.has(key))).toEqual([]);
    const groups = germanFiles.flatMap((file) => Object.keys(readJson(file)));
    expect(groups.filter((group, index) => groups.indexOf(group) !== index)).toEqual([]);
  });

  it('ships every text of the frame and of the first pages with the app (no lazy file needed)', () => {
    const eager = new Set(leafKeys(germanMessages()));
    const known = (key: string) => eager.has(key) || (eager.has(`${key}_one`) && eager.has(`${key}_other`));
    const firstPages = [
      path.join(SRC, 'app'),
      path.join(SRC, 'features/auth'),
      path.join(SRC, 'features/home'),
    ];
    const missing = firstPages.flatMap((dir) =>
      files(dir, (f) => /\.(ts|tsx)$/.test(f) && !/\.spec\.tsx?$/.test(f)).flatMap((file) => {
        const source = readFileSync(file, 'utf8');
        // Components the frame imports from a feature (e.g. the legal footer) count as frame.
        return usedKeys(source)
          .literal.filter((key) => !known(key))
          .map((key) => `${path.relative(SRC, file)}: ${key}`);
      }),
    );
    const frameImports = files(path.join(SRC, 'app'), (f) => /\.tsx?$/.test(f)).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/from '(\.\.\/[^']*features\/[^']*components\/[^']*)'/g)].map(
        (m) => path.resolve(path.dirname(file), `${m[1]}.tsx`),
      ),
    );
    for (const file of frameImports) {
      for (const key of usedKeys(readFileSync(file, 'utf8')).literal)
        if (!known(key)) missing.push(`${path.relative(SRC, file)}: ${key}`);
    }
    expect(missing).toEqual([]);
  });

  it('knows every key the code asks for', () => {
    const missing: string[] = [];
    for (const file of files(SRC, (f) => /\.(ts|tsx)$/.test(f) && !/\.spec\.tsx?$/.test(f))) {
      const { literal, prefixes } = usedKeys(readFileSync(file, 'utf8'));
      // A key with a count may exist only in its plural forms (key_one, key_other).
      const known = (key: string) =>
        allKeys.has(key) || (allKeys.has(`${key}_one`) && allKeys.has(`${key}_other`));
      for (const key of literal) if (!known(key)) missing.push(`${path.relative(SRC, file)}: ${key}`);
      for (const prefix of prefixes)
        if (!allPrefixes.has(prefix)) missing.push(`${path.relative(SRC, file)}: ${prefix}.*`);
    }
    expect(missing).toEqual([]);
  });
});
