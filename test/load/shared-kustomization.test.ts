/**
 * A kustomization file included by several targets of one build (a shared component or base)
 * is decoded once: each target still gets its own warnings, as kustomize prints them per load,
 * and a changed file (an injected filesystem may serve different text) is decoded again.
 */
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { MemoryFs } from '../../src/fs/filesystem.js';

const DEPRECATED = "# Warning: 'commonLabels' is deprecated. Please use 'labels' instead. Run 'kustomize edit fix' to update your Kustomization automatically.";

function tree(): Record<string, string> {
  const files: Record<string, string> = {
    '/r/comp/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\ncommonLabels:\n  c: "1"\n',
    '/r/root/kustomization.yaml': 'resources:\n  - ../a\n  - ../b\n',
  };
  for (const x of ['a', 'b']) {
    files[`/r/${x}/kustomization.yaml`] = `namePrefix: ${x}-\nresources:\n  - cm.yaml\ncomponents:\n  - ../comp\n`;
    files[`/r/${x}/cm.yaml`] = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n';
  }
  return files;
}

describe('kustomization files shared by several targets', () => {
  it('warn once per load, as kubectl kustomize does', () => {
    const r = build(new MemoryFs(tree()), '/r/root');
    // Recorded from kubectl kustomize v5.5.0 on the same tree: the warning is printed twice.
    expect(r.warnings.map((w) => w.message)).toEqual([DEPRECATED, DEPRECATED]);
    expect(r.yaml).toContain('name: a-cm');
    expect(r.yaml).toContain('name: b-cm');
  });

  it('are decoded again when their text differs between reads', () => {
    const files = tree();
    let reads = 0;
    const fs = new MemoryFs(files);
    const readFile = fs.readFile.bind(fs);
    // The second read of the component sees other labels.
    fs.readFile = (p: string) => {
      if (p === '/r/comp/kustomization.yaml' && ++reads === 2) {
        return new TextEncoder().encode('apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nlabels:\n  - pairs:\n      d: "2"\n');
      }
      return readFile(p);
    };
    const r = build(fs, '/r/root');
    expect(r.warnings).toHaveLength(1);
    const docs = r.yaml.split('---\n');
    expect(docs[0]).toContain('c: "1"');
    expect(docs[1]).toContain('d: "2"');
  });
});
