import { type ObjectiveSample, objectiveSample as sample } from './types'

const TEAM = 'written for the corpus: team objective, typical phrasing'
const METRIC = 'written for the corpus: a KR written as an objective, typical mistake'

/** English objectives kept out of tuning: evaluated only. */
export const enHeldOutObjectives: readonly ObjectiveSample[] = [
  sample('Make our data trustworthy', false, TEAM),
  sample('Cut data pipeline failures by 50%', true, METRIC),
  sample('Stay one step ahead of attackers', false, TEAM),
  sample('Zero critical vulnerabilities in production', true, METRIC),
  sample('Turn new customers into fans', false, TEAM),
  sample('Net revenue retention above 110%', true, METRIC),
  sample('Deliver every order on time', false, TEAM),
  sample('Ship 98% of orders within 24 hours', true, METRIC),
  sample('Help learners finish what they start', false, TEAM),
  sample('Raise $1M for clean water projects', true, METRIC),
  sample('Build the best mobile shopping experience', false, TEAM),
  sample('Grow international revenue to 30% of the total', true, METRIC),
]
