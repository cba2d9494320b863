import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(
  readFileSync(new URL('../../../slack/app-manifest.json', import.meta.url), 'utf8'),
) as {
  features: { slash_commands: { command: string; url: string }[] };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url: string };
  };
};

describe('slack/app-manifest.json', () => {
  it('declares the command, events, scopes and request URLs the routes serve', () => {
    expect(manifest.features.slash_commands[0]).toMatchObject({ command: '/itu' });
    expect(manifest.features.slash_commands[0]!.url).toMatch(/\/slack\/commands$/);
    expect(manifest.settings.event_subscriptions.request_url).toMatch(/\/slack\/events$/);
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual([
      'app_mention',
      'message.im',
    ]);
    expect(manifest.settings.interactivity).toMatchObject({ is_enabled: true });
    expect(manifest.settings.interactivity.request_url).toMatch(/\/slack\/interactions$/);
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual(
      ['app_mentions:read', 'chat:write', 'commands', 'im:history'].sort(),
    );
  });
});
