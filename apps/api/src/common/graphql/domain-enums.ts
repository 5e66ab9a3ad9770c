import { registerEnumType } from '@nestjs/graphql';
import { LOGGED_ACTIVITY_KINDS, ACTIVITY_KINDS, CALL_OUTCOMES, LOST_REASONS, SEGMENTS, STAGES } from '@lifeboat/domain';
import { enumFrom } from './scalars';

export const StageEnum = enumFrom(STAGES);
registerEnumType(StageEnum, {
  name: 'Stage',
  description: 'Where a deal stands: identified → contacted → proposal_sent → negotiating → won | lost.',
});

export const SegmentEnum = enumFrom(SEGMENTS);
registerEnumType(SegmentEnum, { name: 'Segment', description: 'The kind of customer an account is, which sets its migration lead time.' });

export const LostReasonEnum = enumFrom(LOST_REASONS);
registerEnumType(LostReasonEnum, { name: 'LostReason', description: 'Why a deal was lost.' });

export const ActivityKindEnum = enumFrom(ACTIVITY_KINDS);
registerEnumType(ActivityKindEnum, {
  name: 'ActivityKind',
  description: 'What happened: a call, email, meeting or note logged by a person, or a system event (stage change, proposal sent, signed).',
});

export const LoggedActivityKindEnum = enumFrom(LOGGED_ACTIVITY_KINDS);
registerEnumType(LoggedActivityKindEnum, { name: 'LoggedActivityKind', description: 'What a person can log: call, email, meeting or note.' });

export const CallOutcomeEnum = enumFrom(CALL_OUTCOMES);
registerEnumType(CallOutcomeEnum, {
  name: 'CallOutcome',
  description: 'How a call went, picked with one click: reached and wants an offer, reached and interested, reached but not now, no answer, voicemail left, wrong contact.',
});
