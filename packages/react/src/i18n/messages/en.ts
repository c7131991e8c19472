/**
 * English UI catalog of @okrkit/react, in sections by component, so a bundle carries the text
 * of the components it uses. Each component joins its sections with the core domains it shows.
 */

/** Words several components show: score, status, read-only. */
export const uiEnShared = {
  'ui.score': 'Score',
  'ui.score.none': 'No score yet',
  'ui.status': 'Status',
  'ui.status.stale': 'Stale',
  'ui.read_only': 'Read-only',
} as const satisfies Record<string, string>

/** KeyResultScorecard. */
export const uiEnKeyResultScorecard = {
  'ui.keyResultScorecard.owner': 'Owner',
  'ui.keyResultScorecard.owner.none': 'No owner',
  'ui.keyResultScorecard.progress': 'Progress',
  'ui.keyResultScorecard.progress.metric': '{value} now, from {start} to {target}',
  'ui.keyResultScorecard.progress.share': '{percent} of the way',
  'ui.keyResultScorecard.milestone.done': 'Done',
  'ui.keyResultScorecard.milestone.open': 'Not done yet',
  'ui.keyResultScorecard.milestone.openDue': 'Not done yet, due {date}',
  'ui.keyResultScorecard.overachieved': 'Overachieved',
  'ui.keyResultScorecard.score.dated': '{provenance}, {date}',
  'ui.keyResultScorecard.status.team': 'Reported by the team on {date}',
  'ui.keyResultScorecard.status.pace':
    'Suggested by pace: {progress} of the way with {expected} of the period gone',
  'ui.keyResultScorecard.forecast': 'Forecast',
  'ui.keyResultScorecard.forecast.linear-trend':
    'At the period’s end, from the trend of {count} check-ins',
  'ui.keyResultScorecard.forecast.last-value': 'At the period’s end, if the latest value holds',
  'ui.keyResultScorecard.forecast.none': 'No measured value to project yet',
  'ui.keyResultScorecard.update': 'Latest update',
  'ui.keyResultScorecard.update.dated': 'Latest update, {date}',
  'ui.keyResultScorecard.update.what': 'What happened',
  'ui.keyResultScorecard.update.why': 'Why',
  'ui.keyResultScorecard.update.soWhat': 'So what',
  'ui.keyResultScorecard.update.notGiven': 'Not given',
  'ui.keyResultScorecard.update.none': 'No check-in yet.',
  'ui.keyResultScorecard.notFound': 'The key result “{id}” is not in this document.',
} as const satisfies Record<string, string>

/** ObjectiveScorecard; its level and commitment words are shared by the other scorecards. */
export const uiEnObjectiveScorecard = {
  'ui.objectiveScorecard.level': 'Level',
  'ui.objectiveScorecard.level.company': 'Company',
  'ui.objectiveScorecard.level.team': 'Team',
  'ui.objectiveScorecard.level.individual': 'Individual',
  'ui.objectiveScorecard.commitment': 'Commitment',
  'ui.objectiveScorecard.commitment.aspirational': 'Aspirational',
  'ui.objectiveScorecard.commitment.committed': 'Committed',
  'ui.objectiveScorecard.team': 'Team',
  'ui.objectiveScorecard.team.none': 'No team',
  'ui.objectiveScorecard.owner': 'Owner',
  'ui.objectiveScorecard.keyResult': 'Key result',
  'ui.objectiveScorecard.keyResults.caption': 'Key results of “{title}”',
  'ui.objectiveScorecard.keyResults.none': 'No key results yet.',
  'ui.objectiveScorecard.progress': 'Progress',
  'ui.objectiveScorecard.progress.cell': '{percent} ({value} → {target})',
  'ui.objectiveScorecard.details': 'Details',
  'ui.objectiveScorecard.description': 'Description',
  'ui.objectiveScorecard.alignedTo': 'Aligned to',
  'ui.objectiveScorecard.notFound': 'The objective “{id}” is not in this document.',
} as const satisfies Record<string, string>

