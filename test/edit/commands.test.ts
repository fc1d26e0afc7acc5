/**
 * The edit commands against kustomize's own `edit` test tables (kustomize/commands/edit/**\/*_test.go,
 * v5): same arguments, same resulting field values, same error messages. kustomize re-marshals
 * the whole file, so its tests check text snippets; here the resulting field is compared as data
 * (our output keeps the file's own formatting), and the text is checked where it must match.
 */
import { describe, expect, test } from 'vitest';
import { isKustomizeError } from '../../src/core/errors.js';
import {
  IMAGE_ARGS_ERROR,
  REPLICAS_ARGS_ERROR,
  addAnnotation,
  addComponent,
  addLabel,
  addPatch,
  addResource,
  parseImageArg,
  parseMetadataArgs,
  removeResource,
  setImage,
  setNamePrefix,
  setNameSuffix,
  setNamespace,
  setReplicas,
} from '../../src/edit/index.js';
import { decodeKustomization } from '../../src/load/kustomization.js';
import YAML from 'yaml';

/** kustomize's testutils kustomizationContent. */
const KUSTOMIZATION = `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namePrefix: some-prefix
nameSuffix: some-suffix
# Labels to add to all objects and selectors.
# These labels would also be used to form the selector for apply --prune
# Named differently than “labels” to avoid confusion with metadata for this object
commonLabels:
  app: helloworld
commonAnnotations:
  note: This is an example annotation
resources: []
#- service.yaml
#- ../some-dir/
# There could also be configmaps in Base, which would make these overlays
configMapGenerator: []
# There could be secrets in Base, if just using a fork/rebase workflow
secretGenerator: []
replacements:
  - path: replacement.yaml
`;

const k = (text: string) => decodeKustomization(text, 'kustomization.yaml').k as Record<string, unknown>;

