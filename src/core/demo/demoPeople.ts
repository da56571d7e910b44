/** Demo stakeholders: the buying committee and users, some departed. */
import { addDays } from '../dates';
import { personName, type ContractFacts, type DemoContext, type DemoPerson } from './demoContext';
import * as V from './demoVocabulary';

export function generateStakeholders(ctx: DemoContext, facts: ContractFacts): DemoPerson[] {
  const { rng, add, accountId, lang, index, health, segment, domain } = ctx;
  const { activeUntil } = facts;
  const stakeholderCount =
    segment === 'enterprise'
      ? rng.int(6, 8)
      : segment === 'mid_market'
        ? rng.int(4, 6)
        : rng.int(3, 4);
  const roles = [
    'economic_buyer',
    'champion',
    'executive_sponsor',
    'user',
    'influencer',
    'decision_maker',
    'user',
    'blocker',
  ] as const;
  const titles = lang === 'zh' ? V.TITLES_CN : V.TITLES_EN;
  const stakeholders: { id: string; name: string; role: string }[] = [];
  for (let i = 0; i < stakeholderCount; i++) {
    const role = roles[i] ?? 'user';
    const personal = personName(rng, lang);
    const departed = rng.chance(role === 'champion' && health === 'struggling' ? 0.4 : 0.06);
    const local =
      lang === 'zh' ? `user${index}_${i}` : personal.toLowerCase().replace(/[^a-z]+/g, '.');
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
      sentiment: rng.weighted([
        ['positive', health === 'struggling' ? 1 : 4],
        ['neutral', 3],
        ['negative', health === 'struggling' ? 3 : 1],
      ] as const),
      reportsTo: i > 0 ? (stakeholders[0]?.id ?? '') : '',
      isUser: role === 'user' || role === 'champion' || rng.chance(0.3),
      status: departed ? 'departed' : 'active',
      departedDate: departed ? addDays(activeUntil, -rng.int(5, 200)) : '',
    });
    stakeholders.push({ id, name: personal, role });
  }

  return stakeholders;
}
