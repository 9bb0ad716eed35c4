/**
 * A copy of the course grown with generated lessons, for the benchmark and the byte-budget test at size.
 * The generated lessons are course lessons (`lessons/generated-NNNN.mdx`), each a copy of a real course
 * lesson under a new title. They fill the real modules up to `maxLessonsPerModule` lessons, then generated modules of that
 * size, so that no module is unlike a real one (the course tree on a lesson lists the lessons of its own
 * module). Never written into content/: always into a folder the caller removes.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { lessonFiles, splitFrontmatter } from '../../src/lib/lessonFiles.ts';

export const maxLessonsPerModule = 25;


interface ModuleEntry {
  id: string;
  order: number;
}

/** How many lessons each module of a content folder has (platforms belong to their model's module). */
export function lessonsPerModule(contentDir: string): Map<string, number> {
  const modules = parse(readFileSync(join(contentDir, 'modules.yaml'), 'utf8')) as ModuleEntry[];
  const counts = new Map(modules.map((m) => [m.id, 0]));
  const files = lessonFiles(contentDir).map((l) => ({ ...l, data: parse(splitFrontmatter(readFileSync(l.file, 'utf8')).frontmatter) as Record<string, string> }));
  const modelModule = new Map(files.filter((f) => f.folder === 'models').map((f) => [f.slug, f.data['module']!]));
  for (const f of files) {
    const id = f.folder === 'platforms' ? modelModule.get(f.data['model']!) : f.data['module'];
    if (id && counts.has(id)) counts.set(id, counts.get(id)! + 1);
  }
  return counts;
}

/**
 * Where `count` generated lessons go: the real modules first, each topped up to `maxLessonsPerModule`
 * in turn (round robin, so they grow evenly), then as many generated modules as the rest needs.
 * Returns the module id of each generated lesson, and the generated modules.
 */
export function planGeneratedLessons(existing: Map<string, number>, count: number, perModule = maxLessonsPerModule): { modules: string[]; added: string[] } {
  const sizes = new Map(existing);
  const modules: string[] = [];
  let left = count;
  while (left > 0 && [...sizes.values()].some((n) => n < perModule)) {
    for (const [id, n] of sizes) {
      if (left === 0) break;
      if (n < perModule) {
        sizes.set(id, n + 1);
        modules.push(id);
        left--;
      }
    }
  }
  const added: string[] = [];
  for (let i = 0; left > 0; i++) {
    const id = `generated-module-${String(i + 1).padStart(3, '0')}`;
    added.push(id);
    const take = Math.min(perModule, left);
    for (let k = 0; k < take; k++) modules.push(id);
    left -= take;
  }
  return { modules, added };
}

/**
 * Copies `sourceDir` (a content folder) to `destDir` and adds `count` generated lessons; returns
 * `destDir`, ready for `CONTENT_DIR`.
 */
export function generateContent(sourceDir: string, destDir: string, count: number): string {
  cpSync(sourceDir, destDir, { recursive: true });
  const { modules, added } = planGeneratedLessons(lessonsPerModule(destDir), count);
  const maxOrder = Math.max(...(parse(readFileSync(join(destDir, 'modules.yaml'), 'utf8')) as ModuleEntry[]).map((m) => m.order));
  const moduleYaml = added.map(
    (id, i) => `- id: ${id}\n  order: ${maxOrder + i + 1}\n  title: Generated module ${i + 1}\n  summary: A module of generated lessons, for measuring the site at size.\n`,
  );
  writeFileSync(join(destDir, 'modules.yaml'), `${readFileSync(join(destDir, 'modules.yaml'), 'utf8').trimEnd()}\n${moduleYaml.join('')}`);

  // Each generated lesson copies one real course lesson whole (frontmatter and body), so that the
  // body's <Fact id> references name facts of its own frontmatter.
  const sources = lessonFiles(destDir)
    .filter((l) => l.folder === 'lessons')
    .map((l) => splitFrontmatter(readFileSync(l.file, 'utf8')));
  modules.forEach((moduleId, index) => {
    const i = index + 1;
    const { frontmatter, body } = sources[i % sources.length]!;
    const fm = frontmatter
      .replace(/^title: .*$/m, `title: Generated lesson ${i}`)
      .replace(/^description: .*$/m, `description: A generated lesson (number ${i}), for measuring the site at size.`)
      .replace(/^module: .*$/m, `module: ${moduleId}`)
      .replace(/^order: .*$/m, `order: ${100 + i}`);
    const text = `${body}\n\n## Benchmark marker\n\nUnique word benchmarkterm${i}.\n`;
    writeFileSync(join(destDir, 'lessons', `generated-${String(i).padStart(4, '0')}.mdx`), `---\n${fm}\n---\n${text}`);
  });
  return destDir;
}
