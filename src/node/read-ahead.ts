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
  /** The last batch of a walk. */
  done: boolean;
}

/** At most this many bytes of file contents are read ahead per build. */
export const READ_AHEAD_MAX_BYTES = 256 * 1024 * 1024;
/** By default, at most this many files are read ahead of the build. */
export const READ_AHEAD_WINDOW = 256;
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
  const decoder = new TextDecoder();
  parentPort.on('message', (job: { root: string; skip: string[]; window: number; port: MessagePort; stop: Int32Array }) => {
    // stop[0]: set by the build when it is done; stop[1]: files the build has read so far.
    const { port, stop, window } = job;
    let sent = 0;
    /** Keeps at most `window` files in flight, so the tree is not held in memory twice. */
    const throttle = (): void => {
      for (;;) {
        const taken = Atomics.load(stop, 1);
        if (sent - taken < window || Atomics.load(stop, 0) !== 0) return;
        flush();
        Atomics.store(stop, 2, 1);
        Atomics.wait(stop, 1, taken, 20);
        Atomics.store(stop, 2, 0);
      }
    };
    /** Files the build has read already: not sent again (kustomization files are still walked). */
    const skip = new Set(job.skip);
    const listings = new Map<string, Map<string, Kind> | null>();
    const visited = new Set<string>();
    const readFiles = new Set<string>();
    let batch: Batch = { dirs: [], files: [], done: false };
    let pending = 0;
    let budget = maxBytes;
    const flush = (): void => {
      if (batch.dirs.length || batch.files.length) {
        port.postMessage(
          batch,
          batch.files.map((f) => f[1].buffer as ArrayBuffer),
        );
        batch = { dirs: [], files: [], done: false };
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
    /**
     * Reads a regular file into memory of its own (transferred to the build, so no garbage here)
     * and queues it; returns its text when `asText` (decoded before the bytes are transferred).
     */
    const read = (file: string, asText = false): string | undefined => {
      if (readFiles.has(file) || budget <= 0) return undefined;
      readFiles.add(file);
      throttle();
      let bytes: Uint8Array;
      try {
        const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
        try {
          const st = fs.fstatSync(fd);
          if (!st.isFile() || st.size > maxFile) return undefined;
          bytes = new Uint8Array(st.size);
          let n = 0;
          while (n < bytes.length) {
            const k = fs.readSync(fd, bytes, n, bytes.length - n, n);
            if (k === 0) break;
            n += k;
          }
          // A file that changed size while read is left to the build.
          if (n !== bytes.length || fs.readSync(fd, new Uint8Array(1), 0, 1, n) !== 0) return undefined;
        } finally {
          fs.closeSync(fd);
        }
      } catch {
        return undefined;
      }
      const text = asText ? decoder.decode(bytes) : undefined;
      if (skip.has(file)) return text;
      budget -= bytes.length;
      sent++;
      batch.files.push([file, bytes]);
      if (++pending >= 32) flush();
      return text;
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
      const text = read(path.join(dir, name), true);
      if (text === undefined) return;
      for (const c of candidates(text)) {
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
      batch.done = true;
      port.postMessage(batch, batch.files.map((f) => f[1].buffer as ArrayBuffer));
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
    // A small young generation: the worker allocates little on its heap (file bytes are
    // transferred), and a large one would only add to the process's memory.
    w = new Worker(source, { eval: true, stdout: false, stderr: false, resourceLimits: { maxYoungGenerationSizeMb: 2 } });
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
  /**
   * [0]: the build is over; [1]: files the build has read since the worker started; [2]: the
   * worker waits for [1] to grow (see its throttle).
   */
  private readonly stopFlag = new Int32Array(new SharedArrayBuffer(12));
  /** Files read so far, until the worker starts (it skips them). */
  private readSoFar: string[] | undefined = [];
  private closed = false;
  /** Files and lstat/listing answers served from the worker (for tests and diagnostics). */
  readonly served = { files: 0, meta: 0 };

  private readonly after: number;
  private readonly window: number;
  /** The worker's walk is over (its last batch was received). */
  private walkDone = false;

  /**
   * @param options.after files the build reads before the worker starts (default
   *   {@link READ_AHEAD_AFTER_FILES}; 0 starts it at once)
   * @param options.window files the worker keeps in flight (default {@link READ_AHEAD_WINDOW})
   */
  constructor(
    private readonly base: FileSystem & Required<Pick<FileSystem, 'lstat' | 'readDirKinds' | 'realPath'>>,
    private readonly root: string,
    options: { after?: number; window?: number } = {},
  ) {
    this.after = options.after ?? READ_AHEAD_AFTER_FILES;
    this.window = options.window ?? READ_AHEAD_WINDOW;
    if (this.after <= 0) this.start();
  }

  /**
   * Resolves once the worker has walked the whole tree (or could not start), with everything it
   * read received: for tests, which need the worker ahead of the build whatever the timing.
   */
  async walked(): Promise<void> {
    while (this.port && !this.walkDone) {
      this.drain();
      if (!this.walkDone) await new Promise((r) => setTimeout(r, 2));
    }
  }

  private start(): void {
    const skip = this.readSoFar!;
    this.readSoFar = undefined;
    worker ??= startWorker();
    if (!worker) return;
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    worker.postMessage({ root: this.root, skip, window: this.window, port: port2, stop: this.stopFlag }, [port2]);
  }

  /**
   * Counts a file read by the build, from the worker or not (a file the build read before the
   * worker got to it would otherwise hold a place in the worker's window for good).
   */
  private took(): void {
    // Published every 16 files, and a wake-up (a system call) only when the worker waits.
    if ((++this.taken & 15) !== 0) return;
    Atomics.store(this.stopFlag, 1, this.taken);
    if (Atomics.load(this.stopFlag, 2) === 1) Atomics.notify(this.stopFlag, 1);
  }
  private taken = 0;

  /** Tells the worker to stop and drops what it sent; the filesystem then answers from `base`. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.readSoFar = undefined;
    Atomics.store(this.stopFlag, 0, 1);
    Atomics.notify(this.stopFlag, 1);
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
      if (b.done) this.walkDone = true;
    }
  }

  /** What the worker sent for `key`, taking what has arrived on the port when it is not there yet. */
  private received<T>(m: Map<string, T>, key: string): T | undefined {
    const v = m.get(key);
    if (v !== undefined) return v;
    this.drain();
    return m.get(key);
  }

  readFile(p: string): string | Uint8Array | undefined {
    if (this.readSoFar) {
      if (this.closed) return this.base.readFile(p);
      this.readSoFar.push(p);
      if (this.readSoFar.length >= this.after) this.start();
      return this.base.readFile(p);
    }
    const c = this.received(this.files, p);
    if (c !== undefined) {
      // Handed over once; a second read (rare, and cached by the build) goes to the disk.
      this.files.delete(p);
      this.served.files++;
      this.took();
      return c;
    }
    this.took();
    return this.base.readFile(p);
  }
  lstat(p: string): Kind | undefined {
    if (!this.port) return this.base.lstat(p);
    const slash = p.lastIndexOf('/');
    const dir = slash === 0 ? '/' : p.slice(0, slash);
    const l = this.received(this.kinds, dir);
    if (!l) return this.base.lstat(p);
    this.served.meta++;
    return l.get(p.slice(slash + 1));
  }
  readDirKinds(p: string): { name: string; kind: Kind }[] | undefined {
    if (!this.port) return this.base.readDirKinds(p);
    const l = this.received(this.dirs, p);
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
