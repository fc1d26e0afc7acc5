/**
 * Read-ahead on a second thread: a kustomization tree of many apps is thousands of small files,
 * and on a virtual machine each `open`, `read`, `close` or `lstat` costs tens of microseconds,
 * a third of a large build. A worker thread walks the tree the build is about to read, in the
 * order it will read it, and hands over directory listings and file contents; the build thread
 * takes them from the message port synchronously (`receiveMessageOnPort`) when it needs them,
 * and asks the disk itself for anything the worker has not delivered (yet).
 *
 * The walk is a guess and only ever saves work: a kustomization's text is scanned for words that
 * look like relative paths (list items and mapping values, `key=` prefixes of generator sources
 * dropped), and those naming regular files are read and those naming directories are walked in
 * turn. Nothing the worker sends decides what the build reads: the build asks for its paths
 * itself, through the same checks as without read-ahead, and gets the same bytes (the tree is
 * assumed not to change during a build, as kustomize and the metadata cache assume). Only
 * regular files found by a directory listing are read (never a FIFO or a device), and the worker
 * stops after {@link READ_AHEAD_MAX_BYTES}.
 */
import { receiveMessageOnPort, Worker, MessageChannel, type MessagePort } from 'node:worker_threads';
import type { FileSystem } from '../fs/filesystem.js';

/** Kinds of directory entries, as {@link FileSystem.readDirKinds} reports them. */
type Kind = 'file' | 'dir' | 'symlink';

/** What the worker sends: directory listings, and file contents (bytes), in batches. */
interface Batch {
  dirs: [string, [string, Kind][]][];
  files: [string, Uint8Array][];
}

/** At most this many bytes of file contents are read ahead per build. */
export const READ_AHEAD_MAX_BYTES = 256 * 1024 * 1024;
/** Larger files are left to the build thread. */
const READ_AHEAD_MAX_FILE = 4 * 1024 * 1024;

/**
 * The worker's program. Self-contained (it is run from its source text), written against its
 * parameters only.
 */
