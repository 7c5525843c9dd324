import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

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
			'no-restricted-imports': [
				'error',
				{ paths: [{ name: 'dexie', message: 'Dexie is imported only under src/lib/db.' }] }
			]
		}
	},
	{
		// State classes replace whole Maps/Sets in $state.raw fields (copy-on-write) instead of mutating them.
		files: ['src/lib/state/**'],
		rules: { 'svelte/prefer-svelte-reactivity': 'off' }
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
					paths: ['dexie', 'svelte', 'svelte/store'],
					patterns: ['$app/*', '$lib/db/*', '$lib/state/*', '$lib/components/*', 'svelte/*']
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
