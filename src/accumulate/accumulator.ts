/**
 * kustomize's ResAccumulator: the resources of one kustomization plus the transformer config
 * (field specs) and vars gathered along the way.
 * @see kustomize api/internal/accumulator/resaccumulator.go
 */
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
import { mergeKustomizationVars, mergeVars } from '../vars/index.js';
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
    this.vars = mergeVars(this.vars, other.vars);
  }

  /** This kustomization's `vars`: bound to the resources they name, merged with those of its bases. */
  mergeVars(t: Target): void {
    this.vars = mergeKustomizationVars(this.resmap, this.vars, t.k.vars ?? [], t.loaded.file);
  }
}
