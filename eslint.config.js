import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';
import { layers } from './eslint.layers.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'.svelte-kit-offline/',
			'src/lib/paraglide/',
			'test-results/',
			'offline/',
			'bench-results/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// data is never rendered as HTML
			'svelte/no-at-html-tags': 'error',
			'no-undef': 'off',
			// links are built with Paraglide's localizeHref (locale prefix), not $app/paths resolve()
			'svelte/no-navigation-without-resolve': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	...layers
);
