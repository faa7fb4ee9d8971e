/**
 * Deterministic synthetic rosters: the same seed and as-of date give the same roster, byte for
 * byte. A fixed cast of showcase practitioners comes first (the demo pages use them); the rest
 * are drawn from name lists with diacritics, hyphens and apostrophes, a realistic mix of
 * statuses, expirations and conditions, and about ten grants and six credentials each.
 */
import { addDays, todayIso } from '../dates';
import { npiCheckDigit } from '../npi';
import type { Credential, Grant, Practitioner, Roster } from '../roster/schema';
import { DEMO_CATALOG, DEPARTMENTS, DEPARTMENT_PRIVILEGES } from './catalog';

export interface DemoOptions {
  practitioners: number;
  seed?: number;
  /** The date expirations are spread around (ISO); today by default. */
  asOf?: string;
}

/** mulberry32: small, fast, good enough for synthetic data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILY = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
  'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin',
  'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson',
  'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores', 'Green',
  'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts', 'Patel',
  'Shah', 'Singh', 'Khan', 'Ali', 'Cohen', 'Goldberg', 'Schmidt', 'Müller', 'Schröder', 'Novak',
  'Nowak', 'Kowalczyk', 'Ivanova', 'Petrov', 'Rossi', 'Bianchi', 'Ferrari', 'Esposito', 'Romano', 'Russo',
  'Dubois', 'Lefèvre', 'Fontaine', 'Bélanger', 'Côté', 'Gagnon', 'Ngata', 'Tanaka', 'Suzuki', 'Takahashi',
  'Watanabe', 'Yamamoto', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Wang', 'Li', 'Zhang', 'Liu', 'Huang',
  'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Tran', 'Le', 'Pham', 'Hoang', 'Vu', 'Do', 'Bui', 'Dang',
  'Ibáñez', 'Núñez', 'Muñoz', 'Castaño', 'Jiménez', 'Álvarez', 'Gómez', 'Díaz', 'Fernández', 'Sáenz',
  "O'Connor", "O'Neill", "D'Souza", "D'Amico", 'McCarthy', 'MacDonald', 'Fitzgerald', 'Sullivan',
  'Murphy', 'Kelly', 'Byrne', 'Walsh', 'Ryan', 'Brennan', 'Adeyemi', 'Okonkwo', 'Mensah', 'Owusu',
  'Abubakar', 'Haddad', 'Khoury', 'Nasser', 'Farah', 'Hassan', 'Mahmoud', 'Yilmaz', 'Demir', 'Kaya',
  'Andersson', 'Johansson', 'Nilsson', 'Larsen', 'Hansen', 'Jensen', 'Virtanen', 'Korhonen', 'Søndergaard',
  'Kristiansen', 'Dahl', 'Berg', 'Lindqvist', 'Novotný', 'Dvořák', 'Horváth', 'Kovács', 'Szabó', 'Popescu',
  'Smith-Jones', 'Lewis-Grant', 'Parker-Hale', 'Ruiz-Torres', 'Van Dyke', 'De La Cruz', 'St. Clair',
  'Abernathy', 'Blackwood', 'Calloway', 'Donnelly', 'Ellsworth', 'Fairbanks', 'Galloway', 'Hargrove',
  'Ingram', 'Jennings', 'Kensington', 'Langley', 'Merriweather', 'Northcott', 'Oakley', 'Pemberton',
  'Quinlan', 'Radcliffe', 'Sterling', 'Thornton', 'Underwood', 'Vance', 'Whitaker', 'Yardley', 'Zimmerman',
  'Abbott', 'Acosta', 'Aguilar', 'Alexander', 'Andrews', 'Armstrong', 'Arnold', 'Atkinson', 'Avila', 'Bailey',
  'Banks', 'Barnes', 'Barrett', 'Bates', 'Beck', 'Bennett', 'Bishop', 'Black', 'Bowman', 'Boyd', 'Bradley',
  'Bryant', 'Burke', 'Burns', 'Bush', 'Butler', 'Cabrera', 'Caldwell', 'Cannon', 'Carlson', 'Carroll',
  'Castillo', 'Castro', 'Chambers', 'Chandler', 'Chapman', 'Chavez', 'Christensen', 'Cole', 'Coleman',
  'Collins', 'Contreras', 'Cook', 'Cooper', 'Cortez', 'Crawford', 'Cruz', 'Cunningham', 'Curtis', 'Daniels',
  'Dawson', 'Day', 'Delgado', 'Dennis', 'Dixon', 'Douglas', 'Duncan', 'Dunn', 'Edwards', 'Elliott', 'Ellis',
  'Espinoza', 'Evans', 'Ferguson', 'Fields', 'Fisher', 'Fleming', 'Fletcher', 'Ford', 'Fowler', 'Fox',
  'Franklin', 'Freeman', 'Fuller', 'Gardner', 'Garza', 'George', 'Gibson', 'Gilbert', 'Gordon', 'Graham',
  'Grant', 'Graves', 'Gray', 'Greene', 'Gregory', 'Griffin', 'Gross', 'Guerrero', 'Gutierrez', 'Hamilton',
  'Hanson', 'Hardy', 'Harper', 'Hart', 'Harvey', 'Hawkins', 'Hayes', 'Henderson', 'Henry', 'Herrera',
  'Hicks', 'Hoffman', 'Holland', 'Holmes', 'Hopkins', 'Howard', 'Howell', 'Hudson', 'Hughes', 'Hunt',
  'Hunter', 'Jacobs', 'James', 'Jenkins', 'Jordan', 'Keller', 'Kennedy', 'Kim', 'Knight', 'Lambert', 'Lane',
  'Lawrence', 'Lawson', 'Lindsey', 'Little', 'Long', 'Lucas', 'Lynch', 'Maldonado', 'Mann', 'Marshall',
  'Mason', 'Matthews', 'Maxwell', 'Mcdaniel', 'Medina', 'Mendez', 'Mendoza', 'Meyer', 'Mills', 'Montgomery',
  'Morales', 'Moreno', 'Morgan', 'Morris', 'Morrison', 'Munoz', 'Myers', 'Navarro', 'Neal', 'Newman',
  'Nichols', 'Norris', 'Olson', 'Ortega', 'Ortiz', 'Owens', 'Palmer', 'Parsons', 'Payne', 'Pearson',
  'Peters', 'Peterson', 'Phillips', 'Pierce', 'Porter', 'Powell', 'Price', 'Ramos', 'Ray', 'Reed', 'Reid',
  'Reyes', 'Reynolds', 'Rice', 'Richards', 'Richardson', 'Riley', 'Rios', 'Robertson', 'Rogers', 'Rose',
  'Ross', 'Ruiz', 'Salazar', 'Sanders', 'Sandoval', 'Santiago', 'Saunders', 'Schultz', 'Schwartz', 'Shaw',
  'Silva', 'Simmons', 'Simpson', 'Sims', 'Snyder', 'Soto', 'Spencer', 'Stanley', 'Steele', 'Stephens',
  'Stevens', 'Stewart', 'Stone', 'Sutton', 'Terry', 'Tucker', 'Turner', 'Valdez', 'Vargas', 'Vasquez',
  'Vega', 'Wagner', 'Wallace', 'Ward', 'Warren', 'Washington', 'Watkins', 'Watson', 'Weaver', 'Webb',
  'Welch', 'Wells', 'West', 'Wheeler', 'Williamson', 'Willis', 'Wise', 'Wood', 'Woods', 'Zamora',
  'Agarwal', 'Bhatt', 'Chaudhry', 'Desai', 'Gupta', 'Iyer', 'Joshi', 'Kapoor', 'Kulkarni', 'Mehta', 'Menon',
  'Mishra', 'Nair', 'Pillai', 'Rao', 'Reddy', 'Sharma', 'Srinivasan', 'Trivedi', 'Verma', 'Chen', 'Lin',
  'Yang', 'Zhu', 'Guo', 'He', 'Luo', 'Gao', 'Hu', 'Ho', 'Lam', 'Chan', 'Wong', 'Leung', 'Ng', 'Yu', 'Hsu',
  'Ito', 'Kobayashi', 'Kato', 'Sato', 'Yoshida', 'Lim', 'Han', 'Shin', 'Yoon', 'Oh', 'Seo', 'Kwon',
  'Okoro', 'Eze', 'Nnamdi', 'Balogun', 'Adebayo', 'Oyelowo', 'Asante', 'Boateng', 'Osei', 'Kamau', 'Otieno',
  'Wanjiru', 'Tesfaye', 'Bekele', 'Abebe', 'Girma', 'Diallo', 'Traoré', 'Ndiaye', 'Sow', 'Cissé',
  'Aziz', 'Rahman', 'Hussain', 'Qureshi', 'Siddiqui', 'Malik', 'Sheikh', 'Javed', 'Karimi', 'Hosseini',
  'Moradi', 'Rahimi', 'Sadeghi', 'Levi', 'Friedman', 'Katz', 'Shapiro', 'Weiss', 'Klein', 'Kaplan', 'Rosen',
  'Becker', 'Fischer', 'Weber', 'Wagner-Klein', 'Hoffmann', 'Schäfer', 'Koch', 'Bauer', 'Richter', 'Wolf',
  'Neumann', 'Schwarz', 'Krüger', 'Hartmann', 'Lange', 'Werner', 'Krause', 'Lehmann', 'Köhler', 'Maier',
  'Costa', 'Santos', 'Oliveira', 'Pereira', 'Almeida', 'Ferreira', 'Rodrigues', 'Carvalho', 'Gomes',
  'Martins', 'Araújo', 'Ribeiro', 'Barbosa', 'Moreau', 'Laurent', 'Simon', 'Michel', 'Leroy', 'Roux',
  'Girard', 'Bonnet', 'Dupont', 'Lambert-Roy', 'Fournier', 'Morel', 'Mercier', 'Blanc', 'Guerin', 'Faure',
  'Conti', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Colombo', 'Mancini', 'Lombardi', 'Moretti',
  'Barbieri', 'Fontana', 'Santoro', 'Mariani', 'Rinaldi', 'Caruso', 'Ferrara', 'Galli', 'Martini', 'Leone',
  "O'Sullivan", "O'Reilly", "O'Donnell", "O'Hara", "O'Malley", "D'Angelo", "D'Costa", 'MacLeod', 'MacKenzie',
  'McKenna', 'McLaughlin', 'McGuire', 'McNamara', 'McBride', 'McCormick', 'Gallagher', 'Doherty', 'Kavanagh',
];

const GIVEN = [
  'James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth',
  'William', 'Barbara', 'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Charles', 'Karen',
  'Christopher', 'Lisa', 'Daniel', 'Nancy', 'Matthew', 'Betty', 'Anthony', 'Margaret', 'Mark', 'Sandra',
  'Steven', 'Ashley', 'Paul', 'Emily', 'Andrew', 'Michelle', 'Joshua', 'Amanda', 'Kevin', 'Melissa',
  'Brian', 'Deborah', 'George', 'Stephanie', 'Timothy', 'Rebecca', 'Ronald', 'Laura', 'Jason', 'Sharon',
  'Edward', 'Cynthia', 'Jeffrey', 'Kathleen', 'Ryan', 'Amy', 'Jacob', 'Angela', 'Gary', 'Shirley',
  'Nicholas', 'Anna', 'Eric', 'Brenda', 'Jonathan', 'Pamela', 'Stephen', 'Emma', 'Larry', 'Nicole',
  'Justin', 'Helen', 'Scott', 'Samantha', 'Brandon', 'Katherine', 'Benjamin', 'Christine', 'Samuel',
  'Debra', 'Gregory', 'Rachel', 'Alexander', 'Carolyn', 'Frank', 'Janet', 'Patrick', 'Catherine',
  'Raymond', 'Maria', 'Jack', 'Heather', 'Dennis', 'Diane', 'Jerry', 'Ruth', 'Tyler', 'Julie',
  'Aaron', 'Olivia', 'José', 'Joyce', 'Adam', 'Virginia', 'Nathan', 'Victoria', 'Henry', 'Kelly',
  'Zachary', 'Lauren', 'Douglas', 'Christina', 'Peter', 'Joan', 'Kyle', 'Evelyn', 'Noah', 'Judith',
  'Ethan', 'Megan', 'Jeremy', 'Andrea', 'Walter', 'Cheryl', 'Christian', 'Hannah', 'Keith', 'Jacqueline',
  'Raj', 'Priya', 'Arjun', 'Ananya', 'Wei', 'Mei', 'Hiroshi', 'Yuki', 'Min-jun', 'Seo-yeon', 'Thanh',
  'Linh', 'Oluwaseun', 'Chiamaka', 'Kwame', 'Ama', 'Omar', 'Layla', 'Mehmet', 'Elif', 'Søren', 'Ingrid',
  'François', 'Chloé', 'Jürgen', 'Zoë', 'Łukasz', 'Agnieszka', 'Ángel', 'Inés', 'João', 'Conceição',
  'Seán', 'Siobhán', 'Mary-Kate', 'Jean-Luc', 'Anne-Marie', 'Renée', 'Noémie', 'Björn', 'Ólafur',
  'Abigail', 'Adrian', 'Aiden', 'Alan', 'Alicia', 'Alison', 'Allison', 'Alyssa', 'Amber', 'Andre', 'Angelica',
  'Ariel', 'Arthur', 'Audrey', 'Austin', 'Beatriz', 'Blake', 'Bradley', 'Brett', 'Bruce', 'Caleb', 'Calvin',
  'Cameron', 'Camila', 'Carl', 'Carlos', 'Carmen', 'Caroline', 'Cassandra', 'Cecilia', 'Claire', 'Clara',
  'Colin', 'Connor', 'Craig', 'Dana', 'Danielle', 'Darius', 'Dean', 'Derek', 'Diana', 'Dominic', 'Dylan',
  'Eduardo', 'Elena', 'Elijah', 'Eliza', 'Ellen', 'Erin', 'Esther', 'Evan', 'Fatima', 'Felix', 'Fernando',
  'Fiona', 'Gabriel', 'Gabriela', 'Gavin', 'Gemma', 'Gina', 'Gloria', 'Grace', 'Hassan', 'Hector', 'Holly',
  'Ian', 'Irene', 'Isaac', 'Isabel', 'Ivan', 'Jade', 'Jamal', 'Jasmine', 'Javier', 'Jenna', 'Jesse', 'Jill',
  'Joanna', 'Joel', 'Jordan', 'Julia', 'Julian', 'Karim', 'Katrina', 'Kayla', 'Kenneth', 'Kristen', 'Leah',
  'Leo', 'Leon', 'Lillian', 'Lucas', 'Lucia', 'Luis', 'Luke', 'Mackenzie', 'Malik', 'Marco', 'Marcus',
  'Margarita', 'Mariana', 'Marisa', 'Martin', 'Maya', 'Meredith', 'Miguel', 'Miriam', 'Mohammed', 'Monica',
  'Nadia', 'Naomi', 'Natalie', 'Neil', 'Nina', 'Oliver', 'Oscar', 'Owen', 'Pablo', 'Paula', 'Philip',
  'Rafael', 'Ramon', 'Rebekah', 'Ricardo', 'Roberto', 'Rosa', 'Ruben', 'Sabrina', 'Salma', 'Sandeep',
  'Sanjay', 'Sean', 'Sebastian', 'Sergio', 'Simone', 'Sofia', 'Sonia', 'Stella', 'Sunil', 'Tanya', 'Teresa',
  'Theo', 'Tomás', 'Travis', 'Trevor', 'Valentina', 'Vanessa', 'Vikram', 'Vincent', 'Wendy', 'Xavier',
  'Yasmin', 'Yusuf', 'Zachariah', 'Zara', 'Adaeze', 'Babajide', 'Chidi', 'Emeka', 'Folake', 'Ngozi', 'Tunde',
  'Kofi', 'Abena', 'Yaw', 'Akosua', 'Mei-Ling', 'Jia', 'Xin', 'Hao', 'Jun', 'Yan', 'Hye-jin', 'Ji-ho',
  'Sakura', 'Takeshi', 'Kenta', 'Aiko', 'Anil', 'Deepa', 'Kavita', 'Rohan', 'Sneha', 'Vijay', 'Farah',
  'Reza', 'Leila', 'Dariush', 'Shirin', 'Yara', 'Nour', 'Tariq', 'Amir', 'Samira', 'Ibrahim', 'Khadija',
];

const STATES = ['CA', 'TX', 'NY', 'FL', 'IL', 'PA', 'OH', 'GA', 'NC', 'MI', 'WA', 'MA'];
const BOARDS: Record<string, string> = {
  'General Surgery': 'American Board of Surgery',
  'Orthopaedic Surgery': 'American Board of Orthopaedic Surgery',
  'Obstetrics & Gynecology': 'American Board of Obstetrics and Gynecology',
  Urology: 'American Board of Urology',
  'Cardiothoracic Surgery': 'American Board of Thoracic Surgery',
  'Vascular Surgery': 'American Board of Surgery',
  Neurosurgery: 'American Board of Neurological Surgery',
  Otolaryngology: 'American Board of Otolaryngology',
  Ophthalmology: 'American Board of Ophthalmology',
  Gastroenterology: 'American Board of Internal Medicine',
  Psychiatry: 'American Board of Psychiatry and Neurology',
  Anesthesiology: 'American Board of Anesthesiology',
  Podiatry: 'American Board of Foot and Ankle Surgery',
  'Oral & Maxillofacial Surgery': 'American Board of Oral and Maxillofacial Surgery',
  'Plastic Surgery': 'American Board of Plastic Surgery',
  Cardiology: 'American Board of Internal Medicine',
};

/** A valid, unique NPI for the i-th practitioner. */
export function demoNpi(i: number): string {
  // 7919 is prime and shares no factor with 900,000,000, so this walks every 9-digit stem once.
  const first9 = String(100_000_000 + ((i * 7919 + 13) % 900_000_000));
  return first9 + npiCheckDigit(first9);
}

