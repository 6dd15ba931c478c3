import type { Adapter } from '../../bot/types.ts';
import type { MattermostConfig } from '../../config/load-config.ts';
import type { AdapterDeps } from '../adapter-deps.ts';

// Placeholder until the Mattermost issue lands.
export function createMattermostAdapter(_deps: AdapterDeps & { config: MattermostConfig }): Adapter {
  throw new Error('the Mattermost adapter is not built yet');
}
