import { describe, expect, test } from 'vitest';
import { buildCourse, CourseOrderError, flattenCourse, neighbours, type CourseLessonInput } from '../../src/lib/courseOrder.ts';

const modules = [
  { id: 'b2b', title: 'B2B', order: 2, summary: '' },
  { id: 'intro', title: 'Intro', order: 1, summary: '' },
];
const lesson = (id: string, moduleId: string, order: number, kind: CourseLessonInput['kind'] = 'platform'): CourseLessonInput => ({
  kind,
  id,
  title: id,
  moduleId,
  order,
  filePath: `content/${kind}s/${id}.mdx`,
  moduleField: kind === 'platform' ? 'model' : 'module',
});

describe('buildCourse', () => {
  test('orders modules, then lessons inside each module, and numbers them', () => {
    const course = buildCourse(modules, [
      lesson('dhgate', 'b2b', 3),
      lesson('model', 'b2b', 1, 'model'),
      lesson('welcome', 'intro', 1, 'lesson'),
      lesson('alibaba', 'b2b', 2),
    ]);
    expect(flattenCourse(course).map((l) => `${l.position}:${l.id}:${l.positionInModule}`)).toMatchInlineSnapshot(`
      [
        "1:welcome:1",
        "2:model:1",
        "3:alibaba:2",
        "4:dhgate:3",
      ]
    `);
  });

  test('two lessons in one place fail, naming both files and the field', () => {
    expect(() => buildCourse(modules, [lesson('a', 'b2b', 2), lesson('b', 'b2b', 2)])).toThrow(
      'content/platforms/b.mdx: field "order": position 2 of module "b2b" is already taken by content/platforms/a.mdx',
    );
  });

  test('an unknown module fails, naming the field that chose it', () => {
    const run = () => buildCourse(modules, [lesson('a', 'nope', 1, 'lesson')]);
    expect(run).toThrow(CourseOrderError);
    expect(run).toThrow(/content\/lessons\/a\.mdx: field "module": "nope" is not a module/);
    try {
      run();
    } catch (error) {
      // Astro prints the hint in its own slot, under the message.
      expect((error as CourseOrderError).hint).toBe('In content/lessons/a.mdx, use one of: intro, b2b.');
    }
  });

  test('two modules in one place fail', () => {
    expect(() => buildCourse([...modules, { id: 'x', title: 'X', order: 1, summary: '' }], [])).toThrow(/module position 1/);
  });
});

describe('neighbours', () => {
  const flat = flattenCourse(buildCourse(modules, [lesson('welcome', 'intro', 1, 'lesson'), lesson('alibaba', 'b2b', 2)]));
  test('crosses module boundaries', () => {
    expect(neighbours(flat, 'lesson', 'welcome').next?.id).toBe('alibaba');
    expect(neighbours(flat, 'platform', 'alibaba').prev?.id).toBe('welcome');
  });
  test('has no neighbour at the ends', () => {
    expect(neighbours(flat, 'lesson', 'welcome').prev).toBeUndefined();
    expect(neighbours(flat, 'platform', 'alibaba').next).toBeUndefined();
  });
});
