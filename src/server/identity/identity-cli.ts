import { checkIdentity, type DeploymentIdentity } from '../../core/identity/identity';
import type { IdentityStore } from './identity-store';

/**
 * `npm run organizer -- identity` (show) and `… identity set` for headless setups: the unit from
 * IDENTITY_UNIT, the area from IDENTITY_AREA, hotlines from IDENTITY_HOTLINES as
 * "028 3855 1234 = Công an phường Chợ Quán; 113 = Cảnh sát". Checked as the dashboard's form is;
 * recorded as changed by "cli". Returns what to print.
 */
export async function identityCommand(store: IdentityStore, sub: string | undefined, env: NodeJS.ProcessEnv): Promise<string> {
  if (sub === undefined) {
    const now = await store.current();
    return now
      ? `${describe(now.identity)}(changed by ${now.by} at ${now.at})\n`
      : 'Not set yet: citizens see only the national hotline.\n';
  }
  if (sub !== 'set')
    throw new Error('Usage: npm run organizer -- identity [set]  (set reads IDENTITY_UNIT, IDENTITY_AREA, IDENTITY_HOTLINES)');
  const hotlines = (env.IDENTITY_HOTLINES ?? '')
    .split(';')
    .map((h) => h.trim())
    .filter(Boolean)
    .map((h) => {
      const at = h.indexOf('=');
      return at < 0 ? { number: h, label: '' } : { number: h.slice(0, at), label: h.slice(at + 1) };
    });
  const checked = checkIdentity({ unit: env.IDENTITY_UNIT, area: env.IDENTITY_AREA, hotlines });
  if (!checked.ok) throw new Error(checked.problems.map((p) => p.message).join('\n'));
  await store.record({ identity: checked.identity, by: 'cli', at: new Date().toISOString() });
  return `Saved:\n${describe(checked.identity)}`;
}

function describe(i: DeploymentIdentity): string {
  const lines = [`Unit: ${i.unit}`, `Area: ${i.area}`, ...i.hotlines.map((h) => `Hotline: ${h.number} (${h.label})`)];
  return lines.join('\n') + '\n';
}