/** OkrScorecard. */
export const uiEnOkrScorecard = {
  'ui.okrScorecard.caption': 'Scorecard, {period}',
  'ui.okrScorecard.filters': 'Filters',
  'ui.okrScorecard.period': 'Period',
  'ui.okrScorecard.owner': 'Owner',
  'ui.okrScorecard.owner.everyone': 'Everyone',
  'ui.okrScorecard.staleOnly': 'Only stale (no check-in this month)',
  'ui.okrScorecard.groupByTeam': 'Group by team',
  'ui.okrScorecard.sort': 'Sort by',
  'ui.okrScorecard.sort.none': 'Document order',
  'ui.okrScorecard.sort.title.ascending': 'Title, A to Z',
  'ui.okrScorecard.sort.title.descending': 'Title, Z to A',
  'ui.okrScorecard.sort.team.ascending': 'Team, A to Z',
  'ui.okrScorecard.sort.team.descending': 'Team, Z to A',
  'ui.okrScorecard.sort.score.descending': 'Score, highest first',
  'ui.okrScorecard.sort.score.ascending': 'Score, lowest first',
  'ui.okrScorecard.column.title': 'Objective / key result',
  'ui.okrScorecard.column.owner': 'Owner',
  'ui.okrScorecard.column.team': 'Team',
  'ui.okrScorecard.column.progress': 'Progress',
  'ui.okrScorecard.objective.meta': '{level} · {commitment}',
  'ui.okrScorecard.objective.keyResultCount': 'Key results: {count}',
  'ui.okrScorecard.objective.score': 'Rolled up from its key results ({count})',
  'ui.okrScorecard.team.score': 'Mean of the team’s objective scores ({count})',
  'ui.okrScorecard.showing': 'Key results shown: {shown} of {total}',
  'ui.okrScorecard.noResults': 'No key results match these filters.',
  'ui.okrScorecard.clearFilters': 'Clear filters',
  'ui.okrScorecard.empty': 'No objectives for this period yet.',
  'ui.okrScorecard.empty.noPeriods': 'This document has no period yet.',
  'ui.okrScorecard.health': 'Health check',
  'ui.okrScorecard.health.none': 'Nothing to flag: ambitious targets and honest statuses.',
  'ui.okrScorecard.health.error': 'Error',
  'ui.okrScorecard.health.warning': 'Warning',
  'ui.okrScorecard.health.info': 'Note',
} as const satisfies Record<string, string>

/** AlignmentTree. */
export const uiEnAlignmentTree = {
  'ui.alignmentTree.label': 'Alignment of objectives',
  'ui.alignmentTree.empty': 'No objectives to align yet.',
  'ui.alignmentTree.cycle': 'In an alignment loop',
  'ui.alignmentTree.orphan': 'Aligned to a missing objective',
  'ui.alignmentTree.issues': 'Alignment problems',
  'ui.alignmentTree.issues.separator': ': ',
} as const satisfies Record<string, string>

/** ScoreSlider. */
export const uiEnScoreSlider = {
  'ui.scoreSlider.valueText': '{score} — {grade}',
} as const satisfies Record<string, string>

