import net from 'node:net';
import { remaining, type PrinterChannel } from './channel.js';

/**
 * A raw TCP connection to a network printer (port 9100, "RAW" or "JetDirect" printing): the
 * bytes go straight to the printer, and its status replies come back on the same connection.
 */
export function openTcpChannel(host: string, port: number, options: { deadline: number; stallMs: number }): Promise<PrinterChannel> {
  const { deadline, stallMs } = options;
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`No connection to ${host}:${port} within the time allowed`));
    }, remaining(deadline));
    const refuse = (error: Error) => {
      clearTimeout(timer);
      socket.destroy();
      reject(new Error(`Cannot connect to ${host}:${port}: ${error.message}`));
    };
    socket.once('error', refuse);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.off('error', refuse);
      socket.setNoDelay(true);
      resolve(tcpChannel(socket, `${host}:${port}`, stallMs));
    });
  });
}

function tcpChannel(socket: net.Socket, address: string, stallMs: number): PrinterChannel {
  const received: number[] = [];
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  socket.on('data', (chunk: Buffer) => {
    received.push(...chunk);
    wake?.();
  });
  socket.on('error', (error) => {
    failure ??= error;
    wake?.();
  });
  socket.on('close', () => {
    failure ??= new Error(`${address} closed the connection`);
    wake?.();
  });

  return {
    write(bytes) {
      return new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        // A printer whose buffer is full stops reading: give up rather than wait for ever.
        socket.setTimeout(stallMs, () => socket.destroy(new Error(`${address} took no data for ${stallMs} ms`)));
        socket.write(bytes, (error) => {
          socket.setTimeout(0);
          if (error) reject(error);
          else resolve();
        });
      });
    },
    async readByte(deadline) {
      while (received.length === 0) {
        if (failure) return null;
        const wait = remaining(deadline);
        if (wait === 0) return null;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, wait);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = null;
      }
      return received.shift() ?? null;
    },
    async discardInput() {
      received.length = 0;
    },
    close(options = {}) {
      return new Promise((resolve) => {
        if (socket.destroyed) return resolve();
        if (!options.graceful) {
          socket.destroy();
          return resolve();
        }
        // A network printer closes its side once it has read the whole job: that is the best sign
        // the receipt arrived. One that keeps the connection open is let go after stallMs.
        const timer = setTimeout(() => socket.destroy(), stallMs);
        socket.once('close', () => {
          clearTimeout(timer);
          resolve();
        });
        socket.end();
      });
    },
  };
}
