/**
 * The one error type the core throws. Every failure a user can cause is a `KustomizeError`
 * with a stable `code`; anything else escaping the core is a bug.
 */
export type ErrorCode =
  | 'KUSTOMIZATION_NOT_FOUND'
  | 'MULTIPLE_KUSTOMIZATION_FILES'
  | 'INVALID_KUSTOMIZATION'
  | 'UNKNOWN_FIELD'
  | 'YAML_SYNTAX'
  | 'INVALID_RESOURCE'
  | 'INVALID_OPENAPI'
  | 'FILE_NOT_FOUND'
  | 'OUTSIDE_ROOT'
  | 'CYCLE'
  | 'ID_CONFLICT'
  | 'REMOTE_NOT_SUPPORTED'
  | 'REMOTE_FETCH_FAILED'
  | 'PLUGIN_NOT_SUPPORTED'
  | 'HELM_NOT_ENABLED'
  | 'HELM_CHART_NOT_FOUND'
  | 'HELM_FAILED'
  | 'PATCH_NO_TARGET'
  | 'PATCH_FAILED'
  | 'AMBIGUOUS_REFERENCE'
  | 'BAD_FIELD_PATH'
  | 'FIELDSPEC_CONFLICT'
  | 'INVALID_TRANSFORMER_CONFIG'
  | 'REPLICAS_NO_TARGET'
  | 'GENERATOR_FAILED'
  | 'TRANSFORMER_FAILED'
  | 'REPLACEMENT_FAILED'
  | 'VAR_FAILED'
  | 'LIMIT_EXCEEDED'
  | 'INVALID_EDIT'
  | 'SUBSTITUTION_FAILED'
  | 'INVALID_GITOPS_OBJECT'
  | 'GIT_NOT_A_REPOSITORY'
  | 'GIT_REVISION_NOT_FOUND'
  | 'GIT_OBJECT_CORRUPT';

/** Structured context of an error; every field is optional and filled in as the error unwinds. */
export interface ErrorContext {
  /** File the error is about, as the filesystem names it. */
  file?: string;
  /** Path of the offending field inside that file, e.g. ['patches', 2, 'target', 'kind']. */
  field?: (string | number)[];
  /** 1-based line and column in `file`, when known. */
  line?: number;
  col?: number;
  /** The resource id (kustomize's ResId string) the error is about. */
  resource?: string;
  /** Kustomization directories from the root to the failing one. */
  trail?: string[];
  /**
   * The kustomization file `field` belongs to, when that is not `file` (e.g. a malformed resource
   * file, referenced from `resources[2]` of this kustomization), with the field's line/col there.
   */
  kustomization?: FieldLocation;
  cause?: unknown;
}

/** A position in a file (1-based line and column, when known). */
export interface FieldLocation {
  file: string;
  line?: number;
  col?: number;
}

export class KustomizeError extends Error {
  override readonly name = 'KustomizeError';
  readonly code: ErrorCode;
  file?: string;
  field?: (string | number)[];
  line?: number;
  col?: number;
  resource?: string;
  trail: string[];
  kustomization?: FieldLocation;

  constructor(code: ErrorCode, message: string, ctx: ErrorContext = {}) {
    super(message, ctx.cause === undefined ? undefined : { cause: ctx.cause });
    this.code = code;
    this.file = ctx.file;
    this.field = ctx.field;
    this.line = ctx.line;
    this.col = ctx.col;
    this.resource = ctx.resource;
    this.trail = ctx.trail ?? [];
    if (ctx.kustomization) this.kustomization = ctx.kustomization;
  }
}

/** True for a KustomizeError (also across bundle copies). */
export function isKustomizeError(e: unknown): e is KustomizeError {
  return e instanceof KustomizeError || (e instanceof Error && e.name === 'KustomizeError' && 'code' in e);
}

/**
 * Fills the context fields of `e` that are still missing, and returns it. When `ctx.field` is added
 * to an error about another file, `ctx.file` becomes the error's `kustomization`.
 *
 * Only KustomizeErrors carry context: any other thrown value is a bug and is rethrown as it is (so
 * tests see it), except a stack overflow or a string past V8's maximum length, which input causes and
 * which become LIMIT_EXCEEDED.
 */
export function withContext(e: unknown, ctx: ErrorContext): KustomizeError {
  if (!isKustomizeError(e)) {
    if (isResourceExhaustion(e)) return withContext(resourceExhaustionError(e), ctx);
    throw e;
  }
  const err = e;
  if (err.file === undefined && ctx.file !== undefined) {
    err.file = ctx.file;
    if (err.line === undefined) {
      err.line = ctx.line;
      err.col = ctx.col;
    }
  }
  if (err.field === undefined && ctx.field !== undefined) {
    err.field = ctx.field;
    if (ctx.file !== undefined && ctx.file !== err.file && !err.kustomization) err.kustomization = { file: ctx.file };
  }
  if (err.resource === undefined && ctx.resource !== undefined) err.resource = ctx.resource;
  if (ctx.trail && err.trail.length === 0) err.trail = ctx.trail;
  return err;
}

/** True for the RangeError a too-deep recursion throws. */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}

/**
 * True for the RangeErrors input can cause: a too-deep recursion, and a string or array past
 * V8's maximum length (`Invalid string length`, `Invalid array length`).
 */
export function isResourceExhaustion(e: unknown): e is RangeError {
  return e instanceof RangeError && /call stack|Invalid (string|array|typed array) length/i.test(e.message);
}

/** The LIMIT_EXCEEDED error for a RangeError of {@link isResourceExhaustion}. */
export function resourceExhaustionError(e: RangeError): KustomizeError {
  return isStackOverflow(e)
    ? new KustomizeError('LIMIT_EXCEEDED', 'input too deeply nested', { cause: e })
    : new KustomizeError('LIMIT_EXCEEDED', `a value built from the input is too large (${e.message})`, { cause: e });
}

/** `file:line:col: message (CODE)`, the one-line form the CLI prints. */
export function formatError(e: KustomizeError): string {
  let where = '';
  if (e.file) {
    where = e.file;
    if (e.line !== undefined) where += `:${e.line}` + (e.col !== undefined ? `:${e.col}` : '');
    where += ': ';
  }
  let msg = e.message;
  if (e.field && e.field.length) {
    const k = e.kustomization;
    if (k && k.file !== e.file) {
      const at = k.file + (k.line !== undefined ? `:${k.line}` + (k.col !== undefined ? `:${k.col}` : '') : '');
      msg += ` (from ${at}, field ${formatFieldPath(e.field)})`;
    } else if (!msg.includes('field ')) msg += ` (field ${formatFieldPath(e.field)})`;
  }
  if (e.resource && !msg.includes(e.resource)) msg += ` [resource ${e.resource}]`;
  return `${where}${msg} (${e.code})`;
}

/** `patches[2].target.kind` */
export function formatFieldPath(path: (string | number)[]): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${p}` : p;
  return s;
}

/** A non-fatal message collected on the build result (kustomize prints these to stderr). */
export interface KustomizeWarning {
  message: string;
  file?: string;
  field?: (string | number)[];
}
