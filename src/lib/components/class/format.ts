/** Numbers as the class view shows them (plain functions, so components stay small). */
export const percent = (share: number) => `${Math.round(share * 100)}%`;
export const minutes = (ms: number) => {
	const total = Math.round(ms / 1000);
	return `${Math.floor(total / 60)} min ${String(total % 60).padStart(2, '0')} s`;
};
export const when = (ms: number) =>
	new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
/** Choice letters A–D, as the quiz shows them. */
export const letter = (i: number) => String.fromCharCode(65 + i);
