/**
 * Word lists the bench vault is built from. Varied enough that search, sorting and the JSON the
 * vault encrypts behave as they do with a real candidate's records (no two adverts alike).
 */

/** Company name parts: a first word and a suffix. */
export const COMPANY_HEADS = [
  'Acme',
  'Northwind',
  'Bluefin',
  'Harbour',
  'Kestrel',
  'Larkspur',
  'Meridian',
  'Oakridge',
  'Pennine',
  'Quayside',
  'Riverbank',
  'Saltmarsh',
  'Thistle',
  'Umber',
  'Vantage',
  'Wexford',
  'Yarrow',
  'Zephyr',
  'Ashgrove',
  'Brightwater',
  'Coldharbour',
  'Dunmore',
  'Elmstead',
  'Foxglove',
]

/** Company name suffixes. */
export const COMPANY_TAILS = [
  'Ltd',
  'Logistics',
  'Health',
  'Analytics',
  'Software',
  'Partners',
  'Group',
  'Energy',
  'Foods',
  'Studio',
  'Labs',
  'Retail',
]

/** Roles a candidate interviews for. */
export const ROLES = [
  'Product designer',
  'Senior product designer',
  'Data analyst',
  'Operations manager',
  'Frontend engineer',
  'Backend engineer',
  'Account manager',
  'Marketing lead',
  'Finance business partner',
  'Project manager',
  'UX researcher',
  'Head of customer success',
  'Quality engineer',
  'Business analyst',
  'Warehouse supervisor',
  'Content strategist',
]

/** First names of interviewers, consultants and the user's contacts. */
export const FIRST_NAMES = [
  'Priya',
  'Tom',
  'Aisha',
  'Ben',
  'Chloe',
  'Daniel',
  'Eilidh',
  'Farah',
  'George',
  'Hannah',
  'Ismail',
  'Jess',
  'Kwame',
  'Laura',
  'Mohammed',
  'Niamh',
  'Oliver',
  'Rosa',
  'Sanjay',
  'Yuki',
]

/** Surnames. */
export const LAST_NAMES = [
  'Shah',
  'Ellis',
  'Khan',
  'Morgan',
  'Okafor',
  'Walsh',
  'Nguyen',
  'Campbell',
  'Davies',
  'Fraser',
  'Hughes',
  'Iqbal',
  'Jones',
  'Kowalski',
  'Lindqvist',
  'Murphy',
]

/** Interviewers' job titles. */
export const TITLES = [
  'Head of Design',
  'Engineering lead',
  'HR business partner',
  'Talent partner',
  'Director of Operations',
  'Team lead',
  'Chief Technology Officer',
  'Finance director',
  'Product manager',
  'Recruiter',
]

/** Topics the user discussed with an interviewer (makes each thank-you personal). */
export const TOPICS = [
  'the design system and how teams contribute to it',
  'moving the warehouse system to the cloud',
  'how the team measures customer satisfaction',
  'the quarterly planning cycle',
  'mentoring junior colleagues',
  'the new office in Manchester',
  'their migration away from spreadsheets',
  'the on-call rota and how incidents are reviewed',
  'hiring plans for next year',
  'accessibility audits of the mobile app',
]

/** Recruitment agencies. */
export const AGENCIES = ['Hays', 'Reed', 'Michael Page', 'Robert Walters', 'Harvey Nash']

/** Places an interview happens. */
export const PLACES = ['London', 'Manchester', 'Leeds', 'Bristol', 'Edinburgh', 'Video call']

/** Sentences adverts are assembled from, about 100-200 characters each. */
export const ADVERT_SENTENCES = [
  'We are looking for someone who enjoys turning messy problems into simple, well-tested services that our customers rely on every day.',
  'You will join a friendly team of eight and report to the head of the department, with plenty of room to shape how we work.',
  'The role is hybrid: two days a week in our office, the rest wherever you work best, with core hours between ten and four.',
  'We offer 25 days of holiday plus bank holidays, a pension with a 6% employer contribution, private medical cover and a learning budget.',
  'Experience of agile delivery is essential; familiarity with our sector is welcome but we will teach you what you need to know.',
  'You will be comfortable presenting to senior stakeholders and explaining trade-offs in plain English, in writing and in person.',
  'The salary band for this role is competitive and reviewed every year, with a discretionary bonus tied to company performance.',
  'We care about inclusion: tell us about any adjustments you need during the process and we will make them without fuss.',
  'In your first three months you will meet every team, learn our tools and own a small project from idea to launch.',
  'We are growing quickly after a successful funding round and this is one of twelve new roles opening across the business this year.',
  'Please include a short cover letter that tells us why this role, and why now; we read every application ourselves.',
  'Interviews take place in two stages: a conversation with the hiring manager, then a practical exercise with the team.',
  'You will look after a portfolio of our largest accounts and work closely with finance to forecast the year ahead.',
  'Our offices are five minutes from the station, with secure bike storage, showers and a subsidised canteen.',
  'A company car or a car allowance is available for this role, because it involves regular visits to sites across the region.',
  'We run a four-day week pilot in some teams; ask us about it at interview if it matters to you.',
]

/** Paragraphs of notes and reflection, one to three sentences each. */
export const NOTE_SENTENCES = [
  'The hiring manager seemed keen and asked twice about my notice period.',
  'I stumbled on the question about stakeholder conflict; next time lead with the logistics example.',
  'They mentioned the team had lost two people this year, worth asking why.',
  'Salary was not discussed; the agency says the band has some flexibility at the top.',
  'Great questions about the roadmap, and they liked the portfolio piece on onboarding.',
  'The office felt quiet, most people work from home on Fridays.',
  'Follow up about the pension contribution, it was not in the advert.',
  'They expect to decide by the end of next week and will call rather than email.',
]

/** Questions interviewers asked. */
export const QUESTIONS = [
  'Tell us about a time you disagreed with a manager.',
  'How would you prioritise three urgent requests from different directors?',
  'What would you change in your first ninety days?',
  'Describe a project that failed and what you learned.',
  'Why are you leaving your current role?',
  'Where do you see yourself in three years?',
]