function errorOf(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (e) {
    if (isKustomizeError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected an error');
}

const DIGEST = 'sha256:24a0c4b4a4c0eb97a1aabb8e29f18e917d05abfe1b7a7c07857230879ce7d3d3';

describe('set image (setimage_test.go)', () => {
  const cases: { args: string[]; infile?: string[]; want: string[] }[] = [
    { args: ['image1=my-image1:my-tag'], want: ['images:', '- name: image1', '  newName: my-image1', '  newTag: my-tag'] },
    { args: ['image1=my-image1:1234'], want: ['images:', '- name: image1', '  newName: my-image1', '  newTag: "1234"'] },
    { args: ['image1=my-image1:3.2e2'], want: ['images:', '- name: image1', '  newName: my-image1', '  newTag: "3.2e2"'] },
    { args: [`image1=my-image1@${DIGEST}`], want: ['images:', `- digest: ${DIGEST}`, '  name: image1', '  newName: my-image1'] },
    { args: ['image1:my-tag'], want: ['images:', '- name: image1', '  newTag: my-tag'] },
    { args: [`image1@${DIGEST}`], want: ['images:', `- digest: ${DIGEST}`, '  name: image1'] },
    { args: [`my-image1:my-tag@${DIGEST}`], want: ['images:', `- digest: ${DIGEST}`, '  name: my-image1', '  newTag: my-tag'] },
    {
      args: [`image1=my-image1:my-tag@${DIGEST}`],
      want: ['images:', `- digest: ${DIGEST}`, '  name: image1', '  newName: my-image1', '  newTag: my-tag'],
    },
    { args: ['ngnix=localhost:5000/my-project/ngnix'], want: ['images:', '- name: ngnix', '  newName: localhost:5000/my-project/ngnix'] },
    {
      args: ['ngnix=localhost:5000/my-project/ngnix:dev-01'],
      want: ['images:', '- name: ngnix', '  newName: localhost:5000/my-project/ngnix', '  newTag: dev-01'],
    },
    {
      args: ['image1=foo.bar.foo:8800/foo/image1:foo-bar'],
      infile: ['images:', '- name: image1', '  newName: my-image1', '  newTag: my-tag', '- name: image2', '  newName: my-image2', '  newTag: my-tag2'],
      want: ['images:', '- name: image1', '  newName: foo.bar.foo:8800/foo/image1', '  newTag: foo-bar', '- name: image2', '  newName: my-image2', '  newTag: my-tag2'],
    },
    { args: ['image1:v1'], infile: ['images:', '- name: image1', '  newTag: my-tag'], want: ['images:', '- name: image1', '  newTag: v1'] },
    {
      args: ['image1=foo.bar.foo:8800/foo/image1:foo-bar', `image2=my-image2@${DIGEST}`, 'image3:my-tag'],
      infile: ['images:', '- name: image1', '  newName: my-image1', '  newTag: my-tag1', '- name: image2', '  newName: my-image2', '  newTag: my-tag2', '- name: image3', '  newTag: my-tag'],
      want: ['images:', '- name: image1', '  newName: foo.bar.foo:8800/foo/image1', '  newTag: foo-bar', `- digest: ${DIGEST}`, '  name: image2', '  newName: my-image2', '- name: image3', '  newTag: my-tag'],
    },
    {
      args: ['image1=*:v1'],
      infile: ['images:', '- name: image1', '  newName: foo.bar.foo:8800/foo/image1', '  newTag: my-tag'],
      want: ['images:', '- name: image1', '  newName: foo.bar.foo:8800/foo/image1', '  newTag: v1'],
    },
    {
      args: ['image1=my-image1:*'],
      infile: ['images:', '- name: image1', '  newName: foo.bar.foo:8800/foo/image1', '  newTag: my-tag'],
      want: ['images:', '- name: image1', '  newName: my-image1', '  newTag: my-tag'],
    },
    {
      args: ['image1=*:*'],
      infile: ['images:', '- name: image1', '  newName: my-image1', '  newTag: my-tag'],
      want: ['images:', '- name: image1', '  newName: my-image1', '  newTag: my-tag'],
    },
    { args: ['image1=*:v1'], infile: ['images:', '- name: image1', '  newTag: my-tag'], want: ['images:', '- name: image1', '  newTag: v1'] },
    { args: ['image1=*:v1'], want: ['images:', '- name: image1', '  newTag: v1'] },
    { args: ['image1=my-image1:*'], want: ['images:', '- name: image1', '  newName: my-image1'] },
    {
      args: [`image2=*@${DIGEST}`],
      infile: ['images:', '- name: image2', '  newName: my-image2', '  digest: sha256:abcdef12345'],
      want: ['images:', `- digest: ${DIGEST}`, '  name: image2', '  newName: my-image2'],
    },
    {
      args: [`image2=*@${DIGEST}`],
      infile: ['images:', '- name: image2', '  newName: my-image2', '  newTag: my-tag'],
      want: ['images:', `- digest: ${DIGEST}`, '  name: image2', '  newName: my-image2'],
    },
    {
      args: ['image2=my-image2@*'],
      infile: ['images:', `- digest: ${DIGEST}`, '  name: image2', '  newName: foo.bar.foo:8800/foo/image1'],
      want: ['images:', `- digest: ${DIGEST}`, '  name: image2', '  newName: my-image2'],
    },
  ];
  for (const c of cases) {
    test(c.args.join(' ') + (c.infile ? ' (file has images)' : ''), () => {
      const text = c.infile ? c.infile.join('\n') : KUSTOMIZATION;
      const out = setImage(text, c.args);
      const want = (YAML.parse(c.want.join('\n')) as { images: unknown[] }).images;
      expect(k(out)['images']).toEqual(want);
      // kustomize's own snippet, when the file had no images list yet (same key order).
      if (!c.infile) expect(out.replace(/\n {2}- /g, '\n- ').replace(/\n {4}/g, '\n  ')).toContain(c.want.join('\n'));
    });
  }
  test('errors', () => {
    expect(errorOf(() => setImage(KUSTOMIZATION, []))).toEqual({ code: 'INVALID_EDIT', message: 'no image specified' });
    expect(errorOf(() => setImage(KUSTOMIZATION, ['bad', 'args']))).toEqual({ code: 'INVALID_EDIT', message: IMAGE_ARGS_ERROR });
  });
  test('keeps the other fields of the file (patchesJson6902 case)', () => {
    const infile = [
      'images:',
      '- name: image1',
      '  newName: my-image1',
      '  newTag: my-tag',
      'patchesJson6902:',
      '- patch: |-',
      '    - op: remove',
      '      path: /spec/selector',
      '  target:',
      '    kind: Service',
      '    name: foo',
      '    version: v1',
      '',
    ].join('\n');
    const out = setImage(infile, ['image1=foo.bar.foo:8800/foo/image1:foo-bar']);
    expect(out).toBe(infile.replace('  newName: my-image1\n  newTag: my-tag', '  newName: foo.bar.foo:8800/foo/image1\n  newTag: foo-bar'));
  });
  test('parseImageArg', () => {
    expect(parseImageArg('a=b:c@sha256:x')).toEqual({ name: 'a', newName: 'b', newTag: 'c', digest: 'sha256:x' });
    expect(parseImageArg('a=localhost:5000/b')).toEqual({ name: 'a', newName: 'localhost:5000/b', newTag: '', digest: '' });
  });
});

describe('set replicas (setreplicas_test.go)', () => {
  test('adds to a file without replicas', () => {
    const out = setReplicas(KUSTOMIZATION, ['app=5']);
    expect(k(out)['replicas']).toEqual([{ name: 'app', count: 5 }]);
    expect(out).toContain('replicas:\n  - count: 5\n    name: app\n');
  });
  test('override file', () => {
    const infile = 'replicas:\n- count: 1\n  name: app\n- count: 2\n  name: other-app';
    expect(setReplicas(infile, ['app=5'])).toBe('replicas:\n- count: 5\n  name: app\n- count: 2\n  name: other-app');
    expect(setReplicas(infile, ['app=100', 'other-app=200'])).toBe('replicas:\n- count: 100\n  name: app\n- count: 200\n  name: other-app');
  });
  test('sorted by name; the entry style follows its siblings', () => {
    const out = setReplicas('replicas:\n- name: web\n  count: 2\n', ['api=3']);
    expect(out).toBe('replicas:\n- name: api\n  count: 3\n- name: web\n  count: 2\n');
  });
  test('errors', () => {
    expect(errorOf(() => setReplicas(KUSTOMIZATION, []))).toEqual({ code: 'INVALID_EDIT', message: 'no replicas specified' });
    expect(errorOf(() => setReplicas(KUSTOMIZATION, ['bad', 'args'])).message).toBe(REPLICAS_ARGS_ERROR);
    expect(errorOf(() => setReplicas(KUSTOMIZATION, ['app=bad'])).message).toBe(REPLICAS_ARGS_ERROR);
    expect(errorOf(() => setReplicas(KUSTOMIZATION, ['a=b=1'])).message).toBe(REPLICAS_ARGS_ERROR);
  });
});

describe('set namespace / nameprefix / namesuffix', () => {
  test('overwrites in place, or adds at the end', () => {
    expect(setNamePrefix(KUSTOMIZATION, 'acme-')).toBe(KUSTOMIZATION.replace('namePrefix: some-prefix', 'namePrefix: acme-'));
    expect(setNameSuffix(KUSTOMIZATION, '-v2')).toBe(KUSTOMIZATION.replace('nameSuffix: some-suffix', 'nameSuffix: -v2'));
    expect(setNamespace(KUSTOMIZATION, 'staging')).toBe(KUSTOMIZATION + 'namespace: staging\n');
  });
  test('field names are matched case-insensitively, as kustomize decodes them', () => {
    expect(setNamespace('NameSpace: a\nresources: []\n', 'b')).toBe('NameSpace: b\nresources: []\n');
  });
  test('values that YAML 1.1 would read as something else are quoted', () => {
    expect(setNamespace('resources: []\n', 'yes')).toBe('resources: []\nnamespace: "yes"\n');
    expect(setNamePrefix('resources: []\n', '0777')).toBe('resources: []\nnamePrefix: "0777"\n');
  });
  test('an empty value removes the field (omitempty)', () => {
    expect(setNamespace('namespace: a\nresources: []\n', '')).toBe('resources: []\n');
  });
});

describe('add resource / component, remove resource', () => {
  test('appends, skipping duplicates with a message', () => {
    const msgs: string[] = [];
    const out = addResource('resources:\n- a.yaml\n', ['b.yaml', 'a.yaml', 'kustomization.yaml'], { warn: (m) => msgs.push(m) });
    expect(out).toBe('resources:\n- a.yaml\n- b.yaml\n');
    expect(msgs).toEqual(['resource a.yaml already in kustomization file']);
  });
  test('unchanged text when nothing is added', () => {
    const text = 'resources:\n-   a.yaml   # keep\n';
    expect(addResource(text, ['a.yaml'])).toBe(text);
  });
  test('bases are folded into resources (FixKustomization)', () => {
    expect(addResource('bases:\n- ../base\nresources:\n- a.yaml\n', ['b.yaml'])).toBe('resources:\n- a.yaml\n- ../base\n- b.yaml\n');
  });
  test('components', () => {
    expect(k(addComponent(KUSTOMIZATION, ['../c1', '../c2']))['components']).toEqual(['../c1', '../c2']);
  });
  const items = (xs: string[]) => `resources:\n${xs.map((x) => `- ${x}\n`).join('')}`;
  test('remove resources (removeresource_test.go)', () => {
    expect(k(removeResource(items(['resource1.yaml', 'resource2.yaml', 'resource3.yaml']), ['resource1.yaml']))['resources']).toEqual([
      'resource2.yaml',
      'resource3.yaml',
    ]);
    const many = items(['foo/resource1.yaml', 'foo/resource2.yaml', 'foo/resource3.yaml', 'do/not/deleteme/please.yaml']);
    expect(k(removeResource(many, ['foo/resource*.yaml']))['resources']).toEqual(['do/not/deleteme/please.yaml']);
    const none = items(['resource1.yaml', 'resource2.yaml', 'resource3.yaml']);
    expect(removeResource(none, ['foo'])).toBe(none);
    const multi = items(['foo/foo.yaml', 'bar/bar.yaml', 'resource3.yaml', 'do/not/deleteme/please.yaml']);
    expect(k(removeResource(multi, ['foo/*.*', 'bar/*.*', 'res*.yaml']))['resources']).toEqual(['do/not/deleteme/please.yaml']);
    expect(errorOf(() => removeResource(none, []))).toEqual({ code: 'INVALID_EDIT', message: 'must specify a resource file' });
  });
  test('removing the last resource drops the field', () => {
    expect(removeResource('kind: Kustomization\nresources:\n- a.yaml\n', ['a.yaml'])).toBe('kind: Kustomization\n');
  });
});

describe('add patch (addpatch_test.go)', () => {
  test('path with a target', () => {
    const out = addPatch(KUSTOMIZATION, { path: 'patch.yaml', target: { group: 'apps', version: 'v1', kind: 'Deployment', name: 'web' } });
    expect(k(out)['patches']).toEqual([{ path: 'patch.yaml', target: { group: 'apps', version: 'v1', kind: 'Deployment', name: 'web' } }]);
  });
  test('inline patch stays inline, as a block literal', () => {
    const out = addPatch('resources: []\n', { patch: '- op: remove\n  path: /spec/x\n' });
    expect(out).toBe('resources: []\npatches:\n- patch: |\n    - op: remove\n      path: /spec/x\n');
  });
  test('an equal patch is not added twice', () => {
    const msgs: string[] = [];
    const once = addPatch(KUSTOMIZATION, { path: 'p.yaml', target: { kind: 'Service' } });
    expect(addPatch(once, { path: 'p.yaml', target: { kind: 'Service' } }, { warn: (m) => msgs.push(m) })).toBe(once);
    expect(msgs).toHaveLength(1);
    expect(k(addPatch(once, { path: 'p.yaml' }))['patches']).toHaveLength(2);
  });
  test('errors', () => {
    expect(errorOf(() => addPatch(KUSTOMIZATION, { path: 'a', patch: 'b' })).message).toBe("patch and path can't be set at the same time");
    expect(errorOf(() => addPatch(KUSTOMIZATION, {})).message).toBe('must provide either patch or path');
  });
});

describe('add label / annotation (addmetadata_test.go)', () => {
  test('adding the same key fails without --force', () => {
    const once = addAnnotation(KUSTOMIZATION, ['owls:cute', 'otters:adorable']);
    expect(errorOf(() => addAnnotation(once, ['owls:cute']))).toEqual({ code: 'INVALID_EDIT', message: 'annotation owls already in kustomization file' });
    expect(k(addAnnotation(once, ['new:annotation']))['commonAnnotations']).toEqual({
      note: 'This is an example annotation',
      owls: 'cute',
      otters: 'adorable',
      new: 'annotation',
    });
    expect(errorOf(() => addLabel(KUSTOMIZATION, ['app:x'])).message).toBe('label app already in kustomization file');
    expect(k(addLabel(KUSTOMIZATION, ['app:x'], { force: true }))['commonLabels']).toEqual({ app: 'x' });
  });
  test('argument forms: quoted values, colons, commas, bare keys', () => {
    expect(parseMetadataArgs(['a:b', 'c:"d"', 'e:"f:g"', 'g:h:k'], 'annotation')).toEqual({ a: 'b', c: 'd', e: 'f:g', g: 'h:k' });
    expect(parseMetadataArgs(['no:,value'], 'annotation')).toEqual({ no: ',value' });
    expect(parseMetadataArgs(['no,value:'], 'label')).toEqual({ 'no,value': '' });
    expect(parseMetadataArgs(['key'], 'label')).toEqual({ key: '' });
    expect(errorOf(() => parseMetadataArgs([':nokey'], 'annotation')).message).toBe(
      "invalid annotation: ':nokey' (need k:v pair where v may be quoted)",
    );
    const json = '{"k1":"v1","k2":"v2"}';
    expect(k(addAnnotation(KUSTOMIZATION, ['test:' + json]))['commonAnnotations']).toMatchObject({ test: json });
  });
  test('--without-selector adds a labels entry per call', () => {
    const once = addLabel(KUSTOMIZATION, ['owls:cute', 'otters:adorable'], { withoutSelector: true });
    const twice = addLabel(once, ['new:label'], { withoutSelector: true });
    expect(k(twice)['labels']).toEqual([{ pairs: { otters: 'adorable', owls: 'cute' } }, { pairs: { new: 'label' } }]);
    const tmpl = addLabel(KUSTOMIZATION, ['new:label'], { withoutSelector: true, includeTemplates: true });
    expect(k(tmpl)['labels']).toEqual([{ pairs: { new: 'label' }, includeTemplates: true }]);
    expect(errorOf(() => addLabel(KUSTOMIZATION, ['new:label'], { includeTemplates: true })).message).toBe(
      '--without-selector flag must be specified for --include-templates to work',
    );
  });
  test('errors for no arguments', () => {
    expect(errorOf(() => addLabel(KUSTOMIZATION, [])).message).toBe('must specify label');
    expect(errorOf(() => addAnnotation(KUSTOMIZATION, [])).message).toBe('must specify annotation');
  });
});

describe('legacy and unusual shapes', () => {
  test('imageTags are folded into images', () => {
    expect(setImage('imageTags:\n- name: a\n  newTag: "1"\nimages:\n- name: b\n  newTag: "2"\n', ['a:3'])).toBe(
      'images:\n- name: a\n  newTag: "3"\n- name: b\n  newTag: "2"\n',
    );
  });
  test('flow and null lists', () => {
    expect(setImage('images: [{name: b, newTag: "2"}]\n', ['a:3'])).toBe('images: [{name: a, newTag: "3"}, {name: b, newTag: "2"}]\n');
    expect(setImage('images:\n', ['a:3'])).toBe('images:\n- name: a\n  newTag: "3"\n');
    expect(addResource('resources: [a.yaml]\n', ['b.yaml'])).toBe('resources: [a.yaml, b.yaml]\n');
  });
});

describe('validation as kustomize reads the file', () => {
  test('an unknown field is refused', () => {
    expect(errorOf(() => setNamespace('resourcez: []\n', 'x')).code).toBe('UNKNOWN_FIELD');
  });
  test('an empty file is an empty kustomization', () => {
    expect(setNamespace('', 'x')).toBe('namespace: x\n');
    expect(setNamespace('# just a comment\n', 'x')).toBe('# just a comment\n\nnamespace: x\n');
  });
});
