import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from '../../core/i18n/languages';
import { FIX_TUTORIAL_ID, TUTORIAL_IDS } from '../../core/tutorials/ids';
import { localDay } from '../../core/tutorials/freshness';
import type { Tutorial, TutorialSummary } from '../../core/tutorials/types';
import type { CompiledContent, ContentCollection } from './collection';
import { dataModule } from './collection';
import type { ContentError } from './errors';
import { listFiles, readContent } from './files';
import { inLanguage } from './localized';
import { checkIllustration, ILLUSTRATION_DIR } from './tutorial-illustrations';
import { readTutorial, type ReadTutorial } from './tutorial-read';

const DIR = 'content/tutorials';

/**
 * content/tutorials/<id>.yaml (one tutorial each) and their SVG illustrations →
 * `virtual:content/tutorials`: a small index (titles, step counts) and `loadTutorial(id, lang)`,
 * which lazily imports `virtual:content/tutorial/<id>/<lang>`: the full steps with their
 * illustrations inlined and every text in that one language (a phone downloads only the language
 * it shows; English ones are left out of the precache, src/build/on-demand-assets.ts).
 * Cross-file checks: every fix and related link resolves, every illustration exists and is safe,
 * and every agreed tutorial id (the checker and posters link to them) has its file.
 */
export function createTutorialsCollection(options: { today?: () => string } = {}): ContentCollection {
  const today = options.today ?? (() => localDay(new Date()));
  return {
    name: 'tutorials',
    compile(root) {
      const { tutorials, errors } = compileTutorials(root, today());
      if (errors.length) return { modules: {}, errors };
      const modules: CompiledContent['modules'] = {};
      for (const t of tutorials) {
        for (const lang of LANGUAGES) modules[`tutorial/${t.id}/${lang}`] = dataModule(inLanguage(t, lang), 'tutorial');
      }
      modules['tutorials'] = indexModule(tutorials);
      return { modules, errors: [] };
    },
  };
}

/**
 * Reads every tutorial file, checks each on its own and then the links between them, and returns
 * the tutorials in the agreed order with their illustrations inlined, or every error found.
 */
export function compileTutorials(root: string, today: string): { tutorials: Tutorial[]; errors: ContentError[] } {
  const files = listFiles(root, DIR, ['.yaml', '.yml']).filter((f) => f.split('/').length === 3);
  const read = files.map((file) => readTutorial(file, readContent(root, file), today));
  const errors: ContentError[] = [];
  const byId = new Map<string, ReadTutorial>();
  for (const t of read) {
    if (!t.tutorial) continue;
    const other = byId.get(t.tutorial.id);
    if (other) t.report.error(['id'], 'id', `"${t.tutorial.id}", also used by ${other.file}`, 'an id used by one tutorial only');
    else byId.set(t.tutorial.id, t);
  }
  for (const id of TUTORIAL_IDS) {
    if (!byId.has(id) && !read.some((t) => fileIdOf(t.file) === id)) {
      errors.push({
        file: `${DIR}/${id}.yaml`,
        line: 1,
        field: 'file',
        found: 'no file',
        expected: `the tutorial "${id}" (the checker and posters link to it)`,
      });
    }
  }
  // A link to a file that exists but did not read cleanly is not reported again: that file's own errors say why.
  const unreadable = new Set(read.filter((t) => !t.tutorial).map((t) => fileIdOf(t.file)));
  checkLinks(read, byId, unreadable);
  const illustrations = loadIllustrations(root, read, errors);
  errors.unshift(...read.flatMap((t) => t.report.errors));
  if (errors.length) return { tutorials: [], errors };

  const tutorials = [...byId.values()]
    .map((t) => t.tutorial as Omit<Tutorial, 'illustrations'>)
    .sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id))
    .map((t): Tutorial => {
      const own: Record<string, string> = {};
      for (const s of t.steps) own[s.illustration] = illustrations.get(s.illustration) ?? '';
      return { ...t, illustrations: own };
    });
  return { tutorials, errors: [] };
}

export const tutorialsCollection = createTutorialsCollection();