interface Cast {
  given: string[];
  family: string;
  type: string;
  department: string;
  status?: Practitioner['status'];
  aliases?: string[];
  /** Privileges to grant: id, or [id, grant overrides]. */
  grants: Array<string | [string, Partial<Grant>]>;
  credentials?: (asOf: string) => Partial<Record<Credential['kind'], Partial<Credential>>>;
}

/**
 * The showcase cast. Their names are not in the random lists, so they stay unique however large
 * the roster; "David Miller" is there twice on purpose (the same printed name, two people).
 */
export const SHOWCASE: Cast[] = [
  { given: ['Elena', 'M'], family: 'Peña', type: 'MD', department: 'General Surgery', aliases: ['Lena Peña'],
    grants: ['GS-CORE', 'GS-BARI', 'GS-ENDO', 'ROBOTIC', 'SEDATION'] },
  { given: ['Marcus'], family: "O'Brien", type: 'DO', department: 'General Surgery',
    grants: ['GS-CORE', 'GS-BARI', ['ROBOTIC', { status: 'provisional', conditions: ['proctor-required'] }]] },
  { given: ['Priya', 'K'], family: 'Raman-Shah', type: 'MD', department: 'General Surgery',
    grants: ['GS-CORE', 'GS-ENDO', 'SEDATION'] },
  { given: ['Thomas', 'J'], family: 'Whitfield', type: 'MD', department: 'Orthopaedic Surgery', status: 'suspended',
    grants: ['ORTHO-CORE', 'ORTHO-JOINT', 'FLUORO'] },
  { given: ['Hannah'], family: 'Kowalski', type: 'MD', department: 'Urology',
    grants: ['URO-CORE', 'ROBOTIC', 'LASER', 'FLUORO'],
    credentials: (d) => ({ license: { expires: addDays(d, 10) } }) },
  { given: ['James', 'A'], family: 'Okafor', type: 'MD', department: 'Obstetrics & Gynecology',
    grants: ['OB-CORE', 'GYN-CORE', 'ROBOTIC'],
    credentials: (d) => ({ license: { expires: addDays(d, -5) } }) },
  { given: ['Sofia'], family: 'García-López', type: 'MD', department: 'Ophthalmology',
    grants: ['OPH-CORE', 'OPH-VR', 'LASER'] },
  { given: ['Aisha'], family: 'Bello', type: 'MD', department: 'Neurosurgery',
    grants: ['NS-CORE', ['SPINE', { status: 'provisional', conditions: ['proctor-required'] }], 'FLUORO'] },
  { given: ['Robert', 'L'], family: 'Ashworth', type: 'MD', department: 'Psychiatry', grants: ['PSY-ECT', 'PSY-TMS'] },
  { given: ['David'], family: 'Miller', type: 'MD', department: 'Orthopaedic Surgery', grants: ['ORTHO-CORE', 'ORTHO-JOINT'] },
  { given: ['David'], family: 'Miller', type: 'MD', department: 'Cardiology', grants: ['CARD-CATH', 'CARD-PCI'] },
  { given: ['William'], family: 'Foster-Reyes', type: 'MD', department: 'Vascular Surgery',
    grants: ['VASC-CORE', 'VASC-ENDO', 'FLUORO'],
    credentials: (d) => ({ dea: { expires: addDays(d, -12) } }) },
  { given: ['Gregory'], family: 'Halloran', type: 'MD', department: 'General Surgery',
    grants: ['GS-CORE'], credentials: () => ({ 'exclusion-check': { status: 'excluded' } }) },
  { given: ['Maria', 'T'], family: 'Santos-Delgado', type: 'CRNA', department: 'Anesthesiology',
    grants: ['ANES-CORE', ['ANES-REGIONAL', { conditions: ['supervision-required'] }]] },
  { given: ['Kenji'], family: 'Nakamura', type: 'MD', department: 'Otolaryngology', grants: ['ENT-CORE', 'LASER'] },
  { given: ['Amara'], family: 'Nwosu', type: 'MD', department: 'Gastroenterology',
    grants: ['GI-CORE', 'GI-ERCP', 'SEDATION', 'FLUORO'] },
  { given: ['Liam'], family: 'Fitzpatrick', type: 'MD', department: 'Cardiothoracic Surgery',
    grants: ['CT-CORE', ['CT-TAVR', { status: 'temporary' }], 'FLUORO'] },
  { given: ['Rachel'], family: 'Lindgren', type: 'DPM', department: 'Podiatry', grants: ['POD-CORE'] },
  { given: ['Omar'], family: 'Haddadin', type: 'DDS', department: 'Oral & Maxillofacial Surgery', grants: ['OMFS-CORE', 'SEDATION'] },
  { given: ['Grace'], family: 'Oyelaran', type: 'MD', department: 'Plastic Surgery', grants: ['PLAS-CORE', 'PLAS-MICRO'] },
  { given: ['Nathan'], family: 'Brightwater', type: 'MD', department: 'Obstetrics & Gynecology',
    grants: ['OB-CORE', 'GYN-CORE', ['GYN-ONC', { status: 'pending' }]] },
];

