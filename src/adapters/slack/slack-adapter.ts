import type { Adapter } from '../../bot/types.ts';
import type { SlackConfig } from '../../config/load-config.ts';
import type { AdapterDeps } from '../adapter-deps.ts';

// Placeholder until the Slack issue lands.
export function createSlackAdapter(_deps: AdapterDeps & { config: SlackConfig }): Adapter {
  throw new Error('the Slack adapter is not built yet');
}
