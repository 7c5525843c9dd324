/** Web app manifest, kept apart from vite.config.ts so tests and the bench can read it. */
/** @type {Partial<import('vite-plugin-pwa').ManifestOptions>} */
export const pwaManifest = {
	name: 'Vitals — medical assistant exam prep',
	short_name: 'Vitals',
	description: 'Offline flashcards, quizzes and timed exams for CCMA, CMA (AAMA), CPT, CET, CMAA and CPCT/A.',
	start_url: '/',
	scope: '/',
	display: 'standalone',
	theme_color: '#0f766e',
	background_color: '#ffffff',
	icons: [
		{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
		{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
		{ src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
	]
};
