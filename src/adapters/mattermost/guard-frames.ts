// @mattermost/client's WebSocketClient runs JSON.parse on every frame and reads fields of the
// result without a guard: one non-JSON, `null`, binary or field-less frame from the server
// throws inside the socket's message handler and takes the process down. The socket we hand
// the client passes on only frames it can read; the rest are reported (counted, logged) and
// skipped, and the connection goes on.
import type WS from 'ws';

export type MalformedFrame = (reason: string) => void;

/** Why a frame cannot be given to the client, or null when it can. */
export function frameProblem(data: unknown): string | null {
  if (typeof data !== 'string') return 'a binary frame';
  let msg: unknown;
  try {
    msg = JSON.parse(data);
  } catch {
    return 'a frame that is not JSON';
  }
  if (typeof msg !== 'object' || msg === null || Array.isArray(msg)) return 'a frame that is not a JSON object';
  const m = msg as Record<string, unknown>;
  if (m.seq_reply !== undefined) return null;
  if (typeof m.event !== 'string') return 'an event frame without an event name';
  if (m.event === 'hello' && (typeof m.data !== 'object' || m.data === null)) return 'a hello frame without data';
  return null;
}

/** Makes `socket` (from `ws`) hand its message handler only frames the client can read. */
export function guardFrames(socket: WS, onMalformed: MalformedFrame): WS {
  const proto = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(socket), 'onmessage');
  if (!proto?.set || !proto.get) return socket;
  const { get, set } = proto;
  Object.defineProperty(socket, 'onmessage', {
    configurable: true,
    get: () => get.call(socket),
    set: (handler: ((evt: { data: unknown }) => void) | null) => {
      if (!handler) {
        set.call(socket, handler);
        return;
      }
      set.call(socket, (evt: { data: unknown }) => {
        const problem = frameProblem(evt.data);
        if (problem) {
          onMalformed(problem);
          return;
        }
        try {
          handler(evt);
        } catch (err) {
          onMalformed(`a frame the client could not handle (${err instanceof Error ? err.message : String(err)})`);
        }
      });
    },
  });
  return socket;
}
