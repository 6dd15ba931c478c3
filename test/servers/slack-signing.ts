// Sends a request to /slack/events as Slack does (protocols.md A1, A2): signed with the v0
// scheme, `hex(HMAC_SHA256(secret, "v0:" + timestamp + ":" + body))`, the body form-encoded
// with the content type exactly `application/x-www-form-urlencoded`, or JSON for events.
import { createHmac } from 'node:crypto';

export function signSlackBody(secret: string, body: string, timestampSec: number): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestampSec}:${body}`).digest('hex')}`;
}

export interface SignedPostOptions {
  /** Seconds since the epoch; now by default. */
  timestampSec?: number;
  /** Overrides the computed signature (a forged or broken one). */
  signature?: string;
  headers?: Record<string, string>;
}

/** POSTs a form (slash commands; interactivity as `payload=<json>`) to the events URL, signed. */
export function postSignedForm(
  url: string,
  secret: string,
  fields: Record<string, string>,
  options: SignedPostOptions = {},
) {
  return postSigned(url, secret, new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', options);
}

/** POSTs an interaction payload (block_actions, view_submission) as Slack does: a signed `payload=<json>` form. */
export function postSignedPayload(url: string, secret: string, payload: unknown, options: SignedPostOptions = {}) {
  return postSignedForm(url, secret, { payload: JSON.stringify(payload) }, options);
}

/** POSTs a JSON body (Events API callbacks) to the events URL, signed. */
export function postSignedJson(url: string, secret: string, body: unknown, options: SignedPostOptions = {}) {
  return postSigned(url, secret, JSON.stringify(body), 'application/json', options);
}

function postSigned(url: string, secret: string, body: string, contentType: string, options: SignedPostOptions) {
  const ts = options.timestampSec ?? Math.floor(Date.now() / 1000);
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': options.signature ?? signSlackBody(secret, body, ts),
      ...options.headers,
    },
    body,
  });
}
