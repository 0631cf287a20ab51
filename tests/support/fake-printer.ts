import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import type { PrinterConnection } from '@dintur/shared';

/** The states a fake printer can be put in (unreachable is `makeUnreachable()`). */
export type FakePrinterState = 'ok' | 'paper-near-end' | 'paper-end' | 'cover-open' | 'offline';

/**
 * The byte an Epson printer answers DLE EOT n with, per state (ESC/POS reference: bits 1 and 4
 * are always set). n = 1: bit 3 offline. n = 2: bit 2 cover open, bit 5 stopped by paper end,
 * bit 6 error. n = 3: error cause. n = 4: bits 2–3 paper near end, bits 5–6 paper end (a printer
 * out of paper also reports near end: the near-end sensor sits before the end sensor).
 */
export const statusReplies: Record<FakePrinterState, Record<1 | 2 | 3 | 4, number>> = {
  ok: { 1: 0x12, 2: 0x12, 3: 0x12, 4: 0x12 },
  'paper-near-end': { 1: 0x12, 2: 0x12, 3: 0x12, 4: 0x1e },
  'paper-end': { 1: 0x1a, 2: 0x32, 3: 0x12, 4: 0x7e },
  'cover-open': { 1: 0x1a, 2: 0x16, 3: 0x12, 4: 0x12 },
  offline: { 1: 0x1a, 2: 0x52, 3: 0x32, 4: 0x12 },
};

export type FakePrinter = {
  host: string;
  port: number;
  /** How to reach it over TCP, as a kiosk or the centre configuration names a printer. */
  connection: PrinterConnection;
  readonly state: FakePrinterState;
  setState(state: FakePrinterState): void;
  /** A muted printer takes connections and data but answers no status query (a hung printer). */
  setMuted(muted: boolean): void;
  /** Every byte received, status queries included, in arrival order. */
  raw(): Uint8Array;
  /** Every job byte received: all bytes with the DLE EOT queries taken out. */
  received(): Uint8Array;
  /** The n of every DLE EOT query answered or ignored, in order. */
  statusQueries(): number[];
  /** Resolves with the job bytes of the next connection that sent job bytes and ended. */
  waitForJob(timeoutMs?: number): Promise<Uint8Array>;
  /** Resolves once `received()` satisfies `condition` (for a transport that keeps one connection). */
  waitForReceived(condition: (received: Uint8Array) => boolean, timeoutMs?: number): Promise<Uint8Array>;
  /** `performance.now()` when the last job byte arrived, or null. */
  readonly lastByteAt: number | null;
  /**
   * `Date.now()` when the last job byte arrived, or null: comparable with times taken in a browser
   * page (performance.now() of two processes, or timeOrigin + now against Date.now(), drift apart).
   */
  readonly lastByteWallClock: number | null;
  /** Stops listening and drops every connection: the printer was switched off or unplugged. */
  makeUnreachable(): Promise<void>;
  /**
   * Puts a pseudo-terminal in front of this printer, as a stand-in for a USB printer's usblp device
   * (`/dev/usb/lp0`), which cannot be attached on a build machine: a character device under /dev
   * that is opened read-write and answers status queries. A small python3 bridge (pty.openpty,
   * raw mode) relays its bytes to this printer over one TCP connection.
   */
  attachPseudoTerminal(): Promise<{ device: string; connection: PrinterConnection; detach(): Promise<void> }>;
  close(): Promise<void>;
};

const DLE = 0x10;
const EOT = 0x04;

/**
 * A receipt printer on 127.0.0.1 (port 0): records every byte it is sent and answers DLE EOT
 * status queries according to its state, like a network printer on port 9100.
 */
