import { expect, test } from 'vitest';
import { planGeneratedLessons } from '../../scripts/lib/generatedCourse.ts';

const count = (ids: string[]) => Object.fromEntries([...new Set(ids)].map((id) => [id, ids.filter((x) => x === id).length]));

test('generated lessons top the real modules up evenly, then fill new modules, none over the limit', () => {
  const plan = planGeneratedLessons(new Map([['intro', 24], ['b2b', 3], ['b2c', 5]]), 70, 25);
  expect(plan.modules).toHaveLength(70);
  expect(count(plan.modules)).toEqual({ intro: 1, b2b: 22, b2c: 20, 'generated-module-001': 25, 'generated-module-002': 2 });
  expect(plan.added).toEqual(['generated-module-001', 'generated-module-002']);
  // Round robin: the first lessons go one to each module with room.
  expect(plan.modules.slice(0, 3)).toEqual(['intro', 'b2b', 'b2c']);
});

test('a few generated lessons need no new module', () => {
  expect(planGeneratedLessons(new Map([['intro', 2]]), 3, 25)).toEqual({ modules: ['intro', 'intro', 'intro'], added: [] });
});
