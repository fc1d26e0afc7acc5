/**
 * kustomize's ResAccumulator: the resources of one kustomization plus the transformer config
 * (field specs) and vars gathered along the way.
 * @see kustomize api/internal/accumulator/resaccumulator.go
 */
import { KustomizeError } from '../core/errors.js';
import type { VarEntry } from '../load/types.js';
import { ResourceMap } from '../resource/resmap.js';
import {
  type TransformerConfig,
  defaultTransformerConfig,
  mergeTransformerConfigs,
  parseTransformerConfig,
  transformerConfigFromCrds,
} from '../fieldspec/index.js';
import type { BuildContext } from './context.js';
import type { Target } from './target.js';

export class Accumulator {
  resmap = new ResourceMap();
  config: TransformerConfig = defaultTransformerConfig();
  vars: VarEntry[] = [];

  /** `configurations` files and `crds`, merged into this accumulator's config. */
  mergeConfigurations(_ctx: BuildContext, t: Target): void {
    (t.k.configurations ?? []).forEach((path, i) => {
      const text = t.ldr.readText(path);
      const cfg = parseTransformerConfig(text, t.ldr.abs(path));
      try {
        this.config = mergeTransformerConfigs(this.config, cfg);
      } catch (e) {
        throw Object.assign(e as object, { field: ['configurations', i] });
      }
    });
    if (t.k.crds && t.k.crds.length) {
      const cfg = transformerConfigFromCrds(
        t.k.crds.map((p) => ({ text: t.ldr.readText(p), file: t.ldr.abs(p) })),
      );
      this.config = mergeTransformerConfigs(this.config, cfg);
    }
  }

  /** Appends a child kustomization's results (resources, config, vars). */
  mergeAccumulator(other: Accumulator): void {
    this.resmap.appendAll(other.resmap);
    this.config = mergeTransformerConfigs(this.config, other.config);
    this.mergeVarList(other.vars);
  }

  mergeVars(t: Target): void {
    const vars = t.k.vars ?? [];
    for (const v of vars) {
      if (!v || !v.name) {
        throw new KustomizeError('VAR_FAILED', 'var has no name', { file: t.loaded.file, field: ['vars'] });
      }
    }
    this.mergeVarList(vars);
  }

  private mergeVarList(vars: readonly VarEntry[]): void {
    for (const v of vars) {
      const existing = this.vars.find((x) => x.name === v.name);
      if (existing) {
        if (JSON.stringify(existing) !== JSON.stringify(v)) {
          throw new KustomizeError('VAR_FAILED', `var '${v.name}' already encountered`);
        }
        continue;
      }
      this.vars.push(v);
    }
  }
}