function readAheadWorker(
  fs: typeof import('node:fs'),
  path: typeof import('node:path'),
  parentPort: MessagePort,
  maxBytes: number,
  maxFile: number,
): void {
  const KUST = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
  parentPort.on('message', (job: { root: string; skip: string[]; port: MessagePort; stop: Int32Array }) => {
    const { port, stop } = job;
    /** Files the build has read already: not sent again (kustomization files are still walked). */
    const skip = new Set(job.skip);
    const listings = new Map<string, Map<string, Kind> | null>();
    const visited = new Set<string>();
    const readFiles = new Set<string>();
    let batch: Batch = { dirs: [], files: [] };
    let pending = 0;
    let budget = maxBytes;
    const flush = (): void => {
      if (batch.dirs.length || batch.files.length) {
        port.postMessage(
          batch,
          batch.files.map((f) => f[1].buffer as ArrayBuffer),
        );
        batch = { dirs: [], files: [] };
        pending = 0;
      }
    };
    const list = (dir: string): Map<string, Kind> | null => {
      let l = listings.get(dir);
      if (l !== undefined) return l;
      l = null;
      try {
        const entries = fs.readdirSync(dir, { withFileTypes: true });
        const pairs: [string, Kind][] = entries.map((d) => [
          d.name,
          d.isSymbolicLink() ? 'symlink' : d.isDirectory() ? 'dir' : 'file',
        ]);
        l = new Map(pairs);
        batch.dirs.push([dir, pairs]);
        pending++;
      } catch {
        // not a directory, or unreadable: the build finds out for itself
      }
      listings.set(dir, l);
      return l;
    };
    const read = (file: string): Buffer | undefined => {
      if (readFiles.has(file) || budget <= 0) return undefined;
      readFiles.add(file);
      let bytes: Buffer;
      try {
        const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
        try {
          if (!fs.fstatSync(fd).isFile()) return undefined;
          bytes = fs.readFileSync(fd);
        } finally {
          fs.closeSync(fd);
        }
      } catch {
        return undefined;
      }
      if (bytes.length > maxFile) return undefined;
      if (skip.has(file)) return bytes;
      budget -= bytes.length;
      // A copy that owns its memory, so it can be transferred.
      const own = new Uint8Array(bytes.length);
      own.set(bytes);
      batch.files.push([file, own]);
      if (++pending >= 32) flush();
      return bytes;
    };
    const kindOf = (p: string): Kind | undefined => list(path.dirname(p))?.get(path.basename(p));
    /** Words of a kustomization that may be relative paths, in document order. */
    const candidates = (text: string): string[] => {
      const out: string[] = [];
      for (const raw of text.split('\n')) {
        let line = raw.trim();
        if (line.startsWith('- ')) line = line.slice(2).trim();
        const colon = line.indexOf(': ');
        if (colon >= 0) line = line.slice(colon + 2).trim();
        if (line.startsWith('- ')) line = line.slice(2).trim();
        if ((line.startsWith('"') && line.endsWith('"')) || (line.startsWith("'") && line.endsWith("'"))) {
          line = line.slice(1, -1);
        }
        const eq = line.indexOf('=');
        if (eq >= 0) line = line.slice(eq + 1);
        if (!line || line.length > 512 || line.startsWith('/') || line.includes('://') || /[\s#{}[\]*&!|>]/.test(line)) continue;
        out.push(line);
      }
      return out;
    };
    const visitDir = (dir: string): void => {
      if (visited.has(dir) || Atomics.load(stop, 0) !== 0 || budget <= 0) return;
      visited.add(dir);
      const l = list(dir);
      if (!l) return;
      const name = KUST.find((n) => l.get(n) === 'file');
      if (!name) return;
      const bytes = read(path.join(dir, name));
      if (bytes === undefined) return;
      for (const c of candidates(bytes.toString('utf8'))) {
        if (Atomics.load(stop, 0) !== 0) return;
        const p = path.resolve(dir, c);
        const k = kindOf(p);
        if (k === 'file' && !skip.has(p)) read(p);
        else if (k === 'dir') visitDir(p);
      }
    };
    try {
      visitDir(job.root);
    } finally {
      flush();
      port.close();
    }
  });
}

let worker: Worker | undefined;
/** Set when a worker could not be started here (no worker_threads, a sandbox): never retried. */
let workersUnavailable = false;

function startWorker(): Worker | undefined {
  if (workersUnavailable) return undefined;
  const source = `(${readAheadWorker.toString()})(require('node:fs'), require('node:path'), require('node:worker_threads').parentPort, ${READ_AHEAD_MAX_BYTES}, ${READ_AHEAD_MAX_FILE});`;
  let w: Worker;
  try {
    w = new Worker(source, { eval: true, stdout: false, stderr: false });
  } catch {
    workersUnavailable = true;
    return undefined;
  }
  // An idle worker must not keep the process alive, nor a failed one break builds.
  w.unref();
  w.on('error', () => {
    if (worker === w) worker = undefined;
  });
  w.on('exit', () => {
    if (worker === w) worker = undefined;
  });
  return w;
}

/**
 * Files a build reads before it starts reading ahead: a small tree (a single app's overlay is
 * about 15 files) is built before a worker would be of use, and pays nothing.
 */
export const READ_AHEAD_AFTER_FILES = 150;

/**
 * One build's filesystem: the base filesystem, plus, once the build has read
 * {@link READ_AHEAD_AFTER_FILES} files, what a read-ahead worker walking from `root` sent.
 */
export class ReadAheadFs implements FileSystem {
  private readonly files = new Map<string, Uint8Array>();
  private readonly dirs = new Map<string, [string, Kind][]>();
  private readonly kinds = new Map<string, Map<string, Kind>>();
  private port: MessagePort | undefined;
  private readonly stopFlag = new Int32Array(new SharedArrayBuffer(4));
  /** Files read so far, until the worker starts (it skips them). */
  private readSoFar: string[] | undefined = [];
  private closed = false;
  /** Files and lstat/listing answers served from the worker (for tests and diagnostics). */
  readonly served = { files: 0, meta: 0 };

  constructor(
    private readonly base: FileSystem & Required<Pick<FileSystem, 'lstat' | 'readDirKinds' | 'realPath'>>,
    private readonly root: string,
    private readonly after = READ_AHEAD_AFTER_FILES,
  ) {}

  private start(): void {
    const skip = this.readSoFar!;
    this.readSoFar = undefined;
    worker ??= startWorker();
    if (!worker) return;
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    worker.postMessage({ root: this.root, skip, port: port2, stop: this.stopFlag }, [port2]);
  }

  /** Tells the worker to stop and drops what it sent; the filesystem then answers from `base`. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.readSoFar = undefined;
    Atomics.store(this.stopFlag, 0, 1);
    this.port?.close();
    this.port = undefined;
    this.files.clear();
    this.dirs.clear();
    this.kinds.clear();
  }

  private drain(): void {
    if (!this.port) return;
    for (let m = receiveMessageOnPort(this.port); m; m = receiveMessageOnPort(this.port)) {
      const b = m.message as Batch;
      for (const [dir, entries] of b.dirs) {
        this.dirs.set(dir, entries);
        this.kinds.set(dir, new Map(entries));
      }
      for (const [file, bytes] of b.files) this.files.set(file, bytes);
    }
  }

  readFile(p: string): string | Uint8Array | undefined {
    if (this.readSoFar) {
      if (this.closed) return this.base.readFile(p);
      this.readSoFar.push(p);
      if (this.readSoFar.length >= this.after) this.start();
      return this.base.readFile(p);
    }
    let c = this.files.get(p);
    if (c === undefined) {
      this.drain();
      c = this.files.get(p);
    }
    if (c !== undefined) {
      // Handed over once; a second read (rare, and cached by the build) goes to the disk.
      this.files.delete(p);
      this.served.files++;
      return c;
    }
    return this.base.readFile(p);
  }
  lstat(p: string): Kind | undefined {
    if (!this.port) return this.base.lstat(p);
    const slash = p.lastIndexOf('/');
    const dir = slash === 0 ? '/' : p.slice(0, slash);
    let l = this.kinds.get(dir);
    if (l === undefined) {
      this.drain();
      l = this.kinds.get(dir);
    }
    if (!l) return this.base.lstat(p);
    this.served.meta++;
    return l.get(p.slice(slash + 1));
  }
  readDirKinds(p: string): { name: string; kind: Kind }[] | undefined {
    if (!this.port) return this.base.readDirKinds(p);
    let l = this.dirs.get(p);
    if (l === undefined) {
      this.drain();
      l = this.dirs.get(p);
    }
    if (!l) return this.base.readDirKinds(p);
    this.served.meta++;
    return l.map(([name, kind]) => ({ name, kind }));
  }
  exists(p: string): boolean {
    return this.base.exists(p);
  }
  isDir(p: string): boolean {
    return this.base.isDir(p);
  }
  readDir(p: string): string[] {
    return this.base.readDir(p);
  }
  realPath(p: string): string {
    return this.base.realPath(p);
  }
}
