/**
 * The quiz's interface text (English): the steps, the result cards' headings, the no-JavaScript
 * guide, the result pages and the therapist sheet. Re-exported by ./en.ts, so pages import every
 * string from one place. Templates are filled with fillTemplate (src/lib/format.ts).
 */
export const quiz = {
  navLabel: 'Quiz',
  privacy: 'Your answers stay in this browser. Nothing you tick is sent anywhere.',
  scope: 'Written for readers in the US.',
  /** Templates, filled with fillTemplate (src/lib/format.ts). */
  questionOf: 'Question {n} of {total}',
  optional: '(optional)',
  next: 'Next',
  seeResult: 'See my result',
  back: 'Back',
  restart: 'Start again',
  changeAnswers: 'Change my answers',
  required: 'Choose an answer to go on.',
  requiredMultiple: 'Tick at least one answer, or “None of these”, to go on.',
  front: 'Front',
  resumeTitle: 'Continue where you left off?',
  resumeText: 'You started this quiz earlier in this browser.',
  resume: 'Continue',
  fresh: 'Start fresh',
  outdated:
    'This link was made for an older version of the quiz, so its answers no longer fit. Please start again; it only takes a couple of minutes.',
  resultHeading: 'Your result',
  /** Over a result page's title: read by people who never took the quiz. */
  resultPageEyebrow: 'One of the quiz’s results',
  because: 'Because you said…',
  /** Template: the answer's own words complete it. */
  youSaidItem: 'You said {because}.',
  certaintyTitle: 'How sure is this?',
  certainty: {
    chosen: 'This follows from what you told us you want from a massage.',
    gentle:
      'Because of what you told us about your health, gentle pressure is the safer choice, so we suggest a gentle, general massage.',
    clear: 'Your answers lean clearly this way.',
    slight: 'Your answers lean slightly this way. Another style could suit you too.',
    even: 'Your answers point both ways, so we don’t pick one.',
  },
  notesTitle: 'Also worth knowing',
  /** Shown over the style under a "see a doctor first" or "wait" card. */
  laterTitle: {
    'doctor-first': 'Once you’ve been checked',
    wait: 'When it has settled',
  },
  laterLink: 'Read about this result',
  /** Over the adaptation cards under a "see a doctor first" or "wait" card. */
  adaptationsTitle: 'When you do book, tell your therapist about',
  therapistTitle: 'Choosing a therapist',
  licenseTitle: 'Ask about license and training',
  pressureTitle: 'How to ask for less pressure',
  copyLink: 'Copy link to this result',
  copied: 'Link copied.',
  copyFailed: 'Could not copy. Copy the address from your browser’s address bar instead.',
  print: 'Print',
  sheetLink: 'Take this to your therapist',
  sheetLinkNote: 'A one-page sheet to print or share. It is made in your browser from this result.',
  announceStep: 'Question {n} of {total}: {prompt}',
  announceResult: 'Your result: {title}',
  sourcesTitle: 'Sources',
  resultSourcesTitle: 'Sources for this result',
  guideTitle: 'Reading your answers without the interactive quiz',
  guideIntro:
    'The quiz works best with JavaScript on. Without it, you can still read the questions, then follow the first line below that fits your answers.',
  /** One line per level, filled with the questions that can raise it ({questions}). */
  guide: {
    emergency: 'If you ticked anything in {questions}, call 911 or your local emergency number now.',
    'same-day':
      'If you ticked a sign in {questions}, or you have back pain and a fever, get checked today at urgent care or by your doctor.',
    'doctor-first': 'If you ticked a sign in {questions}, see a doctor before you book a massage.',
    wait: 'If you ticked a reason to wait in {questions}, or you were hurt in the last few days, give it a few days first.',
    adapted:
      'If you ticked a health condition in {questions}, massage can go ahead, but tell your therapist so they can adapt it.',
    styles:
      'Otherwise: one nagging spot, a series of visits and home exercises lean toward a focused, NMT-style approach; broad tightness and firm pressure lean toward deep tissue; relaxation or light pressure lean toward a Swedish massage.',
  },
  questionOne: 'question {n}',
  questionMany: 'questions {list}',
  guideResults: 'Read about each result',
  expect: 'What to expect',
  ask: 'What to ask',
  readMore: 'Read more',
  takeQuiz: 'Take the quiz',
  ctaTitle: 'Not sure which may suit you?',
  /** Template: {min} and {max} are counted from the quiz data. */
  ctaText: 'Answer {min} to {max} short questions. Safety comes first, and your answers never leave your browser.',
  /** Template: {forWhom} comes from the result's copy. */
  resultPageLead: 'This result is for people who {forWhom}',
  resultPageQuiz: 'Take the quiz to see which result fits your own answers, and why.',
  signsTitle: 'Signs that lead here',
  adaptedCardsTitle: 'Situations that lead here',
  emergencyLine: 'In an emergency, call 911 or your local emergency number.',
  abroadTitle: 'Outside the US?',
  abroadIntro: 'This site is written for readers in the US. Elsewhere, call your local emergency number:',
  /** Templates: {number} becomes a phone link. */
  abroadEmergency: '{number} in {where}',
  abroadUrgent: '{name} in {where}, for urgent problems that are not emergencies',
  sheetTitle: 'Take this to your therapist',
  sheetLead: 'Print this page or share its link. It is made in your browser from your quiz answers; nothing is sent to us.',
  sheetEmpty:
    'This sheet is made from a quiz result, and this link has none. Take the quiz, then choose “Take this to your therapist”.',
  sheetNotMassage:
    'Your quiz result says to get checked, or to wait, before any massage. Follow that first; once you’re ready, take the quiz again to make this sheet.',
  sheetStyle: 'A style that may suit me',
  sheetAdaptations: 'Please adapt the massage for',
  sheetNone: 'Nothing to mention',
  sheetGentle: 'Please keep the pressure gentle, because of the health conditions below.',
  sheetCopy: 'Copy link to this sheet',
  sheetFooter: 'From the Bodywork Guide quiz. Education, not a diagnosis.',
  sheetOnline: 'This sheet, with the source for each point, is online at',
} as const;
