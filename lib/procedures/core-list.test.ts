import { describe, expect, it } from 'vitest';
import { coreListItems } from './core-list';

const GENERAL = 'Core privileges in general surgery include the ability to admit, evaluate, diagnose, treat and provide consultation to patients 14 years of age and older presenting with illnesses, injuries and disorders of the alimentary tract, abdomen and its contents, breast, skin and soft tissue. The core privileges include the following procedures: appendectomy; cholecystectomy with or without intraoperative cholangiography; repair of inguinal, femoral and umbilical hernias with or without mesh; excision of pilonidal cyst.';

describe('a core privileges paragraph', () => {
  it('reads the procedures a core paragraph lists after its colon, each apart, and nothing of its opening sentence', () => {
    expect(coreListItems(GENERAL)).toEqual([
      'appendectomy',
      'cholecystectomy with or without intraoperative cholangiography',
      'repair of inguinal, femoral and umbilical hernias with or without mesh',
      'excision of pilonidal cyst',
    ]);
  });

  it('parts a list without semicolons at its commas, never inside parentheses, and ends it with its sentence', () => {
    const text = 'Core privileges for otolaryngology include, but are not limited to: tonsillectomy, adenoidectomy, septoplasty (including submucous resection), myringotomy with tubes. Robotic-assisted approaches require special privileges.';
    expect(coreListItems(text)).toEqual(['tonsillectomy', 'adenoidectomy', 'septoplasty (including submucous resection)', 'myringotomy with tubes']);
  });

  it('leaves an ordinary line with a colon, and a long line that is no core paragraph, as they are', () => {
    expect(coreListItems('Sympathetic blocks: stellate ganglion, lumbar sympathetic, celiac plexus')).toBeUndefined();
    expect(coreListItems('Laparoscopic cholecystectomy with or without intraoperative cholangiography, common bile duct exploration, and conversion to open cholecystectomy when required, including management of intraoperative complications and drains')).toBeUndefined();
  });
});