/** ConfidenceGuide. */
export const uiEnConfidenceGuide = {
  'ui.confidenceGuide.confidence': 'Confidence',
  'ui.confidenceGuide.hint':
    'The odds the team gives itself of reaching the target, a score of 1.0.',
  'ui.confidenceGuide.valueText': '{percent}: expect a score of {score} ({ambition})',
  'ui.confidenceGuide.expectedScore': 'Expected score',
  'ui.confidenceGuide.ambition': 'Ambition',
  'ui.confidenceGuide.ambition.safe': 'Safe',
  'ui.confidenceGuide.ambition.stretch': 'Stretch',
  'ui.confidenceGuide.ambition.unrealistic': 'Unrealistic',
  'ui.confidenceGuide.fits.aspirational': 'right for an aspirational key result',
  'ui.confidenceGuide.fits.committed': 'right for a committed key result',
  'ui.confidenceGuide.misfit.aspirational': 'not right for an aspirational key result',
  'ui.confidenceGuide.misfit.committed': 'not right for a committed key result',
  'ui.confidenceGuide.curve.caption':
    'The score to expect for the odds: a target with 50/50 odds is 1.0; with 80/20 odds, expect 0.7.',
  'ui.confidenceGuide.curve.table': 'Expected score by confidence',
  'ui.confidenceGuide.calibration': 'Calibrate the target',
  'ui.confidenceGuide.calibration.hint':
    'Put 1.0 where the team gives even odds; the outcome it is 80% sure of should then score about 0.7.',
  'ui.confidenceGuide.calibration.start': 'Start',
  'ui.confidenceGuide.calibration.start.hint': 'Where the metric stands today',
  'ui.confidenceGuide.calibration.fiftyFifty': '50/50 forecast',
  'ui.confidenceGuide.calibration.fiftyFifty.hint': 'The outcome the team gives even odds',
  'ui.confidenceGuide.calibration.eightyTwenty': '80/20 forecast',
  'ui.confidenceGuide.calibration.eightyTwenty.hint': 'The outcome the team is 80% sure to reach',
  'ui.confidenceGuide.calibration.consistent':
    'Put 1.0 at {target}. The 80/20 outcome would then score {score}: about the 0.7 the play expects.',
  'ui.confidenceGuide.calibration.tight':
    'Put 1.0 at {target}. The 80/20 outcome would then score {score}, above the 0.7 the play expects: the forecasts are close together. Is the 50/50 outcome ambitious enough?',
  'ui.confidenceGuide.calibration.wide':
    'Put 1.0 at {target}. The 80/20 outcome would then score {score}, below the 0.7 the play expects: the forecasts are far apart. Is the 80/20 outcome too cautious?',
  'ui.confidenceGuide.calibration.incomplete': 'Enter all three numbers to place the target.',
} as const satisfies Record<string, string>

/** WorkshopTimer. */
export const uiEnWorkshopTimer = {
  'ui.workshopTimer.position': 'Step {index} of {total}',
  'ui.workshopTimer.minutes': '{minutes} min',
  'ui.workshopTimer.timeLeft': 'Time left',
  'ui.workshopTimer.overtime': 'Over time',
  'ui.workshopTimer.progress': 'Agenda progress',
  'ui.workshopTimer.nextStep': 'Next: {title} ({minutes})',
  'ui.workshopTimer.lastStep': 'This is the last step.',
  'ui.workshopTimer.controls': 'Timer',
  'ui.workshopTimer.start': 'Start',
  'ui.workshopTimer.pause': 'Pause',
  'ui.workshopTimer.resume': 'Resume',
  'ui.workshopTimer.previous': 'Previous step',
  'ui.workshopTimer.next': 'Next step',
  'ui.workshopTimer.finish': 'Finish',
  'ui.workshopTimer.reset': 'Reset',
  'ui.workshopTimer.agenda': 'Agenda',
  'ui.workshopTimer.done': 'done',
  'ui.workshopTimer.stepAnnouncement': 'Step {index} of {total}: {title}, {minutes}.',
  'ui.workshopTimer.timeUp': 'Time is up: {title}.',
  'ui.workshopTimer.finished': 'The agenda is complete.',
} as const satisfies Record<string, string>

/** ScoreTrendChart. */
export const uiEnScoreTrendChart = {
  'ui.scoreTrendChart.name': 'Score trend of “{title}”, {period}',
  'ui.scoreTrendChart.nameMany': 'Score trends of {count} key results, {period}',
  'ui.scoreTrendChart.latest': 'Latest score {score}, on {date}.',
  'ui.scoreTrendChart.seriesLatest': '{title}: latest score {score}, on {date}.',
  'ui.scoreTrendChart.empty': 'No scored check-ins yet.',
  'ui.scoreTrendChart.seriesEmpty': '{title}: no scored check-ins yet.',
  'ui.scoreTrendChart.forecast': 'Forecast for {date}: {score}.',
  /** Between the sentences of the chart's description. */
  'ui.scoreTrendChart.sentenceSeparator': ' ',
  'ui.scoreTrendChart.scoreWithGrade': '{score} ({grade})',
  'ui.scoreTrendChart.table': 'Check-ins of “{title}”',
  'ui.scoreTrendChart.date': 'Check-in',
  'ui.scoreTrendChart.noCheckIns': 'No check-ins in this period.',
  'ui.scoreTrendChart.forecastRow': 'Forecast for {date}',
  'ui.scoreTrendChart.forecastStatus': 'Projected from the trend',
} as const satisfies Record<string, string>

