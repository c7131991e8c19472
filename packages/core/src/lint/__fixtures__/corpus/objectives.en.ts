import { type ObjectiveSample, objectiveSample as sample } from './types'

const PLAY = 'play: example objective, rendered in English for the corpus'
const TEAM = 'written for the corpus: team objective, typical phrasing'
const METRIC = 'written for the corpus: a KR written as an objective, typical mistake'
const HARD = 'written for the corpus: hard case'

/** English objectives used to tune the heuristics. */
export const enObjectives: readonly ObjectiveSample[] = [
  sample('Improve customer satisfaction', false, PLAY),
  sample('Accelerate product development', false, PLAY),
  sample('Expand market reach', false, PLAY),
  sample('Improve team productivity', false, PLAY),
  sample('Build for the future', false, PLAY),
  sample('Win hearts and minds', false, PLAY),
  sample('Become an AI company', false, PLAY),
  sample('Increase engagement with priority products', false, PLAY),
  sample('Expand adoption by business teams', false, PLAY),
  sample('Increase sales revenue', false, PLAY),

  sample('Increase revenue by 20%', true, METRIC),
  sample('Delight our enterprise customers', false, TEAM),
  sample('Grow ARR to $10M', true, METRIC),
  sample('Make onboarding effortless', false, TEAM),
  sample('Reduce churn to under 3%', true, METRIC),
  sample('Become the go-to platform for small agencies', false, TEAM),
  sample('Ship a reliable, fast checkout', false, TEAM),
  sample('Reach 1 million monthly active users', true, METRIC),
  sample('Build a world-class support team', false, TEAM),
  sample('NPS of 60', true, METRIC),
  sample('Cut infrastructure costs by a third', true, METRIC),
  sample('Double our pipeline', true, METRIC),
  sample('Make our engineers more productive', false, TEAM),
  sample('Win the mid-market', false, TEAM),
  sample('Hit 99.99% availability', true, METRIC),
  sample('Create a culture of learning', false, TEAM),
  sample('Make 2026 the year of quality', false, HARD),
  sample('Launch in three new countries', true, HARD),
  sample('Be the number one choice for independent retailers', false, HARD),
  sample('Establish a strong presence in Southeast Asia', false, TEAM),
  sample('Improve conversion rate from 2% to 3%', true, METRIC),
  sample('Protect our customers’ data', false, TEAM),
  sample('Grow the developer community', false, TEAM),
  sample('Keep p99 latency below 300 ms', true, METRIC),
  sample('Scale the platform for 10x traffic', true, METRIC),
  sample('Simplify how teams plan their work', false, TEAM),
  sample('Achieve $5M in bookings', true, METRIC),
  sample('Fewer than 5 customer escalations per month', true, METRIC),
  sample('Empower every team to self-serve analytics', false, TEAM),
  sample('Earn the trust of regulated industries', false, TEAM),
  sample('Modernise the data stack', false, TEAM),
  sample('Become profitable', false, TEAM),
]
