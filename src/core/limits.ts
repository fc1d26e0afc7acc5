/**
 * Work and memory budgets of one build. A repository is input: a few kilobytes of YAML can ask
 * for gigabytes (aliases, JSON patch `copy` operations and replacements that double a value, bases
 * included many times over), and V8 aborts the whole process when its heap runs out, which an
 * embedder cannot catch. Each budget ends the build with `LIMIT_EXCEEDED` long before that.
 *
 * The budgets count what the build creates (bytes read, values copied or expanded, output), not
 * the heap (the core has no access to it); they are set well above what real trees need. A host
 * changes them with the `limits` build option. docs/errors.md lists them.
 */
import { KustomizeError } from './errors.js';
import type { Json } from './json.js';

export interface BuildLimits {
  /**
   * Largest file a build reads (resources, kustomizations, patches, generator files), in bytes.
   * Default 256 MiB. (`NodeFs` refuses larger files before reading them.)
   */
  maxFileBytes?: number;
  /**
   * Bytes YAML aliases may expand to, per build: each alias counts the size of the value it
   * copies. Default 256 MiB (a 1 MiB scalar referenced 200 times builds; billion laughs do not).
   */
  maxAliasExpansionBytes?: number;
  /**
   * Nodes YAML aliases may expand to, per build (the time a billion-laughs document takes).
   * Default 1,000,000.
   */
  maxAliasNodes?: number;
  /**
   * Map, list and scalar nodes a build may create by copying: alias expansion, JSON patch
   * `add`/`replace`/`copy` values, replacement values, patches applied to many resources.
   * Default 2,000,000.
   */
  maxNodes?: number;
  /** Size of the YAML output (and of any one string built from user data), in UTF-16 code units. Default 256 MiB. */
  maxOutputBytes?: number;
  /**
   * Estimated bytes of data the build holds: files read, values copied or expanded, output
   * (about what V8 holds for them). Default 1.5 GiB.
   */
  maxMemoryBytes?: number;
  /** Kustomization directories one build may open, counting each inclusion of a shared base. Default 20,000. */
  maxKustomizations?: number;
}

export const DEFAULT_LIMITS: Readonly<Required<BuildLimits>> = Object.freeze({
  maxFileBytes: 256 * 2 ** 20,
  maxAliasExpansionBytes: 256 * 2 ** 20,
  maxAliasNodes: 1_000_000,
  maxNodes: 2_000_000,
  maxOutputBytes: 256 * 2 ** 20,
  maxMemoryBytes: 1.5 * 2 ** 30,
  maxKustomizations: 20_000,
});

/**
 * V8's longest string (2^29 - 24 UTF-16 code units on 64-bit). No limit may let a string grow
 * past it: `'x'.repeat(n)` or a join beyond it throws `RangeError: Invalid string length`.
 */
export const MAX_STRING_LENGTH = 2 ** 29 - 24;

/** Estimated heap bytes of one node (object, array or scalar slot) beyond its string contents. */
export const NODE_BYTES = 48;

/** The limits in force: the defaults, overridden by the host's (invalid values are refused). */
export function resolveLimits(limits: BuildLimits | null | undefined): Readonly<Required<BuildLimits>> {
  if (!limits) return DEFAULT_LIMITS;
  const out: Record<string, number> = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof BuildLimits)[]) {
    const v = limits[key];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !(v >= 0)) {
      throw new KustomizeError('LIMIT_EXCEEDED', `invalid build limit ${key}: ${String(v)} (a number >= 0 is expected)`);
    }
    out[key] = v;
  }
  return Object.freeze(out) as Required<BuildLimits>;
}

function mib(n: number): string {
  return n >= 2 ** 20 ? `${+(n / 2 ** 20).toFixed(1)} MiB` : `${n} bytes`;
}

/** The counters of one build against its limits. One per build (BuildContext.budget). */
export class Budget {
  private memory = 0;
  private nodes = 0;
  private aliasBytes = 0;
  private aliasNodes = 0;

