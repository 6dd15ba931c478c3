// Node 20 has neither a global WebSocket nor CloseEvent; @mattermost/client's WebSocketClient
// reads `WebSocket.OPEN` and builds `new CloseEvent(...)` on its close paths. We give it `ws`.
import WS from 'ws';
import { guardFrames, type MalformedFrame } from './guard-frames.ts';

class CloseEventPolyfill extends Event {
  readonly code: number;
  readonly reason: string;
  readonly wasClean: boolean;
  constructor(type: string, init: { code?: number; reason?: string; wasClean?: boolean } = {}) {
    super(type);
    this.code = init.code ?? 0;
    this.reason = init.reason ?? '';
    this.wasClean = init.wasClean ?? false;
  }
}

export function installWebSocketGlobals(): void {
  const g = globalThis as Record<string, unknown>;
  if (typeof g.CloseEvent === 'undefined') g.CloseEvent = CloseEventPolyfill;
  if (typeof g.WebSocket === 'undefined') g.WebSocket = WS;
}

/**
 * The constructor the client is given (`newWebSocketFn`), typed as the DOM WebSocket it expects;
 * frames it cannot read go to `onMalformed` instead of crashing it.
 */
export function newNodeWebSocket(url: string, onMalformed: MalformedFrame): WebSocket {
  return guardFrames(new WS(url), onMalformed) as unknown as WebSocket;
}
