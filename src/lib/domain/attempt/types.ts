/** Stored shapes of quiz and exam attempts, shared by the domain logic and the database. */

export type AttemptKind = 'quiz' | 'exam';
/** tutor: feedback after each answer; test: feedback at the end; exam: timed simulation. */
export type AttemptMode = 'tutor' | 'test' | 'exam';

export interface DomainScore {
	domain: string;
	correct: number;
	total: number;
}

export interface AttemptScore {
	correct: number;
	total: number;
	answered: number;
	byDomain: DomainScore[];
	timeUsedMs: number;
}

export interface AttemptRecord {
	/** The study set's id; stored rows (and backups) keep the name `bankId`. */
	bankId: string;
	kind: AttemptKind;
	mode: AttemptMode;
	/** What the student chose, e.g. "Quick 10" or "Full-length exam". */
	title: string;
	itemIds: string[];
	/** Per item, the order its choices are shown in (indexes into the item's choices). Seeded, so stable. */
	choiceOrders: number[][];
	seed: number;
	startedAt: number;
	/** Time allowed, for exams; null for untimed quizzes. */
	timeLimitMs: number | null;
	submittedAt: number | null;
	status: 'active' | 'submitted';
	currentIndex: number;
	score: AttemptScore | null;
}

export interface AnswerRecord {
	attemptId: number;
	itemId: string;
	/** The study set's id; stored rows (and backups) keep the name `bankId`. */
	bankId: string;
	domain: string;
	/** Index into the item's original choices; null when flagged but not answered. */
	choice: number | null;
	correct: boolean;
	answeredAt: number;
	flagged: boolean;
}

export interface ItemResult {
	at: number;
	correct: boolean;
}

/** Per-item answer history, kept up to date as answers are scored. */
export interface ItemStat {
	itemId: string;
	/** The study set's id; stored rows (and backups) keep the name `bankId`. */
	bankId: string;
	domain: string;
	seen: number;
	correct: number;
	lastAnsweredAt: number;
	/** Answered wrong last time, and not yet answered right twice since. */
	missed: boolean;
	rightSinceMiss: number;
	flagged: boolean;
	/** The most recent results, oldest first (capped), for recency-weighted accuracy. */
	recent: ItemResult[];
}
