/**
 * kustomize's ResAccumulator: the resources of one kustomization plus the transformer config
 * (field specs) and vars gathered along the way.
 * @see kustomize api/internal/accumulator/resaccumulator.go
 */
import type { VarEntry } from '../load/types.js';
import { ResourceMap } from '../resource/resmap.js';
import {
  type TransformerConfig,
  frozenEmptyTransformerConfig,
  makeTransformerConfig,
  mergeTransformerConfigs,
  parseTransformerConfig,
  transformerConfigFromCrds,
} from '../fieldspec/index.js';
import type { BuildContext } from './context.js';
import { mergeKustomizationVars, mergeVars } from '../vars/index.js';
import type { Target } from './target.js';

export class Accumulator {
  resmap = new ResourceMap();
  /** Immutable (merges of immutable configs are cached, see mergeTransformerConfigs). */
  config: TransformerConfig = frozenEmptyTransformerConfig();
  vars: VarEntry[] = [];

  /**
   * This kustomization's transformer config: the defaults extended by its `configurations`
   * files, plus field specs from its `crds`, merged into what its bases contributed
   * (kustomize's MakeTransformerConfig + MergeConfig, whose conflict rules apply here).
   */
  mergeConfigurations(_ctx: BuildContext, t: Target): void {
    const user = (t.k.configurations ?? []).map((path) => parseTransformerConfig(t.ldr.readText(path), t.ldr.abs(path)));
    let tc = makeTransformerConfig(user);
    if (t.k.crds && t.k.crds.length) {
      const crds = t.k.crds.map((p) => ({ text: t.ldr.readText(p), file: t.ldr.abs(p) }));
      tc = mergeTransformerConfigs(tc, transformerConfigFromCrds(crds));
    }
    this.config = mergeTransformerConfigs(this.config, tc);
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