const FACILITY = { id: 'riverside-general', name: 'Riverside General Hospital', aliases: ['RGH', 'MAIN OR', 'Riverside Main'] };

/** The health system's ambulatory surgery center: a narrower catalog, no robot, no inpatient service lines. */
const ASC = { id: 'riverside-asc-north', name: 'Riverside Surgery Center North', aliases: ['ASC NORTH', 'RSC North', 'North ASC'] };
const ASC_PRIVILEGES = new Set([
  'GS-CORE', 'GS-ENDO', 'ORTHO-CORE', 'URO-CORE', 'ENT-CORE', 'OPH-CORE', 'GI-CORE', 'POD-CORE', 'PLAS-CORE', 'OMFS-CORE',
  'ANES-CORE', 'ANES-REGIONAL', 'PAIN-INT', 'LASER', 'FLUORO', 'SEDATION', 'ROBOTIC',
]);

/**
 * The same system's ASC roster, made from the hospital's: the practitioners of the services the
 * ASC runs, under the ASC's own ids (the NPI is the same person), with the person-level
 * credentials the hospital holds and the ASC's own malpractice and life-support records, and
 * grants only of the ASC's catalog. The robot is in the ASC's catalog, granted to nobody yet:
 * a surgeon privileged for robotic surgery at the hospital is not at the ASC.
 */
