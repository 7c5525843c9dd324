/** Web app manifest, kept apart from vite.config.ts so tests and the bench can read it. */
/** @type {Partial<import('vite-plugin-pwa').ManifestOptions>} */
export const pwaManifest = {
	id: '/',
	name: 'Vitals — medical assistant exam prep',
	short_name: 'Vitals',
	description:
		'Offline flashcards, practice quizzes and timed exam simulations for CCMA, CMA (AAMA), CPT, CET, CMAA and CPCT/A. No account; your progress stays on your device.',
	lang: 'en',
	start_url: '/',
	scope: '/',
	display: 'standalone',
	orientation: 'portrait',
	categories: ['education', 'medical'],
	// One theme colour is allowed here; app.html sets light and dark ones per colour scheme.
	theme_color: '#0f766e',
	background_color: '#ffffff',
	icons: [
		{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
		{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
		{ src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
	],
	shortcuts: [
		{
			name: 'Study due cards',
			short_name: 'Study',
			description: 'Flashcards due today in the exam you studied last',
			url: '/study?set=last',
			icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }]
		},
		{
			name: 'Start an exam',
			short_name: 'Exam',
			description: 'A timed exam simulation for the exam you studied last',
			url: '/exam?set=last',
			icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }]
		}
	]
};
