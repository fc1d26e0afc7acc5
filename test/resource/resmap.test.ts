import { describe, expect, it } from 'vitest';
import { ResourceMap } from '../../src/resource/resmap.js';
import { Resource } from '../../src/resource/resource.js';
import { isKustomizeError } from '../../src/core/errors.js';

const cm = (name: string, namespace?: string): Resource =>
  new Resource({ apiVersion: 'v1', kind: 'ConfigMap', metadata: namespace ? { name, namespace } : { name } });

function conflict(f: () => void): string {
  try {
    f();
  } catch (e) {
    if (isKustomizeError(e) && e.code === 'ID_CONFLICT') return e.message;
    throw e;
  }
  return 'no conflict';
}

// The id index behind append() must see every way a resource's id changes.
describe('ResourceMap id index', () => {
  it('rejects a duplicate current id, namespace "" and "default" being the same', () => {
    const m = new ResourceMap([cm('a'), cm('b', 'x')]);
    expect(conflict(() => m.append(cm('a', 'default')))).toBe(
      'may not add resource with an already registered id: ConfigMap.v1.[noGrp]/a.default',
    );
    m.append(cm('a', 'x'));
    expect(m.size).toBe(3);
  });

  it('sees renames made by editing obj after resources() handed them out', () => {
    const m = new ResourceMap([cm('a'), cm('b')]);
    m.append(cm('c')); // index built
    for (const r of m.resources()) (r.obj['metadata'] as { name: string }).name += '-x';
    expect(conflict(() => m.append(cm('a-x')))).toMatch(/ConfigMap.v1.\[noGrp\]\/a-x/);
    m.append(cm('a')); // the old name is free again
  });

  it('sees renames through setters of a resource shared with another map', () => {
    const shared = cm('a');
    const base = new ResourceMap([shared]);
    const overlay = new ResourceMap();
    overlay.appendAll(base);
    overlay.append(cm('b')); // index built
    shared.setName('c');
    expect(conflict(() => overlay.append(cm('c')))).toMatch(/\/c\./);
    overlay.append(cm('a'));
    shared.setNamespace('ns');
    overlay.append(cm('c')); // c moved to namespace ns
    expect(conflict(() => overlay.append(cm('c', 'ns')))).toMatch(/\/c\.ns/);
  });

  it('sees renames of resources handed out by byAnyId, and keeps order', () => {
    const a = cm('a');
    const m = new ResourceMap([a, cm('b')]);
    m.append(cm('z'));
    const [found] = m.byAnyId(a.curId());
    expect(found).toBe(a);
    (found!.obj['metadata'] as { name: string }).name = 'q';
    expect(conflict(() => m.append(cm('q')))).toMatch(/\/q\./);
    expect(m.resources().map((r) => r.name)).toEqual(['q', 'b', 'z']);
  });

  it('finds resources by previous ids', () => {
    const a = cm('a');
    const m = new ResourceMap([a]);
    a.storePreviousId();
    a.setName('p-a');
    expect(m.byAnyId(cm('a').curId())).toEqual([a]);
    expect(m.byAnyId(cm('p-a').curId())).toEqual([a]);
    expect(m.byCurrentId(cm('a').curId())).toEqual([]);
  });

  it('caches ids by value: in-place edits are seen, ids are frozen', () => {
    const a = cm('a');
    const id = a.curId();
    expect(a.curId()).toBe(id);
    expect(Object.isFrozen(id)).toBe(true);
    (a.obj['metadata'] as { name: string }).name = 'b';
    expect(a.curId().name).toBe('b');
    a.obj['kind'] = 'Secret';
    expect(a.curKey()).toContain('Secret');
  });
});
