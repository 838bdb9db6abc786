import type { Site } from '../../core/site';
import type { CompiledContent, ContentCollection } from './collection';
import { dataModule } from './collection';
import { readLocalized } from './localized';
import { FileReport } from './report';
import { parseYaml } from './yaml';
import { readContent } from './files';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const FILE = 'content/site/site.yaml';
// No organizer here: the unit's name is set in the dashboard (src/server/identity), never built in.
const KEYS = ['title', 'shortTitle', 'hotlines', 'lastChecked'] as const;
const HOTLINE_KEYS = ['number', 'label', 'hours', 'source'] as const;

/** content/site/site.yaml → `virtual:content/site`: what this deployment calls itself and who runs it. */
export const siteCollection: ContentCollection = {
  name: 'site',
  compile(root): CompiledContent {
    const report = new FileReport(FILE);
    if (!existsSync(join(root, FILE))) {
      report.error(1, 'file', 'no file', 'content/site/site.yaml with the title and hotlines');
      return { modules: {}, errors: report.errors };
    }
    const yaml = parseYaml(readContent(root, FILE));
    const fileReport = new FileReport(FILE, yaml.lineOf);
    for (const p of yaml.problems) fileReport.error(p.line, 'YAML', p.message, 'valid YAML');
    if (yaml.problems.length) return { modules: {}, errors: fileReport.errors };

    const r = fileReport;
    const doc = r.object(yaml.value, [], 'site');
    if (!doc) return { modules: {}, errors: r.errors };
    r.noUnknownKeys(doc, [], KEYS);
    const hotlinesRaw = r.list(doc.hotlines, ['hotlines'], 'hotlines', { min: 1 }) ?? [];
    const hotlines = hotlinesRaw.map((h, i) => {
      const at = ['hotlines', i];
      const o = r.object(h, at, `hotlines[${i}]`) ?? {};
      r.noUnknownKeys(o, at, HOTLINE_KEYS);
      return {
        // Digits and spaces only: it becomes a tel: link.
        number: r.string(o.number, [...at, 'number'], `hotlines[${i}].number`, {
          pattern: /^\+?[0-9][0-9 .]{2,18}[0-9]$/,
          expected: 'a phone number (digits and spaces, e.g. "1900 0368")',
        }),
        label: readLocalized(r, o.label, [...at, 'label'], `hotlines[${i}].label`),
        hours: readLocalized(r, o.hours, [...at, 'hours'], `hotlines[${i}].hours`, { optional: true }),
        source: r.string(o.source, [...at, 'source'], `hotlines[${i}].source`),
      };
    });
    const site = {
      title: readLocalized(r, doc.title, ['title'], 'title'),
      shortTitle: readLocalized(r, doc.shortTitle, ['shortTitle'], 'shortTitle', { max: 12 }),
      hotlines,
      lastChecked: r.isoDate(doc.lastChecked, ['lastChecked'], 'lastChecked'),
    };
    if (r.errors.length) return { modules: {}, errors: r.errors };
    return { modules: { site: dataModule(site as Site, 'site') }, errors: [] };
  },
};
