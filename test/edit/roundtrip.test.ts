/**
 * Round trips: an edit changes only the lines of the edited field. Comments (full-line and
 * trailing), blank lines, key order, quoting, indentation and flow collections of everything
 * else come out byte for byte.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  addAnnotation,
  addComponent,
  addLabel,
  addPatch,
  addResource,
  removeResource,
  setImage,
  setNamePrefix,
  setNamespace,
  setReplicas,
} from '../../src/edit/index.js';
import { diffLines, splitLines } from '../../src/gitops/diff.js';
import { decodeKustomization } from '../../src/load/kustomization.js';

const COMMENTED = `# Production overlay for the API.
# Owned by team payments.
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization

namespace: production   # the cluster namespace
namePrefix: "production-"

# Shared base first, then environment files.
resources:
  - ../../base          # base manifests
  - ingress.yaml

images:
  - name: redis
    newName: mirror.example.com/redis
    newTag: "7.2"
  # The API image; CI bumps the tag.
  - name: registry.example.com/api
    newTag: 'v1.0.0'    # release tag

replicas:
  - name: api
    count: 3

commonLabels: { app.kubernetes.io/part-of: shop }

# Trailing notes stay at the end.
`;

describe('a commented kustomization: exact output per command', () => {
  test('set image: only the tag line changes; quotes and comments kept', () => {
    expect(setImage(COMMENTED, ['registry.example.com/api:v1.1.0'])).toBe(
      COMMENTED.replace("newTag: 'v1.0.0'    # release tag", "newTag: 'v1.1.0'    # release tag"),
    );
  });
  test('set image: a new image is inserted in name order, in the style of its siblings', () => {
    expect(setImage(COMMENTED, ['postgres:16'])).toBe(
      COMMENTED.replace(
        'images:\n',
        'images:\n  - name: postgres\n    newTag: "16"\n',
      ),
    );
  });
  test('set namespace / nameprefix: the value is replaced, its comment kept', () => {
    expect(setNamespace(COMMENTED, 'prod-eu')).toBe(COMMENTED.replace('namespace: production ', 'namespace: prod-eu '));
    expect(setNamePrefix(COMMENTED, 'eu-')).toBe(COMMENTED.replace('namePrefix: "production-"', 'namePrefix: "eu-"'));
  });
  test('set replicas', () => {
    expect(setReplicas(COMMENTED, ['api=5'])).toBe(COMMENTED.replace('count: 3', 'count: 5'));
  });
  test('add resource: appended after the last item, same indentation', () => {
    expect(addResource(COMMENTED, ['hpa.yaml'])).toBe(COMMENTED.replace('  - ingress.yaml\n', '  - ingress.yaml\n  - hpa.yaml\n'));
  });
  test('remove resource: only that line goes', () => {
    expect(removeResource(COMMENTED, ['ingress.yaml'])).toBe(COMMENTED.replace('  - ingress.yaml\n', ''));
  });
  test('add label: the flow map stays a flow map', () => {
    expect(addLabel(COMMENTED, ['tier:api'])).toBe(
      COMMENTED.replace('{ app.kubernetes.io/part-of: shop }', '{ app.kubernetes.io/part-of: shop, tier: api }'),
    );
  });
  test('new fields go after the last field (before a trailing comment)', () => {
    expect(addAnnotation(COMMENTED, ['owner:payments'])).toBe(
      COMMENTED.replace('shop }\n', 'shop }\ncommonAnnotations:\n  owner: payments\n'),
    );
  });
  test('add component and patch', () => {
    const out = addPatch(addComponent(COMMENTED, ['../../components/debug']), { path: 'patch.yaml', target: { kind: 'Deployment' } });
    const k = decodeKustomization(out, 'k').k;
    expect(k.components).toEqual(['../../components/debug']);
    expect(k.patches).toEqual([{ path: 'patch.yaml', target: { kind: 'Deployment' } }]);
    expect(commentLines(out)).toEqual(commentLines(COMMENTED));
  });
  test('CRLF files stay CRLF', () => {
    const crlf = COMMENTED.replace(/\n/g, '\r\n');
    expect(setNamespace(crlf, 'prod-eu')).toBe(setNamespace(COMMENTED, 'prod-eu').replace(/\n/g, '\r\n'));
  });
});

function commentLines(text: string): string[] {
  return text.split('\n').filter((l) => /#/.test(l)).map((l) => l.slice(l.indexOf('#')));
}

/** Kustomization files of the repository's fixtures written in block style (the common case). */
function fixtureKustomizations(): { file: string; text: string }[] {
  const root = path.resolve(__dirname, '..', '..', 'fixtures');
  const out: { file: string; text: string }[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === 'kustomization.yaml') {
        const text = fs.readFileSync(p, 'utf8');
        try {
          decodeKustomization(text, p);
        } catch {
          continue;
        }
        out.push({ file: path.relative(root, p), text });
      }
    }
  };
  for (const area of ['basics', 'gitops', 'patch']) walk(path.join(root, area));
  return out;
}

describe('every block-style fixture kustomization: edits touch only their own lines', () => {
  const files = fixtureKustomizations();
  test('there are fixtures to check', () => expect(files.length).toBeGreaterThan(50));
  const edits: [string, (t: string) => string, (k: Record<string, unknown>) => void][] = [
    ['set namespace', (t) => setNamespace(t, 'edited-ns'), (k) => expect(k['namespace']).toBe('edited-ns')],
    ['add resource', (t) => addResource(t, ['added-by-test.yaml']), (k) => expect(k['resources']).toContain('added-by-test.yaml')],
    ['set image', (t) => setImage(t, ['zz-added-image:1.0']), (k) => expect(k['images']).toContainEqual({ name: 'zz-added-image', newTag: '1.0' })],
  ];
  for (const [name, edit, check] of edits) {
    test(name, () => {
      for (const { file, text } of files) {
        const out = edit(text);
        const before = decodeKustomization(text, file).k as Record<string, unknown>;
        const after = decodeKustomization(out, file).k as Record<string, unknown>;
        check(after);
        // Every other field decodes the same.
        for (const key of Object.keys(before)) {
          if (['namespace', 'resources', 'images'].includes(key)) continue;
          expect(after[key], `${file}: ${key}`).toEqual(before[key]);
        }
        // At most one original line is replaced (the edited value); the rest only gains lines.
        const removed = diffLines(splitLines(text).lines, splitLines(out).lines)
          .filter((o) => o.kind !== 'equal')
          .reduce((n, o) => n + o.aEnd - o.aStart, 0);
        expect(removed, `${file}\n${out}`).toBeLessThanOrEqual(1);
        expect(commentLines(out), file).toEqual(commentLines(text).concat(commentLines(out).slice(commentLines(text).length)));
      }
    });
  }
});