/** Editable lists of notes (CheckInForm, RetrospectiveForm). */
export const uiEnNoteList = {
  'ui.noteList.remove': 'Remove',
  'ui.noteList.keys': 'Enter adds an item below; Backspace in an empty item removes it.',
  'ui.noteList.empty': 'None',
} as const satisfies Record<string, string>

/** The error summary of a form (CheckInForm, RetrospectiveForm). */
export const uiEnErrorSummary = {
  'ui.errorSummary.issue': '{field}: {message}',
} as const satisfies Record<string, string>

/** CheckInForm. */
export const uiEnCheckInForm = {
  'ui.checkInForm.title': 'Monthly check-in',
  'ui.checkInForm.metric': 'From {start} to {target}',
  'ui.checkInForm.milestone': 'Milestone',
  'ui.checkInForm.milestone.due': 'Milestone due {date}',
  'ui.checkInForm.readOnly': 'Read-only: you may not edit this check-in.',
  'ui.checkInForm.history': 'Previous check-ins',
  'ui.checkInForm.history.value': 'Value {value}',
  'ui.checkInForm.history.confidence': 'Confidence {percent}',
  'ui.checkInForm.progress': 'Progress',
  'ui.checkInForm.date': 'Date',
  'ui.checkInForm.date.invalid': 'Enter the date of this check-in.',
  'ui.checkInForm.value': 'Measured value',
  'ui.checkInForm.value.hint':
    'Where the metric stands now: it started at {start}, the target is {target}.',
  'ui.checkInForm.value.invalid': 'Enter the measured value as a number, such as 45 or 2.5.',
  'ui.checkInForm.done': 'The milestone is done',
  'ui.checkInForm.suggestedScore': 'Suggested score',
  'ui.checkInForm.suggestedScore.none': 'Enter the measured value to see the score it earns.',
  'ui.checkInForm.useSuggestedScore': 'Use the suggested score',
  'ui.checkInForm.score': 'Your score',
  'ui.checkInForm.score.hint':
    'From 0 to 1: 0.3 = we missed the mark, 0.7 = we came very close, 1.0 = we met or exceeded the target.',
  'ui.checkInForm.score.invalid': 'Enter a score from 0 to 1, such as 0.7.',
  'ui.checkInForm.status.required': 'Choose a status: on track, off track or at risk.',
  'ui.checkInForm.status.suggested': 'Suggested by pace:',
  'ui.checkInForm.status.differs': 'You chose “{status}”. Your call wins: say why in the update.',
  'ui.checkInForm.confidence': 'Confidence',
  'ui.checkInForm.confidence.hint':
    'Your odds, from 0 to 100 %, of reaching the target (a score of 1.0). At 80/20 odds expect 0.7; a target of 1.0 assumes 50/50 odds.',
  'ui.checkInForm.confidence.invalid': 'Enter a percentage from 0 to 100, such as 80.',
  'ui.checkInForm.confidence.expected': 'At {percent} odds, expect a score of about {score}.',
  'ui.checkInForm.update': 'The update',
  'ui.checkInForm.update.hint':
    'A strong update doesn’t stop at the score: it tells the story behind it.',
  'ui.checkInForm.what': 'What happened',
  'ui.checkInForm.what.hint': 'Performance details. Start with the facts:',
  'ui.checkInForm.what.q1':
    'What did you accomplish, and how does it compare to what you set out to do?',
  'ui.checkInForm.what.q2': 'Note any milestones hit, work completed, or meaningful progress made.',
  'ui.checkInForm.what.q3': 'Share any leading indicators or sub-metrics that add useful context.',
  'ui.checkInForm.why': 'Why it happened',
  'ui.checkInForm.why.hint': 'Performance drivers. Explain why things moved the way they did:',
  'ui.checkInForm.why.q1':
    'What headwinds (challenges) or tailwinds (boosts) influenced your results?',
  'ui.checkInForm.why.q2': 'What changed in your environment, strategy, or team focus?',
  'ui.checkInForm.why.q3': 'If your goal is at risk or off track, dig into the root causes.',
  'ui.checkInForm.soWhat': 'So what',
  'ui.checkInForm.soWhat.hint': 'Steps to improve. Look ahead:',
  'ui.checkInForm.soWhat.q1': 'What’s your plan to address risks or gaps?',
  'ui.checkInForm.soWhat.q2': 'What support or resources do you need?',
  'ui.checkInForm.soWhat.q3':
    'What did you learn this month, and how can you apply it going forward?',
  'ui.checkInForm.soWhat.q4':
    'What efforts do you expect will drive continued or accelerated progress on this goal?',
  'ui.checkInForm.soWhat.q5':
    'If your goal is at risk or off track, what lessons should the “future you” (or a teammate setting a similar goal) keep in mind?',
  'ui.checkInForm.headwinds': 'Headwinds',
  'ui.checkInForm.headwinds.hint': 'Challenges that held the result back.',
  'ui.checkInForm.headwinds.item': 'Headwind {number}',
  'ui.checkInForm.headwinds.add': 'Add a headwind',
  'ui.checkInForm.headwinds.remove': 'Remove headwind {number}',
  'ui.checkInForm.tailwinds': 'Tailwinds',
  'ui.checkInForm.tailwinds.hint': 'Boosts that helped the result along.',
  'ui.checkInForm.tailwinds.item': 'Tailwind {number}',
  'ui.checkInForm.tailwinds.add': 'Add a tailwind',
  'ui.checkInForm.tailwinds.remove': 'Remove tailwind {number}',
  'ui.checkInForm.decisions': 'Decisions',
  'ui.checkInForm.decisions.hint': 'What the team decided, so others know.',
  'ui.checkInForm.decisions.item': 'Decision {number}',
  'ui.checkInForm.decisions.add': 'Add a decision',
  'ui.checkInForm.decisions.remove': 'Remove decision {number}',
  'ui.checkInForm.risks': 'Risks',
  'ui.checkInForm.risks.hint': 'What could still throw this key result off course.',
  'ui.checkInForm.risks.item': 'Risk {number}',
  'ui.checkInForm.risks.add': 'Add a risk',
  'ui.checkInForm.risks.remove': 'Remove risk {number}',
  'ui.checkInForm.learnings': 'Learnings',
  'ui.checkInForm.learnings.hint':
    'What you learned, for the “future you” or a teammate setting a similar goal.',
  'ui.checkInForm.learnings.item': 'Learning {number}',
  'ui.checkInForm.learnings.add': 'Add a learning',
  'ui.checkInForm.learnings.remove': 'Remove learning {number}',
  'ui.checkInForm.submit': 'Submit check-in',
  'ui.checkInForm.summary': 'Before you submit the check-in, fix the following:',
} as const satisfies Record<string, string>

