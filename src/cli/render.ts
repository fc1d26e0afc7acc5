/**
 * `kustomize-ts render APP.yaml...`: what Argo CD Applications / Flux Kustomizations would
 * deploy, rendered from the local checkout (see src/gitops/render.ts).
 */
import * as nodeFs from 'node:fs';
import * as nodePath from 'node:path';
import { NodeFs } from '../node/index.js';
import { createHelmRenderer } from '../node/helm.js';
import type { BuildOptions } from '../options.js';
import { renderGitOps } from '../gitops/render.js';
import { openRepoRevisions } from '../node/revisions.js';
import { boolFlag, buildOptionsFromFlags, flag, flagList, guard, type Io, keyValues, loadRestrictor, parseArgs, UsageError } from './args.js';

export const RENDER_USAGE = `Render what Argo CD Applications and Flux Kustomizations would deploy, from the local checkout.

Usage:
  kustomize-ts render FILE... [flags]     FILE holds one or more Application/Kustomization documents ('-' = stdin)

Each object is rendered in order, preceded by a '# Source:' comment; objects are separated by '---'.
Argo CD: spec.source(s).path under --repo-root, spec.source.kustomize as overrides, and
spec.destination.namespace set on namespaced resources that have no namespace.
Argo CD Helm sources (spec.source.helm, or a chart directory) render as Argo CD's helm
template call does (releaseName, valueFiles, values/valuesObject, parameters), with helm.
Flux: spec.path under --repo-root, targetNamespace, namePrefix/nameSuffix, images, patches,
components, postBuild.substitute; no load restrictions.

Flags:
      --repo-root DIR                 directory the paths are relative to (default: .)
  -o, --output FILE                   write to FILE instead of stdout
      --substitute KEY=VALUE          value for Flux post-build substitution (repeatable); stands in
                                      for postBuild.substituteFrom, spec.postBuild.substitute wins
      --substitute-strict             fail on unset variables without a default
      --no-destination-namespace      do not apply Argo CD's destination namespace
      --load-restrictor RESTRICTOR    override the load restrictor (Argo CD default: LoadRestrictionsRootOnly)
      --reorder legacy|none           output order (default legacy)
      --revisions                     read each source at its targetRevision / GitRepository ref from the
                                      git repository holding --repo-root (sources of other repositories skipped)
      --repo-url URL                  a URL naming this repository besides its remotes (repeatable; implies --revisions)
      --follow                        also render the Applications / ApplicationSets / Kustomizations that
                                      a rendered object deploys (app-of-apps), once each, 10 levels at most
      --argo-kustomize-build-options OPTS
                                      Argo CD's kustomize.buildOptions setting (argocd-cm), e.g.
                                      "--enable-helm --load-restrictor LoadRestrictionsNone"
      --helm-command PATH             helm executable for Helm sources and helmCharts (default helm)
      --kube-version VERSION          the destination cluster's version, for helm (Capabilities.KubeVersion)
      --api-versions VERSION          the destination cluster's API versions, for helm (repeatable)
  -h, --help                          this help
`;

export function runRender(argv: string[], io: Io): number {
  return guard(io, () => {
    const p = parseArgs(argv, [
      { names: ['--repo-root'], key: 'repoRoot', value: true },
      { names: ['-o', '--output'], key: 'output', value: true },
      { names: ['--substitute'], key: 'substitute', value: true, repeat: true },
      { names: ['--substitute-strict'], key: 'strict' },
      { names: ['--no-destination-namespace'], key: 'noDest' },
      { names: ['--load-restrictor'], key: 'loadRestrictor', value: true },
      { names: ['--reorder'], key: 'reorder', value: true },
      { names: ['--revisions'], key: 'revisions' },
      { names: ['--repo-url'], key: 'repoUrl', value: true, repeat: true },
      { names: ['--follow'], key: 'follow' },
      { names: ['--argo-kustomize-build-options'], key: 'argoBuildOptions', value: true },
      { names: ['--helm-command'], key: 'helmCommand', value: true },
      { names: ['--kube-version'], key: 'kubeVersion', value: true },
      { names: ['--api-versions'], key: 'apiVersions', value: true, repeat: true },
    ]);
    if (p.help) {
      io.out(RENDER_USAGE);
      return 0;
    }
    if (p.positional.length === 0) throw new UsageError('specify a file with Argo CD Applications or Flux Kustomizations');
    const cwd = io.cwd ?? process.cwd();
    const buildOptions: BuildOptions = { ...buildOptionsFromFlags(p), helmRenderer: createHelmRenderer() };
    const helmCommand = flag(p, 'helmCommand');
    if (helmCommand !== undefined) buildOptions.helmCommand = helmCommand;
    const fs = new NodeFs();
    const outputs: string[] = [];
    const repoRoot = nodePath.resolve(cwd, flag(p, 'repoRoot') ?? '.');
    const revisions = boolFlag(p, 'revisions') || flagList(p, 'repoUrl').length > 0;
    const repo = revisions ? openRepoRevisions(repoRoot, { repoUrls: flagList(p, 'repoUrl') }) : undefined;
    try {
    for (const file of p.positional) {
      const text = file === '-' ? (io.stdin ?? (() => nodeFs.readFileSync(0, 'utf8')))() : nodeFs.readFileSync(nodePath.resolve(cwd, file), 'utf8');
      const result = renderGitOps(fs, text, {
        repoRoot,
        repo,
        follow: boolFlag(p, 'follow'),
        buildOptions,
        substitute: keyValues(flagList(p, 'substitute'), '--substitute'),
        substituteStrict: boolFlag(p, 'strict'),
        destinationNamespace: !boolFlag(p, 'noDest'),
        argoKustomizeBuildOptions: flag(p, 'argoBuildOptions'),
        kubeVersion: flag(p, 'kubeVersion'),
        apiVersions: flagList(p, 'apiVersions'),
        file,
      });
      for (const w of result.warnings) io.err(`Warning: ${w.message}\n`);
      if (result.yaml) outputs.push(result.yaml);
    }
    } finally {
      repo?.close();
    }
    const out = outputs.join('---\n');
    const output = flag(p, 'output');
    if (output !== undefined) nodeFs.writeFileSync(nodePath.resolve(cwd, output), out);
    else io.out(out);
    return 0;
  });
}
