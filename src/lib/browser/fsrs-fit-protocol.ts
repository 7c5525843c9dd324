/** Messages between the Settings screen and the FSRS fit worker. */
import type { FitScore, ReviewEvent } from '$lib/domain/study/fit-check';

export interface FitRequest {
	reviews: ReviewEvent[];
	/** The weights scheduling uses now (null: ts-fsrs's defaults), the fit's "before". */
	current: number[] | null;
}

export type FitStage = 'loading' | 'fitting' | 'checking';

export type FitMessage =
	| { kind: 'progress'; stage: FitStage; done: number; total: number }
	| { kind: 'result'; weights: number[]; before: FitScore; after: FitScore }
	| { kind: 'error'; message: string };
