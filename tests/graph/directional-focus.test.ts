import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arrowDirection, nearestInDirection } from '../../src/graph/directional-focus.ts';

//      n(0,-50)
// w(-60,0)  o(0,0)  e(40,5)   far-e(200,0)
//      s(10,30)     se(30,40)
const POINTS = [
  { id: 'n', x: 0, y: -50 },
  { id: 'w', x: -60, y: 0 },
  { id: 'e', x: 40, y: 5 },
  { id: 'far-e', x: 200, y: 0 },
  { id: 's', x: 10, y: 30 },
  { id: 'se', x: 30, y: 40 },
];
const origin = { x: 0, y: 0 };

describe('nearestInDirection', () => {
  it('moves to the nearest point in each direction (screen y grows downwards)', () => {
    expect(nearestInDirection(origin, POINTS, 'right')).toBe('e');
    expect(nearestInDirection(origin, POINTS, 'left')).toBe('w');
    expect(nearestInDirection(origin, POINTS, 'up')).toBe('n');
    expect(nearestInDirection(origin, POINTS, 'down')).toBe('s');
  });

  it('prefers a point straight ahead to a nearer one far off to the side', () => {
    const points = [
      { id: 'diagonal', x: 30, y: 28 },
      { id: 'ahead', x: 70, y: 0 },
    ];
    expect(nearestInDirection(origin, points, 'right')).toBe('ahead');
  });

  it('returns null when nothing lies ahead, and ignores the point it starts from', () => {
    expect(nearestInDirection({ x: 200, y: 0 }, POINTS, 'right')).toBeNull();
    expect(nearestInDirection(origin, [{ id: 'self', x: 0, y: 0 }], 'up')).toBeNull();
  });

  it('only ever moves in the direction asked, and to a point no other dominates (property)', () => {
    const pointArb = fc.record({
      x: fc.integer({ min: -100, max: 100 }),
      y: fc.integer({ min: -100, max: 100 }),
    });
    const dirArb = fc.constantFrom('left', 'right', 'up', 'down' as const);
    fc.assert(
      fc.property(fc.array(pointArb, { maxLength: 30 }), dirArb, (raw, dir) => {
        const points = raw.map((p, i) => ({ id: i, ...p }));
        const id = nearestInDirection(origin, points, dir);
        const along = (p: { x: number; y: number }) =>
          dir === 'right' ? p.x : dir === 'left' ? -p.x : dir === 'down' ? p.y : -p.y;
        const side = (p: { x: number; y: number }) =>
          Math.abs(dir === 'left' || dir === 'right' ? p.y : p.x);
        const ahead = points.filter((p) => along(p) > 0);
        if (ahead.length === 0) {
          expect(id).toBeNull();
          return;
        }
        const chosen = points[id as number] as (typeof points)[number];
        expect(along(chosen)).toBeGreaterThan(0);
        // No point is both nearer ahead and less off to the side.
        for (const p of ahead) {
          expect(along(p) < along(chosen) && side(p) < side(chosen)).toBe(false);
        }
      }),
    );
  });
});

describe('arrowDirection', () => {
  it('maps the four arrow keys and nothing else', () => {
    expect(
      ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Enter'].map(arrowDirection),
    ).toEqual(['left', 'right', 'up', 'down', null]);
  });
});
