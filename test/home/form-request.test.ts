import { describe, expect, it } from 'vitest';
import { deriveKey, signState, verifyState } from '../../src/adapters/mattermost/signed-state.ts';
import { formRequest } from '../../src/home/form-request.ts';

describe('form requests', () => {
  it('are `reminders edit` and `subscribe me` alone; other commands are not', () => {
    expect(formRequest('reminders edit')).toBe('edit');
    expect(formRequest('  Edit my reminders! ')).toBe('edit');
    expect(formRequest('subscribe me')).toBe('subscribe-me');
    expect(formRequest('subscribe me to CMS')).toBeNull();
    expect(formRequest('reminders')).toBeNull();
    expect(formRequest('subscribe 14,7')).toBeNull();
  });
});

describe('a signed dialog state', () => {
  const key = deriveKey('bot-token', 'mattermost-dialog-state');
  it('comes back with its user and channel until it expires, and not with another key', () => {
    const state = signState(key, { userId: 'u1', channelId: 'c1' }, 2_000);
    expect(verifyState(key, state, 1_000)).toEqual({ userId: 'u1', channelId: 'c1' });
    expect(verifyState(key, state, 2_001)).toBeNull();
    expect(verifyState(deriveKey('other-token', 'mattermost-dialog-state'), state, 1_000)).toBeNull();
    expect(verifyState(deriveKey('bot-token', 'another-purpose'), state, 1_000)).toBeNull();
  });
  it('is refused when any part of it was changed', () => {
    const state = signState(key, { userId: 'u1', channelId: 'c1' }, 2_000);
    const [payload, mac] = state.split('.') as [string, string];
    const other = Buffer.from(JSON.stringify({ u: 'u2', c: 'c1', e: 2_000 })).toString('base64url');
    expect(verifyState(key, `${other}.${mac}`, 1_000)).toBeNull();
    const flipped = `${mac[0] === 'A' ? 'B' : 'A'}${mac.slice(1)}`;
    expect(verifyState(key, `${payload}.${flipped}`, 1_000)).toBeNull();
    expect(verifyState(key, `${state}.x`, 1_000)).toBeNull();
    expect(verifyState(key, 42, 1_000)).toBeNull();
  });
});