  constructor(readonly limits: Readonly<Required<BuildLimits>> = DEFAULT_LIMITS) {}

  /** Counts `bytes` of data the build now holds (`what`: for the message). */
  chargeMemory(bytes: number, what: string): void {
    this.memory += bytes;
    if (this.memory > this.limits.maxMemoryBytes) {
      throw new KustomizeError(
        'LIMIT_EXCEEDED',
        `the build would hold more than ${mib(this.limits.maxMemoryBytes)} of data (at ${what}); raise limits.maxMemoryBytes if the input is trusted`,
      );
    }
  }

  /** Counts a value the build is about to copy `times` times (nodes and memory). */
  chargeCopy(size: ValueSize, what: string, times = 1): void {
    this.nodes += size.nodes * times;
    if (this.nodes > this.limits.maxNodes) {
      throw new KustomizeError(
        'LIMIT_EXCEEDED',
        `the build would create more than ${this.limits.maxNodes} nodes by copying values (at ${what}); raise limits.maxNodes if the input is trusted`,
      );
    }
    this.chargeMemory(size.bytes * times, what);
  }

  /** Counts nodes and bytes produced by expanding YAML aliases. */
  chargeAlias(nodes: number, bytes: number, file: string): void {
    this.aliasBytes += bytes;
    this.aliasNodes += nodes;
    if (this.aliasBytes > this.limits.maxAliasExpansionBytes || this.aliasNodes > this.limits.maxAliasNodes) {
      const [what, key] =
        this.aliasNodes > this.limits.maxAliasNodes
          ? [`${this.limits.maxAliasNodes} nodes`, 'maxAliasNodes']
          : [mib(this.limits.maxAliasExpansionBytes), 'maxAliasExpansionBytes'];
      throw new KustomizeError('LIMIT_EXCEEDED', `yaml: excessive aliasing: aliases expand to more than ${what} (limits.${key})`, { file });
    }
    this.chargeCopy({ nodes, bytes }, `the aliases of ${file}`);
  }

  /** Refuses a file larger than maxFileBytes. */
  checkFileSize(size: number, file: string): void {
    if (size > this.limits.maxFileBytes) {
      throw new KustomizeError(
        'LIMIT_EXCEEDED',
        `file '${file}' is ${mib(size)}, more than limits.maxFileBytes (${mib(this.limits.maxFileBytes)})`,
        { file },
      );
    }
  }

  /** Refuses output (or a string built from user data) longer than maxOutputBytes. */
  checkOutput(length: number, what = 'the output'): void {
    if (length > Math.min(this.limits.maxOutputBytes, MAX_STRING_LENGTH)) {
      throw new KustomizeError(
        'LIMIT_EXCEEDED',
        `${what} would be longer than ${mib(Math.min(this.limits.maxOutputBytes, MAX_STRING_LENGTH))} (limits.maxOutputBytes)`,
      );
    }
  }
}

/** Nodes and estimated bytes of a JSON value. */
export interface ValueSize {
  nodes: number;
  bytes: number;
}

/**
 * The size of a JSON value; stops counting (and returns at least `stopAt` nodes) once it passes
 * `stopAt` nodes, so that measuring a huge value costs no more than the budget allows.
 */
export function sizeOf(v: Json | undefined, stopAt = Infinity): ValueSize {
  const size: ValueSize = { nodes: 0, bytes: 0 };
  const stack: (Json | undefined)[] = [v];
  while (stack.length) {
    const x = stack.pop();
    size.nodes++;
    size.bytes += NODE_BYTES;
    if (size.nodes > stopAt) return size;
    if (typeof x === 'string') size.bytes += x.length;
    else if (Array.isArray(x)) for (let i = 0; i < x.length; i++) stack.push(x[i]);
    else if (x !== null && typeof x === 'object') {
      for (const k in x) {
        if (!Object.prototype.hasOwnProperty.call(x, k)) continue;
        size.bytes += k.length;
        stack.push((x as Record<string, Json>)[k]);
      }
    }
  }
  return size;
}