function fileIdOf(file: string): string {
  return (
    file
      .split('/')
      .pop()
      ?.replace(/\.ya?ml$/, '') ?? ''
  );
}

function rank(id: string): number {
  const at = (TUTORIAL_IDS as readonly string[]).indexOf(id);
  return at < 0 ? TUTORIAL_IDS.length : at;
}

/** Every `fixes` entry names a step of fix-problems; every `related` entry a tutorial (and step) that exists. */
function checkLinks(read: readonly ReadTutorial[], byId: ReadonlyMap<string, ReadTutorial>, unreadable: ReadonlySet<string>): void {
  const fixSteps = byId.get(FIX_TUTORIAL_ID)?.tutorial?.steps.map((s) => s.id);
  for (const t of read) {
    t.tutorial?.steps.forEach((step, i) => {
      step.fixes.forEach((fix, j) => {
        if (fixSteps && !fixSteps.includes(fix)) {
          t.report.error(
            ['steps', i, 'fixes', j],
            `steps[${i}].fixes`,
            `"${fix}"`,
            `a step id of ${FIX_TUTORIAL_ID}: ${fixSteps.join(', ')}`,
          );
        }
      });
      step.related.forEach((ref, j) => {
        const target = byId.get(ref.tutorial)?.tutorial;
        const at = ['steps', i, 'related', j];
        if (!target && unreadable.has(ref.tutorial)) return;
        if (!target) {
          t.report.error(at, `steps[${i}].related`, `"${ref.tutorial}"`, `a tutorial id: ${[...byId.keys()].join(', ')}`);
        } else if (ref.step && !target.steps.some((s) => s.id === ref.step)) {
          t.report.error(
            at,
            `steps[${i}].related`,
            `"${ref.tutorial}/${ref.step}"`,
            `a step of ${ref.tutorial}: ${target.steps.map((s) => s.id).join(', ')}`,
          );
        }
      });
    });
  }
}

/** Reads each illustration once; a missing file is reported at the step that names it. */
function loadIllustrations(root: string, read: readonly ReadTutorial[], errors: ContentError[]): Map<string, string> {
  const markup = new Map<string, string>();
  const checked = new Set<string>();
  for (const t of read) {
    t.tutorial?.steps.forEach((step, i) => {
      const name = step.illustration;
      const file = `${ILLUSTRATION_DIR}/${name}`;
      if (!existsSync(join(root, file))) {
        t.report.error(['steps', i, 'illustration'], `steps[${i}].illustration`, `"${name}"`, `an SVG file in ${ILLUSTRATION_DIR}/`);
        return;
      }
      if (checked.has(name)) return;
      checked.add(name);
      const out = checkIllustration(readContent(root, file));
      for (const p of out.problems) errors.push({ file, ...p });
      if (out.markup) markup.set(name, out.markup);
    });
  }
  return markup;
}

function indexModule(tutorials: readonly Tutorial[]): string {
  const summaries: TutorialSummary[] = tutorials.map((t) => ({
    id: t.id,
    title: t.title,
    summary: t.summary,
    lastChecked: t.lastChecked,
    stepIds: t.steps.map((s) => s.id),
  }));
  // One literal import() per tutorial and language, so the bundler makes each its own chunk.
  const loaders = tutorials
    .map((t) => {
      const perLang = LANGUAGES.map((lang) => `${lang}: () => import(${JSON.stringify(`virtual:content/tutorial/${t.id}/${lang}`)})`);
      return `${JSON.stringify(t.id)}: { ${perLang.join(', ')} }`;
    })
    .join(',\n  ');
  return (
    dataModule(summaries, 'tutorials') +
    `const loaders = {\n  ${loaders}\n};\n` +
    `export function loadTutorial(id, lang) {\n` +
    `  const own = Object.prototype.hasOwnProperty.call(loaders, id) ? loaders[id] : undefined;\n` +
    `  const load = own && (Object.prototype.hasOwnProperty.call(own, lang) ? own[lang] : own.vi);\n` +
    `  return load ? load().then((m) => m.tutorial) : Promise.resolve(undefined);\n` +
    `}\n`
  );
}
