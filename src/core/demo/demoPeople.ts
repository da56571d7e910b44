/**
 * Demo stakeholders: the buying committee and users. Champions leave on the days the latent
 * health says they did (and are sometimes replaced); a few others move on over the years.
 */
import { addDays } from '../dates';
import { personName, type ContractFacts, type DemoContext, type DemoPerson } from './demoContext';
import * as V from './demoVocabulary';
import { healthOn } from './latentHealth';

const ROLES = [
  'economic_buyer',
  'champion',
  'executive_sponsor',
  'user',
  'influencer',
  'decision_maker',
  'user',
  'blocker',
] as const;
type Role = (typeof ROLES)[number];

export function generateStakeholders(ctx: DemoContext, facts: ContractFacts): DemoPerson[] {
  const { rng, add, accountId, lang, index, latent, segment, domain } = ctx;
  const { activeUntil, firstStart, relationshipDays } = facts;
  const stakeholderCount =
    segment === 'enterprise'
      ? rng.int(6, 8)
      : segment === 'mid_market'
        ? rng.int(4, 6)
        : rng.int(3, 4);
  const titles = lang === 'zh' ? V.TITLES_CN : V.TITLES_EN;
  const now = healthOn(latent, activeUntil);
  const stakeholders: DemoPerson[] = [];
  const person = (role: Role, departedDate: string) => {
    const i = stakeholders.length;
    const personal = personName(rng, lang);
    const local =
      lang === 'zh' ? `user${index}_${i}` : personal.toLowerCase().replace(/[^a-z]+/g, '.');
    const mood = now + rng.gaussian(0, 0.15);
    const id = add('stakeholders', {
      accountId,
      name: personal,
      title: rng.pick(titles[role]),
      email: `${local}@${domain}`,
      phone:
        lang === 'zh'
          ? `+86 13${rng.int(100000000, 999999999)}`
          : `+1 555 ${rng.int(1000000, 9999999)}`,
      role,
      influence:
        role === 'economic_buyer' || role === 'executive_sponsor'
          ? rng.int(4, 5)
          : role === 'user'
            ? rng.int(1, 3)
            : rng.int(2, 4),
      sentiment: mood > 0.7 ? 'positive' : mood > 0.45 ? 'neutral' : 'negative',
      reportsTo: i > 0 ? (stakeholders[0]?.id ?? '') : '',
      isUser: role === 'user' || role === 'champion' || rng.chance(0.3),
      status: departedDate ? 'departed' : 'active',
      departedDate,
    });
    stakeholders.push({ id, name: personal, role, departedDate });
  };

  // Champions who left on the day of their shock; a replacement follows where there was one.
  const championShocks = latent.shocks.filter(
    (s) => s.kind === 'champion_left' && s.date <= activeUntil,
  );
  for (let i = 0; i < stakeholderCount; i++) {
    const role = ROLES[i] ?? 'user';
    if (role === 'champion') {
      let replaced = true;
      for (const shock of championShocks) {
        if (!replaced) break;
        person('champion', shock.date);
        replaced = shock.replaced;
      }
      if (replaced) person('champion', '');
      continue;
    }
    // Others move on now and then over the relationship.
    const departed = relationshipDays > 60 && rng.chance(0.05);
    person(
      role,
      departed ? addDays(firstStart, rng.int(30, Math.max(31, relationshipDays - 1))) : '',
    );
  }
  return stakeholders;
}