/** RetrospectiveForm. */
export const uiEnRetrospectiveForm = {
  'ui.retrospectiveForm.title': 'Retrospective: {period}',
  'ui.retrospectiveForm.intro':
    'Close the period by giving each key result a final score, then reflect on your OKRs and what to improve when you set them next time.',
  'ui.retrospectiveForm.readOnly': 'Read-only: you may not edit this retrospective.',
  'ui.retrospectiveForm.noPeriod': 'There is no period “{periodId}” in this document.',
  'ui.retrospectiveForm.empty': 'No objectives in this period.',
  'ui.retrospectiveForm.finalScores': 'Final scores',
  'ui.retrospectiveForm.finalScores.hint':
    'From 0 to 1: 0.3 = we missed the mark, 0.7 = we came very close, 1.0 = we met or exceeded the target.',
  'ui.retrospectiveForm.objectiveScore': 'Objective score',
  'ui.retrospectiveForm.resolved.checkIn': 'The check-in of {date} says {score}.',
  'ui.retrospectiveForm.resolved.measure': 'The measured value says {score}.',
  'ui.retrospectiveForm.resolved.done': 'The milestone is done: {score}.',
  'ui.retrospectiveForm.resolved.notDone': 'The milestone is not done: {score}.',
  'ui.retrospectiveForm.resolved.none': 'Nothing to score it from yet.',
  'ui.retrospectiveForm.finalScore.invalid': 'Enter a final score from 0 to 1, such as 0.7.',
  'ui.retrospectiveForm.wentWell': 'What went well',
  'ui.retrospectiveForm.wentWell.hint': 'What should the team keep doing?',
  'ui.retrospectiveForm.wentWell.item': 'What went well, item {number}',
  'ui.retrospectiveForm.wentWell.add': 'Add what went well',
  'ui.retrospectiveForm.wentWell.remove': 'Remove item {number} of what went well',
  'ui.retrospectiveForm.toImprove': 'What to improve',
  'ui.retrospectiveForm.toImprove.hint': 'What would you change when you set OKRs next time?',
  'ui.retrospectiveForm.toImprove.item': 'What to improve, item {number}',
  'ui.retrospectiveForm.toImprove.add': 'Add what to improve',
  'ui.retrospectiveForm.toImprove.remove': 'Remove item {number} of what to improve',
  'ui.retrospectiveForm.submit': 'Save retrospective',
  'ui.retrospectiveForm.summary': 'Before you save the retrospective, fix the following:',
} as const satisfies Record<string, string>

