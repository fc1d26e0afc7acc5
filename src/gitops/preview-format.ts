/**
 * The three renderings of a {@link PreviewReport}: text for a terminal (optionally coloured),
 * Markdown for a pull-request comment (one collapsible `<details>` per application, capped to
 * GitHub's 65,536-character comment limit with a note of what was cut), JSON for tools.
 */
import { formatRef, type AppChange, type PreviewReport } from './preview.js';

/** GitHub's limit on a comment's body. */
export const COMMENT_LIMIT = 65_536;

const STATUS_ORDER = ['error', 'changed', 'added', 'removed', 'skipped', 'unchanged'] as const;

function sorted(apps: AppChange[]): AppChange[] {
  return [...apps].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function title(a: AppChange): string {
  const what = a.kind === 'Directory' ? a.name : `${a.kind} ${a.namespace ? a.namespace + '/' : ''}${a.name}`;
  return what;
}

function revisionNote(a: AppChange): string {
  const base = a.revisions.base || undefined;
  const head = a.revisions.head || undefined;
  if (base === undefined && head === undefined) return '';
  if (base === head || base === undefined || head === undefined) return ` @ ${head ?? base}`;
  return ` @ ${base} → ${head}`;
}

export function summaryLine(r: PreviewReport): string {
  const s = r.summary;
  const parts = [`${s.changed} changed`, `${s.added} added`, `${s.removed} removed`, `${s.unchanged} unchanged`];
  if (s.skipped) parts.push(`${s.skipped} skipped`);
  if (s.error) parts.push(`${s.error} failed`);
  return `${r.apps.length} applications: ${parts.join(', ')} (${r.base.revision} → ${r.head.revision})`;
}

function counts(a: AppChange): string {
  return `${a.added.length} added, ${a.removed.length} removed, ${a.changed.length} changed`;
}

export interface TextFormatOptions {
  /** ANSI colours (for a terminal). */
  color?: boolean;
  /** List unchanged applications too (default: counted only). */
  verbose?: boolean;
}

export function formatPreviewText(r: PreviewReport, opts: TextFormatOptions = {}): string {
  const c = (code: string, s: string) => (opts.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const out: string[] = [summaryLine(r)];
  for (const a of sorted(r.apps)) {
    if (a.status === 'unchanged' && !opts.verbose) continue;
    const head = `${a.status.toUpperCase().padEnd(9)} ${title(a)}${revisionNote(a)}`;
    const col = a.status === 'error' ? '31' : a.status === 'added' ? '32' : a.status === 'removed' ? '31' : a.status === 'changed' ? '33' : '2';
    out.push('', c(`1;${col}`, head));
    if (a.paths.length) out.push(`  path: ${a.paths.join(', ')}`);
    if (a.reason) out.push(`  ${a.reason}`);
    for (const e of a.errors) out.push(c('31', `  ${e.side}: ${e.message} (${e.code})`));
    for (const x of a.removed) out.push(c('31', `  - ${formatRef(x)}`));
    for (const x of a.added) out.push(c('32', `  + ${formatRef(x)}`));
    for (const x of a.changed) out.push(c('33', `  ~ ${formatRef(x)}${x.from ? ` (was ${x.from})` : ''}`));
    for (const x of a.changed) {
      out.push('');
      for (const line of x.diff.replace(/\n$/, '').split('\n')) {
        const col2 = line.startsWith('+++') || line.startsWith('---') ? '1' : line.startsWith('+') ? '32' : line.startsWith('-') ? '31' : line.startsWith('@@') ? '36' : '';
        out.push('  ' + (col2 ? c(col2, line) : line));
      }
    }
  }
  for (const w of r.warnings) out.push('', `warning: ${w}`);
  return out.join('\n') + '\n';
}

export interface MarkdownFormatOptions {
  /** Largest body (default {@link COMMENT_LIMIT}). */
  limit?: number;
  /** A heading (default "kustomize-ts preview"). */
  heading?: string;
}

/** Markdown for a pull-request comment; never longer than `limit` characters. */
export function formatPreviewMarkdown(r: PreviewReport, opts: MarkdownFormatOptions = {}): string {
  const limit = opts.limit ?? COMMENT_LIMIT;
  const head: string[] = [`### ${opts.heading ?? 'kustomize-ts preview'}`, '', `**${summaryLine(r)}**`, ''];
  const relevant = sorted(r.apps).filter((a) => a.status !== 'unchanged');
  if (relevant.length) {
    head.push('| application | status | resources | revision |', '| --- | --- | --- | --- |');
    for (const a of relevant) {
      const res = a.status === 'error' ? a.errors.map((e) => `${e.side}: ${e.code}`).join(', ') : a.status === 'skipped' ? a.reason ?? '' : counts(a);
      head.push(`| ${cell(title(a))} | ${a.status} | ${cell(res)} | ${cell(revisionNote(a).replace(/^ @ /, ''))} |`);
    }
    head.push('');
  } else head.push('Nothing changes.', '');
  const unchangedNames = r.apps.filter((a) => a.status === 'unchanged').map((a) => title(a));
  const sections: string[] = [];
  for (const a of relevant) {
    if (a.status === 'skipped') continue;
    const body: string[] = [`<details><summary><b>${html(title(a))}</b>: ${a.status} (${html(a.status === 'error' ? 'failed' : counts(a))})</summary>`, ''];
    if (a.paths.length) body.push(`path: \`${a.paths.join('`, `')}\`${html(revisionNote(a))}`, '');
    for (const e of a.errors) body.push(`- **${e.side}**: ${html(e.message)} (\`${e.code}\`)`);
    for (const x of a.removed) body.push(`- removed \`${formatRef(x)}\``);
    for (const x of a.added) body.push(`- added \`${formatRef(x)}\``);
    for (const x of a.changed) body.push(`- changed \`${formatRef(x)}\`${x.from ? ` (was \`${x.from}\`)` : ''}`);
    if (a.changed.length) {
      body.push('', '```diff');
      for (const x of a.changed) body.push(x.diff.replace(/\n$/, '').replace(/```/g, '`\u200b``'));
      body.push('```');
    }
    body.push('', '</details>', '');
    sections.push(body.join('\n'));
  }
  let text = head.join('\n') + '\n';
  const tail = unchangedNames.length ? `<details><summary>${unchangedNames.length} unchanged</summary>\n\n${unchangedNames.map((n) => `- ${html(n)}`).join('\n')}\n\n</details>\n` : '';
  const cut: string[] = [];
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i]!;
    const note = `\n> **Cut to fit the ${limit.toLocaleString('en-US')}-character comment limit:** the diffs of ${sections.length - i} applications are not shown (${relevant
      .filter((a) => a.status !== 'skipped')
      .slice(i)
      .map((a) => html(title(a)))
      .join(', ')}). Run \`kustomize-ts preview\` locally for everything.\n`;
    if (text.length + s.length + note.length + tail.length > limit) {
      cut.push(note);
      break;
    }
    text += s + '\n';
  }
  if (cut.length) text += cut[0];
  if (text.length + tail.length <= limit) text += tail;
  if (text.length > limit) text = text.slice(0, limit - 40) + '\n\n> (truncated)\n';
  return text;
}

function cell(s: string): string {
  return html(s).replace(/\|/g, '\\|');
}

function html(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function formatPreviewJson(r: PreviewReport): string {
  return JSON.stringify(r, null, 2) + '\n';
}
