import { describe, expect, it } from 'vitest';
import { scanSensitiveText, type Clearance } from '@/lib/content/guardrails';
import { formatProblem, ProblemList } from '@/lib/content/problems';

function scan(text: string, cleared?: Clearance[], isPublic = false) {
  const problems = new ProblemList();
  scanSensitiveText(text, 'a.md', problems, {
    emailDomains: ['northlight.example.org'],
    phoneNumbers: ['0113 496 0000'],
    isPublic,
    cleared,
  });
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
    const cleared = [{ value: 'OFFICIAL-SENSITIVE', reason: 'Reviewed' }];
    expect(scan('OFFICIAL-SENSITIVE', cleared)[0]).toContain(': error: ');
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
        /^a\.md:1:10: warning: possible email address "jo\.bloggs@gmail\.com": remove it, or once someone has reviewed it list it under cleared: with the reason it may stay, e.g. cleared: \[\{ value: "jo\.bloggs@gmail\.com", reason: "<who reviewed it, and why>" \}\]$/,
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

  it("allows the programme's shared numbers however they are written", () => {
    expect(scan('Call 0113 496 0000, 0113-496-0000 or +44 113 496 0000.', [], true)).toEqual([]);
  });

  it("refuses a private person's phone number or email address in public text", () => {
    const found = scan(
      'Call Jo on 07700 900123 or jo.bloggs@gmail.com. She lives at LS1 4AP.',
      [],
      true,
    );
    expect(found).toEqual([
      expect.stringMatching(/^a\.md:1:28: error: possible email address "jo\.bloggs@gmail\.com"/),
      expect.stringMatching(
        /^a\.md:1:12: error: possible UK phone number "07700 900123": a private person's contact details must not be published\. Remove it, or once someone has reviewed it list it under cleared:/,
      ),
      // Not a way to reach someone: advice, as in a draft.
      expect.stringMatching(/^a\.md:1:62: warning: possible UK postcode "LS1 4AP"/),
    ]);
  });

  it('clears each value by itself, so clearing one never clears another', () => {
    const cleared = [
      { value: '0808 157 0192', reason: "The trust's advice line; reviewed by J. Smith" },
    ];
    const found = scan(
      'cleared:\n  - value: "0808 157 0192"\n    reason: "jo@gmail.com reviewed it"\n---\nCall 0808 157 0192 or Jo on 07700 900123.',
      cleared,
      true,
    );
    expect(found).toEqual([
      'a.md:5:6: note: possible UK phone number "0808 157 0192", cleared: The trust\'s advice line; reviewed by J. Smith',
      expect.stringMatching(/^a\.md:5:29: error: possible UK phone number "07700 900123"/),
    ]);
  });

  it('matches a cleared value however it is spaced, and reports a clearance that matches nothing', () => {
    const cleared = [
      { value: '08081570192', reason: 'Advice line' },
      { value: '07700 900999', reason: 'A number since removed' },
    ];
    expect(scan('cleared: [...]\nCall 0808 157 0192.', cleared, true)).toEqual([
      'a.md:2:6: note: possible UK phone number "0808 157 0192", cleared: Advice line',
      'a.md:1:1: warning: cleared lists "07700 900999", which is not in this file: remove it from cleared, or check it is written as in the text',
    ]);
  });
});
