import { describe, expect, it } from 'vitest';
import { SseParser } from './sse-parser.js';

describe('the SSE frame parser of the test client', () => {
  it('dispatches a block at the blank line with its id, event name and data', () => {
    const parser = new SseParser();
    expect(parser.push('id: 7\nevent: ticket.issued\ndata: {"a":1}\n\n')).toEqual([{ id: '7', event: 'ticket.issued', data: '{"a":1}' }]);
    expect(parser.lastEventId).toBe('7');
  });

  it('reassembles frames split anywhere across chunks, including inside a CRLF', () => {
    const text = 'id: 1\r\nevent: snapshot\r\ndata: {"x":true}\r\n\r\nid: 2\r\ndata: second\r\n\r\n';
    for (let cut = 1; cut < text.length; cut += 1) {
      const parser = new SseParser();
      const frames = [...parser.push(text.slice(0, cut)), ...parser.push(text.slice(cut))];
      expect(frames, `cut at ${cut}`).toEqual([
        { id: '1', event: 'snapshot', data: '{"x":true}' },
        { id: '2', event: 'message', data: 'second' },
      ]);
    }
  });

  it('ignores comments and blocks without data, and reads retry', () => {
    const parser = new SseParser();
    expect(parser.push('retry: 2000\n\n: heartbeat\n\n')).toEqual([]);
    expect(parser.retryMs).toBe(2000);
  });

  it('joins several data lines with newlines and keeps the last id across blocks', () => {
    const parser = new SseParser();
    const frames = parser.push('id: 3\ndata: one\ndata:two\n\ndata: three\n\n');
    expect(frames).toEqual([
      { id: '3', event: 'message', data: 'one\ntwo' },
      { id: undefined, event: 'message', data: 'three' },
    ]);
    expect(parser.lastEventId).toBe('3');
  });

  it('treats a lone CR as a line end once the next character shows it is not half of a CRLF', () => {
    const parser = new SseParser();
    expect(parser.push('event: ping\rdata: x\r\r')).toEqual([]);
    expect(parser.push(': next')).toEqual([{ id: undefined, event: 'ping', data: 'x' }]);
  });
});