/** Live hints next to editor fields (KeyResultEditor, ObjectiveEditor, OkrSetEditor). */
export const uiEnFieldHint = {
  'ui.fieldHint.error': 'Error:',
  'ui.fieldHint.warning': 'Warning:',
  'ui.fieldHint.info': 'Note:',
  'ui.fieldHint.format': '{severity} {message}',
  'ui.fieldHint.withSuggestion': '{severity} {message} {suggestion}',
} as const satisfies Record<string, string>

/** Number fields that keep unfinished text (KeyResultEditor). */
export const uiEnNumberField = {
  'ui.numberField.notANumber':
    '“{text}” is not a number yet. It stays here but is not saved: the saved value is still {saved}.',
  'ui.numberField.notANumber.unset':
    '“{text}” is not a number yet. It stays here but is not saved.',
  'ui.numberField.empty': 'Enter a number. Until then the saved value stays {saved}.',
} as const satisfies Record<string, string>

/** KeyResultEditor. */
export const uiEnKeyResultEditor = {
  'ui.keyResultEditor.legend': 'Key result',
  'ui.keyResultEditor.title': 'Title',
  'ui.keyResultEditor.title.hint':
    'An outcome, not an activity: “Increase page views by 5%”, not “Create 5 web pages”.',
  'ui.keyResultEditor.measure': 'Measured by',
  'ui.keyResultEditor.measure.metric': 'A number',
  'ui.keyResultEditor.measure.metric.hint':
    'From a start value to a target, such as NPS from 32 to 50.',
  'ui.keyResultEditor.measure.milestone': 'A milestone',
  'ui.keyResultEditor.measure.milestone.hint': 'Done or not, by a due date.',
  'ui.keyResultEditor.start': 'Start',
  'ui.keyResultEditor.target': 'Target',
  'ui.keyResultEditor.unit': 'Unit',
  'ui.keyResultEditor.current': 'Current value',
  'ui.keyResultEditor.current.none': 'Not measured yet',
  'ui.keyResultEditor.done': 'Done',
  'ui.keyResultEditor.notDone': 'Not done',
  'ui.keyResultEditor.due': 'Due date',
  'ui.keyResultEditor.due.none': 'No due date',
  'ui.keyResultEditor.owner': 'Owner',
  'ui.keyResultEditor.owner.hint': 'One person on the team who tracks its progress.',
  'ui.keyResultEditor.ownerId.hint':
    'The id of the one person on the team who tracks its progress.',
  'ui.keyResultEditor.owner.none': 'No owner yet',
  'ui.keyResultEditor.owner.unknown': 'Unknown person ({id})',
  'ui.keyResultEditor.weight': 'Weight',
  'ui.keyResultEditor.weight.hint': 'Its share of the objective’s score; 0 leaves it out.',
  'ui.keyResultEditor.readOnly': 'Read-only: you may not edit this key result.',
} as const satisfies Record<string, string>

