import { describe, expect, it } from 'vitest';
import { scanSensitiveText } from '@/lib/content/guardrails';
import { formatProblem, ProblemList } from '@/lib/content/problems';

function scan(text: string, cleared?: string) {
  const problems = new ProblemList();
  scanSensitiveText(text, 'a.md', problems, { emailDomains: ['northlight.example.org'], cleared });
  return problems.items.map(formatProblem);
}

describe('security classifications', () => {
  it('refuses markings above OFFICIAL in any case or spacing, at their position', () => {
    expect(scan('Intro.\nThis paragraph is OFFICIAL-SENSITIVE.')).toEqual([
      'a.md:2:19: error: "OFFICIAL-SENSITIVE" is a security classification above OFFICIAL: such material must never be published. Remove it (or the marking, if it was added by mistake)',
    ]);
    for (const marking of [
      'official sensitive',
      'Official_Sensitive',
      'OFFICIAL  -  SENSITIVE',
      'top secret',
      'TOP-SECRET',
      'UK TOP SECRET',
      'SECRET',
    ]) {
      expect(scan(`Marked ${marking} here.`), marking).toHaveLength(1);
      expect(scan(`Marked ${marking} here.`)[0], marking).toContain(': error: ');
    }
  });

  it('treats "secret" as a marking only where it is written as one', () => {
    expect(scan('The secret of a good referral is detail.')).toEqual([]);
    expect(scan('secret')).toHaveLength(1);
    expect(scan('**Secret**')).toHaveLength(1);
    expect(scan('Classification: secret')).toHaveLength(1);
  });

  it('is not waived by a clearance', () => {
    expect(scan('OFFICIAL-SENSITIVE', 'Reviewed')[0]).toContain(': error: ');
  });

  it('allows OFFICIAL itself', () => {
    expect(scan('OFFICIAL: for partners.')).toEqual([]);
  });
});

describe('personal data', () => {
  it('warns about each pattern with its position', () => {
    const found = scan(
      [
        'Write to jo.bloggs@gmail.com or call 07700 900123.',
        'Office: +44 20 7946 0958; NI number QQ 12 34 56 C.',
        'She lives at LS1 4AP and drives AB12 CDE.',
      ].join('\n'),
    );
    expect(found).toEqual([
      expect.stringMatching(
        /^a\.md:1:10: warning: possible email address "jo\.bloggs@gmail\.com": remove it, or once someone has reviewed it add cleared:/,
      ),
      expect.stringMatching(/^a\.md:1:38: warning: possible UK phone number "07700 900123"/),
      expect.stringMatching(/^a\.md:2:9: warning: possible UK phone number "\+44 20 7946 0958"/),
      expect.stringMatching(
        /^a\.md:2:37: warning: possible National Insurance number "QQ 12 34 56 C"/,
      ),
      expect.stringMatching(/^a\.md:3:14: warning: possible UK postcode "LS1 4AP"/),
      expect.stringMatching(/^a\.md:3:33: warning: possible vehicle registration "AB12 CDE"/),
    ]);
  });

  it('allows addresses at the allowed domains and their sub-domains', () => {
    expect(scan('team@northlight.example.org and desk@beacon.northlight.example.org')).toEqual([]);
  });

  it('does not mistake figures, dates and times for personal data', () => {
    expect(
      scan('Published 2026-10-14. 1,400 people, 10:00 to 11:30, 18 and 19 March 2027, £12,500.'),
    ).toEqual([]);
  });

  it('reports cleared findings as notes with the clearance, and skips the clearance line itself', () => {
    const found = scan(
      'cleared: "Checked by jo@gmail.com"\nCall 0113 496 0000.',
      'Shared team line, reviewed',
    );
    expect(found).toEqual([
      'a.md:2:6: note: possible UK phone number "0113 496 0000", cleared: Shared team line, reviewed',
    ]);
  });
});
