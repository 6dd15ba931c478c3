// @slack/socket-mode's client reads `event.type` and `event.payload.event.type` of each
// envelope without a guard, inside an async listener: a `null` envelope or an events_api one
// without a payload is an unhandled rejection, which ends the process. In front of its
// listener, envelopes it cannot read are reported (counted, logged) and skipped.
export type MalformedEnvelope = (reason: string) => void;

type WsMessageListener = (data: unknown, isBinary: boolean) => unknown;

/** The part of the client's event emitter (eventemitter3) used here. */
interface Emitter {
  // biome-ignore lint/suspicious/noExplicitAny: eventemitter3 types listeners loosely.
  listeners(event: 'ws_message'): ((...args: any[]) => unknown)[];
  removeAllListeners(event: 'ws_message'): unknown;
  on(event: 'ws_message', listener: WsMessageListener): unknown;
}

/** Why an envelope cannot be given to the Socket Mode client, or null when it can. */
export function envelopeProblem(data: unknown, isBinary: boolean): string | null {
  if (isBinary) return 'a binary frame';
  const text = typeof data === 'string' ? data : Buffer.isBuffer(data) ? data.toString('utf8') : null;
  if (text === null) return 'a frame of unknown shape';
  let env: unknown;
  try {
    env = JSON.parse(text);
  } catch {
    return 'a frame that is not JSON';
  }
  if (typeof env !== 'object' || env === null || Array.isArray(env)) return 'an envelope that is not a JSON object';
  const e = env as Record<string, unknown>;
  if (typeof e.type !== 'string') return 'an envelope without a type';
  if (e.type === 'hello' || e.type === 'disconnect') return null;
  if (typeof e.envelope_id !== 'string') return `a ${e.type} envelope without an envelope_id`;
  const payload = e.payload;
  if (typeof payload !== 'object' || payload === null) return `a ${e.type} envelope without a payload`;
  if (e.type === 'events_api') {
    const event = (payload as Record<string, unknown>).event;
    if (typeof event !== 'object' || event === null || typeof (event as { type?: unknown }).type !== 'string') {
      return 'an events_api envelope without an event';
    }
  }
  return null;
}

/** Puts the check in front of the client's `ws_message` listeners; their failures are reported too. */
export function guardEnvelopes(client: Emitter, onMalformed: MalformedEnvelope): void {
  const listeners: WsMessageListener[] = client.listeners('ws_message');
  client.removeAllListeners('ws_message');
  client.on('ws_message', (data: unknown, isBinary: boolean) => {
    const problem = envelopeProblem(data, isBinary);
    if (problem) {
      onMalformed(problem);
      return;
    }
    for (const listener of listeners) {
      try {
        Promise.resolve(listener.call(client, data, isBinary)).catch((err: unknown) =>
          onMalformed(`an envelope the client could not handle (${err instanceof Error ? err.message : String(err)})`),
        );
      } catch (err) {
        onMalformed(`an envelope the client could not handle (${err instanceof Error ? err.message : String(err)})`);
      }
    }
  });
}