/** ObjectiveEditor. */
export const uiEnObjectiveEditor = {
  'ui.objectiveEditor.legend': 'Objective',
  'ui.objectiveEditor.title': 'Title',
  'ui.objectiveEditor.title.hint': 'Qualitative and inspiring: what you want to achieve, not how.',
  'ui.objectiveEditor.description': 'Description',
  'ui.objectiveEditor.level': 'Level',
  'ui.objectiveEditor.level.company': 'Company',
  'ui.objectiveEditor.level.team': 'Team',
  'ui.objectiveEditor.level.individual': 'Individual',
  'ui.objectiveEditor.commitment': 'Commitment',
  'ui.objectiveEditor.commitment.aspirational': 'Aspirational',
  'ui.objectiveEditor.commitment.aspirational.hint':
    'A stretch set at about 50/50 odds: a score of 0.7 is a success.',
  'ui.objectiveEditor.commitment.committed': 'Committed',
  'ui.objectiveEditor.commitment.committed.hint': 'The team expects to meet it in full (1.0).',
  'ui.objectiveEditor.parent': 'Aligns to',
  'ui.objectiveEditor.parent.none': 'Nothing (top level)',
  'ui.objectiveEditor.parent.unknown': 'Unknown objective ({id})',
  'ui.objectiveEditor.owner': 'Owner',
  'ui.objectiveEditor.ownerId.hint': 'The id of the person who owns the objective.',
  'ui.objectiveEditor.owner.none': 'No owner',
  'ui.objectiveEditor.owner.unknown': 'Unknown person ({id})',
  'ui.objectiveEditor.untitled': 'Untitled',
  'ui.objectiveEditor.keyResults': 'Key results',
  'ui.objectiveEditor.keyResults.hint': 'Three to five, each specific and measurable.',
  'ui.objectiveEditor.keyResults.empty': 'No key results yet.',
  'ui.objectiveEditor.keyResult': 'Key result {number}',
  'ui.objectiveEditor.addKeyResult': 'Add key result',
  'ui.objectiveEditor.removeKeyResult': 'Remove',
  'ui.objectiveEditor.moveUp': 'Move up',
  'ui.objectiveEditor.moveDown': 'Move down',
  'ui.objectiveEditor.removed': 'Removed key result “{title}”.',
  'ui.objectiveEditor.restored': 'Restored key result “{title}”.',
  'ui.objectiveEditor.moved': 'Moved key result “{title}” to position {position} of {count}.',
  'ui.objectiveEditor.undo': 'Undo',
  'ui.objectiveEditor.readOnly': 'Read-only: you may not edit this objective.',
} as const satisfies Record<string, string>

/** OkrSetEditor. */
export const uiEnOkrSetEditor = {
  'ui.okrSetEditor.heading': 'OKRs of {team} for {period}',
  'ui.okrSetEditor.heading.noTeam': 'OKRs for {period}',
  'ui.okrSetEditor.heading.noPeriod': 'OKRs',
  'ui.okrSetEditor.team': 'Team',
  'ui.okrSetEditor.period': 'Period',
  'ui.okrSetEditor.noPeriod': 'This document has no period yet: add one to set OKRs for it.',
  'ui.okrSetEditor.empty': 'No objectives for this period yet. Set one to three.',
  'ui.okrSetEditor.objective': 'Objective {number}',
  'ui.okrSetEditor.untitled': 'Untitled',
  'ui.okrSetEditor.template': 'Start from',
  'ui.okrSetEditor.template.blank': 'A blank objective',
  'ui.okrSetEditor.template.okrSets': 'Worked OKR sets, with key results',
  'ui.okrSetEditor.template.examples': 'Example objectives',
  'ui.okrSetEditor.addObjective': 'Add objective',
  'ui.okrSetEditor.removeObjective': 'Remove objective',
  'ui.okrSetEditor.removed': 'Removed objective “{title}”.',
  'ui.okrSetEditor.restored': 'Restored objective “{title}”.',
  'ui.okrSetEditor.undo': 'Undo',
  'ui.okrSetEditor.carryOver': 'Carry over unfinished objectives from {period} ({count})',
  'ui.okrSetEditor.carryOver.hint':
    'Copies the objectives and key results that did not score 1.0; metrics start from their last measured value.',
  'ui.okrSetEditor.carriedOver': 'Objectives carried over from {period}: {count}.',
  'ui.okrSetEditor.summary': 'To check ({count})',
  'ui.okrSetEditor.summary.issue': '{place}: {message}',
  'ui.okrSetEditor.summary.set': 'This set',
  'ui.okrSetEditor.summary.checkIns': 'Check-ins',
} as const satisfies Record<string, string>
