/** Stored shapes of quiz and exam attempts: inferred from their schemas in records/, named here for the domain. */
export type {
	AttemptKind,
	AttemptMode,
	AttemptRecord,
	AttemptRow,
	AttemptScore,
	DomainScore
} from '../records/attempt';
export type { AnswerRecord } from '../records/answer';
export type { ItemResult, ItemStat } from '../records/item-stat';
