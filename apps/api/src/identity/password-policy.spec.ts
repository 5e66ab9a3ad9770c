import { checkPassword, PASSWORD_MAX_LENGTH, type PasswordContext, type PasswordRule } from './password-policy';
import { DEMO_PASSWORD, DEMO_USERS } from '../demo/demo-plan';

const LONG_PASSPHRASE = Array.from({ length: 40 }, (_, i) => ['violet', 'rotor', 'lamp', 'harbour', 'quince', 'tundra', 'ember', 'walrus'][(i * 5) % 8] + ((i * 7919) % 97)).join(' ');
const chloe: PasswordContext = { email: 'chloe.martin@example.test', name: 'Chloé Martin', rivalNames: ['KPNQwest', 'AMEN', 'KPNQwest takeover'] };

describe('password policy (NIST SP 800-63B: length, blocklists, context words; no composition rules)', () => {
  it.each<[string, PasswordRule]>([
    ['aaaaaaaaaaaa', 'repetitive'],
    ['abcabcabcabcabc', 'repetitive'],
    ['password1234', 'common'],
    ['Password123!', 'common'],
    ['iloveyou2024', 'common'],
    ['motdepasse123', 'common'],
    ['abcdefghijklmnop', 'sequence'],
    ['azertyuiop123', 'keyboard_pattern'],
    ['short pass', 'too_short'],
    ['🔒'.repeat(11), 'too_short'], // 22 UTF-16 units, 11 characters
    ['x'.repeat(PASSWORD_MAX_LENGTH - 1) + '🔒🔒', 'too_long'],
    ['chloe.martin@example.test!', 'contains_email'],
    ['chloe.martin 2026 river', 'contains_email'],
    ['xx MARTIN harbour 77', 'contains_name'],
    ['chloé lantern volcano', 'contains_name'],
    ['my lifeboat is sinking', 'contains_service'],
    ['LIFE-BOAT harbour 1987', 'contains_service'],
    ['l1feb0at harbour 19', 'contains_service'],
    ['harbour 19 TAOBEFIL', 'contains_service'],
    ['ch1o3 lantern volcano', 'contains_name'],
    ['maRt!n harbour volcano', 'contains_name'],
    ['kpnqwest will fall 2027', 'contains_rival'],
  ])('refuses %j: %s', async (password, rule) => {
    expect(await checkPassword(password, chloe)).toMatchObject({ rule, reason: expect.any(String) });
  });

  it.each([
    'violet rotor lamp harbour',
    'correct horse battery staple',
    'k7#Pq9!vLm2x',
    'Ünïcødé ☂ rivière 猫 lanterne',
    '🔒🐙🌋🎻🚲🧭🪁🦉🍄🧲🛶🪐', // twelve characters, though 24 UTF-16 units
    LONG_PASSPHRASE.slice(0, PASSWORD_MAX_LENGTH - 2) + '🔒🔒', // 256 characters exactly
  ])('accepts %j', async (password) => {
    expect(await checkPassword(password, chloe)).toBeNull();
  });

  it('ignores context words too short to mean anything (an email local part "mo")', async () => {
    expect(await checkPassword('mo harbour lantern 42', { email: 'mo@example.test', name: 'Mo' })).toBeNull();
  });

  it('would refuse the demo password: the demo users are seeded directly, never through the policy', async () => {
    const demo = DEMO_USERS[0];
    expect(await checkPassword(DEMO_PASSWORD, { email: demo.email, name: demo.name })).toMatchObject({ rule: 'too_short' });
  });
});