export async function startFakePrinter(options: { state?: FakePrinterState } = {}): Promise<FakePrinter> {
  let state: FakePrinterState = options.state ?? 'ok';
  let muted = false;
  const raw: number[] = [];
  const job: number[] = [];
  const queries: number[] = [];
  const finishedJobs: Uint8Array[] = [];
  let jobsTaken = 0;
  let lastByteAt: number | null = null;
  let lastByteWallClock: number | null = null;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  const sockets = new Set<net.Socket>();
  const bridges = new Set<ChildProcess>();

  const server = net.createServer((socket) => {
    sockets.add(socket);
    const connectionJob: number[] = [];
    // Bytes of a DLE EOT that a packet boundary split, held until the rest arrives.
    let held: number[] = [];
    socket.on('data', (chunk: Buffer) => {
      raw.push(...chunk);
      const bytes = [...held, ...chunk];
      held = [];
      for (let index = 0; index < bytes.length; index += 1) {
        const byte = bytes[index]!;
        if (byte === DLE && (index + 1 >= bytes.length || (bytes[index + 1] === EOT && index + 2 >= bytes.length))) {
          held = bytes.slice(index);
          break;
        }
        const n = bytes[index + 2];
        if (byte === DLE && bytes[index + 1] === EOT && (n === 1 || n === 2 || n === 3 || n === 4)) {
          queries.push(n);
          if (!muted) socket.write(Uint8Array.of(statusReplies[state][n]));
          index += 2;
          continue;
        }
        connectionJob.push(byte);
        job.push(byte);
        lastByteAt = performance.now();
        lastByteWallClock = Date.now();
      }
      notify();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      sockets.delete(socket);
      // A DLE or DLE EOT at the very end was data after all.
      connectionJob.push(...held);
      job.push(...held);
      if (connectionJob.length > 0) finishedJobs.push(Uint8Array.from(connectionJob));
      notify();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as net.AddressInfo;

  const until = <T>(check: () => T | undefined, timeoutMs: number, what: string): Promise<T> =>
    new Promise((resolve, reject) => {
      const attempt = () => {
        const value = check();
        if (value === undefined) return;
        clearTimeout(timer);
        listeners.delete(attempt);
        resolve(value);
      };
      const timer = setTimeout(() => {
        listeners.delete(attempt);
        reject(new Error(`The fake printer saw no ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      listeners.add(attempt);
      attempt();
    });

  const stopListening = () => new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));

  return {
    host: '127.0.0.1',
    port,
    connection: { type: 'tcp', host: '127.0.0.1', port },
    get state() {
      return state;
    },
    setState(next) {
      state = next;
    },
    setMuted(next) {
      muted = next;
    },
    raw: () => Uint8Array.from(raw),
    received: () => Uint8Array.from(job),
    statusQueries: () => [...queries],
    waitForJob(timeoutMs = 5_000) {
      return until(
        () => {
          const next = finishedJobs[jobsTaken];
          if (next) jobsTaken += 1;
          return next;
        },
        timeoutMs,
        'finished job',
      );
    },
    waitForReceived(condition, timeoutMs = 5_000) {
      return until(
        () => {
          const bytes = Uint8Array.from(job);
          return condition(bytes) ? bytes : undefined;
        },
        timeoutMs,
        'bytes that match',
      );
    },
    get lastByteAt() {
      return lastByteAt;
    },
    get lastByteWallClock() {
      return lastByteWallClock;
    },
    async makeUnreachable() {
      const closing = stopListening();
      for (const socket of sockets) socket.destroy();
      await closing;
    },
    async attachPseudoTerminal() {
      const bridge = spawn('python3', ['-c', ptyBridge, String(port)], { stdio: ['pipe', 'pipe', 'inherit'] });
      bridges.add(bridge);
      const device = await new Promise<string>((resolve, reject) => {
        let output = '';
        bridge.once('error', (error) => reject(new Error(`The pseudo-terminal bridge needs python3: ${error.message}`)));
        bridge.once('exit', (code) => reject(new Error(`The pseudo-terminal bridge exited with ${code}`)));
        bridge.stdout!.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('\n')) resolve(output.trim());
        });
      });
      const detach = async () => {
        if (bridge.exitCode !== null || bridge.signalCode !== null) return;
        const exited = new Promise<void>((resolve) => bridge.once('exit', () => resolve()));
        bridge.stdin!.end();
        await exited;
        bridges.delete(bridge);
      };
      return { device, connection: { type: 'usb', device }, detach };
    },
    async close() {
      for (const bridge of bridges) bridge.stdin?.end();
      const closing = stopListening();
      for (const socket of sockets) socket.destroy();
      await closing;
    },
  };
}

/**
 * python3: opens a pseudo-terminal in raw mode (no echo, no line editing, no newline translation:
 * every byte passes as it is), prints the device path, and relays bytes between it and the fake
 * printer's TCP port until stdin closes or the printer hangs up. It keeps its own descriptor of
 * the device open so the raw settings survive the tested code opening and closing it.
 */
const ptyBridge = `
import os, pty, select, socket, sys, tty
master, slave = pty.openpty()
tty.setraw(slave)
printer = socket.create_connection(('127.0.0.1', int(sys.argv[1])))
print(os.ttyname(slave), flush=True)
while True:
    readable, _, _ = select.select([master, printer, sys.stdin], [], [])
    if sys.stdin in readable and not os.read(sys.stdin.fileno(), 1024):
        break
    if master in readable:
        printer.sendall(os.read(master, 4096))
    if printer in readable:
        data = printer.recv(4096)
        if not data:
            break
        os.write(master, data)
`;
