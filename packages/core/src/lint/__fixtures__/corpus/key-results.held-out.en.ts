import { type KeyResultSample, sample } from './types'

const O = 'outcome'
const A = 'activity'

const DATA = 'written for the corpus: data / analytics team, typical phrasing'
const SEC = 'written for the corpus: security team, typical phrasing'
const LEGAL = 'written for the corpus: legal team, typical phrasing'
const DESIGN = 'written for the corpus: design team, typical phrasing'
const CS = 'written for the corpus: customer success team, typical phrasing'
const OPS = 'written for the corpus: operations / logistics team, typical phrasing'
const EDU = 'written for the corpus: education team, typical phrasing'
const NGO = 'written for the corpus: nonprofit fundraising team, typical phrasing'
const SHOP = 'written for the corpus: e-commerce team, typical phrasing'
const MOBILE = 'written for the corpus: mobile team, typical phrasing'
const INFRA = 'written for the corpus: infrastructure team, typical phrasing'
const HARD = 'written for the corpus: hard case'

/** English key results kept out of tuning: evaluated only. */
export const enHeldOutKeyResults: readonly KeyResultSample[] = [
  sample('95% of dashboards refresh within 1 hour of source updates', O, true, DATA),
  sample('Build a self-serve metrics layer for the finance team', A, false, DATA),
  sample('Cut ad-hoc data requests by 40%', O, true, DATA),
  sample('Train 25 analysts on dbt', A, true, DATA),
  sample('Data quality incidents reported by stakeholders drop to 2 per month', O, true, DATA),
  sample('Median time to remediate critical vulnerabilities under 14 days', O, true, SEC),
  sample('Complete a penetration test of the mobile app', A, false, SEC),
  sample('Phishing simulation click rate below 4%', O, true, SEC),
  sample('Enforce MFA on every employee account by February 28', A, true, SEC),
  sample('Roll out a password manager to the whole company', A, false, SEC),
  sample('Reduce contract turnaround time from 10 days to 4', O, true, LEGAL),
  sample('Draft standard terms for reseller agreements', A, false, LEGAL),
  sample('Publish a design system with 40 documented components', A, true, DESIGN),
  sample('Task success rate in usability tests above 85%', O, true, DESIGN),
  sample('Run 8 usability sessions on the new checkout', A, true, DESIGN),
  sample('Net revenue retention of 115%', O, true, CS),
  sample('Move 20 at-risk accounts to a healthy score', O, true, CS),
  sample('90% of new customers go live within 30 days of signing', O, true, CS),
  sample('Conduct quarterly business reviews with all strategic accounts', A, false, CS),
  sample('On-time delivery rate of 98%', O, true, OPS),
  sample('Reduce picking errors to fewer than 1 in 2,000 orders', O, true, OPS),
  sample('Open a second fulfilment centre in Rotterdam', A, false, HARD),
  sample('Cut average delivery cost per parcel by 12%', O, true, OPS),
  sample('Course completion rate rises from 38% to 55%', O, true, EDU),
  sample('Record 10 new lessons for the beginner course', A, true, EDU),
  sample('Learners who finish the course score 20% higher on the final test', O, true, EDU),
  sample('Raise $250,000 from individual donors', O, true, NGO),
  sample('Organise a charity gala', A, false, NGO),
  sample('Grow monthly recurring donors to 1,200', O, true, NGO),
  sample('Increase average order value to $65', O, true, SHOP),
  sample('Cart abandonment down from 72% to 65%', O, true, SHOP),
  sample('Add Apple Pay and Google Pay to checkout', A, false, SHOP),
  sample('Return rate for apparel below 15%', O, true, SHOP),
  sample('Rebuild the Android app in Kotlin', A, false, MOBILE),
  sample('Crash-free sessions at 99.8% or higher', O, true, MOBILE),
  sample('App Store rating of 4.6 or above', O, true, MOBILE),
  sample('Translate the product into Japanese and Korean', A, false, MOBILE),
  sample('Localised markets bring in 25% of new sign-ups', O, true, MOBILE),
  sample('Set up automated backups for all databases', A, false, INFRA),
  sample('Restore tests succeed for 100% of backups', O, true, INFRA),
  sample('Write 6 technical blog posts about our architecture', A, true, INFRA),
  sample('Employee eNPS up by 15 points', O, true, HARD),
  sample('Launch a mobile app and reach 50,000 downloads', O, true, HARD),
  sample('Kick off the data warehouse migration by August', A, true, HARD),
  sample('Deliver the new returns portal by the end of May', A, true, SHOP),
  sample('Fewer than 2 customer-facing outages a quarter', O, true, INFRA),
]