export function generateAscRoster(hospital: Roster): Roster {
  const privileges = hospital.privileges.filter((d) => ASC_PRIVILEGES.has(d.id));
  const practitioners = hospital.practitioners
    .map((p) => ({ ...p, id: `ASC-${p.id}`, privileges: p.privileges.filter((g) => ASC_PRIVILEGES.has(g.privilegeId) && g.privilegeId !== 'ROBOTIC') }))
    .filter((p) => p.privileges.length > 0);
  return { ...hospital, facility: ASC, privileges, practitioners };
}

export function generateRoster(options: DemoOptions): Roster {
  const asOf = options.asOf ?? todayIso();
  const random = rng(options.seed ?? 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const showcaseFamilies = new Set(SHOWCASE.map((c) => c.family));
  const families = FAMILY.filter((f) => !showcaseFamilies.has(f));

  const practitioners: Practitioner[] = [];
  const count = Math.max(0, Math.floor(options.practitioners));
  for (let i = 0; i < count; i++) {
    const cast = SHOWCASE[i];
    if (cast) {
      practitioners.push(castMember(cast, i, asOf, random));
      continue;
    }
    const department = pick(DEPARTMENTS);
    const type = typeFor(department, random());
    const given = [pick(GIVEN)];
    // Most credentialing records carry a middle name; pages print its initial.
    if (random() < 0.8) given.push(pick('ABCDEFGHJKLMNPRSTW'.split('')));
    const r = random();
    const status: Practitioner['status'] = r < 0.95 ? 'active' : r < 0.98 ? 'inactive' : 'suspended';
    const p: Practitioner = {
      id: practitionerId(i),
      npi: demoNpi(i),
      name: { family: pick(families), given, ...(type === 'MD' || type === 'DO' ? { prefix: 'Dr.' } : {}) },
      type,
      department,
      status,
      credentials: credentialsFor(type, department, asOf, random, between),
      privileges: grantsFor(type, department, asOf, random, between),
    };
    practitioners.push(p);
  }
  return {
    format: 'inscope-roster',
    version: 1,
    // 06:00 UTC on the day, or now when that is still to come (a roster cannot come from the future).
    generatedAt: generatedAtFor(asOf),
    facility: FACILITY,
    privileges: DEMO_CATALOG,
    practitioners,
  };
}

function practitionerId(i: number): string {
  return `P${String(i + 1).padStart(6, '0')}`;
}

function typeFor(department: string, r: number): string {
  switch (department) {
    case 'Anesthesiology': return r < 0.5 ? 'MD' : r < 0.6 ? 'DO' : 'CRNA';
    case 'Podiatry': return 'DPM';
    case 'Oral & Maxillofacial Surgery': return r < 0.7 ? 'DDS' : 'DMD';
    case 'Obstetrics & Gynecology': return r < 0.7 ? 'MD' : r < 0.85 ? 'DO' : 'CNM';
    case 'Psychiatry': return r < 0.8 ? 'MD' : 'NP';
    default: return r < 0.78 ? 'MD' : r < 0.9 ? 'DO' : r < 0.95 ? 'PA' : 'NP';
  }
}

function credentialsFor(
  type: string, department: string, asOf: string, random: () => number, between: (a: number, b: number) => number,
): Credential[] {
  // Most expirations lie ahead; a few lapsed, a few about to.
  const expiry = (lo: number, hi: number) => {
    const r = random();
    if (r < 0.02) return addDays(asOf, -between(1, 60));
    if (r < 0.07) return addDays(asOf, between(0, 30));
    return addDays(asOf, between(lo, hi));
  };
  const state = STATES[Math.floor(random() * STATES.length)];
  const creds: Credential[] = [
    { kind: 'license', identifier: `${state}-${between(10000, 999999)}`, issuer: state, issued: addDays(asOf, -between(400, 6000)), expires: expiry(31, 730), verifiedAt: addDays(asOf, -between(1, 90)) },
    { kind: 'malpractice', issuer: 'Mutual Liability Trust', expires: expiry(31, 365) },
    { kind: 'exclusion-check', issuer: 'OIG LEIE', status: random() < 0.002 ? 'excluded' : 'clear', verifiedAt: addDays(asOf, -between(1, 30)) },
    { kind: 'bls', issuer: 'American Heart Association', expires: expiry(31, 730) },
  ];
  if (type !== 'CRNA' && type !== 'CNM') {
    creds.push({ kind: 'dea', identifier: `B${String(between(1000000, 9999999))}`, expires: expiry(31, 1095) });
  }
  if (type === 'MD' || type === 'DO' || type === 'DPM' || type === 'DDS' || type === 'DMD') {
    creds.push({ kind: 'board-certification', issuer: BOARDS[department] ?? 'American Board of Medical Specialties', expires: expiry(90, 3650) });
  }
  if (department === 'Anesthesiology' || department === 'Cardiology' || department === 'Cardiothoracic Surgery') {
    creds.push({ kind: 'acls', issuer: 'American Heart Association', expires: expiry(31, 730) });
  }
  return creds;
}

function grantsFor(
  type: string, department: string, asOf: string, random: () => number, between: (a: number, b: number) => number,
): Grant[] {
  const ids = DEPARTMENT_PRIVILEGES[department] ?? [];
  const appointed = addDays(asOf, -between(0, 700));
  const reappointment = addDays(appointed, 730);
  const advanced = type === 'PA' || type === 'NP';
  const grants: Grant[] = [];
  ids.forEach((id, n) => {
    const isCore = n === 0;
    if (!isCore && random() > (advanced ? 0.15 : 0.75)) return;
    const g: Grant = { privilegeId: id, status: 'granted', effective: appointed, expires: reappointment };
    const r = random();
    if (r < 0.05) {
      g.status = 'provisional';
      g.conditions = ['proctor-required'];
      g.note = 'FPPE: 5 proctored cases';
    } else if (r < 0.07) {
      g.status = 'temporary';
      g.expires = addDays(appointed, 120);
    } else if (r < 0.08) {
      g.status = 'suspended';
    } else if (r < 0.09) {
      g.status = 'pending';
      delete g.effective;
    } else if (r < 0.1) {
      g.status = 'relinquished';
    }
    if (advanced) g.conditions = [...(g.conditions ?? []), 'supervision-required'];
    grants.push(g);
    // Earlier appointment cycles (two years each), kept by the credentialing system as history.
    if (random() < 0.9) {
      grants.push({ privilegeId: id, status: 'expired', effective: addDays(appointed, -730), expires: addDays(appointed, -1) });
      if (random() < 0.5) {
        grants.push({ privilegeId: id, status: 'expired', effective: addDays(appointed, -1460), expires: addDays(appointed, -731) });
      }
    }
  });
  return grants;
}

function castMember(c: Cast, i: number, asOf: string, random: () => number): Practitioner {
  const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const overrides = c.credentials?.(asOf) ?? {};
  // Showcase credentials are all current unless the cast says otherwise.
  const creds: Credential[] = [
    { kind: 'license', identifier: `CA-${between(100000, 999999)}`, issuer: 'CA', issued: addDays(asOf, -3000), expires: addDays(asOf, 400) },
    { kind: 'malpractice', issuer: 'Mutual Liability Trust', expires: addDays(asOf, 200) },
    { kind: 'exclusion-check', issuer: 'OIG LEIE', status: 'clear', verifiedAt: addDays(asOf, -3) },
    { kind: 'bls', issuer: 'American Heart Association', expires: addDays(asOf, 300) },
  ];
  if (c.type !== 'CRNA') creds.push({ kind: 'dea', identifier: `B${between(1000000, 9999999)}`, expires: addDays(asOf, 500) });
  if (c.type === 'MD' || c.type === 'DO') {
    creds.push({ kind: 'board-certification', issuer: BOARDS[c.department] ?? 'American Board of Medical Specialties', expires: addDays(asOf, 1500) });
  }
  for (const cred of creds) Object.assign(cred, overrides[cred.kind] ?? {});
  const effective = addDays(asOf, -200);
  const expires = addDays(asOf, 530);
  return {
    id: practitionerId(i),
    npi: demoNpi(i),
    name: { family: c.family, given: c.given, ...(c.type === 'MD' || c.type === 'DO' ? { prefix: 'Dr.' } : {}) },
    ...(c.aliases ? { aliases: c.aliases } : {}),
    type: c.type,
    department: c.department,
    status: c.status ?? 'active',
    credentials: creds,
    privileges: c.grants.map((g) => {
      const [id, extra] = typeof g === 'string' ? [g, {}] : g;
      const grant: Grant = { privilegeId: id, status: 'granted', effective, expires, ...extra };
      if (grant.status === 'pending') delete grant.effective;
      return grant;
    }),
  };
}

function generatedAtFor(asOf: string, now = new Date()): string {
  const at = new Date(`${asOf}T06:00:00Z`);
  return at.getTime() <= now.getTime() ? `${asOf}T06:00:00Z` : `${now.toISOString().slice(0, 19)}Z`;
}
