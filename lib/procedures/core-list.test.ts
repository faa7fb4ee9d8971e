import { describe, expect, it } from 'vitest';
import { coreParagraph } from './core-list';

/** The items of a paragraph read item by item, else undefined. */
const coreListItems = (text: string, namesOperation?: (item: string) => boolean) => { const read = coreParagraph(text, namesOperation); return read && 'items' in read ? read.items : undefined; };

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
    const text = 'Core privileges in otolaryngology include the ability to admit, evaluate, diagnose and treat patients of all ages. Core procedures include, but are not limited to: tonsillectomy, adenoidectomy, septoplasty (including submucous resection), myringotomy with tubes. Robotic-assisted approaches require special privileges.';
    expect(coreListItems(text)).toEqual(['tonsillectomy', 'adenoidectomy', 'septoplasty (including submucous resection)', 'myringotomy with tubes']);
  });

  it('leaves an ordinary line with a colon, and a long line that is no core paragraph, as they are', () => {
    expect(coreListItems('Sympathetic blocks: stellate ganglion, lumbar sympathetic, celiac plexus')).toBeUndefined();
    expect(coreListItems('Laparoscopic cholecystectomy with or without intraoperative cholangiography, common bile duct exploration, and conversion to open cholecystectomy when required, including management of intraoperative complications and drains')).toBeUndefined();
  });

  it('reads whole, item by item never, a paragraph that takes something out, limits every item, names a way for all of them, or lists bare places at commas', () => {
    const pre = 'Core privileges in general surgery include the ability to admit, evaluate, diagnose, treat and provide consultation to patients 14 years of age and older presenting with illnesses of the abdomen.';
    const list = 'The core privileges include the following procedures: appendectomy; cholecystectomy; thyroidectomy; colectomy';
    expect(coreListItems(`${pre} ${list}.`)).toHaveLength(4);
    expect(coreListItems(`${pre} Core privileges do not include: radical hysterectomy, pelvic exenteration. ${list}.`)).toBeUndefined();
    expect(coreListItems(`${pre.replace('.', '')}; core privileges do not include the following procedures: bariatric surgery; pancreaticoduodenectomy; hepatic resection; esophagectomy.`)).toBeUndefined();
    expect(coreListItems(`${pre} ${list}. Excludes: bariatric procedures, liver resection and substernal thyroidectomy.`)).toBeUndefined();
    expect(coreListItems(`${pre} ${list}; Note: bariatric surgery and hepatic resection require separate privileges.`)).toBeUndefined();
    expect(coreListItems(`${pre} The core privileges include the following procedures: appendectomy, thyroidectomy, except substernal thyroidectomy, colectomy.`)).toBeUndefined();
    expect(coreListItems(`Core privileges in general surgery include the ability to admit, evaluate, diagnose and treat patients. ${list}. Surgery on children younger than 14 years of age requires pediatric surgery privileges.`)).toBeUndefined();
    expect(coreListItems(`${pre} ${list}; all for lesions smaller than 20 mm.`)).toBeUndefined();
    expect(coreListItems(`Core advanced laparoscopic privileges include the ability to evaluate and treat patients. ${list}.`)).toBeUndefined();
    expect(coreListItems(`${pre} ${list}. Robotic-assisted procedures require special privileges.`)).toHaveLength(4);
    const arthroscopy = 'Core privileges in orthopedic surgery include the ability to admit, evaluate, diagnose and treat patients of all ages. The core privileges include the following procedures: arthroscopy of the knee, shoulder, ankle, elbow and wrist, total joint arthroplasty, fracture care.';
    expect(coreListItems(arthroscopy, (item) => !/^(?:shoulder|ankle|elbow and wrist)$/.test(item))).toBeUndefined();
  });

  it('will not read at all a paragraph whose words beyond its list could limit the list: a way, a disease or an age group in its opening, a sentence after it that names more than the robot, an item that takes something out', () => {
    const pre = 'Core privileges in general surgery include the ability to admit, evaluate, diagnose, treat and provide consultation to patients 14 years of age and older presenting with illnesses of the abdomen.';
    const list = 'The core privileges include the following procedures: appendectomy; cholecystectomy; thyroidectomy; colectomy';
    const refused = (text: string) => !!coreParagraph(text) && 'refused' in coreParagraph(text)!;
    expect(refused(`${pre} ${list}.`)).toBe(false);
    expect(refused(`${pre} ${list}. Robotic-assisted procedures and substernal thyroidectomy require special privileges.`)).toBe(true);
    expect(refused(`${pre} ${list}. Substernal thyroidectomy is privileged separately.`)).toBe(true);
    expect(refused(`${pre} ${list}. Exclusions: substernal thyroidectomy.`)).toBe(true);
    expect(refused(`${pre} ${list}; pancreaticoduodenectomy (Whipple) is not part of the core.`)).toBe(true);
    expect(refused(`${pre} ${list}; performed laparoscopically.`)).toBe(true);
    expect(refused(`${pre} ${list}. Pediatric cases are referred to the pediatric surgery service.`)).toBe(true);
    expect(refused(`Core privileges in gynecology include the ability to admit, evaluate, diagnose and treat patients with minimally-invasive surgical procedures. ${list}.`)).toBe(true);
    expect(refused(`Core privileges in general surgery include the ability to admit, evaluate, diagnose and treat adolescent and adult patients. ${list}.`)).toBe(true);
    expect(refused(`Core privileges in colorectal surgery include the ability to admit, evaluate, diagnose and treat patients with benign disease. ${list}.`)).toBe(true);
    expect(coreParagraph('Laparoscopic cholecystectomy with or without intraoperative cholangiography, common bile duct exploration, and conversion to open cholecystectomy when required, including management of complications')).toBeUndefined();
  });
});
