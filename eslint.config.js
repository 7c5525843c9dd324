import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// Layering (see CONVENTIONS.md): routes → components → state → (domain, db). Each block lists the barrels
// ($lib/db) as well as their subpaths and relative spellings, so no import dodges the rule.
const dexie = { name: 'dexie', message: 'Dexie is imported only under src/lib/db.' };
const dexieSubpaths = { group: ['dexie/*'], message: dexie.message };
const noDb = 'Routes and components never import $lib/db: go through a state module or a +page.ts load.';
const pureMessage =
	'src/lib/domain is pure TypeScript: no Svelte, SvelteKit, Dexie, state, browser, components or DOM.';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'static/banks/',
			'test-results/',
			'playwright-report/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			'no-restricted-imports': ['error', { paths: [dexie], patterns: [dexieSubpaths] }]
		}
	},
	{
		// Pages and components read and write through state modules (or +page.ts loads), never the database.
		files: ['src/routes/**', 'src/lib/components/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [dexie],
					patterns: [dexieSubpaths, { group: ['$lib/db', '$lib/db/*', '**/db', '**/db/*'], message: noDb }]
				}
			]
		}
	},
	{
		// State classes replace whole Maps/Sets in $state.raw fields (copy-on-write) instead of mutating them.
		// Page-level DOM work (downloads, clipboard, <html> attributes) lives in src/lib/browser/.
		files: ['src/lib/state/**'],
		rules: {
			'svelte/prefer-svelte-reactivity': 'off',
			'no-restricted-globals': [
				'error',
				{ name: 'document', message: 'DOM work belongs in src/lib/browser/ (state calls it).' }
			]
		}
	},
	{
		files: ['src/lib/db/**'],
		rules: { 'no-restricted-imports': 'off' }
	},
	{
		// domain/ is pure: no Svelte, Dexie, SvelteKit or DOM. Time and randomness come in as arguments.
		files: ['src/lib/domain/**'],
		languageOptions: { globals: {} },
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [dexie, { name: 'svelte', message: pureMessage }],
					patterns: [
						dexieSubpaths,
						{
							group: [
								'svelte/*',
								'$app/*',
								'$lib/db',
								'$lib/state',
								'$lib/browser',
								'$lib/db/*',
								'$lib/state/*',
								'$lib/browser/*',
								'$lib/components/*',
								// The same folders by relative path (domain/ has no folder of these names).
								'**/db',
								'**/db/*',
								'**/state',
								'**/state/*',
								'**/browser',
								'**/browser/*',
								'**/components/*'
							],
							message:
								'src/lib/domain is pure TypeScript: no Svelte, SvelteKit, Dexie, state, browser or components.'
						}
					]
				}
			],
			'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB']
		}
	},
	{
		files: ['**/*.js'],
		...ts.configs.disableTypeChecked
	}
);
